"""Where a fact was read, in what the user gave: spans of a document's text mapped to its original.

A :class:`~pactwatch.model.RawDocument`'s ``text`` is what the stages read; when the user
gave something else (``RawDocument.original``: an HTML page, a WARC record's body, a file
with ``\\r\\n`` line ends) an evidence span of ``text`` is mapped into ``original`` here,
so that ``original[start:end]`` is the evidence as it stands there:

* **Line ends**: ``\\r\\n`` became ``\\n``; the map steps over the ``\\r``.
* **HTML**: the text trafilatura extracted is found again among the page's visible
  characters (markup, comments, scripts and styles skipped; ``&amp;`` and other
  references are one character spanning the whole reference). Each line of the text is
  looked for whole, in page order, then word by word. The span of a sentence in the page
  runs from the first character of its first word to the last character of its last word,
  with whatever markup lies between (``<a href=...>`` inside a sentence stays in the slice).

A span that cannot be found maps to ``(-1, -1)``: a missing offset, never a wrong one.
"""
from __future__ import annotations

import html as html_lib
import re
from array import array

_TOKEN = re.compile(
    r"<!--.*?(?:-->|\Z)"                      # comment
    r"|<(script|style|noscript|template)\b[^>]*>.*?(?:</\1\s*>|\Z)"  # content never shown as text
    r"|<!\[CDATA\[.*?(?:\]\]>|\Z)"
    r"|<[!?/]?[A-Za-z][^>]*>?"                # tag, doctype, processing instruction
    r"|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?",  # character reference
    re.S | re.I,
)
_NON_SPACE = re.compile(r"\S+")
_WINDOW = 20_000  # characters of the page searched ahead for a word that was not found with its line


class SourceMap:
    """Spans of a document's ``text`` to spans of its ``original``.

    Example:
        >>> m = SourceMap.build("a\\nb", "a\\r\\nb", html=False)
        >>> m.span(0, 3)
        (0, 4)
    """

    def __init__(self, starts: array, ends: array):
        self._starts, self._ends = starts, ends  # per character of text: its span in original, -1 unknown

    @classmethod
    def build(cls, text: str, original: str, html: bool) -> SourceMap:
        """The map of ``text`` into ``original`` (an HTML page when ``html``, else a text with ``\\r``)."""
        starts = array("l", [-1]) * len(text)
        ends = array("l", [-1]) * len(text)
        if html:
            _align_html(text, original, starts, ends)
        else:
            _align_line_ends(text, original, starts, ends)
        return cls(starts, ends)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span of ``original`` holding ``text[start:end]``; ``(-1, -1)`` when it cannot be found."""
        first = next((i for i in range(max(0, start), min(end, len(self._starts))) if self._starts[i] >= 0), None)
        last = next((i for i in range(min(end, len(self._ends)) - 1, max(0, start) - 1, -1) if self._ends[i] >= 0),
                    None)
        if first is None or last is None or self._ends[last] <= self._starts[first]:
            return -1, -1
        return self._starts[first], self._ends[last]


def _align_line_ends(text: str, original: str, starts: array, ends: array) -> None:
    i = 0  # position in original
    for j, ch in enumerate(text):
        if i >= len(original):
            return
        if ch == "\n" and original[i] == "\r":
            width = 2 if original.startswith("\r\n", i) else 1
        else:
            width = 1
        starts[j], ends[j] = i, i + width
        i += width


def _visible(page: str) -> tuple[str, array, array]:
    """The page's visible non-space characters, each with its span in the page."""
    chars: list[str] = []
    starts, ends = array("l"), array("l")

    def add_text(segment: str, offset: int) -> None:
        for m in _NON_SPACE.finditer(segment):
            word = m.group()
            chars.append(word)
            base = offset + m.start()
            starts.extend(range(base, base + len(word)))
            ends.extend(range(base + 1, base + len(word) + 1))

    pos = 0
    for m in _TOKEN.finditer(page):
        if m.start() > pos:
            add_text(page[pos:m.start()], pos)
        token = m.group()
        if token.startswith("&"):
            decoded = html_lib.unescape(token)
            if decoded != token:
                for ch in decoded:
                    if not ch.isspace():
                        chars.append(ch)
                        starts.append(m.start())
                        ends.append(m.end())
            else:
                add_text(token, m.start())
        pos = m.end()
    if pos < len(page):
        add_text(page[pos:], pos)
    return "".join(chars), starts, ends


def _align_html(text: str, page: str, starts: array, ends: array) -> None:
    squashed, vis_starts, vis_ends = _visible(page)
    cursor = 0
    line_start = 0
    for line in text.split("\n"):
        words = [(m.start() + line_start, m.group()) for m in _NON_SPACE.finditer(line)]
        line_start += len(line) + 1
        if not words:
            continue
        needle = "".join(w for _, w in words)
        at = squashed.find(needle, cursor)
        if at < 0:
            at = squashed.find(needle)  # a title, or a line trafilatura moved
            if at >= 0:
                _fill(words, at, vis_starts, vis_ends, starts, ends)
                continue
        else:
            _fill(words, at, vis_starts, vis_ends, starts, ends)
            cursor = at + len(needle)
            continue
        local = cursor
        for offset, word in words:  # word by word, a little ahead of the last line found
            hit = squashed.find(word, local, local + _WINDOW + len(word))
            if hit < 0:
                continue
            _fill([(offset, word)], hit, vis_starts, vis_ends, starts, ends)
            local = hit + len(word)
        cursor = max(cursor, local)


def _fill(words: list[tuple[int, str]], at: int, vis_starts: array, vis_ends: array, starts: array,
          ends: array) -> None:
    k = at
    for offset, word in words:
        for i in range(len(word)):
            starts[offset + i] = vis_starts[k]
            ends[offset + i] = vis_ends[k]
            k += 1


def source_map_for(raw) -> SourceMap | None:
    """The map of ``raw.text`` into ``raw.original``, or None when the two are the same."""
    if raw.original is None:
        return None
    return SourceMap.build(raw.text, raw.original, html=raw.fmt in ("html", "warc") or
                           (raw.fmt == "jsonl" and (raw.hint("offsets_into") or "").startswith("the html")))


def offsets_into(raw) -> str:
    """What a document's evidence offsets count in, in words (for ``show`` and the contract)."""
    where = raw.hint("offsets_into")
    if raw.fmt == "jsonl":
        return f"characters of {where or 'the text field'} ({raw.source})"
    if raw.fmt == "warc":
        return f"characters of the body of WARC record {raw.source.rsplit('#', 1)[-1]}"
    if raw.source == "<stdin>":
        return "characters of standard input (decoded)"
    return "characters of the file (decoded)"
