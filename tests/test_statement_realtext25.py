"""Statement forms of round 25 (classes recorded on unselected news, batch 1), each on
sentences written for it: a pronoun going on with the subject rather than the person that
subject acted on, a subject left out, a quote-only paragraph after reported speech, "по
убеждению X", demands and guesses put to a court, an impersonal plural with no speaker,
and English pronouns, determiners and adjectives that name nobody."""

from collections.abc import Callable

import pytest

from tests.conftest import Analyse, speaker_reader

Read = Callable[[str], list[str]]


@pytest.fixture(scope="module")
def speakers(analyse: Analyse) -> Read:
    """Each statement's speaker."""
    return speaker_reader(analyse, "2013-10-28")


# --- who a pronoun or post means ----------------------------------------------------------


def test_pronoun_goes_on_with_the_subject_not_with_its_object(speakers: Read) -> None:
    text = (
        "Адвокат Иван Петров попросил суд отменить приговор директору завода Сергею "
        "Кузнецову. Об этом он заявил на заседании в среду."
    )
    assert speakers(text) == ["Иван Петров", "Иван Петров"]


def test_pronoun_after_coordinated_subjects_keeps_the_last_named(speakers: Read) -> None:
    # a conjunct of the subject is no object: the pronoun still means the one named last
    text = (
        "На вопросы отвечали инженер Пётр Гусев и геолог Мария Ковалёва. Ковалёву спросили "
        "о скважинах. Она ответила, что бурение закончат к лету."
    )
    assert speakers(text)[-1:] == ["Мария Ковалёва"]


def test_defence_counsel_refers_back(speakers: Read) -> None:
    text = "Адвокат Олег Белов выступил в прениях. Защитник отметил, что вина подсудимого не доказана."
    assert speakers(text) == ["Олег Белов"]


def test_subject_left_out_goes_on_with_the_sentence_before(speakers: Read) -> None:
    text = "Директор Павел Орлов выступил на собрании последним. Сказал, что завод не закроют."
    assert speakers(text) == ["Павел Орлов"]


def test_impersonal_neuter_opening_a_sentence_has_no_speaker(speakers: Read) -> None:
    text = "Директор Павел Орлов выступил на собрании последним. Сообщалось, что завод не закроют."
    assert speakers(text) == []


def test_subject_left_out_after_a_paragraph_break_has_no_speaker(speakers: Read) -> None:
    text = "Директор Павел Орлов выступил на собрании последним.\n\nСказал, что завод не закроют."
    assert speakers(text) == []


# --- quotes carried on ----------------------------------------------------------------------


def test_straight_quote_paragraph_after_reported_speech(speakers: Read) -> None:
    text = (
        "Депутат Анна Лисина говорит, что закон примут осенью.\n\n"
        '"Работа идёт по графику. Задержек не будет".'
    )
    assert speakers(text) == ["Анна Лисина", "Анна Лисина"]


def test_lead_word_quote_lines_go_on_quoting(speakers: Read) -> None:
    text = (
        "Мэр Олег Сидоров заявил, что бюджет будет исполнен в срок.\n"
        "Дословно: «Мы выполним все обязательства перед горожанами».\n"
        "И далее: «Никаких сокращений не планируется»."
    )
    assert speakers(text) == ["Олег Сидоров"] * 3


def test_straight_marks_around_two_names_are_no_quote(speakers: Read) -> None:
    text = (
        "Депутат Анна Лисина говорит, что закон примут осенью.\n\n"
        '"Вектор" увеличил выпуск станков, а завод "Заря"'
    )
    assert speakers(text) == ["Анна Лисина"]


# --- attributions and verbs ----------------------------------------------------------------


def test_conviction_of_a_named_governor(speakers: Read) -> None:
    text = "По убеждению губернатора Андрея Смирнова, «область выдержит кризис»."
    assert speakers(text) == ["Андрей Смирнов"]


def test_demand_put_to_a_court_by_a_conjoined_verb(speakers: Read) -> None:
    text = "Адвокат Анна Михайлова выступала 14 минут, потребовала приговор отменить."
    assert speakers(text) == ["Анна Михайлова"]


def test_guess_of_a_named_counsel(speakers: Read) -> None:
    text = "Суммируя сказанное, защитник Олег Белов предположил, что суд ошибся."
    assert speakers(text) == ["Олег Белов"]


def test_demand_with_only_a_noun_states_nothing(speakers: Read) -> None:
    assert speakers("Прокуратура потребовала наказания для виновных.") == []


def test_impersonal_plural_with_a_misread_subject_has_no_speaker(speakers: Read) -> None:
    text = (
        "В субботу в Перми открылся памятник писателю Виктору Астафьеву. Об этом человеке "
        "говорят разное, особенно в Красноярске, где его знали как редактора журнала и члена "
        "правления Союза писателей СССР."
    )
    assert speakers(text) == []


# --- English --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The minister met the delegation on Monday, his office said.",
        "The visit was useful, the ministry said in a press release.",
        "He agreed to return in the spring, it added.",
        "The deal is close, a French official said on Sunday.",
        '"We have always said we want a lasting peace in the region."',
    ],
)
def test_english_pronouns_determiners_and_adjectives_name_nobody(
    speakers: Read, text: str
) -> None:
    assert speakers(text) == []


def test_english_outlet_after_a_determiner(speakers: Read) -> None:
    text = "The talks went well, the Bernama news agency reported."
    assert speakers(text) == ["Bernama"]


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Jonas Berg also urged efforts to speed up the railway talks.",
        "Jonas Berg highlighted the importance of building trust between the two countries.",
        "On the border dispute, Jonas Berg expressed concern over the growing tension.",
    ],
)
def test_english_appeals_and_emphasis_state(speakers: Read, text: str) -> None:
    assert speakers(text) == ["Jonas Berg"]


def test_english_calling_a_meeting_states_nothing(speakers: Read) -> None:
    assert speakers("The company called a meeting of shareholders for Monday.") == []


def test_protesters_demanding_are_not_their_plant(speakers: Read) -> None:
    text = (
        "Около двухсот рабочих завода «Вектор» в среду не вышли на смену, требуя выплатить "
        "долги по зарплате."
    )
    assert speakers(text) == []
