"""Who holds which post where: "министр иностранных дел Казахстана Ермек Кошербаев",
"Крис Брайант, сопредседатель комиссии", "X назначен послом в Y".

The post is a noun from the position lexicon that the person stands in apposition to,
found by walking left from the name (or right across one comma); the place of work is
the organisation or country named inside the post's description. A post belongs to the
person it stands next to: another person's name between them ends the search, unless the
post is plural ("министры … X и Y"). A post in apposition is not negated or planned by the
verb of the sentence ("министр X не встретился с Y" is still a minister); a post given by
a verb ("X не был назначен послом") is. Each of a person's posts in a career ("работал
министром, затем стал вице-премьером") is a claim of its own.

Reading order for a newcomer: `words` (what a language supplies), `extractor` (the one
entry point, `extract`, and the order in which the readings run), then one module per
reading: `beside_name` finds a post word next to a name, `verbs` the posts verbs give
("назначен послом", "был мэром"), `memberships` the boards joined, `works_at` a place of
work with no post, `coordination` the posts shared by listed names, `person_named_before`
and `post_named_before` the readings across two sentences. `post_claim` turns a holder and
a post word into a claim, with the place found in the post's own words or, failing that,
by `places_meant` (places the report named before) and `appointers` (the body that
appoints). `filters` says which post words no one holds; `reading` holds the small
questions about a parsed sentence that several modules ask.
"""

from concord.extract.occupation.extractor import extract
from concord.extract.occupation.words import OccupationWords

__all__ = ["OccupationWords", "extract"]
