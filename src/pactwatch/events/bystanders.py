"""Names of a sentence that are no party of an event though they name an organisation or a state's body, for
:func:`.parties._participants`: an organisation NER guessed that is a word of another name in the parse (the title of
an agreement, an exercise's or an operation's own name, the make of a weapon), and a state's body named beside its
state (the state is the party: "Russia's Africa Corps", "the Cyber Security Agency of Singapore")."""
from __future__ import annotations

from .circumstances import _reports, _whole_name
from .context import DocContext, known_name, party_rules
from .lexicon import _lemma

CLIMB = frozenset({"compound", "flat", "conj", "nmod", "amod", "npadvmod"})  # the words of one name or list of names
TITLE_PREPS = frozenset({"on", "for", "of"})  # "Treaty on X", "Framework for X", "Agreement of X" (not "between X")


def _guessed(ctx: DocContext, eid: str) -> bool:
    """Whether an organisation is only NER's guess in the document: no gazetteer name of it, no state institution."""
    if eid in ctx.institutions or not eid.startswith("org:"):
        return False
    return not any(m.entity_id == eid and known_name(m.how) for m in ctx.ents.mentions)


def _name_head(tok):
    """The last word of the name (or list of names) ``tok`` is in: "Allied" -> "Relations", "SİPER" in "HİSAR and
    SİPER" -> "HİSAR"."""
    for _ in range(6):
        if tok.dep_ in CLIMB and tok.head.i != tok.i and tok.head.pos_ == "PROPN" and tok.head.text[:1].isupper():
            tok = tok.head
        else:
            break
    return tok


def _in_title(tok) -> bool:
    """Whether ``tok`` is a word of a document's title: "the Treaty on [Allied Relations]", "the Agreement on the
    Establishment of Peace and [Interstate Relations] between A and B", "the [Trinity House] agreement"."""
    words = frozenset(party_rules()["title_nouns"])
    t = _name_head(tok)
    if t.dep_ in ("compound", "nmod") and _lemma(t.head) in words:
        return True  # "the Trinity House agreement"
    for _ in range(6):
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head  # "Peace and Interstate Relations"
        if t.dep_ != "pobj" or t.head.lower_ not in TITLE_PREPS:
            return False
        noun = t.head.head
        if not noun.text[:1].isupper() or noun.pos_ not in ("PROPN", "NOUN"):
            return False  # the title's own words are capitalised ("an agreement on Allied Relations" is about them)
        if _lemma(noun) in words:
            return True
        t = noun  # "the Agreement on the Establishment of ..."
    return False


def _own_name_of(tok, nouns: frozenset[str], members: frozenset[str] = frozenset()) -> bool:
    """Whether the name at ``tok`` names the thing a noun of ``nouns`` is: "the Cobra Gold exercise", "the
    multinational exercise UNITAS", "Exercise Balikatan", "its first operation, Euphrates Shield", "MiG-29 squadrons".
    A noun of ``members`` may also be a group's members ("Hezbollah fighters"): only a make with a number is the
    thing's ("F-16 fighters")."""
    t = _name_head(tok)
    head = t.head
    if head.i != t.i and _lemma(head) in nouns and t.dep_ in ("compound", "nmod", "appos", "dobj", "npadvmod",
                                                               "nummod", "amod"):
        return _lemma(head) not in members or any(ch.isdigit() for w in tok.doc[min(tok.i, t.i):max(t.i, head.i)]
                                                  for ch in w.text)
    # "Exercise Balikatan": the noun is the first word of the name
    return any(c.dep_ == "compound" and c.i < t.i and c.text[:1].isupper() and _lemma(c) in nouns for c in t.children)


def part_of_another_name(tok, eid: str, ctx: DocContext) -> bool:
    """Whether the organisation ``eid`` NER guessed at ``tok`` is a word of another name in the parse, no party: a
    title ("the Treaty on Allied Relations"), an exercise's or an operation's name ("the Super Garuda Shield
    exercise"), the make or name of a weapon, a craft or a base ("Mirage 2000 jets", "the T4 air base")."""
    if tok is None or not _guessed(ctx, eid):
        return False
    rules = party_rules()
    return _in_title(tok) or _own_name_of(tok, frozenset(rules["exercise_nouns"])) or _own_name_of(
        tok, frozenset(rules["equipment_nouns"]), frozenset(rules["group_member_heads"]))


def _qualifier_states(tok, state_at) -> set[str]:
    """The states that qualify the name at ``tok`` in the parse: its possessor ("Russia's Africa Corps"), a demonym
    or a state's name before it ("the Swedish Defence Materiel Administration"), "of X" after it ("the Cyber Security
    Agency of Singapore"); ``state_at(token)`` is the state a token names, or None."""
    t = _name_head(tok)
    found: set[str] = set()
    for c in t.children:
        if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < t.i and (st := state_at(c)):
            found.add(st)
        if c.dep_ == "prep" and c.lower_ == "of":
            found |= {st for p in c.children if p.dep_ == "pobj" and (st := state_at(p))}
    if t.dep_ == "appos" and t.head.i != t.i:  # "the Swedish Defence Materiel Administration (FMV)"
        found |= _qualifier_states(t.head, state_at)
    return found


def bodies_beside_states(sent_doc, offset: int, mentions, ctx: DocContext, parties: set[str]) -> dict[str, str]:
    """The organisations among ``parties`` that the sentence names as a body of a state also among them ("Russia's
    Africa Corps has 2,500 personnel in Mali", "the Cyber Security Agency of Singapore and CISA finalized a MOU"),
    each with that state: the state is the party, its body only says who acts for it. (A bloc the gazetteer knows
    is no state's body: "NATO's Baltic Air Policing mission" keeps NATO.)"""
    from .references import _mention_token

    # (a state's own institution qualifies too: "the Pakistani Navy's Special Service Group")
    states = {(m.start, m.end): st for m in mentions if (st := m.entity_id if m.entity_id.startswith("country:") else (
        ctx.institutions.get(m.entity_id) or ctx.body_states.get(m.entity_id))) and st.startswith("country:")}

    def state_at(t) -> str | None:
        a = offset + t.idx
        return next((st for (s, e), st in states.items() if s <= a < e), None)

    out: dict[str, str] = {}
    for m in mentions:
        eid = ctx.institutions.get(m.entity_id, m.entity_id)
        if eid not in parties or not eid.startswith("org:") or m.entity_id in out or not _guessed(ctx, m.entity_id):
            continue
        tok = _mention_token(sent_doc, offset, m)
        if tok is None:
            continue
        own = _qualifier_states(tok, state_at) & parties
        if len(own) == 1:
            out[eid] = own.pop()
    return out


def _subject_clause(tok):
    """The nearest verb at or above ``tok`` with a subject of its own, or None."""
    t = tok
    for _ in range(40):
        if t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children):
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _conj_root(verb):
    """The first verb of the coordination ``verb`` is in ("A signed ..., and B followed": "signed")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    return verb


def in_coordinated_clause(tok, trig) -> bool:
    """Whether ``tok`` is in another of the coordinated clauses with subjects of their own than the trigger's:
    "Kyrgyzstan has acquired drones from Türkiye, and Kazakhstan assembles Anka drones" (Kyrgyzstan is no side of the
    assembly), "Denmark is a founding member of NATO, and its troops fought in Afghanistan", "X held talks ..., and
    Y will continue to support Z". (A clause without a subject of its own shares the one it is coordinated with: "X
    met Y and signed a pact"; a subject that refers back, "and their ministers have met", "and it has sold", "and
    the armies of the two countries held drills", is the other clause's names.)"""
    from .references import GROUP_SIZES

    a, b = _subject_clause(trig), _subject_clause(tok)
    if a is None or b is None or a.i == b.i:
        return False
    if any(t.pos_ == "PRON" or t.tag_ in ("PRP", "PRP$") or t.lower_ in GROUP_SIZES for c in a.children
           if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree):
        return False
    return (a.dep_ == "conj" or b.dep_ == "conj") and _conj_root(a).i == _conj_root(b).i


def told_outlet(tok, trig) -> bool:
    """Whether a name is whom a verb of telling tells what holds the trigger: the outlet a source speaks to, no
    side of the news ("officials told JAMnews that the two sides signed a memorandum", "the premier told ERR the
    meeting would take place on Tuesday", "X and Y signed a pact, an official told Reuters")."""
    if tok is None:
        return False
    t = _whole_name(tok)
    verb = t.head
    if t.dep_ not in ("dobj", "dative") or verb.pos_ != "VERB" or verb.lemma_.lower() != "tell":
        return False
    if _reports(verb, trig):
        return True
    # (the telling clause hung on the reported one: "..., an official told Reuters")
    return verb.dep_ in ("ccomp", "parataxis") and not verb.is_ancestor(trig) and (
        verb.head.i == trig.i or verb.head.is_ancestor(trig))
