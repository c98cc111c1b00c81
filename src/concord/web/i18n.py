"""Interface text in Russian and English; the language comes from ?lang= or the browser."""

from __future__ import annotations

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
        "previous": "Назад", "next": "Дальше", "text_language": "Язык",
        "not_analysed": "Текст сохранён, но не разобран: для его языка нет анализатора.",
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
        "language": "Русский", "previous": "Previous", "next": "Next", "text_language": "Language",
        "not_analysed": "Stored but not analysed: there is no analyser for its language.",
    },
}  # fmt: skip


def pick_language(requested: str | None, accept_language: str | None) -> str:
    if requested in TEXTS:
        return requested
    if accept_language and accept_language.lower().startswith("en"):
        return "en"
    return "ru"
