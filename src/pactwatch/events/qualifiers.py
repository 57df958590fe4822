"""What a name on a noun says (issue 11, point 1), for the parties stage (:mod:`.parties`): that it only
qualifies another actor that is no party ("Iraqi militias", "Swiss driver Luc Ammann", "Iran-backed rebels", "a NATO
member"), that it says whose text another noun is ("Japan's statement on the drills"), that it names a supplier
("Turkish defense companies"), or that it is the trigger noun's own doer ("Russia's war", "DPRK troops")."""
from __future__ import annotations

import re

from .context import party_rules
from .sides import AGENT_DEPS


def _noun_words(t) -> set[str]:
    """A noun's lemma, and with the word the tokenizer split off before a hyphen ("start-ups": "start-up")."""
    words = {t.lemma_.lower()}
    if t.i >= 2 and t.nbor(-1).text == "-":
        words.add(f"{t.nbor(-2).lower_}-{t.lemma_.lower()}")
    return words


def _no_party_noun(t) -> bool:
    """Whether the noun ``t`` names actors that are no party ('not_party_heads': "militias", "startups", "start-ups")."""
    return bool(_noun_words(t) & set(party_rules()["not_party_heads"]))


def _titled_name(head) -> bool:
    """Whether ``head`` is a person's name titled with a noun of sport, culture or business before it
    ('not_party_titles': "Swiss driver Luc Ammann", "Korean chef Min Park")."""
    return head.pos_ == "PROPN" and any(
        t.i < head.i and t.dep_ == "compound" and t.pos_ == "NOUN" and _noun_words(t) & set(
            party_rules()["not_party_titles"]) for t in head.subtree)


def _names_another(tok) -> bool:
    """Whether a state's or an organisation's name only qualifies another actor that is no party: a group
    that is not the state ("Iraqi militias", "Syrian rebels", "Afghan insurgents"), a think tank, a
    university, an outlet or a company named by it ("the Atlantic Council think tank"), or that they come "from"
    ("eight startups from the U.S., France and Germany", "riders from Denmark and Slovenia")."""
    if tok is None:
        return False
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:  # "from the U.S., France, Germany and South Korea"
        first = first.head
    if first.dep_ == "pobj" and first.head.lower_ == "from" and first.head.dep_ == "prep" and (
            _no_party_noun(first.head.head)):
        return True
    if tok.dep_ not in ("amod", "compound", "nmod") or tok.head.i == tok.i:
        return False
    head = tok.head
    while head.dep_ == "compound" and head.head.i != head.i:  # "the Atlantic Council think tank"
        head = head.head
    if _titled_name(head):
        return True  # "Danish driver Mads Kjeldsen"
    words = {head.lemma_.lower(), f"{head.nbor(-1).lower_} {head.lemma_.lower()}" if head.i > 0 else ""}
    return bool(words & set(party_rules()["not_party_heads"]))


def _authored(tok, trig) -> bool:
    """Whether a state's or an organisation's name only says whose text or word another noun is, a noun that is
    not the trigger: "goes against the UN Security Council resolution", "Israel's condolences for the attack",
    "Japan's statement on the drills" (its author, no side of the act)."""
    if tok is None or tok.dep_ not in ("poss", "compound", "amod", "nmod") or tok.head.i == tok.i:
        return False
    head = tok.head
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    phrase = trig
    while phrase.dep_ in ("compound", "amod", "nmod") and phrase.head.i != phrase.i:
        phrase = phrase.head
    return head.i not in (trig.i, phrase.i) and head.lemma_.lower() in party_rules()["author_nouns"]


def _group_members(head, named) -> bool:
    """Whether ``head`` names the members of an armed group and a token qualifying it (``named(token)``) is that
    group's own name: "Houthi rebels", "Hezbollah fighters", "Taliban militants" are the group (a state's name on
    them is not: "Syrian rebels")."""
    if head.lemma_.lower() not in party_rules()["group_member_heads"]:
        return False
    return any(c.dep_ in ("amod", "compound", "nmod") and named(c) for c in head.children)


def _no_party_actor(head) -> bool:
    """Whether the subject ``head`` names an actor that is no party, whatever state's name is on it: its noun
    ('not_party_heads': "Iraqi militias", "French startups"), the title noun of a named person ('not_party_titles':
    "Swiss driver Luc Ammann", "the Danish rider Mads Holm", "Korean chef Min Park") or the members of a group it
    is made of ("a coalition of eight startups from the U.S. and France", "a group of Danish riders"): the states
    only say where those actors come from."""
    if _no_party_noun(head) or _titled_name(head):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and _no_party_noun(o) for o in c.children)
               for c in head.children)


# participles whose hyphenated first word names a patron of the noun they qualify ("Iran-backed rebels")
PATRON_VERBS = frozenset({"back", "fund", "finance", "train", "arm", "support", "sponsor", "equip", "supply", "bankroll"})


def _patron_participle(tok):
    """The participle a name is the patron of, in "<Name>-backed <noun>" ("Turkish-backed fighters", "Iran-funded
    militias", "Russian-trained units"), else None. The patron backs the noun's group: it is a side of that
    backing only, not of what the group does or suffers ("Syria struck Turkish-backed fighters": no Turkey)."""
    if tok is None:
        return None
    while tok.dep_ == "compound" and tok.head.i != tok.i and tok.head.tag_ != "VBN":
        tok = tok.head
    part = tok.head
    if tok.dep_ not in ("npadvmod", "compound", "amod", "nmod", "advmod") or part.tag_ != "VBN" or part.i <= tok.i or (
            part.lemma_.lower() not in PATRON_VERBS) or part.dep_ not in ("amod", "compound"):
        return None
    doc = tok.doc
    return part if any(doc[k].text in ("-", "‐", "–") for k in range(tok.i + 1, part.i)) else None


def _patronised(part) -> list:
    """The tokens of the noun a patron participle qualifies that may name the backed group, the noun and its own
    qualifiers ("Iran-backed Houthi rebels": Houthi; "US-backed Syrian Democratic Forces"), not its places ("militias
    in Syria")."""
    noun = part.head
    named = [noun, *(t for c in noun.children if c.i != part.i and c.dep_ in ("compound", "amod", "nmod", "appos")
                     for t in c.subtree)]
    # "the Popular Mobilization Forces, an Iranian-backed militia", "Hezbollah is an Iran-funded group": whom the
    # noun describes
    if noun.dep_ == "appos":  # (the parse may hang it on a noun further up: the name is right before the comma)
        prev = next((t for t in reversed(noun.doc[:noun.left_edge.i]) if not t.is_punct), None)
        if prev is not None:
            named += [prev, prev.head] if prev.dep_ in ("appos", "compound") else [prev]
    other = noun.head if noun.dep_ == "appos" else next(
        (c for c in noun.head.children if c.dep_ == "nsubj"), None) if noun.dep_ == "attr" else None
    if other is not None:
        named += [other, *(c for c in other.children if c.dep_ in ("compound", "appos") and c.i != noun.i)]
    return named


MEMBER_NOUNS = frozenset({"member", "ally", "state", "country", "nation", "partner"})


def _one_member(tok, trig, party_at) -> bool:
    """Whether a bloc's name only says what members are, no side of their act: an unnamed one ("the first such
    arrangement with a NATO member", "another NATO ally"), or members the phrase names ("NATO allies Poland and
    Lithuania held drills", "two ASEAN members, Vietnam and the Philippines, agreed ..."); not when the member
    word is the trigger ("NATO allies" as an alliance)."""
    if tok is None or tok.dep_ not in ("compound", "amod", "nmod") or tok.head.i == tok.i:
        return False
    chain = [tok.head]
    while chain[-1].dep_ == "compound" and chain[-1].head.i != chain[-1].i:  # "an EU member state"
        chain.append(chain[-1].head)
    member = next((h for h in chain if h.lemma_.lower() in MEMBER_NOUNS), None)
    if member is None or any(h.i == trig.i for h in chain):
        return False
    if any(c.dep_ == "det" and c.lower_ in ("a", "an", "another", "any") for c in member.children):
        return True
    return any(party_at(c) for h in chain for c in h.children if c.dep_ == "appos")


FORCE_NOUNS = frozenset({"troop", "force", "soldier", "army", "navy", "personnel", "unit", "militant", "fighter",
                         "rebel", "warship", "jet", "aircraft", "drone", "missile", "marine", "sailor", "police"})
ACT_NOUNS = frozenset({"signing", "signature", "ratification", "conclusion", "adoption", "approval", "launch",
                       "holding", "hosting", "conduct", "deployment", "withdrawal"})
QUANTITY_NOUNS = frozenset({"thousand", "hundred", "dozen", "million", "number", "contingent", "battalion", "unit",
                            "group", "team", "wave", "series", "barrage", "squadron"})


def _own_agent(trig, party_at):
    """The token naming the trigger noun's own doer, or None: "Russia's war", "DPRK troops", "Japan and
    Australia's signing", "Houthi attacks", "the deployment of thousands of DPRK troops" (``party_at(token)``:
    the token is in a state's or an organisation's name; "the Strategic Defense Agreement" names none)."""
    if trig.pos_ not in ("NOUN", "PROPN"):
        return None
    for c in trig.children:
        if c.dep_ in AGENT_DEPS and c.i < trig.i and party_at(c):
            return c
        # "the Quad Leaders' Summit", "the ASEAN Defence Ministers' Meeting": the body whose officials meet
        if c.dep_ in AGENT_DEPS and c.i < trig.i and ({c.lemma_.lower(), re.sub(r"s$", "", c.lower_)}
                                                      & set(party_rules()["group_bodies"])):
            body = next((g for g in c.children if g.dep_ in ("compound", "amod", "nmod") and party_at(g)), None)
            if body is not None:
                return body
    act = trig.head.head if trig.dep_ == "pobj" and trig.head.lower_ == "of" else None
    if act is not None and act.pos_ == "NOUN" and act.lemma_ in ACT_NOUNS:
        # "Japan and Australia's signing of the Reciprocal Access Agreement"
        agent = next((c for c in act.children if c.dep_ == "poss" and party_at(c)), None)
        if agent is not None:
            return agent
    # "by" names the doer ("attacks by Houthi rebels"); "of" only a force ("the deployment of DPRK troops",
    # not "the invasion of Ukraine" nor "a violation of Iraqi sovereignty")
    preps = [c for c in trig.children if c.dep_ == "prep" and c.lower_ in ("of", "by")]
    for prep in preps:
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if prep.lower_ == "by" and party_at(obj):
                return obj
            agent = next((c for c in obj.children if c.dep_ in AGENT_DEPS and party_at(c)), None)
            if agent is not None and (prep.lower_ == "by" or obj.lemma_ in FORCE_NOUNS):
                return agent
            if obj.like_num or obj.lemma_ in QUANTITY_NOUNS:  # "of thousands of DPRK troops"
                preps += [c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"]
    return None


def _supplier(tok, etype: str) -> bool:
    """Whether a state's name on a company is the state that supplies: "Turkish defense companies supplied
    drones to Kenya", "bought frigates from South Korean shipyards" (a cooperation; in other facts a company is
    no state: :func:`_names_another`)."""
    if etype != "cooperation" or tok is None or tok.dep_ not in ("amod", "compound", "nmod"):
        return False
    head = tok.head
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    return head.lemma_.lower() in party_rules()["supplier_heads"]
