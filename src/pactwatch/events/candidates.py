"""The parties stage, step 2: the candidate sides and the place of an event (issue 11, point 1). Each
name of the sentence (or of the quotation the trigger is in) is kept as a candidate side, a place, a host or a
destination, or dropped with the reason it is no side (a name inside another name, in another clause, nearer
another trigger, the source of a report, whom a cooperation is against, ...: :mod:`.circumstances`,
:mod:`.qualifiers`, :mod:`.war_sides`). Then the sides the sentence names without a name: "the two countries", "the
trilateral exercise", whom a purpose clause helps, "the Kingdom", "the Baltic states", "our partnership"."""
from __future__ import annotations

import re

from .arguments import SPOKEN, _dateline_city, _in_charge, _named_protege
from .asserter import _author
from .bystanders import part_of_another_name, told_outlet
from .circumstances import (
    _adversary,
    _beneficiary_tokens,
    _cause,
    _compared,
    _contrasted,
    _destination,
    _host_of,
    _mediator,
    _predecessor,
    _report_source,
    _supporter,
    _teller,
    _topic_of,
)
from .claims import _claim, _locative, _other_clause, _subordinate_between
from .complements import meeting_place
from .context import _words_rx, party_rules
from .lexicon import ACTOR_KINDS
from .qualifiers import _authored, _group_members, _names_another, _one_member, _supplier
from .reading import Reading
from .references import (
    GROUP_SIZES,
    SEAT_NOUNS,
    _capital_state,
    _counted_sides,
    _group_body,
    _group_in_focus,
    _group_size,
    _group_subject,
    _led_by,
    _mention_token,
    _metonym_mention,
    _metonym_state,
    _named_group,
    _states_word,
    can_be_party,
)
from .sides import _addressee, _in_appositive, _in_other_clause, _inside_other_name, _our_side, _relation_name
from .stands_for import _state_of
from .war_sides import (
    _aimed_at,
    _along_border,
    _dated_by_war,
    _for_war,
    _fought,
    _holder_of_target,
    _laid_on,
    _purpose_of_act,
    _where_named_victims_are,
)

GROUP_PLURALS = frozenset({"states", "nations", "countries", "republics"})
METONYM_HEADS = frozenset({*SEAT_NOUNS, *(w.split()[-1] for w in party_rules()["state_metonyms"]),
                           *party_rules()["bloc_metonyms"]})
HOSTED = frozenset({"cooperation", "deployment"})  # types whose state "in X" is a side: who gets or hosts it
HOSTED_ACTS = frozenset({"exercise", "meeting"})  # types whose state the clause says holds it is a side
COOPERATIVE = frozenset({"cooperation", "exercise", "alliance", "agreement", "meeting"})


def _party_words(sent_doc) -> list:
    """The words of a sentence that may stand for parties (a seat or title of a state, "states", "nations"),
    found once per sentence instead of once per trigger."""
    found = sent_doc.user_data.get("pactwatch.party_words")
    if found is None:
        found = sent_doc.user_data["pactwatch.party_words"] = [
            t for t in sent_doc if t.lemma_.lower() in METONYM_HEADS or t.lower_ in GROUP_PLURALS]
    return found


def collect_candidates(r: Reading) -> None:
    """Go through the names of the sentence: keep each as a candidate side ``(position, party)`` in
    ``others``, a place (``places``: parse distance, country?, position, id), a host, a state a drill is held in, a
    destination, or drop it as no side of the act. The subject's own party may be set here ("blamed the bombing on
    Pakistan")."""
    sent_doc, offset, i, ctx, asserter, rivals = r.sent_doc, r.offset, r.i, r.ctx, r.asserter, r.rivals
    etype, trig, trig_pos, mentions, person_spans = r.etype, r.trig, r.trig_pos, r.mentions, r.person_spans
    party_at, above_sub, subj_ent, subj_span = r.party_at, r.above_sub, r.subj_ent, r.subj_span
    subj_none, sayer_span, group, commentator = r.subj_none, r.sayer_span, r.group, r.commentator
    accuser, framed, victims, sub_clause, backer = r.accuser, r.framed, r.victims, r.sub_clause, r.backer
    scope = r.scope
    actors: list[str] = []
    others: list[tuple[int, str]] = [(trig_pos, g) for g in group]
    places: list[tuple[int, int, int, str]] = []  # (parse distance, country?, position, id)
    hosts: set[str] = set()  # states named "in X": whom the act is done to or in, never who does it
    held_in: set[str] = set()  # the state a drill or a summit is held in ("the next CSTO summit will be held in X")
    capital_of: dict[str, str] = {}  # the state of a capital (or the state) the trigger itself is said to happen in
    destinations: set[str] = set()  # where a war's doers went to fight it ("came to Iraq to fight ISIS")
    bloc_of_members: set[str] = set()  # blocs that only say what the named members are ("NATO allies Poland")
    for m in mentions:
        kind = ctx.kinds.get(m.entity_id, m.entity_id.split(":")[0])
        if _inside_other_name(m, mentions) or _dateline_city(ctx.text, m):
            continue
        if framed and (tk := _mention_token(sent_doc, offset, m)) is not None and any(
                c.left_edge.i <= tk.i <= c.right_edge.i for c in framed):
            continue  # "Norway has sent Ukraine aid since Russia's invasion": who does the dated act is no side
        if st := _metonym_mention(ctx, sent_doc, offset, m):
            # (not one of the clause above a subordinate one: "The Kingdom signed a pact, weeks after Israel struck Doha")
            if not (subj_span is not None and subj_span[0] <= m.start < subj_span[1]) and not (
                    (tk := _mention_token(sent_doc, offset, m)) is not None and above_sub(tk)):
                others.append((m.start, st))
            continue
        # a demonym or state inside a person's title ("Azerbaijani President X", "US envoy X")
        # (of a person whose state the text leaves unsaid it is that state: "received the French Minister of the
        # Armed Forces, Jean Dupont", the meeting's other side)
        # (not with the trigger between them: "France's killing of X" is France's act, "X" its victim)
        title_of_person = any(ps - 40 <= m.end <= ps and re.fullmatch(r"[\w\s.'’-]*", ctx.text[m.end:ps] or "")
                              and len(ctx.text[m.end:ps].split()) <= 6 and _state_of(ctx, pid)
                              and not m.end <= trig_pos < ps for ps, pid in person_spans)
        locative = _locative(sent_doc, m.start - offset)
        loc, prep = locative if locative else (None, None)
        if kind == "place":
            dist = _claim(sent_doc, prep, i, rivals) if loc else None
            if dist is not None:
                places.append((dist, 0, m.start, m.entity_id))
                if m.how == "capital-place" and meeting_place(prep, trig) and (st := _capital_state(m.text)):
                    capital_of[m.entity_id] = st
                # "Egyptian troops arrived in Mogadishu": the capital's state hosts them (not "officials in Mogadishu
                # said ...": where those who tell it are)
                if etype in HOSTED and m.how == "capital-place" and prep is not None and prep.lower_ in (
                        "in", "inside", "within") and not (
                        sayer_span and sayer_span[0] <= m.start < sayer_span[1]) and (st := _capital_state(m.text)):
                    others.append((m.start, st))
                    hosts.add(st)
            continue
        in_subject = subj_span is not None and subj_span[0] <= m.start < subj_span[1]
        if etype != "threat" and _named_protege(_mention_token(sent_doc, offset, m), sent_doc, offset, party_at):
            continue  # "Iran-backed Houthi rebels attacked a tanker": the Houthis do it, not their patron (of an
            # unnamed group the patron is all the text names; an accusation against them is one against it)
        if in_subject and subj_none:
            continue
        if in_subject and ctx.institutions.get(m.entity_id, m.entity_id) in victims:
            continue  # the victims' state is a target (below)
        if in_subject and (tk := _mention_token(sent_doc, offset, m)) is not None and (
                _other_clause(tk, trig) or _in_appositive(tk, trig)):
            continue  # "Montenegro, which joined NATO in 2017, sent troops": a clause on the subject is its own
        if scope is not None and (tk := _mention_token(sent_doc, offset, m)) is not None and tk.i not in scope:
            continue  # "As a member of NATO, Turkey hosts US weapons": the membership's sides are Turkey and NATO
        if sub_clause is not None and not in_subject and (tok := _mention_token(sent_doc, offset, m)) is not None and not (
                tok.i == sub_clause.i or sub_clause.is_ancestor(tok)):
            continue  # a name of the clause above a subordinate one
        if (commentator or accuser) and sayer_span is not None and sayer_span[0] <= m.start < sayer_span[1]:
            continue  # who condemns a war or welcomes a signing asserts it, is no party of it
        if kind == "person" and in_subject and (st := _state_of(ctx, m.entity_id)):
            others.append((m.start, st))  # "President X and Prime Minister Y agreed"
            continue
        if etype == "threat" and _in_charge(_mention_token(sent_doc, offset, m), trig):
            continue  # "accused Iran of supplying drones to Russia": what Iran is accused of, Russia no side of it
        if etype == "deployment" and not in_subject and _predecessor(_mention_token(sent_doc, offset, m), trig):
            continue  # "the EU mission replaced the French-led force": whom it replaces, no side
        if not in_subject and _contrasted(_mention_token(sent_doc, offset, m)):
            continue  # "looking for alternatives to Moscow as it buys helicopters from France": the other choice
        if etype not in ("conflict", "threat") and _dated_by_war(_mention_token(sent_doc, offset, m)):
            continue  # "the second order since Russia's invasion of Ukraine": a time, no side
        if etype == "cooperation" and _for_war(_mention_token(sent_doc, offset, m), trig):
            continue  # "providing drones to Russia for its war in Ukraine": the war's other side
        if etype == "agreement" and not in_subject and _mediator(_mention_token(sent_doc, offset, m), trig):
            continue  # "the truce between A and B, brokered by Qatar": who brokers it is no party to it
        if etype in COOPERATIVE and not in_subject and _along_border(_mention_token(sent_doc, offset, m)):
            continue  # "joint patrols along the Bolivian border": where, no side
        if _compared(_mention_token(sent_doc, offset, m)):
            continue  # "a pact similar to the one Argentina concluded with Uruguay": the other act's side
        if in_subject and backer:
            continue  # "Iran has backed the Houthis in their war against Saudi Arabia": no side of the war
        if not in_subject and _report_source(_mention_token(sent_doc, offset, m)):
            continue  # "held drills, according to the Kazakh Defence Ministry": who reports it, no side
        if kind == "org" and not in_subject and ctx.institutions.get(m.entity_id, m.entity_id) == m.entity_id and _teller(
                _mention_token(sent_doc, offset, m), trig):
            continue  # "state broadcaster VTV reported that ...": the outlet that tells it, no side
        if kind == "org" and not in_subject and m.entity_id not in ctx.gazetteer_orgs and ctx.institutions.get(
                m.entity_id, m.entity_id) == m.entity_id and told_outlet(_mention_token(sent_doc, offset, m), trig):
            continue  # "officials told JAMnews that ...": the outlet told it, no side
        if kind == "person" and not in_subject and (st := _state_of(ctx, m.entity_id)) and m.entity_id != asserter:
            tok = _mention_token(sent_doc, offset, m)
            if tok is not None and not _in_other_clause(tok, trig) and _claim(sent_doc, tok, i, rivals) is not None and not (
                    etype == "meeting" and _topic_of(tok, trig)):
                others.append((m.start, st))  # "met with Prime Minister X" (not "discussed X's proposal")
            continue
        if kind not in ACTOR_KINDS or not can_be_party(m.entity_id, ctx) or _relation_name(m, mentions):
            continue
        if kind == "org" and part_of_another_name(_mention_token(sent_doc, offset, m), m.entity_id, ctx):
            continue  # "signed the Treaty on Allied Relations", "the Cobra Gold exercise", "Mirage 2000 jets": a word of a name
        if kind == "org" and loc == "at" and (m.entity_id not in ctx.gazetteer_orgs and m.entity_id not in
                                              ctx.institutions or _words_rx("mission_words").search(m.text)):
            continue  # "hosted the Ugandan army commander at State House", "talks at the French Embassy": a building
        if kind == "org" and _one_member(_mention_token(sent_doc, offset, m), trig, party_at):
            bloc_of_members.add(m.entity_id)
            continue  # "the first such arrangement with a NATO member", "NATO allies Poland and Lithuania held drills"
        if etype == "conflict" and _purpose_of_act(_mention_token(sent_doc, offset, m), trig):
            continue  # "in response to Russia's aggression against Ukraine to deter threats against our Allies"
        if etype == "conflict" and _supporter(_mention_token(sent_doc, offset, m)):
            continue  # "conducted strikes, with support from Australia and Canada": who helps, no side
        if etype == "conflict" and _laid_on(_mention_token(sent_doc, offset, m), trig) == "bystander":
            continue  # "blamed the attack on militants based in Pakistan": where the accused are, no side
        if kind == "country" and loc == "in" and ctx.text[m.end:m.end + 2] != "'s":
            dist = _claim(sent_doc, prep, i, rivals) if prep is None or etype != "conflict" or not _subordinate_between(
                prep, trig) else None
            if dist is not None and prep is not None:
                places.append((dist, 1, m.start, m.entity_id))
                if meeting_place(prep, trig):
                    capital_of[m.entity_id] = m.entity_id
                if (etype == "conflict" and not _where_named_victims_are(prep, trig, party_at) and not _fought(
                        trig, prep, party_at)) or (
                        etype in HOSTED and prep.lower_ in ("in", "inside", "within")) or (
                        etype in HOSTED_ACTS and _host_of(prep, trig)):
                    # the state a war or an attack is "in" is its target; the state a cooperation or forces are
                    # "in" receives or hosts them ("support stabilization in Ghana and Togo", "troops in Germany")
                    others.append((m.start, m.entity_id))
                    if etype in HOSTED:
                        hosts.add(m.entity_id)
                    elif etype in HOSTED_ACTS and _host_of(prep, trig):
                        held_in.add(m.entity_id)
            elif etype == "conflict" and (tok := _mention_token(sent_doc, offset, m)) is not None and trig.is_ancestor(
                    tok) and not _subordinate_between(tok, trig):
                others.append((m.start, m.entity_id))  # "fired rounds aimed at a loudspeaker in South Korea"
            continue
        head_tok = _mention_token(sent_doc, offset, m)
        if etype == "meeting" and m.how in ("capital", "city") and head_tok is not None and head_tok.dep_ in (
                "compound", "nmod") and head_tok.head.i == trig.i:
            continue  # "the Vilnius summit", "the Lima meeting", "the Washington talks": the city it met in, no side
        if etype == "meeting" and not in_subject and _topic_of(head_tok, trig):
            continue  # "the two leaders discussed China and Taiwan", "talks on Ukraine": what is discussed, no side
        if title_of_person or (_names_another(head_tok) and not _supplier(head_tok, etype) and not (
                kind == "org" and _group_members(head_tok.head, lambda t, k=head_tok.i: t.i == k))) or _authored(
                head_tok, trig):
            continue
        laid = _laid_on(_mention_token(sent_doc, offset, m), trig) if etype == "conflict" else ""
        if laid == "bystander":
            continue  # "blamed the attack on militants based in Pakistan": where the accused are, no side
        if laid == "doer" and subj_ent is None:
            subj_ent = ctx.institutions.get(m.entity_id, m.entity_id)  # "blamed the bombing on Pakistan"
            continue
        if etype not in ("conflict", "threat") and not in_subject and _cause(_mention_token(sent_doc, offset, m), trig):
            continue  # "sending forces to Europe in response to Russia's aggression against Ukraine"
        if etype in COOPERATIVE and not in_subject and _adversary(_mention_token(sent_doc, offset, m), trig):
            continue  # "coordination to counter Iran, including through joint exercises": Iran is whom it is against
        if not in_subject:
            tok = _mention_token(sent_doc, offset, m)
            if tok is not None and not (etype == "conflict" and (_holder_of_target(tok, trig) or _aimed_at(tok, trig))) and (
                    (_in_other_clause(tok, trig) and not (etype == "request" and _addressee(tok, trig)))
                    or _claim(sent_doc, tok, i, rivals) is None):
                continue
            if tok is not None and _destination(tok, trig):
                # "the coalition came to Iraq to fight ISIS": where the war is fought, no side of it when the war
                # names whom it is against
                if etype == "conflict":
                    destinations.add(ctx.institutions.get(m.entity_id, m.entity_id))
        others.append((m.start, ctx.institutions.get(m.entity_id, m.entity_id)))
    r.actors, r.others, r.places, r.hosts, r.held_in = actors, others, places, hosts, held_in
    r.capital_of, r.destinations, r.bloc_of_members = capital_of, destinations, bloc_of_members
    r.subj_ent = subj_ent


def add_unnamed_sides(r: Reading) -> None:
    """Add the sides the sentence names without a name of theirs: a plural description of the pair in
    focus ("the two countries"), as many states in focus as the trigger counts ("a trilateral meeting"), whom a
    cooperation's purpose clause helps, a seat or title of a state ("the Kingdom"), a named group ("the Baltic
    states"), and the speaker's state for "our"."""
    sent_doc, offset, i, ctx, speaker, rivals = r.sent_doc, r.offset, r.i, r.ctx, r.speaker, r.rivals
    etype, trig, trig_pos, mentions, above_sub = r.etype, r.trig, r.trig_pos, r.mentions, r.above_sub
    subj_ent, subj_span, sayer_span, group = r.subj_ent, r.subj_span, r.sayer_span, r.group
    commentator, others = r.commentator, r.others
    # (of a request or a warning, the names coordinated in the subject are one side: "Spain and Italy called on both
    # sides to ...", unlike "Spain and Italy expanded cooperation between the two countries")
    if not group and not commentator and len({e for p, e in others if not (etype in SPOKEN and subj_span and subj_span[
            0] <= p < subj_span[1])} | {subj_ent} - {None}) < 2 and any(t.lower_ in GROUP_SIZES for t in sent_doc):
        # "cooperation between the two countries", "troops from both countries", "exercises by the two armies":
        # a plural description of the pair in focus among the trigger's own words, not its subject
        for t in sent_doc:
            if (t.pos_ in ("NOUN", "PROPN") and not any(sp and sp[0] <= offset + t.idx < sp[1] for sp in (
                    subj_span, sayer_span)) and _group_size(t) and not any(w.lower_ == "our" for w in t.subtree)
                    and _group_subject(t) and not _in_other_clause(t, trig) and _claim(sent_doc, t, i, rivals) is not None):
                pair = _group_in_focus(ctx, _group_size(t), offset, strict=_group_body(t), states_only=_states_word(t))
                others += [(trig_pos, e) for e in pair if e != subj_ent]
                break
    if (sides := _counted_sides(trig)) and not group and not commentator and len(
            {e for _p, e in others} | {subj_ent} - {None}) < sides:
        # "a quadrilateral meeting in Washington", "the trilateral exercise": the states in focus, as many as it counts
        found = _group_in_focus(ctx, sides, offset, strict=True, states_only=True)
        if len(found) == sides:
            others += [(trig_pos, e) for e in found if e != subj_ent]
    if etype == "cooperation" and not commentator and len({e for _p, e in others} | {subj_ent} - {None}) < 2 and (
            helped := _beneficiary_tokens(trig)):
        # "continued delivering security assistance to meet Ukraine's needs": whom the purpose clause helps
        for m in mentions:
            if (tk := _mention_token(sent_doc, offset, m)) is not None and tk.i in helped:
                st = _state_of(ctx, m.entity_id) if m.entity_id.startswith("person:") else ctx.institutions.get(
                    m.entity_id, m.entity_id)
                if st and st.split(":")[0] in ("country", "org") and can_be_party(st, ctx):
                    others.append((m.start, st))
    for t in _party_words(sent_doc):  # "signed a pact with the Kingdom", "talks with the government in Kabul"
        if t.lemma_.lower() in METONYM_HEADS and t.i != trig.i and not (sayer_span and sayer_span[0] <= offset + t.idx
                < sayer_span[1]) and not _in_other_clause(t, trig) and not above_sub(t) and _claim(
                sent_doc, t, i, rivals) is not None:
            if st := _metonym_state(ctx, t, offset):
                others.append((offset + t.idx, st))
                if etype == "alliance" and st.startswith("org:") and (led := _led_by(t)) is not None:
                    # "a member of the Russian-led bloc": whose bloc one is in is the bloc, its leader no side of it
                    lo, hi = offset + led.left_edge.idx, offset + led.idx
                    others = [(p, e) for p, e in others if not lo <= p < hi]
        if t.lower_ in GROUP_PLURALS and t.i != trig.i and (members := _named_group(t)) and not (
                sayer_span and sayer_span[0] <= offset + t.idx < sayer_span[1]) and not _in_other_clause(t, trig) and (
                not above_sub(t) and _claim(sent_doc, t, i, rivals) is not None):
            others += [(offset + t.idx, st) for st in members]  # "welcomed the Baltic states as Allies"
    if _our_side(trig):  # "our security partnership", "in coordination with our Allies": the speaker's state
        # (a statement's author's, not the page's: "our NATO allies" on a government's site is no alliance of its own)
        if ours := _state_of(ctx, speaker) if speaker else _state_of(ctx, _author(ctx)):
            others.append((trig_pos, ours))
    r.others = others
