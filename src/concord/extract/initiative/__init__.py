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
6. `works_in_context` — things fitted only within a work the report told before
   (read by `fitted`), and `renewed_parts` — a standing building's parts renewed by a
   word of repair (read by `fitted`), and `improved_places` — yards and public spaces
   improved (read by `projects`) and equipment installed (read by `fitted`);
7. `fitted` — works told by fitting words (installing, replacing, arranging,
   planting, equipping, renewing) and by a building's readiness;
8. `kind` — the project's kind and its stretch of the sentence;
9. `background` — launches only in the background (dates, occasions, needs, frames);
10. `runners` — who runs the project where its stretch names nobody;
11. `place_and_start` — where it is and when it starts;
12. `modality` — plans, decisions, launches too old to report;
13. `not_reported` — designs, talk, offers, proposals;
14. `other_roles` — a project noun that plays another part in the launch;
15. `modifiers` — a project noun that only modifies another noun ("hospital staff");
16. `trades_and_sites` — works named as an office's trade or a site's purpose, and works
    funded over classes of things;
16a. `funded_works` — money given for a work;
16b. `sector_works` — money put into building in general (a region's, a bare work's), no
    project (read by `extractor` and `funded_works`; initiative104);
16c. `chain_outlets` — a chain's next or first outlet appearing is new (initiative104);
17. `activities` — activities started or held from a date;
18. `references` — a pronoun or "объект" restating an earlier project;
19. `relocations` — an organisation moving its seat;
20. `troop_movements` — troops withdrawn, brought in, transferred or deployed;
21. `extractor` — `extract`, which puts the above together per sentence;
22. `restated_projects` — whether a later claim of a report tells an earlier one's project
    again (used by claimtypes/initiative.py as the type's restatement test).
"""

from concord.extract.initiative.extractor import extract
from concord.extract.initiative.words import InitiativeWords

__all__ = ["InitiativeWords", "extract"]
