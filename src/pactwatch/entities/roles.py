"""Roles: titles before a name, appositions after it, coordinated titles and counterparts, which give
``leader_of`` / ``official_of`` relations."""
from __future__ import annotations

import functools
import re

from ..gazetteer import fold
from ..model import Evidence, Mention, Relation, Role
from .builder import _Builder, _sentence_bounds
from .lexicon import _CONNECTORS, _NOT_MODIFIERS, _honorifics, _title_vocab, role_words
from .spans import _portfolio


@functools.lru_cache(maxsize=1)
def _title_patterns() -> dict[str, tuple[tuple[str, re.Pattern], ...]]:
    """Each list of title words of ``data/roles.json`` as (word, its pattern), compiled once: "former"
    words anywhere in a word's bounds, the others not inside a hyphenated word."""
    out = {}
    for kind, words in role_words().items():
        rx = r"\b{}\b" if kind == "former" else r"(?<![\w-]){}(?![\w-])"
        out[kind] = tuple((w, re.compile(rx.format(re.escape(w)))) for w in words)
    return out


@functools.lru_cache(maxsize=4096)
def _title_kind(title: str) -> str | None:
    """leader / official / other for a title phrase, from its last title word."""
    t = fold(title)
    patterns = _title_patterns()
    if any(rx.search(t) for _w, rx in patterns["former"]):
        return "former"
    best: tuple[int, str] | None = None
    for kind in ("leader", "official", "other"):
        for w, rx in patterns[kind]:
            for m in rx.finditer(t):
                # the head of the title is its first title word ("Representative to the UN", "member of ...")
                if best is None or m.start() < best[0] or (m.start() == best[0] and kind == "official" and
                                                            best[1] == "leader" and len(w) > 9):
                    best = (m.start(), kind)
    if best and best[1] == "leader" and re.search(r"\bvice[- ]president\b|\bdeputy\b", t):
        return "official"
    return best[1] if best else None


@functools.lru_cache(maxsize=1024)
def _org_leader(title: str) -> bool:
    """A title that heads an organisation ("administrator", "executive director", "head of")."""
    t = fold(title)
    if re.search(r"\b(?:deputy|vice|assistant|under|associate)\b|\bvice-", t):
        return False
    return any(rx.search(t) for _w, rx in _title_patterns()["org_leader"])


def _roles(sdoc, b: _Builder, persons: dict[str, str]) -> tuple[list[Role], list[Relation]]:
    text = b.text
    roles: list[Role] = []
    rels: list[Relation] = []
    seen: set[tuple[str, str]] = set()
    by_start = sorted(b.mentions, key=lambda m: m.start)
    last: tuple[Mention, str | None] | None = None  # the person titled last, and the body of that title
    for men in by_start:
        if not men.entity_id.startswith("person:"):
            continue
        ss, se = _sentence_bounds(sdoc, men.start)
        while ss > 1 and (abbr := re.search(r"(?<![\w.])([A-Z][a-z]{0,5}\.)\s*$", text[max(0, ss - 10):ss])) \
                and fold(abbr.group(1)) in _honorifics():
            ss = _sentence_bounds(sdoc, ss - 2)[0]  # the splitter cut after a rank ("Brig. | Gen. Pat Ryder")
        se = max(se, _sentence_bounds(sdoc, men.end - 1)[1])  # a name the sentence splitter cut ("al-Muhandis")
        found = [(_title_before(text, men, by_start, ss), True), (_apposition_after(text, men, by_start, se), False)]
        found += [((t, o), False) for t, o in _counterparts(text, men, by_start, ss, se, roles)]
        for (title, of), before in found:
            if not title:
                continue
            kind = _title_kind(title)
            if kind is None:
                continue
            tstart = text.rfind(title, ss, men.start)
            poss = re.search(r"['’]s\s+$", text[ss:tstart]) if before and tstart >= 0 and of is None else None
            if poss:
                # "Chancellor Angela Merkel's spokesperson, Steffen Seibert": the office of the possessor's state
                owner = next((m for m in by_start if m.end == ss + poss.start() and m.entity_id.startswith("person:")),
                             None)
                if owner is not None:
                    of = next((r.of for r in reversed(roles) if r.person == owner.entity_id and r.of), None)
            if of is None and before and last is not None and last[1] and last[0].end >= ss and tstart >= 0 and \
                    re.fullmatch(r"\s*(?:,|,?\s*and)\s+(?:[a-z]+\s+){0,2}", text[last[0].end:tstart]):
                of = last[1]  # "Israeli prime minister X and energy minister Y": Y is Israel's minister too
            ev = Evidence(text[ss:se], ss, se)
            key = (men.entity_id, fold(title))
            if key not in seen:
                seen.add(key)
                roles.append(Role(men.entity_id, title, of, ev))
            if of and kind in ("leader", "official") and of.split(":")[0] in ("country", "org"):
                rel = "leader_of" if kind == "leader" or (of.startswith("org:") and _org_leader(title)) else "official_of"
                if not any(r.subject == men.entity_id and r.object == of for r in rels):
                    rels.append(Relation(men.entity_id, rel, of, ev))
            if before:
                last = (men, of)
    return roles, rels


_COUNTERPARTS = re.compile(r"\b(?:his|her|their)\s+(?P<states>[A-Z][\w ,-]{2,80}?)\s+counterparts?\b,?\s*")


def _counterparts(text: str, men: Mention, mentions: list[Mention], ss: int, se: int,
                  roles: list[Role]) -> list[tuple[str, str]]:
    """"X and his Greek, Cypriot and French counterparts, A, B and C": A is Greece's holder of X's title."""
    out: list[tuple[str, str]] = []
    for m in _COUNTERPARTS.finditer(text, ss, men.start):
        states = [x for x in mentions if m.start("states") <= x.start and x.end <= m.end("states")
                  and x.entity_id.startswith("country:")]
        people = [x for x in mentions if m.end() <= x.start < se and x.entity_id.startswith("person:")]
        # the people listed right after "counterparts," in order, one per state
        listed = []
        pos = m.end()
        for p in people:
            if not re.fullmatch(r"\s*(?:,|,?\s*and)?\s*", text[pos:p.start]):
                break
            listed.append(p)
            pos = p.end
        lead = [r for r in roles if r.evidence is not None and r.evidence.clean_start == ss and (r.of is None or r.of.startswith("country:"))
                and r.person != men.entity_id]
        if not states or len(listed) != len(states) or men not in listed or not lead:
            continue
        title = re.sub(r"^(?:[A-Z][\w-]*\s+)+(?=[a-z])", "", lead[-1].title) or lead[-1].title
        out.append((title, states[listed.index(men)].entity_id))
    return out


def _title_before(text: str, men: Mention, mentions: list[Mention], sent_start: int) -> tuple[str | None, str | None]:
    """"US Representative to the UN Mike Waltz": the title and the state/org it belongs to."""
    window = text[sent_start:men.start]
    toks = list(re.finditer(r"[\w.’'-]+|[^\w\s]", window))
    spans = [(m.start - sent_start, m.end - sent_start) for m in mentions
             if m.start >= sent_start and m.end <= men.start and m.entity_id.split(":")[0] in ("country", "org")]
    k = len(toks)
    if k and toks[-1].group() in ("and", "or"):
        return None, None  # "a Kataeb Hezbollah official and Mohammed Reda": the title is another's
    if k and toks[-1].group() == "," and re.match(r"\s*,", text[men.end:]):
        k -= 1  # "The Italian foreign minister, Luigi Di Maio, joined ..."
    top = k

    def in_span(t) -> bool:
        return any(a <= t.start() < b2 for a, b2 in spans)

    while k > 0:
        t = toks[k - 1]
        word = t.group()
        ok = (fold(word) in _title_vocab() or fold(word) in _CONNECTORS or word in ("'s", "’s", "-") or in_span(t)
              or (fold(word) in _honorifics() and word[:1].isupper())  # "press secretary Brig. Gen. Pat Ryder"
              or (word[:1].isupper() and fold(word) in _portfolio()))  # "Minister of Foreign Affairs of X"
        if not ok and word.isalpha() and word.islower() and fold(word) not in _NOT_MODIFIERS and k < top:
            # up to two lower-case words between a state and its title: "Italian economic development minister"
            j = k - 1
            while j > 0 and j > k - 3 and toks[j - 1].group().isalpha() and toks[j - 1].group().islower() \
                    and fold(toks[j - 1].group()) not in _NOT_MODIFIERS and not in_span(toks[j - 1]):
                j -= 1
            ok = j > 0 and in_span(toks[j - 1])
            if ok:
                k = j
                continue
        if not ok:
            break
        k -= 1
    if k == top:
        return None, None
    start = sent_start + toks[k].start()
    phrase = text[start:men.start].strip().rstrip(",").strip()
    while len(phrase.split()) > 1 and phrase.split()[-1].endswith(".") and fold(phrase.split()[-1]) in _honorifics():
        phrase = phrase.rsplit(None, 1)[0]  # "press secretary Brig. Gen.": the ranks are no part of the office
    while phrase.split() and fold(phrase.split()[0]) in ("of", "to", "the", "for", "on", "and", "in", "at"):
        phrase = phrase.split(None, 1)[1] if len(phrase.split()) > 1 else ""
        start = men.start - len(phrase) - 1
    if not phrase or _title_kind(phrase) is None:
        return None, None
    of = None
    inside = [m for m in mentions if m.start >= start - 1 and m.end <= men.start
              and m.entity_id.split(":")[0] in ("country", "org")]
    if inside:
        of = _body_of(text, inside)
        lead = text[inside[0].start:inside[0].end]
        if phrase.startswith(lead):
            phrase = re.sub(r"^['’]s\s+", "", phrase[len(lead):].strip())
    return phrase.strip() or None, of


def _apposition_after(text: str, men: Mention, mentions: list[Mention], sent_end: int) -> tuple[str | None, str | None]:
    """"Rizvan Nabiyev, a member of the Milli Majlis Committee on Defense, ...": title and its body."""
    rest = text[men.end:sent_end]
    m = re.match(r"\s*(?:['’]s)?,\s*(?:(?:another|an|a|the|who is)\b)?\s*|\s+(?:is|was|has been|had been|became|"
                 r"remains|serves as|served as)\s+(?:(?:another|an|a|the)\b)?\s*", rest)
    if not m:
        return None, None
    start = men.end + m.end()
    tail = text[start:sent_end]
    # the apposition ends at a comma followed by a lower-case word ("..., welcomed the deal"), except a list
    # inside a name ("Committee on Defense, Security, and Anti-Corruption")
    end_m = re.search(r",\s*(?!(?:and|or)\s+[A-Z])(?=[a-z])|(?<!\b[A-Z])[.;:()\"“”]|$", tail)
    phrase = tail[: end_m.start()].strip() if end_m else tail.strip()
    first_is_state = any(x.start == start and x.entity_id.split(":")[0] == "country" for x in mentions)
    if not phrase or len(phrase.split()) > 16 or phrase.split()[0] in ("and", "or", "but") or (
            phrase[0].isupper() and fold(phrase.split()[0]) not in _title_vocab() and not first_is_state):
        return None, None
    kind = _title_kind(phrase)
    head = [fold(w) for w in phrase.split()[:4]]
    if kind is None or not any(w in _title_vocab() for w in head):
        return None, None
    inside = [x for x in mentions if x.start >= start and x.end <= start + len(phrase)
              and x.entity_id.split(":")[0] in ("country", "org")]
    return phrase, _body_of(text, inside) if inside else None


def _body_of(text: str, inside: list[Mention]) -> str:
    """The state or organisation a title belongs to: the first named, or the organisation a state
    possesses ("head of Iran's Quds Force")."""
    first = inside[0]
    for nxt in inside[1:]:
        if (first.entity_id.startswith("country:") and nxt.entity_id.startswith("org:")
                and re.fullmatch(r"['’]s\s+", text[first.end:nxt.start])):
            return nxt.entity_id
    return first.entity_id
