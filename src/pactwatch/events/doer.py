"""The parties stage, step 3: who does the act when the clause's subject does not say (issue 11, point 1).
A trigger noun that names its own parties ("the agreement between A and B", "Russia's war on Ukraine", "its
rocket attacks"), who joins another's act ("Serbia takes part in NATO drills"), the sender of a spoken act ("a
request from Poland"), the agent of a passive trigger ("was attacked by Russia"); failing those, whom "its", an
unnamed office, "we" or the asserter stand for."""
from __future__ import annotations

from .arguments import SPOKEN, _controller_party, _passive_agent, _sender
from .candidates import HOSTED_ACTS
from .circumstances import _joins
from .complements import hosted_by
from .lexicon import PRONOUNS_WE
from .reading import Reading
from .sides import _between, _clause_root, _in_clause, _mention_token_at
from .stands_for import _its_owner, _last_party_before, _principal_state, _state_of
from .war_sides import _possessor_against, _resists

NEEDS_TARGET = frozenset({"conflict", "threat", "request", "deployment"})  # done to someone
OWN_PARTY_TYPES = frozenset({"alliance", "cooperation"})  # "NATO's 32nd Ally": the possessor is the other side


def choose_doer(r: Reading) -> None:
    """Settle who does the act (``subj_ent``) and which candidates are its sides (``others``) when the
    trigger noun names its own parties, a spoken act names its sender or a passive trigger its agent; else fall back
    on whom "its", an unnamed office, "we" or the asserter stand for."""
    sent_doc, offset, ctx, speaker, asserter = r.sent_doc, r.offset, r.ctx, r.speaker, r.asserter
    etype, tok_i, trig, trig_pos, mentions = r.etype, r.tok_i, r.trig, r.trig_pos, r.mentions
    party_at, subj_ent, subj_span, subj_tok = r.party_at, r.subj_ent, r.subj_span, r.subj_tok
    office, own_agent, co_agents, commentator = r.office, r.own_agent, r.co_agents, r.commentator
    accuser, others, held_in = r.accuser, r.others, r.held_in
    between = _between(trig, party_at, offset)
    own_pair = [(p, e) for p, e in others if between[0] <= p < between[1]] if between else []
    if len({e for _p, e in own_pair}) >= 2 and own_agent is None:
        # "the two sides discussed the security agreement between Solomon Islands and China": the noun names
        # its own parties; who discusses, welcomes or signs up to it is not one of them
        others, subj_ent, office = own_pair, None, False
    if own_agent is not None and subj_ent is not None and (_joins(trig, subj_tok) or (
            etype in HOSTED_ACTS and hosted_by(trig, subj_tok))):
        own_agent = None  # "Serbia takes part in NATO drills": who joins is a side, beside whose drills they are
    if own_agent is None and etype == "conflict" and trig.pos_ == "NOUN" and trig.dep_ == "pobj" and (
            its := next((c for c in trig.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)) and (
            owner := _last_party_before(ctx, offset + its.idx)):
        # "providing drones to Russia for its war in Ukraine": "its" war is Russia's, against whom the phrase names
        lo, hi = offset + trig.left_edge.idx, offset + trig.right_edge.idx + len(trig.right_edge)
        if mine := [(p, e) for p, e in others if lo <= p < hi and e != owner]:
            others, subj_ent, office, commentator = mine, owner, False, True
    if own_agent is None and etype == "conflict" and trig.pos_ == "NOUN" and trig.dep_ == "dobj" and (
            its := next((c for c in trig.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)) and (
            owner := _controller_party(trig.head, others, offset)):
        # "urged Qatar to get Hamas to halt its rocket attacks on Israel": "its" attacks are theirs who are to halt
        # them (the subject of the verb, or the object that controls it); who urges or presses is no side
        lo, hi = offset + trig.left_edge.idx, offset + trig.right_edge.idx + len(trig.right_edge)
        mine = [(p, e) for p, e in others if lo <= p < hi and e != owner]
        others, subj_ent, office, commentator = mine, owner, False, True
    if own_agent is not None and etype not in OWN_PARTY_TYPES:
        # "to counter Russia's war on Ukraine", "welcomed Japan and Australia's signing of the RAA": the noun
        # phrase names its own parties; the clause around it is about someone else
        phrase = own_agent.head if own_agent.dep_ == "poss" and not trig.is_ancestor(own_agent) else trig
        left = phrase.left_edge
        if phrase.dep_ == "conj" and party_at(phrase.head) and phrase.head.i < phrase.i:
            left = phrase.head  # "applauded Japan and Australia's signing" parsed as "Japan" and "the signing"
            own_agent = phrase.head
        lo, hi = offset + left.idx, offset + phrase.right_edge.idx + len(phrase.right_edge)
        # (the state the clause says holds it is a side too: "the next CSTO summit will be held in Armenia")
        own = [(p, e) for p, e in others if (lo <= p < hi and p != trig_pos) or e in held_in]
        if phrase.dep_ == "attr":  # "It was Armenia's first treaty since 1997 with India": the parse hangs "with" on "was"
            for prep in (c for c in phrase.head.children if c.dep_ == "prep" and c.lower_ in ("with", "between")):
                p_lo, p_hi = offset + prep.idx, offset + prep.right_edge.idx + len(prep.right_edge)
                own += [(p, e) for p, e in others if p_lo <= p < p_hi]
        a_lo, a_hi = offset + own_agent.left_edge.idx, offset + own_agent.right_edge.idx + len(own_agent.right_edge)
        agent = next((e for p, e in sorted(others) if a_lo <= p < a_hi), None)
        # "Chilean and Peruvian contingents": the names coordinated with the noun's own doer are its doers too
        co_agents = [e for c in own_agent.conjuncts for p, e in sorted(others) if offset + c.left_edge.idx <= p
                     < offset + c.right_edge.idx + len(c.right_edge) and e != agent]
        if len({e for _p, e in own}) >= 2 or etype not in NEEDS_TARGET:
            others, subj_ent = own, agent
        elif agent is not None:
            # an act named by its doer alone ("EU sanctions", "the Houthi rebellion") may have its other side outside
            # a war or an attack so named is done to whom the clause says suffers or resists it ("Ukraine defends
            # itself against Russian aggression"), not to whom helps ("the US will support Ukraine's defense ...")
            side = subj_ent if etype != "conflict" or _resists(trig, subj_tok) else None
            if etype == "conflict":  # nor is any other name of a clause above the act's own
                root = _clause_root(trig)
                mine = [(p, e) for p, e in others if not (subj_span and subj_span[0] <= p < subj_span[1])
                        and (t := _mention_token_at(sent_doc, offset, p)) is not None and _in_clause(t, root)]
                # "sustaining its fight against the Russian invasion": whose fight it is
                mine += [(trig_pos, e) for e in [_possessor_against(trig, ctx, offset), side] if e]
                others, side = (mine, None) if any(e != agent for _p, e in mine) else (others, subj_ent)
            others = others + ([(trig_pos, side)] if side else [])
            subj_ent = agent
        office, commentator = False, True
    if etype in SPOKEN and not commentator and trig.pos_ == "NOUN" and (
            sender := _sender(sent_doc, offset, trig, others)) is not None:
        # "after a phone warning from the Israelis", "Ukraine received a request from Poland": who makes it (whom
        # the clause's subject is, it is made to)
        others = [(p, e) for p, e in others if e != sender] + ([(trig_pos, subj_ent)] if subj_ent not in (
            None, sender) else [])
        subj_ent = sender
    if not commentator and not accuser and (doer := _passive_agent(tok_i, subj_tok, offset, others)) is not None:
        # "Ukraine was attacked by Russia", "the pullout had been demanded by Algeria", "the drills were denounced
        # by Japan": the agent of the passive trigger does it; its subject is what (or whom) it is done to
        others = [(p, e) for p, e in others if e != doer] + ([(trig_pos, subj_ent)] if subj_ent not in (
            None, doer) else [])
        subj_ent, office = doer, False
    if subj_ent is None and not office and not commentator and (its := next(
            (c for c in trig.children if c.dep_ == "poss" and c.lower_ == "its"), None)) is not None:
        subj_ent = _its_owner(ctx, offset, offset + its.idx)  # "Its agreement with South Korea covers ..."
    if subj_ent is None and office:
        subj_ent = _principal_state(ctx, {eid for _p, eid in others})
    if subj_ent is None:
        has_we = any(t.lower_ in PRONOUNS_WE for t in sent_doc)
        if speaker and has_we:
            subj_ent = _state_of(ctx, speaker)
    # the asserter's own state acts only when he is in the sentence (a statement's author is not in all of it)
    if asserter is not None and speaker != asserter and not any(m.entity_id == asserter for m in mentions):
        asserter = None
    if subj_ent is None and asserter and not others and not commentator:
        subj_ent = _state_of(ctx, asserter)
    if subj_ent is None and asserter and not commentator:
        # the asserter's state proposes / denies; only when he is the sentence's subject
        for m in mentions:
            if m.entity_id == asserter and m.start - offset < (trig_pos - offset):
                subj_ent = _state_of(ctx, asserter)
                break
    r.others, r.subj_ent, r.office, r.commentator = others, subj_ent, office, commentator
    r.own_agent, r.co_agents = own_agent, co_agents
