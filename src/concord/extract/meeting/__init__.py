"""Who met whom, where, when and in what format.

Triggers are meeting words (встреча, переговоры, встретиться, провести переговоры …),
each language's in `concord.extract.lexicons`. Participants are the people and
organisations tied to the trigger by the tree; read over a whole report
(`extract_document`), a sentence can also lean on the ones before it, as a reader does.
Each participant keeps the span that names it.

Read the modules in this order: `words` (the lexicon interface), `reading` (the trigger,
the sides, shared tree questions), `extractor` (the order of readings), then `triggers`,
`sides` and the readings it gathers (`subjects`, `companions`, `hosts`, `delegations`,
`pronouns`, `actors`, `introduced`, `quoted`), then `setting`, `filters`, `several`,
`context`, `formats` and `credentials`; over a report, `guests`, `groups` (a group met,
its people told after) and `halves` (one meeting told twice).
"""

from concord.extract.meeting.extractor import extract, extract_document
from concord.extract.meeting.offices import without_offices
from concord.extract.meeting.words import MeetingWords

__all__ = ["MeetingWords", "extract", "extract_document", "without_offices"]
