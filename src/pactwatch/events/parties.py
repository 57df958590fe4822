"""Actors, targets and the place of an event from the trigger's arguments in the parse."""
from __future__ import annotations

import re

from .arguments import (
    SPOKEN,
    _accused,
    _clause_above_subject,
    _controller_party,
    _coordinated_subject,
    _dateline_city,
    _in_charge,
    _named_protege,
    _ours,
    _passive_agent,
    _patron_sides,
    _qualifier_only,
    _reported_clause_of_conj,
    _sender,
    _voice_state,
)
from .asserter import FIRST_PERSON, _author, _office_holder, _subject_of
from .asserter import asserter_of as asserter_of  # the caller's import
from .bystanders import bodies_beside_states, in_coordinated_clause, part_of_another_name, told_outlet
from .circumstances import (
    _adversary,
    _beneficiary_tokens,
    _cause,
    _compared,
    _contrasted,
    _destination,
    _host_of,
    _joins,
    _mediator,
    _predecessor,
    _report_source,
    _supporter,
    _teller,
    _topic_of,
)
from .claims import _claim, _locative, _other_clause, _phrase_head, _subordinate_between
from .complements import host_of_lone_side, hosted_by, meeting_place
from .context import DocContext, _last_person_before, _quote_span_at, _words_rx, party_rules
from .lexicon import (
    ACTOR_KINDS,
    PRONOUNS_HE,
    PRONOUNS_WE,
    Lexicon,
    _lemma,
    sent_text,
)
from .qualifiers import (
    _authored,
    _group_members,
    _names_another,
    _no_party_actor,
    _one_member,
    _own_agent,
    _patron_participle,
    _supplier,
)
from .references import (
    GROUP_SIZES,
    SEAT_NOUNS,
    _capital_state,
    _counted_sides,
    _group_body,
    _group_in_focus,
    _group_size,
    _group_subject,
    _has_members,
    _led_by,
    _mention_token,
    _metonym_mention,
    _metonym_state,
    _named_group,
    _states_word,
    _subject_list_before,
    _subject_pair_before,
    can_be_party,
)
from .sides import (
    _addressee,
    _attributive,
    _between,
    _clause_root,
    _in_appositive,
    _in_clause,
    _in_other_clause,
    _inside_other_name,
    _mention_token_at,
    _our_side,
    _own_group,
    _qualifies,
    _relation_name,
)
from .stands_for import (
    GROUP_PRONOUNS,
    NO_IT_VERBS,
    _coordinated_offices,
    _its_owner,
    _last_party_before,
    _office_subject,
    _principal_state,
    _state_of,
)
from .status import _path_up
from .war_sides import (
    _aimed_at,
    _along_border,
    _attacked_in,
    _backs_war,
    _dated_by_war,
    _for_war,
    _fought,
    _framed_subjects,
    _framing_clause,
    _holder_of_target,
    _laid_on,
    _possessor_against,
    _purpose_of_act,
    _resists,
    _victim_subject,
    _where_named_victims_are,
)

GROUP_PLURALS = frozenset({"states", "nations", "countries", "republics"})
METONYM_HEADS = frozenset({*SEAT_NOUNS, *(w.split()[-1] for w in party_rules()["state_metonyms"]),
                           *party_rules()["bloc_metonyms"]})


def _party_words(sent_doc) -> list:
    """The words of a sentence that may stand for parties (a seat or title of a state, "states", "nations"),
    found once per sentence instead of once per trigger."""
    found = sent_doc.user_data.get("pactwatch.party_words")
    if found is None:
        found = sent_doc.user_data["pactwatch.party_words"] = [
            t for t in sent_doc if t.lemma_.lower() in METONYM_HEADS or t.lower_ in GROUP_PLURALS]
    return found


UNNAMED_BODIES = frozenset(party_rules()["unnamed_state_bodies"])
HOSTED = frozenset({"cooperation", "deployment"})  # types whose state "in X" is a side: who gets or hosts it
HOSTED_ACTS = frozenset({"exercise", "meeting"})  # types whose state the clause says holds it is a side
COOPERATIVE = frozenset({"cooperation", "exercise", "alliance", "agreement", "meeting"})
# facts that are someone else's act: who comments on them (condemns, welcomes) is no party
OTHERS_ACTS = frozenset({"conflict"})
NEEDS_TARGET = frozenset({"conflict", "threat", "request", "deployment"})  # done to someone
OWN_PARTY_TYPES = frozenset({"alliance", "cooperation"})  # "NATO's 32nd Ally": the possessor is the other side


def _subjectless_lead(sent_doc) -> bool:
    from .extract import _subjectless_lead as lead  # (extract imports this module)

    return lead(sent_doc)


JOINT_DOERS = frozenset({"deployment"})  # coordinated subjects all send, pledge or withdraw forces
DIRECTED = frozenset({"cooperation", "threat", "request", "conflict"})  # acts done to another party


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
    saying = frozenset(party_rules()["saying_verbs"])
    # subject of the clause: who does it (not the subject of a verb of saying above the trigger)
    subj_ent = None
    subj_span: tuple[int, int] | None = None
    subj_tok = None  # the subject token found
    subj_none = False  # the subject is an actor that is no party ("Syrian rebels")
    sayer_span: tuple[int, int] | None = None  # the subject of a verb of saying above the trigger
    group: list[str] = []
    office = False
    prev = None
    party_spans = [(m.start - offset, m.end - offset) for m in mentions
                   if ctx.kinds.get(m.entity_id, m.entity_id.split(":")[0]) in ACTOR_KINDS]
    def party_at(t) -> bool:
        return any(a <= t.idx < b for a, b in party_spans)

    org_spans = [(m.start, m.end, "org") for m in mentions if ctx.kinds.get(m.entity_id, m.entity_id.split(":")[0])
                 == "org" and can_be_party(m.entity_id, ctx)]

    own_agent = _own_agent(trig, party_at)  # a token or None
    co_agents: list[str] = []  # the names coordinated with the own doer ("Chilean and Peruvian contingents")
    commentator = False  # the subject of a verb of saying above someone else's act asserts it
    accuser = False  # the subject of "accused X of doing it" asserts it; X does it
    misplaced = None  # the reported clause the parse coordinated a verb of the reporting clause with
    framing = _framing_clause(trig) if etype == "conflict" else None
    framed = _framed_subjects(framing) if framing is not None else []
    for tok in _path_up(tok_i):
        if framed and tok.is_ancestor(framing):
            break  # "Pakistan supported Azerbaijan during the war": the clause the war only dates is no side of it
        if misplaced is not None and tok.i == misplaced.i:
            prev = tok
            continue  # "said X should not meddle and warned Y": not X warns Y, whoever said it does
        if misplaced is None and tok.pos_ == "VERB":
            misplaced = _reported_clause_of_conj(tok, saying)
        subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != i][:1]
        if tok.i != i and tok.i != trig.i and _lemma(tok) in saying and tok.pos_ in ("VERB", "AUX") and not (
                prev is not None and prev.dep_ == "conj" and prev.pos_ in ("VERB", "AUX")):
            # "X condemned Russia's war": X asserts the war, is no party of it; "X stressed the need for
            # joint drills": X proposes them; "X voiced concern and called on Russia to ...": a verb
            # coordinated with the saying shares its subject, who calls
            sayer = _subject_of(tok)
            # "X accused Y of ..., adding that the sale of jets by A to B ...": X adds it (and is no side of another's
            # act; the participle's clause is left subjectless otherwise, as before)
            added = sayer is None and tok.dep_ == "advcl" and tok.tag_ == "VBG" and prev is not None and (
                prev.dep_ == "ccomp")
            if added:
                sayer = _subject_of(tok.head)
            if sayer is not None and not sayer.left_edge.i <= i <= sayer.right_edge.i:
                sayer_span = (offset + sayer.left_edge.idx, offset + sayer.right_edge.idx + len(sayer.right_edge))
            # who condemns a drill, an agreement or a summit is no side of it either (a warning is his own act)
            commentator = sayer_span is not None and (etype in OTHERS_ACTS or own_agent is not None or (
                etype != "threat" and _lemma(tok) in party_rules()["censure_verbs"]))
            if added and not commentator:
                sayer_span = None
            if commentator or sayer_span is None:
                break
            subjects = [sayer]
            if (accused := _accused(tok, prev)) is not None:
                # "Ecuador accused Peru and Bolivia of arming the rebels": the accused arm them, the accuser asserts it
                subjects, accuser = [accused], True
        prev = tok
        for c in subjects:
            cs, ce = offset + c.left_edge.idx, offset + c.right_edge.idx + len(c.right_edge)
            subj_span, subj_tok = (cs, ce), c
            # "some Iraqi militias associated with Iran made threats": the militias, neither Iraq nor Iran
            # ("Houthi rebels launched a drone": an armed group's own name on its members is that group)
            subj_none = _no_party_actor(c) and not _group_members(
                c, lambda t: any(a <= offset + t.idx < b and k == "org" for a, b, k in org_spans)) and not (
                etype == "cooperation" and c.lemma_.lower() in party_rules()["supplier_heads"])
            if _ours(c) and not _qualifies(tok_i, c):
                # "our troops in Tajikistan", "our minister will attend", "our border units": whose voice it is
                subj_ent = _voice_state(ctx, offset + c.idx, speaker)
            for mm in ctx.ents.mentions_in(cs, ce) if not subj_none and subj_ent is None else ():
                if _qualifier_only(text, mm, offset, etype, named):
                    continue  # "fighters of the al-Qaeda-linked JNIM attacked": not al-Qaeda
                if (tk := _mention_token(sent_doc, offset, mm)) is not None and (
                        _other_clause(tk, trig) or _one_member(tk, trig, party_at) or (
                            etype != "threat" and _named_protege(tk, sent_doc, offset, party_at))):
                    continue  # "the country, which joined NATO in 2017, sent troops": NATO is the clause's own
                if st := _metonym_mention(ctx, sent_doc, offset, mm):  # "the Kingdom" NER took for a name
                    subj_ent = st
                    break
                k = ctx.kinds.get(mm.entity_id, mm.entity_id.split(":")[0])
                if k in ACTOR_KINDS and can_be_party(mm.entity_id, ctx) and not part_of_another_name(tk, mm.entity_id, ctx):
                    subj_ent = ctx.institutions.get(mm.entity_id, mm.entity_id)
                    break
                if k == "person" and _state_of(ctx, mm.entity_id):
                    subj_ent = _state_of(ctx, mm.entity_id)
                    break
                if k == "person" and mm.entity_id in ctx.titled:
                    office = True  # a titled person whose state the text leaves unsaid
                    break
            if subj_ent is None and (st := _metonym_state(ctx, c, offset) or next(
                    (s for t in c.children if t.dep_ in ("poss", "compound") and (s := _metonym_state(ctx, t, offset))),
                    None)):
                subj_ent = st  # "the Kingdom signed", "the Kingdom's ministry", "the government in Rabat"
            if subj_ent is None and c.lower_ in PRONOUNS_WE and speaker:
                subj_ent = _state_of(ctx, speaker)
            if subj_ent is None and not _qualifies(tok_i, c) and (its := next(
                    (t for t in c.children if t.dep_ == "poss" and t.lower_ == "its"), None)) is not None:
                # "Its representatives met the Kazakh government": whose they are, named before
                subj_ent = _its_owner(ctx, offset, offset + its.idx)
            if subj_ent is None and c.lower_ in PRONOUNS_HE:
                subj_ent = _state_of(ctx, _last_person_before(ctx, offset + c.idx))  # "he has threatened ..."
            if subj_ent is None and c.lower_ == "it" and c.head.pos_ == "VERB" and c.head.lemma_ not in NO_IT_VERBS:
                # "Kazakhstan seeks alternatives to Moscow as it buys helicopters": the subject of the clause above;
                # "weapons to Ukraine so it can defend itself": the party named last before it
                subj_ent = _clause_above_subject(c, ctx, offset) or _last_party_before(ctx, offset + c.idx)
            # (not for a trigger word inside the subject: "the directors general of military operations of the two
            # armies held talks" holds no operations of theirs)
            if subj_ent is None and not _qualifies(tok_i, c) and (
                    _group_subject(c) or _coordinated_offices(c)):
                # ("each side accused the other": one of two)
                pair = _group_in_focus(ctx, 2 if _coordinated_offices(c) or any(t.dep_ == "det" and t.lower_ in (
                    "each", "either", "neither") for t in c.children) else _group_size(c) or _counted_sides(trig), offset,
                                       strict=_group_body(c), states_only=_states_word(c))
                if len(pair) >= 2:
                    subj_ent, group = pair[0], pair[1:]
            # "Indonesia and Malaysia signed a pact. They also agreed ...": the pair that is the subject of the sentence
            # before, else those who met ("they" after a meeting, readout style)
            if subj_ent is None and c.lower_ in GROUP_PRONOUNS and (couple := _subject_pair_before(ctx, offset)):
                subj_ent, group = couple[0], [couple[1]]
            if subj_ent is None and c.lower_ in GROUP_PRONOUNS and (listed := _subject_list_before(ctx, offset)):
                subj_ent, group = listed[0], listed[1:]  # "Egypt, Greece, Cyprus and France ... They called on"
            if subj_ent is None and c.lower_ in GROUP_PRONOUNS and len(ctx.meeting_parties) == 2:
                subj_ent, group = ctx.meeting_parties[0], list(ctx.meeting_parties[1:])
            if subj_ent is None and c.lower_ in FIRST_PERSON and speaker is None:
                # the author of a statement ("I spoke with", "we will"), or the state the page speaks for
                subj_ent = _voice_state(ctx, offset + c.idx, None)
                office = subj_ent is None  # an author the title does not name: the article's state
            if subj_ent is None and not ctx.ents.mentions_in(cs, ce) and (title := _office_subject(c)):
                # "The President conveyed ...": the state of whom the article names with the office
                subj_ent = _state_of(ctx, _office_holder(ctx, title))
                office = subj_ent is None
        if subj_ent or subj_span or office or sayer_span:
            break
    victims: list[str] = []
    if etype == "conflict" and _victim_subject(subj_tok) and subj_span is not None:
        # "Five Chinese engineers were killed in an attack on their convoy": whom it is done to
        victims = [subj_ent] if subj_ent else []
        subj_ent = None
    elif etype == "conflict" and subj_tok is not None and subj_span is not None:
        # "An attack on a convoy of Chinese engineers killed five people": whom the subject act is done to
        victims = [ctx.institutions.get(mm.entity_id, mm.entity_id) for mm in ctx.ents.mentions_in(*subj_span)
                   if mm.entity_id.startswith("country:") and _attacked_in(subj_tok, _mention_token(sent_doc, offset, mm))]
        subj_ent = None if subj_ent in victims else subj_ent
    # "the ministers met in Nicosia, while Turkey held drills nearby": a subordinate clause with a subject of its
    # own holds the drills' parties; the clause it hangs on is another's
    sub_clause = _clause_root(trig)
    # (its subject need not be a name: "as Soviet troops occupied the Baltic states, our State Department ...")
    if not (subj_tok is not None and subj_tok.head.i == sub_clause.i
            and sub_clause.dep_ == "advcl" and any(c.dep_ == "mark" for c in sub_clause.children)):
        sub_clause = None
    backer = etype == "conflict" and _backs_war(trig, subj_tok)
    if backer:
        subj_ent = None
    def above_sub(t) -> bool:  # a word of the clause above a subordinate one the trigger heads
        return sub_clause is not None and not (t.i == sub_clause.i or sub_clause.is_ancestor(t))

    scope = _attributive(trig)  # the tokens an appositive, a relative clause or an "as" phrase may take parties from
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
