"""The parties stage: actors, targets and the place of an event from the trigger's arguments in the parse (issue 11,
point 1). :func:`_participants` reads one trigger in steps, each in its own module, over one
:class:`.reading.Reading`: the subject of its clause and who says it (:mod:`.subjects`), the candidate sides and
places among the names in reach (:mod:`.candidates`), who does the act when the subject does not say
(:mod:`.doer`); then (here) which candidates are actors and which targets, with a state body standing for its
state. The predicates the steps ask are in :mod:`.sides`, :mod:`.qualifiers`, :mod:`.circumstances`,
:mod:`.stands_for`, :mod:`.war_sides`, :mod:`.arguments`, :mod:`.claims` and :mod:`.references`."""
from __future__ import annotations

import re

from .arguments import _coordinated_subject, _patron_sides, _qualifier_only
from .asserter import asserter_of as asserter_of  # the caller's import
from .bystanders import bodies_beside_states, in_coordinated_clause
from .candidates import add_unnamed_sides, collect_candidates
from .claims import _phrase_head
from .complements import host_of_lone_side
from .context import DocContext, _quote_span_at, party_rules
from .doer import choose_doer
from .lexicon import ACTOR_KINDS, Lexicon, sent_text
from .qualifiers import _patron_participle
from .reading import Reading
from .references import _has_members, can_be_party
from .sides import _mention_token_at, _own_group
from .stands_for import _principal_state
from .subjects import read_subject, subject_roles

UNNAMED_BODIES = frozenset(party_rules()["unnamed_state_bodies"])
JOINT_DOERS = frozenset({"deployment"})  # coordinated subjects all send, pledge or withdraw forces
DIRECTED = frozenset({"cooperation", "threat", "request", "conflict"})  # acts done to another party


def _subjectless_lead(sent_doc) -> bool:
    from .extract import _subjectless_lead as lead  # (extract imports this module)

    return lead(sent_doc)


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
    tok_i = sent_doc[i]
    span = _quote_span_at(ctx, offset + tok_i.idx)
    if span is not None:
        start, end = max(start, span[0]), min(end, span[1])
    named = ctx.ents.mentions_in(start, end)
    mentions = [m for m in named if not _qualifier_only(text, m, offset, etype, named)]
    person_spans = [(m.start, m.entity_id) for m in mentions if m.entity_id.startswith("person:")]
    trig_pos = offset + tok_i.idx
    trig = _phrase_head(tok_i)
    if tok_i.tag_ == "VBN" and any((pp := _patron_participle(c)) is not None and pp.i == tok_i.i for c in tok_i.children):
        return _patron_sides(sent_doc, offset, tok_i, mentions, ctx)
    party_spans = [(m.start - offset, m.end - offset) for m in mentions
                   if ctx.kinds.get(m.entity_id, m.entity_id.split(":")[0]) in ACTOR_KINDS]
    r = Reading(sent_doc, offset, i, ctx, lex, speaker, asserter, rivals, etype, text, tok_i, trig, trig_pos, named,
                mentions, person_spans, party_spans)
    read_subject(r)
    subject_roles(r)
    collect_candidates(r)
    add_unnamed_sides(r)
    choose_doer(r)
    return assign_sides(r)


def assign_sides(r: Reading) -> tuple[list[str], list[str], str | None]:
    """Assign the candidates: the subject's party (and the names coordinated with it, for a joint or directed
    act) are actors; the first candidate before the trigger is the actor when no subject says who; the others are
    targets, never a state that only hosts the act nor a victim twice. A generic group ("its member states") adds the
    organisation in focus; a state body stands for its state; a meeting's lone side gets its host.

    Returns:
        The actors, the targets and the place (an entity id or None).
    """
    sent_doc, offset, ctx, lex, etype, text = r.sent_doc, r.offset, r.ctx, r.lex, r.etype, r.text
    trig, trig_pos, mentions, subj_ent, subj_span = r.trig, r.trig_pos, r.mentions, r.subj_ent, r.subj_span
    subj_tok, subj_none, group, co_agents = r.subj_tok, r.subj_none, r.group, r.co_agents
    commentator, victims, backer, actors, others = r.commentator, r.victims, r.backer, r.actors, r.others
    places, hosts, capital_of, destinations = r.places, r.hosts, r.capital_of, r.destinations
    bloc_of_members = r.bloc_of_members
    # a fact-sheet line without a subject ("Continuing to lead the NATO battlegroup in Poland") is its author's act
    # (events.extract gives it its author): no name of the line is promoted to actor
    authored = subj_ent is None and subj_span is None and _subjectless_lead(sent_doc)
    seen = set()
    targets = []
    if subj_ent:
        actors.append(subj_ent)
        seen.add(subj_ent)
    # "Italy and Poland pledged troops to the mission", "Japan and Australia sent aid to Tonga": names coordinated as
    # the subject of an act done to someone are all its doers (of a joint act, "Chile and Peru held drills", one side each)
    together = _coordinated_subject(sent_doc, offset, subj_tok, subj_span, mentions, ctx) if subj_ent and not (
        group or subj_none or backer or commentator) else []
    if len(together) >= 2 and subj_ent in together and (etype in JOINT_DOERS or (etype in DIRECTED and any(
            e not in together for _p, e in others))):
        for eid in together:
            if eid not in seen and eid not in victims:
                actors.append(eid)
                seen.add(eid)
    if subj_ent and etype in JOINT_DOERS:
        for eid in co_agents:
            if eid not in seen and eid not in victims:
                actors.append(eid)
                seen.add(eid)
    if apart := {(p, e) for p, e in others if p != trig_pos and (t := _mention_token_at(sent_doc, offset, p)) is not None
                 and in_coordinated_clause(t, trig)}:
        # "Kyrgyzstan bought drones from Türkiye, and Kazakhstan assembles Chinese vehicles": the names of another
        # coordinated clause with a subject of its own are its sides, when the trigger's own clause names two
        if len({e for p, e in others if (p, e) not in apart} | {subj_ent} - {None}) >= 2:
            others = [x for x in others if x not in apart]
    if destinations and {e for _p, e in others} - destinations:
        others = [(p, e) for p, e in others if e not in destinations]
    for _pos, eid in sorted(others):
        if eid in seen or eid in victims:
            continue
        seen.add(eid)
        if not actors and _pos < trig_pos and eid not in hosts and not authored:
            actors.append(eid)
        else:
            targets.append(eid)
    # "its member states": the organisation the article or sentence is about (not "our allies": the speaker's)
    if _own_group(sent_doc, text, lex, trig):
        group_org = (ctx.salient_org if _has_members(ctx.salient_org, ctx) else None) or next(
            (m.entity_id for m in reversed(mentions) if m.start < trig_pos and m.entity_id.startswith("org:")
             and can_be_party(m.entity_id, ctx)), None)
        if group_org and group_org not in seen and group_org not in bloc_of_members:
            targets.append(group_org)
    if not actors and not authored and len(doers := [t for t in targets if t not in hosts]) > (0 if hosts else 1):
        actors.append(doers[0])  # (a fact-sheet line "Stationing forces in Germany and Italy" keeps its author)
        targets.remove(doers[0])
    if hosts and not actors and subj_span is not None and not set(targets) - hosts:
        # "soldiers are leading rescue operations in Indonesia": nobody sends them, no state hosts them (a
        # fact-sheet line without a subject, "Stationing enablers in Germany and Italy", is its author's)
        targets = []
    targets += [v for v in victims if v not in actors + targets]
    actors = [a for a in actors if a.split(":")[0] in ACTOR_KINDS]  # an affiliation read as an agreement is none
    targets = [t for t in targets if t.split(":")[0] in ACTOR_KINDS]
    if bodies := _unnamed_bodies(ctx):
        actors, targets = _bodies_as_states(actors, targets, bodies, ctx)
    if beside := bodies_beside_states(sent_doc, offset, mentions, ctx, set(actors) | set(targets)):
        # "Russia's Africa Corps has troops in Mali": the state its body is named with is the party
        actors = list(dict.fromkeys(beside.get(a, a) for a in actors))
        targets = [t for t in dict.fromkeys(beside.get(t, t) for t in targets) if t not in actors]
    # "Georgia's parliament ratified the pact with Armenia": a state's body beside its own state is no other side
    targets = [t for t in targets if ctx.body_states.get(t) not in (set(actors) | set(targets)) - {t}]
    if etype == "meeting" and places and len(set(actors) | set(targets)) == 1 and (
            st := host_of_lone_side(min(places)[3], capital_of, actors + targets)):
        targets.append(st)  # "Kato and Smith will meet in Tokyo" with one side known: the host is the other
    return actors, targets, (min(places)[3] if places else None)


def _unnamed_bodies(ctx: DocContext) -> set[str]:
    """The organisations of the document that are a state body named without its state ("the Defence Ministry",
    "the General Staff") and that no page's own state claims (``data/parties.json`` ``unnamed_state_bodies``)."""
    generic = UNNAMED_BODIES
    return {e.id for e in ctx.ents.entities if e.kind == "org" and e.id not in ctx.institutions
            and " ".join(re.sub(r"^the\s+", "", e.name.lower()).split()) in generic}


def _bodies_as_states(actors: list[str], targets: list[str], bodies: set[str],
                      ctx: DocContext) -> tuple[list[str], list[str]]:
    """"The Defence Ministry signed a plan with Mongolia" in a report on Kazakhstan: a state body without its state
    acts for the state the article is most about, other than the event's other sides (no body of a state is a
    party of its own)."""
    others = {p for p in actors + targets if p not in bodies}
    state = _principal_state(ctx, others)
    if state is None:
        return actors, targets
    swap = list(dict.fromkeys(state if p in bodies else p for p in actors))
    return swap, [t for t in dict.fromkeys(state if p in bodies else p for p in targets) if t not in swap]
