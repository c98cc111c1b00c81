"""Who owns what: "X принадлежит Y", "Y владеет X", "владелец X Y", "X, дочерняя компания Y",
"X, принадлежащий Y", "X входит в холдинг Y", "холдинг X Y-а", "доля Y в X", "X получил пакет
акций Y". Each side of a trigger may be a list ("принадлежит A, B и C"): every entity
coordinated with the first one on a side is an owner (or a property) of its own, one claim
per pair.

Read in this order: `words` (the lexicon interface), `reading` and `sides` (names in a
phrase), `referents` and `relative_pronouns` (what a word without a name stands for), the
readings by trigger (`verbs`, `owner_nouns`, `subsidiaries`, `groups`, `stakes`, `deals`,
`companies_of_people`, `asides`), what narrows them (`posts`, `filters`, `modality`), and
`extractor`, which runs them in order. Other code imports only `OwnershipWords` and
`extract`.
"""

from concord.extract.ownership.extractor import extract
from concord.extract.ownership.handed_on import handed_on
from concord.extract.ownership.words import OwnershipWords

__all__ = ["OwnershipWords", "extract", "handed_on"]
