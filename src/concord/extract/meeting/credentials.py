"""Credentials handed over: "X принял верительные грамоты у послов Y и Z".

The host meets each envoy; envoys the sentence leaves unnamed ("у послов семи
государств") are those the next sentences name with an envoy post.
"""

from __future__ import annotations

from concord.analysis import AnalysedDocument
from concord.claim import Claim
from concord.extract.meeting.introduced import post_lemmas
from concord.extract.meeting.reading import ANAPHORA_WINDOW, CLAUSES, subject_mentions
from concord.extract.meeting.words import MeetingWords
from concord.extract.sentence_view import SentenceView, first_date


def credential_meetings(
    analysed: AnalysedDocument, position: int, view: SentenceView, words: MeetingWords
) -> list[Claim]:
    """ "X принял верительные грамоты у послов Y и Z" (or "у послов семи государств.
    Среди них — посол Японии Y"): the host meets each envoy; envoys left unnamed in the
    sentence are those the next two sentences name with an envoy post."""
    claims: list[Claim] = []
    for verb, token in enumerate(view.tokens):
        if token.lemma not in words.host_verbs:
            continue
        children = view.children(verb)
        if not any(
            view.tokens[c].relation == "obj" and view.tokens[c].lemma in words.credential_nouns
            for c in children
        ):
            continue
        sources = [
            c for c in children
            if view.preposition(c) in words.source_prepositions
            and view.tokens[c].lemma in words.envoy_nouns
        ]  # fmt: skip
        hosts = [m for m in subject_mentions(view, verb) if m.type == "PER"]
        if not sources or len(hosts) != 1:
            continue
        envoys = [
            m for c in sources for m in view.mentions_in(view.subtree(c, CLAUSES), {"PER"})
        ]
        following = analysed.sentences[position + 1 : position + 1 + ANAPHORA_WINDOW]
        if not envoys and following:
            envoys = [
                m for m in analysed.mentions
                if m.type == "PER" and following[0].start <= m.start < following[-1].end
                and set(post_lemmas(analysed, m)) & words.envoy_nouns
            ]  # fmt: skip
        date = first_date(view)
        for envoy in envoys:
            arguments = [
                view.entity_argument("participants", hosts[0]),
                view.entity_argument("participants", envoy),
            ]
            if date:
                arguments.append(view.date_argument("date", date))
            claims.append(view.claim("meeting", arguments, view.modality(verb)))
    return claims
