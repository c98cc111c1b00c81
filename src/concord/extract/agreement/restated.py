"""agreement32: a later sentence that names the report's document by a bare "документ".

"Подписано соглашение о сотрудничестве … . Документ подписали ректор X и губернатор Y.
Документ предусматривает …": the bare "документ" is the document the report told before,
not a paper of its own. Read sentence by sentence each is a claim; folded here
(`extract.restatements`), the first report stays the claim and its evidence, and the
restatement adds the roles it lacks (signatories, a date, a term). A "документ" with no
document told before it stays a claim (nothing to fold into); so do a "документ" with a
subject of its own ("подписали документ о точке стыка границ") and every paper
`triggers.own_document` calls its own (agreement23: "такой же документ", "промежуточный
документ", "ряд документов", "два документа").
A document noun under a determiner ("эти договоренности", "данного соглашения") is
left a claim: the batch golds count such a sentence as one of its own.
"""

from __future__ import annotations

from concord.analysis import AnalysedDocument
from concord.claim import Claim
from concord.extract.agreement.triggers import own_document
from concord.extract.agreement.words import AgreementWords
from concord.extract.sentence_view import SentenceView, SentenceWords, sentence_holding


def restates(
    analysed: AnalysedDocument,
    first: Claim,
    second: Claim,
    words: AgreementWords,
    sentence_words: SentenceWords,
) -> bool:
    """Whether `second` names `first`'s document again by a bare reference noun."""
    if second.evidence.start < first.evidence.start or second.values("subject"):
        return False
    span = next((a.span for a in second.arguments if a.role == "kind" and a.span), None)
    if span is None:
        return False
    sentence = sentence_holding(analysed, span.start)
    if sentence is None:
        return False
    inside = sentence.token_indices(span.start, span.end)
    heads = [i for i in inside if sentence.tokens[i].head not in inside]
    if len(heads) != 1:
        return False
    head = sentence.tokens[heads[0]]
    return (
        head.lemma in words.reference_nouns
        and head.feats.get("Number") != "Plur"  # "подписан ряд документов": a package
        and not own_document(
            SentenceView.build(analysed, sentence, sentence_words), heads[0], words
        )
    )
