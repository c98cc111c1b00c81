"""statement34: an outlet opening the sentence yields to the speaker of the verb of saying
after it; a joke, advice and a characterisation ("охарактеризовал X как Y") are said."""

from tests.conftest import Analyse, claims_of


def _speakers(analyse: Analyse, text: str) -> list[tuple[str, str]]:
    """(speaker, evidence sentence) of each statement read from `text`."""
    return [
        (claim.values("speaker")[0], claim.evidence.text)
        for claim in claims_of(analyse(text), "statement")
    ]


def test_relaying_outlet_yields_to_pronoun_speaker(analyse: Analyse) -> None:
    text = (
        "Глава холдинга Пётр Соколов не понимает, зачем регулятор меняет правила. "
        "Как передает корреспондент агентства «Вести-Экспресс», он заявил это на съезде "
        "в Казани."
    )
    found = _speakers(analyse, text)
    assert ("Пётр Соколов", found[0][1]) in found
    assert found[0][1].startswith("Как передает")
    assert all(speaker != "Вести-Экспресс" for speaker, _ in found)


def test_relaying_outlet_stays_source_without_inner_speaker(analyse: Analyse) -> None:
    found = _speakers(analyse, "Как сообщает газета «Северный курьер», мост в Омске откроют в мае.")
    assert [speaker for speaker, _ in found] == ["Северный курьер"]


def test_joke_and_advice_are_statements(analyse: Analyse) -> None:
    text = (
        "Глава банка «Прибой» Семён Артёмов выступил на форуме в Перми. "
        "Ранее банкир пошутил, что кризисы случаются чаще, чем отпуска. "
        "Артёмов посоветовал вкладчикам «не спешить» и не забирать деньги со счетов."
    )
    sentences = {evidence for _, evidence in _speakers(analyse, text)}
    assert any(s.startswith("Ранее банкир пошутил") for s in sentences)
    assert any(s.startswith("Артёмов посоветовал") for s in sentences)


def test_characterisation_with_kak_is_statement(analyse: Analyse) -> None:
    text = (
        "Глава банка «Прибой» Семён Артёмов выступил на форуме в Перми. "
        "Он охарактеризовал прошедший год как самый трудный для отрасли."
    )
    assert ("Семён Артёмов", "Он охарактеризовал прошедший год как самый трудный для отрасли.") in [
        (s, e.strip()) for s, e in _speakers(analyse, text)
    ]


def test_passive_characterisation_is_no_statement(analyse: Analyse) -> None:
    text = "Компания «Пирс» охарактеризована как надежный заемщик. Цех характеризуется выработкой."
    assert _speakers(analyse, text) == []
