"""Occupations, round 27: recall that holds on unseen text — a post whose adjective was read
as the post ("исполнительным директором"), "заведующий", a relative clause's predicate
after its describing words, a name the parse hung on the main clause's verb, posts joined
to a verb's post, moving to a post told by a noun, a post a verb of working places, and
what is no post (a degree, "силовик", a player's nationality). Sentences written for the
tests."""

from __future__ import annotations

from dataclasses import replace

from concord.extract.lexicons import ru
from concord.extract.occupation import extract
from concord.extract.sentence_view import SentenceView
from tests.conftest import Analyse
from tests.test_occupation_forms2 import posts_of


def test_an_executive_director_is_the_whole_post_not_its_adjective(analyse: Analyse) -> None:
    text = "Исполнительным директором комбината «Север» в Твери назначен Олег Ракитин."
    found = posts_of(analyse, text, "Олег Ракитин")
    assert any(
        post.startswith("исполнительный директор") and "Север" in place for post, place in found
    )
    assert all(post != "исполнительный" for post, _ in found)


def test_a_chief_executive_is_read_once(analyse: Analyse) -> None:
    text = "Главный исполнительный директор банка «Заря» Олег Ракитин подал в отставку."
    posts = {post for post, _ in posts_of(analyse, text, "Олег Ракитин")}
    assert posts == {"главный исполнительный директор"}


def test_a_head_of_a_department_is_a_post(analyse: Analyse) -> None:
    text = "Заведующая библиотекой Анна Лаптева рассказала о новых поступлениях."
    assert any(post.startswith("заведующая") for post, _ in posts_of(analyse, text, "Анна Лаптева"))


def test_a_relative_clause_predicate_after_its_adjectives(analyse: Analyse) -> None:
    text = (
        "На совещание приехал Олег Ракитин, который сейчас является управляющим директором "
        "группы «Север»."
    )
    assert ("управляющий директор", "группа Север") in posts_of(analyse, text, "Олег Ракитин")


def test_a_relative_clause_with_no_post_after_the_copula_stays_silent(analyse: Analyse) -> None:
    text = "На совещание приехал Олег Ракитин, который был хорошим другом Петра Зуева."
    assert not posts_of(analyse, text, "Олег Ракитин")


def test_posts_joined_to_a_verbs_post_are_each_held(analyse: Analyse) -> None:
    text = "Олег Ракитин стал президентом и генеральным директором банка «Заря»."
    found = posts_of(analyse, text, "Олег Ракитин")
    assert ("генеральный директор", "банк Заря") in found
    assert any(post == "президент" for post, _ in found)


def test_a_post_joined_with_its_own_name_stays_that_names(analyse: Analyse) -> None:
    text = "Олег Ракитин был назначен министром финансов, а Пётр Зуев — министром экономики."
    assert all("экономик" not in post for post, _ in posts_of(analyse, text, "Олег Ракитин"))


def test_moving_to_a_post_told_by_a_noun(analyse: Analyse) -> None:
    text = "Перемены в крае начались после ухода Олега Ракитина на пост министра транспорта РФ."
    assert ("министр транспорта", "РФ") in posts_of(analyse, text, "Олег Ракитин")


def test_a_candidacy_for_a_post_is_no_post(analyse: Analyse) -> None:
    text = "Кандидатуру Олега Ракитина на пост министра транспорта обсудят в понедельник."
    assert not posts_of(analyse, text, "Олег Ракитин")


def test_a_post_a_verb_of_working_gives_is_held_at_its_place(analyse: Analyse) -> None:
    text = "Олег Ракитин много лет проработал в компании «Север» главным инженером."
    assert ("главный инженер", "Север") in posts_of(analyse, text, "Олег Ракитин")


def test_an_academic_degree_is_no_post(analyse: Analyse) -> None:
    text = "Кандидат исторических наук Олег Ракитин выступил с докладом."
    assert not posts_of(analyse, text, "Олег Ракитин")


def test_a_kind_of_official_is_no_post(analyse: Analyse) -> None:
    text = "Новым главой края станет силовик Олег Ракитин."
    assert all(post != "силовик" for post, _ in posts_of(analyse, text, "Олег Ракитин"))


def test_a_players_nationality_is_no_place_of_work(analyse: Analyse) -> None:
    text = "Клуб «Арсенал» подписал контракт с молодым бельгийским полузащитником Яном Пеетерсом."
    assert ("полузащитник", "") in posts_of(analyse, text, "Ян Пеетерс")


def test_a_national_team_player_keeps_the_team(analyse: Analyse) -> None:
    text = "Полузащитник сборной Бельгии Ян Пеетерс забил победный гол."
    assert ("полузащитник", "сборная Бельгии") in posts_of(analyse, text, "Ян Пеетерс")


def test_a_name_the_parse_hung_on_the_main_verb_is_the_subject_of_the_verb_before_it(
    analyse: Analyse,
) -> None:
    """The parser sometimes hangs the name after "назначен" on the main clause's verb; the
    name right after a verb with no subject of its own is still that verb's subject."""
    text = "Правление объявило, что новым директором компании назначен Карл Эвертон."
    analysed = analyse(text)
    sentence = analysed.sentences[0]
    lemmas = [token.lemma for token in sentence.tokens]
    main_verb, name = lemmas.index("объявить"), lemmas.index("назначить") + 1
    sentence.tokens[name] = replace(sentence.tokens[name], head=main_verb, relation="nsubj")
    view = SentenceView.build(analysed, sentence, ru.LANGUAGE.sentence)
    claims = extract(view, ru.OCCUPATION)
    assert any(
        claim.values("who") == ["Карл Эвертон"] and claim.values("position") == ["директор"]
        for claim in claims
    )


def test_the_head_of_a_unit_works_at_the_body_named_in_its_genitives(analyse: Analyse) -> None:
    text = "В те годы Олег Ракитин возглавлял отдел экспертизы проектов компании «Север»."
    assert ("", "Север") in posts_of(analyse, text, "Олег Ракитин")


def test_heading_a_project_for_a_company_is_no_place_of_work_there(analyse: Analyse) -> None:
    text = "Олег Ракитин возглавил проект строительства моста для компании «Север»."
    assert not posts_of(analyse, text, "Олег Ракитин")


def test_a_post_in_apposition_takes_no_place_from_the_verb_of_working(analyse: Analyse) -> None:
    text = "Министр Олег Ракитин раньше работал в компании «Север»."
    assert all(post != "министр" or not place for post, place in posts_of(analyse, text, "Олег Ракитин"))


def test_a_plural_post_opening_the_sentence_is_each_listed_names(analyse: Analyse) -> None:
    text = "Президенты Армении и Грузии Арам Саакян и Георгий Беридзе встретились в Тбилиси."
    assert any(place == "Грузия" for _, place in posts_of(analyse, text, "Георгий Беридзе"))


def test_a_singular_post_opening_the_sentence_stays_the_first_names(analyse: Analyse) -> None:
    text = "Глава района Олег Ракитин и Пётр Зуев осмотрели новую школу."
    assert not posts_of(analyse, text, "Пётр Зуев")


def test_a_ministry_named_by_a_list_keeps_the_whole_post_before_the_name(analyse: Analyse) -> None:
    text = "Об этом сообщил министр промышленности, науки и технологий края Олег Ракитин."
    posts = {post for post, _ in posts_of(analyse, text, "Олег Ракитин")}
    assert "министр промышленности, науки и технологий края" in posts


def test_a_ministry_named_by_a_list_keeps_the_whole_post_after_the_name(analyse: Analyse) -> None:
    text = "Олег Ракитин, министр строительства, архитектуры и дорог, осмотрел новый мост."
    posts = {post for post, _ in posts_of(analyse, text, "Олег Ракитин")}
    assert "министр строительства, архитектуры и дорог" in posts


def test_posts_of_listed_people_stay_apart(analyse: Analyse) -> None:
    text = "Министр образования Олег Ракитин, министр культуры Пётр Зуев и мэр Иван Котов открыли школу."
    assert {post for post, _ in posts_of(analyse, text, "Олег Ракитин")} == {"министр образования"}


def test_a_list_of_callings_stays_a_list_of_posts(analyse: Analyse) -> None:
    text = "В музее открылась выставка скульптора, живописца, педагога Олега Ракитина."
    posts = {post for post, _ in posts_of(analyse, text, "Олег Ракитин")}
    assert posts and all("," not in post for post in posts)


def test_a_predicates_post_is_not_the_genitive_name_after_its_place(analyse: Analyse) -> None:
    text = "Олег Ракитин работал министром финансов в правительстве Ивана Котова."
    assert not posts_of(analyse, text, "Иван Котов")


def test_a_genitive_name_after_a_post_in_its_case_holds_it(analyse: Analyse) -> None:
    text = "По словам министра финансов области Ивана Котова, бюджет принят."
    assert any(post.startswith("министр финансов") for post, _ in posts_of(analyse, text, "Иван Котов"))
