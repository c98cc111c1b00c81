"""How one language attributes speech: `StatementWords`, the verbs, nouns, joining words
and paragraph shapes the statement readers look for. Every word or pattern that varies by
language is a field here, filled in by `extract/lexicons/ru.py` and `en.py`; the readers
in the other modules of this package hold no words of their own."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from concord.extract.sentence_view import SentenceWords


@dataclass(frozen=True)
class StatementWords:
    """How one language attributes speech: the verbs, the words joining reported speech
    to its verb and the shapes of quoted paragraphs."""

    sentence: SentenceWords  # reported speech is read from a sentence view
    speech_lemmas: frozenset[str]  # a verb of saying with a subject and a clause
    complementisers: frozenset[str]  # "что": the clause is what was said
    speech_forms: re.Pattern[str]  # the attribution says someone said it: "заявил"
    quoted_words: re.Pattern[str]  # or that these are someone's words: "слова"
    # Each finds a paragraph's `quote` and its `attribution`; once a paragraph is read
    # as a whole dash quote, the other shapes are not tried on it.
    dash_quote: re.Pattern[str]  # "— Quote, — said X."
    quote_then_attribution: re.Pattern[str]  # «Quote», — said X
    attribution_then_quote: re.Pattern[str]  # X said: «Quote»
    # «Quote, — said X, — rest of it»: the attribution inside the quotation marks.
    interrupted_quote: re.Pattern[str] | None = None
    # A reported clause may stand without a complementiser: "X said the talks would …".
    bare_clauses: bool = False
    # A subject naming a person already named ("он", "министр", "президент"): the speaker
    # is the person last named in the sentences before.
    referring_words: frozenset[str] = frozenset()
    # A post made from a listed one: "вице-губернатор", "экс-министр"; a woman's form
    # ("чиновница" from "чиновник"): (her ending, his ending) pairs.
    post_prefixes: tuple[str, ...] = ()
    feminine_posts: tuple[tuple[str, str], ...] = ()
    # A line of an interview set as dialogue ("— Вы ожидали?" / "— Честно говоря, да.").
    dialogue_line: re.Pattern[str] | None = None
    # "сообщил о …": what the statement is about, when no clause says what was said;
    # "об этом": the sentence before is what was said.
    topic_prepositions: frozenset[str] = frozenset()
    anaphoric_topics: frozenset[str] = frozenset()
    # "По словам X, …", "According to X, …", "…, пишет X": the sentence is X's; `source`
    # is where X is named (or a possessive pronoun referring back); a `quote` group, if
    # the pattern has one, is what X said, else the whole sentence.
    attributions: tuple[re.Pattern[str], ...] = ()
    # "…, сообщает «Лента.ру»": a relay, the speaker only where nobody else speaks.
    relay: re.Pattern[str] | None = None
    # Stated positions, verbs or short adjectives: "X уверены, что …", "В Y убеждены, что".
    stance_lemmas: frozenset[str] = frozenset()
    # "в X уверены": the prepositions of an oblique that names whose position it is.
    holder_prepositions: frozenset[str] = frozenset()
    # before a name that stands as a place, not a speaker ("слоты в Пулково")
    place_prepositions: frozenset[str] = frozenset()
    # A subject naming an organisation already named ("в компании уверены").
    organisation_words: frozenset[str] = frozenset()
    # "руководство завода заявило": a plant's noun stands only for a plant the text
    # introduced with a kin noun, never for whatever organisation it named last (an
    # outlet, a ministry); an unnamed plant is nobody
    introduced_only_nouns: frozenset[str] = frozenset()
    # "пресс-служба клуба", "сайт компании": nouns through which an organisation speaks
    organisation_voices: frozenset[str] = frozenset()
    # "в ведомстве", "в министерстве": a state body, never a company named before; it
    # stands for a name that reads as one (a word `authority_name` matches, or one of the
    # state bodies' abbreviations: "МЧС", "ФНС")
    authority_nouns: frozenset[str] = frozenset()
    authority_name: re.Pattern[str] | None = None
    authority_abbreviations: frozenset[str] = frozenset()
    # "В Минтрансе области сообщили": a body's short name the recogniser did not give
    body_short_name: re.Pattern[str] | None = None
    # "мэрия города X", "прокуратура X": a place's own institution speaks for the place
    place_institutions: frozenset[str] = frozenset()
    place_nouns: frozenset[str] = frozenset()
    # "пресс-служба судов города", "в областном департаменте информполитики": a state body
    # described by common nouns speaks when its chain of genitives ends in a place noun, or
    # a place adjective marks it, that stands for the one place of that kind the text named
    # (adjective lemma -> place noun; place noun -> the word a named place of it holds, "" for
    # a city or town, whose names hold none)
    place_bodies: frozenset[str] = frozenset()
    place_adjectives: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    place_kinds: Mapping[str, tuple[str, ...]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    # "X, сообщает Y со ссылкой на Z": Y relays Z, the speaker
    relayed_source: re.Pattern[str] | None = None
    # "Как отмечается в пресс-релизе, …": a document with no owner named, the speaker's
    # of the sentence before
    ownerless_document: re.Pattern[str] | None = None
    # A paragraph that is only a quote, its attribution opening the next one.
    whole_quote: re.Pattern[str] | None = None
    # A quote opened in one paragraph and closed in a later one, its attribution after
    # the closing mark: the (opening, closing) marks, and the attribution's shape there.
    split_quote_marks: tuple[str, str] | None = None
    # "«…», — приводит слова тренера сайт клуба", "— цитирует X издание": the words
    # after it name whose the quote is; the outlet only relays it.
    relayed_words: re.Pattern[str] | None = None
    split_quote_attribution: re.Pattern[str] | None = None
    # «Quote», — заявил X: the attribution after a quote opens with its verb; a clause
    # after a quote that does not ("«…», а глава МИД отметил, что …") is read as a sentence.
    verb_first_attribution: bool = False
    # "сделал заявление", "выступил с заявлением": a noun of saying after a light verb
    speech_nouns: frozenset[str] = frozenset()
    # "Так X прокомментировал …": a manner word pointing at the sentence before as what
    # was said
    anaphoric_manners: frozenset[str] = frozenset()
    # places that stand for the institution seated there ("В Кремле заявили")
    institution_places: frozenset[str] = frozenset()
    # "опроверг сообщения о …", "подтвердил данные": verbs whose noun object is what the
    # speaker stated about
    object_speech_lemmas: frozenset[str] = frozenset()
    # "отверг версию": verbs whose noun object is stated about only if it is a claim noun
    claim_object_lemmas: frozenset[str] = frozenset()
    claim_nouns: frozenset[str] = frozenset()
    # "X считает решение ошибочным": verbs whose object and its predicate are a judgement
    evaluation_lemmas: frozenset[str] = frozenset()
    speech_noun_verbs: frozenset[str] = frozenset()
    # "Такие данные привел X", "Информацию передал X": nouns of reported data a giving verb
    # takes; said of the sentence before when they point back (a "такой"/"этот" word) or
    # stand first, as given information does
    data_nouns: frozenset[str] = frozenset()
    data_verbs: frozenset[str] = frozenset()
    # "…, намекает X", "Как сообщал X, …": a speech verb set beside the clause it reports
    # (the parser's parataxis or adverbial clause), marked by this word when it comes first
    aside_marks: frozenset[str] = frozenset()
    # "считает источник в ОПЕК", "по данным собеседника в банке": a source nobody named
    # is no speaker, and the organisation it sits in did not speak
    unnamed_sources: frozenset[str] = frozenset()
    # "ведомство ожидает, что …", "банк рассчитывает, что …": verbs of expectation state a
    # forecast only with a "что" clause ("ожидает решения суда" says nothing)
    expectation_lemmas: frozenset[str] = frozenset()
    # "не исключил, что …", "не скрывает, что …": negated, and still a statement
    negated_speech_lemmas: frozenset[str] = frozenset()
    # "Иванов: …" opening a paragraph: an interview's speaker label
    speaker_label: re.Pattern[str] | None = None
    # a paragraph that is only «a quote», signed on the next line ("— Name, post")
    signature: re.Pattern[str] | None = None
    # what follows a speaker label on a line that is only a quote: "Name: «…»"
    labelled_quote: re.Pattern[str] | None = None
    # a label that is a post and a name ("Главный тренер «X» Name Surname: «…»"), the shape
    # of a sports paper's list of post-match words
    post_label: re.Pattern[str] | None = None
    # "Такое мнение высказал X", "Его позицию разделил Y": a verb taking a view the sentence
    # before stated, pointed at by "такой"/"этот" or a possessive
    view_verbs: frozenset[str] = frozenset()
    view_nouns: frozenset[str] = frozenset()
    pointing_possessives: frozenset[str] = frozenset()
    # "…, уточнила пресс-служба": a bare voice speaking for the organisation named before
    bare_voices: frozenset[str] = frozenset()
    # "Там добавили": a place word standing for the organisation that spoke before
    organisation_proforms: frozenset[str] = frozenset()
    # "объявил финансовые результаты", "обнародовала итоги": verbs of making public whose
    # object is a statement only when it is a noun of reported outcome ("объявил конкурс",
    # "опубликовал фото" state nothing)
    disclosure_lemmas: frozenset[str] = frozenset()
    disclosed_nouns: frozenset[str] = frozenset()
    # "Эксперт считает": a role of commenting, not an office; it names only a person the
    # report called by such a role before ("политолог X … — считает эксперт"), never the
    # governor named last
    commentator_posts: frozenset[str] = frozenset()
    # roles in a case that never refer back to the accused, only to one given that role
    case_roles: frozenset[str] = frozenset()
    # a team's coach or player speaks for himself, not for the club: "Главный тренер ХК «X»
    # поблагодарил" names no speaker unless the text named the coach
    team_member_posts: frozenset[str] = frozenset()
    # "- рассказал во вторник, 3 июня, глава района X": a date set off by commas between a
    # speech verb and its late subject
    date_words: frozenset[str] = frozenset()
    # "По версии следствия, майор обещал …": an account that opens the sentence makes the
    # promises, offers and threats inside it conduct it alleges, not statements made
    account_opening: re.Pattern[str] | None = None
    commissive_lemmas: frozenset[str] = frozenset()
    # "рассказал, как клубы задерживают зарплаты": an indirect question's word opening the
    # reported clause (only as the verb's clausal complement, never an aside "как сообщает")
    question_words: frozenset[str] = frozenset()
    # "объяснил, в чём причина": a pronoun asking after a preposition ("в чём", "о ком")
    question_pronouns: frozenset[str] = frozenset()
    # "по словам X", "X считает": words that present a person's view (with `view_nouns`)
    opinion_lemmas: frozenset[str] = frozenset()
    # "Доклад подготовил директор фонда X": works whose author gives a view in them
    authored_nouns: frozenset[str] = frozenset()
    # "The Qatari premier said", "the foreign minister of Chile said": a post given with a
    # place means the person the text named before with that post at that place, not the
    # one named last. `state_named` gives the state a word or name stands for ("Qatari",
    # "Qatar's", "UAE"); `post_synonyms` the other ways a post is written ("premier":
    # "prime minister"). Without `state_named` the readers do not look for it.
    state_named: Callable[[str], str | None] | None = None
    post_synonyms: Mapping[str, tuple[str, ...]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    # words of such a phrase that are neither post nor place ("the", "of", "his")
    post_filler_words: frozenset[str] = frozenset()
    # "The foreign ministers of France and Germany said": a plural post of several named
    # places or bodies speaks for each of them
    coordinated_holders: bool = False
    # "The two ministers said", "both leaders said", "the sides said": a plural post or a
    # side noun marked as a pair means the two people named last
    pair_words: frozenset[str] = frozenset()
    side_nouns: frozenset[str] = frozenset()
    # "X met his Japanese counterpart Y … The Japanese Prime Minister said": Y was
    # introduced with X's post, of another state
    counterpart_nouns: frozenset[str] = frozenset()
    # statement34: "Как передаёт корреспондент X, министр заявил …": an outlet opening the
    # sentence only relays it when a verb of saying after it has its own subject, who spoke
    relaying_opening: re.Pattern[str] | None = None
    # statement34: "охарактеризовал год как самый трудный": the word that likens an
    # evaluation verb's object to its judgement
    likening_words: frozenset[str] = frozenset()
    # statement38: "— сказал он в интервью газете X", "в беседе с «X»", "в эфире телеканала
    # X": the outlet a speaker talked through is no speaker; words naming the talk, and the
    # outlet kinds and prepositions that may stand between it and the outlet's name
    channel_nouns: frozenset[str] = frozenset()
    channel_fillers: frozenset[str] = frozenset()
    # statement39: "отметил рост продаж", "подчеркнул важность диалога": a noting verb's
    # object states what was noted when it is an abstract noun (a state of affairs, known
    # by its ending or listed); not "отметил юбилей" (celebrated, an occasion) nor
    # "отметил лучших учителей" (honoured). `side_objects`: a verb whose prepositional
    # object states a side taken ("выступил против повышения тарифов", "выступил за
    # снижение ставки"; not "выступил за сборную", no abstract noun)
    noted_object_lemmas: frozenset[str] = frozenset()
    side_objects: Mapping[str, frozenset[str]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    abstract_noun_endings: tuple[str, ...] = ()
    abstract_nouns: frozenset[str] = frozenset()
    occasion_nouns: frozenset[str] = frozenset()
    occasion_endings: tuple[str, ...] = ()
    # statement39: "Об этом сообщается на сайте компании, сообщает ТАСС": an impersonal
    # attribution to a document, whose owner speaks; an outlet's aside after it relays
    impersonal_document: re.Pattern[str] | None = None
    # statement40: a verb of judging states its judgement with no clause: praise
    # ("похвалил правительство за рост экономики"), an assessment marked as one by an
    # adverb or a likening ("положительно оценил итоги", "оценил ситуацию как стабильную";
    # not "оценил ущерб в 5 млн рублей", an amount) and a view shared ("поделился
    # впечатлениями от встречи"; not "поделился опытом", "поделился хлебом")
    praise_lemmas: frozenset[str] = frozenset()
    praise_reasons: frozenset[str] = frozenset()  # "похвалил X за Y"
    assessment_lemmas: frozenset[str] = frozenset()
    assessment_adverbs: frozenset[str] = frozenset()
    shared_view_lemmas: frozenset[str] = frozenset()
    shared_view_nouns: frozenset[str] = frozenset()
    # statement41: support voiced for a proposal states a position ("поддержал предложение
    # о создании реестра", "поддержала инициативу губернатора"); not support given as
    # money or means ("поддержал инициативу грантом", "финансово поддержал идею")
    support_lemmas: frozenset[str] = frozenset()
    supported_nouns: frozenset[str] = frozenset()
    support_means_adverbs: frozenset[str] = frozenset()
    # statement42: "потребовал отставки мэра", "потребовала компенсацию": a demand whose
    # object is what is demanded, from a closed list (not "потребовал 5 млн", an amount)
    demand_lemmas: frozenset[str] = frozenset()
    demand_nouns: frozenset[str] = frozenset()
    # statement43: "написал заявление об отставке": an application written or filed
    filing_lemmas: frozenset[str] = frozenset()
    filed_nouns: frozenset[str] = frozenset()
    # statement44: "…, которая заявила …, сообщает «X»", "Об этом сообщает ТАСС." after a
    # named speaker's words: an outlet standing right after a relaying verb (present
    # tense or neuter past: "сообщает", "сообщило") or an outlet noun ("издание «X»")
    # only relays the speaker of its sentence, or of the sentence before when it opens
    # with "Об этом"
    relaying_lemmas: frozenset[str] = frozenset()
    outlet_nouns: frozenset[str] = frozenset()
    anaphoric_opening: re.Pattern[str] | None = None
    # statement44: "Жозепа Борреля, который назвал РФ …": a relative pronoun subject
    # stands for the noun its clause modifies
    relative_pronouns: frozenset[str] = frozenset()
    # statement45: "Пресс-секретарь Чибиса: …", "сообщила пресс-секретарь губернатора Лилия
    # Сечкина": an aide speaking for someone is the speaker, not the one named in the
    # aide's genitive
    aide_posts: frozenset[str] = frozenset()
    # statement46: "Об этом она рассказала" after a man named last: the gender each subject
    # pronoun marks, and the surname endings a tagger's default masculine cannot explain
    # ("Осипов", not "Нгуен"), so a man of that shape clashes with "она"
    pronoun_genders: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    mens_surname_endings: tuple[str, ...] = ()
    # statement47: "губернатор отметила", "По словам градоначальника" mean the person the
    # text gave that post (or one of the same office: "мэр", "градоначальник", "глава
    # города"), not someone named last with another one. Each set is one office; a key is
    # a post noun's lemma, or for a head that needs its complement ("глава") the head's
    # and its genitive's lemmas ("глава регион"). A post in no set is matched only
    # by gender. `possessive_genders`: "по её словам" marks a woman, as "она" does.
    post_equivalents: tuple[frozenset[str], ...] = ()
    possessive_genders: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # statement48: "сообщил руководитель Минздрава" among several ministers means the one
    # the text called "министр здравоохранения" (or "глава Минздрава"): a ministry's short
    # name and its field's genitive after "министр" ("внутренний дело": lemmas of adjective
    # and noun) both name one ministry, the value. `ministry_heads`: the post nouns that
    # take such a genitive ("министр", "глава", "руководитель").
    ministries: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    ministry_heads: frozenset[str] = frozenset()
    # statement49: "обратил внимание на рост цен": a side verb that states a side only
    # with one of these object nouns (not "обратил средства на развитие"); the parse may
    # hang the side's prepositional phrase on that noun
    side_object_nouns: Mapping[str, frozenset[str]] = field(
        default_factory=lambda: MappingProxyType({})
    )
