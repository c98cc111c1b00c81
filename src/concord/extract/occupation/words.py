"""What one language supplies to read posts: the lexicon interface (`OccupationWords`).

Every language-specific word the occupation readings test — the verbs that give a post,
the prepositions of candidacy, the nouns of a board, the prefixes of a former post — is a
field here, filled in by `extract/lexicons/<language>.py`; the readings themselves hold no
words of a language (one exception noted in `post_claim`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from concord.extract.positions import PostWords


def _unchanged(word: str) -> str:
    """A language whose board words need no case change ("board of directors")."""
    return word


@dataclass(frozen=True)
class OccupationWords:
    """How one language puts a post next to a name."""

    posts: PostWords
    role_verbs: frozenset[str]  # "X назначен послом", "X стал министром"
    post_prepositions: frozenset[str]  # may stand inside a post: "посол по особым поручениям"
    name_punctuation: frozenset[str]  # may stand between a post and a name: quotes, dashes
    # "глава правительства при Николя Саркози Франсуа Фийон": a person after this
    # preposition dates the post, the name after him holds it
    reign_prepositions: frozenset[str] = frozenset()
    # "кандидат в президенты": a plural post after this preposition is sought, not held
    candidacy_prepositions: frozenset[str] = frozenset()
    # "кандидатура на пост спикера - X", "претендует на должность мэра X": a post an office
    # noun after this preposition names, governed by a word of seeking, is sought, not held
    seeking_prepositions: frozenset[str] = frozenset()
    seeking_words: frozenset[str] = frozenset()
    # "в лице директора X": (preposition, noun) of a frame that says who acts for a body;
    # the noun is no post there
    representing_frames: frozenset[tuple[str, str]] = frozenset()
    # "избрали своим председателем X": a reflexive possessive in the post says it is held
    # at the organisation the verb's subject belongs to
    own_possessives: frozenset[str] = frozenset()
    work_verbs: frozenset[str] = frozenset()  # "X работает в Y": a place of work, no post
    work_prepositions: frozenset[str] = frozenset()  # "в", "на"
    relative_pronouns: frozenset[str] = frozenset()  # "X, который работает в Y"
    head_verbs: frozenset[str] = frozenset()  # "X возглавляет Y": Y is the direct object
    # "X является председателем Y": a role verb whose post is its own predicate only, not a
    # post further down ("является сыном директора" is no post of X's)
    predicate_verbs: frozenset[str] = frozenset()
    # "мэр города", "глава района": a bare territory noun in a post stands for the place of
    # its kind named before; the city nouns among them name a place of no such kind
    territory_nouns: frozenset[str] = frozenset()
    city_nouns: frozenset[str] = frozenset()
    regional_posts: frozenset[str] = frozenset()  # "губернатор": held in a region
    city_posts: frozenset[str] = frozenset()  # "мэр": held in a city
    region_nouns: frozenset[str] = frozenset()  # "область": the noun a region's name holds
    # "министр финансов региона": a noun for a region of any kind, whichever one was named
    any_region_nouns: frozenset[str] = frozenset()
    # "глава ведомства": a noun for a body of any kind, the one organisation named just before
    any_organisation_nouns: frozenset[str] = frozenset()
    # "директор школы", "глава администрации района": common nouns for a body that name no
    # one body; with the organisation kin nouns, territory and board words they are no place
    generic_body_nouns: frozenset[str] = frozenset()
    # "правительство края", "администрация района": of those, the bodies that govern a
    # territory; with a bare territory noun they are held in the territory named before
    territory_body_nouns: frozenset[str] = frozenset()
    # "обязанности главы возложены на X": verbs laying a post's duties on the person after
    # the preposition; "X приступил к исполнению обязанностей главы": verbs of taking them
    # up; "исполнение обязанностей": the noun of performing duties that holds them
    duty_laying_verbs: frozenset[str] = frozenset()
    duty_laying_prepositions: frozenset[str] = frozenset()
    duty_taking_verbs: frozenset[str] = frozenset()
    duty_performance_nouns: frozenset[str] = frozenset()
    # "управление МВД по Самарской области": the territory a branch serves is in its name
    territory_prepositions: frozenset[str] = frozenset()
    # Relations naming the post's holder of office in front of it: "Germany's ambassador".
    possessor_relations: frozenset[str] = frozenset()
    # A body inside an organisation ("правление", "совет директоров", "пресс-служба"):
    # named between a post and the organisation, it stays in the post.
    governing_bodies: frozenset[str] = frozenset()
    # Posts only a state has ("президент", "глава государства": lemma pairs, the second
    # empty for one word): said with no country, they are the document's main state's.
    state_head_posts: frozenset[tuple[str, str]] = frozenset()
    # Of those, posts a state has many of ("министр"): placed only in a state the document
    # names more than once, since one mention is as often a destination ("послом в Японии")
    # or a partner ("дружбы с Казахстаном") as the state the report is about.
    state_cabinet_posts: frozenset[tuple[str, str]] = frozenset()
    # "Указом президента X назначен …": a post in the genitive after a document's noun is
    # the issuer's; a name not in the post's case is someone else, the one the decree names.
    issuing_nouns: frozenset[str] = frozenset()
    # "экс-губернатор": the post is the one held ("губернатор"), as "бывший" is left out
    former_prefixes: tuple[str, ...] = ()
    # "X избран в совет директоров Y", "X входит в состав правления Y": membership of a
    # board is the post "член совета директоров" at Y.
    membership_verbs: frozenset[str] = frozenset()
    membership_nouns: frozenset[str] = frozenset()  # "в состав правления"
    membership_prepositions: frozenset[str] = frozenset()
    member_word: str = ""
    genitive: Callable[[str], str] = _unchanged
    # Third-person pronouns that, before a post, say whose it is ("его вице-президент").
    possessive_pronouns: frozenset[str] = frozenset()
    # Verbs whose object is the one appointed: "назначил нового министра" is no post of the
    # subject's.
    appointing_verbs: frozenset[str] = frozenset()
    # "назначил нового министра. Им стал X": the word that marks, in the sentence before, the
    # post a pronoun predicate ("им", "ею") stands for.
    newcomer_words: frozenset[str] = frozenset()
    # "X, который был мэром Y": verbs that link a relative clause's subject to a post
    copulas: frozenset[str] = frozenset()
    now_words: frozenset[str] = frozenset()  # "X, бывший A, ныне B": B is held now
    # "первый бразильский космонавт": a country adjective on a calling is a nationality,
    # not a place of work (on a state's post it is: "французский премьер")
    nationality_posts: frozenset[str] = frozenset()
    # "his Japanese counterpart Y": Y holds the post of the one named before, of Japan
    counterpart_nouns: frozenset[str] = frozenset()
    former_words: frozenset[str] = frozenset()  # "бывший директор": no longer held
    # "прежний руководитель": the one before, or the same one as before ("интересы X
    # представляет прежний адвокат"): no longer held unless the post acts in the present
    previous_words: frozenset[str] = frozenset()
    # "X, ранее возглавлявший Y", "formerly CEO": adverbs of the past on a post or its verb
    former_adverbs: frozenset[str] = frozenset()
    # "X, в прошлом мэр": (preposition, noun) frames of the past on a post
    former_frames: frozenset[tuple[str, str]] = frozenset()
    # "до 2012 года возглавлял Y", "до недавнего времени руководивший Y": a time up to which
    # an imperfective past verb held
    until_prepositions: frozenset[str] = frozenset()
    until_nouns: frozenset[str] = frozenset()
    # "американец", "британка", "россиянин": (noun ending, adjective ending) pairs that turn
    # a noun for a people into the adjective of its place ("американ-ец" -> "американ-ский");
    # a calling read by its form alone that turns into a place's adjective is a nationality
    demonym_endings: tuple[tuple[str, str], ...] = ()
    # "X проработал на посту тренера", "X останется в должности президента": a noun for an
    # office with its preposition, in the locative (held; "выдвинулся на пост" is sought)
    office_nouns: frozenset[str] = frozenset()
    office_prepositions: frozenset[str] = frozenset()
    # "X, который ранее занимал пост главы Y", "находившийся в должности юриста": a verb
    # that holds an office noun, and the office nouns besides "пост" that only a career
    # names this way ("занимавший позицию директора")
    office_holding_verbs: frozenset[str] = frozenset()
    held_office_nouns: frozenset[str] = frozenset()
    # "X покинул пост министра", "ушёл с поста редактора": a verb of leaving an office, with
    # the office as its object or after its preposition (the post was held until then)
    # "X перешёл на должность редактора", "переведён на пост прокурора района": a verb of
    # moving to an office in the accusative after its preposition (the post is the new one)
    moving_verbs: frozenset[str] = frozenset()
    moving_prepositions: frozenset[str] = frozenset()
    leaving_verbs: frozenset[str] = frozenset()
    leaving_prepositions: frozenset[str] = frozenset()
    # "сложил полномочия председателя": what a verb of leaving gives up besides an office noun
    leaving_office_nouns: frozenset[str] = frozenset()
    # "после ухода X с поста главы Y", "отставка X с поста губернатора": a noun of leaving
    # with the person in its genitive and the office after a leaving preposition
    leaving_nouns: frozenset[str] = frozenset()
    # "после ухода X на пост министра", "назначение X на должность директора": a noun of
    # moving with the person in its genitive and the office after an entering preposition
    # (the post is held from then on)
    entering_nouns: frozenset[str] = frozenset()
    # "приказ о назначении X ректором", "избрание X председателем": a noun of appointing with
    # the person in its genitive and the post in the instrumental beside it
    appointing_nouns: frozenset[str] = frozenset()
    entering_prepositions: frozenset[str] = frozenset()
    # "X уволился", "X resigned", "stepped down": a verb (with its particle) whose subject's
    # post ends with no office named
    resigning_verbs: frozenset[str] = frozenset()
    # "уволило тренера X", "X was dismissed": a verb whose object's post ends with no office
    # named (the `dismissing_verbs` end it only with a frame: "освободил от должности")
    firing_verbs: frozenset[str] = frozenset()
    # "в отставку", "с поста", "от должности", "from the post": (preposition, noun) frames
    # by which a verb of leaving or dismissing ends a post
    ending_frames: frozenset[tuple[str, str]] = frozenset()
    # "Y сменил X на посту директора", "X was replaced as coach": the object's post ends, the
    # subject holds it now
    replacing_verbs: frozenset[str] = frozenset()
    # "resigned as chief executive": the preposition a post follows on a verb of leaving
    role_prepositions: frozenset[str] = frozenset()
    # "отставка", "увольнение", "resignation", "dismissal": a noun that ends its holder's
    # post with no office named ("приняли отставку мэра X", "after X's dismissal")
    ending_nouns: frozenset[str] = frozenset()
    # "уход", "прекращение", "departure": a noun that ends a post only with the office it
    # leaves ("уход с поста директора", "прекращение полномочий главы района X")
    office_ending_nouns: frozenset[str] = frozenset()
    # "приняли отставку мэра X", "The council accepted the resignation of X": verbs by which
    # an end told by a noun has happened; the prepositions they take it with ("" for an
    # object; "за" in "проголосовали за отставку", so "против" stays silent)
    accepting_verbs: frozenset[str] = frozenset()
    accepting_prepositions: frozenset[str] = frozenset()
    # "после отставки мэра X", "after X's resignation": a time after the end, so it happened
    after_prepositions: frozenset[str] = frozenset()
    # "X подал в отставку", "X tendered his resignation": the subject gives up their own post
    tendering_verbs: frozenset[str] = frozenset()
    # "возможная отставка", "rumoured departure": an end only spoken of, the post still held
    unsure_words: frozenset[str] = frozenset()
    # "клуб покинул главный тренер X": an organisation left, named by a common noun; the
    # posts held there end (an organisation named by its own name ends the posts held at it)
    left_organisation_nouns: frozenset[str] = frozenset()
    # "ушёл из клуба", "left from": the preposition of the organisation a verb of leaving
    # leaves
    out_of_prepositions: frozenset[str] = frozenset()
    # "Возглавить концерн может X": a post one may take is a candidacy, not held
    possibility_verbs: frozenset[str] = frozenset()
    # "Председателем совета директоров избран X" after a report on a company: the words of a
    # company's board ("совет директоров", "наблюдательный совет") with no owner named, and
    # the nouns a report introduces the board's owner by ("компания", "банк", …)
    board_words: frozenset[str] = frozenset()
    board_owner_nouns: tuple[str, ...] = ()
    # "заявил председатель правления X" in a report on one company: the words (dictionary
    # forms, all of one entry present) that make a post one of an organisation's governing
    # board, held at the organisation the report speaks of when the post names none
    governing_board_phrases: tuple[frozenset[str], ...] = ()
    # "глава МИД X", "главы Минфина X": a ministry named by its short name (lowercase, whole
    # mention) after a head's word is where the post is held, as the benchmark annotates
    # ("глава" at "японский МИД"), when no country inside it says whose ministry it is
    ministry_short_name: re.Pattern[str] | None = None
    # "Совет директоров «Y» освободил от должности директора X": verbs by which a body
    # removes its own officer (the post is held there)
    dismissing_verbs: frozenset[str] = frozenset()
    # "депутат думы от КПРФ": the party one is elected from, not the place of work
    party_prepositions: frozenset[str] = frozenset()
    # "заслуженный артист", "народный художник": a title the state gives, no post (lemma
    # pairs of modifier and calling, the calling empty for any; "народный депутат" is one)
    honorary_titles: frozenset[tuple[str, str]] = frozenset()
    # "Гришин — прекрасный актёр": a calling praised or blamed is said of the person's
    # skill, not of a post held
    judging_adjectives: frozenset[str] = frozenset()
    # "кандидат философских наук": (calling, the genitive noun after it) pairs that make an
    # academic degree, held by no post anywhere
    academic_degrees: frozenset[tuple[str, str]] = frozenset()
    # The dictionary grammemes of a plural nominative ("Президенты России X и Y": a first
    # word the tagger misread as a genitive singular is still the listed names' post)
    plural_nominative_grammemes: frozenset[str] = frozenset()
    # the words an acting post is said with when a verb tells it ("исполнял обязанности
    # директора" is "исполняющий обязанности директора")
    acting_title: str = ""
    # "акционерного общества", "открытого акционерного общества": adjectives that name a
    # legal form, not describe the organisation, so the noun still refers back ("ОАО «X»")
    legal_form_adjectives: frozenset[str] = frozenset()
    # "главный тренер X", "ректор Y" with no organisation named: the kind of organisation
    # the post is held at (post lemma -> nouns of that kind); the post takes the one
    # organisation the report introduced as that kind, if there is exactly one
    post_organisation_kinds: Mapping[str, tuple[str, ...]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    # occupation49: a post said in two words whose one-word form is a key of
    # `post_organisation_kinds` ("главный врач" is "главврач"): (modifier, head) -> key
    post_kind_phrases: Mapping[tuple[str, str], str] = field(
        default_factory=lambda: MappingProxyType({})
    )
    # "Сборная … Вратарь X", "Игорь Петров (второй тренер)": a team's posts said with no
    # place are held at the national team the report named, which has no name of its own
    # for the name finder to find ("сборная", "сборная России")
    team_posts: frozenset[str] = frozenset()
    national_team_nouns: frozenset[str] = frozenset()
    team_nouns: frozenset[str] = frozenset()  # "сборной команды": the noun it describes
    # "партия, возглавляемая X": the passive participle of a head verb says its agent
    # heads the organisation the participle describes
    agent_relations: frozenset[str] = frozenset()
    # "владелец 75% доли": a number with a percent word in a post's phrase is a stake held
    percent_words: frozenset[str] = frozenset()
    # "Команду возглавил X": a team is headed by a coach or a captain alike, so a bare one
    # headed says no place of work (a bare "вуз", "комбинат" does)
    unplaced_headed_nouns: frozenset[str] = frozenset()
    # "Его заместителем стал X": a deputy's post said with a possessive pronoun is held
    # where the person the pronoun stands for holds a post
    deputy_posts: frozenset[str] = frozenset()
    # "первый вице-губернатор, министр сельского хозяйства области X": how a deputy's title
    # begins ("вице-", "зам"); listed before another post of the same person with no
    # place of its own, it is held where that next post is
    deputy_title_starts: tuple[str, ...] = ()
    # occupation50: a territory chief's post as a deputy's word or the post hung on a
    # deputy's noun tells it ("вице-губернатор" -> губернатор, "заместитель главы" -> глава);
    # said with no place, the deputy's post is held where the chief's is
    chief_of_deputy: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    duty_prepositions: frozenset[str] = frozenset()  # "вице-мэр по социальной политике"
    # "пресс-секретарь Путина Дмитрий Песков": a post held in a person's service; a name in
    # the genitive between it and another name is the person served, the name after the holder
    serving_posts: frozenset[str] = frozenset()
    # "начальник ГУВД области, генерал-майор X": a rank stands after the post and before
    # the name, so in a list of such items a post belongs to the name that closes its item
    rank_words: frozenset[str] = frozenset()
    # occupation41: "X начинает исполнять обязанности директора", "продолжает работать
    # тренером": a verb of beginning or going on whose infinitive tells the post; the
    # person is the subject of both
    phase_verbs: frozenset[str] = frozenset()
    # occupation47: "стал директором вместо X": a preposition that marks the one replaced,
    # whose name is neither the post's holder nor part of the post's phrase
    replacing_prepositions: frozenset[str] = frozenset()
    # occupation47: "X написал заявление об отставке": a paper handed in for one's own end,
    # and the verbs of handing it in; the end the paper asks for is the holder's own
    tendering_papers: frozenset[str] = frozenset()
    tendering_paper_verbs: frozenset[str] = frozenset()
    # occupation48: "ярославский губернатор", "новосибирский мэр": a relative adjective
    # made from a city's name, before a region's or a city's post, says where it is held.
    # The suffixes and the endings that turn the adjective's stem back into the city's
    # name ("ярослав-ский" -> "ярослав-ль"), the adjectives whose region is a krai, not an
    # oblast, and the adjectives no stem rule traces (federal cities, "нижегородский").
    place_adjective_suffixes: tuple[str, ...] = ()
    place_name_endings: tuple[str, ...] = ()
    place_stem_alternations: tuple[tuple[str, str], ...] = ()  # ("ж", "г"): "калуж-" → "калуг-"
    region_kind_noun: str = ""  # "область": the noun of the common kind of region
    krai_adjectives: frozenset[str] = frozenset()
    krai_noun: str = ""  # "край"
    irregular_place_adjectives: tuple[tuple[str, str], ...] = ()
    federal_cities: frozenset[str] = frozenset()  # a region and a city at once
    broad_place_adjectives: frozenset[str] = frozenset()  # "уральский": no one region
    # occupation48: words that may open a gapped stretch of a list ("…, а Y — министром")
    gapped_list_openers: frozenset[str] = frozenset()  # "а", "и"
    # occupation51: "Ранее этот пост занимал X": a determiner by which an office noun points
    # back to the post the report named before
    pointing_determiners: frozenset[str] = frozenset()
    # occupation53: "в пресс-службе Y сообщили, что назначена зампред банка X": the nouns for
    # who speaks for an organisation; its owner is the organisation a kind noun after stands for
    acting_voices: frozenset[str] = frozenset()
    # occupation54: "В Microsoft назначен … президентом компании": the kind nouns by which a
    # report may refer back to the one firm it is about without having named it so
    report_firm_nouns: frozenset[str] = frozenset()
    # occupation54: "мэр Y … заместитель главы X": chiefs' posts that name one head of a city
    chief_equivalents: Mapping[str, frozenset[str]] = field(default_factory=lambda: MappingProxyType({}))
    # occupation55: "вице-президент «Y» по производству … вице-президент по инжинирингу X": the
    # post words held at a principal's side ("заместитель", "советник") or for a state
    # ("посол"), whose place is not the one another holder of the word was said with
    same_post_relational: frozenset[str] = frozenset()
