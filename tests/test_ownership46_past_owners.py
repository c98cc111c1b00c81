"""Round 46: an owner noun told with a past copula ("Собственниками завода были A и B",
"акционерами банка являлись A и B", a main clause's predicate) names owners who held once,
while a relative clause's past follows the story's; of a verb of being owned with two subjects, a stake and a name
("Теперь ООО «X» принадлежит 62 % акций АО «Y»"), the name is the owner in a dative the
tagger cannot see. The sentences are my own; the near misses guard the reach."""

from __future__ import annotations

from concord.analysis import AnalysedDocument
from concord.claim import Modality
from tests.conftest import Analyse


def _claims(analysed: AnalysedDocument, former: bool) -> set[tuple[str, str]]:
    """The (owner, property) pairs of the ownership facts held now (or, with `former`,
    held once), each name cut to its first four letters."""
    return {
        (owner[:4], owned[:4])
        for claim in analysed.claims
        if claim.type == "ownership" and claim.modality is Modality.FACT
        and ("former" in claim.values("held")) == former
        for owner in claim.values("owner")
        for owned in claim.values("property")
    }  # fmt: skip


def test_past_copula_of_owner_nouns_is_a_former_holding(analyse: Analyse) -> None:
    analysed = analyse("Собственниками АО «Фабрика Восток» были Иван Петров и Сергей Ковалев.")
    assert ("Иван", "Фабр") in _claims(analysed, former=True)
    assert not _claims(analysed, former=False)


def test_past_predicate_verb_of_owner_nouns_is_a_former_holding(analyse: Analyse) -> None:
    analysed = analyse("Акционерами банка «Заря» являлись Петр Орлов и Анна Белова.")
    assert ("Анна", "Заря") in _claims(analysed, former=True)
    assert not _claims(analysed, former=False)


def test_past_copula_in_a_relative_clause_follows_the_story(analyse: Analyse) -> None:
    # near miss: a relative clause's past is the time told, not a holding that ended
    text = "Сыр варили на заводе «Орион», совладельцами которого были Иван Петров и Сергей Ковалев."
    analysed = analyse(text)
    assert ("Иван", "Орио") in _claims(analysed, former=False)


def test_present_copula_and_a_change_stay_holdings(analyse: Analyse) -> None:
    # near misses: "является владельцем" holds now, "стал владельцем" is a change that holds
    now = analyse("Единственным владельцем банка «Север» является Андрей Лосев.")
    assert ("Андр", "Севе") in _claims(now, former=False)
    became = analyse("Теперь владельцем сети «Ромашка» стал Олег Смирнов.")
    assert ("Олег", "Рома") in _claims(became, former=False)


def test_was_and_remains_the_owner_stays_a_holding(analyse: Analyse) -> None:
    # near miss: a past copula joined to a present one tells a holding that goes on
    analysed = analyse("Олег Смирнов был и остается владельцем сети «Ромашка».")
    assert ("Олег", "Рома") in _claims(analysed, former=False)


def test_stake_owned_by_a_name_the_tagger_cannot_decline(analyse: Analyse) -> None:
    analysed = analyse(
        "Теперь ООО «Северная звезда» принадлежит 62,3% акций АО «Уральский комбинат»."
    )
    pairs = _claims(analysed, former=False)
    assert ("Севе", "Урал") in pairs
    assert ("Урал", "Севе") not in pairs


def test_owner_in_a_visible_dative_and_an_owning_verb_keep_their_sides(analyse: Analyse) -> None:
    # near misses: a declined dative, and "владеет" whose stake is its object
    dative = _claims(analyse("Теперь компании «Вектор» принадлежит 80% акций АО «Гранит»."), False)
    assert ("Вект", "Гран") in dative and ("Гран", "Вект") not in dative
    owning = _claims(analyse("Теперь ООО «Вектор» владеет 62% акций АО «Гранит»."), False)
    assert ("Вект", "Гран") in owning and ("Гран", "Вект") not in owning


def test_stake_sold_away_and_a_planned_purchase(analyse: Analyse) -> None:
    # near misses: the buyer of a sold stake holds it; a plan is no holding
    sold = _claims(analyse("Компания «Вектор» продала 30% акций АО «Гранит» фонду «Омега»."), False)
    assert ("Омег", "Гран") in sold and ("Вект", "Гран") not in sold
    plan = analyse("Компания «Вектор» намерена купить 30% акций АО «Гранит».")
    assert not _claims(plan, former=False)
