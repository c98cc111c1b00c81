"""Russian: the words, prepositions and patterns the extractors look for. Data only.

Lemmas are the Russian pipeline's (pymorphy normal forms); the tree logic that reads them
is in the extractors and is the same for every language. Kept out of the formatter so
that word lists stay paragraphs rather than a word a line.
"""

from __future__ import annotations

import re
from types import MappingProxyType

from concord.extract.language import LanguageWords
from concord.extract.meeting import MeetingWords
from concord.extract.post_references import PostReferenceWords
from concord.extract.sentence_view import SentenceWords
from concord.extract.statement import StatementWords

# fmt: off

SENTENCE = SentenceWords(
    negations=frozenset({"не", "нет", "ни"}),
    planning=frozenset({
        "планировать", "намереваться", "собираться", "намерен", "предполагать", "готовиться",
        "рассчитывать", "надеяться", "обещать", "пообещать", "хотеть", "должен", "предстоять",
        "будущий",
    }),
    future_auxiliary="быть",  # "будет встречаться"
)

POST_REFERENCES = PostReferenceWords(
    heads=frozenset({"глава", "руководитель", "начальник"}),  # "глава МИД РК"
    minister="министр",
    ministry="министерство",  # "Министерство иностранных дел Казахстана"
    ministry_abbreviations=MappingProxyType({"мид": ("иностранных", "дел")}),
)

LANGUAGE = LanguageWords(sentence=SENTENCE, post_references=POST_REFERENCES)

_DASH = "—–-"
STATEMENT = StatementWords(
    sentence=SENTENCE,
    speech_lemmas=frozenset({
        "сказать", "заявить", "подчеркнуть", "отметить", "добавить", "сообщить", "пояснить",
        "рассказать", "заметить", "указать", "признать", "заверить", "констатировать",
        "напомнить", "говорить", "считать", "уточнить", "резюмировать", "выразить", "объявить",
        "слово", "призвать",
    }),
    complementisers=frozenset({"что", "чтобы"}),
    speech_forms=re.compile(
        r"\b(сказал|заявил|подчеркнул|отметил|добавил|сообщил|пояснил|рассказал|заметил|указал|"
        r"признал|заверил|констатировал|напомнил|говорит|уточнил|резюмировал|приводятся\s+слова|"
        r"цитирует|пишет)[а-я]*\b",
        re.IGNORECASE,
    ),
    quoted_words=re.compile(r"\bслова\b"),
    dash_quote=re.compile(
        rf"^\s*[{_DASH}]\s*(?P<quote>.+?)[,!?…]?\s+[{_DASH}]\s+(?P<attribution>[^{_DASH}]+?)\.?\s*$"
    ),
    quote_then_attribution=re.compile(
        rf"[«\"“](?P<quote>[^»\"”]{{10,}})[»\"”],?\s*[{_DASH}]\s*(?P<attribution>[^.!?«]+)"
    ),
    # The attribution starts where a sentence or quote ends: without the anchor the lazy
    # attribution is retried from every character, quadratic in the paragraph.
    attribution_then_quote=re.compile(
        r"(?:^|(?<=[.!?«»]))(?P<attribution>[^.!?«»]{3,}?):\s*[«\"“](?P<quote>[^»\"”]{10,})[»\"”]"
    ),
)

MEETING = MeetingWords(
    meeting_nouns=frozenset({
        "встреча", "переговоры", "беседа", "саммит", "заседание", "совещание", "консультация",
        "визит", "диалог", "форум", "конференция",
    }),
    strong_nouns=frozenset({"встреча", "переговоры", "беседа", "саммит"}),
    verbs=frozenset({"встретиться", "встречаться", "переговорить", "побеседовать"}),
    light_verbs=frozenset({"провести"}),  # "провести переговоры"
    companion_prepositions=frozenset({"с", "со"}),
    between_prepositions=frozenset({"между"}),
    place_prepositions=frozenset({"в"}),
    format_pattern=re.compile(r"формат[а-я]*\s+[«\"“](?P<format>[^»\"”]{3,80})[»\"”]"),
    format_sides=re.compile(r"\s+[—–-]\s+"),  # «Центральная Азия — Великобритания»
)
