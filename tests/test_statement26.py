"""Statement forms of round 26 (classes recorded on neutral Russian news, batch A), each on
sentences written for it: a press conference's dialogue whose prompts do not end in "?",
whose answers ask back, or which opens with remarks before the first question; a heading
sentence naming the speaker before a dash line; "Name, post: «…»"; and a person named
only as the genitive of a counsel or a relative, who is not the speaker."""

from collections.abc import Callable

import pytest

from tests.conftest import Analyse, speaker_reader

Read = Callable[[str], list[str]]


@pytest.fixture(scope="module")
def speakers(analyse: Analyse) -> Read:
    """Each statement's speaker."""
    return speaker_reader(analyse, "2024-03-10")


# --- dialogue lines -----------------------------------------------------------------------


def test_prompt_without_question_mark_is_answered(speakers: Read) -> None:
    text = (
        "Главный тренер «Волны» Игорь Смирнов ответил на вопросы журналистов.\n"
        "— Как вы оцените игру?\n"
        "— Игра получилась тяжёлой, мы долго не могли забить.\n"
        "— Расскажите о составе.\n"
        "— Состав мы определим только перед матчем с «Ротором»."
    )
    assert speakers(text) == ["Игорь Смирнов", "Игорь Смирнов"]


def test_answer_that_asks_back(speakers: Read) -> None:
    text = (
        "Главный тренер «Волны» Игорь Смирнов ответил на вопросы журналистов.\n"
        "— Вы довольны результатом?\n"
        "— А разве можно быть недовольным победой в гостях?"
    )
    assert speakers(text) == ["Игорь Смирнов"]


def test_opening_remarks_before_the_first_question(speakers: Read) -> None:
    text = (
        "Пресс-конференция главного тренера «Волны» Игоря Смирнова.\n"
        "— Сегодня ребята отдали все силы, я ими доволен.\n"
        "— Почему вы заменили вратаря?\n"
        "— Он получил травму в первом тайме."
    )
    assert speakers(text) == ["Игорь Смирнов", "Игорь Смирнов"]


def test_long_second_answer_line_is_not_a_new_claim(speakers: Read) -> None:
    # a longer line after an answer says more of it: neither a question nor a new claim
    text = (
        "Главный тренер «Волны» Игорь Смирнов ответил на вопросы журналистов.\n"
        "— Как вы оцените игру?\n"
        "— Игра получилась тяжёлой.\n"
        "— Во втором тайме мы перестроились, стали чаще бить по воротам, но соперник "
        "оборонялся всей командой и не оставил нам свободных зон."
    )
    assert speakers(text) == ["Игорь Смирнов"]


def test_dash_lines_without_any_question_stay_silent(speakers: Read) -> None:
    text = (
        "Пресс-конференция главного тренера «Волны» Игоря Смирнова.\n"
        "— Сегодня ребята отдали все силы.\n"
        "— Завтра у команды выходной."
    )
    assert speakers(text) == []


# --- a heading line over a dash line ------------------------------------------------------


def test_heading_sentence_names_its_subject(speakers: Read) -> None:
    text = (
        "После игры к журналистам вышел наставник «Волны» Игорь Смирнов, который выглядел "
        "уставшим:\n— Мы проиграли заслуженно, соперник был сильнее."
    )
    assert speakers(text) == ["Игорь Смирнов"]


def test_heading_naming_someone_asked_about_stays_silent(speakers: Read) -> None:
    text = (
        "Прокурор ответил на вопрос, где сейчас находится бывший мэр Пётр Лебедев:\n"
        "— Это знает только следствие, мы не вмешиваемся."
    )
    assert "Пётр Лебедев" not in speakers(text)


# --- "Name, post: «…»" --------------------------------------------------------------------


def test_name_then_post_then_quote(speakers: Read) -> None:
    text = "Игорь Смирнов, главный тренер «Волны»: «Мы проиграли заслуженно, соперник был сильнее»."
    assert speakers(text) == ["Игорь Смирнов"]


def test_quote_going_on_in_the_next_paragraph(speakers: Read) -> None:
    text = (
        "Вчера «Волна» уступила «Ротору».\n"
        "Игорь Смирнов, главный тренер «Волны»: «Мы проиграли заслуженно. Соперник был "
        "сильнее в каждом эпизоде."
    )
    assert speakers(text) == ["Игорь Смирнов"]


def test_name_and_plain_words_after_colon_stay_silent(speakers: Read) -> None:
    text = "Игорь Смирнов, главный тренер «Волны»: отпуск до понедельника."
    assert speakers(text) == []


# --- a genitive person is counsel's client or a relative's kin, not the speaker -----------


def test_counsel_of_a_named_person_is_not_that_person(speakers: Read) -> None:
    assert speakers("Адвокат Сергея Орлова заявил, что его подзащитный невиновен.") == []


def test_counsel_named_after_the_client(speakers: Read) -> None:
    text = "Адвокат Сергея Орлова Мария Белова заявила, что её подзащитный невиновен."
    assert speakers(text) == ["Мария Белова"]


def test_mother_of_a_named_person_is_not_that_person(speakers: Read) -> None:
    assert speakers("Мать Сергея Орлова сказала, что сын вернётся домой к лету.") == []


def test_bare_post_after_counsel_of_a_client(speakers: Read) -> None:
    text = (
        "Прокурор попросил для Сергея Орлова пять лет. Адвокат Орлова потребовал, чтобы суд "
        "оправдал подзащитного. Адвокат напомнил, что запись сделана неофициально."
    )
    assert "Сергей Орлов" not in speakers(text)


def test_aside_attribution_to_counsel_of_a_client(speakers: Read) -> None:
    text = "Кроме записи, говорит адвокат Орлова, обвинение ничем не располагает."
    assert "Орлов" not in " ".join(speakers(text))


def test_organisation_voice_keeps_its_organisation(speakers: Read) -> None:
    assert speakers("Представитель компании «Вектор» заявил, что завод не закроют.") == ["Вектор"]


def test_counsel_in_agreeing_case_stays_the_speaker(speakers: Read) -> None:
    text = "Адвокат Мария Белова заявила, что приговор будет обжалован."
    assert speakers(text) == ["Мария Белова"]


def test_kin_of_a_person_described_before_the_name_is_not_that_person(speakers: Read) -> None:
    text = "Супруга бизнесмена Ивана Сидорова рассказала журналистам о визите."
    assert speakers(text) == []


def test_representative_of_a_described_person_named_after_speaks(speakers: Read) -> None:
    text = "Представитель губернатора Ивана Петрова Анна Смирнова заявила, что визит отменён."
    assert speakers(text) == ["Анна Смирнова"]


def test_person_described_in_apposition_speaks_for_himself(speakers: Read) -> None:
    assert speakers("Бизнесмен Иван Сидоров заявил, что продаёт компанию.") == ["Иван Сидоров"]


# --- a spouse's or a plain person's noun referring back -----------------------------------


def test_woman_refers_back_to_the_woman_named(speakers: Read) -> None:
    text = (
        "В суде выступила мать подсудимого Анна Котова. «Прошу проявить снисхождение», "
        "— сказала женщина."
    )
    assert speakers(text) == ["Анна Котова"]


def test_spouse_refers_back_to_the_wife_named(speakers: Read) -> None:
    text = (
        "Ольга Зуева прилетела в Нью-Йорк в среду. Тем не менее супруга убеждена, что "
        "свидания станут регулярными."
    )
    assert speakers(text) == ["Ольга Зуева"]


def test_feminine_noun_never_means_a_man(speakers: Read) -> None:
    text = (
        "Следователь Иван Петров приехал на место аварии. Пострадавшая женщина рассказала, "
        "что водитель не остановился."
    )
    assert speakers(text) == []


def test_spouse_of_the_one_named_is_someone_else(speakers: Read) -> None:
    text = "На скамейке сидела Анна Котова. Её супруг заявил, что семья переедет."
    assert speakers(text) == []
