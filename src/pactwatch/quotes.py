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
4. the answerer of an interview (Q&A) whose answer holds the quote, by the label
   before the answer (``Pevkur: ...``, ``A: ...``; see :func:`interview_turns`);
5. the speaker of the quote just before in the same paragraph (a quote split
   around "he said").

"He"/"she" is the person named last before; a speaker may be an organisation.
"""
from __future__ import annotations

import functools
import json
import re
from collections.abc import Sequence
from importlib import resources

from .clean import _lines
from .entities import title_heads
from .gazetteer import fold, slug
from .model import CleanDocument, EntityAnalysis, Evidence, Mention, Quote
from .nlp import sentence_at

MIN_WORDS = 4
OPENERS = "“„«"
CLOSERS = "”»"
STRAIGHT = '"'
CUE_VERBS = (
    "said|says|say|told|tells|stated|states|added|adds|noted|notes|stressed|emphasi[sz]ed|underlined|underscored|"
    "asked|asks|explained|declared|warned|insisted|argued|continued|recalled|claimed|remarked|wrote|"
    "highlighted|pointed out|announced|replied|responded|answered|concluded|observed|commented|according to|"
    "quoted as saying|saying|posted|tweeted"
)
_ABBR = (r"(?:\b[A-Z]\.|\b(?:Jr|Sr|Dr|Mr|Mrs|Ms|Gen|Lt|Col|Capt|Adm|Sgt|Rep|Sen|Gov|Prof|St|Rev|Fr|Hon|Brig|Maj|"
         r"Cmdr|Amb|Supt|Insp|Det|Cpl|Pvt|Gov|Atty|Sec|Pres)\.)")
_AFTER = re.compile(rf"[\s,.!?—–-]*(?:(?P<verb1>{CUE_VERBS}|per)\s+(?P<who1>(?:{_ABBR}|[^.,;!?]){{1,80}})|"
                    rf"(?P<who2>(?:{_ABBR}|[^.;!?“”\"]){{1,160}}?)\s+(?P<verb2>{CUE_VERBS})\b)")
_PRONOUN = re.compile(r"\b(?P<p>he|she|He|She)\b|\b[Aa]ccording to (?P<obj>him|her)\b")
_IT = re.compile(r"\W*(?:it|It|the (?:ministry|agency|department|statement|group|government|office))\b")
# a participle or verb before a quotation that makes it the subject's words ("..., saying there was "...")
_LEAD_CUE = re.compile(r"\b(?:saying|calling|describing|adding|noting|stressing|warning|insisting|arguing|claiming|"
                       r"asserting|accusing|writing|tweeting|telling|characteri[sz]ed|described|called)\b")
_WORDS = re.compile(r"\w+(?:[-'’]\w+)*")  # "quasi-state of war" is three words
# a name, not a quotation: every word capitalised ("The Internet Explorer 6 Countdown")
_TITLE_CASE = re.compile(r"(?:(?:[A-Z0-9][\w'’.&-]*|of|the|and|for|in|on|a|an|to|at|with)\s*)+")
# words that make the name after them an addressee or a complement, not a speaker: "told the Military
# Times", "approved by President Trump", "met with the IMF"
_GOVERNORS = frozenset({"to", "told", "tells", "by", "with", "from", "of", "about", "against", "for", "at", "on",
                        "in", "into", "than", "like", "via", "per", "and", "met", "called", "urged", "asked"})


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
    out = _double_spans(s)
    if not out and "‘" in s:
        out = _single_spans(s)
    return out


def _single_spans(s: str) -> list[tuple[int, int]]:
    """British-style ‘quotes’: ‘ opens before a word, ’ closes when no letter follows (not an apostrophe)."""
    out = []
    start = None
    for i, ch in enumerate(s):
        if ch == "‘" and start is None and _can_open(s, i):
            start = i + 1
        elif ch == "’" and start is not None and _can_close(s, i) and not (i + 1 < len(s) and s[i + 1].isalpha()):
            out.append((start, i))
            start = None
    return out


def _double_spans(s: str) -> list[tuple[int, int]]:
    out = []
    start = None
    depth = 0
    low_high = False  # „German-style“: the closing mark is “
    for i, ch in enumerate(s):
        if ch not in OPENERS and ch not in CLOSERS and ch != STRAIGHT:
            continue
        if start is None:
            if ch in OPENERS or (ch == STRAIGHT and _can_open(s, i)):
                start, depth, low_high = i + 1, 1, ch == "„"
            continue
        if low_high and ch == "“" and _can_close(s, i):
            out.append((start, i))
            start, depth = None, 0
            continue
        # '"I feel sorry for the young, "said X': a closing mark typed before the space
        typed_close = (ch == STRAIGHT and depth == 1 and s[i - 1:i] == " "
                       and re.match(r"(?:said|says|told|added|asked)\b", s[i + 1:i + 8]) is not None)
        if not typed_close and (ch in OPENERS or (ch == STRAIGHT and _can_open(s, i) and not _can_close(s, i))):
            depth += 1
            continue
        if ch in CLOSERS or (ch == STRAIGHT and (_can_close(s, i) or typed_close)):
            depth -= 1
            if depth <= 0:
                out.append((start, i))
                start, depth = None, 0
    if start is not None and len(s) - start > 0:
        out.append((start, len(s)))  # a quotation running on past the paragraph
    return out


def _sentence_of(sdoc, char: int) -> tuple[int, int]:

    return sentence_at(sdoc, char)


def _governed(text: str, m: Mention) -> bool:
    """The name follows a preposition or a verb that makes it no subject ("by President Donald Trump")."""
    before = re.findall(r"[\w’']+|[^\w\s]", text[max(0, m.start - 60):m.start])
    titles = _title_words()
    while before and (fold(before[-1]) in titles or before[-1] in ("the", "The", "a", "an", "'s", "’s")
                      or re.fullmatch(r"\d+(?:st|nd|rd|th)?", before[-1])
                      or (before[-1] in ("of", "for") and len(before) > 1 and fold(before[-2]) in titles)):
        before.pop()  # "at the 12th OTS summit", "by President Donald Trump", "Secretary of State Mike Pompeo"
    return bool(before) and before[-1].lower() in _GOVERNORS


def _speaker_in(ms: list[Mention], s: int, e: int, first: bool, text: str | None = None,
                inside: tuple | list = ()) -> str | None:
    cands = [m for m in ms if s <= m.start and m.end <= e and m.entity_id.split(":")[0] in ("person", "org", "country")
             and not any(a <= m.start < b for a, b in inside)]
    if text is not None and first:
        # the subject before a quotation: the first person or organisation that no preposition governs and
        # that is no possessor of another name ("Merkel's spokesperson, Steffen Seibert, said")
        free = [m for m in cands if m.entity_id.split(":")[0] in ("person", "org") and not _governed(text, m)]
        free = [m for m in free if not (re.match(r"['’]s\b", text[m.end:m.end + 3])
                                         and any(x.start > m.end and x.entity_id.startswith("person:") for x in free))]
        # an organisation that only qualifies a later person ("UCL astronomer Angelos Tsiaras", "the OTS
        # summit, Aliyev said") is no speaker
        free = [m for m in free if not (not m.entity_id.startswith("person:") and re.match(r"\s+[a-z]", text[m.end:m.end + 2])
                                        and any(x.start > m.end and x.entity_id.startswith("person:") for x in free))]
        if free:
            return free[0].entity_id
        if any(m.entity_id.split(":")[0] in ("person", "org") for m in cands):
            return None  # only addressees and complements ("A spokesperson told the Military Times ...")
    persons = [m for m in cands if m.entity_id.startswith("person:")]
    pick = persons or [m for m in cands if m.entity_id.startswith("org:")]
    if not pick:
        return None
    return (pick[0] if first else pick[-1]).entity_id


def _last_person_before(ms: list[Mention], pos: int, inside: Sequence[tuple[int, int]] = (), text: str | None = None,
                        kind: str = "person:") -> str | None:
    """The person (or organisation) named last before ``pos``, not counting names inside quotations nor
    names a preposition governs ("met with President Trump, where he denounced ...": not Trump)."""
    best = None
    for m in ms:
        if (m.entity_id.startswith(kind) and m.end <= pos and not any(a <= m.start < b for a, b in inside)
                and (text is None or not _governed(text, m))):
            best = m
    return best.entity_id if best else None


_TITLED = re.compile(r"\b[Tt]he\s+(?:(?P<adj>[A-Z][\w-]+)\s+)?(?P<title>(?:[a-z]+[\s-]){0,2}?"
                     r"(?:president|prime minister|premier|minister|ambassador|envoy|spokes(?:man|woman|person)|"
                     r"chancellor|king|leader|secretary|commander|speaker))\b")


def _title_words() -> frozenset[str]:

    return title_heads() | {"president", "prime", "minister", "secretary", "general", "foreign", "defense", "defence",
                             "state", "deputy", "spokesperson", "spokesman", "spokeswoman", "mr", "mrs", "ms", "dr"}


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


def _who(text: str, ms: list[Mention], s: int, e: int, first: bool, roles=(), inside=(),
         subject: bool = True) -> str | None:
    """The speaker named in ``text[s:e]``: a person or organisation, or a pronoun's antecedent.

    ``subject``: the span is a clause before the quotation, whose speaker is its subject (no name a
    preposition governs); otherwise it is the attribution after it ("according to a tweet by X").
    """
    named = _speaker_in(ms, s, e, first, text if subject else None, inside) or _titled_person(text, ms, roles, s, e)
    pron = _PRONOUN.search(text, s, e) if e > s else None
    if pron and (named is None or first and pron.start() < next(
            m.start for m in ms if m.entity_id == named and s <= m.start < e)):
        return (_last_person_before(ms, pron.start(), inside, text)
                or _last_person_before(ms, pron.start(), inside) or named)
    return named or _body_named_before(text, ms, s, e, inside) or _state_speaker(text, ms, s, e, inside)


_BODY_ANAPHOR = re.compile(r"\b[Tt]he\s+(?:[a-z]+\s+)?(?P<head>ministry|agency|department|office|army|military|navy|"
                           r"command|embassy|service|council|committee|commission|bloc|organi[sz]ation|coalition|"
                           r"force|forces|parliament|presidency|secretariat|mission|directorate|bureau)\b")


def _body_named_before(text: str, ms: list[Mention], s: int, e: int, inside) -> str | None:
    """"a spokesperson for the ministry said", "the agency said": the organisation with that word in its
    name ("Ministry of Defence of Georgia") named last before, outside quotations."""
    m = _BODY_ANAPHOR.search(text, s, e)
    if not m:
        return None
    head = m.group("head")[:5].lower()  # "organisation" / "organization", "forces" / "force"
    best = None
    for x in ms:
        if x.end > s:
            break
        if x.entity_id.startswith("org:") and head in x.text.lower() and not any(a <= x.start < b for a, b in inside):
            best = x.entity_id
    return best


_STATE_VOICE = r"(?:['’]s)?\s*(?:government|authorities|officials?|leadership|cabinet|side|spokes(?:man|woman|person))?"
_STATE_SUBJECT = re.compile(_STATE_VOICE + rf"\s*(?:(?:has|have|had|also|on\s+\w+day)\s+)*(?:{CUE_VERBS})\b")
_STATE_ALONE = re.compile(_STATE_VOICE + r"\s*(?:[.,;]|$)")  # '"...," said the Kremlin.


def _state_speaker(text: str, ms: list[Mention], s: int, e: int, inside) -> str | None:
    """A state (a government, by its name, demonym or capital) as the subject of the saying verb: "The
    government of Armenia said ...", "Japanese officials said ...", '"...," the Kremlin said', '"...," a
    Kremlin spokesperson said' (its spokesperson unnamed)."""
    for x in ms:
        if not s <= x.start < e or not x.entity_id.startswith("country:") or any(a <= x.start < b for a, b in inside):
            continue
        pre = text[s:x.start]
        if not re.fullmatch(r"(?is)(?:.*,)?\s*(?:(?:the|a|an)\s+)?(?:(?:government|authorities|cabinet|leadership)\s+(?:of|in)\s+"
                            r"(?:the\s+)?)?", pre):
            return None  # not the clause's subject ("He told Armenia's parliament")
        # the state alone after the verb ('said the Kremlin.'), or the subject of a verb of saying
        alone = re.fullmatch(r"(?i)\s*(?:the\s+)?", pre) and _STATE_ALONE.match(text, x.end)
        return x.entity_id if alone or _STATE_SUBJECT.match(text, x.end) else None
    return None


def extract_quotes(sdoc, cleaned: CleanDocument, ents: EntityAnalysis) -> tuple[Quote, ...]:
    """The document's direct quotations with speakers (``sdoc``: spaCy Doc of the clean text)."""
    text = cleaned.text
    ms = sorted(ents.mentions, key=lambda m: m.start)
    hosts = journalists(text, ms)
    # (a transcript's anchor or correspondent is no speaker of what his turn quotes: "Laura, the envoy told me ...")
    voices = [m for m in ms if m.entity_id not in hosts] if hosts else ms
    quotes: list[Quote] = []
    left_open: list[bool] = []  # the quotation runs on past its paragraph (no closing mark)
    prev_para_end = -1
    prev_speaker: str | None = None
    spans = quote_spans(text)
    for qs, qe in spans:
        body = text[qs:qe].strip().rstrip(",")
        if len(_WORDS.findall(body)) < MIN_WORDS or _TITLE_CASE.fullmatch(body.strip(" .,")):
            continue
        para_start = text.rfind("\n", 0, qs) + 1
        ss, _ = _sentence_of(sdoc, qs)
        _, se = _sentence_of(sdoc, max(qs, qe - 1))
        ss = max(ss, para_start)
        # 1. after the closing mark
        nl = text.find("\n", qe)
        tail_end = min(qe + 240, nl if nl >= 0 else len(text))  # "..., X, director of a long name, said"
        m = _AFTER.match(text, qe + 1, tail_end) if qe + 1 <= tail_end else None
        if m and body.endswith((".", "!", "?")) and re.match(r"\s+[A-Z]", text[qe + 1:tail_end]) and qs - 1 > ss \
                and (_cue_in(text[ss:qs]) or _LEAD_CUE.search(text, ss, qs)):
            m = None  # 'saying there was "no evidence." BBC's X said ...': the next sentence is another's
        if m and m.group("who2") and re.match(r"[a-z]+ing\b", m.group("who2")) and not m.group("who2").startswith(
                "according"):
            m = None  # '..." stressing the importance of unity among Turkic states': the speaker before goes on
        it = _IT.match(text, qe + 1, tail_end) if m and qe + 1 <= tail_end else None
        speaker: str | None
        if it and m is not None and prev_speaker and not prev_speaker.startswith("person:"):
            speaker, cue, attributed = prev_speaker, (m.group("verb1") or m.group("verb2") or "").lower(), True
        elif m:
            g = "who1" if m.group("who1") else "who2"
            speaker = _who(text, voices, m.start(g), m.end(g), first=True, roles=ents.roles, inside=spans, subject=False)
            cue = (m.group("verb1") or m.group("verb2") or "").lower()
            attributed = True  # "the ministry said": attributed, to no one we know; do not borrow a name
        else:
            speaker, cue, attributed = None, None, False
        # 2. before the opening mark, same sentence
        if speaker is None and not attributed and qs - 1 > ss:
            speaker = _who(text, voices, ss, qs - 1, first=True, roles=ents.roles, inside=spans)
            cue = cue or _cue_in(text[ss:qs])
        # 3. a paragraph opening with a quote after "X stated that ...:"
        if speaker is None and not attributed and qs - 1 <= para_start + 1 and para_start >= 2:
            prev_end = para_start - 1
            while prev_end > 0 and text[prev_end - 1] in "\n ":
                prev_end -= 1
            if text[prev_end - 1:prev_end] == ":":
                ps, _ = _sentence_of(sdoc, prev_end - 1)
                speaker = _who(text, voices, ps, prev_end, first=True, roles=ents.roles)
                cue = _cue_in(text[ps:prev_end]) or ":"
        # 4. an interview's answer: its label's person ("Pevkur: ... "We are grateful ...""), none in a question
        if speaker is None and not attributed:
            turn = turn_at(text, ms, qs)
            if turn is not None:
                speaker, attributed = turn or None, True
        # 5. the sentence before, in the same paragraph ("He clarified that .... "We are now ...")
        if speaker is None and not attributed and ss > para_start:
            ps, _ = _sentence_of(sdoc, max(para_start, ss - 2))
            speaker = _who(text, voices, max(ps, para_start), ss, first=True, roles=ents.roles, inside=spans)
        # 6. the quote just before in the same paragraph, or a paragraph that only continues the last quote
        if speaker is None and not attributed and (prev_para_end == para_start or (
                qs - 1 <= para_start + 1 and _para_is_quote(text, para_start, qe))):
            speaker = prev_speaker
        ev = Evidence(text[ss:se], ss, se)
        quotes.append(Quote(speaker=speaker, text=body, evidence=ev, cue=cue))
        left_open.append(qe == (nl if nl >= 0 else len(text)))
        prev_para_end, prev_speaker = para_start, speaker
    return tuple(_drop_repeats(_run_on(text, quotes, left_open)))


# a label at the start of a paragraph: one to four capitalised words and a colon ("Q:", "Hanno Pevkur:", "KHURELSUKH:"),
# maybe with who the speaker is in brackets ("DONALD TRUMP (President of the United States):", a transcript's guest)
_LABEL = re.compile(r"(?m)^[ \t]*(?P<label>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})[ \t]*(?P<role>\([^()\n]{1,80}\))?"
                    r"[ \t]*:[ \t]+(?=\S)")
QUESTION = ""  # the speaker of a question turn: the interviewer, no one the article names


@functools.cache
def _labels() -> dict:
    """The interview labels of ``data/status.json``: the interviewer's, the interviewee's, and openers that are none."""
    data = json.loads(resources.files("pactwatch.data").joinpath("status.json").read_text(encoding="utf-8"))
    return {k: frozenset(v) for k, v in data["interview_labels"].items() if k != "_doc"}


@functools.lru_cache(maxsize=8)
def _label_spans(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, folded label) of the speaker labels of an interview, in text order; none when the text is no
    interview: fewer than two labels, or no question label and no two speakers taking turns."""
    if text.count(":") < 2:
        return ()
    words = _labels()
    found = tuple((m.start(), m.end(), fold(m.group("label")).strip(" .")) for m in _LABEL.finditer(text)
                  if fold(m.group("label")).strip(" .") not in words["not_labels"])
    names = [label for _s, _e, label in found]
    if len(found) < 2:
        return ()
    asked = any(label in words["questions"] for label in names)
    turns = len(set(names)) >= 2 and any(names.count(n) >= 2 for n in set(names))
    return found if asked or turns else ()


@functools.lru_cache(maxsize=8)
def _bracketed_labels(text: str) -> frozenset[str]:
    """The labels of the page that say in brackets who the speaker is ("DONALD TRUMP (President of the United
    States):"): a guest's, not the outlet's."""
    return frozenset(fold(m.group("label")).strip(" .") for m in _LABEL.finditer(text) if m.group("role"))


# "I'm Laura Mendes.", "This is Peter Halloran in Washington": who says so presents the programme or reports for it
_SELF_INTRODUCED = r"(?:\bI['’]m|\bI am|\bThis is)\s+{name}\b"


def journalists(text: str, mentions: Sequence[Mention]) -> frozenset[str]:
    """The persons whose labelled turns are the outlet's voice, not a source's: in a transcript or an interview, a
    person a label names who introduces himself ("I'm Laura Mendes") or whom the page gives no office nor title,
    while another label names a speaker it does (a title in the text, "Defence Minister Hanno Pevkur", or in the
    label's brackets, "DONALD TRUMP (President of the United States):"). Their narration is the outlet's; a first
    name they are addressed by ("Laura, the envoy told me ...") is no speaker."""
    spans = _label_spans(text)
    if not spans:
        return frozenset()
    persons = [m for m in mentions if m.entity_id.startswith("person:")]
    named = {sp[2]: who for sp in spans if (who := _label_person(sp, persons))}
    bracketed = _bracketed_labels(text)
    folded = fold(text)
    introduced = {who for label, who in named.items()
                  if re.search(_SELF_INTRODUCED.format(name=re.escape(label.split()[0])), folded, re.I)}
    outside = {who for label, who in named.items() if who not in introduced and (
        label in bracketed or _titled_in(text, who, persons))}
    guests = bool(outside) or bool(bracketed)  # (a bracketed guest the entities do not name: "KHALID OMAR (...):")
    return frozenset(who for who in named.values() if who in introduced or (guests and who not in outside))


def _titled_in(text: str, who: str, persons: Sequence[Mention]) -> bool:
    """The text gives the person ``who`` an office or a title: a title word right before a mention of him
    ("Deputy Defense Minister Major General Almazbek Toktogulov", "the president's special envoy, Steve Witkoff")
    or after it in an apposition ("Ziyafat Asgarov, chairman of the committee")."""
    titles = _title_words()
    for m in persons:
        if m.entity_id != who:
            continue
        before = re.findall(r"[\w’']+", text[max(0, m.start - 40):m.start])
        if before and fold(before[-1]) in titles:
            return True
        after = re.match(r",\s+(?:the\s+|a\s+|an\s+|its\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,3}?([\w-]+)", text[m.end:m.end + 80])
        if after and fold(after.group(1)) in titles:
            return True
    return False


def turn_at(text: str, mentions: Sequence[Mention], pos: int) -> str | None:
    """Who speaks at ``pos`` of an interview: the person of the labelled turn it is in (the label's own person,
    "Pevkur:"; the interviewee for "A:", named before the first label), ``QUESTION`` ("") in a question (a question
    label, or a label that names no one beside one that names the answerer: "TCA:" / "Pevkur:"), ``None`` outside an
    interview or when no label names anyone the article names."""
    spans = _label_spans(text)
    turn = next((sp for sp in reversed(spans) if sp[0] <= pos), None)
    if turn is None:
        return None
    words = _labels()
    line = text[text.rfind("\n", 0, pos) + 1:pos + 1]
    opener = re.match(r"[ \t]*([A-Za-z][\w' ]{0,20}?)[ \t]*:", line)
    if opener and fold(opener.group(1)).strip() in words["not_labels"]:
        return QUESTION  # "Photo: Defence Minister X at the drills": a caption inside a turn is nobody's words
    persons = [m for m in mentions if m.entity_id.startswith("person:")]
    if turn[2] in words["questions"]:
        return _unlabelled_answer(text, spans, turn, pos, persons)
    if turn[2] in words["answers"]:
        return next((m.entity_id for m in persons if m.end <= spans[0][0]), None)
    found = _label_person(turn, persons)
    if found is not None and found in journalists(text, mentions):
        return None  # "PETER HALLORAN: In Tehran, the government declared victory.": the outlet narrates
    if found is None and any(_label_person(sp, persons) for sp in spans if sp[2] != turn[2]):
        # the outlet's or the journalist's label ("TCA:", "DW:") beside the answerer's: its questions
        return _unlabelled_answer(text, spans, turn, pos, persons)
    return found


def _unlabelled_answer(text: str, spans, turn: tuple[int, int, str], pos: int, persons: Sequence[Mention]) -> str:
    """A question turn's speaker at ``pos`` (``QUESTION``), unless ``pos`` is in a paragraph after the question's
    own, which asks while the paragraph at ``pos`` does not ("News Daily: And Poland?" / "We will hold drills with
    Poland."): the answer then, the interviewee's, the one person a label names or the first named before the
    first label."""
    paras, asks = _paragraph_index(text)
    k = next((n for n, (s, e) in enumerate(paras) if s <= pos <= e), None)
    q = next((n for n, (s, e) in enumerate(paras) if s <= turn[0] <= e), None)
    if k is None or q is None or k == q or asks[k] or not asks[q]:
        return QUESTION
    labelled = {found for sp in spans if (found := _label_person(sp, persons))}
    if len(labelled) == 1:
        return labelled.pop()
    return next((m.entity_id for m in persons if m.end <= spans[0][0]), None) or QUESTION


# a paragraph that asks (a question of an interview, maybe in bold or italics: "**And Poland?**"), and one that
# introduces what follows ("The Slovak Defence Minister, Peter Kral, said:")
_ASKS = re.compile(r"\?[\s*_\"”’»)\]]*$")
_INTRODUCES = re.compile(rf"\b(?:{CUE_VERBS}|the following)\b[^.!?]{{0,40}}:[\s*_]*$", re.I)
# the first lines of an article that call it an interview
# ("Tengrinews.kz asked the head of the centre, Colonel X, about the mission", "put questions to the minister"): the
# outlet, "we" or a journalist asks ("When asked about the drills, the minister said ..." is a news story's)
_INTERVIEW = re.compile(r"(?i)\binterview|\bQ\s*&\s*A\b|\b(?:spoke|talked) (?:to|with)\b|\banswered\b[^.\n]{0,40}\bquestions"
                        r"|(?:\bwe|\b(?:correspondent|reporter|journalist|interviewer|editor)s?|(?-i:\b(?!(?:When|If|As|Once|While|After|Before|Though|Although|Also|Then|And|But|Later|Often)\b)"
                        r"[A-Z][\w.]*\w))"
                        r"\s+asked\b[^.\n]{0,160}\babout\b|\bput (?:\w+ ){0,2}questions to\b")
QUOTE_OPENERS = OPENERS + STRAIGHT + "'‘"
INTERVIEW_HEAD = 600  # characters in which an article calls itself an interview
BYLINE_WORDS = 6  # a line of at most this many words above an interview is a byline or label, not its lead
ANSWER_QUESTIONS_MIN = 2  # question paragraphs that make the paragraphs after them answers


@functools.lru_cache(maxsize=8)
def _paragraph_index(text: str) -> tuple[tuple[tuple[int, int], ...], tuple[bool, ...]]:
    paras = tuple(_lines(text))  # the non-blank lines, stripped
    # (a quoted question is a speaker's, not the interviewer's: '"Who will defend us?"')
    return paras, tuple(bool(_ASKS.search(text[s:e])) and text[s] not in QUOTE_OPENERS for s, e in paras)


def answer_at(text: str, mentions: Sequence[Mention], pos: int) -> str | None:
    """Whose words the paragraph at ``pos`` is, when no label says so: the person an introducing line names ("The
    Slovak Defence Minister, Peter Kral, said:" above an unquoted block), or, in an article whose first lines call it
    an interview and that asks at least two questions in paragraphs of their own (bare, bold or after a dash), the
    interviewee for a paragraph after a question (the first person named before the first question); ``None``
    otherwise, and for a question."""
    paras, asks = _paragraph_index(text)
    k = next((n for n, (s, e) in enumerate(paras) if s <= pos <= e), None)
    if k is None or k == 0 or asks[k]:
        return None
    ps, pe = paras[k - 1]
    if _INTRODUCES.search(text[ps:pe]):
        named = [m.entity_id for m in mentions if ps <= m.start < pe and m.entity_id.startswith("person:")]
        return named[0] if named else None
    if sum(asks) < ANSWER_QUESTIONS_MIN or not _INTERVIEW.search(text[:INTERVIEW_HEAD]) or not any(asks[:k]):
        return None
    first_question = paras[asks.index(True)][0]
    # (not the writer of a byline or an "Author:" line: the interviewee is named in the lead's prose)
    prose = [(s, e) for s, e in paras if e <= first_question and len(text[s:e].split()) > BYLINE_WORDS]
    return next((m.entity_id for m in mentions if m.entity_id.startswith("person:") and any(
        s <= m.start < e for s, e in prose)), None)


def _label_person(turn: tuple[int, int, str], persons: Sequence[Mention]) -> str | None:
    """The person a label names: a person mention inside it ("Hanno Pevkur:"), else the person of that surname
    ("KHURELSUKH:", "Mr Aliyev:")."""
    start, end, label = turn
    inside = [m.entity_id for m in persons if start <= m.start < end]
    if inside:
        return inside[0]
    last = slug(label.split()[-1])
    return next((m.entity_id for m in persons if m.entity_id.rsplit("-", 1)[-1] == last
                 or m.entity_id == f"person:{last}"), None)


def _drop_repeats(quotes: list[Quote]) -> list[Quote]:
    """A quotation repeating words the same speaker was quoted with before is the same quote
    (an interview question citing "a disappointing move" after the statement that said it)."""
    out: list[Quote] = []
    kept_words: list[set[str]] = []  # each kept quotation's words, read once
    for q in quotes:
        words = {w.lower() for w in _WORDS.findall(q.text)}
        if q.speaker and any(p.speaker == q.speaker and words <= pw for p, pw in zip(out, kept_words, strict=True)):
            continue
        out.append(q)
        kept_words.append(words)
    return out


def _run_on(text: str, quotes: list[Quote], left_open: list[bool]) -> list[Quote]:
    """A quotation left open at a paragraph's end continues in the next paragraph: one speaker for both
    (the speaker of a paragraph that opens with the rest of it)."""
    out = list(quotes)
    for i in range(len(out) - 1, 0, -1):
        prev, cur = out[i - 1], out[i]
        if prev.speaker is None and cur.speaker is not None and left_open[i - 1]:
            nxt = text.find("\n", prev.evidence.clean_start)
            if 0 <= nxt <= cur.evidence.clean_start and text[nxt:cur.evidence.clean_start].strip() == "":
                out[i - 1] = Quote(cur.speaker, prev.text, prev.evidence, prev.cue or cur.cue)
    return out


def _para_is_quote(text: str, para_start: int, qe: int) -> bool:
    """The paragraph holds nothing but the quotation."""
    nl = text.find("\n", qe)
    rest = text[qe + 1: nl if nl >= 0 else len(text)]
    return not rest.strip(" .,”\"»")


def _cue_in(s: str) -> str | None:
    m = re.search(rf"\b({CUE_VERBS})\b", s, re.I)
    return m.group(1).lower() if m else None
