"""Quotes stage: direct quotations of four words or more, with their speaker.

Quotation marks: straight and curly double quotes (mixed pairs too: ``"... ”``),
guillemets and low-high quotes, nested quotes inside a quote, and quotes left open
at the end of a paragraph (the convention for a quotation running on).

The speaker, in order of trust:

1. the attribution after the closing mark: ``," Waltz told ...``, ``,” he said``,
   ``," said the ministry``;
2. the subject before the opening mark in the same sentence: ``Aliyev noted, “...``,
   ``He said no country should do "anything wrong"``;
3. a paragraph that opens with a quote after one ending in a colon:
   ``Rizvan Nabiyev ... stated that ...:`` / ``“At the Gabala summit ...”``;
4. the speaker of the quote just before in the same paragraph (a quote split
   around "he said").

"He"/"she" is the person named last before; a speaker may be an organisation.
"""
from __future__ import annotations

import re

from .model import CleanDocument, EntityAnalysis, Evidence, Mention, Quote

MIN_WORDS = 4
OPENERS = "“„«"
CLOSERS = "”»"
STRAIGHT = '"'
CUE_VERBS = (
    "said|says|say|told|tells|stated|states|added|adds|noted|notes|stressed|emphasi[sz]ed|underlined|underscored|"
    "asked|asks|explained|declared|warned|insisted|argued|continued|recalled|claimed|remarked|wrote|"
    "highlighted|pointed out|announced|replied|responded|answered|concluded|observed|commented|according to"
)
_AFTER = re.compile(rf"[\s,.!?—–-]*(?:(?P<verb1>{CUE_VERBS})\s+(?P<who1>[^.,;!?]{{1,80}})|"
                    rf"(?P<who2>[^.;!?“”\"]{{1,80}}?)\s+(?P<verb2>{CUE_VERBS})\b)", re.I)
_PRONOUN = re.compile(r"\b(?P<p>he|she|He|She)\b")
_WORDS = re.compile(r"\w+(?:['’]\w+)*")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every quotation's content (without its marks), in text order."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for para in text.split("\n"):
        spans.extend((pos + a, pos + b) for a, b in _para_spans(para))
        pos += len(para) + 1
    return spans


def _can_open(s: str, i: int) -> bool:
    prev = s[i - 1] if i > 0 else " "
    nxt = s[i + 1] if i + 1 < len(s) else " "
    return (prev.isspace() or prev in "([{—–-:,;/" or i == 0) and not nxt.isspace()


def _can_close(s: str, i: int) -> bool:
    nxt = s[i + 1] if i + 1 < len(s) else " "
    prev = s[i - 1] if i > 0 else " "
    return (nxt.isspace() or nxt in ".,;:!?)]}—–-…" or i + 1 == len(s)) and not prev.isspace()


def _para_spans(s: str) -> list[tuple[int, int]]:
    out = []
    start = None
    depth = 0
    for i, ch in enumerate(s):
        if ch not in OPENERS and ch not in CLOSERS and ch != STRAIGHT:
            continue
        if start is None:
            if ch in OPENERS or (ch == STRAIGHT and _can_open(s, i)):
                start, depth = i + 1, 1
            continue
        if ch in OPENERS or (ch == STRAIGHT and _can_open(s, i) and not _can_close(s, i)):
            depth += 1
            continue
        if ch in CLOSERS or (ch == STRAIGHT and _can_close(s, i)):
            depth -= 1
            if depth <= 0:
                out.append((start, i))
                start, depth = None, 0
    if start is not None and len(s) - start > 0:
        out.append((start, len(s)))  # a quotation running on past the paragraph
    return out


def _sentence_of(sdoc, char: int) -> tuple[int, int]:
    from .nlp import sentence_at

    return sentence_at(sdoc, char)


def _speaker_in(ms: list[Mention], s: int, e: int, first: bool) -> str | None:
    cands = [m for m in ms if s <= m.start and m.end <= e and m.entity_id.split(":")[0] in ("person", "org", "country")]
    persons = [m for m in cands if m.entity_id.startswith("person:")]
    pick = persons or [m for m in cands if m.entity_id.startswith("org:")]
    if not pick:
        return None
    return (pick[0] if first else pick[-1]).entity_id


def _last_person_before(ms: list[Mention], pos: int) -> str | None:
    best = None
    for m in ms:
        if m.entity_id.startswith("person:") and m.end <= pos:
            best = m
    return best.entity_id if best else None


_TITLED = re.compile(r"\b[Tt]he\s+(?:(?P<adj>[A-Z][\w-]+)\s+)?(?P<title>(?:[a-z]+[\s-]){0,2}?"
                     r"(?:president|prime minister|premier|minister|ambassador|envoy|spokes(?:man|woman|person)|"
                     r"chancellor|king|leader|secretary|commander|speaker))\b")


def _titled_person(text: str, ms: list[Mention], roles, s: int, e: int) -> str | None:
    """"the Azerbaijani president": the person whose role in this document has that title and state."""
    m = _TITLED.search(text, s, e)
    if not m or not roles:
        return None
    state = None
    if m.group("adj"):
        inside = [x for x in ms if x.start >= m.start("adj") and x.end <= m.end("adj")]
        state = inside[0].entity_id if inside else None
    title = m.group("title").lower()
    for r in roles:
        if title.split()[-1] in r.title.lower() and (state is None or r.of == state):
            return r.person
    return None


def _who(text: str, ms: list[Mention], s: int, e: int, first: bool, roles=()) -> str | None:
    """The speaker named in ``text[s:e]``: a person or organisation, or a pronoun's antecedent."""
    named = _speaker_in(ms, s, e, first) or _titled_person(text, ms, roles, s, e)
    pron = _PRONOUN.search(text, s, e) if e > s else None
    if pron and (named is None or first and pron.start() < next(
            m.start for m in ms if m.entity_id == named and s <= m.start < e)):
        return _last_person_before(ms, pron.start()) or named
    return named


def extract_quotes(sdoc, cleaned: CleanDocument, ents: EntityAnalysis) -> tuple[Quote, ...]:
    """The document's direct quotations with speakers (``sdoc``: spaCy Doc of the clean text)."""
    text = cleaned.text
    ms = sorted(ents.mentions, key=lambda m: m.start)
    quotes: list[Quote] = []
    prev_para_end = -1
    prev_speaker: str | None = None
    for qs, qe in quote_spans(text):
        body = text[qs:qe].strip().rstrip(",")
        if len(_WORDS.findall(body)) < MIN_WORDS:
            continue
        para_start = text.rfind("\n", 0, qs) + 1
        ss, _ = _sentence_of(sdoc, qs)
        _, se = _sentence_of(sdoc, max(qs, qe - 1))
        ss = max(ss, para_start)
        speaker, cue = None, None
        # 1. after the closing mark
        nl = text.find("\n", qe)
        tail_end = min(qe + 160, nl if nl >= 0 else len(text))
        m = _AFTER.match(text, qe + 1, tail_end) if qe + 1 <= tail_end else None
        if m:
            g = "who1" if m.group("who1") else "who2"
            speaker = _who(text, ms, m.start(g), m.end(g), first=True, roles=ents.roles)
            cue = (m.group("verb1") or m.group("verb2") or "").lower()
        # 2. before the opening mark, same sentence
        if speaker is None and qs - 1 > ss:
            speaker = _who(text, ms, ss, qs - 1, first=True, roles=ents.roles)
            cue = cue or _cue_in(text[ss:qs])
        # 3. a paragraph opening with a quote after "X stated that ...:"
        if speaker is None and qs - 1 <= para_start + 1 and para_start >= 2:
            prev_end = para_start - 1
            while prev_end > 0 and text[prev_end - 1] in "\n ":
                prev_end -= 1
            if text[prev_end - 1:prev_end] == ":":
                ps, _ = _sentence_of(sdoc, prev_end - 1)
                speaker = _who(text, ms, ps, prev_end, first=True, roles=ents.roles)
                cue = _cue_in(text[ps:prev_end]) or ":"
        # 4. the sentence before, in the same paragraph ("He clarified that .... "We are now ...")
        if speaker is None and ss > para_start:
            ps, _ = _sentence_of(sdoc, max(para_start, ss - 2))
            speaker = _who(text, ms, max(ps, para_start), ss, first=True, roles=ents.roles)
        # 5. the quote just before in the same paragraph, or a paragraph that only continues the last quote
        if speaker is None and (prev_para_end == para_start or (
                qs - 1 <= para_start + 1 and _para_is_quote(text, para_start, qe))):
            speaker = prev_speaker
        ev = Evidence(text[ss:se], ss, se)
        quotes.append(Quote(speaker=speaker, text=body, evidence=ev, cue=cue))
        prev_para_end, prev_speaker = para_start, speaker
    return tuple(quotes)


def _para_is_quote(text: str, para_start: int, qe: int) -> bool:
    """The paragraph holds nothing but the quotation."""
    nl = text.find("\n", qe)
    rest = text[qe + 1: nl if nl >= 0 else len(text)]
    return not rest.strip(" .,”\"»")


def _cue_in(s: str) -> str | None:
    m = re.search(rf"\b({CUE_VERBS})\b", s, re.I)
    return m.group(1).lower() if m else None
