"""The read stage on real files: text, HTML (real trafilatura), JSONL, WARC (real warcio), stdin."""
from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pactwatch.model import RawDocument, Rejection, Skipped
from pactwatch.read import name_for, read_inputs
from pactwatch.settings import Settings

SENTENCES = [
    "Azerbaijan and Turkey signed a memorandum on joint military exercises in Baku on Tuesday.",
    "The defence ministers said the agreement covers training, logistics and the exchange of information.",
    "Officials from both countries told reporters that further talks on the defence industry are planned.",
    "Analysts said the accord deepens a partnership that has grown steadily over the past decade.",
    "The ministry added that the first joint drills under the new framework would take place next spring.",
    "Observers from several neighbouring states were invited to attend the signing ceremony in the capital.",
]


def article_html(title: str, date: str | None = "2024-03-05", url: str = "https://news.example.org/a") -> str:
    dated = f'<meta property="article:published_time" content="{date}T10:00:00Z">' if date else ""
    paragraphs = "\n".join(f"<p>{' '.join(SENTENCES[i:] + SENTENCES[:i])}</p>" for i in range(4))
    return f"""<!DOCTYPE html>
<html><head><title>{title} | Example News</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Example News">
<link rel="canonical" href="{url}">
{dated}
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article><h1>{title}</h1>
{paragraphs}
</article>
<footer><p>Copyright Example News</p></footer>
</body></html>"""


NAV_ONLY_HTML = """<!DOCTYPE html><html><head><title>Menu</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
</body></html>"""


def read_every(paths, settings=None, stdin=None) -> list[RawDocument | Rejection]:
    """Everything read yields, skipped inputs included."""
    return list(read_inputs([str(p) for p in paths], settings or Settings(), stdin=stdin))


def read_all(paths, settings=None, stdin=None) -> list[RawDocument | Rejection]:
    """Documents and refusals (inputs skipped by kind left out)."""
    return [i for i in read_every(paths, settings, stdin) if not isinstance(i, Skipped)]


def only(items: list) -> RawDocument | Rejection:
    assert len(items) == 1, items
    return items[0]


# --------------------------------------------------------------------------- plain text


def test_text_file_is_read_verbatim_with_newlines_normalised(tmp_path: Path) -> None:
    path = tmp_path / "000_1c877b3de1c9d66f.txt"
    path.write_bytes("\ufeffLine one.\r\nTürkiye and Azerbaijan.\r\n".encode("utf-8"))
    doc = only(read_all([path]))
    assert isinstance(doc, RawDocument)
    assert doc.name == "000_1c877b3de1c9d66f"
    assert doc.doc_id.startswith("000_1c877b3de1c9d66f-") and len(doc.doc_id) == len(doc.name) + 17
    assert doc.source == str(path)
    assert doc.original == "Line one.\r\nTürkiye and Azerbaijan.\r\n"  # offsets point into the file as it is
    assert doc.fmt == "text"
    assert doc.text == "Line one.\nTürkiye and Azerbaijan.\n"


def test_utf16_with_bom_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes("Bakı summit on defence.".encode("utf-16"))
    doc = only(read_all([path]))
    assert isinstance(doc, RawDocument)
    assert doc.text == "Bakı summit on defence."


@pytest.mark.parametrize(
    ("name", "content", "settings", "reason"),
    [
        ("empty.txt", b"", None, "empty"),
        ("blank.txt", b"  \n\t\r\n  ", None, "empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10, None, "binary"),
        ("controls", bytes(range(1, 9)) * 40, None, "binary"),
        ("big.txt", b"word " * 100, Settings().with_(max_bytes=100), "too-large"),
        ("menu.html", NAV_ONLY_HTML.encode(), None, "not-article"),
        ("sniffed", NAV_ONLY_HTML.encode(), None, "not-article"),
        ("bad_utf16.txt", b"\xff\xfe" + b"\x00\xd8", None, "encoding"),
    ],
)
def test_bad_inputs_are_refused_with_a_reason(tmp_path: Path, name, content, settings, reason) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    item = only(read_all([path], settings))
    assert isinstance(item, Rejection)
    assert (item.source, item.stage, item.reason) == (str(path), "read", reason)
    assert item.message().startswith(f"{path}: refused at read: {reason}")


def test_missing_path_is_refused(tmp_path: Path) -> None:
    item = only(read_all([tmp_path / "nope.txt"]))
    assert isinstance(item, Rejection)
    assert item.reason == "missing"
    assert "no such file" in item.message()


def test_latin1_is_guessed_confidently_or_refused_with_advice(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(b"caf\xe9 " * 50)
    item = only(read_all([path]))
    try:
        import charset_normalizer  # noqa: F401
    except ImportError:
        assert isinstance(item, Rejection)
        assert item.reason == "encoding"
        assert "byte 3" in item.detail and "UTF-8" in item.detail
    else:
        assert isinstance(item, RawDocument), item
        assert item.text == "café " * 50
        assert item.hint("encoding")


def test_too_large_file_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"x" * 1000)
    item = only(read_all([path], Settings().with_(max_bytes=999)))
    assert isinstance(item, Rejection) and item.reason == "too-large"
    assert "1000" in item.detail


def test_directory_yields_good_and_bad_sorted_skipping_hidden(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    good = tmp_path / "sub" / "b_good.txt"
    good.write_text("NATO and Sweden held talks.\nSecond line.\n", encoding="utf-8")
    (tmp_path / "a_bad.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / ".hidden.txt").write_text("should not be read", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("nor this", encoding="utf-8")
    items = read_all([tmp_path])
    assert [type(i).__name__ for i in items] == ["Rejection", "RawDocument"]
    assert items[0].reason == "binary"
    assert items[1].text == good.read_text(encoding="utf-8")
    assert items[1].name == "b_good"


@pytest.mark.parametrize(
    ("file", "name"),
    [("000_1c877b3de1c9d66f.txt", "000_1c877b3de1c9d66f"), ("crawl.warc.gz", "crawl"), ("x.arc.gz", "x"),
     ("page.html", "page"), ("README", "README"), ("a.b.txt", "a.b"), ("story.txt.gz", "story")],
)
def test_name_strips_extensions(file: str, name: str) -> None:
    assert name_for(Path(file)) == name


# --------------------------------------------------------------------------- HTML


def test_html_file_gives_main_text_and_hints(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(article_html("Baku and Ankara sign drills pact"), encoding="utf-8")
    doc = only(read_all([path]))
    assert isinstance(doc, RawDocument), doc
    assert doc.fmt == "html" and doc.name == "page" and doc.original == path.read_text(encoding="utf-8")
    assert doc.text.startswith("Baku and Ankara sign drills pact\n")
    assert SENTENCES[0] in doc.text
    assert "Home" not in doc.text and "Copyright" not in doc.text
    assert doc.hint("title") == "Baku and Ankara sign drills pact"
    assert doc.hint("published") == "2024-03-05"
    assert doc.hint("url") == "https://news.example.org/a"
    assert doc.hint("publisher") == "Example News"


def test_html_is_sniffed_without_extension(tmp_path: Path) -> None:
    path = tmp_path / "saved_page"
    path.write_text(article_html("Sniffed page"), encoding="utf-8")
    doc = only(read_all([path]))
    assert isinstance(doc, RawDocument) and doc.fmt == "html"
    assert "<p>" not in doc.text and SENTENCES[1] in doc.text


# --------------------------------------------------------------------------- JSONL


def test_jsonl_bad_line_is_refused_and_the_rest_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": "First article.\r\nSecond line.", "title": "T1", "date": "2024-01-02",
                    "source": "Example Wire"}),
        "{not json",
        json.dumps({"title": "no body here"}),
        "",
        json.dumps({"content": "Third article text.", "url": "https://x.example/3"}),
        json.dumps({"html": article_html("From HTML field")}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read_all([path])
    kinds = [(type(i).__name__, i.source) for i in items]
    assert kinds == [
        ("RawDocument", f"{path}#L1"),
        ("Rejection", f"{path}#L2"),
        ("Rejection", f"{path}#L3"),
        ("RawDocument", f"{path}#L5"),
        ("RawDocument", f"{path}#L6"),
    ]
    first, bad_json, no_text, third, from_html = items
    assert first.name == "a1" and first.fmt == "jsonl"
    assert first.text == "First article.\nSecond line."
    assert dict(first.hints) == {"title": "T1", "published": "2024-01-02", "publisher": "Example Wire",
                                 "offsets_into": "the text field of line 1"}
    assert bad_json.reason == "jsonl" and "invalid JSON" in bad_json.detail
    assert no_text.reason == "jsonl" and "no text field" in no_text.detail
    # a record without an id is named as its source ends: the file's name and the same line
    assert third.name == "feed.jsonl#L5" and third.source.endswith("/" + third.name)
    assert third.hint("url") == "https://x.example/3" and third.doc_id.startswith("feed.jsonl#L5-")
    assert from_html.name == "feed.jsonl#L6" and SENTENCES[0] in from_html.text
    assert from_html.hint("title") == "From HTML field"


def test_jsonl_with_bom_and_empty_jsonl(tmp_path: Path) -> None:
    bom = tmp_path / "bom.jsonl"
    bom.write_bytes(b"\xef\xbb\xbf" + json.dumps({"text": "Body."}).encode() + b"\n")
    doc = only(read_all([bom]))
    assert isinstance(doc, RawDocument) and (doc.name, doc.text) == ("bom.jsonl#L1", "Body.")
    packed = tmp_path / "feed.jsonl.gz"
    packed.write_bytes(gzip.compress(b"\n" + json.dumps({"text": "Packed."}).encode() + b"\n"))
    doc = only(read_all([packed]))
    assert isinstance(doc, RawDocument) and (doc.name, doc.source) == ("feed.jsonl.gz#L2", f"{packed}#L2")
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"\n\n")
    item = only(read_all([empty]))
    assert isinstance(item, Rejection) and item.reason == "empty"


# --------------------------------------------------------------------------- stdin


@pytest.mark.parametrize(
    ("data", "expect"),
    [
        (b"Plain text from a pipe.\r\n", [("stdin", "text", "Plain text from a pipe.\n")]),
        (b'{"id": "s1", "text": "one"}\n{"id": "s2", "body": "two"}\n',
         [("s1", "jsonl", "one"), ("s2", "jsonl", "two")]),
        (b'{"text": "no id"}\n', [("stdin#L1", "jsonl", "no id")]),
    ],
)
def test_stdin(data: bytes, expect: list) -> None:
    items = read_all(["-"], stdin=io.BytesIO(data))
    assert [(d.name, d.fmt, d.text) for d in items] == expect


def test_stdin_html_and_refusals() -> None:
    doc = only(read_all(["-"], stdin=io.BytesIO(article_html("Piped page").encode())))
    assert isinstance(doc, RawDocument) and doc.fmt == "html" and doc.source == "<stdin>"
    assert doc.hint("title") == "Piped page"
    empty = only(read_all(["-"], stdin=io.BytesIO(b"")))
    assert isinstance(empty, Rejection) and empty.reason == "empty" and empty.source == "<stdin>"
    big = only(read_all(["-"], Settings().with_(max_bytes=10), stdin=io.BytesIO(b"x" * 11)))
    assert isinstance(big, Rejection) and big.reason == "too-large"


# --------------------------------------------------------------------------- WARC


def write_warc(path: Path, compress: bool = True) -> None:
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=compress)

        def response(uri: str, status: str, ctype: str, body: bytes, date: str) -> None:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers,
                                            warc_headers_dict={"WARC-Date": date})
            writer.write_record(rec)

        response("https://a.example/one", "200 OK", "text/html; charset=utf-8",
                 article_html("First crawled story", url="https://a.example/one").encode(), "2024-05-01T12:00:00Z")
        response("https://a.example/missing", "404 Not Found", "text/html", b"<html>gone</html>",
                 "2024-05-01T12:01:00Z")
        response("https://a.example/data.json", "200 OK", "application/json", b'{"a": 1}', "2024-05-01T12:02:00Z")
        undated = article_html("Second crawled story", date=None)
        response("https://b.example/two", "200 OK", "text/html", undated.encode(), "2024-06-07T08:00:00Z")


def test_warc_yields_only_html_200_responses(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path)
    items = read_all([path])
    assert all(isinstance(i, RawDocument) for i in items), items
    assert [i.hint("url") for i in items] == ["https://a.example/one", "https://b.example/two"]
    one, two = items
    assert one.fmt == "warc" and one.source.startswith(f"warc:{path}#urn:uuid:")
    assert one.name == "one" and one.doc_id.startswith("one-") and one.doc_id != two.doc_id
    every = read_every([path])  # every record is a document or skipped by its kind
    assert sorted(i.reason for i in every if isinstance(i, Skipped)) == ["warc-not-200", "warc-not-html"]
    assert len(every) == 4
    assert one.text.startswith("First crawled story\n") and SENTENCES[2] in one.text
    assert one.hint("published") == "2024-03-05"  # the page's own date wins over WARC-Date
    assert two.hint("published") == "2024-06-07"  # WARC-Date as the fallback


@pytest.mark.parametrize(
    ("keep", "urls_before"),
    [
        (lambda n: n - 200, ["https://a.example/one"]),  # inside the last record's body
        (lambda n: n - 5, ["https://a.example/one", "https://b.example/two"]),  # in the gzip trailer: body whole
        (lambda n: n // 2, None),  # somewhere in the middle
        (lambda n: 30, []),  # inside the first gzip header
    ],
)
def test_truncated_warc_yields_what_it_read_then_a_rejection(tmp_path: Path, keep, urls_before) -> None:
    full = tmp_path / "full.warc.gz"
    write_warc(full)
    data = full.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: keep(len(data))])
    items = read_all([cut])
    assert isinstance(items[-1], Rejection), items
    assert items[-1].reason == "warc" and items[-1].source == f"warc:{cut}"
    assert "truncated or corrupt" in items[-1].detail
    assert all(isinstance(i, RawDocument) for i in items[:-1])
    if urls_before is not None:
        assert [i.hint("url") for i in items[:-1]] == urls_before


def test_truncated_uncompressed_warc(tmp_path: Path) -> None:
    full = tmp_path / "full.warc"
    write_warc(full, compress=False)
    assert len(read_all([full])) == 2
    cut = tmp_path / "cut.warc"
    cut.write_bytes(full.read_bytes()[:-300])
    items = read_all([cut])
    assert [type(i).__name__ for i in items] == ["RawDocument", "Rejection"]
    assert items[-1].reason == "warc" and "cut short" in items[-1].detail


def test_garbage_warc_is_a_rejection(tmp_path: Path) -> None:
    path = tmp_path / "junk.warc.gz"
    path.write_bytes(gzip.compress(b"this is not a warc file\n" * 10))
    item = only(read_all([path]))
    assert isinstance(item, Rejection) and item.reason == "warc"
