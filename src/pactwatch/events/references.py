"""What a name or a word that is no name refers to, for :mod:`.sides` and :mod:`.parties`: which names can be
parties at all, the token of a mention, a title the text gives a state ("the Kingdom", "the Sultanate"), a seat
of government ("the government in Tbilisi"), a bloc ("the alliance"), a named group of states ("the Baltic
states"), and the parties a plural subject stands for ("the two countries", "both sides", "the two navies")."""
from __future__ import annotations

import functools
import itertools
import re

from .context import DocContext, _party_name_ok, party_rules


def _mention_token(sent_doc, offset: int, m):
    """The head token of a mention in a parsed sentence (the one whose head lies outside it)."""
    span = sent_doc.char_span(m.start - offset, m.end - offset, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def can_be_party(eid: str, ctx: DocContext) -> bool:
    """States always, and a state's institutions; organisations the gazetteer knows or whose name
    says they are a body that acts ("the Libyan House of Representatives", "Iraqi security forces"),
    unless their name is a document, a meeting, an exercise, an award, an outlet or a website ("Memorandum of
    Cooperation", "Critical Minerals Framework", "Yonhap"). A name NER guessed that is no body is
    none: an acronym of a document ("MOU", "IPEF"), a programme ("Cyber Cooperation"), a title run
    into a name ("National Defense Delfin Lorenzana")."""
    if eid.startswith("country:") or eid in ctx.institutions:
        return True
    if eid in ctx.junk_orgs:
        return False
    name = ctx.names.get(eid) or eid.split(":", 1)[-1].replace("-", " ")
    # a bloc named after its treaty is a body ("the Collective Security Treaty Organization", "the Warsaw Pact
    # Organisation"), not the treaty
    return bool(TREATY_BODY.search(name)) or _party_name_ok(name)


TREATY_BODY = re.compile(r"\b(?:treaty|pact)\s+organi[sz]ation$", re.I)


def _group_subject(c) -> bool:
    """"The two leaders", "both sides", "the two brotherly countries" (a lower-case qualifier dropped): the
    article's two principal states; also a plural body of theirs (:func:`_group_body`)."""
    words = [t for t in c.subtree if t.i <= c.i]
    phrase = " ".join(t.lower_ for t in words)
    plain = " ".join(t.lower_ for t in words if not (t.dep_ == "amod" and t.text.islower() and t.i != c.i))
    return any(phrase.endswith(g) or plain.endswith(g) for g in party_rules()["group_subjects"]) or _group_body(c)


def _body_word(t) -> bool:
    """Whether a plural noun names a body or a kind of official a group of states has ("navies", "air forces",
    "defence ministries", "sides")."""
    if t.tag_ not in ("NNS", "NNPS") and not (t.lower_ == "military" and t.dep_ in ("nsubj", "nsubjpass")):
        return False
    bodies = set(party_rules()["group_bodies"])
    lemma = t.lemma_.lower()
    return lemma in bodies or (t.i > 0 and f"{t.nbor(-1).lemma_.lower()} {lemma}" in bodies)


def _group_body(c) -> bool:
    """"The two navies", "both armies", "their forces", "the navies of the two countries", "the defence
    ministries of both countries": a plural body that stands for the states in focus."""
    if not _body_word(c):
        # "the chiefs of staff of both countries", "the directors general of military operations of the two
        # armies": any plural officials of a counted group stand for it
        return c.tag_ in ("NNS", "NNPS") and _of_group(c, 3)
    if any(t.lower_ in ("two", "both") for t in c.subtree if t.i < c.i):
        return True
    if any(t.dep_ == "poss" and t.lower_ == "their" for t in c.children):
        return True
    return any(o.dep_ == "pobj" and _group_subject(o) for p in c.children
               if p.dep_ == "prep" and p.lower_ in ("of", "from") for o in p.children) or _of_group(c, 3)


def _of_group(c, depth: int) -> bool:
    """Whether a chain of "of" phrases under ``c`` (at most ``depth`` long) ends in a counted group of states
    or bodies ("of both countries", "of the two armies")."""
    heads = [c, *(a for a in c.children if a.dep_ == "amod")]  # "the directors general of ..."
    for o in (o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
              for o in p.children if o.dep_ == "pobj"):
        if _group_size(o) and _group_subject(o):
            return True
        if depth > 1 and _of_group(o, depth - 1):
            return True
    return False


GROUP_SIZES = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5}


def _group_size(c) -> int | None:
    """How many parties a plural subject counts ("the three countries": 3; "they", "the leaders": unsaid)."""
    # (the subtree's words up to ``c`` lie between its left edge and ``c``: scan those, not the whole subtree)
    return next((GROUP_SIZES[t.lower_] for t in c.doc[c.left_edge.i:c.i + 1] if t.lower_ in GROUP_SIZES and (
        t.i == c.i or c.is_ancestor(t))), None)


SIDE_COUNTS = {"trilateral": 3, "tripartite": 3, "quadrilateral": 4, "quadripartite": 4}


def _counted_sides(trig) -> int | None:
    """How many sides a trigger noun's own qualifier counts ("a trilateral meeting": 3, "the quadrilateral
    exercise": 4), else None ("bilateral" counts two sides the clause names anyway)."""
    return next((SIDE_COUNTS[c.lower_] for c in trig.children if c.dep_ in ("amod", "compound", "nmod")
                 and c.lower_ in SIDE_COUNTS), None)


STATE_WORDS = frozenset({"country", "nation", "state", "government", "neighbour", "neighbor", "republic"})


def _states_word(c) -> bool:
    """Whether a plural subject counts states ("the two countries", "the three governments"), which an
    organisation that met with them is not one of."""
    return c.lemma_.lower() in STATE_WORDS


def _group_in_focus(ctx: DocContext, size: int | None, pos: int = 0, strict: bool = False,
                    states_only: bool = False) -> list[str]:
    """The parties a plural subject ("the two leaders", "the three countries") stands for: those who met in
    the article's first meeting, else the states of the previous sentence (before ``pos``), else those of the
    headline or of the first sentence after it that names as many as the subject counts; else (unless ``strict``: a
    form that only a pair in focus may give, "their forces") the article's most named states."""
    want = size or 2
    if size and size >= 3 and len(listed := _subject_list_before(ctx, pos)) == size:
        # "Mali, Niger and Chad have drawn closer to Moscow. In 2023, the three countries signed ...": the states the
        # sentence before opens with as its subject, when as many as the group counts, are nearer than a meeting
        return listed
    # ("ASEAN met Australia and New Zealand. The three countries ...": the bloc is none of them)
    met = [p for p in ctx.meeting_parties if not states_only or p.startswith("country:")]
    if len(met) >= 2 and (size in (None, 2) or len(met) == size) and not (strict and len(met) != want):
        return met
    starts, head_end = ctx.sentence_starts_before(pos)
    ends = [0, *starts]
    first = ctx.sentence_breaks[0] if ctx.sentence_breaks else None
    # "India and France agreed to deepen defence cooperation. Russia, a supplier of arms to India, was not
    # mentioned. The two countries will ...": the pair last joined by "and" in the two sentences before
    # (a paragraph break counts as a sentence: the pair of the paragraph before is further away than that)
    told = ctx.text[ends[-2]:ends[-1]]
    since = ends[-1] if "\n" in told[len(told.rstrip()):] else ends[-2]
    joined = _joined_pairs(ctx, since, head_end) if want == 2 else []
    if joined:
        return list(joined[-1])
    # then the lead: the article's first sentences after the headline ("Peru and Chile signed a pact. ... Brazil
    # and Bolivia ... The two governments ...": the lead's pair, not the most named)
    lead = [(a, b) for a, b in itertools.pairwise(ends[1:]) if b - a > 1][1:6]
    for lo, hi in ((ends[-1], head_end), (0, first[0] if first else len(ctx.text)), *lead):
        found = _states_in(ctx, lo, hi)
        if len(found) == want:
            return found
        # "Vietnam and the Philippines discussed China's conduct": the pair the sentence joins, not its topic
        pairs = _joined_pairs(ctx, lo, hi) if want == 2 else []
        if len(pairs) == 1:
            return list(pairs[0])
    if strict and len(ctx.states) != want:
        return []
    return list(ctx.states[:want])


def _joined_pairs(ctx: DocContext, lo: int, hi: int) -> list[tuple[str, str]]:
    """Two states a stretch of text names side by side with "and" ("Vietnam and the Philippines")."""
    ms = sorted((m for m in ctx.ents.mentions_in(lo, hi) if m.entity_id.startswith("country:")), key=lambda m: m.start)
    # (not the last two of a list: "Brazil, Bolivia and Ecuador" is no pair)
    return [(a.entity_id, b.entity_id) for k, (a, b) in enumerate(itertools.pairwise(ms)) if a.entity_id != b.entity_id
            and re.fullmatch(r"\s+and\s+(?:the\s+)?", ctx.text[a.end:b.start], re.I)
            and not (k and re.fullmatch(r"\s*,\s*(?:the\s+)?", ctx.text[ms[k - 1].end:a.start], re.I))]


# what may stand before the states a sentence opens with as its subject: a dateline, a short opening adverbial ("On
# Tuesday, "), an article, and the plural persons or bodies the states are "of" ("Foreign ministers of", "An assembly
# of the defence chiefs of", "Leaders of the"): "Leaders of Peru and Chile met in Lima. They called on ..." is the
# states' act
SUBJECT_OPENING = re.compile(
    r"(?:[\w\s,.]*?\s[-–—]\s+)?(?:[\w\s]{1,30},\s+)?(?:the\s+)?"
    r"(?:(?:[\w-]+\s+){0,5}?[A-Za-z][a-z]+s\s+of\s+(?:the\s+)?)?", re.I)


def opens_subject(ctx: DocContext, start: int, first: int) -> bool:
    """Whether the text of a sentence from ``start`` up to its first name at ``first`` lets that name open the
    sentence's subject (:data:`SUBJECT_OPENING`)."""
    return bool(SUBJECT_OPENING.fullmatch(ctx.text[start:first]))


def _subject_pair_before(ctx: DocContext, pos: int) -> tuple[str, str] | None:
    """The two states that open the sentence before ``pos`` joined by "and" (its subject: "Indonesia and Malaysia
    signed a border pact. They also agreed ...", "Defence ministers of Ghana and Togo met ..."), after at most a
    dateline, a short opening phrase, an article and the persons or bodies they are of; else None."""
    starts, head_end = ctx.sentence_starts_before(pos)
    for a, b in _joined_pairs(ctx, starts[-1], head_end)[:1]:
        first = min(m.start for m in ctx.ents.mentions_in(starts[-1], head_end) if m.entity_id == a)
        # (or a short opening adverbial: "On Tuesday, Uganda and Tanzania signed ...")
        if opens_subject(ctx, starts[-1], first):
            return a, b
    return None


def _subject_list_before(ctx: DocContext, sent_start: int) -> list[str]:
    """The three or more states that open the sentence before as its subject, listed ("Egypt, Greece, Cyprus and
    France denounced the accord. They called on Turkey to ...", "An assembly of foreign ministers of Egypt, Greece, ..."),
    after at most a short opening phrase (:func:`opens_subject`); else []."""
    starts, head_end = ctx.sentence_starts_before(sent_start)
    ms = sorted((m for m in ctx.ents.mentions_in(starts[-1], head_end) if m.entity_id.startswith("country:")),
                key=lambda m: m.start)
    if not ms or not opens_subject(ctx, starts[-1], ms[0].start):
        return []
    listed = [ms[0].entity_id]
    for a, b in itertools.pairwise(ms):
        if not re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?", ctx.text[a.end:b.start], re.I):
            break
        if b.entity_id not in listed:
            listed.append(b.entity_id)
    return listed if len(listed) >= 3 else []


def _states_in(ctx: DocContext, lo: int, hi: int) -> list[str]:
    """The states a stretch of text names, by name, demonym, institution or office holder, in order."""
    out: list[str] = []
    for m in sorted(ctx.ents.mentions_in(lo, hi), key=lambda m: m.start):
        st = ctx.institutions.get(m.entity_id, m.entity_id)
        if m.entity_id.startswith("person:"):
            st = ctx.affiliation.get(m.entity_id) or ""
        if st.startswith("country:") and st not in out:
            out.append(st)
    return out


def _has_members(org: str | None, ctx: DocContext) -> bool:
    """Whether an organisation has member states that "allies", "member states" may stand for: the document
    says a state is a member of it, or its name is one of a bloc ("the Organization of Turkic States",
    "NATO"), unlike an airline or an armed group the article is about."""
    if org is None:
        return False
    if any(r.object == org for r in ctx.ents.relations if r.relation in ("member_of", "observer_of")):
        return True
    words = set(re.findall(r"[a-z0-9]+", (ctx.names.get(org) or org.split(":", 1)[-1]).lower()))
    return bool(words & set(party_rules()["membership_words"]))


SEAT_NOUNS = frozenset({"government", "authority", "leadership", "regime", "administration", "official"})


def _metonym_state(ctx: DocContext, tok, offset: int) -> str | None:
    """The state a word that names it without its name stands for, or None.

    A title the text gives a state ("the Kingdom", "the Hashemite Kingdom", "the Sultanate", "the Islamic
    Republic", "the Jewish state": ``data/parties.json`` 'state_metonyms', each with the states it may name) is
    the one of those states named last before it, else the one the article names most. A seat of government
    placed in a capital ("the government in Tbilisi", "authorities in Rabat") is the capital's state."""
    if tok.lemma_.lower() in SEAT_NOUNS:
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                for m in ctx.ents.mentions_in(offset + obj.idx, offset + obj.idx + len(obj)):
                    st = _capital_state(ctx.names.get(m.entity_id) or ctx.text[m.start:m.end])
                    if st:
                        return st
        return None
    if tok.lemma_.lower() in party_rules()["bloc_metonyms"]:
        return _bloc_meant(ctx, tok, offset)
    table = party_rules()["state_metonyms"]
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or any(
            m.text.lower() not in table for m in _covering(ctx, offset + tok.idx, offset + tok.idx + len(tok))):
        return None  # "a kingdom", "the United Kingdom" (a name of its own; NER's "Kingdom" alone is none)
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return None  # "the Kingdom of Bhutan": its name follows
    words = [t.lower_ for t in tok.subtree if t.i <= tok.i and t.dep_ in ("amod", "compound")] + [tok.lower_]
    phrase = next((" ".join(words[k:]) for k in range(len(words)) if " ".join(words[k:]) in table), None)
    if phrase is None:
        return None
    allowed = table[phrase]
    before = [m for m in ctx.ents.mentions_in(0, offset + tok.idx) if ctx.institutions.get(m.entity_id, m.entity_id)
              in allowed]
    named = {ctx.institutions.get(m.entity_id, m.entity_id) for m in before}
    # "Morocco and Spain held drills. The Kingdom ...": of two, the one the article is most about
    return next((s for s in ctx.states if s in named), None) or next((s for s in ctx.states if s in allowed), None)


def _metonym_mention(ctx: DocContext, sent_doc, offset: int, m) -> str | None:
    """The state a mention NER made of a metonym stands for ("the Kingdom" as a place, "the Sultanate" as an
    organisation), else None."""
    if m.text.lower() not in party_rules()["state_metonyms"]:
        return None
    tok = _mention_token(sent_doc, offset, m)
    return _metonym_state(ctx, tok, offset) if tok is not None else None


def _covering(ctx: DocContext, start: int, end: int) -> list:
    """The mentions that overlap the document range ``[start, end)`` ("United Kingdom" over "Kingdom")."""
    return [m for m in ctx.ents.mentions_in(max(0, start - 80), end + 80) if m.start < end and start < m.end]


@functools.lru_cache(maxsize=512)
def _capital_state(name: str) -> str | None:
    """The state whose capital ``name`` is ("Tbilisi" -> Georgia), from the gazetteer."""
    from ..gazetteer import load_gazetteer

    hits = [h for h in load_gazetteer().find(name) if h.how == "capital" and h.entity_id.startswith("country:")]
    return hits[0].entity_id if len(hits) == 1 else None


def _led_by(tok):
    """The participle that says who leads a group noun ("the Russian-led bloc", "the US-led alliance"), else None."""
    return next((c for c in tok.children if c.dep_ == "amod" and c.tag_ == "VBN" and c.lemma_.lower() in (
        "lead", "head")), None)


def _bloc_meant(ctx: DocContext, tok, offset: int) -> str | None:
    """The organisation "the bloc", "the alliance", "the grouping" stands for: the last one with member states
    named before it ("ASEAN leaders met ... The bloc and Australia signed ...", "the Russian-led bloc"); none when the
    word has qualifiers of its own ("the military alliance", "the alliance between A and B") or no such body was
    named."""
    led = _led_by(tok)
    own = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "poss", "prep") and not (
        led is not None and c.i == led.i)]
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or own or _covering(
            ctx, offset + tok.idx, offset + tok.idx + len(tok)):
        return None
    before = [m for m in ctx.ents.mentions_in(0, offset + tok.idx) if m.entity_id.startswith("org:")
              and can_be_party(m.entity_id, ctx) and _has_members(m.entity_id, ctx)]
    return max(before, key=lambda m: m.end).entity_id if before else None


def _named_group(tok) -> list[str]:
    """The members of a closed group of states a plural names with a determiner ("the Baltic states", "the three Nordic
    countries", "all Central Asian republics": ``data/parties.json`` 'state_groups'), else [] (a bare plural, "a bloc of
    Central Asian states", names a kind of state, not the group: GUIDE's generic groups)."""
    if tok.lemma_.lower() not in STATE_WORDS or tok.tag_ not in ("NNS", "NNPS"):
        return []
    if not any(c.dep_ in ("det", "predet", "nummod", "poss") for c in tok.children):
        return []  # "a bloc of Central Asian states", "cooperation among Baltic countries": states of a kind, no group told
    words = " ".join(t.lower_ for t in tok.subtree if t.i < tok.i and t.dep_ in ("amod", "compound", "nmod"))
    groups = party_rules()["state_groups"]
    return next((groups[k] for k in groups if words == k or words.endswith(" " + k)), [])
