"""Round 47: a body owns nothing of itself. An owner noun's genitive read on into the
brackets after it ("акционеры Курского вагоноремонтного завода (КВРЗ)") took the short name
for a shareholder of the plant; a short name in brackets right after a name makes no pair.
The sentences are my own; the near misses keep the pairs when the short name follows the
owner, not the owned plant."""

from __future__ import annotations

from concord.analysis import AnalysedDocument
from concord.claim import Modality
from tests.conftest import Analyse


def _pairs(analysed: AnalysedDocument) -> set[tuple[str, str]]:
    """The (owner, property) pairs of the ownership facts, names cut to four letters."""
    return {
        (owner[:4], owned[:4])
        for claim in analysed.claims
        if claim.type == "ownership" and claim.modality is Modality.FACT
        for owner in claim.values("owner")
        for owned in claim.values("property")
    }  # fmt: skip


def test_short_name_in_brackets_is_no_shareholder(analyse: Analyse) -> None:
    analysed = analyse(
        "Вчера прошло годовое собрание акционеров Курского вагоноремонтного завода (КВРЗ)."
    )
    assert not _pairs(analysed)


def test_short_name_of_a_combine_is_no_shareholder(analyse: Analyse) -> None:
    analysed = analyse(
        "Акционеры Новокузнецкого металлургического комбината (НКМК) на годовом собрании"
        " одобрили выплату дивидендов."
    )
    assert not _pairs(analysed)


def test_owner_named_in_brackets_still_owns(analyse: Analyse) -> None:
    # near miss: the short name follows the owner; the owned plant keeps its owner
    analysed = analyse("Завод «Искра» принадлежит холдингу «Северный альянс» (САЛ).")
    assert ("Севе", "Искр") in _pairs(analysed)


def test_owner_with_brackets_after_it_still_owns(analyse: Analyse) -> None:
    # near miss: the short name stands after the owner, and the owned plant is another body
    analysed = analyse(
        "Крупнейшим акционером Тверского вагонного завода является Объединенная"
        " транспортная компания (ОТК)."
    )
    pairs = _pairs(analysed)
    assert pairs and all(owner != "Твер" for owner, _ in pairs)
