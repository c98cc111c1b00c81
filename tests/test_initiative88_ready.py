"""initiative88: a facility told ready for its start ("спорткомплекс готов к открытию",
"котельная готова ко вводу в эксплуатацию", "здание поликлиники готово к открытию") is a
planned opening, launched by the goal of the readiness word, also past a participle that
only describes it ("построенная"); "по нацпроекту" after a verb of building is the frame
of the build, as "по госпрограмме" is, not the project built. Look-alikes stay silent: a
body ready for a build (an offer), a facility ready for a season or for patients, a plant
ready to start a line, an old facility merely working. Sentences written for these tests."""

from __future__ import annotations

import pytest

from concord.claim import Modality
from tests.conftest import Analyse, holds_kind, kinds_and_modalities_in


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Наконец-то ледовая арена в микрорайоне Южный готова к открытию.", "арена"),
        ("Плавательный бассейн в Сосновке готов к открытию.", "бассейн"),
        ("Построенная модульная котельная в деревне Луговой готова ко вводу в эксплуатацию.",
         "котельная"),
        ("Есть вероятность, что гимназия будет готова к сдаче в этом году.", "гимназия"),
        ("Новое здание поликлиники почти готово к открытию.", "поликлиника"),
        ("Первая очередь завода готова к пуску.", "завод"),
    ],
)  # fmt: skip
def test_facility_ready_for_its_start_is_planned(analyse: Analyse, text: str, word: str) -> None:
    found = kinds_and_modalities_in(analyse, text)
    assert holds_kind(found, word, Modality.PLANNED), found


@pytest.mark.parametrize(
    "text",
    [
        "Компания готова к строительству завода в Липецке.",
        "Школа полностью готова к новому учебному году.",
        "Больница готова к приёму пациентов.",
        "Завод готов к запуску новой линии.",
        "Стадион готов к открытию сезона.",
        "Здание администрации готово к отопительному сезону.",
        "Школа в посёлке Северный работает с 1975 года.",
        "Эксплуатация дороги обходится району в 2 млн рублей в год.",
    ],
)  # fmt: skip
def test_look_alikes_stay_silent(analyse: Analyse, text: str) -> None:
    assert kinds_and_modalities_in(analyse, text) == []


def test_national_project_frames_the_build(analyse: Analyse) -> None:
    found = kinds_and_modalities_in(
        analyse, "Школа №7 рассчитана на тысячу мест. Её построили по нацпроекту."
    )
    assert found, found
    assert not any("нацпроект" in kind for kind, _ in found), found


def test_national_project_alone_is_no_facility(analyse: Analyse) -> None:
    found = kinds_and_modalities_in(analyse, "Его построили по нацпроекту «Демография».")
    assert not any("нацпроект" in kind for kind, _ in found), found
