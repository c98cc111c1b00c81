"""Works taken up: a body's "работа по <action>" started or to be led.

General news tells an organisation taking up a work with no facility noun: "Работа по
созданию реестра началась в мае", "министерство приступило к работе по переводу услуг в
электронный вид", "Агентство будет вести работу по противодействию подделкам". The work
named by its action ("работа по" + a verbal noun) is the project, as the gold counts it.

Only two readings launch it, because "работа" alone is the commonest word of routine:
* a start word governs it ("началась", "приступили к", "стартовала");
* a leading verb ("вести") governs it in a clause that looks ahead, with a named runner
  as its subject ("X будет вести работу по …"): a body taking the work up.
Not projects: a work going on or finished ("ведётся работа по …", "завершена работа по
…"), one led by nobody named, a job ("работа по специальности": no verbal noun), and
the routine response of police, rescuers and investigators ("работа по устранению
последствий", "по розыску"), whose topics the lexicon lists.
"""

from __future__ import annotations

from concord.claim import Argument, Claim, Modality
from concord.extract.initiative.background import in_background
from concord.extract.initiative.runners import runner_arguments
from concord.extract.initiative.words import InitiativeWords
from concord.extract.sentence_view import SentenceView


def _topic(view: SentenceView, index: int, words: InitiativeWords) -> int | None:
    """The verbal noun the work is on ("работа по созданию …"): a "по" child whose lemma
    ends as an action noun does and is no routine response."""
    for child in view.children(index):
        lemma = view.tokens[child].lemma
        if (
            view.preposition(child) in words.taken_work_prepositions
            and (
                lemma.endswith(words.taken_work_topic_endings)
                or lemma in words.taken_work_topic_nouns
            )
            and lemma not in words.routine_work_topics
        ):
            return child
    return None


def _governs_start(view: SentenceView, index: int, head: int, words: InitiativeWords) -> bool:
    """The start word takes the work as its subject ("работа началась"), object ("начали
    работу") or goal ("приступили к работе")."""
    relation = view.tokens[index].relation
    return view.tokens[head].lemma in words.start_words and (
        relation.startswith("nsubj") or relation in {"obj", "obl"}
    )


def works_taken_up(view: SentenceView, words: InitiativeWords, told: list[Claim]) -> list[Claim]:
    """Each "работа по <action>" the sentence starts, or a named body will lead, that no
    claim in `told` already names inside it ("работа по созданию центра": the centre)."""
    claims = []
    for index, token in enumerate(view.tokens):
        head = token.head
        if (
            token.lemma not in words.taken_work_nouns
            or token.feats.get("Number") == "Plur"  # "работы по ремонту": building works
            or not 0 <= head < len(view.tokens)
        ):
            continue
        topic = _topic(view, index, words)
        if topic is None or in_background(view, head, words):
            continue
        started = _governs_start(view, index, head, words)
        led = view.tokens[head].lemma in words.work_leading_verbs and token.relation == "obj"
        if not (started or led):
            continue
        modality = view.modality(head)
        subject_parts = [i for c in view.subjects(head) if c != index for i in view.subtree(c)]
        runners = view.mentions_in(subject_parts, set(words.runner_types))
        if led and (modality != Modality.PLANNED or not runners):
            continue  # "ведётся работа по …": going on; "будут вести работу": by nobody named
        indices = sorted({index, *view.subtree(topic)})
        value, span = view.phrase(indices)
        if any(_inside(claim, span.start, span.end) for claim in told):
            continue
        arguments = [Argument("kind", value.lower(), span)]
        arguments.extend(runner_arguments(view, runners, words))
        claims.append(view.claim("initiative", arguments, modality))
    return claims


def _inside(claim: Claim, start: int, end: int) -> bool:
    """The claim's kind lies within the work's words: the work's project is told."""
    return any(
        a.role == "kind" and a.span is not None and start <= a.span.start and a.span.end <= end
        for a in claim.arguments
    )
