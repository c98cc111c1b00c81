"""Statement forms of round 28, chiefly precision on neutral Russian news, each on sentences
written for it: a pronoun the recogniser took for a name with nobody to refer to; a host's
question and introduction lines in a transcript; a case's role ("Прокурор подчеркнул")
given to the accused; a name before an outlet's aside ("… с «Динамо», сообщает X"); an
outlet's aside after someone's own words ("X заявил о …, пишет «Y»"); an interrupted quote
whose attribution names a site or runs long; and a "Name, post: words" transcript line."""

from collections.abc import Callable

import pytest

from tests.conftest import Analyse, speaker_reader

Read = Callable[[str], list[str]]


@pytest.fixture(scope="module")
def speakers(analyse: Analyse) -> Read:
    """Each statement's speaker."""
    return speaker_reader(analyse, "2024-03-10")


# --- a pronoun with nobody to refer to --------------------------------------------------------


def test_pronoun_with_nobody_named_gives_no_speaker(speakers: Read) -> None:
    text = (
        "Видеофакт: капитан сборной устроил скандал после поражения\n\n"
        "Он заявил, что в Ванкувере «все против русских».\n\n"
        "Сразу после матча команда уехала в гостиницу."
    )
    assert "Он" not in speakers(text)


def test_pronoun_after_a_name_still_speaks(speakers: Read) -> None:
    text = (
        "Капитан сборной Игорь Лаптев провёл последний матч сезона.\n\n"
        "Он заявил, что в следующем году останется в клубе."
    )
    assert speakers(text) == ["Игорь Лаптев"]


# --- a host's lines in a transcript ----------------------------------------------------------


def test_host_question_and_introduction_are_not_statements(speakers: Read) -> None:
    text = (
        "Марина Белова: Как спасти степных сурков? Об этом мы поговорим с научным "
        "сотрудником заповедника Петром Гусевым.\n\n"
        "Пётр Гусев: Здравствуйте, Марина. Рад рассказать о нашей работе в степи.\n\n"
        "Марина Белова: Пётр Гусев. Родился в 1971 году в Оренбурге. С 2010 года работает "
        "в заповеднике."
    )
    assert "Марина Белова" not in speakers(text)
    assert "Петр Гусев" in speakers(text)


def test_guest_answers_stay_when_host_only_asks(speakers: Read) -> None:
    text = (
        "Марина Белова: Сколько сурков живёт в заповеднике?\n\n"
        "Пётр Гусев: Около двух тысяч, и их число растёт третий год подряд.\n\n"
        "Марина Белова: А что им угрожает?\n\n"
        "Пётр Гусев: Прежде всего распашка степи и пожары весной."
    )
    assert speakers(text) == ["Пётр Гусев", "Пётр Гусев"]


# --- a case's roles never mean the accused ---------------------------------------------------


def test_prosecutor_is_not_the_accused(speakers: Read) -> None:
    text = (
        "Бывшего директора лесхоза Ивана Сомова приговорили к пяти годам колонии.\n\n"
        "Защита просила оправдать подсудимого. Прокурор подчеркнул, что ущерб бюджету "
        "доказан экспертизой."
    )
    assert "Иван Сомов" not in speakers(text)


def test_prosecutor_quote_is_not_the_accused(speakers: Read) -> None:
    text = (
        "Бывшего директора лесхоза Ивана Сомова приговорили к пяти годам колонии.\n\n"
        "«Ущерб бюджету доказан экспертизой», — подчеркнул прокурор."
    )
    assert "Иван Сомов" not in speakers(text)


def test_prosecutor_named_before_still_speaks(speakers: Read) -> None:
    text = (
        "Прокурор Ольга Фомина попросила для Ивана Сомова семь лет колонии.\n\n"
        "Прокурор подчеркнула, что ущерб бюджету доказан экспертизой."
    )
    assert "Ольга Фомина" in speakers(text)


def test_a_post_still_means_the_one_named_last(speakers: Read) -> None:
    text = (
        "Губернатор области Пётр Карасёв осмотрел новую школу.\n\n"
        "Губернатор подчеркнул, что к осени в ней откроют бассейн."
    )
    assert speakers(text) == ["Пётр Карасёв"]


# --- an outlet's aside -----------------------------------------------------------------------


def test_name_before_an_aside_comma_is_not_the_speaker(speakers: Read) -> None:
    text = (
        "Тренерский штаб сборной назвал состав на сбор и игру с московским «Динамо», "
        "сообщает Российский футбольный союз."
    )
    assert "Динамо" not in speakers(text)


def test_outlet_aside_after_someone_speaking_gives_them(speakers: Read) -> None:
    text = (
        "Министр финансов Антон Силуанов также недавно заявил о неприемлемой налоговой "
        "политике соседей, пишет «Коммерсант»."
    )
    assert speakers(text) == ["Антон Силуанов"]


def test_outlet_aside_after_an_act_stays_the_outlets(speakers: Read) -> None:
    text = "Компания объявила о закрытии завода в Туле, пишет «Коммерсант»."
    assert "Антон Силуанов" not in speakers(text)
    assert speakers(text) in (["Коммерсант"], [])


# --- an interrupted quote's attribution ------------------------------------------------------


def test_interrupted_quote_attribution_naming_a_site(speakers: Read) -> None:
    text = (
        "«Сезон получился тяжёлым, но мы выстояли, — цитирует Петра Зуева корреспондент "
        "„Спорт.ру“ Иван Сидоров. — Будем готовиться к следующему»."
    )
    assert speakers(text) == ["Петр Зуев"]


def test_interrupted_quote_with_a_long_attribution(speakers: Read) -> None:
    text = (
        "«Это хороший результат. Но где взять деньги? – пишет в ответ на обращение "
        "губернатора предприниматель Олег Травин в своем Telegram-канале. – Мы будем "
        "работать дальше»"
    )
    assert speakers(text) == ["Олег Травин"]


# --- a transcript line "Name, post: words" ---------------------------------------------------


def test_name_and_post_label_over_unquoted_words(speakers: Read) -> None:
    text = (
        "Ремонт школы в посёлке не успеют закончить к сентябрю.\n"
        "Анна Рыбина, глава Северного округа: Все работы оплатит область, поэтому "
        "решено не откладывать капитальный ремонт до весны."
    )
    assert "Анна Рыбина" in speakers(text)


def test_name_and_post_label_over_a_question_is_silent(speakers: Read) -> None:
    text = (
        "Ремонт школы в посёлке не успеют закончить к сентябрю.\n"
        "Анна Рыбина, глава Северного округа: Кто оплатит все эти работы в этом году?"
    )
    assert speakers(text) == []


# --- a line ending in a colon over a quote on the next line ----------------------------------


def test_body_speaking_in_a_colon_line_over_a_quote(speakers: Read) -> None:
    text = (
        "Объём инвестиций в области вырос на треть.\n"
        "Представители регионального Минэкономразвития подчеркнули:\n"
        "«Всего в регионе реализуется свыше трехсот инвестпроектов, и их число растёт»."
    )
    assert len(speakers(text)) == 1
    assert "Минэкономразвития" in speakers(text)[0]


def test_person_colon_line_over_a_quote_is_read_once(speakers: Read) -> None:
    text = (
        "Объём инвестиций в области вырос на треть.\n"
        "Губернатор Иван Петров подчеркнул:\n"
        "«Всего в регионе реализуется свыше трехсот инвестпроектов, и их число растёт»."
    )
    assert speakers(text) == ["Иван Петров"]


def test_colon_line_without_speech_over_a_quote_is_silent(speakers: Read) -> None:
    text = (
        "На стенде у входа в музей висит табличка:\n"
        "«Всего в регионе реализуется свыше трехсот инвестпроектов, и их число растёт»."
    )
    assert speakers(text) == []


# --- data pointed back at ---------------------------------------------------------------------


def test_such_data_shared_points_to_the_sentence_before(speakers: Read) -> None:
    text = (
        "Объём инвестиций в области вырос на 25 млрд рублей за девять месяцев. Такими "
        "данными поделился министр экономики Иван Петров."
    )
    assert speakers(text) == ["Иван Петров"]


def test_sharing_feelings_is_no_statement(speakers: Read) -> None:
    text = "Нападающий Иван Петров поделился эмоциями после первого гола за новый клуб."
    assert speakers(text) == []
