"""The project's kind and its stretch of the sentence. The parser is unsure around
Latin-script names, so the stretch is read linearly: from the project noun to the next
project, launching word or clause boundary. The kind is the noun with its adjectives and
a genitive before any name; a design names the building it plans.
"""

from __future__ import annotations

from concord.extract.initiative.framed import part_of_project
from concord.extract.initiative.projects import is_project
from concord.extract.initiative.reading import verb_like
from concord.extract.initiative.words import InitiativeWords
from concord.extract.sentence_view import SentenceView


def kind_words(view: SentenceView, index: int, end: int, words: InitiativeWords) -> list[int]:
    """The project noun with its adjectives, a genitive complement before any name (with
    the name, for a work done on something named: "реконструкция набережной Волги") and,
    for a generic noun, what it is for ("проект по установке светофоров")."""
    start = index
    while (
        start > 0
        and (
            (view.tokens[start - 1].pos == "ADJ" and not verb_like(view.tokens[start - 1], words))
            or (  # "lithium refinery", "wind turbine plant"
                view.tokens[start - 1].relation == "compound"
                and start - 1 < view.tokens[start - 1].head <= index
            )
        )
        and _no_other_name(view, start - 1, index)
    ):
        start -= 1
    while start < index and view.tokens[start].lemma in words.plain_modifiers:
        start += 1
    # a work, or a programme of one, keeps its counted or named object: "строительство двух
    # водохранилищ", "программа развития Дальнего Востока"
    work = view.tokens[index].lemma in words.launch_words | words.programme_nouns
    stop = index
    while (
        stop + 1 < end
        and (work or _no_other_name(view, stop + 1, index))
        and (
            view.tokens[stop + 1].pos
            in ({"NOUN", "ADJ", "PROPN", "NUM"} if work else {"NOUN", "ADJ", "PROPN"})
            and view.tokens[stop + 1].feats.get("Case") == "Gen"
        )
        and (work or not _names_what_follows(view, stop + 1, words))
    ):
        stop += 1
    programme_work = _programme_work(view, index, stop, words)
    if programme_work is not None:  # "программа капитального ремонта школ"
        stop = max(work_with_object(view, programme_work, words))
    kind = set(range(start, stop + 1))
    following = stop + 1
    if (
        view.tokens[index].lemma in words.generic_project_nouns  # the rest stay short
        and following + 1 < len(view.tokens)
        and view.tokens[following].lemma in words.topic_prepositions
    ):
        # "проект по строительству терминала": the topic is the kind, past its launch word
        topic = view.tokens[following].head
        if 0 <= topic < len(view.tokens) and view.tokens[topic].head in kind:
            for position in range(following, len(view.tokens)):
                if position not in view.subtree(topic) or view.mention_at(position) is not None:
                    break
                stop = position
    while stop > index and view.tokens[stop].pos in {"ADP", "CCONJ", "PUNCT", "NUM"}:
        stop -= 1
    return list(range(start, stop + 1))


def _no_other_name(view: SentenceView, position: int, index: int) -> bool:
    """The word is in no name, or is a lower-case word of the name the tagger put the
    project noun in ("Новый дом культуры построили": the capital only opens the sentence)."""
    mention = view.mention_at(position)
    return mention is None or (
        mention == view.mention_at(index) and view.tokens[position].text[:1].islower()
    )


def _programme_work(
    view: SentenceView, index: int, stop: int, words: InitiativeWords
) -> int | None:
    """ "программа капитального ремонта школ", "проект строительства терминала": the work
    a programme or project noun holds right after it says what it is, so the kind reads
    on through the work's own object."""
    if view.tokens[index].lemma not in words.programme_nouns | words.generic_project_nouns:
        return None
    position = stop + 1
    while position < len(view.tokens) and view.tokens[position].pos == "ADJ":
        position += 1
    if position >= len(view.tokens):
        return None
    work = view.tokens[position]
    if (
        work.head != index
        or work.pos != "NOUN"
        or work.lemma not in words.launch_words
        or work.feats.get("Case") != "Gen"
        or view.preposition(position)
    ):
        return None
    return position


def _names_what_follows(view: SentenceView, index: int, words: InitiativeWords) -> bool:
    """ "компании" in "завод компании «Тау-Кен Самрук»" describes the name after it."""
    following = index + 1
    while following < len(view.tokens) and view.tokens[following].text in words.quotes:
        following += 1
    return following < len(view.tokens) and view.mention_at(following) is not None


def segment_end(view: SentenceView, index: int, words: InitiativeWords) -> int:
    """Where the project's stretch ends: a ";" or ":", a comma before a contrast
    conjunction, the next launching word or the next project noun of its own."""
    for position in range(index + 1, len(view.tokens)):
        token = view.tokens[position]
        if token.text in {";", ":"} or (
            token.text == ","
            and position + 1 < len(view.tokens)
            and view.tokens[position + 1].lemma in words.contrast_conjunctions
        ):
            return position
        if token.lemma in words.launch_words or (
            is_project(view, position, words) and not part_of_project(view, position, words)
        ):
            return position
    return len(view.tokens)


def designs_work(view: SentenceView, index: int, launcher: int, words: InitiativeWords) -> bool:
    """ "рассмотрен проект строительства нового спортивного зала": a design whose genitive
    is a work of building names the building it plans; the work is still to be done."""
    launching = view.tokens[launcher]
    return (
        view.tokens[index].lemma in words.design_nouns
        and launching.head == index
        and launching.relation == "nmod"
        and launching.feats.get("Case") == "Gen"
        and words.builds(launching.lemma, launching.pos)
        and any(view.tokens[c].relation == "nmod" for c in view.children(launcher))
    )


def work_with_object(view: SentenceView, work: int, words: InitiativeWords) -> list[int]:
    """A work's words with what it builds or renews, a facility listed after it too
    ("строительства нового терминала" ends its own stretch at the project noun)."""
    built = [
        position
        for child in view.children(work)
        if view.tokens[child].relation == "nmod" and not view.preposition(child)
        for position in kind_words(view, child, segment_end(view, child, words), words)
    ]
    return sorted({*kind_words(view, work, work_end(view, work, words), words), *built})


def work_end(view: SentenceView, work: int, words: InitiativeWords) -> int:
    """Where a work's own object ends: the next boundary past the work noun itself."""
    end = segment_end(view, work, words)
    return end if end > work + 1 else len(view.tokens)
