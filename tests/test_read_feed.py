"""RSS and Atom feeds: one Document an entry, full content preferred to the summary."""

from __future__ import annotations

from pathlib import Path

from concord.document import Document, ReadError
from concord.read import read_file, read_paths

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Степной вестник</title>
  <link>https://vestnik.example/</link>
  <language>ru</language>
  <item>
    <title>Переговоры в Лондоне</title>
    <link>https://vestnik.example/news/42</link>
    <pubDate>Thu, 26 Feb 2026 18:30:00 +0000</pubDate>
    <description>Коротко: министры встретились.</description>
    <content:encoded><![CDATA[<p>Министры иностранных дел встретились в <b>Лондоне</b>.</p>
      <p>Стороны подписали меморандум.</p><script>track()</script>]]></content:encoded>
  </item>
  <item>
    <title>Только анонс</title>
    <link>https://vestnik.example/news/43</link>
    <description>&lt;p&gt;Министры обсудили поставки минералов.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Пустая запись</title>
    <link>https://vestnik.example/news/44</link>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Kurier</title>
  <entry>
    <title>Ministers met in London</title>
    <link href="https://kurier.example/1"/>
    <updated>2026-02-27T08:00:00Z</updated>
    <content type="html">&lt;p&gt;The ministers signed a roadmap on critical minerals.&lt;/p&gt;</content>
  </entry>
</feed>
"""


def test_rss_entries_with_content_and_summary(tmp_path: Path) -> None:
    path = tmp_path / "vestnik.rss"
    path.write_text(RSS, encoding="utf-8")
    full, summary, empty = read_paths([path])
    assert isinstance(full, Document) and isinstance(summary, Document)
    assert full.title == "Переговоры в Лондоне"
    assert full.text == (
        "Переговоры в Лондоне\n\nМинистры иностранных дел встретились в Лондоне.\n\n"
        "Стороны подписали меморандум."
    )
    assert (full.url, full.published, full.source) == (
        "https://vestnik.example/news/42",
        "2026-02-26",
        "Степной вестник",
    )
    assert full.path == f"{path}#1"
    assert summary.text == "Только анонс\n\nМинистры обсудили поставки минералов."
    assert summary.published is None
    assert isinstance(empty, ReadError)
    assert (empty.location, empty.reason) == (f"{path}#3", "feed entry has no text")


def test_atom_feed_sniffed_from_an_xml_file(tmp_path: Path) -> None:
    path = tmp_path / "kurier.xml"
    path.write_text(ATOM, encoding="utf-8")
    (document,) = read_file(path)
    assert (
        document.text
        == "Ministers met in London\n\nThe ministers signed a roadmap on critical minerals."
    )
    assert (document.url, document.published, document.language) == (
        "https://kurier.example/1",
        "2026-02-27",
        "",  # the feed states none: detected in the nlp stage
    )


def test_feed_without_an_extension_is_recognised(tmp_path: Path) -> None:
    path = tmp_path / "download"
    path.write_text(ATOM, encoding="utf-8")
    (document,) = read_file(path)
    assert document.source == "Kurier"


def test_xml_that_is_not_a_feed_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "config.xml"
    path.write_text('<?xml version="1.0"?><settings><a>1</a></settings>', encoding="utf-8")
    (error,) = read_paths([path])
    assert isinstance(error, ReadError) and error.location == str(path)
    assert "neither an RSS/Atom feed" in error.reason


def test_broken_feed_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.rss"
    path.write_text("<rss><channel><title>x</title>", encoding="utf-8")
    (error,) = read_paths([path])
    assert isinstance(error, ReadError) and error.location == str(path)
