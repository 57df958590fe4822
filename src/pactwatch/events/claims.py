"""Which trigger of a sentence a word belongs to: the clause a date, a place or a name hangs on, and how far in the
parse it is from each trigger (:func:`_claim`); the locative phrase a place is in (:func:`_locative`). Used by
:func:`.parties._participants` for names and places and by :mod:`.extract` for dates."""
from __future__ import annotations

from .sides import LEADING_VERBS

INCLUDING = frozenset({"including", "like", "notably", "especially", "particularly"})
PLACE_NOUNS = frozenset({"city", "town", "capital", "region", "village", "province", "district", "port",
                         "resort", "area", "territory", "republic", "coast", "shore", "water"})


# a subordinate clause whose "it" is the subject of the clause it hangs on ("as it buys", "while it talks")
SAME_SUBJECT_MARKS = frozenset({"as", "while", "because", "since", "although", "though", "when", "after", "before",
                                "until", "once", "if", "whereas"})


def _locative(sent_doc, char: int):
    """``("in" | "at", preposition token)`` when the token at ``char`` is the object of a
    locative preposition ("held in the Azerbaijani city of Gabala", "at the White House"),
    else None."""
    span = sent_doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    tok = span[0]
    # climb the name to its head ("Gaza Strip" → Strip), then "city of X" to "city", a list to its first member
    # ("in Ghana, Benin and Togo"), and the members a place noun includes to it ("in nations including Denmark")
    for _ in range(8):
        if tok.dep_ in ("compound", "amod", "nmod", "conj") and tok.head.i != tok.i:
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_ in PLACE_NOUNS:
            tok = tok.head.head
        elif tok.dep_ == "pobj" and (tok.head.lower_ in INCLUDING or (tok.head.lower_ == "as" and any(
                c.lower_ == "such" for c in tok.head.children))) and tok.head.head.pos_ in ("NOUN", "PROPN"):
            tok = tok.head.head
        else:
            break
    if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "near", "inside", "outside", "across", "within", "off"):
        return ("in" if tok.head.lower_ != "at" else "at"), tok.head
    return None


def _subordinate_between(tok, trig) -> bool:
    """Whether a clause of its own stands between ``tok`` and the trigger above it: "as the leaders talked in Peru,
    Chile shelled Bolivian posts" (Peru is where the talks are, no side of the shelling)."""
    t = tok
    while t.head.i != t.i:
        if t.i != tok.i and _own_clause(t):
            return True
        if t.head.i == trig.i:
            return False
        t = t.head
    return False


def _own_clause(t) -> bool:
    """An adverbial clause with a subordinating word and a subject of its own ("as the leaders talked", "while the
    ministers met"); not a purpose infinitive ("deployed to oversee security in Gaza"), nor a reported clause
    ("said that troops would be sent to X": what is said is the act)."""
    return t.pos_ in ("VERB", "AUX") and t.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in SAME_SUBJECT_MARKS for c in t.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in t.children)


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
        if t.dep_ in ("acl", "relcl") and t.head.i != trig.i and not (
                t.dep_ == "acl" and t.tag_ == "VBN" and t.lemma_.lower() in LEADING_VERBS):
            return True  # (not "a delegation led by X": who leads the visitors visits)
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
