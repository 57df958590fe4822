"""Which party a word that names none stands for (issue 11, point 1), for the parties stage (:mod:`.parties`):
"it" and "its" (the party named last before, or the sentence before's subject), an unnamed office ("The
President"), a person (the state they act for), an official without a state (the article's principal state)."""
from __future__ import annotations

import re

from .context import DocContext, party_rules
from .lexicon import ACTOR_KINDS
from .references import can_be_party

GROUP_PRONOUNS = frozenset({"they"})  # after a meeting, "they" are those who met (readout style)
NO_IT_VERBS = frozenset({"be", "seem", "appear", "remain", "take", "make", "matter", "happen"})  # "it is time to"


def _last_party_before(ctx: DocContext, pos: int) -> str | None:
    """The state or organisation named last before ``pos`` ("it" stands for it), within two sentences' reach."""
    best = None
    for m in ctx.ents.mentions_in(max(0, pos - 400), pos):
        k = ctx.kinds.get(m.entity_id, m.entity_id.split(":")[0])
        if k in ACTOR_KINDS and can_be_party(m.entity_id, ctx) and (best is None or m.end > best.end):
            best = m
    return ctx.institutions.get(best.entity_id, best.entity_id) if best else None


def _its_owner(ctx: DocContext, sent_start: int, its_pos: int) -> str | None:
    """Whom "its" on an act stands for ("its agreement with Korea"): the party named last before it in its
    sentence, else the party that opens the sentence before (its subject: "Uzbekistan's army is modernising
    fast. Its agreement with South Korea covers armoured vehicles"), else the party named last before."""
    if ctx.ents.mentions_in(sent_start, its_pos):
        return _last_party_before(ctx, its_pos)
    starts, head_end = ctx.sentence_starts_before(sent_start)
    first = min(ctx.ents.mentions_in(starts[-1], head_end), key=lambda m: m.start, default=None)
    if first is not None and re.fullmatch(r"(?:[\w\s,]{1,30},\s+)?(?:the\s+)?", ctx.text[starts[-1]:first.start], re.I) and (
            ctx.kinds.get(first.entity_id, first.entity_id.split(":")[0]) in ACTOR_KINDS) and can_be_party(
            first.entity_id, ctx):
        return ctx.institutions.get(first.entity_id, first.entity_id)
    return _last_party_before(ctx, its_pos)


def _coordinated_offices(c) -> bool:
    """"The Vice President and the President": unnamed office holders coordinated as one subject."""
    conj = [t for t in c.children if t.dep_ == "conj"]
    if not conj:
        return False
    offices = set(party_rules()["office_subjects"])
    heads = [c, *conj]
    return all(" ".join(w.lower_ for w in h.subtree if w.i <= h.i and (w.i == h.i or w.dep_ not in (
        "cc", "conj", "det", "punct"))) in offices for h in heads)


def _office_subject(c) -> str | None:
    """The office of "The President", "the Secretary", "the White House": an office holder the sentence
    does not name; else None."""
    phrase = " ".join(t.lower_ for t in c.subtree if t.i <= c.i)
    return next((w for w in party_rules()["office_subjects"] if phrase in ("the " + w, w)), None)


def _state_of(ctx: DocContext, person: str | None) -> str | None:
    """The state or organisation a person acts for, when the document tells (never an agreement or a
    place a role was misread from: "expressed support for the Indo-Pacific Economic Framework")."""
    st = ctx.affiliation.get(person) if person else None
    st = ctx.institutions.get(st, st) if st else None  # a ministry's spokesperson speaks for its state
    return st if st and st.split(":")[0] in ("country", "org") else None


def _principal_state(ctx: DocContext, exclude: set[str]) -> str | None:
    """The state an official named without one serves: the article's most named state that is
    not already a party of the sentence (a visitor is not the host, a caller not the called)."""
    for st in ctx.states:
        if st not in exclude:
            return st
    return None
