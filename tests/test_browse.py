"""The list pages, their filters and paging, and error pages for browsers, on the seeds."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from concord.pipeline import Pipeline
from concord.web.app import create_app
from concord.web.highlight import ClaimSentence, document_parts
from tests.conftest import SEEDS, new_database_url, store_paths

HTML = {"accept": "text/html,application/xhtml+xml"}


@pytest.fixture(scope="module")
def client(pipeline: Pipeline, tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    url = new_database_url(tmp_path_factory.mktemp("browse"))
    store_paths(pipeline, url, SEEDS)
    return TestClient(create_app(url))


def fact_links(html: str) -> set[str]:
    return set(re.findall(r'href="/facts/(\d+)', html))


def test_fact_list_filters_by_type_and_conflict(client: TestClient) -> None:
    everything = client.get("/facts", params={"lang": "en"})
    assert everything.status_code == 200 and "<h1>Facts</h1>" in everything.text
    agreements = client.get("/facts", params={"type": "agreement"}).text
    expected = {str(f["id"]) for f in client.get("/api/facts?type=agreement").json()}
    assert expected and fact_links(agreements) == expected
    disputed = fact_links(client.get("/facts", params={"has_conflict": "true"}).text)
    conflicted = {str(c["fact"]) for c in client.get("/api/conflicts?status=all").json()}
    assert disputed == conflicted
    assert fact_links(everything.text) > disputed


def test_fact_list_orders_and_pages(client: TestClient) -> None:
    newest = [int(i) for i in re.findall(r'href="/facts/(\d+)', client.get("/facts").text)]
    oldest = [int(i) for i in re.findall(r'href="/facts/(\d+)', client.get("/facts?order=oldest").text)]  # fmt: skip
    assert newest == sorted(newest, reverse=True) and oldest == sorted(oldest)
    total = len(client.get("/api/facts?limit=200").json())
    if total > 50:  # the seeds give more than one page of facts
        first = client.get("/facts", params={"type": "", "order": "oldest"}).text
        assert 'rel="next" href="/facts?order=oldest&amp;offset=50"' in first


def test_filters_survive_in_the_address_and_the_language_switch(client: TestClient) -> None:
    page = client.get("/facts", params={"type": "meeting", "lang": "en"}).text
    assert '<option value="meeting" selected>' in page
    assert 'class="lang" href="/facts?type=meeting&amp;lang=ru"' in page


def test_entity_and_document_lists(client: TestClient) -> None:
    people = client.get("/entities", params={"type": "PER", "order": "name"}).text
    names = re.findall(r'href="/entities/\d+\?lang=ru">([^<]+)</a> <span class="type">PER', people)
    assert names and names == sorted(names)
    assert "Купер" in client.get("/entities", params={"q": "Купер"}).text
    documents = client.get("/documents").text
    assert len(re.findall(r'href="/documents/[0-9a-f]+', documents)) == 2
    source = client.get("/api/documents").json()[0]["source"]
    one = client.get("/documents", params={"source": source}).text
    assert len(re.findall(r'href="/documents/[0-9a-f]+', one)) >= 1
    assert "Ничего не найдено" in client.get("/documents", params={"date_to": "1990"}).text


def test_overview_counts_link_to_their_lists(client: TestClient) -> None:
    overview = client.get("/").text
    for address in ("/documents?lang=ru", "/entities?lang=ru", "/facts?lang=ru",
                    "/facts?lang=ru&amp;type=agreement"):  # fmt: skip
        assert f'href="{address}"' in overview


def test_browsers_get_error_pages_and_the_api_json(client: TestClient) -> None:
    missing = client.get("/facts/999999", headers=HTML)
    assert missing.status_code == 404 and "text/html" in missing.headers["content-type"]
    assert "<h1>404" in missing.text
    unknown = client.get("/facts", params={"type": "visit"}, headers=HTML)
    assert unknown.status_code == 400 and "agreement" in unknown.text
    malformed = client.get("/documents", params={"date_from": "yesterday"}, headers=HTML)
    assert malformed.status_code == 400 and "date_from" in malformed.text
    api = client.get("/api/facts/999999", headers=HTML)
    assert api.status_code == 404 and api.json() == {"detail": "no fact 999999"}
    assert client.get("/no-such-page").json() == {"detail": "Not Found"}


def test_document_links_every_claim_sentence_and_the_names_in_it(client: TestClient) -> None:
    for document in client.get("/api/documents").json():
        found = client.get(f"/api/documents/{document['id']}").json()
        page = client.get(f"/documents/{document['id']}").text
        text = page[page.index('<div class="text"') : page.index("</article>")]
        linked = {int(i) for i in re.findall(r'class="to-fact" href="/facts/(\d+)', text)}
        assert linked == {claim["fact"] for claim in found["claims"]}
        names = set(re.findall(r'class="mark \w+" href="/entities/(\d+)', text))
        assert names == {str(mention["entity"]) for mention in found["mentions"]}
        inside = re.findall(r'<span class="claim">(.*?)</span>', text, flags=re.S)
        assert any('href="/entities/' in sentence for sentence in inside)
        depth = 0  # no link inside another
        for tag in re.findall(r"<(/?)a[ >]", text):
            depth += -1 if tag else 1
            assert depth in (0, 1)


def test_overlapping_claim_sentences_merge() -> None:
    text = "Иван встретил Петра. Потом они подписали договор."
    claims = [{"start": 0, "end": 20, "fact": 1}, {"start": 0, "end": 20, "fact": 2},
              {"start": 14, "end": 49, "fact": 3}]  # fmt: skip
    mentions = [{"start": 0, "end": 4, "type": "PER", "entity": 7},
                {"start": 14, "end": 19, "type": "PER", "entity": 8}]  # fmt: skip
    (sentence,) = document_parts(text, claims, mentions)
    assert isinstance(sentence, ClaimSentence) and sentence.facts == [1, 2, 3]
    assert [p.link for p in sentence.pieces if p.link] == ["/entities/7", "/entities/8"]
    assert "".join(p.text for p in sentence.pieces) == text
