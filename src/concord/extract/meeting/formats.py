"""A meeting's quoted format: "в формате «Центральная Азия — Великобритания»".

The format is kept as an argument; its sides, split on the dash, are the meeting's sides
when the sentence names none of its own.
"""

from __future__ import annotations

import re

from concord.claim import Argument
from concord.extract.meeting.words import MeetingWords
from concord.extract.sentence_view import SentenceView


def format_arguments(
    view: SentenceView, format_match: re.Match[str], with_sides: bool, words: MeetingWords
) -> list[Argument]:
    """The format as an argument; with its sides as participants when the sentence named
    none (`with_sides`)."""
    start = view.sentence.start + format_match.start("format")
    value = format_match.group("format")
    arguments = [Argument("format", value, view.text_span(start, start + len(value)))]
    if not with_sides:
        return arguments
    for side in words.format_sides.split(value):
        side_start = start + value.index(side)
        side_mention = view.mentions_in(view.token_indices(side_start, side_start + len(side)))
        if side_mention:
            arguments.append(view.entity_argument("participants", side_mention[0]))
        else:
            span = view.text_span(side_start, side_start + len(side))
            arguments.append(Argument("participants", side, span))
    return arguments
