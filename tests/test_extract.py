"""Extractors on sentences written for these tests (none taken from the seeds or the devset)."""

from __future__ import annotations

from concord.analysis import AnalysedDocument
from tests.conftest import Analyse, claims_of


def test_names_in_oblique_cases_become_nominative(analyse: Analyse) -> None:
    analysed = analyse(
        "Премьер-министр встретился с президентом Бразилии Луисом Инасиу Лулой да Силвой и с послом Петром Ивановым."
    )
    names = {entity.name for entity in analysed.entities if entity.type == "PER"}
    assert "Петр Иванов" in names


def test_occupation_before_and_after_the_name(analyse: Analyse) -> None:
    analysed = analyse(
        "Генеральный директор компании «Северсталь» Алексей Мордашов посетил завод. "
        "Мария Кузнецова, председатель правления Сбербанка, выступила на форуме."
    )
    occupations = {
        (c.values("who")[0], c.values("position")[0]) for c in claims_of(analysed, "occupation")
    }
    assert ("Алексей Мордашов", "генеральный директор компании") in occupations or any(
        who == "Алексей Мордашов" and "директор" in position for who, position in occupations
    )
    assert any(
        who == "Мария Кузнецова" and position.startswith("председатель")
        for who, position in occupations
    )


def test_meeting_with_place_and_relative_date(analyse: Analyse) -> None:
    analysed = analyse(
        "Во вторник в Ташкенте министр Анна Смирнова встретилась с министром Рустамом Азимовым.",
        published="2026-03-05",
    )
    (meeting,) = claims_of(analysed, "meeting")
    assert set(meeting.values("participants")) == {"Анна Смирнова", "Рустам Азимов"}
    assert meeting.values("place") == ["Ташкент"]
    assert meeting.values("date") == ["2026-03-03"]  # the Tuesday before a Thursday publication


def test_negated_and_planned_modality(analyse: Analyse) -> None:
    planned = analyse(
        "В следующем году компания «Альфа» откроет в Казани новый завод по выпуску батарей."
    )
    (initiative,) = claims_of(planned, "initiative")
    assert initiative.modality.value == "planned" and initiative.values("location") == ["Казань"]
    assert initiative.values("starts_on") == ["2027"]
    negated = analyse("Министр Олег Петров не встретился с послом Игорем Сидоровым.")
    assert [c.modality.value for c in claims_of(negated, "meeting")] == ["negated"]


def test_agreement_with_horizon_and_parties(analyse: Analyse) -> None:
    analysed = analyse(
        "Вчера в Баку Азербайджан и Грузия подписали соглашение о транзите грузов до 2035 года."
    )
    (agreement,) = claims_of(analysed, "agreement")
    assert agreement.values("kind") == ["соглашение"]
    assert agreement.values("valid_until") == ["2035"]
    assert agreement.values("signed_on") == ["2026-02-26"]
    assert "о транзите грузов" in agreement.values("subject")[0]


def test_deal_and_ownership(analyse: Analyse) -> None:
    deal = analyse("Компания «Газпром» продала банку ВТБ пакет акций.")
    (found,) = claims_of(deal, "deal")
    assert found.values("kind") == ["купля/продажа"] and len(found.values("participants")) == 2
    owned = analyse("Холдинг «Интеррос» принадлежит Владимиру Потанину.")
    (ownership,) = claims_of(owned, "ownership")
    assert ownership.values("owner") == ["Владимир Потанин"]


def test_reported_and_direct_statements(analyse: Analyse) -> None:
    analysed = analyse(
        "Министр Игорь Волков заявил, что строительство моста завершится весной.\n\n"
        "— Мы выполним все обязательства в срок, — сказал Игорь Волков."
    )
    statements = claims_of(analysed, "statement")
    quotes = {c.values("quote")[0] for c in statements}
    assert "строительство моста завершится весной" in quotes
    assert "Мы выполним все обязательства в срок" in quotes
    assert all(c.values("speaker") == ["Игорь Волков"] for c in statements)


def test_money_figure(analyse: Analyse) -> None:
    analysed = analyse("Объем инвестиций в проект составит 2,5 млрд долларов.")
    figures = claims_of(analysed, "figure")
    assert any(
        c.values("quantity") == ["2500000000"] and c.values("unit") == ["USD"] for c in figures
    )


def test_subtree_survives_a_cyclic_parse() -> None:
    """slovnet can return head cycles; walking the tree must still end."""
    from concord.analysis import Sentence, Token
    from concord.document import Document
    from concord.extract.lexicons import ru
    from concord.extract.sentence_view import SentenceView

    tokens = [
        Token(0, 1, "а", "а", "NOUN", {}, 1, "nmod"),
        Token(2, 3, "б", "б", "NOUN", {}, 0, "nmod"),
        Token(4, 5, "в", "в", "NOUN", {}, 1, "nmod"),
    ]
    sentence = Sentence(0, 5, "а б в", tokens)
    document = AnalysedDocument(Document(text="а б в"), [sentence])
    view = SentenceView.build(document, sentence, ru.SENTENCE)
    assert view.subtree(0) == [0, 1, 2]


def test_hyphenated_post_in_an_oblique_case_becomes_nominative(analyse: Analyse) -> None:
    analysed = analyse("Губернатор встретился с вице-губернатором Омской области Игорем Соколовым.")
    positions = [c.values("position")[0] for c in claims_of(analysed, "occupation")]
    assert positions and positions[0].startswith("вице-губернатор")
    assert "вице-губернатором" not in " ".join(positions)


def test_a_name_the_model_tags_org_after_v_is_a_place_when_the_text_places_it(analyse: Analyse) -> None:
    """NER now and then tags "в Дархане" ORG; the document's other mention of it decides."""
    from types import SimpleNamespace

    from concord.nlp.russian import _mentions

    text = "В Дархане построят завод.\n\nВ 2028 году в Дархане откроют завод компании «Волгахим»."
    sentences = analyse(text).sentences
    second = text.index("Дархане", 5)
    spans = [
        SimpleNamespace(start=2, stop=9, type="LOC"),
        SimpleNamespace(start=second, stop=second + 7, type="ORG"),
        SimpleNamespace(start=text.index("Волгахим"), stop=text.index("»"), type="ORG"),
    ]
    types = {(m.normal, m.type) for m in _mentions(sentences, spans)}
    assert types == {("Дархан", "LOC"), ("Волгахим", "ORG")}
    alone = _mentions(sentences, spans[1:])  # no other mention says it is a place
    assert ("Дархан", "ORG") in {(m.normal, m.type) for m in alone}


def test_project_kind_stops_before_the_word_that_introduces_a_name(analyse: Analyse) -> None:
    analysed = analyse(
        "В 2028 году в Тольятти начнет работу завод компании «Волгахим» по выпуску удобрений."
    )
    (project,) = claims_of(analysed, "initiative")
    assert project.values("kind") == ["завод"]
    assert project.values("location") == ["Тольятти"]
