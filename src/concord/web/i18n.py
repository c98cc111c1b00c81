"""Interface text in Russian and English; the language comes from ?lang= or the browser."""

from __future__ import annotations

from fastapi import Request

TEXTS: dict[str, dict[str, str]] = {
    "ru": {
        "title": "Concord", "overview": "Обзор", "facts": "Факты", "conflicts": "Расхождения",
        "entities": "Участники", "documents": "Документы", "search": "Поиск",
        "latest": "Последние события", "open_conflicts": "Открытые расхождения",
        "counts": "В базе", "sources": "Источники", "aliases": "Другие имена",
        "posts": "Должности", "timeline": "Хронология", "connections": "Связи",
        "no_results": "Ничего не найдено", "fact": "Факт", "document": "Документ",
        "role": "Роль", "value": "Значение", "published": "Опубликовано", "query": "Запрос",
        "claims": "Утверждения", "mentions": "упоминаний", "find": "Найти", "type": "Тип",
        "date": "Дата", "disagree": "Источники расходятся", "language": "English",
        "related": "Связанные факты", "relation_part_of": "прошла в рамках",
        "relation_has_part": "в её рамках прошла",
        "previous": "Назад", "next": "Дальше", "text_language": "Язык",
        "not_analysed": "Текст сохранён, но не разобран.",
        "status": "Статус", "status_open": "открыто", "status_confirmed": "подтверждено",
        "status_dismissed": "отклонено", "filter_default": "Кроме отклонённых",
        "modality_fact": "состоялось", "modality_planned": "планируется",
        "modality_negated": "не состоялось",
        "filter_open": "Открытые", "filter_confirmed": "Подтверждённые",
        "filter_dismissed": "Отклонённые", "filter_all": "Все", "show": "Показать",
        "review": "Решение", "note": "Примечание", "reviewer": "Кто решил",
        "token": "Токен доступа", "save": "Сохранить", "reviewed": "Решено",
        "history": "Все решения", "on_values": "по значениям",
        "refused": "Решение не сохранено", "back": "Вернуться к расхождениям",
        "token_missing": "Изменения отключены: на сервере не задан CONCORD_TOKEN.",
        "token_wrong": "Неверный токен доступа.",
        "no_conflict": "Такого расхождения нет (возможно, источники уже согласны).",
        "bad_review": "Решение не принято: статус — открыто, подтверждено или отклонено; "
                      "примечание не длиннее 2000 знаков.",
        "all_types": "Все типы", "entity_id": "Участник (номер)", "outlet": "Издание",
        "any": "Любое", "date_from": "С", "date_to": "По", "has_conflict": "Только с расхождениями",
        "sort": "Порядок", "order_newest": "Сначала новые", "order_oldest": "Сначала старые",
        "order_title": "По заголовку", "order_mentions": "По упоминаниям",
        "order_name": "По имени", "name_contains": "Имя содержит", "apply": "Применить",
        "reset": "Сбросить", "download": "Скачать", "not_found": "Страница не найдена",
        "bad_request": "Неверный запрос", "error": "Ошибка", "to_overview": "На главную",
        "to_fact": "факт",
        "story": "Сюжет", "story_search": "Сюжет по словам", "story_facts": "фактов",
        "story_capped": "показаны первые", "reported": "сообщили",
        "timeline_legend": "Точка — день события, риски под ней — дни публикаций.",
        "undated": "Без даты", "who_met_whom": "Кто с кем встречался",
        "graph_legend": "Линии — встречи и соглашения; толщина — число источников.",
        "reports": "источников", "no_meetings": "Встреч и соглашений нет.",
        "map": "Карта", "map_legend": "Места по справочнику GeoNames (квадрат: страна, у её столицы); сетка через градусы.",
        "no_places": "Мест, известных справочнику, нет.", "not_on_map": "Нет на карте",
        "merged": "Слиты с этой записью", "other_names": "других имён",
        "merged_by_report": "по сообщению", "merged_by_hand": "вручную",
        "unmerge": "Разделить снова", "undone_by": "Кто разделил",
        "no_merge": "Такого слияния нет.",
        "unmerge_refused": "Слияние нельзя отменить.",
    },
    "en": {
        "title": "Concord", "overview": "Overview", "facts": "Facts", "conflicts": "Conflicts",
        "entities": "Entities", "documents": "Documents", "search": "Search",
        "latest": "Latest events", "open_conflicts": "Open conflicts", "counts": "In the store",
        "sources": "Sources", "aliases": "Also known as", "posts": "Posts held",
        "timeline": "Timeline", "connections": "Connections", "no_results": "Nothing found",
        "fact": "Fact", "document": "Document", "role": "Role", "value": "Value",
        "published": "Published", "query": "Query", "claims": "Claims", "mentions": "mentions",
        "find": "Search", "type": "Type", "date": "Date", "disagree": "The sources disagree",
        "related": "Related facts", "relation_part_of": "held on the margins of",
        "relation_has_part": "on its margins",
        "language": "Русский", "previous": "Previous", "next": "Next", "text_language": "Language",
        "not_analysed": "Stored but not analysed.",
        "status": "Status", "status_open": "open", "status_confirmed": "confirmed",
        "status_dismissed": "dismissed", "filter_default": "All but dismissed",
        "modality_fact": "happened", "modality_planned": "planned",
        "modality_negated": "did not happen",
        "filter_open": "Open", "filter_confirmed": "Confirmed", "filter_dismissed": "Dismissed",
        "filter_all": "All", "show": "Show", "review": "Verdict", "note": "Note",
        "reviewer": "Reviewed by", "token": "Access token", "save": "Save",
        "reviewed": "Reviewed", "history": "All verdicts", "on_values": "on the values",
        "refused": "The verdict was not saved", "back": "Back to the conflicts",
        "token_missing": "Changes are off: the server has no CONCORD_TOKEN configured.",
        "token_wrong": "Wrong access token.",
        "no_conflict": "No such conflict (perhaps the sources now agree).",
        "bad_review": "Verdict refused: the status is open, confirmed or dismissed, and a note "
                      "is at most 2000 characters.",
        "all_types": "All types", "entity_id": "Entity (number)", "outlet": "Outlet",
        "any": "Any", "date_from": "From", "date_to": "To", "has_conflict": "Only with conflicts",
        "sort": "Order", "order_newest": "Newest first", "order_oldest": "Oldest first",
        "order_title": "By title", "order_mentions": "Most mentioned",
        "order_name": "By name", "name_contains": "Name contains", "apply": "Apply",
        "reset": "Reset", "download": "Download", "not_found": "Page not found",
        "bad_request": "Bad request", "error": "Error", "to_overview": "To the overview",
        "to_fact": "fact",
        "story": "Story", "story_search": "Story of the words", "story_facts": "facts",
        "story_capped": "the first ones shown", "reported": "reported",
        "timeline_legend": "A dot is the day of the event, the ticks under it the days it was "
                           "reported.",
        "undated": "Undated", "who_met_whom": "Who met whom",
        "graph_legend": "Lines are meetings and agreements; their width, the number of sources.",
        "reports": "sources", "no_meetings": "No meetings or agreements.",
        "map": "Map", "map_legend": "Places from the GeoNames gazetteer (a square: a country, at its capital); a graticule in degrees.",
        "no_places": "No places the gazetteer knows.", "not_on_map": "Not on the map",
        "merged": "Merged into this entity", "other_names": "other names",
        "merged_by_report": "shown to be one by", "merged_by_hand": "by hand",
        "unmerge": "Undo this merge", "undone_by": "Undone by",
        "no_merge": "No such merge.",
        "unmerge_refused": "This merge cannot be undone.",
    },
}  # fmt: skip


def pick_language(requested: str | None, accept_language: str | None) -> str:
    if requested in TEXTS:
        return requested
    if accept_language and accept_language.lower().startswith("en"):
        return "en"
    return "ru"


def request_language(request: Request) -> str:
    """The interface language a request asks for: `?lang=`, else its Accept-Language."""
    return pick_language(request.query_params.get("lang"), request.headers.get("accept-language"))
