"""The *read* stage: paths (files, directories, ``-``) to decoded documents, streamed.

Takes paths and yields one :class:`~pactwatch.model.RawDocument` per article or one
:class:`~pactwatch.model.Rejection` per input (or record) it refuses; it never raises for
bad input and never holds more than one document (or one WARC record) in memory.

Formats, by extension and then by sniffing the content:

* ``.txt``, no or unknown extension: plain text (``fmt="text"``).
* ``.html``/``.htm``, or content starting with ``<!doctype html``/``<html``: the main text
  trafilatura extracts, with title/date/url/publisher hints (``fmt="html"``).
* ``.jsonl``/``.ndjson``: one document per line (``fmt="jsonl"``); a bad line is refused
  on its own and the rest of the file goes on.
* ``.warc``, ``.warc.gz``, ``.arc``, ``.arc.gz``: each HTTP 200 HTML response (``fmt="warc"``).

Offsets: ``RawDocument.text`` is the original every evidence offset points into. For text
it is the file decoded to Unicode with newlines normalised (``\\r\\n`` and lone ``\\r``
become ``\\n``); for HTML and WARC it is the extracted main text.

``max_bytes`` applies to a whole plain/HTML file (checked with ``stat``, so an oversized
file is never read), to stdin, and to each JSONL line or WARC record: a container file
may be any size since it is streamed.
"""
from __future__ import annotations

import codecs
import hashlib
import json
import logging
import os
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator

from .model import RawDocument, Rejection
from .settings import Settings

log = logging.getLogger(__name__)

STAGE = "read"
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
TEXT_FIELDS = ("text", "content", "body")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = frozenset(range(32)) - {9, 10, 12, 13}  # tab, LF, FF, CR are text
_MAX_CONTROL_SHARE = 0.05
_MAX_CHAOS = 0.1  # charset_normalizer's "mess" ratio above which a guess is refused
_TITLE_RE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)


class _Refused(Exception):
    """Internal: a decoding step refused the bytes (reason, detail)."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(reason, detail)
        self.reason, self.detail = reason, detail


# --------------------------------------------------------------------------- entry point


def read_inputs(
    paths: list[str], settings: Settings, stdin: BinaryIO | None = None
) -> Iterator[RawDocument | Rejection]:
    """Read files, directories (recursively, sorted, hidden files skipped) and ``-`` (stdin).

    Args:
        paths: Files, directories, or ``-`` for standard input.
        settings: Uses ``max_bytes``.
        stdin: The binary stream ``-`` reads; defaults to ``sys.stdin.buffer``.

    Yields:
        A RawDocument per document read, a Rejection (stage ``read``) per input refused.

    Example:
        >>> for item in read_inputs(["corpus/seeds"], Settings()):
        ...     print(item.doc_id if isinstance(item, RawDocument) else item.message())
    """
    for raw in paths:
        if raw == "-":
            yield from _read_stdin(stdin if stdin is not None else sys.stdin.buffer, settings)
            continue
        path = Path(raw)
        if path.is_dir():
            for file in _walk(path):
                yield from _read_file(file, settings)
        elif path.exists():
            yield from _read_file(path, settings)
        else:
            yield Rejection(raw, STAGE, "missing", "no such file or directory")


def _walk(root: Path) -> Iterator[Path]:
    """Files under ``root``, sorted, skipping hidden files and directories."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield Path(dirpath) / name


def doc_id_for(path: Path) -> str:
    """The file name without its extension(s): ``a.warc.gz`` → ``a``, ``000_1c87.txt`` → ``000_1c87``."""
    name = path.name
    lower = name.lower()
    for suffix in WARC_SUFFIXES + (".gz",):
        if lower.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return path.stem or name


# --------------------------------------------------------------------------- files


def _read_file(path: Path, settings: Settings) -> Iterator[RawDocument | Rejection]:
    source = str(path)
    lower = path.name.lower()
    if lower.endswith(WARC_SUFFIXES):
        yield from _read_warc(path, settings)
        return
    if lower.endswith(JSONL_SUFFIXES):
        yield from _read_jsonl(path, settings)
        return
    try:
        size = path.stat().st_size
        if size > settings.max_bytes:
            yield Rejection(source, STAGE, "too-large", f"{size} bytes > max_bytes {settings.max_bytes}")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Rejection(source, STAGE, "unreadable", exc.strerror or str(exc))
        return
    as_html = lower.endswith(HTML_SUFFIXES)
    yield _document(data, doc_id_for(path), source, as_html=as_html)


def _read_stdin(stream: BinaryIO, settings: Settings) -> Iterator[RawDocument | Rejection]:
    source = "<stdin>"
    data = stream.read(settings.max_bytes + 1)
    if len(data) > settings.max_bytes:
        yield Rejection(source, STAGE, "too-large", f"more than max_bytes {settings.max_bytes} bytes")
        return
    if _looks_like_jsonl(data):
        yield from _jsonl_lines(data.splitlines(), "stdin", source, settings)
        return
    yield _document(data, "stdin", source, as_html=False)


def _document(data: bytes, doc_id: str, source: str, *, as_html: bool) -> RawDocument | Rejection:
    """Decode ``data`` and make a text or HTML document of it."""
    try:
        text, encoding = _decode(data)
    except _Refused as refused:
        return Rejection(source, STAGE, refused.reason, refused.detail)
    extra = (("encoding", encoding),) if encoding else ()
    if as_html or _looks_like_html(text):
        return _from_html(text, doc_id, source, "html", extra)
    return RawDocument(doc_id, source, _normalise_newlines(text), "text", extra)


# --------------------------------------------------------------------------- decoding


def _decode(data: bytes) -> tuple[str, str | None]:
    """Bytes to text: UTF-8 (BOM stripped), UTF-16/32 by BOM, else a confident guess.

    Returns:
        The text and the guessed encoding (``None`` for UTF-8 or a BOM).

    Raises:
        _Refused: ``empty``, ``binary`` or ``encoding``.
    """
    if not data:
        raise _Refused("empty", "0 bytes")
    text: str | None = None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise _Refused("encoding", f"{codec} BOM but not valid {codec} at byte {exc.start}") from None
            break
    guessed: str | None = None
    if text is None:
        _check_binary(data)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            text, guessed = _guess(data, exc.start)
    if not text.strip():
        raise _Refused("empty", "only whitespace")
    return text, guessed


def _check_binary(data: bytes) -> None:
    sample = data[:65536]
    nul = sample.find(b"\x00")
    if nul >= 0:
        raise _Refused("binary", f"NUL byte at {nul}; not a text file")
    controls = sum(1 for b in sample if b in _CONTROL)
    if controls > _MAX_CONTROL_SHARE * len(sample):
        raise _Refused("binary", f"{controls} control bytes in the first {len(sample)}; not a text file")


def _guess(data: bytes, bad_at: int) -> tuple[str, str]:
    """A confident charset_normalizer guess, when that package is installed."""
    hint = f"not valid UTF-8 at byte {bad_at}; re-save the file as UTF-8"
    try:
        from charset_normalizer import from_bytes
    except ImportError:
        raise _Refused("encoding", hint) from None
    best = from_bytes(data).best()
    if best is None or best.chaos > _MAX_CHAOS:
        raise _Refused("encoding", hint)
    log.debug("decoded as %s (chaos %.2f)", best.encoding, best.chaos)
    return str(best), best.encoding


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip("\ufeff \t\r\n").lower()
    return head.startswith(("<!doctype html", "<html"))


def _looks_like_jsonl(data: bytes) -> bool:
    """True when the first non-blank line is, on its own, a JSON object."""
    first = next((line for line in data.splitlines() if line.strip()), b"")
    if not first.lstrip().startswith(b"{"):
        return False
    try:
        return isinstance(json.loads(first), dict)
    except ValueError:
        return False


# --------------------------------------------------------------------------- HTML


def _from_html(
    html: str, doc_id: str, source: str, fmt: str, extra: tuple[tuple[str, str], ...] = (),
    fallback_date: str | None = None,
) -> RawDocument | Rejection:
    """The main text of a page and its title/published/url/publisher hints."""
    import trafilatura

    try:
        text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    except Exception as exc:  # trafilatura/lxml raise many kinds on odd markup
        return Rejection(source, STAGE, "not-article", f"HTML could not be parsed: {exc}")
    if not text or not text.strip():
        return Rejection(source, STAGE, "not-article", "no main text found in the HTML")
    hints = dict(extra)  # keys of ``extra`` win over what the page says (e.g. WARC-Target-URI)
    meta = _html_metadata(html)
    for key in ("title", "url", "publisher"):
        if meta.get(key) and key not in hints:
            hints[key] = meta[key]
    published = _html_date(html) or fallback_date
    if published:
        hints.setdefault("published", published)
    text = _normalise_newlines(text)
    title = meta.get("title")
    if title and not text.startswith(title):
        text = f"{title}\n{text}"
    order = ("title", "published", "url", "publisher")
    ordered = [(k, hints[k]) for k in order if k in hints] + [(k, v) for k, v in hints.items() if k not in order]
    return RawDocument(doc_id, source, text, fmt, tuple(ordered))


def _html_metadata(html: str) -> dict[str, str]:
    """Title, canonical URL and site name, from trafilatura's metadata (``<title>`` as fallback)."""
    from trafilatura import extract_metadata

    out: dict[str, str] = {}
    try:
        meta = extract_metadata(html, extensive=False)
    except Exception as exc:  # metadata is a hint: never refuse a page for it
        log.debug("trafilatura metadata failed: %s", exc)
        meta = None
    if meta is not None:
        for key, attr in (("title", "title"), ("url", "url"), ("publisher", "sitename")):
            value = getattr(meta, attr, None)
            if isinstance(value, str) and value.strip():
                out[key] = " ".join(value.split())
    if "title" not in out:
        match = _TITLE_RE.search(html)
        if match and match.group(1).strip():
            import html as html_lib

            out["title"] = " ".join(html_lib.unescape(match.group(1)).split())
    return out


def _html_date(html: str) -> str | None:
    from htmldate import find_date

    try:
        return find_date(html, outputformat="%Y-%m-%d", original_date=True, extensive_search=False)
    except Exception as exc:  # a date is a hint: never refuse a page for it
        log.debug("htmldate failed: %s", exc)
        return None


# --------------------------------------------------------------------------- JSONL


def _read_jsonl(path: Path, settings: Settings) -> Iterator[RawDocument | Rejection]:
    try:
        with path.open("rb") as fh:
            yield from _jsonl_lines(fh, doc_id_for(path), str(path), settings)
    except OSError as exc:
        yield Rejection(str(path), STAGE, "unreadable", exc.strerror or str(exc))


def _jsonl_lines(
    lines: Iterable[bytes], stem: str, source: str, settings: Settings
) -> Iterator[RawDocument | Rejection]:
    seen = False
    for number, line in enumerate(lines, start=1):
        if number == 1:
            line = line.removeprefix(codecs.BOM_UTF8)
        if not line.strip():
            continue
        seen = True
        where = f"{source}#L{number}"
        if len(line) > settings.max_bytes:
            yield Rejection(where, STAGE, "too-large", f"{len(line)} bytes > max_bytes {settings.max_bytes}")
            continue
        yield _jsonl_record(line, f"{stem}#{number}", where)
    if not seen:
        yield Rejection(source, STAGE, "empty", "no JSON lines")


def _jsonl_record(line: bytes, default_id: str, where: str) -> RawDocument | Rejection:
    try:
        record = json.loads(line)
    except UnicodeDecodeError as exc:
        return Rejection(where, STAGE, "jsonl", f"not valid UTF-8 at byte {exc.start}; re-save the file as UTF-8")
    except ValueError as exc:
        return Rejection(where, STAGE, "jsonl", f"invalid JSON: {exc}")
    if not isinstance(record, dict):
        return Rejection(where, STAGE, "jsonl", f"expected a JSON object, got {type(record).__name__}")
    doc_id = next((str(record[k]) for k in ("id", "doc") if record.get(k) not in (None, "")), default_id)
    hints: list[tuple[str, str]] = []
    for key, names in (("title", ("title",)), ("published", ("published", "date")), ("url", ("url",)),
                       ("publisher", ("publisher", "source"))):
        value = next((record[n] for n in names if isinstance(record.get(n), str) and record[n].strip()), None)
        if value:
            hints.append((key, value.strip()))
    text = next((record[k] for k in TEXT_FIELDS if isinstance(record.get(k), str)), None)
    if text is None:
        if isinstance(record.get("html"), str):
            return _from_html(record["html"], doc_id, where, "jsonl", tuple(hints))
        return Rejection(where, STAGE, "jsonl", "no text field (text, content, body or html)")
    if not text.strip():
        return Rejection(where, STAGE, "empty", "the text field is empty")
    return RawDocument(doc_id, where, _normalise_newlines(text), "jsonl", tuple(hints))


# --------------------------------------------------------------------------- WARC


class _CheckedArchiveIterator(ArchiveIterator):
    """warcio's iterator, noting whether the last gzip member ended (warcio stops silently on a cut file)."""

    cut_member = False

    def close(self) -> None:
        decompressor = getattr(self.reader, "decompressor", None) if self.reader is not None else None
        self.cut_member = decompressor is not None and getattr(decompressor, "eof", True) is False
        super().close()


def _read_warc(path: Path, settings: Settings) -> Iterator[RawDocument | Rejection]:
    """Each HTTP 200 HTML response of a WARC/ARC file; a corrupt or cut file ends with a ``warc`` rejection."""
    source = f"warc:{path}"
    number = 0
    try:
        with path.open("rb") as fh:
            records = _CheckedArchiveIterator(fh, arc2warc=True)
            for number, record in enumerate(records, start=1):
                item = _warc_record(record, f"{source}#{number}", settings)
                _check_complete(record, number)
                if item is not None:
                    yield item
            if records.cut_member:
                raise EOFError("the file ends inside a gzip member; it was probably cut short")
    except Exception as exc:  # warcio/zlib/gzip raise many kinds on a truncated or corrupt file
        yield Rejection(
            source, STAGE, "warc",
            f"truncated or corrupt after record {number}: {type(exc).__name__}: {exc}; records before it were read",
        )


def _check_complete(record, number: int) -> None:
    """Read the rest of ``record``; raise EOFError when the file ends before its Content-Length."""
    raw = record.raw_stream
    while raw.read(65536):
        pass
    missing = getattr(raw, "limit", 0)
    if missing > 0:
        raise EOFError(f"record {number} is cut short: {missing} bytes of its body are missing")


def _warc_record(record, where: str, settings: Settings) -> RawDocument | Rejection | None:
    """A document for an HTML 200 response record, ``None`` for any other record."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    if record.http_headers.get_statuscode() != "200":
        return None
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    if "html" not in content_type:
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    data = record.content_stream().read(settings.max_bytes + 1)
    if len(data) > settings.max_bytes:
        return Rejection(where, STAGE, "too-large", f"record body > max_bytes {settings.max_bytes}")
    try:
        html = _decode_declared(data, content_type)
    except _Refused as refused:
        return Rejection(where, STAGE, refused.reason, refused.detail)
    warc_date = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
    extra = (("url", uri),) if uri else ()
    doc_id = hashlib.sha1(uri.encode("utf-8")).hexdigest()[:16]
    return _from_html(html, doc_id, where, "warc", extra, fallback_date=warc_date)


def _decode_declared(data: bytes, content_type: str) -> str:
    """Decode with the HTTP ``charset`` when it names a known codec, else like a file."""
    match = re.search(r"charset=[\"']?([\w.:-]+)", content_type)
    if match and data:
        try:
            return data.decode(codecs.lookup(match.group(1)).name)
        except (LookupError, UnicodeDecodeError):
            pass
    return _decode(data)[0]
