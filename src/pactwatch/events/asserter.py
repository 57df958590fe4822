"""Who asserts a narrated fact (``asserted_by``): the reported person, the person subject of a verb of
saying or stance, an office holder the article names, a statement's author."""
from __future__ import annotations

import functools
import itertools
import re

from ..gazetteer import slug
from ..quotes import answer_at, journalists, turn_at
from .context import DocContext, _last_person_before, party_rules
from .lexicon import PRONOUNS_HE, Lexicon, _lemma
from .references import _joined_pairs
from .status_frames import _path_up, _phrasal, _status_data, _verbs

FIRST_PERSON = frozenset({"i", "we"})


def _subject_of(verb):
    """The subject of a verb, or of the verb it is coordinated to ("they reaffirmed X and emphasized Y")."""
    for v in (verb, verb.head if verb.dep_ == "conj" else None):
        if v is not None:
            subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                return subj
    return None


def _office_holder(ctx: DocContext, office: str, of: str | None = None) -> str | None:
    """The person the article names with an office ("the President" in a readout of President X's call is
    X, named first; "the Vice President" is not "the President"), of the state ``of`` when the subject names one
    ("Serbia's defence minister", "the Estonian minister")."""
    words = office.split()
    roles = sorted((r for r in ctx.ents.roles if of is None or r.of == of),
                   key=lambda r: r.evidence.clean_start if r.evidence else 0)
    qualified = set()
    for role in roles:
        title = re.findall(r"[a-z]+", role.title.lower())
        if title[-len(words):] != words:
            continue
        if len(title) == len(words) or title[-len(words) - 1] not in (
                "vice", "deputy", "prime", "foreign", "defense", "defence"):
            return role.person
        if title[-len(words) - 1] not in OTHER_RANKS:
            qualified.add(role.person)
    # "the minister said" in an article that names one office of that kind ("Defence Minister Hanno Pevkur"): him
    return qualified.pop() if len(qualified) == 1 else None


# a word before an office that makes it another rank: "the President" is not the Vice President
OTHER_RANKS = frozenset({"vice", "deputy", "assistant", "under", "former", "prime"})


AUTHORED = re.compile(r"(?i)\W*(?:(?:a|an|the)\s+)?(?:statement|remarks|letter|message|op-ed|address|readout)\b")
STATEMENT = re.compile(r"(?i)\W*(?:(?:a|an|the)\s+)?(?:statement|remarks|letter|message|op-ed|address)\b")
# a letter's signature: its last lines, a name in capitals ("JANE Q. DOE", "Sincerely,\n\nJOHN SMITH JR.")
SIGNATURE = re.compile(r"^(?:[A-Z][A-Z'\-]*\.?\s+){1,4}[A-Z][A-Z'\-]*\.?$")
LETTER = re.compile(r"(?i)\W*(?:(?:a|an|the)\s+)?(?:letter|message)\b")


def _signer(ctx: DocContext) -> str | None:
    """Who signs a letter or message: the name in capitals on one of its last lines (White House letters to
    Congress end "Sincerely, / JOSEPH R. BIDEN JR."), the person NER found there or one named so."""
    lines = [(m.start(), m.group().strip()) for m in re.finditer(r"[^\n]+", ctx.text) if m.group().strip()]
    for start, line in lines[-4:]:
        if not SIGNATURE.match(line) or len(line.split()) < 2:
            continue
        found = [m.entity_id for m in ctx.ents.mentions_in(start, start + len(line)) if m.entity_id.startswith("person:")]
        return found[0] if found else f"person:{slug(line)}"
    return None


def _author(ctx: DocContext, statements_only: bool = False) -> str | None:
    """Who speaks as "I" or "we" in a statement, remarks, a letter or a readout: the person its title
    names ("Statement by President Joe Biden on ...", "Remarks by Prime Minister X at ...");
    ``statements_only``: not a readout, which narrates what others said."""
    title_end = ctx.text.find("\n")
    title = ctx.text[:title_end if title_end > 0 else 200]
    if not (STATEMENT if statements_only else AUTHORED).match(title):
        return None
    # the author is named before the title says what about or with whom ("Statement of the President on the NATO
    # Summit and Call with President Zelenskyy": not Zelenskyy; "Readout of the Meeting between Minister A and
    # Minister B": neither), after the word that introduces him ("Statement from President X on ...": X)
    by = TITLE_BY.match(title)
    byline = title[:_title_topic(title, by.end() if by else 0)]
    named = next((m.entity_id for m in ctx.ents.mentions_in(0, len(byline)) if m.entity_id.startswith("person:")), None)
    return named or (_signer(ctx) if LETTER.match(title) else None)


# where a statement's title turns from its author to its subject or the other party
TITLE_TOPIC = re.compile(r"\s(?:on|at|with|to|from|for|and|between|about|regarding|in|after|following|marking|"
                         r"celebrating)\s", re.I)
# the word after a statement's name that introduces its author ("Statement from|by|of President X")
TITLE_BY = re.compile(AUTHORED.pattern + r"\s+(?:from|by|of)(?=\s)")


def _title_topic(title: str, start: int) -> int:
    """Where a statement's title turns from its author to its subject, at or after ``start``: the first word
    of TITLE_TOPIC, but not the "for" of an office's portfolio nor an "and" within it ("Statement by the Minister
    for Foreign Affairs and Trade X on ...": X is the author)."""
    offices = _office_words()
    portfolio = False
    for m in TITLE_TOPIC.finditer(title, start):
        word = m.group().strip().lower()
        before = title[:m.start()].rsplit(None, 1)[-1].lower() if title[:m.start()].strip() else ""
        if word == "for" and before in offices:
            portfolio = True
        elif not (word == "and" and portfolio):
            return m.start()
    return len(title)


@functools.lru_cache(maxsize=1)
def _office_words() -> frozenset[str]:
    """The head words of the offices that take a portfolio ("Minister", "Secretary" for ...)."""
    return frozenset(o.split()[-1] for o in party_rules()["office_subjects"])


def asserter_of(sent_doc, offset: int, i: int, ctx: DocContext, lex: Lexicon) -> str | None:
    """Who claims the fact at token ``i`` of a narrated sentence: the person or body subject of a verb of saying or
    stance above the trigger: named ("President Biden reaffirmed ...", "the ministry said"), "he", an office the
    article names a person with ("The President conveyed his support ...", "The Vice President underscored ...");
    else an interview's answerer ("Pevkur: ...", "A: ..."); else the person the sentence reports ("Aliyev said ...",
    "according to X") or the body it cites ("according to the Defence Ministry"); else the author of a statement,
    remarks or a letter, who claims all it narrates."""
    found = (_subject_asserter(sent_doc, offset, i, ctx, lex) or _aside_asserter(sent_doc, offset, i, ctx, lex)
             or _trailing_sayer(sent_doc, offset, ctx))
    if found and found.startswith("org:"):
        # "Interfax reported, citing the Defence Ministry": the cited body claims it, the outlet passes it on
        return _cited_source(sent_doc, offset, ctx) or found
    if found:
        return found
    # "Pevkur: Finland already has troops in Tapa": an interview's answerer claims his answer (a question: no one)
    turn = turn_at(ctx.text, ctx.ents.mentions, offset + sent_doc[i].idx)
    if turn is not None:
        return turn or None
    # "Report informs, citing the Defence Ministry, that ...": the cited body, whatever the outlet's name is; then
    # "The Slovak Defence Minister, Peter Kral, said:" above the fact's paragraph, or an unlabelled interview's answer
    return (_reporting_person(sent_doc, offset, i, ctx, lex) or _source_body(sent_doc, offset, ctx)
            or _cited_source(sent_doc, offset, ctx) or answer_at(ctx.text, ctx.ents.mentions, offset + sent_doc[i].idx)
            or _author(ctx, statements_only=True))


def _reporting_person(sent_doc, offset: int, i: int, ctx: DocContext, lex: Lexicon) -> str | None:
    """The person who reports the fact at token ``i``: the subject of a verb of saying whose clause holds the fact
    ("Aliyev said the troops would stay"; "Troops will stay, Aliyev said", the verb hung on the fact's clause), the
    last person it names, or whom its "he" stands for; else the person "according to" names ("according to
    Minister X"). A verb of saying in a clause of its own that only qualifies a word of the fact ("..., a move that
    Addis Abeba has warned against") reports nothing of it."""
    above = {t.i for t in _path_up(sent_doc[i], limit=40)} | {sent_doc[i].i}
    for tok in sent_doc:
        if _lemma(tok) not in lex.communication or tok.pos_ not in ("VERB", "AUX"):
            continue
        if tok.i not in above and not (tok.head.i in above and tok.dep_ in ("parataxis", "ccomp", "conj")):
            continue
        for c in tok.children:
            if c.dep_ not in ("nsubj", "nsubjpass") or c.left_edge.i <= i <= c.right_edge.i:
                continue
            cs, ce = offset + c.left_edge.idx, offset + c.right_edge.idx + len(c.right_edge)
            persons = [m.entity_id for m in ctx.ents.mentions_in(cs, ce) if m.entity_id.startswith("person:")]
            if persons:
                return persons[-1]
            if c.lower_ in PRONOUNS_HE:
                return _last_person_before(ctx, offset + c.idx)
    obj = _according_to(sent_doc)
    if obj is not None:
        start, end = offset + obj.left_edge.idx, offset + obj.right_edge.idx + len(obj.right_edge)
        return next((m.entity_id for m in ctx.ents.mentions_in(start, end) if m.entity_id.startswith("person:")), None)
    return None


def _according_to(sent_doc):
    """The object of "according to" in the sentence (its head token), if the parse gives it."""
    for tok in sent_doc:
        if tok.lower_ == "according" and tok.i + 1 < len(sent_doc) and sent_doc[tok.i + 1].lower_ == "to":
            return next((c for c in sent_doc[tok.i + 1].children if c.dep_ == "pobj"), None)
    return None


# a sentence closed by its source after a comma ("Manila is negotiating ..., the Department of National Defense
# said."; "..., he added on Monday."): the parser often hangs the source on a name before it, leaving the verb of
# saying with no subject
TRAILING_SAYER = re.compile(r"(?:,\s*[–—-]?|\s[–—])\s+(?P<who>[^,;:\"“”]{2,80}?)\s+(?:said|says|added|adds|noted|stated|told\s+\w+|"
                            r"confirmed|announced|reported|explained|stressed)\b[^,;:\"“”]{0,40}?[.!]?[\"”’]?\s*$")


def _trailing_sayer(sent_doc, offset: int, ctx: DocContext) -> str | None:
    """The source closing a sentence after a comma (TRAILING_SAYER): the first person named there, else the first
    body; "he"/"she" the person named before; "the ministry", "the agency" the last body of that word named before.
    A state alone is left to the rules that read it ("..., Russia said": a state's speech)."""
    m = TRAILING_SAYER.search(sent_doc.text)
    if m is None:
        return None
    start, end = offset + m.start("who"), offset + m.end("who")
    named = ctx.ents.mentions_in(start, end)
    people = [n.entity_id for n in named if n.entity_id.startswith("person:")]
    if people:
        return people[0]
    bodies = [n.entity_id for n in named if n.entity_id.startswith("org:")]
    if bodies:
        return bodies[0]
    if HEAD_OF_STATE.fullmatch(m.group("who")):
        return _head_of_state(ctx, start, end)  # "..., – the Head of State said."
    office = OFFICE_OF.fullmatch(m.group("who"))
    states = [n.entity_id for n in named if n.entity_id.startswith("country:")]
    if office and states and office.group("office").lower() in party_rules()["office_subjects"]:
        # "..., – the President of Kazakhstan said.": the holder of that office of that state the article names
        # (no state named, "the president of the football federation": nobody's guess)
        return _titled(ctx, office.group("office").lower(), states[0])
    who = m.group("who").lower().split()
    if who in (["he"], ["she"]):
        return _antecedent(ctx, start)
    if len(who) == 2 and who[0] == "the" and who[1] in BODY_HEADS:
        before = [n for n in ctx.ents.mentions_in(0, start)
                  if n.entity_id.startswith("org:") and who[1][:5] in n.text.lower()]
        return max(before, key=lambda n: n.start).entity_id if before else None
    return None


# "the head of state", "the Head of the Turkmen State": the president of the article's state, or of the state named
HEAD_OF_STATE = re.compile(r"(?i:the\s+head\s+of\s+(?:the\s+)?)(?:[A-Z][\w-]*\s+)?(?i:state)")
# "the President of Kazakhstan", "the Defence Minister of Georgia": an office and its state
# (only the office's words and "the" in any case: the state's name must be capitalised)
OFFICE_OF = re.compile(r"(?i:the)\s+(?P<office>(?i:[a-z]+(?:\s+[a-z]+)?))\s+of\s+(?:(?i:the)\s+)?[A-Z][\w-]*"
                       r"(?:\s+[A-Z][\w-]*)*")


def _head_of_state(ctx: DocContext, start: int, end: int) -> str | None:
    """The president "the head of state" at ``start:end`` is: of the state named there ("the head of the Turkmen
    state"), else of the state the page speaks for, else the first president the article names."""
    states = [n.entity_id for n in ctx.ents.mentions_in(start, end) if n.entity_id.startswith("country:")]
    # (a presidency's own release: its own state's, "the Head of State held talks with President X of ...")
    return _titled(ctx, "president", states[0] if states else ctx.own_state)


def _titled(ctx: DocContext, office: str, of: str | None) -> str | None:
    """The holder of ``office`` (of the state ``of``) the article names: :func:`_office_holder`, else the first person
    whose title holds the office's words with no other rank before them ("President of Kazakhstan": the President;
    not "Vice President of ...")."""
    found = _office_holder(ctx, office, of)
    if found:
        return found
    words = office.split()
    for role in sorted((r for r in ctx.ents.roles if of is None or r.of == of),
                       key=lambda r: r.evidence.clean_start if r.evidence else 0):
        title = re.findall(r"[a-z]+", role.title.lower())
        at = next((k for k in range(len(title) - len(words) + 1) if title[k:k + len(words)] == words), None)
        if at is not None and (at == 0 or title[at - 1] not in OTHER_RANKS):
            return role.person
    if office == "president" and of is not None:
        # a state's leader the article names without his title ("Kassym-Jomart Tokayev holds talks ...")
        return next((m.entity_id for m in sorted(ctx.ents.mentions, key=lambda m: m.start)
                     if m.entity_id.startswith("person:") and ctx.affiliation.get(m.entity_id) == of), None)
    return None


ACCORDING = re.compile(r"\baccording to\b", re.I)
CITING = re.compile(r"\b(?:citing|quoting)\b", re.I)


def _source_body(sent_doc, offset: int, ctx: DocContext) -> str | None:
    """The body a narrated sentence cites as its source ("according to the Defence Ministry", "according to a
    statement by NATO"): the first organisation named in the few words after "according to"."""
    m = ACCORDING.search(sent_doc.text)
    if m is None:
        return None
    start = offset + m.end()
    bodies = [b for b in ctx.ents.mentions_in(start, start + 60) if b.entity_id.startswith("org:")]
    if bodies:
        return bodies[0].entity_id
    obj = _according_to(sent_doc)  # "according to Somali officials": the state whose officials they are
    if obj is None:
        return None
    return _state_source(obj, offset + obj.left_edge.idx, offset + obj.right_edge.idx + len(obj.right_edge), ctx)


def _cited_source(sent_doc, offset: int, ctx: DocContext) -> str | None:
    """Whom an outlet cites or quotes as its source ("..., Interfax reported, citing the Defence Ministry",
    "Quoting Defence Minister X, the agency said ..."): the first person or body named in the few words after."""
    m = CITING.search(sent_doc.text)
    if m is None:
        return None
    start = offset + m.end()
    named = [b for b in ctx.ents.mentions_in(start, start + 60) if b.entity_id.startswith(("org:", "person:"))]
    return named[0].entity_id if named else None


@functools.lru_cache(maxsize=4)
def _claim_verbs(communication: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The verbs of saying (a body saying something claims it), and those with the verbs of stance (a person
    reaffirming, underscoring or rejecting something claims it too), built once."""
    speaking = (communication | frozenset(party_rules()["saying_verbs"]) | _verbs("denying_speech_verbs")
                | _verbs("asserting_verbs"))
    # a person who rejects or turns down something claims it ("President Ruto rejected any possibility of ...")
    refusing = frozenset(_status_data()["refusing_verbs"]["stance"])
    return speaking, speaking | frozenset(party_rules()["stance_verbs"]) | refusing


def _subject_asserter(sent_doc, offset: int, i: int, ctx: DocContext, lex: Lexicon) -> str | None:
    """The person subject of the verb of saying or stance above token ``i``, or the author for "I"/"we"."""
    speaking, verbs = _claim_verbs(lex.communication)
    prev = None  # the word of the path below ``tok``
    for tok in _path_up(sent_doc[i], limit=12):
        below, prev = prev, tok
        if tok.pos_ == "NOUN" and tok.i != i and _lemma(tok) in _status_data()["speech_nouns"]["nouns"]:
            owner = _possessor(tok, offset, ctx)
            if owner:
                return owner  # "welcomed President Marcos' announcement of four new sites": Marcos claims them
        subj = _subject_of(tok) if tok.pos_ in ("VERB", "AUX") else None
        if subj is None and below is not None and below.dep_ in ("ccomp", "xcomp", "dobj") and _lemma(
                tok) in speaking and (named := _name_before(tok, offset, ctx)):
            return named  # "At the summit in Gabala, President Ilham Aliyev proposed that ...": the parser's appos
        if subj is None or subj.left_edge.i <= i <= subj.right_edge.i:
            continue  # "underscored that the Alliance remains ...": the trigger is what the clause is about
        if subj.lower_ in FIRST_PERSON:
            return _author(ctx)  # "I have ordered the deployment": the statement's author (or the reported person)
        if _lemma(tok) not in verbs and _phrasal(tok) not in verbs:  # "ruled out sending troops": "rule out"
            if tok.dep_ in ("ccomp", "advcl") or (tok.dep_ == "acl" and tok.head.pos_ == "NOUN") or (
                    tok.dep_ == "pcomp" and tok.head.head.pos_ == "NOUN") or (
                    tok.dep_ == "relcl" and subj.tag_ in ("WDT", "WP")):
                # "underscored that the United States is committed to ...", "reaffirmed his view that a
                # two-state solution is the path": who underscores it, whose view it is; "applauded the signing
                # of the accord that will enable closer defense cooperation": the relative clause too; "affirmed
                # their resolve to keep supporting Ukraine as it defends itself from the invasion": the adverbial;
                # "rejected any possibility of troops being deployed": what the noun is of
                continue
            break
        cs, ce = offset + subj.left_edge.idx, offset + subj.right_edge.idx + len(subj.right_edge)
        if tok.i == i and _states_only(ctx.ents.mentions_in(cs, ce)):
            continue  # "the ministry said that Gambia had asked Senegal to ...": a state's act of speech, reported
        phrase = " ".join(t.lower_ for t in subj.subtree if t.i <= subj.i and t.dep_ not in ("det", "cc", "conj"))
        ranked = _ranked_office_holder(ctx, phrase) if not ctx.ents.mentions_in(cs, ce) else None
        if ranked:
            return ranked  # "..., the vice-minister noted": the deputy minister the article names
        if phrase in party_rules()["office_subjects"] and not ctx.ents.mentions_in(offset + subj.idx,
                                                                                    offset + subj.idx + len(subj)):
            # "The Vice President and President Marcos discussed": the first conjunct, an office
            return _office_holder(ctx, phrase)
        hosts = journalists(ctx.text, ctx.ents.mentions)  # ("Laura, the envoy told me": the anchor addressed)
        people = [m for m in ctx.ents.mentions_in(cs, ce) if m.entity_id.startswith("person:")
                  and m.entity_id not in hosts]
        if people:
            return people[0].entity_id  # "President Biden and Prime Minister Kishida agreed": the first named
        if _lemma(tok) in speaking and (unnamed := _titled_name(subj, offset, ctx)):
            return unnamed  # "Deputy Tural Ganjaliyev accused France of ...": a titled name the entities missed
        if HEAD_OF_STATE.fullmatch(" ".join(t.text for t in subj.subtree)):
            # "The head of state underlined that ...", "The head of the Turkmen state noted ...": its president
            return _head_of_state(ctx, cs, ce)
        holder = _state_office_holder(subj, offset, ctx)
        if holder:
            return holder  # "Serbia's defence minister said", "the Estonian minister said": the one the article names
        if _lemma(tok) in speaking and _lemma(subj) in _status_data()["speech_nouns"]["nouns"] and any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subj.children) and not \
                ctx.ents.mentions_in(cs, ce):
            # "The Chadian Defence Ministry issued a statement on Monday. Troops ... will hold joint exercises, the
            # statement said": the one who issued the statement named in the sentence before
            return _issuer_before(ctx, offset, _lemma(subj))
        if _lemma(tok) in speaking:
            # "the defence ministry denied attacking civilians", "NATO said the drones were Russian": a body
            # speaking for itself claims what it says (not what it does: "the militia rejected the calls")
            bodies = [m for m in ctx.ents.mentions_in(cs, ce) if m.entity_id.startswith("org:")]
            if bodies:
                return bodies[0].entity_id
            named = _body_anaphor(subj, ctx, offset) or _state_source(subj, cs, ce, ctx)
            if named:
                return named  # "..., the agency said Thursday", "the department said": the body named before
        if subj.lower_ in ("he", "she"):
            if tok.dep_ == "ccomp" and _subject_of(tok.head) is not None:
                continue  # "The President said he looked forward to ...": "he" is who says it
            return _antecedent(ctx, offset + subj.idx)
        if subj.lower_ == "they" and not (tok.dep_ == "ccomp" and _subject_of(tok.head) is not None):
            # "The Turkish Foreign Ministry denounced ... They invited ...": the body; "Presidents A and B met on
            # Monday. They agreed ...": the first of the two
            return _body_before(ctx, offset) or _first_of_group(ctx, offset + subj.idx, strict=True)
        if _person_group(subj) and not (tok.dep_ == "ccomp" and _subject_of(tok.head) is not None):
            return _first_of_group(ctx, offset + subj.idx)  # "the two leaders agreed", "both ministers stressed"
        if tok.i == i:
            continue  # "Aliyev said that both nations would ask the OSCE to ...": who reports the request
        break
    return None


def _name_before(verb, offset: int, ctx: DocContext) -> str | None:
    """The person named right before a verb of saying the parse gave no subject ("..., in Gabala, Azerbaijan's
    President Ilham Aliyev proposed that ...": the name hung on "Gabala" as an apposition): the person mention that
    ends at the word before the verb, an adverb aside ("Aliyev also proposed")."""
    k = verb.i - 1
    while k >= 0 and verb.doc[k].pos_ == "ADV":
        k -= 1
    if k < 0 or verb.doc[k].dep_ not in ("appos", "compound", "conj", "npadvmod", "dobj", "pobj", "nmod"):
        return None
    end = offset + verb.doc[k].idx + len(verb.doc[k])
    return next((m.entity_id for m in ctx.ents.mentions_in(offset + verb.doc[k].left_edge.idx, end)
                 if m.entity_id.startswith("person:") and m.end == end), None)


def _titled_name(subj, offset: int, ctx: DocContext) -> str | None:
    """The person a subject names by a title and a name of two words or more that no mention covers ("Deputy Tural
    Ganjaliyev", "Spokeswoman Ana Lima"): ``person:<name>``; the name's words are the proper nouns right before the
    subject's head and the head, the title a word of the offices' titles just before them."""
    if subj.pos_ != "PROPN" or ctx.ents.mentions_in(offset + subj.left_edge.idx, offset + subj.idx + len(subj)):
        return None
    titles = _title_heads()
    words = [subj]
    k = subj.i - 1
    while k >= subj.left_edge.i and (subj.doc[k].pos_ == "PROPN" and subj.doc[k].lower_ not in titles or (
            subj.doc[k].text == "-" and not subj.doc[k].whitespace_ and not subj.doc[k - 1].whitespace_)):
        words.insert(0, subj.doc[k])  # ("Mensah-Boateng": a hyphen between two names)
        k -= 1
    if len(words) < 2 or k < subj.left_edge.i or subj.doc[k].lower_ not in titles:
        return None
    return f"person:{slug(''.join(t.text_with_ws for t in words))}"


@functools.lru_cache(maxsize=1)
def _title_heads() -> frozenset[str]:
    from ..entities import title_heads

    return frozenset(t.lower() for t in title_heads())


def _states_only(mentions) -> bool:
    return bool(mentions) and all(m.entity_id.startswith("country:") for m in mentions)


def _aside_asserter(sent_doc, offset: int, i: int, ctx: DocContext, lex: Lexicon) -> str | None:
    """Who claims a fact through a saying verb set aside in commas on the fact's clause ("Meanwhile, the agency
    said, X seems to be massing troops", "Togo, the ministry said, is massing troops"): the parser hangs the
    saying verb on the clause as parataxis, off the trigger's path."""
    speaking, _ = _claim_verbs(lex.communication)
    for tok in _path_up(sent_doc[i], limit=12):
        said = next((c for c in tok.children if c.dep_ == "parataxis" and _lemma(c) in speaking), None)
        if said is not None and _subject_of(said) is not None:
            return _subject_asserter(sent_doc, offset, said.i, ctx, lex)
    return None


def _state_source(subj, cs: int, ce: int, ctx: DocContext) -> str | None:
    """The state whose unnamed officials, sources or bodies speak ("Israeli intelligence officials charged ...",
    "the Ghana Armed Forces said", "Kenyan government sources said"): the state the subject names, when it names no
    person or body of its own."""
    nouns = _status_data()["state_sources"]["nouns"]  # (a short list)
    if _lemma(subj) not in nouns and subj.lower_ not in nouns:
        return None
    named = ctx.ents.mentions_in(cs, ce)
    if any(m.entity_id.startswith(("person:", "org:")) for m in named):
        return None
    states = [m.entity_id for m in named if m.entity_id.startswith("country:")]
    return states[0] if len(set(states)) == 1 else None


# rank words before an office that name the same rank ("vice-minister", "deputy foreign minister")
DEPUTY_RANKS = frozenset({"vice", "deputy"})


def _ranked_office_holder(ctx: DocContext, phrase: str) -> str | None:
    """The one person the article names with the role a subject names by its head ("..., the admiral said" after
    "Admiral Rosa Vidal"), or by a deputy's rank and head ("the vice-minister noted" after "Deputy Foreign Minister
    Roman Vassilenko"; "vice" and "deputy" alike). Offices that parties.json lists are read by :func:`_office_holder`
    (which tells "the President" from the Vice President)."""
    words = re.findall(r"[a-z]+", phrase)
    deputy = len(words) >= 2 and words[0] in DEPUTY_RANKS
    if not words or not deputy and (phrase in party_rules()["office_subjects"] or words[-1] in _office_heads()):
        return None
    found = set()
    for role in ctx.ents.roles:
        title = re.findall(r"[a-z]+", role.title.lower())
        if title and title[-1] == words[-1] and bool(DEPUTY_RANKS & set(title)) == deputy and set(
                words[1 if deputy else 0:-1]) <= set(title):
            found.add(role.person)
    return found.pop() if len(found) == 1 else None


@functools.lru_cache(maxsize=1)
def _office_heads() -> frozenset[str]:
    """The last words of the offices parties.json lists ("minister", "president", "secretary")."""
    return frozenset(o.split()[-1] for o in party_rules()["office_subjects"])


# the head nouns of a body a report names again by "the <noun>" ("the agency said", "the ministry said")
BODY_HEADS = frozenset({"ministry", "agency", "department", "office", "embassy", "army", "navy", "command", "service",
                        "council", "committee", "commission", "presidency", "secretariat", "mission", "directorate",
                        "bureau", "government", "cabinet", "parliament", "military", "forces", "force"})


def _body_anaphor(subj, ctx: DocContext, offset: int) -> str | None:
    """The body "the agency", "the ministry" or "the department" stands for as a subject with no name of its own:
    the last organisation named before it whose name holds that word ("the Andina news agency ... the agency
    said")."""
    if _lemma(subj) not in BODY_HEADS or not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
        return None
    word = subj.lower_[:5]  # "ministry", "forces" / "force"
    before = [m for m in ctx.ents.mentions_in(0, offset + subj.idx)
              if m.entity_id.startswith("org:") and word in m.text.lower()]
    return max(before, key=lambda m: m.start).entity_id if before else None


def _person_group(subj) -> bool:
    """A plural subject that counts persons ("the two leaders", "both ministers", "the presidents", "the two"), not
    states or bodies ("the two countries", "both sides")."""
    if subj.lower_ in ("two", "both") and subj.pos_ in ("NUM", "DET", "PRON"):
        return True
    return subj.tag_ == "NNS" and _lemma(subj) in _status_data()["person_groups"]["nouns"]


# how far back "they" looks for the two persons it stands for
THEY_SENTENCES_BACK = 4


def _first_of_group(ctx: DocContext, pos: int, strict: bool = False) -> str | None:
    """The first of the persons a plural subject at ``pos`` stands for: the first person named in the nearest
    sentence before it that names two ("President Lula met President Boric. ... The two leaders agreed ...": Lula),
    the sentence itself up to ``pos`` first. ``strict`` ("they"): only a few sentences back, and not past a sentence
    that joins two states ("Indonesia and Malaysia signed a pact. They agreed ...": the states, no person)."""
    ends = [0, *(m.end() for m in SENTENCE_END.finditer(ctx.text, 0, pos)), pos]
    for start, end in list(itertools.pairwise(ends))[::-1][:THEY_SENTENCES_BACK if strict else None]:
        people = [m for m in ctx.ents.mentions_in(start, end) if m.entity_id.startswith("person:")]
        if len({m.entity_id for m in people}) >= 2:
            return people[0].entity_id
        if strict and _joined_pairs(ctx, start, end):
            return None
    return None


def _state_office_holder(subj, offset: int, ctx: DocContext) -> str | None:
    """The person holding the office a subject names with its state ("Serbia's defence minister", "the Estonian
    defence minister", "its foreign minister"): the words of the office are the subject's head and the compounds
    and adjectives before it that name no state."""
    states = [m for m in ctx.ents.mentions_in(offset + subj.left_edge.idx, offset + subj.idx)
              if m.entity_id.startswith("country:")]
    if not states and not any(c.dep_ == "poss" for c in subj.children):
        return None

    def in_state(t) -> bool:
        return any(m.start <= offset + t.idx < m.end for m in states)
    office = " ".join(t.lower_ for t in subj.subtree if t.i <= subj.i and (t.i == subj.i or t.dep_ in (
        "compound", "amod")) and not in_state(t))
    if office not in party_rules()["office_subjects"]:
        return None
    return _office_holder(ctx, office, states[0].entity_id if states else None)


def _body_before(ctx: DocContext, pos: int) -> str | None:
    """Whom "they" at the start of the sentence at ``pos`` stands for when the sentence before is a body's: the
    first person or body named there, if it is a body ("In a press release, the Foreign Ministry denounced the
    summit's conclusions. They invited the countries to open a dialogue"). Persons named together ("they" for two
    leaders) are left alone."""
    start = _sentence_start(ctx.text, max(pos - 1, 0))
    named = [m for m in ctx.ents.mentions_in(start, pos) if m.entity_id.startswith(("org:", "person:"))]
    first = min(named, key=lambda m: m.start, default=None)
    return first.entity_id if first is not None and first.entity_id.startswith("org:") else None


def _issuer_before(ctx: DocContext, pos: int, noun: str) -> str | None:
    """Who issued the statement "the statement" at the sentence at ``pos`` stands for: the first person or body
    named in the sentence before, when that sentence names the statement too ("The Defence Ministry issued a
    statement on Monday.")."""
    start = _sentence_start(ctx.text, max(pos - 1, 0))
    if not re.search(rf"\b{re.escape(noun)}\b", ctx.text[start:pos], re.I):
        return None
    named = [m for m in ctx.ents.mentions_in(start, pos) if m.entity_id.startswith(("org:", "person:"))]
    first = min(named, key=lambda m: m.start, default=None)
    return first.entity_id if first is not None else None


def _possessor(noun, offset: int, ctx: DocContext) -> str | None:
    """The person whose statement ``noun`` is ("President Marcos' announcement"), named in its possessor."""
    for c in noun.children:
        if c.dep_ == "poss":
            start, end = offset + c.left_edge.idx, offset + c.right_edge.idx + len(c.right_edge)
            people = [m.entity_id for m in ctx.ents.mentions_in(start, end) if m.entity_id.startswith("person:")]
            if people:
                return people[0]
    return None


# a sentence ends after a word of small letters and a full stop ("... today. He"; not "Jr. met", "U.S. forces")
SENTENCE_END = re.compile(r"(?<=[a-z]{2}[.!?])\s+(?=[A-Z\"\u201c])|\n")


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence ending at or going on past ``pos`` starts."""
    return max((m.end() for m in SENTENCE_END.finditer(text, 0, pos)), default=0)


def _antecedent(ctx: DocContext, pos: int) -> str | None:
    """Whom "he" or "she" at ``pos`` stands for: the first person named in the last sentence before it that
    names one, the subject there as a rule ("President Lula met with President Boric. He underscored ...":
    Lula, not the Boric named last)."""
    last = _last_person_before(ctx, pos)
    if last is None:
        return None
    end = max(m.end for m in ctx.ents.mentions if m.entity_id == last and m.end <= pos)
    start = _sentence_start(ctx.text, end)
    first = min((m for m in ctx.ents.mentions_in(start, end) if m.entity_id.startswith("person:")),
                key=lambda m: m.start, default=None)
    return first.entity_id if first else last
