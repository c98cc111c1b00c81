"""The shared look-ups merged from several extractors (docs/notes/shared26.md): the word a
name takes its clause place through, and whether a name fits a pronoun's gender."""

from __future__ import annotations

from concord.analysis import Token
from concord.claim import Mention
from concord.extract.lexicons import ru
from concord.extract.sentence_view import (
    SentenceView,
    clause_word,
    gender_fits,
    is_sentence_subject,
)
from tests.conftest import Analyse

_NAME_PARTS = {"flat", "flat:name", "appos"}


def _token(text: str, head: int, relation: str) -> Token:
    return Token(0, 0, text, text.lower(), "NOUN", {}, head, relation)


def _sentence_tokens() -> list[Token]:
    """ "Директор Павел Сомов уехал": the name hangs by apposition on its post, the subject."""
    return [
        _token("Директор", 3, "nsubj"),
        _token("Павел", 0, "appos"),
        _token("Сомов", 1, "flat:name"),
        _token("уехал", -1, "root"),
    ]


def test_clause_word_climbs_the_name_parts_to_the_post() -> None:
    assert clause_word(_sentence_tokens(), 2, _NAME_PARTS) == 0


def test_clause_word_stops_at_a_relation_the_caller_does_not_climb() -> None:
    assert clause_word(_sentence_tokens(), 2, {"flat:name"}) == 1


def test_clause_word_is_none_on_a_loop_in_the_tree() -> None:
    tokens = [_token("Павел", 1, "flat:name"), _token("Сомов", 0, "flat:name")]
    assert clause_word(tokens, 0, _NAME_PARTS) is None


def _mention(analysed_text: str, analyse: Analyse, name: str, kind: str) -> tuple[Mention, bool]:
    analysed = analyse(analysed_text)
    mention = next(m for m in analysed.mentions if m.type == kind and name in m.text)
    return mention, is_sentence_subject(analysed, mention)


def test_a_company_named_by_its_noun_is_the_sentence_subject(analyse: Analyse) -> None:
    _, subject = _mention("Компания «Лесной двор» открыла склад в Вологде.", analyse, "Лесной", "ORG")
    assert subject


def test_a_company_a_verb_acts_on_is_no_sentence_subject(analyse: Analyse) -> None:
    text = "Налоговая инспекция Вологды проверила компанию «Лесной двор»."
    _, subject = _mention(text, analyse, "Лесной", "ORG")
    assert not subject


def test_a_womans_name_fits_a_feminine_pronoun_and_not_a_masculine_one(analyse: Analyse) -> None:
    analysed = analyse("Вчера Ирина Волкова приехала в Казань.")
    woman = next(m for m in analysed.mentions if m.type == "PER")
    assert gender_fits(analysed, woman, "Fem")
    assert not gender_fits(analysed, woman, "Masc")
    assert gender_fits(analysed, woman, "")  # a word of unknown gender: anyone may be meant


def test_subjects_are_the_nominal_subjects_a_verb_governs(analyse: Analyse) -> None:
    analysed = analyse("Мост через Угру построили рабочие из Калуги.")
    view = SentenceView.build(analysed, analysed.sentences[0], ru.SENTENCE)
    verb = next(i for i, t in enumerate(view.tokens) if t.lemma == "построить")
    assert [view.tokens[i].lemma for i in view.subjects(verb)] == ["рабочий"]
    bridge = next(i for i, t in enumerate(view.tokens) if t.lemma == "мост")
    assert view.subjects(bridge) == []  # a noun heads no clause of its own
