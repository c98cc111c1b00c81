"""Online services a web company runs: apps, games, search engines, video services
(initiative102). General news of internet companies tells a launch by the service's own
noun ("соцсеть запустила приложение", "МВД запустило онлайн-игру", "компания запустила
собственный поисковик"); the tune gold counts such services launched as projects.

The same nouns are what a user starts on a device ("чтобы запустить приложение, нажмите
кнопку"), so these nouns are launched only by someone named: the launching word, or the
verb it hangs on ("объявила о запуске видеочатов"), has a subject that holds a named
organisation, person or place.
"""

from __future__ import annotations

from concord.extract.initiative.words import InitiativeWords
from concord.extract.sentence_view import SentenceView

_REACH = 3  # "Mail.ru намерена запустить сервис": the subject hangs on the governing verb


def unrun_online_service(
    view: SentenceView, index: int, launcher: int, words: InitiativeWords
) -> bool:
    """True when the noun is an online service's and no named subject launches it."""
    if view.tokens[index].lemma not in words.runner_bound_service_nouns:
        return False
    current = launcher
    for _ in range(_REACH):
        subjects = view.subjects(current)
        if subjects:
            types = set(words.runner_types) | set(words.subject_runner_types)
            return not any(view.mentions_in(view.subtree(s), types) for s in subjects)
        head = view.tokens[current].head
        if not 0 <= head < len(view.tokens) or head == current:
            return True
        current = head
    return True
