"""The parties stage, step 1: the subject of the trigger's clause (issue 11, point 1). Who does the act by
default: the subject found on the way up the parse from the trigger, and the state it stands for (a name, a
person's state, "the Kingdom", "we", "it", "they", "the two leaders", an unnamed office); who says or condemns it
from a verb of saying above the trigger (who then asserts it and is no side); an accused ("accused X of arming");
then what the subject is to a war (its victim or a backer), a subordinate clause with a subject of its own, and
the phrase an attributive trigger takes its sides from. The names are read into the :class:`.reading.Reading`
that :mod:`.candidates` and :mod:`.doer` go on with."""
from __future__ import annotations

from .arguments import (
    _accused,
    _clause_above_subject,
    _named_protege,
    _ours,
    _qualifier_only,
    _reported_clause_of_conj,
    _voice_state,
)
from .asserter import FIRST_PERSON, _office_holder, _subject_of
from .bystanders import part_of_another_name
from .claims import _other_clause
from .context import _last_person_before, party_rules
from .lexicon import ACTOR_KINDS, PRONOUNS_HE, PRONOUNS_WE, _lemma
from .qualifiers import _group_members, _no_party_actor, _one_member, _own_agent
from .reading import Reading
from .references import (
    _counted_sides,
    _group_body,
    _group_in_focus,
    _group_size,
    _group_subject,
    _mention_token,
    _metonym_mention,
    _metonym_state,
    _states_word,
    _subject_list_before,
    _subject_pair_before,
    can_be_party,
)
from .sides import _attributive, _clause_root, _qualifies
from .stands_for import (
    GROUP_PRONOUNS,
    NO_IT_VERBS,
    _coordinated_offices,
    _its_owner,
    _last_party_before,
    _office_subject,
    _state_of,
)
from .status import _path_up
from .war_sides import _attacked_in, _backs_war, _framed_subjects, _framing_clause, _victim_subject

# facts that are someone else's act: who comments on them (condemns, welcomes) is no party
OTHERS_ACTS = frozenset({"conflict"})


def read_subject(r: Reading) -> None:
    """Find the subject of the trigger's clause and the party it stands for, the subject of a verb of saying
    above the trigger (a commentator or an accuser asserts the act), and the trigger noun's own doer ("Russia's war").

    Args:
        r: the reading of one trigger; its ``subj_*``, ``sayer_span``, ``group``, ``office``, ``own_agent``,
            ``commentator``, ``accuser`` and ``framed`` are set.
    """
    sent_doc, offset, i, ctx, speaker, etype = r.sent_doc, r.offset, r.i, r.ctx, r.speaker, r.etype
    text, tok_i, trig, named, mentions, party_at = r.text, r.tok_i, r.trig, r.named, r.mentions, r.party_at
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
    r.subj_ent, r.subj_span, r.subj_tok, r.subj_none = subj_ent, subj_span, subj_tok, subj_none
    r.sayer_span, r.group, r.office, r.own_agent = sayer_span, group, office, own_agent
    r.co_agents, r.commentator, r.accuser, r.framed = co_agents, commentator, accuser, framed


def subject_roles(r: Reading) -> None:
    """What the subject found is to the act: the victims of a war or an attack it names (whom it is done
    to), a backer of a war (no side of it); a subordinate clause the subject heads (the clause above is another's);
    the tokens an attributive trigger may take its sides from (``scope``)."""
    sent_doc, offset, ctx, etype, trig, subj_ent = r.sent_doc, r.offset, r.ctx, r.etype, r.trig, r.subj_ent
    subj_span, subj_tok = r.subj_span, r.subj_tok
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
    scope = _attributive(trig)  # the tokens an appositive, a relative clause or an "as" phrase may take parties from
    r.victims, r.subj_ent, r.sub_clause, r.backer, r.scope = victims, subj_ent, sub_clause, backer, scope
