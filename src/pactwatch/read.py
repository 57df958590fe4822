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
* ``.warc``, ``.warc.gz``, ``.arc``, ``.arc.gz``: each HTTP 200 HTML response (``fmt="warc"``;
  :mod:`pactwatch.warc`).

* ``.gz`` (or gzip content under any name): decompressed, at most ``max_bytes`` of it
  (a small file that expands to gigabytes is refused as ``too-large``), then as above.

Texts: ``RawDocument.text`` is what the stages read: the file decoded to Unicode with
newlines normalised (``\\r\\n`` and lone ``\\r`` become ``\\n``), or for HTML and WARC the
extracted main text. ``RawDocument.original`` keeps what the user gave when it differs
(the page's HTML, the record's body, the file with its ``\\r\\n``): evidence offsets point
into it (see :mod:`pactwatch.provenance`).

Identity: a document's ``name`` is what the user calls it (the file name without its
extensions, a JSON record's ``id``, ``stdin``; a JSON record without an ``id``: its file
name and line, ``feed.jsonl#L3``, the same reference its source and a refusal of that line
end with); its ``doc_id`` is that name followed by
the first 16 hex digits of its content hash (:func:`content_hash`), so two files called
``article.html`` in different folders, or two texts piped to stdin, are two documents,
and the same text always gets the same id. ``source`` keeps the full path (JSON Lines:
``path#L<line>``; WARC: ``warc:path#<WARC-Record-ID>``).

Inputs that are not documents are skipped and counted (:class:`~pactwatch.model.Skipped`):
WARC records other than HTML 200 responses, and, inside a folder, files whose name or
extension says they are not articles (``README.md``, ``LICENSE``, ``index.tsv``, images;
``data/pagekind.json``). A file named on the command line is always read.

``max_bytes`` applies to a whole plain/HTML file (checked with ``stat``, so an oversized
file is never read), to stdin, to a decompressed file, and to each JSONL line or WARC
record: a container file may be any size since it is streamed.
"""
from __future__ import annotations

import codecs
import functools
import json
import logging
import os
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import BinaryIO

from .model import RawDocument, Rejection, Skipped, content_hash
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
_GZIP_MAGIC = b"\x1f\x8b"
_NAME_MAX = 64


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
                why = not_an_article_file(file)
                if why:
                    yield Skipped(os.path.abspath(file), STAGE, "not-an-article-file", why)
                    continue
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


def name_for(path: Path) -> str:
    """The file name without its extension(s): ``a.warc.gz`` → ``a``, ``000_1c87.txt`` → ``000_1c87``."""
    name = path.name
    lower = name.lower()
    for suffix in WARC_SUFFIXES + (".gz",):
        if lower.endswith(suffix) and len(name) > len(suffix):
            return Path(name[: -len(suffix)]).stem or name[: -len(suffix)]
    return path.stem or name


def make_doc_id(name: str, text: str) -> str:
    """``name-<16 hex digits of the content hash>``: unique for different texts, the same for the same one."""
    label = re.sub(r"[\s\x00-\x1f\x7f]+", "_", name).strip("_")[:_NAME_MAX] or "doc"
    return f"{label}-{content_hash(text)[:16]}"


def _raw(name: str, source: str, text: str, fmt: str, hints=(), original: str | None = None) -> RawDocument:
    return RawDocument(make_doc_id(name, text), source, text, fmt, tuple(hints), name,
                       original if original is not None and original != text else None)


@functools.lru_cache(maxsize=1)
def _folder_skips() -> tuple[frozenset[str], frozenset[str]]:
    """(file-name suffixes, lower-case stems) that are not articles when found inside a folder."""
    data = json.loads(resources.files("pactwatch.data").joinpath("pagekind.json").read_text(encoding="utf-8"))
    rule = data["folder_skip"]
    return frozenset(x.lower() for x in rule["suffixes"]), frozenset(x.lower() for x in rule["names"])


def not_an_article_file(path: Path) -> str | None:
    """Why a file found inside a folder is no article (its name or extension), or None."""
    suffixes, names = _folder_skips()
    lower = path.name.lower()
    if lower.split(".", 1)[0] in names:
        return f"{path.name} is not an article by its name"
    suffix = "." + lower.rsplit(".", 1)[-1] if "." in lower else ""
    if suffix in suffixes:
        return f"{suffix} files are not articles"
    return None


def doc_id_for(path: Path) -> str:
    """Deprecated name of :func:`name_for` (a file's name is no id: see :func:`make_doc_id`)."""
    return name_for(path)


# --------------------------------------------------------------------------- files


def _read_file(path: Path, settings: Settings) -> Iterator[RawDocument | Rejection]:
    source = os.path.abspath(path)
    lower = path.name.lower()
    if lower.endswith(WARC_SUFFIXES):
        from .warc import read_warc

        yield from read_warc(path, settings)
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
    yield from _from_bytes(data, name_for(path), source, lower.removesuffix(".gz"), settings)


def _from_bytes(data: bytes, name: str, source: str, inner: str, settings: Settings
                ) -> Iterator[RawDocument | Rejection]:
    """The documents in a file's (or stdin's) bytes, gzip decompressed within ``max_bytes``.

    ``inner`` is the file's name without ``.gz``: its extension says HTML or JSON Lines; a
    decompressed stream with no telling name is JSON Lines when its first line is a JSON object.
    """
    if data.startswith(_GZIP_MAGIC):
        try:
            data = gunzip_bounded(data, settings.max_bytes)
        except _Refused as refused:
            yield Rejection(source, STAGE, refused.reason, refused.detail)
            return
        if inner.endswith(JSONL_SUFFIXES) or (not inner.endswith(HTML_SUFFIXES) and _looks_like_jsonl(data)):
            yield from _jsonl_lines(data.splitlines(), _file_label(name, source), source, settings)
            return
    elif not inner and _looks_like_jsonl(data):  # stdin
        yield from _jsonl_lines(data.splitlines(), _file_label(name, source), source, settings)
        return
    yield _document(data, name, source, as_html=inner.endswith(HTML_SUFFIXES))


def _file_label(name: str, source: str) -> str:
    """What a JSON Lines record's line is named after: the file's name as its source ends (``feed.jsonl.gz``),
    ``name`` for stdin."""
    return name if source == STDIN_SOURCE else os.path.basename(source)


def gunzip_bounded(data: bytes, limit: int) -> bytes:
    """Decompress gzip ``data`` (every member), refusing as soon as the output passes ``limit`` bytes.

    Raises:
        _Refused: ``too-large`` (it expands past ``limit``: a gzip bomb is stopped after
            ``limit`` bytes, never held whole) or ``binary`` (not valid gzip).
    """
    out: list[bytes] = []
    total = 0
    rest = data
    try:
        while rest:
            d = zlib.decompressobj(16 + zlib.MAX_WBITS)
            chunk = d.decompress(rest, limit + 1 - total)
            while True:
                total += len(chunk)
                if total > limit:
                    raise _Refused("too-large", f"gzip data expands to more than max_bytes {limit} bytes")
                out.append(chunk)
                if d.eof or not d.unconsumed_tail:
                    break
                chunk = d.decompress(d.unconsumed_tail, limit + 1 - total)
            if not d.eof:
                raise _Refused("binary", "gzip data is cut short")
            rest = d.unused_data.lstrip(b"\x00")
    except zlib.error as exc:
        raise _Refused("binary", f"not valid gzip data: {exc}") from None
    return b"".join(out)


STDIN_SOURCE = "<stdin>"  # the source of what ``-`` reads


def _read_stdin(stream: BinaryIO, settings: Settings) -> Iterator[RawDocument | Rejection]:
    source = STDIN_SOURCE
    data = stream.read(settings.max_bytes + 1)
    if len(data) > settings.max_bytes:
        yield Rejection(source, STAGE, "too-large", f"more than max_bytes {settings.max_bytes} bytes")
        return
    yield from _from_bytes(data, "stdin", source, "", settings)


def _document(data: bytes, name: str, source: str, *, as_html: bool) -> RawDocument | Rejection:
    """Decode ``data`` and make a text or HTML document of it."""
    try:
        text, encoding = _decode(data)
    except _Refused as refused:
        return Rejection(source, STAGE, refused.reason, refused.detail)
    extra = (("encoding", encoding),) if encoding else ()
    if as_html or _looks_like_html(text):
        return _from_html(text, name, source, "html", extra)
    return _raw(name, source, _normalise_newlines(text), "text", extra, original=text)


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
    """A confident charset_normalizer guess (a declared dependency, loaded on the first text that is not UTF-8)."""
    from charset_normalizer import from_bytes

    hint = f"not valid UTF-8 at byte {bad_at}; re-save the file as UTF-8"
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
    html: str, name: str, source: str, fmt: str, extra: tuple[tuple[str, str], ...] = (),
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
    return _raw(name, source, text, fmt, ordered, original=html)


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
            yield from _jsonl_lines(fh, path.name, os.path.abspath(path), settings)
    except OSError as exc:
        yield Rejection(os.path.abspath(path), STAGE, "unreadable", exc.strerror or str(exc))


def _jsonl_lines(
    lines: Iterable[bytes], label: str, source: str, settings: Settings
) -> Iterator[RawDocument | Rejection]:
    """The records of JSON Lines: one per non-blank line, from ``source#L<line>`` (lines counted from 1,
    blank ones included); a record without an ``id`` is named ``label#L<line>`` (``feed.jsonl#L3``)."""
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
        yield _jsonl_record(line, f"{label}#L{number}", where, number)
    if not seen:
        yield Rejection(source, STAGE, "empty", "no JSON lines")


def _jsonl_record(line: bytes, default_name: str, where: str, number: int = 1) -> RawDocument | Rejection:
    try:
        record = json.loads(line)
    except UnicodeDecodeError as exc:
        return Rejection(where, STAGE, "jsonl", f"not valid UTF-8 at byte {exc.start}; re-save the file as UTF-8")
    except ValueError as exc:
        return Rejection(where, STAGE, "jsonl", f"invalid JSON: {exc}")
    if not isinstance(record, dict):
        return Rejection(where, STAGE, "jsonl", f"expected a JSON object, got {type(record).__name__}")
    name = next((str(record[k]) for k in ("id", "doc") if record.get(k) not in (None, "")), default_name)
    hints: list[tuple[str, str]] = []
    for key, names in (("title", ("title",)), ("published", ("published", "date")), ("url", ("url",)),
                       ("publisher", ("publisher", "source"))):
        value = next((record[n] for n in names if isinstance(record.get(n), str) and record[n].strip()), None)
        if value:
            hints.append((key, value.strip()))
    field = next((k for k in TEXT_FIELDS if isinstance(record.get(k), str)), None)
    if field is None:
        if isinstance(record.get("html"), str):
            hints.append(("offsets_into", f"the html field of line {number}"))
            return _from_html(record["html"], name, where, "jsonl", tuple(hints))
        return Rejection(where, STAGE, "jsonl", "no text field (text, content, body or html)")
    text = record[field]
    if not text.strip():
        return Rejection(where, STAGE, "empty", "the text field is empty")
    if "\x00" in text:
        return Rejection(where, STAGE, "binary", f"NUL character in the {field} field")
    hints.append(("offsets_into", f"the {field} field of line {number}"))
    return _raw(name, where, _normalise_newlines(text), "jsonl", hints, original=text)
