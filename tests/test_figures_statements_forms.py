"""Figure and statement forms read since the claims gold measured them (invented sentences)."""

from __future__ import annotations

from concord.analysis import AnalysedDocument
from tests.conftest import Analyse, statement_speakers


def figures(analysed: AnalysedDocument) -> set[tuple[str, str]]:
    return {
        (c.values("quantity")[0], c.values("unit")[0])
        for c in analysed.claims
        if c.type == "figure"
    }


def test_counts_in_words_and_nouns_past_adjectives(analyse: Analyse) -> None:
    found = figures(analyse("На склад привезли пять новых станков и 300 старых ящиков."))
    assert ("5", "станок") in found and ("300", "ящик") in found


def test_short_units_are_read_and_durations_are_not(analyse: Analyse) -> None:
    found = figures(analyse("Трасса длиной 12 км строилась 4 года, а работы начались в 7 утра."))
    assert ("12", "км") in found
    assert not {unit for _, unit in found} & {"год", "утро"}


def test_numbers_inside_names_and_ordinals_are_not_amounts(analyse: Analyse) -> None:
    found = figures(analyse("Сайт перешел на HTML5 или Flash. Третий этап закончился."))
    assert found == set()
    assert ("0.333333", "share") in figures(analyse("Ему принадлежит треть акций завода."))


def test_a_post_as_subject_speaks_for_the_person_named_before(analyse: Analyse) -> None:
    analysed = analyse(
        "Министр финансов Петр Соколов провел совещание в Самаре. "
        "Министр также заявил, что бюджет будет исполнен."
    )
    assert statement_speakers(analysed) == ["Петр Соколов"]


def test_statements_beside_a_quote_and_after_attribution_phrases(analyse: Analyse) -> None:
    analysed = analyse(
        "«Мы откроем новые маршруты в этом году», — сказал Иван Петров. "
        "Ранее Иван Петров заявлял, что тарифы не вырастут. "
        "По его словам, компания сохранит всех сотрудников."
    )
    assert statement_speakers(analysed) == ["Иван Петров"] * 3
