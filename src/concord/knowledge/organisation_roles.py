"""Words that tell a bare name stands where an organisation stands.

A quoted name with no kind noun before it may be a company, a film, a song or a brand of
goods; what the sentence does with it tells which. Companies buy, sell, own and fine; a
passive of those verbs has its doer in the instrumental ("была выкуплена «Магнитом»").
A name in Latin letters ending in a company's word ("… Group", "… Corp", "… Mines") is a
company whichever way the sentence uses it.
"""

from __future__ import annotations

# Verbs whose doer (subject, or instrumental agent of the passive) is a body when it is a
# quoted name: buying, selling, owning, controlling, fining. Titles of works do none of
# these ("«Брат» получил приз" — getting, winning and showing are left out on purpose).
ACTING_VERBS = frozenset({
    "купить", "покупать", "приобрести", "приобретать", "выкупить", "выкупать",
    "продать", "продавать", "перепродать", "владеть", "контролировать", "поглотить",
    "поглощать", "инвестировать", "вложить", "вкладывать", "арендовать", "оштрафовать",
    "штрафовать", "взыскать", "взыскивать", "обанкротить", "нанять", "нанимать",
    "учредить", "финансировать", "кредитовать", "заключить", "заключать",
})  # fmt: skip

# Words after which the quoted names are members of the plural kind noun before them
# ("торговые сети, включая «Ленту»").
MEMBER_MARKERS = frozenset({"включая", "например"})

# Head nouns that make an adjective phrase in quotes a company's own name ("«Русская
# лесная группа»", "«Первая нерудная компания»"): a narrower set than the kind nouns, as
# "клуб", "театр", "сад" end titles of films and plays as often ("«Бойцовский клуб»").
COMPANY_HEADS = frozenset({
    "компания", "группа", "банк", "холдинг", "корпорация", "концерн", "фирма",
    "агрохолдинг", "госкорпорация", "медиагруппа", "медиахолдинг", "трест",
})  # fmt: skip

# Last words of a company's name in Latin letters in Russian text ("Midland Group",
# "FERMOVANT ALLIANCE CORP", "High River Gold Mines", "Yum! Brands").
LATIN_COMPANY_LAST_WORDS = frozenset({
    "group", "corp", "corp.", "corporation", "inc", "inc.", "ltd", "ltd.", "limited",
    "llc", "plc", "llp", "holding", "holdings", "mines", "mining", "brands", "capital",
    "partners", "company", "co.", "bank", "airlines", "airways", "industries",
    "resources", "motors", "investments", "ventures", "technologies", "s.a.", "se",
    "ag", "gmbh", "n.v.", "b.v.",
})  # fmt: skip
