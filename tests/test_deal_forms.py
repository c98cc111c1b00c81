"""Deals in their general forms: the benchmark's kinds (sales, loans and debts, fines and
sanctions, services, investments, supplies, contracts), several sides, and names that are
no side (a currency's country, a name describing a side, a party only taking a stance).
Every sentence is written for the test."""

from __future__ import annotations

import pytest

from concord.eval.run import task3_facts
from tests.conftest import Analyse


def deals(analyse: Analyse, text: str) -> set[tuple[frozenset[str], str]]:
    """(the sides, the kind) of every deal claim."""
    return {
        (frozenset(claim.values("participants")), claim.values("kind")[0])
        for claim in analyse(text).claims
        if claim.type == "deal"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deal noun inside a document noun takes the signing verb's subject
        ("Банк «Восток» подписал соглашение о покупке компании «Заря».",
         {(frozenset({"Восток", "Заря"}), "купля/продажа")}),
        # debts: a verb, an adjective with its creditor in the dative
        ("Украина задолжала «Газпрому» 2 млрд долларов.",
         {(frozenset({"Украина", "Газпром"}), "займ/возвращение займа")}),
        ("Компания «Вектор» должна банку «Заря» 5 млн рублей.",
         {(frozenset({"Вектор", "Заря"}), "займ/возвращение займа")}),
        ("Банк «Заря» выдал компании «Вектор» кредит на 3 млрд рублей.",
         {(frozenset({"Заря", "Вектор"}), "займ/возвращение займа")}),
        # sanctions are told like fines
        ("Евросоюз ввёл санкции против Ирана.",
         {(frozenset({"Евросоюз", "Иран"}), "наложение/выплата штрафа")}),
        ("Компания «Вектор» оказывает банку «Заря» консультационные услуги.",
         {(frozenset({"Вектор", "Заря"}), "услуги")}),
        # "долларов США" is a currency, not a side
        ("Фонд «Альфа» инвестировал в компанию «Бета» 5 млн долларов США.",
         {(frozenset({"Альфа", "Бета"}), "инвестиции")}),
        ("Компания «Вектор» поставляет Китаю нефть.",
         {(frozenset({"Вектор", "Китай"}), "поставка")}),
        # "контракт на поставку": the inner noun tells the kind, one deal
        ("Концерн «Орбита» подписал с компанией «Сириус» контракт на поставку турбин.",
         {(frozenset({"Орбита", "Сириус"}), "поставка")}),
        # several sellers and a buyer: one deal
        ("Компании «Альфа» и «Бета» продали завод концерну «Гамма».",
         {(frozenset({"Альфа", "Бета", "Гамма"}), "купля/продажа")}),
        # the seller, what is sold and the buyer: one deal, not pairs
        ("Холдинг «Альфа» продал «Вектор» концерну «Гамма».",
         {(frozenset({"Альфа", "Вектор", "Гамма"}), "купля/продажа")}),
        # a list in one role: one deal with each
        ("Антимонопольная служба оштрафовала банк «Заря», компанию «Вектор» и холдинг «Альфа».",
         {(frozenset({"Антимонопольная служба", "Заря"}), "наложение/выплата штрафа"),
          (frozenset({"Антимонопольная служба", "Вектор"}), "наложение/выплата штрафа"),
          (frozenset({"Антимонопольная служба", "Альфа"}), "наложение/выплата штрафа")}),
        # an infinitive trigger takes the subject of the word it depends on
        ("Банк «Заря» решил купить страховую компанию «Вектор».",
         {(frozenset({"Заря", "Вектор"}), "купля/продажа")}),
        # "поставить" with a recipient is a supply (a task set is none: test_no_deal)
        ("Компания «Вектор» поставит банку «Заря» сто банкоматов.",
         {(frozenset({"Вектор", "Заря"}), "поставка")}),
        # servicing is a service; an order and a state contract carry the deal noun
        ("Компания «Вектор» обслуживает серверы банка «Заря».",
         {(frozenset({"Вектор", "Заря"}), "услуги")}),
        ("Концерн «Гамма» получил от компании «Вектор» заказ на поставку турбин.",
         {(frozenset({"Гамма", "Вектор"}), "поставка")}),
        ("Компания «Вектор» заключила с концерном «Гамма» госконтракт на ремонт судов.",
         {(frozenset({"Вектор", "Гамма"}), "контракт")}),
        # a place inside a longer quoted name is part of a title, no side
        ("Компания «Вектор» поставляет газ Китаю по газопроводу «Звезда Алтая».",
         {(frozenset({"Вектор", "Китай"}), "поставка")}),
        # a descriptor named right before a name is that side
        ("Катарский фонд Barwa вложил в компанию «Бета» 3 млн долларов.",
         {(frozenset({"Barwa", "Бета"}), "инвестиции")}),
        # names in an appositive describe the side they hang on
        ("Компания «Вектор» вложила в «Альфу» — разработчика игр «Луна» и «Марс» — 10 млн "
         "долларов.", {(frozenset({"Вектор", "Альфа"}), "инвестиции")}),
        # the role nouns of a loan or an investment
        ("Фонд «Альфа» стал инвестором компании «Бета».",
         {(frozenset({"Альфа", "Бета"}), "инвестиции")}),
        ("Банк «Заря» остаётся крупнейшим кредитором компании «Вектор».",
         {(frozenset({"Заря", "Вектор"}), "займ/возвращение займа")}),
        # a name inside a side's name is that side, not another
        ("Управление ФАС наложило штраф на компанию «Вектор».",
         {(frozenset({"Управление ФАС", "Вектор"}), "наложение/выплата штрафа")}),
        # opposing a deal makes no side of it
        ("Компания «Вектор» выступила против сделки по слиянию «Альфы» и «Беты».",
         {(frozenset({"Альфа", "Беты"}), "купля/продажа")}),
    ],
)
def test_deal_forms(analyse: Analyse, text: str, expected: set[tuple[frozenset[str], str]]) -> None:
    assert deals(analyse, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Россия должна помочь Сербии.",  # "должна" + a verb: an obligation, no debt
        "Министр поставил задачу компании «Вектор» и банку «Заря».",  # "поставить" a task
        # deals only spoken of: a possibility, an intention, a refusal, a denied rumour
        "Холдинг «Альфа» может купить банк «Заря».",
        "Банк «Заря» намерен купить страховую компанию «Вектор».",
        "Концерн «Гамма» отказался продавать «Вектор» холдингу «Альфа».",
        "Компания «Вектор» опровергла слухи о покупке банка «Заря» холдингом «Альфа».",
        "Acme Corp may sign an agreement on the purchase of Globex from Initech.",
    ],
)
def test_no_deal(analyse: Analyse, text: str) -> None:
    assert deals(analyse, text) == set()


def test_a_parse_loop_keeps_the_main_verbs_sides(analyse: Analyse) -> None:
    """The parser hangs "кредит" on its own adjective and the adjective on "кредит": the
    sentence's main verb still gives the sides, as one deal of three."""
    ((sides, kind),) = deals(analyse, "Газпромбанк и ВТБ предоставили «Мечелу» синдицированный кредит.")
    assert kind == "займ/возвращение займа"
    assert len(sides) == 3 and {"Газпромбанк", "ВТБ"} <= sides


def test_benchmark_labels_a_contract_as_a_service(analyse: Analyse) -> None:
    """Concord keeps "контракт"; the benchmark response writes its label "услуги"."""
    analysed = analyse("Компания «Вектор» подписала контракт с банком «Заря».")
    claims = [c for c in analysed.claims if c.type == "deal"]
    assert [c.values("kind") for c in claims] == [["контракт"]]
    (fact,) = [arguments for fact_type, arguments in task3_facts(analysed) if fact_type == "Deal"]
    assert ("Type", "услуги") in fact


def test_english_words_are_data_too(analyse: Analyse) -> None:
    """The same rules read English through its lexicon: a purchase inside an agreement
    noun, and a stance against a deal."""
    assert deals(analyse, "Acme Corp signed an agreement on the purchase of Globex from Initech.") == {
        (frozenset({"Acme Corp", "Initech"}), "купля/продажа")
    }
    assert deals(
        analyse, "Microsoft campaigned against the acquisition of Activision by Sony."
    ) == {(frozenset({"Activision", "Sony"}), "купля/продажа")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural pronoun side stands for the names of the sentence before: one fine each
        ("Операторы «Связьком» и «Телесеть» завышали тарифы. Антимонопольная служба "
         "оштрафовала их на 3 млн рублей.",
         {(frozenset({"Антимонопольная служба", "Связьком"}), "наложение/выплата штрафа"),
          (frozenset({"Антимонопольная служба", "Телесеть"}), "наложение/выплата штрафа")}),
        # a singular common noun stands for the organisation the report introduced so
        ("Авиакомпания «Полярная звезда» обновляет парк. Перевозчик подписал договор на "
         "поставку запчастей с компанией «Аэроснаб».",
         {(frozenset({"Полярная звезда", "Аэроснаб"}), "поставка")}),
        ("Завод «Прибой» получил заказ. При этом у предприятия остается задолженность "
         "перед банком «Кедр».",
         {(frozenset({"Прибой", "Кедр"}), "займ/возвращение займа")}),
        # a relative pronoun side is the name it hangs on
        ("Раунд возглавил инвестор Павел Громов, который вложил в стартап «Нейролаб» "
         "20 млн рублей.",
         {(frozenset({"Павел Громов", "Нейролаб"}), "инвестиции")}),
        # a name the parser hung before its head is no member of a list: one deal of three
        ("Холдинг «Кварц» подписал с транспортной группой «Северный путь» соглашение о "
         "покупке 30% акций зернового терминала «Азовпорт».",
         {(frozenset({"Кварц", "Северный путь", "Азовпорт"}), "купля/продажа")}),
        # a name in the reason of a fine is no side
        ("Банк России оштрафовал страховщика «Опора» за нарушения по ОСАГО.",
         {(frozenset({"Банк России", "Опора"}), "наложение/выплата штрафа")}),
    ],
)
def test_sides_told_without_their_names(
    analyse: Analyse, text: str, expected: set[tuple[frozenset[str], str]]
) -> None:
    assert deals(analyse, text) == expected


def test_one_commenting_on_a_deal_is_no_side(analyse: Analyse) -> None:
    """"назвал покупку удачной": the speaker comments on a deal made elsewhere."""
    assert deals(analyse, "Директор «Агросети» Олег Панин назвал покупку удачной.") == set()


@pytest.mark.parametrize(
    "text",
    [
        # a singular pronoun is no list of the names before
        "Нападающий играл за «Алмаз» и «Сокол». Контракт с ним подписан на три года.",
        # a fund that counts on investing only plans to
        "Фонд «Вершина» рассчитывает вложить средства в компанию «Опал».",
    ],
)
def test_no_side_told_without_a_name(analyse: Analyse, text: str) -> None:
    assert deals(analyse, text) == set()


def test_a_place_inside_a_place_phrase_is_no_side(analyse: Analyse) -> None:
    """"гостиница в центре Сочи": Сочи says where the hotel is."""
    assert deals(analyse, "Гостиница «Волна» в центре Сочи продана компании «Прибрежье».") == {
        (frozenset({"Волна", "Прибрежье"}), "купля/продажа")
    }


def test_a_noun_with_a_missed_name_stands_for_no_earlier_organisation(analyse: Analyse) -> None:
    """"холдингу «Тайга»" names its own holding even when the parser hangs the name
    elsewhere: it is not the holding the report introduced before."""
    found = deals(
        analyse,
        "Холдинг «Кедр» расширяется. В мае «Норд» продал свою долю в угольной компании "
        "«Уголек» холдингу «Тайга».",
    )
    assert not any("Кедр" in sides for sides, _ in found)


def test_plural_pronoun_names_given_after(analyse: Analyse) -> None:
    """"наложил на них штрафы" when the sentence before names nobody: the names come in
    the next sentence that names others than the deal's own sides (one fine each); the
    regulator's initials there are the regulator, no fined side."""
    found = deals(
        analyse,
        "Проверка выявила сговор среди поставщиков бумаги. Федеральная антимонопольная "
        "служба наложила на них штрафы. ФАС сообщила об этом в пятницу. Больше всего "
        "заплатит «Бумпром», а «Листок» и «Целлюлоза-Север» отделались меньшими суммами.",
    )
    sides = {frozenset(name.strip("«»") for name in parties) for parties, _ in found}
    assert all(len(parties) == 2 for parties in sides)
    fined = {name for parties in sides for name in parties} - {
        "Федеральная антимонопольная служба"
    }
    assert fined == {"Бумпром", "Листок", "Целлюлоза-Север"}


def test_plural_subject_looks_no_further_ahead(analyse: Analyse) -> None:
    """A plural subject with nobody named before stands for no names given later."""
    found = deals(
        analyse,
        "Погода в июле была жаркой. Они купили у «Вектора» два склада. "
        "Компания «Заря» тем временем открыла новый офис.",
    )
    assert not any("Заря" in parties for parties, _ in found)


def test_a_descriptor_before_a_quoted_name_is_that_side() -> None:
    """"Самарский «Вымпел»": a city adjective the name finder took as a name of its own
    describes the quoted side after it (tested on the rule: the name finder joins the two
    in the sentences tried)."""
    from concord.claim import Mention
    from concord.extract.deal.titles import descriptor_before
    from concord.extract.lexicons.ru import DEAL

    text = "Самарский «Вымпел» купил защитника."
    adjective = Mention(0, 9, "Самарский", "ORG", "Самарский")
    club = Mention(11, 17, "Вымпел", "ORG", "Вымпел")
    assert descriptor_before(adjective, [adjective, club], text, DEAL.quotes)
    assert not descriptor_before(club, [adjective, club], text, DEAL.quotes)
    text = "Холдинг продал «Вымпел» «Торпедо»."
    first = Mention(16, 22, "Вымпел", "ORG", "Вымпел")
    second = Mention(25, 32, "Торпедо", "ORG", "Торпедо")
    assert text[first.start : first.end] == "Вымпел" and text[second.start : second.end] == "Торпедо"
    assert not descriptor_before(first, [first, second], text, DEAL.quotes)


def test_the_name_a_participle_describes_is_a_side(analyse: Analyse) -> None:
    """"Россельхозбанк, выдавший компании «Вектор» кредит": the bank lends."""
    found = deals(
        analyse,
        "Тогда помощь заводу оказал Россельхозбанк, выдавший компании «Вектор» кредит на 2 "
        "млрд рублей.",
    )
    assert (frozenset({"Россельхозбанк", "Вектор"}), "займ/возвращение займа") in found


def test_a_pronoun_creditor_is_the_one_telling(analyse: Analyse) -> None:
    """"О том, что X должен ему …, заявил Y": the pronoun is the teller, Y."""
    found = deals(
        analyse, "О том, что холдинг «Вектор» должен ему 5 млн рублей, заявил бизнесмен Олег Лунин."
    )
    assert found == {(frozenset({"Вектор", "Олег Лунин"}), "займ/возвращение займа")}


def test_a_pronoun_side_told_by_nobody_named_is_no_side(analyse: Analyse) -> None:
    """With no named teller above its clause, a pronoun stands for nobody."""
    assert deals(analyse, "Известно, что холдинг «Вектор» должен ему 5 млн рублей.") == set()


def test_approving_a_grant_is_giving_it(analyse: Analyse) -> None:
    """"Всемирный банк одобрил выделение Молдавии транша кредита": the bank lends; one
    approving someone else's purchase stays no side."""
    assert deals(
        analyse, "Всемирный банк одобрил выделение Молдавии второго транша кредита."
    ) == {(frozenset({"Всемирный банк", "Молдавия"}), "займ/возвращение займа")}
    found = deals(analyse, "ФАС одобрила покупку компанией «Вектор» завода «Заря».")
    assert not any("ФАС" in parties for parties, _ in found)


def test_a_name_in_brackets_after_a_side_is_that_side(analyse: Analyse) -> None:
    """A bank and its short name in brackets are one side (deal11.md)."""
    found = deals(
        analyse,
        "Северный инвестиционный банк (СИБ) выдал кредит компании «Полярная медь».",
    )
    assert found == {(frozenset({"СИБ", "Полярная медь"}), "займ/возвращение займа")}


def test_a_loan_to_two_borrowers_is_one_deal(analyse: Analyse) -> None:
    """Only a fine on a list is one deal each; one loan to two companies is one deal."""
    found = deals(
        analyse, "Банк «Заря» предоставил кредит компаниям «Вектор» и «Орбита»."
    )
    assert found == {
        (frozenset({"Заря", "Вектор", "Орбита"}), "займ/возвращение займа")
    }


def test_an_authority_told_by_a_common_noun_is_the_one_named_before(analyse: Analyse) -> None:
    """"регулятор", "ведомство" stand for the service the report named, even paragraphs
    before (deal11.md)."""
    text = (
        "Федеральная служба по тарифам утвердила новые цены на электроэнергию. "
        "Эксперты ожидают роста платежей. Производители недовольны. Потребители тоже. "
        "Решение вступит в силу в марте.\n\n"
        "Кроме того, в понедельник ведомство оштрафовало компанию «Вектор» на 400 тыс. рублей."
    )
    assert (
        frozenset({"Федеральная служба по тарифам", "Вектор"}), "наложение/выплата штрафа"
    ) in deals(analyse, text)


def test_an_embargo_is_a_sanction(analyse: Analyse) -> None:
    found = deals(analyse, "Белоруссия ввела эмбарго на ввоз мяса из Литвы.")
    assert found == {(frozenset({"Белоруссия", "Литва"}), "наложение/выплата штрафа")}


def test_a_lease_is_a_service(analyse: Analyse) -> None:
    found = deals(
        analyse, "Авиакомпания «Сибирь» взяла в лизинг три лайнера у компании «Вектор»."
    )
    assert found == {(frozenset({"Сибирь", "Вектор"}), "услуги")}


def test_money_given_is_funding_and_anything_else_is_not(analyse: Analyse) -> None:
    """"выделить" counts only with money as its object."""
    assert deals(
        analyse, "Администрация Томской области выделит хоккейному клубу «Сибирь» 90 млн рублей."
    ) == {(frozenset({"Администрация Томской области", "Сибирь"}), "инвестиции")}
    assert not deals(
        analyse, "Администрация Томской области выделила клубу «Сибирь» участок под стадион."
    )


def test_a_name_acting_with_the_subject_is_on_its_side(analyse: Analyse) -> None:
    found = deals(
        analyse, "Концерн «Орбита» вместе с банком «Заря» купил компанию «Вектор»."
    )
    assert found == {(frozenset({"Орбита", "Заря", "Вектор"}), "купля/продажа")}


def test_a_quoted_title_of_a_pipeline_is_no_side(analyse: Analyse) -> None:
    found = deals(
        analyse,
        "Компания «Вектор» будет поставлять газ концерну «Орбита» по газопроводу «Ямал».",
    )
    assert found == {(frozenset({"Вектор", "Орбита"}), "поставка")}


def test_a_deal_named_as_the_time_of_something_else_has_no_sides_here(analyse: Analyse) -> None:
    text = (
        "Олег Панин после сделки сосредоточится на рекламе: вместе с партнером Ильей Котовым "
        "он владеет торговым центром «Восход» в Рязани."
    )
    assert not deals(analyse, text)


def test_talks_that_came_before_a_purchase_are_no_hedge(analyse: Analyse) -> None:
    found = deals(analyse, "Концерн «Орбита» купил компанию «Вектор» после долгих переговоров.")
    assert found == {(frozenset({"Орбита", "Вектор"}), "купля/продажа")}
    assert not deals(analyse, "Концерн «Орбита» ведёт переговоры о покупке компании «Вектор».")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # places that only say where what was sold lies are no sides (deal12)
        ("Концерн «Вектор» купил у компании «Альфа» три фабрики в штатах Техас и Луизиана.",
         {(frozenset({"Вектор", "Альфа"}), "купля/продажа")}),
        # a target of the money, with no place phrase in the locative, stays a side
        ("Фонд «Альфа» инвестировал в экономику Казахстана 5 млн долларов.",
         {(frozenset({"Альфа", "Казахстан"}), "инвестиции")}),
        ("Компания «Вектор» поставляет газ на Украину.",
         {(frozenset({"Вектор", "Украина"}), "поставка")}),
        # a region of many unnamed borrowers is no side
        ("Банк «Заря» выдал кредиты предприятиям Кузбасса.", set()),
        # a plant named in the loan's purpose is no side
        ("Банк «Восток» выдал компании «Вектор» кредит на реконструкцию комбината «Северный».",
         {(frozenset({"Восток", "Вектор"}), "займ/возвращение займа")}),
        # a plant the goods are for is no side; a plant sold is
        ("Концерн «Орбита» поставит компании «Сириус» генераторы для электростанции «Лесная».",
         {(frozenset({"Орбита", "Сириус"}), "поставка")}),
        ("Холдинг «Альфа» купил у компании «Бета» завод «Звезда».",
         {(frozenset({"Альфа", "Бета", "Звезда"}), "купля/продажа")}),
        # a plant invested in, a field a stake is bought in: the asset, a side
        ("Компания «Альфа» вложит 20 млн евро в строительство завода «Бета» под Тулой.",
         {(frozenset({"Альфа", "Бета"}), "инвестиции")}),
        ("Холдинг «Альфа» купил у компании «Бета» долю в месторождении «Северное».",
         {(frozenset({"Альфа", "Бета", "Северное"}), "купля/продажа")}),
        # co-funders with nobody to receive the money make no deal
        ("Фонд «Альфа» и фонд «Бета» договорились о партнерстве. В этом году они выделят "
         "15 млн рублей.", set()),
        ("Фонд «Альфа» выделит компании «Бета» 15 млн рублей.",
         {(frozenset({"Альфа", "Бета"}), "инвестиции")}),
        # a headline line is a sentence like any other: its deal is told with its own names
        ("Киев даст Кишиневу кредит\n\nУкраина предоставит Молдавии кредит в 100 млн долларов.",
         {(frozenset({"Киев", "Кишинев"}), "займ/возвращение займа"),
          (frozenset({"Украина", "Молдавия"}), "займ/возвращение займа")}),
    ],
)
def test_names_inside_the_object_or_purpose_are_no_sides(
    analyse: Analyse, text: str, expected: set[tuple[frozenset[str], str]]
) -> None:
    assert deals(analyse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb coordinated with another shares its subject (deal13)
        ("Лыков открыл первые аптеки в 2001 году, а в 2008-м продал 40% сети фонду Delta "
         "Capital.",
         {(frozenset({"Лыков", "Delta Capital"}), "купля/продажа")}),
        # an infinitive under an object-control verb: its object pays, the court is no side
        ("Арбитражный суд обязал компанию «Вектор» выплатить банку «Заря» 3 млн рублей "
         "неустойки.",
         {(frozenset({"Вектор", "Заря"}), "наложение/выплата штрафа")}),
        # with a dative controller too; a promise keeps its subject
        ("Губернатор Иван Петров поручил правительству выделить Тверской области 2 млрд "
         "рублей на дороги.", set()),
        # a deal noun in a reason phrase does not tell the kind: the penalty does
        ("Компания «Орбита» заплатит концерну «Сириус» 5 млн рублей неустойки за срыв "
         "поставок.",
         {(frozenset({"Орбита", "Сириус"}), "наложение/выплата штрафа")}),
        # a singular pronoun side: the latest name before it agreeing in gender
        ("В прошлом году у сети «Ромашка» начались трудности. Банк «Восток» выдал ей кредит "
         "на 2 млрд рублей.",
         {(frozenset({"Восток", "Ромашка"}), "займ/возвращение займа")}),
        ("Подрядчиком стала компания «Дорстрой». Министерство транспорта Чувашии заключило "
         "с ней контракт на 8 млрд рублей.",
         {(frozenset({"Министерство транспорта Чувашии", "Дорстрой"}), "контракт")}),
        # a name of common words right before a quoted side only describes it
        ("Тверская сеть кафе «Лимон» продана холдингу «Бета».",
         {(frozenset({"Лимон", "Бета"}), "купля/продажа")}),
        # a purpose told with "для" names no side
        ("Правительство Чувашии получило от банка «Заря» кредит для строительства моста "
         "через Суру.",
         {(frozenset({"Правительство Чувашии", "Заря"}), "займ/возвращение займа")}),
        # a pronoun as the direct object is what is leased, not a side; a fine's is a side
        ("Мэр Твери Олег Смирнов пообещал, что манеж останется у города и команда «Звезда» "
         "будет арендовать его бесплатно.", set()),
        ("Иван Петров нарушил правила. Налоговая служба ФНС оштрафовала его на 100 тыс. "
         "рублей.",
         {(frozenset({"Налоговая служба ФНС", "Иван Петров"}), "наложение/выплата штрафа")}),
        # a lease is a service, like a leasing deal
        ("Авиакомпания «Вектор» арендовала у компании «Сириус» четыре самолета.",
         {(frozenset({"Вектор", "Сириус"}), "услуги")}),
    ],
)
def test_doers_from_the_frame_and_sides_by_reference(
    analyse: Analyse, text: str, expected: set[tuple[frozenset[str], str]]
) -> None:
    assert deals(analyse, text) == expected


def test_a_bare_subject_noun_continues_the_subject_before(analyse: Analyse) -> None:
    """"банк" with no bank introduced as one stands for the subject of the sentence before;
    with no such subject it stands for nobody."""
    text = (
        "В понедельник ВТБ объявил о новой программе. Теперь банк предоставит компании "
        "«Вектор» кредит на 500 млн рублей."
    )
    assert deals(analyse, text) == {(frozenset({"ВТБ", "Вектор"}), "займ/возвращение займа")}
    text = (
        "О новой программе писали многие газеты. Теперь банк предоставит компании «Вектор» "
        "кредит на 500 млн рублей."
    )
    assert deals(analyse, text) == set()


def test_a_bare_noun_means_the_organisation_its_own_sentence_named(analyse: Analyse) -> None:
    """"наложил на компанию штраф" after "проверил компанию «X»" in the same sentence is X,
    not the holding the report names more often."""
    text = (
        "Холдинг «Уралметалл» владеет несколькими горными предприятиями. В прошлом году "
        "«Уралметалл» увеличил добычу руды, а выручка «Уралметалла» выросла на 12%. "
        "Росприроднадзор проверил компанию «Южная руда», а затем наложил на компанию штраф "
        "в 3 млн рублей."
    )
    assert deals(analyse, text) == {
        (frozenset({"Росприроднадзор", "Южная руда"}), "наложение/выплата штрафа")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the head of the bank tells of the purchase: the bank buys, the head is no side
        ("Глава банка «Восток» Олег Сомов рассказал о покупке страховой компании «Гарант».",
         {(frozenset({"Восток", "Гарант"}), "купля/продажа")}),
        ("Президент «Северного леса» Игорь Котов объявил о продаже завода «Вятка» группе "
         "«Илим».",
         {(frozenset({"Северный лес", "Вятка", "Илим"}), "купля/продажа")}),
        # an owner who sells himself stays a side: the verb is the deal's own
        ("Совладелец сети «Лимон» Андрей Белов продал свою долю фонду «Север».",
         {(frozenset({"Андрей Белов", "Лимон", "Север"}), "купля/продажа")}),
    ],
)
def test_a_head_telling_of_a_deal_speaks_for_the_organisation(
    analyse: Analyse, text: str, expected: set[tuple[frozenset[str], str]]
) -> None:
    assert deals(analyse, text) == expected


def test_an_owner_telling_of_a_sale_stays_a_side(analyse: Analyse) -> None:
    """An owner deals in his own name: "владелец клуба «X» Y объявил о продаже" keeps Y."""
    text = "Владелец хоккейного клуба «Метеор» Павел Гусев объявил о продаже команды."
    found = deals(analyse, text)
    assert any("Павел Гусев" in sides for sides, _ in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a region noun in the dative: the latest region named before
        ("Пензенская область завершила год с дефицитом бюджета. В октябре ВТБ выдал региону "
         "кредит на 900 млн рублей.",
         {(frozenset({"ВТБ", "Пензенская область"}), "займ/возвращение займа")}),
        # "области" for a region named by another region noun ("край")
        ("Алтайский край ищет деньги на дороги. Россельхозбанк уже выдал области кредит "
         "на 300 млн рублей.",
         {(frozenset({"Россельхозбанк", "Алтайский край"}), "займ/возвращение займа")}),
        # a city noun: the latest place that is no region and no state
        ("Власти Челябинской области обсудили ремонт дорог в Златоусте. Еще 80 млн рублей "
         "городу выделил Фонд развития моногородов.",
         {(frozenset({"Фонд развития моногородов", "Златоуст"}), "инвестиции")}),
        # a neighbouring region is another one: no side
        ("Пензенская область завершила год с дефицитом бюджета. В октябре ВТБ выдал соседнему "
         "региону кредит на 900 млн рублей.", set()),
        # "в области" places the deal; it is no side
        ("Пензенская область завершила год с дефицитом. В области банк «Заря» выдал компании "
         "«Вектор» кредит.", {(frozenset({"Заря", "Вектор"}), "займ/возвращение займа")}),
    ],
)
def test_a_bare_place_noun_is_the_place_named_before(
    analyse: Analyse, text: str, expected: set[tuple[frozenset[str], str]]
) -> None:
    assert deals(analyse, text) == expected


def test_a_generic_company_noun_is_an_enterprise_of_any_kind(analyse: Analyse) -> None:
    """"компания" or "предприятие" for an organisation introduced as a plant ("комбинат"),
    a station or a builder, over a holding of the noun's own kin named less often;
    "станция" for a "радиостанция"."""
    text = (
        "Металлургический комбинат «Северсталь-Вязьма» в прошлом году увеличил выпуск проката. "
        "Комбинат «Северсталь-Вязьма» входит в холдинг «Промактив». Директор рассказал о "
        "планах на новый цех. В марте Ростехнадзор оштрафовал компанию на 400 тыс. рублей."
    )
    assert deals(analyse, text) == {
        (frozenset({"Ростехнадзор", "Северсталь-Вязьма"}), "наложение/выплата штрафа")
    }
    text = (
        "Строительная фирма «Домстрой» сдала школу с опозданием. Роспотребнадзор "
        "оштрафовал предприятие на 1 млн рублей."
    )
    assert deals(analyse, text) == {
        (frozenset({"Роспотребнадзор", "Домстрой"}), "наложение/выплата штрафа")
    }
    text = (
        "Радиостанция «Волна» вышла в эфир в 2005 году. К весне станция задолжала компании "
        "«Связьинвест» 4 млн рублей."
    )
    assert deals(analyse, text) == {
        (frozenset({"Волна", "Связьинвест"}), "займ/возвращение займа")
    }


def test_a_bare_authority_noun_is_a_department_named_before(analyse: Analyse) -> None:
    """"ведомство" for a body introduced as a ministry or a department ("Министерство
    транспорта")."""
    text = (
        "Министерство транспорта Башкирии проверило дорожные фирмы региона. В мае ведомство "
        "оштрафовало компанию «Уфадорстрой» на 200 тыс. рублей."
    )
    assert deals(analyse, text) == {
        (frozenset({"Министерство транспорта Башкирии", "Уфадорстрой"}),
         "наложение/выплата штрафа")
    }



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dateline place opening the report is where the news comes from, no side
        ("Казань / 14 марта 2012 ОАО «Камский литейный завод» подписало контракт на "
         "поставку отливок компании «Нефтемаш».",
         {(frozenset({"Камский литейный завод", "Нефтемаш"}), "поставка")}),
        # a short name in brackets before the full one is the same side
        ("Долг Открытой акционерной компании (ОАК) «Донбассэнерго» перед банком «Аваль» "
         "вырос до 40 млн гривен.",
         {(frozenset({"Донбассэнерго", "Аваль"}), "займ/возвращение займа")}),
        # a sentence-opening debt noun with its creditor after "перед"; the supply in its
        # "за" phrase only says what the debt is for
        ("Задолженность «Тверьэнерго» перед компанией «Центрэнергосбыт» за поставки "
         "электроэнергии достигла 300 млн рублей.",
         {(frozenset({"Тверьэнерго", "Центрэнергосбыт"}), "займ/возвращение займа")}),
        # a credit line is a loan; a production line is nothing
        ("Летом банк «Уралсиб» открыл заводу «Пермские моторы» кредитную линию на 2 млрд "
         "рублей.",
         {(frozenset({"Уралсиб", "Пермские моторы"}), "займ/возвращение займа")}),
        # a sponsor
        ("Генеральным спонсором хоккейного клуба «Сокол» стала компания «Уралтрубпром».",
         {(frozenset({"Сокол", "Уралтрубпром"}), "услуги")}),
    ],
)
def test_real_news_constructions(analyse: Analyse, text: str, expected: set) -> None:
    assert deals(analyse, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a person acting in a relative clause on the deal's object only visited it
        "Вложения в фабрику «Заря», которую в пятницу посетил губернатор Олег Дронов, "
        "составили 2 млрд рублей.",
        # a deal under a condition is only supposed
        "«Я обещал «Полесью» приехать снова, если инвестиции превысят миллиард», — сказал "
        "Игорь Семенов.",
        "Компания «Вектор» запустила новую линию по выпуску труб для «Газпрома».",
        # an attempt to buy is no deal
        "Бизнесмен Петр Лавров пытался купить клуб «Сокол».",
    ],
)
def test_no_deal_in_real_news_constructions(analyse: Analyse, text: str) -> None:
    assert {sides for sides, _ in deals(analyse, text) if len(sides) > 1} == set()



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a regional office's place hangs on the office's own name: part of that name, no
        # side of its own
        ("Управление Росприроднадзора по Курганской области оштрафовало завод «Зауральский "
         "литейщик» на 300 тысяч рублей.",
         {(frozenset({"Управление Росприроднадзора по Курганской области",
                      "Зауральский литейщик"}),
           "наложение/выплата штрафа")}),
        # a city in brackets after a company only says where it is
        ("Управление ФАС оштрафовало ООО «Волжский хлеб» (Самара) на 150 тысяч рублей.",
         {(frozenset({"Управление ФАС", "Волжский хлеб"}), "наложение/выплата штрафа")}),
        # the agency that reports the news is no side
        ("Как сообщает агентство «Сибирь-Информ», «Енисейская сетевая компания» купила у "
         "Павла Громова 30% акций «Красноярской ТЭЦ-5».",
         {(frozenset({"Енисейская сетевая компания", "Павел Громов", "Красноярская ТЭЦ-5"}),
           "купля/продажа")}),
        # a company and its initials in brackets are one side, named by the initials
        ("В марте «Уральская горная компания» (УГК) купила у Сергея Ветрова 12% акций "
         "комбината «Бакальский».",
         {(frozenset({"УГК", "Сергей Ветров", "Бакальский"}),
           "купля/продажа")}),
    ],
)
def test_sides_that_only_describe_a_side(analyse: Analyse, text: str, expected: set) -> None:
    assert deals(analyse, text) == expected


def test_sellers_listed_without_a_buyer_make_no_deal(analyse: Analyse) -> None:
    """Several sellers in one role and nobody on the other side: no deal between them."""
    text = "Пенсионные фонды «Рассвет» и «Опора» продали на бирже акции страховщика."
    assert {sides for sides, _ in deals(analyse, text) if len(sides) > 1} == set()


def test_a_bank_and_the_bank_with_its_country_are_one_side(analyse: Analyse) -> None:
    """"«Камбанк России»" said once and "банком" for it later are the same side."""
    text = (
        "«Камбанк России» нарастил долю в заводе «Тагилстрой». Это уже второе приобретение "
        "банком акций строительного предприятия за год, в мае «Камбанк» купил 10% акций "
        "предприятия."
    )
    assert {
        sides for sides, _ in deals(analyse, text)
        if {"Камбанк", "Камбанк России"} <= sides
    } == set()


def test_a_plural_pronoun_stands_for_the_list_before_it_in_its_sentence(analyse: Analyse) -> None:
    """"они" after "две компании — «A» и «B»:" are A and B, not the names of the sentence
    before."""
    text = (
        "Порт «Беломорский» давно искал инвестора. Сделку провели две компании — «Норд-Инвест» "
        "и «Мурман-Транс»: они продали свои пакеты фонду «Арктика-Капитал»."
    )
    sides = {sides for sides, _ in deals(analyse, text)}
    assert frozenset({"Норд-Инвест", "Мурман-Транс", "Арктика-Капитал"}) in sides
    assert not any("Беломорский" in side for side in sides)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subject pronoun for the person the sentence before was about
        ("Промышленник Олег Ветлугин давно интересовался хоккеем. В 2010 году он купил клуб "
         "«Амур-Север» у городской администрации Благовещенска.",
         {(frozenset({"Олег Ветлугин", "Амур-Север", "городская администрация Благовещенска"}),
           "купля/продажа")}),
        ("На рынке удобрений холдинг «Агрохимресурс» стоит особняком. Весной он приобрел "
         "завод «Новомосковский азот».",
         {(frozenset({"Агрохимресурс", "Новомосковский азот"}), "купля/продажа")}),
        # "Им стала X": the side a deal noun of the sentence before left unnamed
        ("Вчера баскетбольный клуб «Енисей-Арена» назвал имя нового генерального спонсора. "
         "Им стала энергокомпания «Сибирская генерация».",
         {(frozenset({"Енисей-Арена", "Сибирская генерация"}), "услуги")}),
        ("Вчера руководство хоккейного «Торпедо-Волга» огласило имя нового титульного "
         "спонсора. Им стал холдинг «Нижегородская сталь», уже начавший перечислять на счет "
         "«Торпедо-Волги» деньги.",
         {(frozenset({"Торпедо-Волга", "Нижегородская сталь"}), "услуги")}),
    ],
)
def test_a_side_named_in_another_sentence(analyse: Analyse, text: str, expected: set) -> None:
    assert {(sides, kind) for sides, kind in deals(analyse, text) if len(sides) > 1} == expected


@pytest.mark.parametrize(
    "text",
    [
        # the pronoun's sentence before names no organisation or person as its subject
        "В Калуге открылся новый литейный цех. Он закупил станки у компании «Рейнмаш».",
        # "она" cannot stand for a masculine name
        "Завод «Уралпласт» сменил директора. Она купила склад у компании «Логистика-М».",
        # a subject pronoun with only a person beside it: "acquired a friend"
        "Пилот Игорь Лапин вернулся из рейса. Он сказал, что за годы полетов с Олегом "
        "Седовым он приобрел настоящего друга.",
        # "Им стал X" after a sentence with no deal noun
        "Клуб «Енисей-Арена» выбрал нового капитана. Им стал Игорь Сомов.",
    ],
)
def test_no_side_from_another_sentence_without_its_link(analyse: Analyse, text: str) -> None:
    assert {sides for sides, _ in deals(analyse, text) if len(sides) > 1} == set()


def test_a_subject_pronoun_needs_a_side_named_in_its_sentence(analyse: Analyse) -> None:
    """"он купил клуб" with neither side named in its sentence: two guesses make no deal."""
    text = (
        "Клуб «Витязь-Север» сменил тренера. Бизнесмен Артем Зорин долго искал себе команду. "
        "В 2007 году он купил клуб и пообещал выиграть кубок."
    )
    assert {sides for sides, _ in deals(analyse, text) if len(sides) > 1} == set()


@pytest.mark.parametrize(
    "text",
    [
        # the deal noun is the clause told: the teller and the outlet are no sides
        "В эфире радиостанции «Волна FM» заместитель председателя банка «Северный кредит» "
        "Игорь Малахов рассказал, что для банка это долгосрочная инвестиция.",
        "Телеканалу «Регион-ТВ» директор холдинга «Уралпласт» Павел Гуров сообщил, что это "
        "выгодное приобретение.",
        # a quoted chairman: a quotation mark hung on the quote's subject brings in no name
        "«Эта покупка выводит «Полярный экспресс» в число крупнейших перевозчиков страны», — "
        "подчеркнул председатель правления «Полярного экспресса» и директор АО «Фонд "
        "«Северные инвестиции» Олег Сазонов.",
    ],
)
def test_a_speaker_or_outlet_is_no_side(analyse: Analyse, text: str) -> None:
    assert {sides for sides, _ in deals(analyse, text) if len(sides) > 1} == set()


def test_a_deal_told_as_an_argument_keeps_the_verbs_sides(analyse: Analyse) -> None:
    """"сообщил о покупке": an argument, not a clause told; the subject stays a side."""
    assert deals(analyse, "Банк «Северный кредит» сообщил о покупке завода «Искра».") == {
        (frozenset({"Северный кредит", "Искра"}), "купля/продажа")
    }


def test_a_deal_with_one_side_is_concords_claim_not_the_benchmarks(analyse: Analyse) -> None:
    """"X оштрафовали" names only the fined: a claim Concord keeps, but the benchmark
    annotates deals between parties, so its response leaves it out."""
    analysed = analyse("Интернет-магазин «Звезда» оштрафовали на 800 тысяч рублей.")
    assert [c.values("participants") for c in analysed.claims if c.type == "deal"] == [["Звезда"]]
    assert not [fact for fact_type, fact in task3_facts(analysed) if fact_type == "Deal"]
    shaped = task3_facts(analysed, concord_shaped=True)
    assert [fact_type for fact_type, _ in shaped] == ["Deal"]
