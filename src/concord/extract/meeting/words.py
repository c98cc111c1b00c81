"""The words a language gives the meeting readings.

`MeetingWords` holds every word and pattern the readings test: what names a meeting
(nouns, verbs, light verbs with their nouns), how its sides, place and venue attach
(prepositions), and the words that make a reading give way (an audience, a cancelled
meeting, a show's studio). Each language fills it in `concord.extract.lexicons`; no
other module of the package holds a language's word.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

_EMPTY: frozenset[str] = frozenset()


@dataclass(frozen=True)
class MeetingWords:
    """What names a meeting in one language and how its sides and place attach to it."""

    meeting_nouns: frozenset[str]  # what a light verb can hold: "провести переговоры"
    strong_nouns: frozenset[str]  # nouns that are a meeting on their own: "встреча"
    verbs: frozenset[str]  # verbs that are a meeting on their own: "встретиться"
    light_verbs: frozenset[str]  # a meeting only with a meeting noun below: "провести"
    companion_prepositions: frozenset[str]  # "встреча с X", "встретился с X"
    between_prepositions: frozenset[str]  # "встреча между X и Y"
    place_prepositions: frozenset[str]  # "в Лондоне", with the place in the locative
    format_pattern: re.Pattern[str]  # a quoted `format`: "в формате «Центральная Азия — …»"
    format_sides: re.Pattern[str]  # what separates the sides inside the format
    # A noun that is a meeting with its modifier: "телефонный разговор", "круглый стол".
    qualified_nouns: Mapping[str, frozenset[str]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    # A verb that is a meeting with its modifier below it: "spoke by phone with X" (where
    # "spoke" alone is a speech to anyone)
    qualified_verbs: Mapping[str, frozenset[str]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    # "X spoke with Y": a verb of talking that is a meeting with a named person after a
    # companion preposition only (to reporters or a crowd it is a speech)
    companion_verbs: frozenset[str] = _EMPTY
    discussion_verbs: frozenset[str] = _EMPTY  # "X и Y обсудили": a meeting of two sides
    # "co-chaired by X and Y": a verb that is a meeting of its doers only with a prefix
    # before it saying they did it together ("chaired by X" alone is one person's chair)
    joint_verbs: frozenset[str] = _EMPTY
    joint_prefixes: frozenset[str] = _EMPTY
    # "held talks with A, followed by B and C": a verb whose agent is the next in a round of
    # meetings, each a meeting of its own with the same host
    sequel_verbs: frozenset[str] = _EMPTY
    # "These included A and B", "Among them were A": a sentence listing the people of a
    # group just met, by a verb of membership, a pronoun for the group, or a preposition
    member_verbs: frozenset[str] = _EMPTY
    member_pronouns: frozenset[str] = _EMPTY
    member_prepositions: frozenset[str] = _EMPTY
    member_copulas: frozenset[str] = _EMPTY  # "The envoys who called on X were A and B"
    # "X's talks with Y": the relations by which a named possessor hangs on a meeting noun
    # (none in Russian, where "встреча X с Y" is a genitive read elsewhere)
    named_possessor_relations: frozenset[str] = _EMPTY
    host_verbs: frozenset[str] = _EMPTY  # "X принял в Кремле Y": the host and the guest
    participation_events: frozenset[str] = _EMPTY  # what taking part in makes one a side
    participation_nouns: frozenset[str] = _EMPTY  # "принял участие во встрече", "с участием"
    participation_verbs: frozenset[str] = _EMPTY  # "участвовал во встрече"
    # "на нее были приглашены X и Y": those invited to the meeting just told, in the passive
    invited_verbs: frozenset[str] = _EMPTY
    frame_nouns: frozenset[str] = _EMPTY  # "участие в работе форума": the event below
    chair_nouns: frozenset[str] = _EMPTY  # "под председательством Y"
    chair_prepositions: frozenset[str] = _EMPTY  # "под"
    side_nouns: frozenset[str] = _EMPTY  # "стороны договорились": the meeting just named
    # "во встрече со стороны бизнеса": the side its people came for, no other meeting
    attending_side_nouns: frozenset[str] = _EMPTY
    other_meeting_words: frozenset[str] = _EMPTY  # "следующая встреча": not the one just named
    margin_nouns: frozenset[str] = _EMPTY  # "на полях встречи": the frame of another meeting
    audience_nouns: frozenset[str] = _EMPTY  # "встреча с журналистами": not two sides
    # "a press conference with X": how an audience noun names the meeting it is held for
    audience_modifier_relations: frozenset[str] = _EMPTY
    interview_nouns: frozenset[str] = _EMPTY  # "рассказал в беседе с": an interview
    speech_verbs: frozenset[str] = _EMPTY  # the verbs an interview frames
    venue_nouns: frozenset[str] = _EMPTY  # "во Дворце Независимости": a named building
    venue_suffixes: tuple[str, ...] = ()  # "в Ланкастер-хаусе"
    venue_names: frozenset[str] = _EMPTY  # buildings known by name alone: "в Кремле"
    relative_pronouns: frozenset[str] = _EMPTY  # "X и Y, которые встречаются"
    # "Там он провёл переговоры с Y", "Министр обсудил с Y": a side named before
    referring_pronouns: frozenset[str] = _EMPTY
    referring_nouns: frozenset[str] = _EMPTY  # a bare post standing for its holder
    show_places: frozenset[str] = _EMPTY  # "принял в студии X": a show's guest, no meeting
    topic_prepositions: frozenset[str] = _EMPTY  # "о программе": what is talked about
    # The trigger's dependents by these relations hold its place too: the English parser
    # hangs "in Tashkent" on the object ("met X in Tashkent", "held talks in Tashkent").
    place_holder_relations: frozenset[str] = _EMPTY
    # "его монгольский коллега": a counterpart word names a side only by the country it is
    # of, told by its adjective ("российский министр")
    counterpart_nouns: frozenset[str] = _EMPTY
    # "переговоры делегаций во главе с X и Y": the people after it lead the sides
    leader_phrases: tuple[tuple[str, ...], ...] = ()
    # "Российский лидер X … Встреча президента с Y": posts the language names one office
    # by, so a bare one stands for the person introduced with another of its group
    post_equivalents: tuple[frozenset[str], ...] = ()
    # "His Highness met Y", "Her Excellency received Y": a form of address standing, like
    # a bare post, for the person named before it
    honorific_nouns: frozenset[str] = _EMPTY
    # "the external affairs minister met Y": a bare post's common-noun modifiers by these
    # relations still name nobody else (a proper noun does: "the Paris mayor")
    referring_modifier_relations: frozenset[str] = _EMPTY
    # "глава государства", "глава региона": a post of a generic holder stands for the
    # report's actor, the person last named as a subject
    generic_holders: frozenset[str] = _EMPTY
    cancel_verbs: frozenset[str] = _EMPTY  # "встреча отменена": it did not take place
    postpone_verbs: frozenset[str] = _EMPTY  # "встреча отложена": it is still ahead
    # "опроверг сообщения о встрече с Y": a meeting reported only to be denied
    denial_words: frozenset[str] = _EMPTY
    # "Российскую делегацию возглавил X, украинскую — Y": who leads the delegations of
    # two countries at talks named beside them
    lead_verbs: frozenset[str] = _EMPTY
    delegation_nouns: frozenset[str] = _EMPTY
    # "в состав делегации вошли X и Y": the people of a delegation named apart from it;
    # "члены делегации", "гости": the visiting party standing for those people; what a host
    # does to them in meeting them ("рассказал гостям", "продемонстрировал делегации")
    membership_nouns: frozenset[str] = _EMPTY
    member_nouns: frozenset[str] = _EMPTY
    guest_nouns: frozenset[str] = _EMPTY
    guest_verbs: frozenset[str] = _EMPTY
    # "В частности, X проинформировал о …": what opens a sentence telling a part of the
    # meeting just named
    detail_markers: tuple[tuple[str, ...], ...] = ()
    # "X поблагодарил за тёплый приём", "поблагодарила гостя": thanks for a visit, given
    # by one who was at it
    thanking_verbs: frozenset[str] = _EMPTY
    reception_nouns: frozenset[str] = _EMPTY
    # "встреча началась с того, что X передал Y …": verbs of beginning or ending and the
    # pronoun that points at the clause telling how
    opening_verbs: frozenset[str] = _EMPTY
    clause_pointers: frozenset[str] = _EMPTY
    # "принял верительные грамоты у послов": a host taking envoys' papers meets each envoy
    credential_nouns: frozenset[str] = _EMPTY
    source_prepositions: frozenset[str] = _EMPTY  # "у послов"
    envoy_nouns: frozenset[str] = _EMPTY  # "посол": who hands the papers
    # "The President received the credentials of the ambassadors of A and B: X and Y",
    # "presented their credentials to the Governor General: X, Ambassador of A; Y …": a
    # ceremony told as a list, the host meeting each envoy; the papers' nouns, the verbs a
    # host takes them with ("accredited four ambassadors"), and how far the list may run
    ceremony_nouns: frozenset[str] = _EMPTY
    ceremony_verbs: frozenset[str] = _EMPTY
    ceremony_reach: int = 0
    absent_envoy_words: frozenset[str] = _EMPTY  # "the previous ambassador, X": not there
    envoy_country_prepositions: frozenset[str] = _EMPTY  # "Ambassador of Antigua"
    # "Y дал аудиенцию X", "X нанёс визит Y": a verb with the meeting it grants or pays;
    # the other side is its dative
    granted_meetings: Mapping[str, frozenset[str]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    # "провёл встречи с Y и Z": a meeting noun whose plural is several meetings
    countable_nouns: frozenset[str] = _EMPTY
    # a man's surname ending in one of these takes an ending in the genitive ("Слеймана")
    hard_consonants: frozenset[str] = _EMPTY
    # "На встрече они договорились": a plural pronoun standing for the two people before
    plural_pronouns: frozenset[str] = _EMPTY
    # "запланирована его встреча с Y": a possessive pronoun's lemma and the gender it shows
    possessive_genders: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # "встретился с руководством «Y»": a body of people that stands for its organisation
    collective_nouns: frozenset[str] = _EMPTY
    # "с Y, а также с Z": what joins companions met on separate occasions
    separate_joiners: frozenset[str] = _EMPTY
    # "separately received Y", "in separate meetings with Y and Z": words on a meeting
    # that say its sides met one pair at a time
    apart_words: frozenset[str] = _EMPTY
    # "X met A, B and C": a meeting verb's companions named in a list this long were met
    # one by one, a round of meetings (0: a list of any length is met together)
    separate_list_size: int = 0
    # "провёл переговоры с госсекретарём США X, главой МИД Словакии Y и президентом МККК
    # Z": a list this long of companions each named with a post of their own is a round
    # of talks, one with each (0: never)
    separate_posted_size: int = 0
    # "с министром по развитию Дальнего Востока": a preposition that opens a post's
    # remit, whose genitive place is the post's office, no side (meeting36)
    office_prepositions: frozenset[str] = _EMPTY
    # "will meet with A, chairman of X, and B, chairman of Y", "call on President A and Vice
    # President B": a list this long of companions each written with a post of their own
    # where the language writes posts on names (a title or an apposition) is a round of
    # meetings, one with each (0: never)
    separate_titled_size: int = 0
    # "телефонные переговоры с X и Y", "говорил по телефону с X и Y": a call is held with
    # one person at a time, so the people listed were called one by one
    one_to_one_means: frozenset[str] = _EMPTY
    # "встреча команд X и Y", "встреча со сборной Англии": a match, not a meeting
    team_nouns: frozenset[str] = _EMPTY
    # "предстоит диалог с X": a weak meeting noun that is a meeting with a named person
    personal_nouns: frozenset[str] = _EMPTY
    # "примет с докладом губернатора X": what a guest brings to a host
    report_nouns: frozenset[str] = _EMPTY
    # "X позвонил Y": a call to a person named in the dative is a phone conversation
    call_verbs: frozenset[str] = _EMPTY
    # "X по телефону поздравил Y": what one talks over, after its preposition; any verb
    # done over it to a named person is a remote conversation of the two
    remote_means: frozenset[str] = _EMPTY
    remote_prepositions: frozenset[str] = _EMPTY
    # "предстоящая встреча": a meeting still ahead, whatever the sentence's tense
    ahead_words: frozenset[str] = _EMPTY
    # "поговорил с Y перед встречей с Z": what sets another meeting before or after this one
    sequence_prepositions: frozenset[str] = _EMPTY
    # the case the person called is in ("позвонил губернатору": the dative); None where the
    # language marks no case ("phoned the governor")
    called_case: str | None = None
    # "принял у себя посла X": the parser hangs the guest on the reflexive "себя"
    reflexive_pronouns: frozenset[str] = _EMPTY
    # "X и Y подписали …. Состоялась их встреча с Z": what joins the names of one list
    list_joiners: frozenset[str] = _EMPTY
    # "обсудил ряд вопросов с X": what is discussed, named only generically, on which the
    # parser hangs the companion
    topic_nouns: frozenset[str] = _EMPTY
    # "X called on Y": a verb that is a visit to a person after one of its prepositions,
    # unless it asks something of them ("called on Y to resign")
    visit_verbs: Mapping[str, frozenset[str]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    # "X paid a courtesy call on Y": verbs paying a visit and each visit noun's prepositions
    paying_verbs: frozenset[str] = _EMPTY
    visit_nouns: Mapping[str, frozenset[str]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    # "X hosted a reception for Y", "a banquet in honour of Y": events a host gives for a
    # guest, the guest's prepositions, and the honour named with "in … of"
    hosted_events: frozenset[str] = _EMPTY
    guest_prepositions: frozenset[str] = _EMPTY
    honour_nouns: frozenset[str] = _EMPTY
    honour_prepositions: frozenset[str] = _EMPTY
    # "X received Ambassador Y": nouns that name a person where the language marks no
    # animacy (a guest's post)
    person_nouns: frozenset[str] = _EMPTY
    # "with his Turkish counterpart Recep Tayyip Erdogan": words a name follows, which the
    # English parser may hang on the verb instead of on them
    posts_before_names: frozenset[str] = _EMPTY
    # "received Ambassador of X to Mongolia Y": the preposition of an envoy's destination,
    # on which the parser hangs the envoy's name
    destination_prepositions: frozenset[str] = _EMPTY
    # "Secretary-General X … the Secretary-General met Y": the relations by which a post's
    # words are written before a name (none where posts are genitives, as in Russian), the
    # abbreviations read as a post's words ("pm") and modifiers that tell no holder apart
    post_modifier_relations: frozenset[str] = _EMPTY
    post_abbreviations: Mapping[str, tuple[str, ...]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    unspecific_post_words: frozenset[str] = _EMPTY
    generic_post_heads: frozenset[str] = _EMPTY  # "the UN chief": whatever post it heads
    # meeting31: "в начале встречи с Y X поблагодарил": a noun for the start or end of a
    # meeting, on which the meeting noun hangs; who acts then is at the meeting
    phase_nouns: frozenset[str] = _EMPTY
    # meeting34: "пресс-секретарь президента X": posts that serve someone else's office;
    # the post written after one is whose aide X is, not X's own
    serving_posts: frozenset[str] = _EMPTY
    # meeting34: a meeting noun under a noun of its calling off ("объяснили отмену встречи")
    # did not take place; under one of its preparing or likelihood ("вопросы подготовки
    # встречи", "оценил вероятность встречи") it is still ahead
    cancel_nouns: frozenset[str] = _EMPTY
    ahead_nouns: frozenset[str] = _EMPTY
    # meeting35: "Напомним, что разговор X и Y состоялся": the complementisers of a told
    # clause, whose own past tense holds under a future telling verb, and the particles of
    # a condition ("состоялась бы") that keep it ahead
    told_marks: frozenset[str] = _EMPTY
    conditional_particles: frozenset[str] = _EMPTY
    # meeting38: a meeting noun that is the subject or object of a verb of arranging or
    # announcing it ("анонсировал встречу", "запланирована встреча", "ожидаются
    # переговоры", "анонсировал проведение встречи") is still ahead when told
    arranging_verbs: frozenset[str] = _EMPTY
    # meeting39: a meeting told only as a purpose ("прибыл для переговоров с Y",
    # "согласовано время для беседы", "пригласил для разговора") is still ahead
    purpose_prepositions: frozenset[str] = _EMPTY
    # meeting39: the genitive of a summit noun ("саммит «Большой двадцатки»", "на полях
    # саммита ШОС") names the forum the summit is of, not a side of a meeting
    forum_nouns: frozenset[str] = _EMPTY
    # meeting40: a meeting under a verb of possibility in the present or future ("встреча
    # может состояться", "могут встретиться") is only possible, still ahead; a past one
    # ("могли встретиться ещё в мае") is left to the sentence
    possibility_verbs: frozenset[str] = _EMPTY
