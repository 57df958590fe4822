"""Actors, targets and the place of an event from the trigger's arguments in the parse."""
from __future__ import annotations

import functools
import re

from .context import DocContext, _quote_span_at, party_rules
from .lexicon import ACTOR_KINDS, PRONOUNS_HE, PRONOUNS_WE, Lexicon, _generic_group, _lemma, sent_text
from .status import _path_up

PLACE_NOUNS = frozenset({"city", "town", "capital", "region", "village", "province", "district", "port",
                         "resort", "area", "territory", "republic"})


def _locative(sent_doc, char: int):
    """``("in" | "at", preposition token)`` when the token at ``char`` is the object of a
    locative preposition ("held in the Azerbaijani city of Gabala", "at the White House"),
    else None."""
    span = sent_doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    tok = span[0]
    # climb the name to its head ("Gaza Strip" → Strip), then "city of X" to "city"
    for _ in range(4):
        if tok.dep_ in ("compound", "amod", "nmod") and tok.head.i != tok.i:
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_ in PLACE_NOUNS:
            tok = tok.head.head
        else:
            break
    if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "near", "inside", "outside", "across", "within"):
        return ("in" if tok.head.lower_ != "at" else "at"), tok.head
    return None


def _tree_dist(a, b) -> int:
    """Edges between two tokens of one parsed sentence."""
    depth: dict[int, int] = {}
    t, d = a, 0
    while True:
        depth[t.i] = d
        if t.head.i == t.i:
            break
        t, d = t.head, d + 1
    t, d = b, 0
    while t.i not in depth:
        if t.head.i == t.i:
            return 1000  # no common ancestor (two roots)
        t, d = t.head, d + 1
    return d + depth[t.i]


def _claims_span(sent_doc, start: int, end: int, i: int, rivals: tuple[int, ...]) -> bool:
    """Whether the trigger at token ``i`` claims the sentence-relative character span (a
    time expression), read at its root: the token whose head lies outside it."""
    toks = [t for t in sent_doc if start <= t.idx < end]
    root = next((t for t in toks if t.head.i == t.i or not start <= t.head.idx < end), None)
    return root is None or _claim(sent_doc, root, i, rivals) is not None


def _other_clause(tok, trig) -> bool:
    """Whether ``tok`` hangs on a clause that describes another noun on its way up to the
    trigger: "in an interview released late Monday, he recalled his proposal of exercises"
    (Monday dates the release), "Aliyev, who visited Baku, proposed exercises". A clause on
    the trigger itself ("the summit held in Gabala") is the trigger's own."""
    above = {a.i for a in trig.ancestors} | {trig.i}
    t = tok
    while t.i not in above and t.head.i != t.i:
        t = t.head
        if t.i in above:
            break
        if t.dep_ in ("acl", "relcl") and t.head.i != trig.i:
            return True
    return False


def _claim(sent_doc, tok, i: int, rivals: tuple[int, ...]) -> int | None:
    """How far in the parse ``tok`` (a date, a place) is from the trigger at token ``i``, or
    None when it tells about something else: it is in another clause's verb phrase, or
    another trigger of the sentence is nearer to it: in "proposed at the summit held in
    Gabala to hold exercises in Azerbaijan in 2026", Gabala is the summit's place,
    Azerbaijan and 2026 the exercises'."""
    trig = _phrase_head(sent_doc[i])
    if _other_clause(tok, trig):
        return None
    mine = _tree_dist(trig, tok)
    for r in rivals:
        other = _phrase_head(sent_doc[r])
        # an event nested in the other's phrase shares its place and time: "a force deployed to
        # oversee security efforts in Gaza", "a partnership agreement signed on 16 August 2010"
        if trig.is_ancestor(other) or other.is_ancestor(trig):
            continue
        if _tree_dist(other, tok) < mine:
            return None
    return mine


def _phrase_head(tok):
    """The noun a trigger word modifies ("peacekeeping" -> "force", "military" -> "exercises")."""
    for _ in range(3):
        if tok.dep_ in ("compound", "amod", "nmod") and tok.head.i != tok.i:
            tok = tok.head
        else:
            break
    return tok


CLAUSE_DEPS = frozenset({"advcl", "ccomp", "relcl", "acl", "parataxis", "csubj", "xcomp", "conj"})


def _mention_token(sent_doc, offset: int, m):
    """The head token of a mention in a parsed sentence (the one whose head lies outside it)."""
    span = sent_doc.char_span(m.start - offset, m.end - offset, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _in_other_clause(tok, trig) -> bool:
    """Whether ``tok`` hangs on another clause than the trigger's: on its way up to the
    trigger's path it passes a verb of a subordinate or coordinated clause ("to deter Russian
    aggression against Ukraine", "after Russia invaded Ukraine", "and Japan welcomed it"). A clause
    on the trigger itself is its own ("a memorandum strengthening cooperation between A and B")."""
    above = {a.i for a in trig.ancestors} | {trig.i}
    t = tok
    while t.i not in above and t.head.i != t.i:
        own = t.dep_ in ("acl", "relcl") and t.head.i == trig.i  # "a memorandum strengthening ties between A and B"
        if t.dep_ in CLAUSE_DEPS and t.pos_ in ("VERB", "AUX") and not own:
            return True
        t = t.head
    return False


@functools.lru_cache(maxsize=4096)
def _party_name_ok(name: str) -> bool:
    words = set(re.findall(r"[a-z0-9][a-z0-9.-]*", name.lower()))
    low = " " + " ".join(re.findall(r"[a-z0-9.-]+", name.lower())) + " "
    for w in party_rules()["not_party_words"]:
        if (" " in w and f" {w} " in low) or w in words:
            return False
    return True


def can_be_party(eid: str, ctx: DocContext) -> bool:
    """States always; organisations unless their name is a document, a meeting, an award, an
    outlet or a website ("Memorandum of Cooperation", "Critical Minerals Framework", "Yonhap")."""
    if eid.startswith("country:"):
        return True
    return _party_name_ok(ctx.names.get(eid) or eid.split(":", 1)[-1].replace("-", " "))


def _inside_other_name(m, mentions) -> bool:
    """A name inside a longer name ("Japan" in "Sea of Japan") is no mention of its own; the
    states an agreement's or partnership's name holds are its parties ("the U.S.-Romania
    Strategic Partnership")."""
    return any(n is not m and n.start <= m.start and m.end <= n.end and (n.end - n.start) > (m.end - m.start)
               and not n.entity_id.startswith("agreement:") for n in mentions)


def _group_subject(c) -> bool:
    """"The two leaders", "both sides": the article's two principal states."""
    phrase = " ".join(t.lower_ for t in c.subtree if t.i <= c.i)
    return any(phrase.endswith(g) for g in party_rules()["group_subjects"])


FIRST_PERSON = frozenset({"i", "we"})


def _office_subject(c) -> bool:
    """"The President", "the Secretary", "the White House": an office holder the sentence does not name."""
    phrase = " ".join(t.lower_ for t in c.subtree if t.i <= c.i)
    return any(phrase == "the " + w or phrase == w for w in party_rules()["office_subjects"])


def _principal_state(ctx: DocContext, exclude: set[str]) -> str | None:
    """The state an official named without one serves: the article's most named state that is
    not already a party of the sentence (a visitor is not the host, a caller not the called)."""
    for st in ctx.states:
        if st not in exclude:
            return st
    return None


def _participants(sent_doc, offset: int, i: int, ctx: DocContext, lex: Lexicon, speaker: str | None,
                  asserter: str | None, rivals: tuple[int, ...],
                  etype: str = "") -> tuple[list[str], list[str], str | None]:
    """Actors, targets and a place for the trigger at token ``i`` of a parsed sentence.

    Parties are the trigger's own arguments in the parse: the subject of its clause (with
    what is coordinated to it), and the states, organisations and persons (for their state)
    that hang on the trigger's phrase or path; never a name inside another name, in another
    clause, nearer another trigger of the sentence (``rivals``), nor the subject of a verb of
    saying above the trigger (who says or condemns it asserts it: ``asserted_by``).

    The place is the nearest locative phrase in the parse that no rival is nearer to; within
    one phrase a place beats the country that qualifies it ("in the Azerbaijani city of Gabala"
    is Gabala). The state a conflict is in is also its target ("Russia's war in Ukraine").

    A trigger inside a quotation takes its participants from the quotation only ("...,"
    Waltz told the Hugh Hewitt Show: the show is not a party to what Waltz says)."""
    text = sent_text(sent_doc)
    start, end = offset, offset + len(text)
    span = _quote_span_at(ctx, offset + sent_doc[i].idx)
    if span is not None:
        start, end = max(start, span[0]), min(end, span[1])
    mentions = ctx.ents.mentions_in(start, end)
    person_spans = [(m.start, m.end) for m in mentions if m.entity_id.startswith("person:")]
    trig_pos = offset + sent_doc[i].idx
    trig = _phrase_head(sent_doc[i])
    saying = frozenset(party_rules()["saying_verbs"])
    # subject of the clause: who does it (not the subject of a verb of saying above the trigger)
    subj_ent = None
    subj_span: tuple[int, int] | None = None
    group: list[str] = []
    office = False
    for tok in _path_up(sent_doc[i]):
        if tok.i != i and tok.i != trig.i and _lemma(tok) in saying and tok.pos_ in ("VERB", "AUX"):
            break
        for c in tok.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.i != i:
                cs, ce = offset + c.left_edge.idx, offset + c.right_edge.idx + len(c.right_edge)
                subj_span = (cs, ce)
                for mm in ctx.ents.mentions_in(cs, ce):
                    k = ctx.kinds.get(mm.entity_id, mm.entity_id.split(":")[0])
                    if k in ACTOR_KINDS and can_be_party(mm.entity_id, ctx):
                        subj_ent = ctx.institutions.get(mm.entity_id, mm.entity_id)
                        break
                    if k == "person" and mm.entity_id in ctx.affiliation:
                        subj_ent = ctx.affiliation[mm.entity_id]
                        break
                    if k == "person" and mm.entity_id in ctx.titled:
                        office = True  # a titled person whose state the text leaves unsaid
                        break
                if subj_ent is None and c.lower_ in PRONOUNS_WE and speaker:
                    subj_ent = ctx.affiliation.get(speaker)
                if subj_ent is None and c.lower_ in PRONOUNS_HE and asserter:
                    subj_ent = ctx.affiliation.get(asserter)
                if subj_ent is None and _group_subject(c):
                    pair = list(ctx.meeting_parties) or list(ctx.states[:2])
                    if len(pair) >= 2:
                        subj_ent, group = pair[0], pair[1:]
                if subj_ent is None and c.lower_ in FIRST_PERSON and speaker is None:
                    office = True  # the author of a statement ("I spoke with", "we will continue")
                if subj_ent is None and not ctx.ents.mentions_in(cs, ce) and _office_subject(c):
                    office = True
                break
        if subj_ent or subj_span or office:
            break
    actors: list[str] = []
    others: list[tuple[int, str]] = [(trig_pos, g) for g in group]
    places: list[tuple[int, int, int, str]] = []  # (parse distance, country?, position, id)
    for m in mentions:
        kind = ctx.kinds.get(m.entity_id, m.entity_id.split(":")[0])
        if _inside_other_name(m, mentions):
            continue
        # a demonym or state inside a person's title ("Azerbaijani President X", "US envoy X")
        title_of_person = any(ps - 40 <= m.end <= ps and re.fullmatch(r"[\w\s.'’-]*", ctx.text[m.end:ps] or "")
                              and len(ctx.text[m.end:ps].split()) <= 6 for ps, _pe in person_spans)
        locative = _locative(sent_doc, m.start - offset)
        loc, prep = locative if locative else (None, None)
        if kind == "place":
            dist = _claim(sent_doc, prep, i, rivals) if loc else None
            if dist is not None:
                places.append((dist, 0, m.start, m.entity_id))
            continue
        in_subject = subj_span is not None and subj_span[0] <= m.start < subj_span[1]
        if kind == "person" and not in_subject and m.entity_id in ctx.affiliation and m.entity_id != asserter:
            tok = _mention_token(sent_doc, offset, m)
            if tok is not None and not _in_other_clause(tok, trig) and _claim(sent_doc, tok, i, rivals) is not None:
                others.append((m.start, ctx.affiliation[m.entity_id]))  # "met with Prime Minister X"
            continue
        if kind not in ACTOR_KINDS or not can_be_party(m.entity_id, ctx):
            continue
        if kind == "country" and loc == "in" and ctx.text[m.end:m.end + 2] != "'s":
            dist = _claim(sent_doc, prep, i, rivals)
            if dist is not None:
                places.append((dist, 1, m.start, m.entity_id))
                if etype == "conflict":  # the state a war or an attack is "in" is its target
                    others.append((m.start, m.entity_id))
            elif etype == "conflict" and (tok := _mention_token(sent_doc, offset, m)) is not None and trig.is_ancestor(tok):
                others.append((m.start, m.entity_id))  # "fired rounds aimed at a loudspeaker in South Korea"
            continue
        if title_of_person:
            continue
        if not in_subject:
            tok = _mention_token(sent_doc, offset, m)
            if tok is not None and (_in_other_clause(tok, trig) or _claim(sent_doc, tok, i, rivals) is None):
                continue
        others.append((m.start, ctx.institutions.get(m.entity_id, m.entity_id)))
    if subj_ent is None and office:
        subj_ent = _principal_state(ctx, {eid for _p, eid in others})
    if subj_ent is None:
        has_we = any(t.lower_ in PRONOUNS_WE for t in sent_doc)
        if speaker and has_we:
            subj_ent = ctx.affiliation.get(speaker)
    if subj_ent is None and asserter and not others:
        subj_ent = ctx.affiliation.get(asserter)
    if subj_ent is None and asserter:
        # the asserter's state proposes / denies; only when he is the sentence's subject
        for m in mentions:
            if m.entity_id == asserter and m.start - offset < (trig_pos - offset):
                subj_ent = ctx.affiliation.get(asserter)
                break
    seen = set()
    targets = []
    if subj_ent:
        actors.append(subj_ent)
        seen.add(subj_ent)
    for _pos, eid in sorted(others):
        if eid in seen:
            continue
        seen.add(eid)
        if not actors and _pos < trig_pos:
            actors.append(eid)
        else:
            targets.append(eid)
    if _generic_group(text, lex):  # "its member states": the organisation the article or sentence is about
        group_org = ctx.salient_org or next((m.entity_id for m in reversed(mentions) if m.start < trig_pos
                                             and m.entity_id.startswith("org:") and can_be_party(m.entity_id, ctx)),
                                            None)
        if group_org and group_org not in seen:
            targets.append(group_org)
    if not actors and targets and len(targets) > 1:
        actors.append(targets.pop(0))
    return actors, targets, (min(places)[3] if places else None)
