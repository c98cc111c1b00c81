"""Recall and precision of ownership, meeting, occupation, deal and statement claims on
sentences written for the test (tests/data/forms/*.jsonl): news wordings of owning, meeting,
holding a post, dealing and saying, each with the pairs, sides, posts, parties or speakers a
reader finds in it, and sentences that name none.

Run `python -m tests.written_forms` to print the figures and every miss.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar

from concord.analysis import AnalysedDocument
from concord.claim import Claim

FORMS = Path(__file__).parent / "data" / "forms"
Item = TypeVar("Item")  # what a reader finds in a text
Found = TypeVar("Found")  # what Concord claims there


@dataclass
class Score:
    """Found and expected items over a written set, with what was missed or made up."""

    expected: int = 0
    found: int = 0  # expected items some claim gives
    claimed: int = 0
    correct: int = 0  # claims that match an expected item
    misses: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.claimed if self.claimed else 1.0

    def count(
        self,
        text: str,
        expected: Sequence[Item],
        claims: Sequence[Found],
        finds: Callable[[Found, Item], bool],
        agrees: Callable[[Found, Item], bool],
        show: Callable[[Any], str],
    ) -> None:
        """One text's items: each expected item some claim `finds` is found, each claim that
        `agrees` with an expected item is correct; the rest are listed with the text."""
        self.expected += len(expected)
        self.claimed += len(claims)
        for item in expected:
            if any(finds(claim, item) for claim in claims):
                self.found += 1
            else:
                self.misses.append(f"{show(item)}: {text}")
        for claim in claims:
            if any(agrees(claim, item) for item in expected):
                self.correct += 1
            else:
                self.spurious.append(f"{show(claim)}: {text}")


def _stem(word: str) -> str:
    return word.lower().replace("ё", "е").strip("«»\"'")[:-2] or word.lower()


def same_name(value: str, expected: str) -> bool:
    """A claim's value names the expected entity: every word of the expected name starts
    a word of the value up to its ending ("Газпрома" is "Газпром")."""
    words = [_stem(w) for w in value.replace("«", " ").replace("»", " ").split()]
    return all(
        any(w.startswith(_stem(e)) or _stem(e).startswith(w) for w in words if w)
        for e in expected.split()
    )


def _read(name: str) -> list[dict[str, Any]]:
    lines = (FORMS / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def score_ownership(
    analyse: Callable[[str], AnalysedDocument], name: str = "ownership.jsonl"
) -> Score:
    score = Score()
    for item in _read(name):
        text = str(item["text"])
        expected = [tuple(pair) for pair in item["pairs"]]
        # the sets' pairs are owners holding now, as FactRuEval's: a former one is no answer
        claims = [
            (claim.values("owner")[0], claim.values("property")[0])
            for claim in analyse(text).claims
            if claim.type == "ownership"
            and claim.values("owner")
            and claim.values("property")
            and not claim.values("held")
        ]
        score.count(text, expected, claims, _same_pair, _same_pair, " → ".join)
    return score


def _same_pair(claim: tuple[str, str], expected: tuple[str, str]) -> bool:
    return same_name(claim[0], expected[0]) and same_name(claim[1], expected[1])


def score_meetings(
    analyse: Callable[[str], AnalysedDocument], name: str = "meeting.jsonl"
) -> Score:
    """A meeting is found when one claim names all its sides; a claim is correct when it
    names two sides of an expected meeting and no other person."""
    score = Score()
    for item in _read(name):
        text = str(item["text"])
        analysed = analyse(text)
        expected = [list(sides) for sides in item["meetings"]]
        claims = [
            [a.value for a in claim.arguments if a.role == "participants" and a.entity is not None
             and analysed.entities[a.entity].type == "PER"]
            for claim in analysed.claims
            if claim.type == "meeting"
        ]  # fmt: skip
        claims = [people for people in claims if len(people) >= 2]
        score.count(text, expected, claims, _names_all, _names_only, " + ".join)
    return score


def _names_all(people: list[str], sides: list[str]) -> bool:
    return all(any(same_name(v, s) for v in people) for s in sides)


def _names_only(people: list[str], sides: list[str]) -> bool:
    return all(any(same_name(v, s) for s in sides) for v in people)


def score_meeting_reports(
    analyse: Callable[[str], AnalysedDocument], name: str = "meeting_reports.jsonl"
) -> Score:
    """Meetings over multi-paragraph reports, scored as the benchmark's response sees them:
    a negated meeting ("встреча отменена") is not written out, so it is neither found nor
    claimed; a planned one counts, as the benchmark annotates it (modality "будущее")."""

    def without_negated(text: str) -> AnalysedDocument:
        analysed = analyse(text)
        kept = [c for c in analysed.claims if c.modality.value != "negated"]
        return replace(analysed, claims=kept)

    return score_meetings(without_negated, name)


def _occupations(analysed: AnalysedDocument) -> list[tuple[str, str, str]]:
    return [
        (claim.values("who")[0], " ".join(claim.values("position")),
         " ".join(claim.values("where")))
        for claim in analysed.claims
        if claim.type == "occupation" and claim.values("who")
    ]  # fmt: skip


def _holds(claim: tuple[str, str, str], expected: list[Any]) -> bool:
    """A claim gives an expected post: the same person, the whole post phrase (when the
    sentence gives a post) and the place of work (when the sentence gives one)."""
    who, position, where = claim
    person, post, place = expected
    return (
        same_name(who, person)
        and (post is None or (bool(position) and same_name(position, post)))
        and (place is None or (bool(where) and same_name(where, place)))
    )


def _agrees(claim: tuple[str, str, str], expected: list[Any]) -> bool:
    """A claim is no error when it names an expected holder and says nothing that
    contradicts the post or the place (a shorter post or no place is allowed)."""
    who, position, where = claim
    person, post, place = expected
    return (
        same_name(who, person)
        and (not position or post is None or same_name(post, position)
             or same_name(position, post))
        and (not where or place is None or same_name(where, place) or same_name(place, where))
    )  # fmt: skip


def score_occupations(
    analyse: Callable[[str], AnalysedDocument], name: str = "occupation_unseen.jsonl"
) -> Score:
    """A post is found when one claim names its holder, its post and, where the sentence
    gives one, its place of work; a claim is correct when it agrees with an expected post."""
    score = Score()
    for item in _read(name):
        text = str(item["text"])
        expected = [list(post) for post in item["posts"]]
        claims = _occupations(analyse(text))
        score.count(
            text, expected, claims, _holds, _agrees, lambda post: " / ".join(map(str, post))
        )
    return score


def _benchmark_kind(kind: str) -> str:
    """A deal kind as the benchmark labels it ("контракт" is one of its "услуги")."""
    from concord.claimtypes.deal import SPEC

    values = SPEC.benchmark.values.get("kind", {}) if SPEC.benchmark else {}
    return values.get(kind, kind)


def _same_parties(named: list[str], expected: list[str]) -> bool:
    return all(any(same_name(v, e) for v in named) for e in expected) and all(
        any(same_name(v, e) for e in expected) for v in named
    )


def _parties_as_named(analysed: AnalysedDocument, claim: Claim, named: list[str]) -> list[str]:
    """Each party by the name the reader gave it when that is another name of its entity,
    the same name both ways ("ВБД" for the entity named «Вимм-Билль-Данн» and "(ВБД)" in
    the text), as the benchmark accepts any name of an organisation. Both ways, so that
    "Газпром нефть" never reads as an expected "Газпром"."""
    parties = []
    for argument in claim.arguments:
        if argument.role != "participants":
            continue
        names = {argument.value}
        if argument.entity is not None:
            names |= analysed.entities[argument.entity].aliases
        parties.append(
            next(
                (n for n in named if any(same_name(a, n) and same_name(n, a) for a in names)),
                argument.value,
            )
        )
    return parties


def score_deals(
    analyse: Callable[[str], AnalysedDocument], name: str = "deal_unseen.jsonl"
) -> Score:
    """A deal is found when one claim names all its parties and its type (the benchmark's
    label); a claim is correct when it names the parties of an expected deal, no other, and
    its type. A deal of several parties split into pairs is missed, and its pairs are wrong."""
    score = Score()
    for item in _read(name):
        text = str(item["text"])
        expected = [(list(deal["parties"]), str(deal["type"])) for deal in item["deals"]]
        analysed = analyse(text)
        named = [party for deal in expected for party in deal[0]]
        claims = [
            (_parties_as_named(analysed, claim, named), _benchmark_kind(claim.values("kind")[0]))
            for claim in analysed.claims
            if claim.type == "deal" and claim.values("kind")
        ]
        score.count(
            text,
            expected,
            claims,
            lambda claim, deal: _names_all(claim[0], deal[0]) and claim[1] == deal[1],
            lambda claim, deal: _same_parties(claim[0], deal[0]) and claim[1] == deal[1],
            lambda deal: f"{' + '.join(deal[0])} ({deal[1]})",
        )
    return score


def score_deal_reports(
    analyse: Callable[[str], AnalysedDocument], name: str = "deal_reports9.jsonl"
) -> Score:
    """Deals over multi-paragraph reports as the benchmark's response sees them: a negated
    deal ("отказалась от покупки") is not written out, so it is neither found nor wrong;
    otherwise scored as `score_deals`."""

    def without_negated(text: str) -> AnalysedDocument:
        analysed = analyse(text)
        kept = [c for c in analysed.claims if c.modality.value != "negated"]
        return replace(analysed, claims=kept)

    return score_deals(without_negated, name)


def _statements(analysed: AnalysedDocument) -> list[tuple[str, list[tuple[int, int]]]]:
    """Each statement's speaker with where it stands: its evidence and its quote."""
    found = []
    for claim in analysed.claims:
        if claim.type != "statement" or not claim.values("speaker"):
            continue
        spans = [(claim.evidence.start, claim.evidence.end)] + [
            (a.span.start, a.span.end)
            for a in claim.arguments
            if a.role == "quote" and a.span is not None
        ]
        found.append((claim.values("speaker")[0], spans))
    return found


def _said_in(spans: list[tuple[int, int]], text: str, fragment: str) -> bool:
    start = text.find(fragment)
    return start >= 0 and any(s <= start < e for s, e in spans)


def _says_in(text: str) -> Callable[[tuple[str, list[tuple[int, int]]], tuple[str, str]], bool]:
    """A statement claim is an expected one's: the speaker, and the words said inside it."""

    def says(claim: tuple[str, list[tuple[int, int]]], said: tuple[str, str]) -> bool:
        return same_name(claim[0], said[0]) and _said_in(claim[1], text, said[1])

    return says


def score_statements(
    analyse: Callable[[str], AnalysedDocument], name: str = "statement_unseen.jsonl"
) -> Score:
    """A statement is found when a claim names its speaker (up to endings) and holds the
    words said (a fragment of them starts inside its evidence or quote): the right sentence.
    A claim is correct when it is an expected statement's."""
    score = Score()
    for item in _read(name):
        text = str(item["text"])
        expected = [(str(s), str(f)) for s, f in item["statements"]]
        claims = _statements(analyse(text))
        says = _says_in(text)
        score.count(text, expected, claims, says, says, lambda item: str(item[0]))
    return score


@dataclass
class ClaimScore(Score):
    """A Score that also counts, over found items, whether the claim's modality (fact,
    planned, negated) is the one a reader gives."""

    same_modality: int = 0


def _same_word(found: str, expected: str) -> bool:
    """Two words are one up to an ending: they share all but their last two letters, and
    at least three ("центра" is "центр", "сада" is "сад", "сервис" is not "сад")."""
    found, expected = (w.lower().replace("ё", "е").strip("«»\"'") for w in (found, expected))
    cut = max(3, min(len(found), len(expected)) - 2)
    return found[:cut] == expected[:cut]


def _kind_agrees(kind: str, expected: str) -> bool:
    """A claim's kind names the expected project or document: every word of one of the
    expected kind's alternatives ("завод|производство") is a word of the claim's kind."""
    return any(
        all(any(_same_word(w, e) for w in kind.split()) for e in alternative.split())
        for alternative in expected.split("|")
    )


_PROJECT_ROLES = {"initiative": ("organisations", "location"), "agreement": ("parties", "place")}


def _project_claims(analysed: AnalysedDocument, kind: str) -> list[tuple[str, list[str], str, str]]:
    """Each claim of `kind` as (its kind, who runs or signs it, its place), for an
    initiative its organisations and location, for an agreement its parties and
    signatories and its place of signing."""
    names_role, place_role = _PROJECT_ROLES[kind]
    return [
        (" ".join(claim.values("kind")),
         claim.values(names_role) + claim.values("signatories"),
         " ".join(claim.values(place_role)), str(claim.modality))
        for claim in analysed.claims
        if claim.type == kind
    ]  # fmt: skip


def _is_item(claim: tuple[str, list[str], str, str], item: dict[str, Any]) -> bool:
    kind, names, place, _ = claim
    expected_names = list(item.get("organisations", [])) + list(item.get("parties", []))
    expected_names += list(item.get("signatories", []))
    expected_place = item.get("location") or item.get("place")
    return _kind_agrees(kind, str(item["kind"])) and (
        not (expected_names or expected_place)  # the report names neither: the kind alone
        or any(same_name(v, e) for v in names for e in expected_names)
        or (bool(expected_place) and bool(place) and same_name(place, str(expected_place)))
    )


def score_projects(
    analyse: Callable[[str], AnalysedDocument],
    kind: str = "initiative",
    name: str = "initiative_agreement_unseen.jsonl",
) -> ClaimScore:
    """Initiatives (`kind` "initiative", the report's "initiatives") or agreements
    ("agreement", its "agreements") in multi-paragraph reports. An expected project or
    document is found when one claim of the type anywhere in the report has its kind (one of
    the "|" alternatives, every word up to endings) and at least one of its organisations
    (for a document: parties or signatories) or its place (where the report names neither,
    the kind alone). A claim is correct when it is
    so an expected item's; a second claim of the same item (the project restated in a later
    sentence) is correct too. Modality is not part of the match: `same_modality` counts the
    found items whose first matching claim has the reader's modality."""
    score = ClaimScore()
    for report in _read(name):
        text = str(report["text"])
        expected = [dict(item) for item in report[kind + "s"]]
        claims = _project_claims(analyse(text), kind)
        score.count(
            text[:60],
            expected,
            claims,
            _is_item,
            _is_item,
            lambda thing: f"{thing['kind']} {thing}" if isinstance(thing, dict) else str(thing),
        )
        for item in expected:
            matching = [claim for claim in claims if _is_item(claim, item)]
            score.same_modality += bool(matching) and matching[0][3] == item["modality"]
    return score


def _shares_word(first: str, second: str) -> bool:
    """The own gold's word match (concord.eval.claims): two words of three letters or more
    that begin alike for five letters (fewer when a word is shorter)."""
    import re

    def words(text: str) -> list[str]:
        return [w for w in re.findall(r"\w+", text.lower().replace("ё", "е")) if len(w) >= 3]

    return any(
        a[: min(5, len(a), len(b))] == b[: min(5, len(a), len(b))]
        for a in words(first)
        for b in words(second)
    )


def _is_item_by_gold_rule(claim: tuple[str, list[str], str, str], item: dict[str, Any]) -> bool:
    """docs/notes/gold.md's initiative rule: the kind shares a word, OR an organisation
    agrees; the runner is not needed. (The evidence-overlap half of that rule has no spans
    here, so one claim anywhere in the report may stand for the item.)"""
    kind, names, _, _ = claim
    expected_names = list(item.get("organisations", [])) + list(item.get("parties", []))
    kinds = str(item["kind"]).split("|")
    return any(_shares_word(kind, k) for k in kinds) or any(
        _shares_word(v, e) for v in names for e in expected_names
    )


def score_projects_by_gold_rule(
    analyse: Callable[[str], AnalysedDocument], name: str, kind: str = "initiative"
) -> ClaimScore:
    """score_projects with the own gold's looser match (a kind word OR a runner), to show
    how much of a report set's gap is the runner the stricter set rule needs."""
    score = ClaimScore()
    for report in _read(name):
        text = str(report["text"])
        expected = [dict(item) for item in report[kind + "s"]]
        claims = _project_claims(analyse(text), kind)
        score.count(
            text[:60], expected, claims, _is_item_by_gold_rule, _is_item_by_gold_rule,
            lambda thing: f"{thing['kind']} {thing}" if isinstance(thing, dict) else str(thing),
        )  # fmt: skip
    return score


def _agreement_claims(analysed: AnalysedDocument) -> list[tuple[str, int, int, str]]:
    """Each agreement claim as (its kind, its evidence's start and end, its modality)."""
    return [
        (" ".join(claim.values("kind")), claim.evidence.start, claim.evidence.end,
         str(claim.modality))
        for claim in analysed.claims
        if claim.type == "agreement"
    ]  # fmt: skip


def score_agreement_sentences(
    analyse: Callable[[str], AnalysedDocument], name: str = "agreement_reports10.jsonl"
) -> ClaimScore:
    """docs/notes/gold.md's agreement rule, sentence by sentence: each expected claim (a
    fragment of its sentence, its kind with "|" alternatives) is found by one claim whose
    evidence holds the fragment's start and whose kind shares a word with it, one to one, as
    `concord eval claims` matches; every other claim is spurious."""
    score = ClaimScore()
    for report in _read(name):
        text = str(report["text"])
        expected = [dict(item) for item in report["agreement_claims"]]
        claims = _agreement_claims(analyse(text))
        score.expected += len(expected)
        score.claimed += len(claims)
        unused = list(range(len(claims)))
        for item in expected:
            start = text.find(str(item["sentence"]))
            kinds = str(item["kind"]).split("|")
            match = next(
                (i for i in unused
                 if claims[i][1] <= start < claims[i][2]
                 and any(_shares_word(claims[i][0], k) for k in kinds)),
                None,
            )  # fmt: skip
            if match is None:
                score.misses.append(f"{item['kind']} {item['modality']}: {item['sentence']}")
                continue
            unused.remove(match)
            score.found += 1
            score.correct += 1
            score.same_modality += claims[match][3] == item["modality"]
        for i in unused:
            kind, start, end, modality = claims[i]
            score.spurious.append(f"{kind} {modality}: {text[start:end][:90]}")
    return score


def _name_form(name: str) -> str:
    return " ".join(name.replace("ё", "е").replace("Ё", "Е").split())


def _named_entities(analysed: AnalysedDocument) -> list[tuple[str, str]]:
    """The people and places of a text as the claim extractors name them (entity names)."""
    kinds = {"PER": "PER", "LOC": "LOC", "LOCORG": "LOC"}
    return sorted(
        {
            (kinds[entity.type], _name_form(entity.name))
            for entity in analysed.entities
            if entity.type in kinds
        }
    )


def score_names(analyse: Callable[[str], AnalysedDocument], name: str = "names.jsonl") -> Score:
    """A person or place is found when an entity of the text has exactly its nominative
    name (FactRuEval matches people by name parts: a wrong form loses the fact); every
    person and place entity with a name no reader gives is an error."""
    score = Score()
    for item in _read(name):
        text = str(item["text"])
        expected = [("PER", _name_form(n)) for n in item["people"]] + [
            ("LOC", _name_form(n)) for n in item["places"]
        ]
        found = _named_entities(analyse(text))
        score.count(text, expected, found, _same_entity, _same_entity, ": ".join)
    return score


def _same_entity(found: tuple[str, str], expected: tuple[str, str]) -> bool:
    return found == expected


WRITTEN_SETS: tuple[tuple[str, str, str], ...] = (
    # (label, what is scored, file under tests/data/forms/)
    ("ownership", "ownership", "ownership.jsonl"),
    ("meeting", "meeting", "meeting.jsonl"),
    ("ownership, fresh", "ownership", "ownership_fresh.jsonl"),
    ("meeting, fresh", "meeting", "meeting_fresh.jsonl"),
    ("meeting, unseen", "meeting", "meeting_unseen.jsonl"),
    ("meeting, reports", "meeting report", "meeting_reports.jsonl"),
    ("meeting, reports after", "meeting report", "meeting_reports_after.jsonl"),
    ("meeting, reports third", "meeting report", "meeting_reports_third.jsonl"),
    ("meeting, reports fourth", "meeting report", "meeting_reports_fourth.jsonl"),
    ("meeting, reports sixth", "meeting report", "meeting_reports_sixth.jsonl"),
    ("meeting, reports seventh", "meeting report", "meeting_reports_seventh.jsonl"),
    ("meeting, reports eighth", "meeting report", "meeting_reports_eighth.jsonl"),
    ("meeting, reports ninth", "meeting report", "meeting_reports_ninth.jsonl"),
    ("meeting, reports tenth", "meeting report", "meeting_reports_tenth.jsonl"),
    ("meeting, reports tenth after", "meeting report", "meeting_reports_tenth_after.jsonl"),
    ("meeting, reports11", "meeting report", "meeting_reports11.jsonl"),
    ("meeting, reports11 after", "meeting report", "meeting_reports11_after.jsonl"),
    ("meeting, reports13", "meeting report", "meeting_reports13.jsonl"),
    ("meeting, reports13 after", "meeting report", "meeting_reports13_after.jsonl"),
    ("meeting, real16 own sentences", "meeting", "meeting_real16.jsonl"),
    ("meeting, real17 own sentences", "meeting", "meeting_real17.jsonl"),
    ("meeting, real18 own sentences", "meeting", "meeting_real18.jsonl"),
    ("meeting, real19 own sentences", "meeting", "meeting_real19.jsonl"),
    ("ownership, unseen", "ownership", "ownership_unseen.jsonl"),
    ("ownership, unseen after", "ownership", "ownership_unseen_after.jsonl"),
    ("ownership, reports", "ownership", "ownership_reports.jsonl"),
    ("ownership, reports after", "ownership", "ownership_reports_after.jsonl"),
    ("ownership, reports sixth", "ownership", "ownership_reports_sixth.jsonl"),
    ("ownership, reports seventh", "ownership", "ownership_reports_seventh.jsonl"),
    ("ownership, reports eighth", "ownership", "ownership_reports_eighth.jsonl"),
    ("ownership, reports ninth", "ownership", "ownership_reports_ninth.jsonl"),
    ("ownership, reports tenth", "ownership", "ownership_reports_tenth.jsonl"),
    ("ownership, reports eleventh", "ownership", "ownership_reports_eleventh.jsonl"),
    ("ownership, reports twelfth", "ownership", "ownership_reports_twelfth.jsonl"),
    ("ownership, reports thirteenth", "ownership", "ownership_reports_thirteenth.jsonl"),
    ("ownership, reports fourteenth", "ownership", "ownership_reports_fourteenth.jsonl"),
    ("ownership, reports fourteenth after", "ownership",
     "ownership_reports_fourteenth_after.jsonl"),
    ("ownership, reports fifteenth", "ownership", "ownership_reports_fifteenth.jsonl"),
    ("ownership, reports fifteenth after", "ownership",
     "ownership_reports_fifteenth_after.jsonl"),
    ("ownership, reports sixteenth after", "ownership",
     "ownership_reports_sixteenth_after.jsonl"),
    ("ownership, state corporations", "ownership", "ownership_state_corporations.jsonl"),
    ("ownership, precision on real news", "ownership", "ownership_precision_real.jsonl"),
    ("ownership, posts and lists on real news", "ownership", "ownership_posts_lists_real.jsonl"),
    ("ownership, member names on real news", "ownership", "ownership_member_names_real.jsonl"),
    ("ownership, state and consortium on real news", "ownership",
     "ownership_state_consortium_real.jsonl"),
    ("ownership, pronouns and participles on real news", "ownership",
     "ownership_pronoun_participle_real.jsonl"),
    ("ownership, predicates, participles and ventures on real news", "ownership",
     "ownership_realtext21.jsonl"),
    ("ownership, membership participles, brackets and relative lists on real news",
     "ownership", "ownership_realtext22.jsonl"),
    ("ownership, posts before a dative owner, stakes after owner nouns, groups after names",
     "ownership", "ownership_realtext23.jsonl"),
    ("ownership, pronoun objects, coordinated verbs, sales not yet made", "ownership",
     "ownership_realtext24.jsonl"),
    ("ownership, time phrases, public offices, relatives, reporting outlets", "ownership",
     "ownership_realtext25.jsonl"),
    ("ownership, owner nouns' people, sale subjects, own stakes, relational adjectives",
     "ownership", "ownership_realtext26.jsonl"),
    ("occupation, unseen", "occupation", "occupation_unseen.jsonl"),
    ("occupation, unseen after", "occupation", "occupation_unseen_after.jsonl"),
    ("occupation, round 4", "occupation", "occupation_round4.jsonl"),
    ("occupation, reports", "occupation", "occupation_reports.jsonl"),
    ("occupation, reports after", "occupation", "occupation_reports_after.jsonl"),
    ("occupation, reports8", "occupation", "occupation_reports8.jsonl"),
    ("occupation, reports8 after", "occupation", "occupation_reports8_after.jsonl"),
    ("occupation, reports9", "occupation", "occupation_reports9.jsonl"),
    ("occupation, reports9 after", "occupation", "occupation_reports9_after.jsonl"),
    ("occupation, reports10", "occupation", "occupation_reports10.jsonl"),
    ("occupation, reports10 after", "occupation", "occupation_reports10_after.jsonl"),
    ("occupation, reports11", "occupation", "occupation_reports11.jsonl"),
    ("occupation, reports11 after", "occupation", "occupation_reports11_after.jsonl"),
    ("occupation, reports12", "occupation", "occupation_reports12.jsonl"),
    ("occupation, reports12 after", "occupation", "occupation_reports12_after.jsonl"),
    ("occupation, reports13", "occupation", "occupation_reports13.jsonl"),
    ("occupation, reports13 after", "occupation", "occupation_reports13_after.jsonl"),
    ("occupation, reports14", "occupation", "occupation_reports14.jsonl"),
    ("occupation, reports14 after", "occupation", "occupation_reports14_after.jsonl"),
    ("occupation, real16 forms", "occupation", "occupation_real16.jsonl"),
    ("occupation, real17 forms", "occupation", "occupation_real17.jsonl"),
    ("occupation, real18 forms", "occupation", "occupation_real18.jsonl"),
    ("occupation, real19 forms", "occupation", "occupation_real19.jsonl"),
    ("occupation, real20 forms", "occupation", "occupation_real20.jsonl"),
    ("occupation, real21 forms", "occupation", "occupation_real21.jsonl"),
    ("occupation, real22 forms", "occupation", "occupation_real22.jsonl"),
    ("occupation, real23 forms", "occupation", "occupation_real23.jsonl"),
    ("deal, unseen", "deal", "deal_unseen.jsonl"),
    ("deal, unseen after", "deal", "deal_unseen_after.jsonl"),
    ("deal, reports9", "deal report", "deal_reports9.jsonl"),
    ("deal, reports9 after", "deal report", "deal_reports9_after.jsonl"),
    ("deal, reports10", "deal report", "deal_reports10.jsonl"),
    ("deal, reports10 after", "deal report", "deal_reports10_after.jsonl"),
    ("deal, reports11", "deal report", "deal_reports11.jsonl"),
    ("deal, reports11 after", "deal report", "deal_reports11_after.jsonl"),
    ("deal, reports12", "deal report", "deal_reports12.jsonl"),
    ("deal, reports12 after", "deal report", "deal_reports12_after.jsonl"),
    ("deal, reports13", "deal report", "deal_reports13.jsonl"),
    ("deal, reports13 after", "deal report", "deal_reports13_after.jsonl"),
    ("deal, reports14 after", "deal report", "deal_reports14_after.jsonl"),
    ("deal, reports15", "deal report", "deal_reports15.jsonl"),
    ("deal, real17 forms", "deal report", "deal_real17.jsonl"),
    ("deal, real18 forms", "deal report", "deal_real18.jsonl"),
    ("deal, real19 forms", "deal report", "deal_real19.jsonl"),
    ("deal, real20 forms", "deal report", "deal_real20.jsonl"),
    ("deal, reports24 unseen", "deal report", "deal_reports24_unseen.jsonl"),
    ("statement, unseen", "statement", "statement_unseen.jsonl"),
    ("statement, unseen after", "statement", "statement_unseen_after.jsonl"),
    ("statement, reports", "statement", "statement_reports.jsonl"),
    ("statement, reports after", "statement", "statement_reports_after.jsonl"),
    ("statement, reports9", "statement", "statement_reports9.jsonl"),
    ("statement, reports9 after", "statement", "statement_reports9_after.jsonl"),
    ("statement, reports10", "statement", "statement_reports10.jsonl"),
    ("statement, reports10 after", "statement", "statement_reports10_after.jsonl"),
    ("statement, reports13", "statement", "statement_reports13.jsonl"),
    ("statement, reports13 after", "statement", "statement_reports13_after.jsonl"),
    ("statement, real16", "statement", "statement_real16.jsonl"),
    ("statement, real17", "statement", "statement_real17.jsonl"),
    ("statement, real18", "statement", "statement_real18.jsonl"),
    ("statement, real19", "statement", "statement_real19.jsonl"),
    ("statement, real20", "statement", "statement_real20.jsonl"),
    ("statement, real21", "statement", "statement_real21.jsonl"),
    ("statement, real22", "statement", "statement_real22.jsonl"),
    ("statement, real23", "statement", "statement_real23.jsonl"),
    ("statement, real24", "statement", "statement_real24.jsonl"),
    ("initiative, unseen", "initiative", "initiative_agreement_unseen.jsonl"),
    ("agreement, unseen", "agreement", "initiative_agreement_unseen.jsonl"),
    ("initiative, after the rules", "initiative", "initiative_agreement_unseen_after.jsonl"),
    ("agreement, after the rules", "agreement", "initiative_agreement_unseen_after.jsonl"),
    ("initiative, third set", "initiative", "initiative_agreement_unseen_third.jsonl"),
    ("agreement, third set", "agreement", "initiative_agreement_unseen_third.jsonl"),
    ("initiative, reports6", "initiative", "initiative_reports6.jsonl"),
    ("agreement, reports6", "agreement", "initiative_reports6.jsonl"),
    ("initiative, reports6 after", "initiative", "initiative_reports6_after.jsonl"),
    ("agreement, reports6 after", "agreement", "initiative_reports6_after.jsonl"),
    ("initiative, reports7", "initiative", "initiative_reports7.jsonl"),
    ("agreement, in initiative reports7", "agreement", "initiative_reports7.jsonl"),
    ("initiative, reports8", "initiative", "initiative_reports8.jsonl"),
    ("initiative, reports8b", "initiative", "initiative_reports8b.jsonl"),
    ("initiative, reports8 after", "initiative", "initiative_reports8_after.jsonl"),
    ("initiative, reports9", "initiative", "initiative_reports9.jsonl"),
    ("initiative, reports9 after", "initiative", "initiative_reports9_after.jsonl"),
    ("initiative, reports10", "initiative", "initiative_reports10.jsonl"),
    ("initiative, reports10 after", "initiative", "initiative_reports10_after.jsonl"),
    ("initiative, reports11", "initiative", "initiative_reports11.jsonl"),
    ("agreement, in initiative reports11", "agreement", "initiative_reports11.jsonl"),
    ("initiative, reports11 after", "initiative", "initiative_reports11_after.jsonl"),
    ("agreement, in initiative reports11 after", "agreement", "initiative_reports11_after.jsonl"),
    ("initiative, reports12", "initiative", "initiative_reports12.jsonl"),
    ("initiative by gold rule, reports12", "initiative gold rule", "initiative_reports12.jsonl"),
    ("agreement, in initiative reports12", "agreement", "initiative_reports12.jsonl"),
    ("initiative by gold rule, reports11", "initiative gold rule", "initiative_reports11.jsonl"),
    ("initiative, reports12 after", "initiative", "initiative_reports12_after.jsonl"),
    ("initiative by gold rule, reports12 after", "initiative gold rule",
     "initiative_reports12_after.jsonl"),
    ("agreement, in initiative reports12 after", "agreement", "initiative_reports12_after.jsonl"),
    ("initiative, reports13", "initiative", "initiative_reports13.jsonl"),
    ("initiative by gold rule, reports13", "initiative gold rule", "initiative_reports13.jsonl"),
    ("agreement, in initiative reports13", "agreement", "initiative_reports13.jsonl"),
    ("initiative, reports14", "initiative", "initiative_reports14.jsonl"),
    ("initiative by gold rule, reports14", "initiative gold rule", "initiative_reports14.jsonl"),
    ("initiative, reports15", "initiative", "initiative_reports15.jsonl"),
    ("initiative by gold rule, reports15", "initiative gold rule", "initiative_reports15.jsonl"),
    ("agreement, in initiative reports15", "agreement", "initiative_reports15.jsonl"),
    ("initiative, reports15 after", "initiative", "initiative_reports15_after.jsonl"),
    ("initiative by gold rule, reports15 after", "initiative gold rule",
     "initiative_reports15_after.jsonl"),
    ("initiative, realtext16 classes", "initiative", "initiative_realtext16.jsonl"),
    ("initiative by gold rule, realtext16 classes", "initiative gold rule",
     "initiative_realtext16.jsonl"),
    ("initiative, realtext17 classes", "initiative", "initiative_realtext17.jsonl"),
    ("initiative by gold rule, realtext17 classes", "initiative gold rule",
     "initiative_realtext17.jsonl"),
    ("initiative, realtext18 classes", "initiative", "initiative_realtext18.jsonl"),
    ("initiative by gold rule, realtext18 classes", "initiative gold rule",
     "initiative_realtext18.jsonl"),
    ("initiative, realtext19 classes", "initiative", "initiative_realtext19.jsonl"),
    ("initiative by gold rule, realtext19 classes", "initiative gold rule",
     "initiative_realtext19.jsonl"),
    ("initiative, realtext20 classes", "initiative", "initiative_realtext20.jsonl"),
    ("initiative by gold rule, realtext20 classes", "initiative gold rule",
     "initiative_realtext20.jsonl"),
    ("initiative, realtext21 classes", "initiative", "initiative_realtext21.jsonl"),
    ("initiative by gold rule, realtext21 classes", "initiative gold rule",
     "initiative_realtext21.jsonl"),
    ("agreement, reports7", "agreement", "agreement_reports7.jsonl"),
    ("agreement, reports7 after", "agreement", "agreement_reports7_after.jsonl"),
    ("agreement, reports8", "agreement", "agreement_reports8.jsonl"),
    ("agreement, reports8 after", "agreement", "agreement_reports8_after.jsonl"),
    ("agreement, reports9", "agreement", "agreement_reports9.jsonl"),
    ("agreement, reports9 after", "agreement", "agreement_reports9_after.jsonl"),
    ("agreement sentences, reports10", "agreement sentences", "agreement_reports10.jsonl"),
    ("agreement sentences, reports10 after", "agreement sentences",
     "agreement_reports10_after.jsonl"),
    # own sentences for the classes real excerpts showed (agreement11; written with the rules)
    ("agreement sentences, real11 classes", "agreement sentences", "agreement_real11.jsonl"),
    ("agreement sentences, real12 classes", "agreement sentences", "agreement_real12.jsonl"),
    ("agreement sentences, real13 classes", "agreement sentences", "agreement_real13.jsonl"),
    ("agreement sentences, real14 classes", "agreement sentences", "agreement_real14.jsonl"),
    ("agreement sentences, real15 classes", "agreement sentences", "agreement_real15.jsonl"),
    ("names", "names", "names.jsonl"),
    ("names after", "names", "names_after.jsonl"),
)


def main(only: str = "") -> None:
    from concord.document import Document
    from concord.pipeline import Pipeline

    pipeline = Pipeline()

    def analyse(text: str) -> AnalysedDocument:
        return pipeline.analyse(Document(text=text, published="2026-02-27"))

    scorers: dict[str, Callable[[Callable[[str], AnalysedDocument], str], Score]] = {
        "ownership": score_ownership,
        "meeting": score_meetings,
        "meeting report": score_meeting_reports,
        "occupation": score_occupations,
        "deal": score_deals,
        "deal report": score_deal_reports,
        "statement": score_statements,
        "initiative": lambda analyse, name: score_projects(analyse, "initiative", name),
        "agreement": lambda analyse, name: score_projects(analyse, "agreement", name),
        "initiative gold rule": score_projects_by_gold_rule,
        "agreement sentences": score_agreement_sentences,
        "names": score_names,
    }
    for label, scored, name in WRITTEN_SETS:
        if only and only not in label:
            continue
        score = scorers[scored](analyse, name)
        print(f"{label}: recall {score.found}/{score.expected} = {score.recall:.3f}, "
              f"precision {score.correct}/{score.claimed} = {score.precision:.3f}")  # fmt: skip
        if isinstance(score, ClaimScore):
            print(f"  modality agrees on {score.same_modality}/{score.found} found")
        for miss in score.misses:
            print("  missed", miss)
        for wrong in score.spurious:
            print("  spurious", wrong)


if __name__ == "__main__":
    import sys

    main(" ".join(sys.argv[1:]))
