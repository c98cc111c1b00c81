"""Concrete projects: campuses, centres, schools, joint production — who, where, from when.

A project noun becomes an initiative when a word of launching or opening stands next to
it or governs it ("откроется школа", "начнет работу кампус", "открытие кампуса",
"создадут совместное производство"), planned or done. Who runs it is optional: a named
organisation, or a person or place that is the launching verb's subject; without a
project noun there is no claim (talk of "начать работу" alone launches nothing).

Read the modules in this order (each imports only those before it):

1. `words` — `InitiativeWords`, the word lists a language gives;
2. `reading` — constants and small word tests the others share;
3. `projects` — which nouns name a project;
4. `launchers` — the word that launches a project noun;
5. `framed` — nouns a building or opening frame makes into projects;
6. `fitted` — works told by fitting words (installing, replacing, arranging,
   planting, equipping, renewing) and by a building's readiness;
7. `kind` — the project's kind and its stretch of the sentence;
8. `background` — launches only in the background (dates, occasions, needs, frames);
9. `runners` — who runs the project where its stretch names nobody;
10. `place_and_start` — where it is and when it starts;
11. `modality` — plans, decisions, launches too old to report;
12. `not_reported` — designs, talk, offers, proposals;
13. `other_roles` — a project noun that plays another part in the launch;
14. `modifiers` — a project noun that only modifies another noun ("hospital staff");
15. `funded_works` — money given for a work;
16. `activities` — activities started or held from a date;
17. `references` — a pronoun or "объект" restating an earlier project;
18. `relocations` — an organisation moving its seat;
19. `troop_movements` — troops withdrawn, brought in, transferred or deployed;
20. `extractor` — `extract`, which puts the above together per sentence;
21. `restated_projects` — whether a later claim of a report tells an earlier one's project
    again (used by claimtypes/initiative.py as the type's restatement test).
"""

from concord.extract.initiative.extractor import extract
from concord.extract.initiative.words import InitiativeWords

__all__ = ["InitiativeWords", "extract"]
