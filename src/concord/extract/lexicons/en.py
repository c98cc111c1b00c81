"""English: the words, prepositions and patterns the extractors look for. Data only.

Lemmas are spaCy's (en_core_web_sm); the tree is the Universal Dependencies one that
`concord.nlp.english` maps spaCy's parse to. English marks roles by word order,
prepositions (`case` dependents) and the possessive ('s, `nmod:poss`), not by case, so
the case tests of the extractors do not restrict here (`SentenceWords.marks_case`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from types import MappingProxyType
from typing import Any

from concord.extract.agreement import AgreementWords
from concord.extract.deal import DealWords
from concord.extract.initiative.words import InitiativeWords
from concord.extract.language import LanguageWords
from concord.extract.meeting import MeetingWords
from concord.extract.occupation import OccupationWords
from concord.extract.ownership import OwnershipWords
from concord.extract.positions import PostWords
from concord.extract.post_references import PostReferenceWords
from concord.extract.sentence_view import SentenceWords
from concord.extract.statement import StatementWords
from concord.knowledge.demonyms import state_named, state_of_adjective

# fmt: off

# The country a people's adjective names ("Uzbek Foreign Minister" works for Uzbekistan):
# the states' adjectives of knowledge/demonyms_en.txt, and two that name no one state.
OTHER_ADJECTIVES = MappingProxyType({"korean": "Korea", "european": "European Union"})


def country_of_adjective(lemma: str) -> str | None:
    return state_of_adjective(lemma) or OTHER_ADJECTIVES.get(lemma.lower())


def no_readings(word: str) -> Sequence[Any]:
    """English posts are read from the lexicon alone: no morphological dictionary."""
    return ()


def same_word(written: str, lexical: str) -> bool:
    """English posts are not inflected but for the plural: "minister", "ministers"."""
    return written == lexical or written == lexical + "s"


SENTENCE = SentenceWords(
    negations=frozenset({"not", "n't", "never", "no"}),
    planning=frozenset({
        "plan", "intend", "expect", "aim", "seek", "hope", "promise", "pledge", "prepare",
        "want", "propose", "schedule", "due",
    }),
    future_auxiliary="will",  # the analyser gives "will"'s verb Tense=Fut itself
    planning_auxiliaries=frozenset({"will", "shall", "would"}),
    negating_verbs=frozenset({"deny", "refuse", "reject"}),
    marks_case=False,
    # "the official news agency quoted X as saying": the agency relays the news
    relaying_verbs=frozenset({"quote", "cite"}),
    aside_reporting_verbs=frozenset({"report", "say", "write", "tell", "add", "announce"}),
)

POST_REFERENCES = PostReferenceWords(
    heads=frozenset({"head", "chief", "leader"}),
    minister="minister",
    ministry="ministry",
    ministry_abbreviations=MappingProxyType({}),
    same_word=same_word,
)

LANGUAGE = LanguageWords(sentence=SENTENCE, post_references=POST_REFERENCES)

_SPEECH = (
    r"said|says|say|told|tells|added|stated|noted|stressed|emphasised|emphasized|announced|"
    r"declared|explained|insisted|warned|commented|remarked|according\s+to|quoted"
)
# a word of a name: capitalised, or a particle inside Arabic, Dutch, German … names
_NAME_WORD = r"(?:[A-Z][\w.'-]*|(?:al|el|ad|as)-[\w'-]+|bin|ibn|de|van|von|da|der)"
# --- who speaks (english-speakers) ---------------------------------------------------
# Posts a report calls a person by again, with their other spellings: "the Qatari
# premier" is "Qatar's Prime Minister X", "the top diplomat" a foreign minister.
_SPEAKER_POSTS = frozenset({"fm", "councilor", "councillor", "counselor", "prince", "sheikh"})
_POST_SYNONYMS = MappingProxyType({
    "premier": ("prime minister",),
    "prime minister": ("premier",),
    "pm": ("prime minister", "premier"),
    "top diplomat": ("foreign minister", "minister of foreign affairs", "secretary of state",
                     "foreign secretary", "external affairs minister", "foreign affairs minister"),
    "fm": ("foreign minister", "minister of foreign affairs", "foreign affairs minister"),
    "foreign minister": ("minister of foreign affairs", "foreign affairs minister", "fm"),
    "minister of foreign affairs": ("foreign minister", "foreign affairs minister", "fm"),
    "foreign secretary": ("secretary of state", "minister of foreign affairs"),
    "head of state": ("president", "king", "emir", "sultan"),
    "leader": ("president", "prime minister", "premier", "chancellor", "king", "emir"),
})
# "both leaders said", "the two ministers said"; "the sides said"
_PAIR_WORDS = frozenset({"two", "both"})
_SIDE_NOUNS = frozenset({"side"})
# "officials said", "a source said": nobody named speaks
_UNNAMED_SOURCES = frozenset({"official", "source"})
# "stressed the brotherly relations", "emphasized the importance of …": what was said is
# the object, as of "urged" and "highlighted"
_STRESSING_VERBS = frozenset({"stress", "emphasise", "emphasize"})
# --- end who speaks ------------------------------------------------------------------
_OPEN = "“\"‘'"
_CLOSE = "”\"’'"
STATEMENT = StatementWords(
    sentence=SENTENCE,
    place_prepositions=frozenset({"in", "at"}),  # "slots at Heathrow": a place
    speech_lemmas=frozenset({
        "say", "tell", "state", "add", "note", "stress", "emphasise", "emphasize", "announce",
        "declare", "explain", "insist", "warn", "confirm", "claim", "argue", "believe",
        "remark", "report",
        # appeals and emphasis a minister voices: "urged efforts to …", "called on X to …",
        # "highlighted the importance of …", "expressed concern over …" (what they say
        # is their object, as "опроверг сообщения")
        "urge", "highlight", "call", "express",
    }),
    object_speech_lemmas=frozenset({"urge", "highlight", "express"}) | _STRESSING_VERBS,
    complementisers=frozenset({"that"}),
    speech_forms=re.compile(rf"\b({_SPEECH})\b", re.IGNORECASE),
    quoted_words=re.compile(r"\bwords\b"),
    dash_quote=re.compile(r"(?!)"),  # English does not open direct speech with a dash
    # “Quote,” X said. / "Quote," said X. / 'Quote,' X told reporters.
    quote_then_attribution=re.compile(
        rf"(?:^|(?<=[\s(]))[{_OPEN}](?P<quote>[^{_CLOSE}]{{10,}}?)[,.!?]?[{_CLOSE}](?=[\s,.!?]|$)"
        rf",?\s*(?P<attribution>[^.!?{_OPEN}]+)"
    ),
    # X said: “Quote”
    attribution_then_quote=re.compile(
        rf"(?:^|(?<=[.!?]\s))(?P<attribution>[^.!?{_OPEN}]{{3,}}?):\s*[{_OPEN}]"
        rf"(?P<quote>[^{_CLOSE}]{{10,}})[{_CLOSE}]"
    ),
    bare_clauses=True,
    # "The Saudi minister said …", "He said …", "The company said in a statement …": a
    # subject that is only a pronoun or a post speaks for the one named before it
    referring_words=frozenset({
        "he", "she", "minister", "president", "premier", "chancellor", "secretary",
        "governor", "mayor", "ambassador", "envoy", "king", "queen", "emir", "sultan",
        "diplomat", "politician", "spokesman", "spokeswoman", "spokesperson", "chairman",
        "chairwoman", "director", "ceo", "chief", "head", "leader", "commissioner",
    }) | _SPEAKER_POSTS,
    post_prefixes=("vice-", "ex-"),
    organisation_words=frozenset({
        "company", "firm", "corporation", "ministry", "bank", "agency", "group", "venture",
        "operator", "producer", "maker", "developer",
    }),
    # "the ministry said" stands for a state body named before, never for the agency in the
    # dateline or a company ("Agency" is left out: news agencies carry it too)
    # "the embassy said" after "the Japanese Embassy": a state body as a ministry is
    authority_nouns=frozenset({
        "ministry", "department", "regulator", "commission", "embassy", "consulate",
    }),
    authority_name=re.compile(
        r"ministry|department|commission|committee|authority|regulator|inspectorate|office"
        r"|bureau|service|government|cabinet|secretariat|presidency|kremlin|white house"
        r"|embassy|consulate",
        re.IGNORECASE,
    ),
    attributions=(
        # "According to Qatar's energy minister, Saad al-Kaabi, the plant …": the
        # source runs on through a name set off in commas after a post
        re.compile(
            rf"^[Aa]ccording to (?P<source>[^,]+?(?:,\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}(?=,))?),"
            r"\s*(?P<quote>.+?)\.?$"
        ),
        re.compile(r"^(?P<quote>.+?),\s*according to (?P<source>[^,.]+)\.?$"),
    ),
    # who speaks (english-speakers): see the block above
    state_named=state_named,
    post_synonyms=_POST_SYNONYMS,
    post_filler_words=frozenset({"the", "a", "an", "'s", "’s", "of", "for", "his", "her", "its"}),
    coordinated_holders=True,
    pair_words=_PAIR_WORDS,
    side_nouns=_SIDE_NOUNS,
    unnamed_sources=_UNNAMED_SOURCES,
    counterpart_nouns=frozenset({"counterpart"}),
)

# Posts: words that name a person ("received Ambassador Y").
_PERSON_POSTS = frozenset({
    "president", "premier", "minister", "secretary", "chancellor", "governor", "mayor",
    "ambassador", "envoy", "consul", "speaker", "chairman", "chairwoman", "chair",
    "chairperson", "co-chair", "deputy", "senator", "king", "queen", "monarch", "emir",
    "sultan", "director", "ceo", "chief", "head", "manager", "commander", "spokesman",
    "spokeswoman", "spokesperson", "representative", "adviser", "advisor", "aide",
    "ombudsman", "prosecutor", "judge", "founder", "co-founder", "owner", "co-owner",
    "shareholder", "partner", "analyst", "economist", "editor", "correspondent",
    "rector", "dean", "professor", "coach", "captain", "leader", "akim", "hokim",
    "commissioner", "diplomat", "attaché", "attache", "general", "colonel", "major",
    "admiral", "marshal", "coordinator", "chairmain", "treasurer", "auditor", "official",
    "businessman", "entrepreneur", "billionaire", "executive", "officer", "lawmaker",
    "legislator", "mp", "vice-president", "vice-premier", "undersecretary",
    "under-secretary", "counsellor", "counselor", "consultant", "patriarch", "bishop",
    "imam", "mufti", "administrator", "inspector", "principal", "president-elect",
})  # fmt: skip

MEETING = MeetingWords(
    meeting_nouns=frozenset({
        "meeting", "talk", "talks", "conversation", "summit", "session", "consultation",
        "encounter", "audience",  # "had an audience with the King"
        "visit", "dialogue", "forum", "conference", "discussion", "negotiation", "call",
    }),
    strong_nouns=frozenset({"meeting", "talk", "talks", "summit", "negotiation"}),
    verbs=frozenset({"meet", "chat", "converse"}),  # "conversed with X over the phone"
    light_verbs=frozenset({"hold", "have", "chair", "conduct", "host"}),
    companion_prepositions=frozenset({"with"}),
    between_prepositions=frozenset({"between", "of"}),
    place_prepositions=frozenset({"in", "at"}),
    format_pattern=re.compile(
        r"(?P<format>[A-Z][\w ]{2,40}\s+[—–-]\s+[A-Z][\w ]{2,40}?)\s+format"
    ),
    format_sides=re.compile(r"\s+[—–-]\s+"),
    qualified_nouns=MappingProxyType({
        "call": frozenset({"phone", "telephone", "video"}), "table": frozenset({"round"}),
    }),
    # "spoke by phone with X", "talked on the telephone": "spoke" alone may be to anyone
    qualified_verbs=MappingProxyType({
        "speak": frozenset({"phone", "telephone"}), "talk": frozenset({"phone", "telephone"}),
    }),
    # "X phoned Y", "X called Y on Monday"
    call_verbs=frozenset({"phone", "telephone", "call", "ring"}),
    # "spoke with Y", "talked with Y", "interacted with Y"
    companion_verbs=frozenset({"speak", "talk", "interact"}),
    discussion_verbs=frozenset({"discuss", "agree"}),
    joint_verbs=frozenset({"chair"}),  # "the commission was co-chaired by X and Y"
    joint_prefixes=frozenset({"co"}),
    sequel_verbs=frozenset({"follow"}),  # "met A, followed by B and C"
    member_verbs=frozenset({"include"}),  # "These included A, B and C"
    member_pronouns=frozenset({"these", "they", "those"}),  # "Among them were A and B"
    member_prepositions=frozenset({"among"}),
    member_copulas=frozenset({"be"}),
    # english-meetings13
    named_possessor_relations=frozenset({"nmod:poss"}),  # "X's talks with Y"
    host_verbs=frozenset({"host", "receive", "welcome", "greet"}),  # "X greeted Y"
    participation_events=frozenset({
        "meeting", "talk", "talks", "summit", "session", "consultation", "conversation",
        "table", "call",
    }),
    participation_nouns=frozenset({"participation", "part"}),
    participation_verbs=frozenset({"attend", "participate", "join"}),
    frame_nouns=frozenset({"work"}),
    chair_nouns=frozenset({"chairmanship", "chair"}),
    chair_prepositions=frozenset({"under"}),
    side_nouns=frozenset({"side", "party", "participant"}),
    other_meeting_words=frozenset({"next", "another", "future", "new", "other"}),
    margin_nouns=frozenset({"sideline", "sidelines", "margin", "margins"}),
    audience_nouns=frozenset({
        "journalist", "reporter", "press", "fan", "student", "voter", "resident", "public",
        "blogger", "audience", "reader", "viewer",
    }),
    audience_modifier_relations=frozenset({"compound"}),
    interview_nouns=frozenset({"interview", "conversation"}),
    speech_verbs=STATEMENT.speech_lemmas,
    venue_nouns=frozenset({
        "palace", "house", "hall", "residence", "building", "mansion", "hotel", "centre",
        "center", "pavilion", "castle", "villa",
    }),
    venue_suffixes=(),
    venue_names=frozenset({"kremlin", "white house", "downing street", "ak orda", "akorda"}),
    relative_pronouns=frozenset({"who", "which", "that"}),
    place_holder_relations=frozenset({"obj"}),  # "met X in Tashkent", "held talks in Y"
    referring_pronouns=frozenset({"he", "she"}),
    referring_nouns=frozenset({
        "president", "premier", "minister", "chancellor", "leader", "secretary", "governor",
        "mayor", "ambassador", "king", "queen", "diplomat", "politician",
    }),
    show_places=frozenset({"studio", "show", "programme", "program"}),
    topic_prepositions=frozenset({"about"}),
    counterpart_nouns=frozenset({"counterpart", "colleague", "guest"}),
    leader_phrases=(("led", "by"), ("headed", "by")),
    lead_verbs=frozenset({"lead", "head"}),  # "the delegation was led by X"
    delegation_nouns=frozenset({"delegation"}),
    generic_holders=frozenset({"state", "country", "region", "government", "company"}),
    cancel_verbs=frozenset({"cancel", "scrap"}),  # not "call": "called for talks"
    postpone_verbs=frozenset({"postpone", "delay", "reschedule"}),
    countable_nouns=frozenset({"meeting"}),  # "held bilateral meetings with Y and Z"
    separate_list_size=3,  # "met A, B and C": a round of meetings; "met A and B" may be one
    separate_titled_size=2,  # "met A, speaker of X, and B, speaker of Y": one with each
    apart_words=frozenset({"separate", "separately", "individually"}),  # "separately received Y"
    visit_verbs=MappingProxyType({"call": frozenset({"on"})}),  # "called on Y"
    paying_verbs=frozenset({"pay", "make"}),  # "paid a courtesy call on Y"
    visit_nouns=MappingProxyType({"call": frozenset({"on"}), "visit": frozenset({"to", "on"})}),
    envoy_nouns=frozenset({
        "ambassador", "envoy", "commissioner", "nuncio", "chargé", "charge", "ambassador-designate",
    }),
    ceremony_nouns=frozenset({"credential", "credentials", "credence", "accreditation"}),
    ceremony_verbs=frozenset({"accept", "accredit", "receive", "welcome"}),
    ceremony_reach=6,
    absent_envoy_words=frozenset({"previous", "former", "late", "predecessor"}),
    envoy_country_prepositions=frozenset({"of"}),
    hosted_events=frozenset({"reception", "banquet", "dinner", "lunch", "luncheon", "breakfast"}),
    guest_prepositions=frozenset({"for"}),
    honour_nouns=frozenset({"honour", "honor"}),
    honour_prepositions=frozenset({"of"}),
    person_nouns=_PERSON_POSTS,
    posts_before_names=_PERSON_POSTS | {"counterpart"},
    destination_prepositions=frozenset({"to"}),
    post_modifier_relations=frozenset({"compound", "amod", "flat"}),
    post_abbreviations=MappingProxyType({
        "pm": ("prime", "minister"), "fm": ("foreign", "minister"),
        "dpm": ("deputy", "prime", "minister"), "cm": ("chief", "minister"),
        "eam": ("external", "affairs", "minister"), "nsa": ("national", "security", "adviser"),
        "advisor": ("adviser",), "sg": ("secretary", "general"),
    }),
    unspecific_post_words=frozenset({"visiting", "incumbent", "current", "host"}),
    generic_post_heads=frozenset({"chief", "head", "leader"}),
    # english-meetings14
    honorific_nouns=frozenset({"highness", "excellency", "majesty"}),
    referring_modifier_relations=frozenset({"compound"}),
)

POSTS = PostWords(
    posts=_PERSON_POSTS,
    prefixes=("vice-", "ex-", "deputy ", "acting "),
    not_prefixed_posts=frozenset(),
    not_posts=frozenset({
        "man", "woman", "child", "girl", "boy", "brother", "sister", "son", "daughter", "wife",
        "husband", "mother", "father", "friend", "mr", "mrs", "ms", "citizen", "resident",
        "passenger", "supporter", "opponent", "rival", "colleague", "neighbour", "neighbor",
        "spouse", "widow", "relative", "people", "viewer", "reader", "user", "client",
        "customer", "author", "hero", "fan", "winner", "participant", "guest",
    }),
    status_words=frozenset({
        "former", "current", "incumbent", "new", "newly", "future", "late", "then",
        "longtime", "long-time", "outgoing", "incoming",
    }),
    acting_words=frozenset({"acting", "interim"}),
    acting_phrases=(),
    titles=frozenset({"lord", "lady", "sir", "dame", "baron", "baroness", "mr", "mrs", "ms",
                      "dr"}),
    unit_nouns=frozenset({"group"}),
    partner_prepositions=frozenset({"with"}),
    organisation_nouns=frozenset({
        "company", "corporation", "party", "committee", "newspaper", "agency", "service",
        "fund", "bank", "organisation", "organization", "council", "assembly", "ministry",
        "department", "government", "administration", "university", "club", "union",
        "association", "federation", "holding", "institute", "academy", "office", "chamber",
        "court", "commission", "parliament", "senate", "congress", "embassy", "consulate",
        "firm", "group", "board", "authority", "exchequer", "treasury",
    }),
    letter_variants=MappingProxyType({}),
    proper_name_grammemes=frozenset(),
    animate_grammeme="",
    readings=no_readings,
    place_of_adjective=country_of_adjective,
    modifier_pos=frozenset({"ADJ", "DET", "PROPN", "NOUN"}),
    articles=frozenset({"the", "a", "an"}),
)

OCCUPATION = OccupationWords(
    posts=POSTS,
    counterpart_nouns=frozenset({"counterpart"}),  # not "colleague": of any post
    role_verbs=frozenset({
        "appoint", "elect", "become", "serve", "name", "nominate", "re-elect", "reelect",
        "confirm", "work",
    }),
    post_prepositions=frozenset({"for", "of", "to"}),  # "Minister for Foreign Trade"
    name_punctuation=frozenset({"-", "–", "“", "”", '"'}),
    reign_prepositions=frozenset({"under"}),
    candidacy_prepositions=frozenset({"for"}),
    work_verbs=frozenset({"work", "serve"}),
    work_prepositions=frozenset({"at", "for", "in"}),
    relative_pronouns=frozenset({"who"}),
    possessor_relations=frozenset({"nmod:poss"}),
    # "former minister", "ex-CEO", "formerly head of …": a post no longer held
    former_prefixes=("ex-",),
    former_words=frozenset({"former", "ex", "one-time", "onetime", "erstwhile"}),
    former_adverbs=frozenset({"formerly", "previously"}),
    until_prepositions=frozenset({"until", "till"}),
    until_nouns=frozenset({"year"}),
    # "left the post of finance minister", "stepped down from his role as CEO"
    office_nouns=frozenset({"post", "position", "role", "office"}),
    leaving_verbs=frozenset({"leave", "quit", "vacate"}),
    leaving_office_nouns=frozenset({"seat"}),
    resigning_verbs=frozenset({"resign", "step down", "quit"}),
    dismissing_verbs=frozenset({"remove", "relieve", "dismiss", "fire", "sack", "oust"}),
    firing_verbs=frozenset({"dismiss", "fire", "sack", "oust"}),
    ending_frames=frozenset({
        ("from", "post"), ("from", "position"), ("from", "role"), ("from", "office"),
        ("from", "board"), ("of", "duty"),
    }),
    replacing_verbs=frozenset({"replace", "succeed"}),
    role_prepositions=frozenset({"as"}),
    ending_nouns=frozenset({"resignation", "dismissal", "sacking", "firing", "ouster"}),
    office_ending_nouns=frozenset({"departure", "exit", "removal"}),
    accepting_verbs=frozenset({"accept", "approve", "confirm", "announce"}),
    accepting_prepositions=frozenset({""}),
    after_prepositions=frozenset({"after", "following"}),
    tendering_verbs=frozenset({"tender", "submit", "hand", "announce"}),
    unsure_words=frozenset({
        "possible", "likely", "rumoured", "rumored", "impending", "planned", "potential",
        "expected", "imminent", "future",
    }),
    left_organisation_nouns=frozenset({"club", "team", "company", "firm"}),
    out_of_prepositions=frozenset({"from"}),
)

AGREEMENT = AgreementWords(
    document_nouns=frozenset({
        "agreement", "memorandum", "treaty", "roadmap", "declaration", "protocol",
        "contract", "charter", "convention", "pact", "mou",
        # "signed a $470 million deal", "inked a deal": wire English for a contract
        "deal",
        "accord",  # "The accord was signed"
    }),
    compound_kinds=MappingProxyType({
        ("road", "map"): "road map",
        # "signed a two-year contract extension": the extension is the contract renewed
        ("contract", "extension"): "contract extension",
        ("contract", "renewal"): "contract renewal",
    }),
    sign_verbs=frozenset({
        "sign", "conclude", "adopt", "approve", "ratify", "initial", "ink", "reach", "extend",
        "signing", "ratification",
        "accede",  # "acceded to the Treaty": a state joins a document by signing it
    }),
    earlier_words=frozenset({"previous", "former", "old", "existing", "first", "earlier"}),
    subject_prepositions=frozenset({"on", "about", "for", "in"}),
    place_prepositions=frozenset({"in"}),
    party_prepositions=frozenset({"with", "between"}),
    kind_complements=frozenset({"understanding", "cooperation", "intent"}),
    verb_subject_relations=frozenset({"obl"}),
    force_verbs=frozenset({"enter", "come"}),  # "entered into force"
    force_nouns=frozenset({"force", "effect"}),
    term_nouns=frozenset({"term", "period"}),
    term_units=frozenset({"year", "month", "week", "day"}),
    reference_nouns=frozenset({"document"}),
    # "signed a joint statement": a jointly made paper, signed, is a document
    joint_words=frozenset({"joint", "bilateral", "multilateral", "trilateral", "intergovernmental"}),
    signature_verbs=frozenset({"sign", "signing", "initial", "ink"}),
    attachment_prepositions=frozenset({"to"}),  # "the protocol to the agreement"
    agreeing_verbs=frozenset({"agree"}),
    # "contract talks", "negotiation on the Agreement", "the draft agreement": talks on a
    # document or a draft of it plan it
    talks_nouns=frozenset({
        "talk", "talks", "negotiation", "negotiations", "bargaining", "discussion", "draft",
        "proposal",
    }),
    talks_verbs=frozenset({"negotiate", "discuss", "renegotiate"}),
    new_words=frozenset({"new"}),
    approval_nouns=frozenset({"ratification", "approval", "endorsement"}),
    purpose_prepositions=frozenset({"for"}),  # "submitted for ratification"
    needing_verbs=frozenset({"need", "require", "await"}),  # "now needs the approval of …"
    draft_words=frozenset({"draft", "proposed", "tentative"}),
    approaching_words=frozenset({"close"}),  # "close to signing a contract"
    modal_verbs=frozenset({"may", "might", "can", "could"}),  # "may be signed today"
    ordering_words=frozenset({
        "order", "instruct", "authorize", "authorise", "approve", "decide", "decision",
        "hope", "intend", "plan", "want", "seek", "interested",
        "hop",  # the tagger lemmatises "hopes" so
    }),
    arranging_words=frozenset({"agree"}),
    extending_words=frozenset({"extend", "extension", "renew", "renewal"}),
    # "The MoU is aimed at …", "the pact includes …": a document stating its terms
    terms_verbs=frozenset({"include", "provide", "stipulate", "envisage", "aim", "cover"}),
    # wire reports capitalise the noun; a capitalised plural keeps its written form
    document_forms=MappingProxyType({"memoranda": "memorandum", "mous": "mou"}),
)

DEAL = DealWords(
    time_prepositions=frozenset({"after", "before"}),
    kinds=MappingProxyType({
        "купля/продажа": frozenset({
            "buy", "purchase", "sell", "sale", "acquire", "acquisition", "takeover", "merger",
            "merge", "deal",
        }),
        "займ/возвращение займа": frozenset({"loan", "lend", "credit", "borrow", "refinance"}),
        "наложение/выплата штрафа": frozenset({"fine", "penalty", "penalise", "penalize"}),
        "контракт": frozenset({"contract", "tender"}),
        "поставка": frozenset({"supply", "deliver", "delivery", "export", "import"}),
        "услуги": frozenset({"service", "outsourcing", "consulting"}),
        "инвестиции": frozenset({"invest", "investment", "finance", "funding", "fund"}),
    }),
    place_prepositions=frozenset({"in"}),
    letter_variants=MappingProxyType({}),
    currency_nouns=frozenset({
        "dollar", "euro", "rouble", "ruble", "pound", "yuan", "yen", "franc", "krona", "tenge",
        "sum", "som",
    }),
    carrier_nouns=frozenset({"agreement", "contract", "deal", "memorandum"}),
    stance_prepositions=frozenset({"against"}),
    unreal_words=frozenset({
        "may", "might", "could", "refuse", "deny", "consider", "discuss", "talk", "rumour",
        "rumor", "possible", "potential", "plan", "intend", "want",
    }),
    quotes=MappingProxyType({"“": "”"}),
    brackets=MappingProxyType({"(": ")"}),
    condition_marks=frozenset({"if", "unless"}),
    hearsay_marks=frozenset({"as"}),
    split_kinds=frozenset({"наложение/выплата штрафа", "купля/продажа", "поставка"}),
    # deal43: "between X and Y" are counterparts; "X and Y fell under EU sanctions"
    counterpart_prepositions=frozenset({"between"}),
    falling_verbs=frozenset({"fall", "come"}),
)

# Facilities by the category a reader of regional news would list them under, written out
# from general knowledge (see ru.py): words that mostly mean something else ("pool",
# "court", "club", "market", "square", "home", "lock") stay out.
_HEALTH_FACILITIES = frozenset({
    "hospital", "clinic", "hospice", "infirmary", "sanatorium", "pharmacy", "dispensary",
})
_EDUCATION_FACILITIES = frozenset({
    "school", "kindergarten", "nursery", "college", "university", "academy", "institute",
    "campus", "laboratory", "lab", "library", "dormitory",
})
_CULTURE_SPORT_FACILITIES = frozenset({
    "museum", "theatre", "theater", "cinema", "gallery", "zoo", "aquarium", "planetarium",
    "stadium", "arena", "rink", "gym", "racecourse",
})
_RELIGIOUS_BUILDINGS = frozenset({
    "church", "cathedral", "chapel", "mosque", "synagogue", "temple", "monastery",
})
_HOUSING_SOCIAL_CARE = frozenset({"orphanage", "hostel"})  # not "shelter": also asylum
_TRANSPORT_FACILITIES = frozenset({
    "road", "highway", "motorway", "bridge", "tunnel", "overpass", "interchange", "bypass",
    "railway", "railroad", "metro", "subway", "tramway", "station", "depot", "terminal",
    "airport", "airfield", "runway", "port", "harbour", "harbor", "pier", "wharf", "jetty",
    "lighthouse", "shipyard", "spaceport", "cosmodrome", "line", "flyover", "expressway",
    "corridor",
})
_UTILITY_ENERGY_FACILITIES = frozenset({
    "plant", "substation", "pipeline", "dam", "reservoir", "refinery",
})
_INDUSTRY_AGRICULTURE_FACILITIES = frozenset({
    "mine", "quarry", "smelter", "factory", "mill", "warehouse", "greenhouse", "farm",
    "workshop", "technopark", "cluster", "complex", "hub",
})  # not "production": in English mostly goods made ("start production of the model")
_TRADE_FOOD_FACILITIES = frozenset({
    "store", "shop", "supermarket", "mall", "cafe", "restaurant", "bakery", "brewery",
    "winery", "hotel", "motel",
})
_PUBLIC_SERVICE_BUILDINGS = frozenset({
    "embassy", "consulate", "courthouse", "prison", "cemetery", "crematorium", "office",
    "branch", "centre", "center", "facility",
})
_COMMUNICATION_FACILITIES = frozenset({"tower", "datacentre", "datacenter"})
_PARKS_PUBLIC_SPACE = frozenset({"park", "playground", "memorial", "monument", "statue"})
_MILITARY_FACILITIES = frozenset({"barracks", "hangar"})  # "base": qualified below
_FACILITY_NOUNS = (
    _HEALTH_FACILITIES | _EDUCATION_FACILITIES | _CULTURE_SPORT_FACILITIES
    | _RELIGIOUS_BUILDINGS | _HOUSING_SOCIAL_CARE | _TRANSPORT_FACILITIES
    | _UTILITY_ENERGY_FACILITIES | _INDUSTRY_AGRICULTURE_FACILITIES | _TRADE_FOOD_FACILITIES
    | _PUBLIC_SERVICE_BUILDINGS | _COMMUNICATION_FACILITIES | _PARKS_PUBLIC_SPACE
    | _MILITARY_FACILITIES
)

INITIATIVE = InitiativeWords(
    project_nouns=frozenset({
        *_FACILITY_NOUNS,
        "cooperation", "credit", "programme", "program", "fund", "project", "initiative",
        "reconstruction", "modernisation", "modernization", "venture", "study",
        "location",  # "will open its first U.S. location": a site of business
    }),
    launch_words=frozenset({
        "open", "opening", "launch", "create", "creation", "build", "construction", "establish",
        "establishment", "found", "set", "start", "expand", "expansion", "provide", "deploy",
        "develop", "allocate",
        "construct", "invest", "finance", "fund", "modernise", "modernize", "upgrade",
        "reconstruction", "modernisation", "modernization", "commission", "unveil",
        "inaugurate", "break",
        # "laid the foundation stone for a plant", "the groundbreaking of the terminal": the
        # stone's noun launches what follows it
        "foundation", "stone", "cornerstone", "groundbreaking", "lay",
    }),
    # "the foundation stone of the bridge was laid", "construction began in May": a
    # launching noun may be the subject of these and still report the launch
    happening_verbs=frozenset({"lay", "begin", "start", "take", "continue", "resume"}),
    cooperation_nouns=frozenset({"cooperation"}),
    # "expand cooperation": one under way grows, none is launched
    cooperation_launchers=frozenset({"start", "launch"}),
    plain_modifiers=frozenset({"new", "first", "its", "their", "this", "a", "an", "the"}),
    contrast_conjunctions=frozenset({"but", "while", "whereas"}),
    place_prepositions=frozenset({"in", "at"}),  # "consulates at Chengdu and Chennai"
    quotes=frozenset({"“", '"', "‘"}),
    runner_types=frozenset({"ORG", "LOCORG"}),  # "the United Kingdom would provide …"
    launcher_reach=3,  # "provide £450m in export credit": the verb is above the amount
    controlled_relations=frozenset({"xcomp"}),  # "Siemens plans to open …"
    closing_quotes=frozenset({"”", '"', "’"}),
    generic_project_nouns=frozenset({"project", "initiative"}),
    topic_prepositions=frozenset({"for"}),
    demand_verbs=frozenset({"demand", "urge", "call", "ask"}),
    demand_nouns=frozenset({"request", "demand", "call", "appeal"}),
    achieving_verbs=frozenset({"manage", "succeed"}),
    sphere_nouns=frozenset({"field", "area", "sphere"}),
    background_prepositions=frozenset({"before", "after", "during"}),
    intention_verbs=frozenset({
        "decide", "agree", "propose", "schedule", "expect", "commit", "pledge", "intend",
        "plan", "aim",
    }),
    runner_nouns=frozenset({
        "company", "venture", "firm", "group", "fund", "bank", "corporation", "operator",
        "developer", "investor", "maker", "producer",
    }),
    document_complements=frozenset({"law", "bill", "resolution", "decree", "budget"}),
    framing_subordinators=frozenset({"if", "until", "unless", "once"}),
    project_pronouns=frozenset({"it"}),
    restating_determiners=frozenset({"this", "that"}),
    other_modifiers=frozenset({"second", "third", "another", "other", "further", "additional"}),
    weighing_prepositions=frozenset({"in", "into", "for", "on"}),
    whole_prepositions=frozenset({"for", "of"}),
    work_stage_nouns=frozenset({"foundation", "groundwork", "pit", "frame", "roof"}),
    inclusion_markers=frozenset({"include", "including", "of which", "among which"}),
    class_hypernyms=frozenset({"facility", "institution", "building", "venue"}),
    wide_place_nouns=frozenset({"region", "oblast", "province", "county"}),
    moving_verbs=frozenset({"move", "relocate"}),
    carrying_verbs=frozenset({"move", "relocate", "transfer"}),
    moving_nouns=frozenset({"relocation", "move", "transfer"}),
    seat_nouns=frozenset({
        "headquarters", "office", "seat", "production", "residence", "capital", "branch",
    }),
    institution_nouns=frozenset({
        "court", "ministry", "government", "company", "bank", "university", "embassy",
        "federation", "agency", "firm", "group", "museum", "theatre", "parliament",
    }),
    destination_nouns=frozenset({
        "building", "premises", "city", "capital", "campus", "country", "region", "suburb",
    }),
    destination_prepositions=frozenset({"to", "into"}),
    origin_prepositions=frozenset({"from"}),
    relocation_kind="relocation",
    # Precision on wire and press-release text (docs/notes/english-initiatives.md): a launch
    # talked over, offered, hedged, made possible or told of a class is no project.
    talk_verbs=frozenset({"discuss", "debate", "consider", "weigh", "mull", "comment"}),
    talk_nouns=frozenset({
        "talks", "negotiation", "discussion", "question", "issue", "idea", "possibility",
        "rumour", "rumor", "proposal", "prospect",
    }),
    # "has experience in railway construction": a field someone knows, no project
    topic_nouns=frozenset({"problem", "topic", "complaint", "agenda", "experience", "expertise"}),
    readiness_words=frozenset({"ready", "willing", "prepared"}),
    hedge_modifiers=frozenset({"possible", "potential", "hypothetical"}),
    existing_modifiers=frozenset({"existing", "current"}),
    enabling_verbs=frozenset({"allow", "enable", "pave"}),
    class_determiners=frozenset({"such", "similar", "any", "every"}),
    # "begin building vehicles at its Montgomery plant": the plant only places the work
    landmark_prepositions=frozenset({"near", "opposite", "beside", "at", "between"}),
    # Troop movements (`troop_movements.py`): a verb moving troops with the troops as its
    # object ("will withdraw its troops", "deployed two brigades"), or troops moving
    # themselves somewhere ("the troops pulled out of the town"); the kind reads "withdrawal
    # of troops". English puts the troops after "of", which the moving nouns' reading (a
    # bare genitive) does not take: "the withdrawal of troops" alone gives no claim.
    troop_moving_verbs=MappingProxyType({
        **dict.fromkeys(("withdraw", "pull"), "withdrawal of"),
        **dict.fromkeys(("deploy",), "deployment of"),
        **dict.fromkeys(("redeploy", "reposition"), "redeployment of"),
        **dict.fromkeys(("send", "dispatch"), "dispatch of"),
        **dict.fromkeys(("recall",), "recall of"),
    }),
    troop_going_verbs=MappingProxyType({
        **dict.fromkeys(("withdraw", "pull", "retreat"), "withdrawal of"),
        **dict.fromkeys(("return",), "return of"),
        **dict.fromkeys(("redeploy",), "redeployment of"),
    }),
    troop_way_prepositions=frozenset({"to", "into", "from", "of", "out", "out of"}),
    troop_nouns=frozenset({
        "troop", "troops", "soldier", "contingent", "battalion", "brigade", "regiment",
        "platoon", "peacekeeper", "paratrooper", "marine", "army",
    }),
    qualified_troop_nouns=MappingProxyType({
        "force": frozenset({
            "armed", "military", "peacekeeping", "ground", "special", "airborne", "naval",
        }),
        "unit": frozenset({"military", "combat", "army"}),
        "personnel": frozenset({"military"}),
    }),
    troop_stationing_verbs=frozenset({"station", "deploy", "base"}),
    order_words=frozenset({"order", "instruct", "direct", "command"}),
    # nouns that name a project only with a modifier of its kind ("a military base",
    # "an industrial city", "a special economic zone"; "based on", "the city" are none)
    qualified_project_nouns=MappingProxyType({
        "base": frozenset({"military", "naval", "logistics"}),
        "city": frozenset({"industrial", "economic", "smart"}),
        "zone": frozenset({"economic", "industrial", "free", "special"}),
        "estate": frozenset({"industrial", "economic"}),
    }),
    # "the campus is to open", "the hospital is due to open", "it is set to open": a project
    # due to be launched is planned
    scheduled_modals=frozenset({"be", "due", "set", "scheduled", "slated"}),
    # a study is launched only when conducted or commissioned ("a study found" is a source)
    noun_launchers=MappingProxyType({
        "study": frozenset({"conduct", "commission", "undertake"}),
    }),
)

# --- round 41 (initiative41): one project told again in a report ---
# a past plan of a "new" thing after a launch may be of another one
INITIATIVE = replace(INITIATIVE, new_project_modifiers=frozenset({"new"}))
# --- end round 41 ---

# english-initiatives2: launches told through their work, marker or ceremony
# (docs/notes/english-initiatives2.md)
INITIATIVE = replace(
    INITIATIVE,
    # "laid the foundation stone for a hospital", "broke ground on a warehouse"
    launch_marking_objects=frozenset({"stone", "cornerstone", "ground"}),
    # "Construction has begun on a wind farm", "finished construction on the farm"
    work_on_prepositions=frozenset({"on"}),
    # "the opening ceremony of the embassy", "a ribbon-cutting ceremony for the library"
    ceremony_nouns=frozenset({"ceremony"}),
    ceremony_opening_words=frozenset({"inauguration", "ribbon", "cut", "cutting", "dedication"}),
    ceremony_prepositions=frozenset({"of", "for"}),
    # "gathered to celebrate the opening of the centre": an opening that took place
    celebrating_verbs=frozenset({"celebrate"}),
    # "The Riverside Public Library was inaugurated", "the Embassy of Palestine"
    named_project_heads=_FACILITY_NOUNS,
)
# --- end english-initiatives2 ---

OWNERSHIP = OwnershipWords(
    owner_verbs=frozenset({"own", "control", "acquire", "buy"}),
    founding_verbs=frozenset({"found", "establish"}),
    owned_verbs=frozenset({"belong"}),
    owner_nouns=frozenset({"owner", "co-owner", "shareholder", "founder", "co-founder"}),
    subsidiary_nouns=frozenset({"subsidiary", "unit", "division", "affiliate", "arm"}),
    subsidiary_adjectives=frozenset(),
    member_verbs=frozenset({"join"}),
    group_verbs=frozenset({"comprise", "include", "unite"}),  # "the group comprises A, B"
    group_nouns=frozenset({
        "holding", "group", "conglomerate", "corporation", "alliance", "portfolio",
    }),
    company_nouns=frozenset({"holding", "company", "group", "corporation", "bank"}),
    stake_nouns=frozenset({"stake", "share", "shares", "shareholding", "control"}),
    stake_prepositions=frozenset({"in", "over"}),  # "a stake in X", "control over X"
    passive_subjects=frozenset({"nsubj:pass"}),
    subsidiary_relations=frozenset({"appos", "compound"}),
    stake_verbs=frozenset({
        "hold", "buy", "acquire", "own", "have", "take", "purchase", "gain", "win",
    }),
    source_prepositions=frozenset({"from"}),
)

# agreement22: verbs of closing a document sign it, as "sign" and "conclude" do: wire
# reports write "clinched a new supply deal", "sealed a deal with X", "the pact was
# finalised", "finalizing a contract" (a task to finalise it stays planned by its own words).
AGREEMENT = replace(
    AGREEMENT,
    sign_verbs=AGREEMENT.sign_verbs | {"clinch", "seal", "finalise", "finalize"},
    # "set the task of finalizing a contract": a task set orders the signing, not yet done
    ordering_words=AGREEMENT.ordering_words | {"task"},
)

# agreement23: a "document" counted, held by a package noun or described by words of its
# own ("signed four bilateral documents", "a package of documents", "a document on
# partnership") is a paper of its own, not the one told before.
AGREEMENT = replace(
    AGREEMENT,
    package_nouns=frozenset({"package", "set", "series"}),
    restating_words=frozenset({"said", "same", "above", "aforementioned", "signed"}),
    another_words=frozenset({"another", "such"}),
    describing_prepositions=frozenset({"on", "about"}),
)

# agreement24: "The signing of the agreement is expected in May", "signing is scheduled for
# …": a signing noun that is the subject of a word of planning or expecting is still ahead.
AGREEMENT = replace(
    AGREEMENT, ordering_words=AGREEMENT.ordering_words | {"expect", "schedule", "plan"}
)
