"""Reading WARC and ARC files (part of the *read* stage, :mod:`pactwatch.read`).

Each HTTP 200 HTML response becomes a document (``fmt="warc"``, its ``source``
``warc:path#<WARC-Record-ID>``, its evidence offsets into the record's decoded body); every
other record is skipped and counted by its kind (:class:`~pactwatch.model.Skipped`:
``warc-request``, ``warc-not-200``, ``warc-not-html`` ...). A record body is read up to
``max_bytes``; a record that declares more than ten times that ends the file's reading
(a WARC bomb); a file cut short or corrupt ends with a ``warc`` rejection after the records
read before the damage.
"""
from __future__ import annotations

import codecs
import os
import re
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from .model import RawDocument, Rejection, Skipped
from .read import STAGE, _decode, _from_html, _Refused
from .settings import Settings

_WARC_RECORD_CAP = 10  # a WARC record declaring more than this many times max_bytes ends the file's reading


class _CheckedArchiveIterator(ArchiveIterator):
    """warcio's iterator, noting whether the last gzip member ended (warcio stops silently on a cut file)."""

    cut_member = False

    def close(self) -> None:
        decompressor = getattr(self.reader, "decompressor", None) if self.reader is not None else None
        self.cut_member = decompressor is not None and getattr(decompressor, "eof", True) is False
        super().close()


def read_warc(path: Path, settings: Settings) -> Iterator[RawDocument | Rejection]:
    """Each HTTP 200 HTML response of a WARC/ARC file, every other record skipped and counted by
    kind; a corrupt or cut file ends with a ``warc`` rejection."""
    source = f"warc:{os.path.abspath(path)}"
    number = 0
    try:
        with path.open("rb") as fh:
            records = _CheckedArchiveIterator(fh, arc2warc=True)
            for number, record in enumerate(records, start=1):
                declared = int(record.length or 0)
                if declared > _WARC_RECORD_CAP * settings.max_bytes:
                    raise EOFError(f"record {number} declares {declared} bytes, more than {_WARC_RECORD_CAP} x "
                                   f"max_bytes; the rest of the file is not read")
                record_id = (record.rec_headers.get_header("WARC-Record-ID") or f"{number}").strip("<>")
                item = _warc_record(record, f"{source}#{record_id}", settings)
                _check_complete(record, number)
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


def _warc_record(record, where: str, settings: Settings) -> RawDocument | Rejection:
    """A document for an HTML 200 response record, a :class:`Skipped` by kind for any other record."""
    if record.rec_type != "response" or record.http_headers is None:
        return Skipped(where, STAGE, f"warc-{record.rec_type or 'record'}", "not an HTTP response")
    status = record.http_headers.get_statuscode()
    if status != "200":
        return Skipped(where, STAGE, "warc-not-200", f"HTTP status {status}")
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    if "html" not in content_type:
        return Skipped(where, STAGE, "warc-not-html", f"Content-Type {content_type or 'missing'}")
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    data = record.content_stream().read(settings.max_bytes + 1)
    if len(data) > settings.max_bytes:
        return Rejection(where, STAGE, "too-large", f"record body > max_bytes {settings.max_bytes}")
    try:
        html = _decode_declared(data, content_type)
    except _Refused as refused:
        return Rejection(where, STAGE, refused.reason, refused.detail)
    warc_date = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
    extra = ((("url", uri),) if uri else ()) + (("offsets_into", "the body of the WARC record"),)
    return _from_html(html, _url_name(uri), where, "warc", extra, fallback_date=warc_date)


def _url_name(uri: str) -> str:
    """A readable name for a page: the last segment of its URL's path without extension, else its host."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(uri)
    except ValueError:
        return "page"
    segment = next((p for p in reversed(parts.path.split("/")) if p), "")
    return Path(segment).stem or parts.hostname or "page"


def _decode_declared(data: bytes, content_type: str) -> str:
    """Decode with the HTTP ``charset`` when it names a known codec, else like a file."""
    match = re.search(r"charset=[\"']?([\w.:-]+)", content_type)
    if match and data:
        try:
            return data.decode(codecs.lookup(match.group(1)).name)
        except (LookupError, UnicodeDecodeError):
            pass
    return _decode(data)[0]
