"""All 122 FactRuEval devset texts through the pipeline: no crash, every offset honest."""

from __future__ import annotations

from concord.pipeline import Pipeline
from concord.read import read_file
from tests.conftest import SHARED


def test_devset_offsets_point_at_the_text(pipeline: Pipeline) -> None:
    files = sorted((SHARED / "factrueval2016" / "devset").glob("book_*.txt"))
    assert len(files) == 122
    claims = 0
    for document in (document for path in files for document in read_file(path)):
        analysed = pipeline.analyse(document)
        text = analysed.document.text
        for mention in analysed.mentions:
            assert text[mention.start : mention.end] == mention.text
        for claim in analysed.claims:
            claims += 1
            assert text[claim.evidence.start : claim.evidence.end] == claim.evidence.text
            for argument in claim.arguments:
                if argument.span:
                    assert text[argument.span.start : argument.span.end] == argument.span.text
    assert claims > 200


def test_batches_give_the_same_claims_as_one_by_one(pipeline: Pipeline) -> None:
    files = sorted((SHARED / "factrueval2016" / "devset").glob("book_*.txt"))[:12]
    documents = [document for path in files for document in read_file(path)]
    alone = [pipeline.analyse(document) for document in documents]
    together = list(pipeline.analyse_many(documents, batch_size=5))
    assert [a.claims for a in alone] == [b.claims for b in together]
    assert [a.mentions for a in alone] == [b.mentions for b in together]
