"""The events stage proper: parsed sentences in, events out."""
from __future__ import annotations

import logging
from dataclasses import replace
from typing import cast

from ..dates import when_for
from ..model import CleanDocument, EntityAnalysis, Event, EventType, Evidence, Metadata, Quote, Status
from .asides import aside, war_by_place
from .claims import _claims_span, _phrase_head
from .confidence import event_confidence
from .context import DocContext, _in_quote, document_links, make_context, party_rules
from .counterpart import article_state, with_counterparts, with_gatherings, with_groups
from .discourse import borrowed_parties, restated_act
from .distinct_facts import object_head
from .folding import (
    _anaphoric,
    _drop_subsumed_cooperation,
    _earlier_meeting,
    _named_again,
    _own_name,
    _refers_back,
)
from .lexicon import (
    _generic_group,
    _lemma,
    _provisions,
    _sectors,
    agreement_word,
    load_lexicon,
)
from .lexicon import sent_text as sent_text_of
from .merging import merge_events, named_parties
from .nesting import TOPIC_VERBS, separate_partners
from .parties import _participants, asserter_of
from .relevance import document_relevance, not_interstate, relevant
from .restatements import _drop_headline_repeats
from .status import _status
from .triggers import FIGHTERS, _find_triggers, _in_question, _outermost, _proposal_fallback

log = logging.getLogger(__name__)


def _when(sent_doc, span: tuple[int, int], ctx: DocContext, i: int, rivals: tuple[int, ...]) -> str | None:
    """When the event at token ``i`` happened or is to happen: the nearest time expression
    that no other trigger of the sentence (``rivals``) is nearer to in the parse."""
    sent_text = sent_text_of(sent_doc)
    try:  # a noun's period ("the plan for 2026") dates the event only when the sentence gives no other time
        return (when_for(sent_text, span, ctx.anchor,
                         keep=lambda e: _claims_span(sent_doc, e.start, e.end, i, rivals)
                         and not _period_of_noun(sent_doc, e.start, e.end, i))
                or when_for(sent_text, span, ctx.anchor,
                            keep=lambda e: _claims_span(sent_doc, e.start, e.end, i, rivals)))
    except Exception:  # a date rule must never lose the event
        log.debug("date resolution failed on %r", sent_text, exc_info=True)
        return None


def _period_of_noun(sent_doc, start: int, end: int, i: int) -> bool:
    """Whether the time expression at ``start:end`` is the period another noun than the trigger (token ``i``) covers,
    not when this event happened: in "signed the plan of military cooperation for 2026 on Saturday" 2026 is the
    cooperation's (the planned cooperation's own date) and Saturday the signing's ("for" on a noun; "scheduled for
    March" and "planned for next week" hang on a verb and date the act)."""
    toks = [t for t in sent_doc if start <= t.idx < end]
    root = next((t for t in toks if t.head.i == t.i or not start <= t.head.idx < end), None)
    prep = root if root is not None and root.lower_ == "for" else root.head if root is not None else None
    if prep is None or prep.lower_ != "for" or prep.head.i == prep.i:
        return False
    return prep.head.pos_ in ("NOUN", "PROPN") and prep.head.i != i


def _ongoing_today(trig, status: str, ctx: DocContext) -> str | None:
    """The report date for what the text says is going on now ("Azerbaijan is hosting the
    summit", "troops are holding drills"): a present progressive on the trigger's verb."""
    if status != "occurred" or ctx.anchor is None:
        return None
    tok = _phrase_head(trig)
    if tok.pos_ != "VERB" and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "pobj") and tok.head.pos_ == "VERB":
        tok = tok.head
    if tok.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in tok.children):
        return ctx.anchor.isoformat()
    return None


def _agreement_id(sent_doc, offset: int, ctx: DocContext) -> str | None:
    ms = ctx.ents.mentions_in(offset, offset + len(sent_text_of(sent_doc)))
    for m in ms:
        if m.entity_id.startswith("agreement:"):
            return m.entity_id
    return None


# facts between two sides: an organisation alone is a word out of context ("the Alliance's deterrence",
# "NATO allies") unless it meets on its own (a summit of the OTS); a state alone may be one side of it
RELATIONAL = frozenset({"cooperation", "agreement", "alliance", "threat", "meeting"})


# what a bloc of states does or is on its own is the bloc's fact ("the OTS is not a military alliance")
BLOC_ALONE = frozenset({"alliance"})


def _bloc_subject(party: str, sent_doc, offset: int, ctx: DocContext) -> bool:
    """A bloc of states (an organisation whose short name the party rules list: "nato", "ots", "ecowas") named as
    the subject of a clause of the sentence ("the OTS is not a military bloc"; not "NATO allies", "from the EU")."""
    if not party.startswith("org:") or party[4:] not in party_rules()["membership_words"]:
        return False
    for m in ctx.ents.mentions_in(offset, offset + len(sent_doc.text)):
        span = sent_doc.char_span(m.start - offset, m.end - offset, alignment_mode="expand")
        if m.entity_id == party and span is not None and span.root.dep_ in ("nsubj", "nsubjpass"):
            return True
    return False


def _enough_parties(etype: str, actors: list[str], targets: list[str], ctx: DocContext,
                    sent: tuple | None = None) -> bool:
    """Whether an event has the parties its type needs: one state or known organisation at
    least (a body NER guessed is not enough), two sides for relations between parties; a bloc
    of states the sentence ``sent`` (its parse and offset) makes its subject may be alone (:data:`BLOC_ALONE`)."""
    parties = actors + targets
    known = {p for p in parties if p.startswith("country:") or p in ctx.gazetteer_orgs}
    if not known:
        return False
    if etype in RELATIONAL and len(set(parties)) < 2:  # a state alone may have its other side unsaid
        return (etype == "meeting" or all(p.startswith("country:") for p in known)
                or (etype in BLOC_ALONE and sent is not None and not targets and _bloc_subject(actors[0], sent[0], sent[1], ctx)))
    return True


# a warning or a request is made by saying it: whatever the verb around it, it occurred unless denied (or, for a
# request, put in the future on its own verb: a warning in the future tense is made now)
SPEECH_ACTS = frozenset({"threat", "request"})


def _own_future(tok, status: str) -> bool:
    """The trigger's own verb is in the future ("we will encourage Pakistan to", "shall press Iran"), or in a reported
    future the status read as planned ("said the government would ask Spain for equipment")."""
    future = ("will", "shall", "'ll", "would") if status == "planned" else ("will", "shall", "'ll")
    return tok.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ in future for c in tok.children)

NAME_KINDS = frozenset({"org", "person"})  # a route's name is still the route ("the Middle Corridor")


def _inside_name(sent_doc, offset: int, trig: tuple[str, str, int, int], ctx: DocContext) -> bool:
    """A trigger word inside the name of an organisation or a person is part of the name:
    "North Atlantic Treaty Organization", "Rapid Deployment Force" (an agreement's own name is
    still its agreement, "the Shusha Declaration"; a place name ending in it, its route, "the Middle
    Corridor", but not one it only begins, "Unity state"). A force's or mission's own name that is a
    lexicon phrase stays one ("the International Stabilization Force" is the deployment)."""
    if trig[3] - trig[2] > 1:
        return False
    s = offset + sent_doc[trig[2]].idx
    e = offset + sent_doc[trig[3] - 1].idx + len(sent_doc[trig[3] - 1])
    for m in ctx.ents.mentions_in(offset, offset + len(sent_text_of(sent_doc))):
        if m.start <= s and e <= m.end:
            kind = ctx.kinds.get(m.entity_id, m.entity_id.split(":")[0])
            if kind in NAME_KINDS or (kind == "place" and e < m.end):  # "Unity state" is no unity
                return not (trig[0] == "cooperation" and _joined_programme(sent_doc[trig[2]]))
    return False


def _joined_programme(tok) -> bool:
    """A cooperation word in the name of a programme a party takes part in or joins is that cooperation ("takes part
    in NATO's Partnership for Peace programme", "joined the Partnership for Peace")."""
    for a in [tok, *tok.ancestors]:
        if a.dep_ == "pobj" and a.head.lower_ == "in" and _lemma(a.head.head) in ("participate", "part", "take"):
            return True
        if a.dep_ == "dobj" and _lemma(a.head) in ("join", "enter"):
            return True
        if a.pos_ in ("VERB", "AUX"):
            return False
    return False


# groups that a qualifier makes a domestic political body ("the ruling alliance", "the opposition coalition")
GROUP_NOUNS = frozenset({"alliance", "coalition", "bloc", "party", "front", "movement", "grouping", "camp"})
DOMESTIC_GROUPS = frozenset({"opposition"})  # a state's opposition, whatever its qualifier
GENERIC_DEPTH = 3  # how far up from an agreement noun its breaching or keeping word is looked for


def _not_interstate(sent_doc, etype: str, i: int, j: int) -> bool:
    """The trigger is a boilerplate, generic or domestic mention, no fact between states (``data/relevance.json``
    'not_interstate'): a journalist's request for comment ("did not respond to a request for comment"), agreements in
    general ("in breach of international accords", "violated agreements"), a domestic political group ("the ruling
    alliance of five parties", "the opposition coalition called on the government to ...")."""
    words = not_interstate()
    head = sent_doc[i:j].root
    if etype == "request" and head.pos_ in ("NOUN", "PROPN") and (
            any(c.dep_ == "compound" and c.lower_ in words.press_inquiries for c in head.children)
            or any(p.dep_ == "prep" and p.lower_ == "for" and any(o.dep_ == "pobj" and o.lower_ in words.press_inquiries
                                                                  for o in p.children) for p in head.children)):
        return True
    if etype == "agreement" and head.tag_ in ("NNS", "NNPS") and not any(
            c.dep_ in ("det", "poss", "nummod") or (c.dep_ == "compound" and c.pos_ == "PROPN") for c in head.children):
        if any(c.dep_ == "amod" and c.lower_ in words.generic_qualifiers for c in head.children):
            return True  # "international accords", "existing agreements"
        up = [a.lower_ for _, a in zip(range(GENERIC_DEPTH), head.ancestors, strict=False)]
        if any(w in words.breach_words for w in up):
            return True  # "in breach of accords", "violated agreements"
    group = head if etype == "alliance" else _subject(head) if head.pos_ in ("VERB", "AUX") else None
    if group is not None and group.lemma_.lower() in DOMESTIC_GROUPS:
        return True  # "the opposition called on the prime minister to ..."
    if etype == "request" and group is not None and _own_government_asked(head, group, words):
        return True  # "Opposition Leader X asked the government to table the text in Parliament"
    if etype == "agreement" and _signed_at_home(head, words):
        return True  # "Biden signs $95 billion security package for Ukraine": a law, no agreement
    if etype == "request" and _no_such(head):
        return True  # "Asked whether ... a Turkish air base, he said no such request has been made"
    return group is not None and group.lemma_.lower() in GROUP_NOUNS and (
        any(c.dep_ in ("amod", "compound") and c.lower_ in words.domestic_qualifiers for c in group.children)
        or any(p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and o.lemma_.lower() == "party"
                                                             for o in p.children) for p in group.children))


def _subject(verb):
    """The verb's subject, or that of the verb it is coordinated with ("Congresswoman X said ... and demanded that the
    Executive report"): coordinated verbs share it."""
    for v in (verb, verb.head) if verb.dep_ == "conj" else (verb,):
        found = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if found is not None:
            return found
    return None


def _signed_at_home(verb, words) -> bool:
    """A signing verb whose object is a state's own act ('domestic_instruments': "signs $95 billion security package",
    "signed the bill", "signed an executive order") with no agreement named inside it ("signed the law ratifying the
    Treaty" is the ratification); a named act is a text of its own ("signed the Helsinki Final Act")."""
    if _lemma(verb) != "sign":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "into" for g in c.children if g.dep_ == "pobj"]
    return bool(objects) and all(o.lower_ in words.domestic_instruments and o.pos_ == "NOUN" and not any(
        k.i != o.i and agreement_word(k) for k in o.subtree)
        for o in objects)


def _no_such(noun) -> bool:
    """A request noun denied as "no such" request ("no such request has been made", "there was no such request"):
    the denial answers what a question or a report asked about (a base, troops), and that thing is what is denied;
    the request itself is no fact of the article."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) and any(
        c.lower_ == "such" for c in noun.children if c.i < noun.i)


def _own_government_asked(verb, asker, words) -> bool:
    """A state's own politician or critic ('domestic_askers': "Opposition Leader X", "opposition lawmakers", "MPs")
    asks an unqualified government body ('own_government': "the government", "the cabinet", "parliament"), named
    as the asking verb's object, as what "on" it calls ("called on the government"), or as the subject of what it
    urges ("demanded that the government publish"): the asker's own government, no other state. A body with a
    qualifier of its own ("the Sri Lankan government", "the government of Ghana") may be another state's."""
    if not {k.lower_ for k in asker.subtree if k.i <= asker.i} & words.domestic_askers:  # "Opposition Leader X"
        return False
    asked = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    asked += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon") for g in c.children
              if g.dep_ == "pobj"]
    asked += [g for c in verb.children if c.dep_ == "ccomp" for g in c.children if g.dep_ == "nsubj"]
    return any(a.lower_ in words.own_government and not any(
        (c.dep_ in ("compound", "amod", "prep") and c.lower_ != "own") or (c.dep_ == "poss" and c.pos_ != "PRON")
        or (c.dep_ == "det" and c.lower_ != "the") for c in a.children) for a in asked)


def _topic_told(tok) -> bool:
    """The meeting noun is the subject of a verb telling its topic ("The talks also covered energy trade with Norway",
    "the summit focused on ...")."""
    return tok.dep_ in ("nsubj", "nsubjpass") and _lemma(tok.head) in TOPIC_VERBS


def _own_side(sent_doc, i: int, j: int) -> bool:
    """A war or an attack whose side the trigger's own phrase names, its other side unsaid: a possessor ("America's
    longest war", "the United States' killing of X") or the subject of fighting ("the Ukrainian people who were
    fighting to defend their country")."""
    head = sent_doc[i:j].root
    if head.pos_ in ("NOUN", "PROPN"):
        return any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in head.children)
    for c in head.children:
        if c.dep_ != "nsubj":
            continue
        if c.tag_ in ("WDT", "WP") and head.dep_ == "relcl":
            c = head.head  # "the people who were fighting", not "a tsunami that killed"
        return c.pos_ == "PROPN" or _lemma(c) in FIGHTERS
    return False


def _subjectless_lead(sent_doc) -> bool:
    """A fact-sheet line led by a gerund without a subject ("Stationing two squadrons of F-35 aircraft in the
    United Kingdom.", "Finalizing an MOU on ..."): what the document's author does."""
    first = next((t for t in sent_doc if not (t.is_punct or t.is_space)), None)
    return first is not None and first.dep_ == "ROOT" and first.tag_ == "VBG" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in first.children)


def _bullet_parties(sent_doc, etype: str, actors: list[str], targets: list[str], where: str | None,
                    ctx: DocContext) -> tuple[list[str], list[str]]:
    """The parties a line leaves unsaid: the author of a subjectless fact-sheet line is the article's principal
    state; the state another state's forces are stationed or sent "in" hosts them ("Stationing ... in the United
    Kingdom"; rescue teams "in Indonesia" with nobody sending them host nothing)."""
    if not actors and _subjectless_lead(sent_doc):
        author = next((s for s in ctx.states if s != where), None)  # not the host it stations forces in
        if author:
            actors, targets = [author], [t for t in targets if t != author]
    if etype == "deployment" and actors and where and where.startswith("country:") and where not in actors + targets:
        targets = targets + [where]
    return actors, targets


def _apart(event: Event, spans: list[tuple[int, int]], offset: int, ctx: DocContext) -> list[Event]:
    """The event, or one per partner a trigger tells a fact with each of apart (:func:`.nesting.separate_partners`:
    "signed cooperation plans with Pakistan and Kazakhstan"): each keeps the targets named in its partner's words and
    those named in none; unless every partner names a target of its own, the one event. Only documents signed or in
    force: talks "on agreements with France and Canada" may still be one text (tried for all statuses: styles5 +2 fp,
    the talks with both then no longer the agreements' negotiation in merging)."""
    if len(spans) < 2 or event.status != "occurred":
        return [event]
    found = [{m.entity_id for m in ctx.ents.mentions_in(offset + a, offset + b)} for a, b in spans]
    own = [[t for t in event.targets if t in ids] for ids in found]
    if not all(own) or len({t for ts in own for t in ts}) < len(spans):
        return [event]
    rest = tuple(t for t in event.targets if not any(t in ts for ts in own))
    return [replace(event, targets=tuple(ts) + rest) for ts in own]


def extract_events(sdoc, parsed, clean: CleanDocument, meta: Metadata, ents: EntityAnalysis,
                   quotes: tuple[Quote, ...], gaz=None, relevance: float | None = None) -> tuple[Event, ...]:
    """Events of one document from its parsed candidate sentences (see the package docstring).

    ``relevance`` is the article's (:func:`.relevance.document_relevance`, computed when not
    given): an article below the bar yields no events."""
    if relevance is None:
        relevance = document_relevance(sdoc, ents, gaz)
    if not relevant(relevance):
        return ()
    lex = load_lexicon()
    ctx = make_context(clean, meta, ents, quotes, gaz, document_links(sdoc, ents, gaz))  # relevance read them
    events: list[Event] = []
    items: set[int] = set()  # a fact sheet's lines ("Stationing two squadrons in ..."): one fact each
    objects: dict[tuple[int, str], str] = {}  # what a cooperation supplies or bears on: another thing, another fact
    named: dict[int, frozenset[str]] = {}  # the parties each sentence names itself: the clearest is a fact's evidence
    stands_for = ctx.affiliation | ctx.institutions
    for ps in parsed:
        sent_doc, offset = ps.doc, ps.start
        sent_text = sent_text_of(sent_doc)
        named[offset] = named_parties(ctx.ents, stands_for, offset, offset + len(sent_text))
        if _subjectless_lead(sent_doc):
            items.add(offset)
        triggers = _find_triggers(sent_doc, lex, accept=True)
        triggers = [t for t in triggers if not _inside_name(sent_doc, offset, t, ctx)]
        triggers = _outermost(sent_doc, triggers)
        if not triggers:
            triggers = _proposal_fallback(sent_doc)
        for etype, _phrase, i, j in triggers:
            if _in_question(sent_doc, i):
                continue  # "asked whether troops would be sent": what a question asks is nobody's claim
            if _not_interstate(sent_doc, etype, i, j):
                continue  # "did not respond to a request for comment", "in breach of international accords"
            if aside(sent_doc, etype, i, j):
                continue  # "was asked about the base", "in consultation with our NATO Allies"
            pos = offset + sent_doc[i].idx
            inq, speaker = _in_quote(ctx, pos)
            # a quotation with no speaker of its own ('"...," the statement said') is its issuer's claim
            asserter = speaker if inq and speaker else asserter_of(sent_doc, offset, i, ctx, lex)
            rivals = tuple(sorted({r for _t, _p, r, _j in triggers if r != i}))
            actors, targets, where = _participants(sent_doc, offset, i, ctx, lex, speaker if inq else None, asserter,
                                                   rivals, etype)
            actors, targets = _bullet_parties(sent_doc, etype, actors, targets, where, ctx)
            if not inq:  # (a speaker's "they" is whoever the speaker means)
                if restated_act(sent_doc, offset, i, j, etype, ctx, events):
                    continue  # "The attack was condemned by France": the attack told just before
                actors, targets = borrowed_parties(sent_doc, offset, i, j, etype, actors, targets, ctx, events)
            if not _enough_parties(etype, actors, targets, ctx, (sent_doc, offset)):
                continue
            if etype == "conflict" and not actors and war_by_place(sent_doc[i:j].root):
                continue  # "talks will also cover the war in Ukraine": a war its place names, no side said
            if etype in ("conflict", "threat") and not targets and not (etype == "conflict" and _own_side(sent_doc, i, j)):
                continue  # "no country should occupy any country": a norm, not an attack on anyone
            status = _status(sent_doc, i, j, lex)
            if etype in SPEECH_ACTS and status != "denied" and not (etype == "request" and _own_future(sent_doc[i:j].root, status)):
                # "resolved to push back against X", "will act firmly": the warning is made ("will urge X": planned)
                status = "occurred"
            if status == "proposed" and asserter and ctx.affiliation.get(asserter):
                proposer = ctx.affiliation[asserter]
                if proposer not in actors:
                    targets = [a for a in actors if a != proposer] + [t for t in targets if t != proposer]
                    actors = [proposer]
                    if not targets and ctx.salient_org and _generic_group(sent_text, lex):
                        targets = [ctx.salient_org]
            sectors = _sectors(sent_text, lex) if etype in ("cooperation", "agreement") else ()
            agreement = _agreement_id(sent_doc, offset, ctx) if etype == "agreement" else None
            provisions = _provisions(sent_text, lex) if etype == "agreement" else ()
            span = (sent_doc[i].idx, sent_doc[j - 1].idx + len(sent_doc[j - 1]))
            if _anaphoric(sent_doc, i, j) and _refers_back(events, etype, actors + targets, asserter):
                continue  # "we will see these exercises": the exercises already reported
            if etype == "agreement" and _named_again(sent_doc, i, j, lex) and any(
                    e.type == "agreement" and (agreement is None or e.agreement == agreement
                                               or not _own_name(sent_doc, i, j)) for e in events):
                continue  # "he denounced the border agreement again": the agreement already reported (not another
                # agreement named: "has put the 1960 Waters Treaty in abeyance" after a ceasefire reported)
            event = Event(
                type=cast(EventType, etype),  # a type and a status of the lexicon's
                status=cast(Status, status),
                actors=tuple(actors),
                targets=tuple(t for t in targets if t not in actors),
                sectors=sectors,
                when=_when(sent_doc, span, ctx, i, rivals) or _ongoing_today(sent_doc[i], status, ctx),
                where=where,
                asserted_by=asserter,
                agreement=agreement,
                provisions=provisions,
                evidence=Evidence(sentence=sent_text, clean_start=offset, clean_end=offset + len(sent_text)),
                trigger=sent_doc[i:j].text,
                confidence=0.6 if asserter else 0.5,
            )
            if etype == "cooperation" and (obj := object_head(sent_doc[i:j].root)):
                objects[(offset, event.trigger)] = obj
            k = _earlier_meeting(events, event, sent_doc, i, j)
            if k is not None:  # "the summit gathers leaders from ...": the summit already reported
                old = events[k]
                parts = set(old.actors) | set(old.targets)
                joined = () if _topic_told(sent_doc[i:j].root) else event.actors + event.targets
                events[k] = replace(old, targets=old.targets + tuple(p for p in joined if p not in parts),
                                    when=old.when or event.when, where=old.where or event.where)
                continue
            events.extend(_apart(event, separate_partners(sent_doc, i, j, etype), offset, ctx))
            if event.type == "meeting" and not ctx.meeting_parties and len(event.actors + event.targets) >= 2:
                ctx.meeting_parties = event.actors + event.targets
    merged = merge_events(_drop_subsumed_cooperation(_drop_headline_repeats(events, clean)), frozenset(items), objects,
                          named)
    # (a side the article's context supplies is a guess: it raises no fact's confidence)
    scored = [replace(ev, confidence=event_confidence(ev, relevance)) for ev in merged]
    return tuple(with_counterparts(with_gatherings(with_groups(scored, ctx), ctx), article_state(ctx)))
