"""Merging, second stage: whether two events of one type are different facts. An event is merged with an earlier one
of its type unless these predicates tell them apart (another agreement named, another object, an opposite or other
act, a listed item, a meeting told apart by its name); :func:`_different_facts` is the one :mod:`.merging` asks."""
from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import NamedTuple

from ..model import Event
from .clauses import own_subjects
from .folding import (
    LISTED_TYPES,
    OTHER_WORDS,
    REFERRING_DETS,
    RELATIONSHIP_WORDS,
    SETTLED_TYPES,
    _bare_definite,
    _distinct_meetings,
    _stem,
)
from .lexicon import agreement_nouns, load_lexicon
from .restatements import (
    _WORDS,
    OPENING_QUOTES,
    _marked_before_or_after,
    _marked_other,
    _same_time,
    heading_end,
    trigger_words,
)


def _listed(ev: Event, items: frozenset[int]) -> bool:
    """The event's sentence is one line of a list of facts: a line led by a gerund without a subject ("Stationing two
    squadrons in ...": ``items`` holds their offsets) or the first sentence under a heading of its own."""
    if ev.evidence is None:
        return False
    return ev.evidence.clean_start in items or heading_end(ev.evidence.sentence) >= 0


# objects that name no thing of their own ("cooperate on matters of ...", "in a range of areas"): no other fact
VAGUE_OBJECTS = frozenset({"area", "matter", "range", "field", "issue", "way", "effort", "part", "level", "aspect",
                           "kind", "type", "sector", "domain", "format", "direction", "thing", "step", "lot"})
# words that count what is supplied ("$1.2 billion in vehicles", "hundreds of thousands of troops")
QUANTITIES = frozenset({"hundred", "thousand", "million", "billion", "trillion", "dozen", "number", "package"})
OBJECT_PREPS = frozenset({"of", "on", "in"})
OBJECT_TYPES = frozenset({"cooperation"})  # deployments too: tried, seeds events P .900 -> .844


def object_head(trigger) -> str | None:
    """The lemma of what a cooperation trigger (a spaCy token) supplies or bears on: its common-noun object ("providing an
    S-300 system", "purchase tanks"), else the noun after "of", "on" or "in" ("the transfer of helicopters",
    "cooperation on space"); a relative pronoun stands for the noun it qualifies ("the systems that we delivered"), a
    quantity for what it counts ("$1.2 billion in vehicles"). None when there is none, or a vague one ("matters")."""
    obj = next((c for c in trigger.children if c.dep_ == "dobj"), None)
    if obj is None and trigger.dep_ == "acl" and trigger.tag_ == "VBN":
        obj = trigger.head  # "the howitzers delivered by Korea"
    if obj is None:
        prep = next((c for c in trigger.children if c.dep_ == "prep" and c.lower_ in OBJECT_PREPS), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is not None and obj.tag_ in ("WDT", "WP") and trigger.dep_ == "relcl":
        obj = trigger.head
    for _ in range(2):  # "$1.2 billion in vehicles", "hundreds of thousands of troops"
        if obj is None or not (obj.like_num or obj.lemma_.lower() in QUANTITIES or obj.tag_ == "$"):
            break
        prep = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ in OBJECT_PREPS), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is not None and obj.pos_ == "PROPN" and obj.ent_type_ in ("", "PRODUCT") and any(ch.isdigit() for ch in obj.text):
        return obj.lower_  # a model's name: "buying F-35s", "ordered K2s"
    if obj is None or obj.pos_ != "NOUN" or obj.lemma_.lower() in VAGUE_OBJECTS | QUANTITIES:
        return None
    return obj.lemma_.lower()


# speech acts made anew each time they are told with a verb of their own
REPEATED_TYPES = frozenset({"request"})  # not threats: tried, ECB+ events/article .234 -> .240


# words of any request's content, that tell none from another ("to deploy more batteries before the winter")
CONTENT_STOPWORDS = frozenset({"additional", "more", "further", "before", "after", "their", "there", "with", "from",
                               "that", "this", "these", "those", "would", "will", "also", "other", "some", "such", "than",
                               "them", "they", "into", "onto", "over", "without", "delay", "possible", "soon", "said",
                               "told", "immediately", "urgently", "both", "each", "sides", "country", "countries"})
CONTENT_WORDS = 12  # words after the trigger in which what a request asks for is read


def _asked_for(ev: Event, window: int = CONTENT_WORDS) -> frozenset[str]:
    """The lower-case content words (four letters or more) of what a request asks for: the ``window`` words after its
    trigger."""
    around = trigger_words(ev)
    if around is None:
        return frozenset()
    words = around[1][:window]
    return frozenset(w.lower().strip(".'’") for w in words if w.isalpha() and w.islower() and len(w) >= 4) \
        - CONTENT_STOPWORDS


def _quotation(ev: Event) -> bool:
    return ev.evidence is not None and ev.evidence.sentence.lstrip()[:1] in OPENING_QUOTES


# facts a speaker's quotation retells in his own words, whoever the outlet says claims the narrated one (requests only
# when they ask for the same thing: :func:`_quoted_again`)
QUOTED_TYPES = frozenset({"deployment", "cooperation", "threat"})


def _quoted_again(old: Event, ev: Event) -> bool:
    """A request told once by the outlet and once in the asker's quoted words, asking for the same thing (a content
    word in common): "Lithuania has asked Germany to station additional Patriot batteries" and "'We have asked Berlin
    to deploy more Patriot batteries,' the minister said" are one request; "called for restraint" and "'We call for
    an end to the shelling'" two."""
    return _quotation(old) != _quotation(ev) and bool(_asked_for(old) & _asked_for(ev))


# words after a request's trigger in which what it asks for is read to tell it asked again ("asked the United States
# on Thursday to press Israel to stop its attacks and to withdraw ...": the day and the place come between), and the
# content words two tellings share to be one request
ASKED_AGAIN_WORDS = 20
ASKED_AGAIN_SHARED = 2


def _asked_again(old: Event, ev: Event) -> bool:
    """A request told in another sentence, by the same asker of the same addressee, asking for the same thing (two
    content words of what it asks for in common): "Ghana asked France to supply patrol boats and train guards" and
    "President Mahama asked France on Tuesday to train border guards and supply patrol boats" are one request; "asked
    Peru to reopen the border" and "asked Peru to extradite two fugitives" two."""
    if set(old.actors) != set(ev.actors) or set(old.targets) != set(ev.targets) or not ev.actors:
        return False
    return len(_asked_for(old, ASKED_AGAIN_WORDS) & _asked_for(ev, ASKED_AGAIN_WORDS)) >= ASKED_AGAIN_SHARED


# the pronouns by which the next sentence goes on with the claimant ("He accused Israel of ..."); words by which it
# tells another act ("He also threatened ...")
CLAIMANT_PRONOUNS = frozenset({"he", "she", "they"})
ANOTHER_ACT_WORDS = frozenset({"also", "again", "further", "later", "then", "too", "separately", "additionally"})
NEXT_SENTENCE_GAP = 3  # characters between two sentences told one after the other


def _detailed_next(old: Event, ev: Event) -> bool:
    """A claim told again in the very next sentence, its subject a pronoun standing for the claimant, against the same
    targets: what the claim was ("Erdogan used his speech to denounce Israel. He accused Israel of ..."); not when that
    sentence tells another act ("He also accused ...")."""
    if old.evidence is None or ev.evidence is None or set(old.actors) != set(ev.actors) \
            or set(old.targets) != set(ev.targets) or not ev.targets:
        return False
    if not 0 <= ev.evidence.clean_start - old.evidence.clean_end <= NEXT_SENTENCE_GAP:
        return False
    around = trigger_words(ev)
    if around is None or not around[0] or around[0][0].lower() not in CLAIMANT_PRONOUNS:
        return False
    return not any(w.lower() in ANOTHER_ACT_WORDS for w in around[0])


def _object_of(ev: Event, objects: Mapping[tuple[int, str], str]) -> str | None:
    return objects.get((ev.evidence.clean_start, ev.trigger)) if ev.evidence is not None else None


# one agreement noun in one form ("an MOU", "the memorandum"); the generic ones name any agreement again ("signed a
# treaty ..." then "the deal", "the pact"); "article" names a part of one, not the agreement told
AGREEMENT_FORMS = {"mou": "memorandum", "moa": "memorandum", "memoranda": "memorandum", "memorandums": "memorandum",
                   "treaties": "treaty", "map": "roadmap"}
# words of any agreement's description, that tell none from another ("a bilateral MOU", "a new agreement on ...")
DESCRIPTION_STOPWORDS = frozenset({"bilateral", "trilateral", "multilateral", "joint", "new", "landmark", "historic",
                                   "formal", "same", "the", "and", "of", "cooperation", "co", "operation"})
INDEFINITE_DETS = frozenset({"a", "an", "any", "some", "each", "every", "no"})
GENERIC_AGREEMENTS = frozenset({"agreement", "deal", "pact", "accord", "document", "arrangement"})
PARTS_OF_AGREEMENTS = frozenset({"article", "articles"})
AGREEMENT_WINDOW = 8  # words after a signing verb in which its agreement noun is looked for ("signed a defence treaty")


@functools.lru_cache(maxsize=1)
def _agreement_words() -> frozenset[str]:
    nouns = {w.split()[0] for w in load_lexicon().triggers["agreement"].get("nouns", [])}
    return frozenset(nouns | agreement_nouns()) - PARTS_OF_AGREEMENTS


class Told(NamedTuple):
    """How an agreement event tells its agreement: the noun in one form, whether it is a bare definite mention of one
    already told, and the words that describe it ("customs", "river navigation": before the noun or in an "on" or
    "for" phrase after it)."""
    noun: str
    again: bool
    words: frozenset[str]


def _agreement_noun(ev: Event) -> Told | None:
    """How ``ev`` tells its agreement (:class:`Told`). Its noun is the trigger, else the agreement noun nearest its
    verb, after it ("signed a defence cooperation treaty" is a treaty) or, for a passive, before it ("The Access
    Agreement was signed"). A bare definite mention is "the treaty", "this agreement", "the same deal"; not "the new
    treaty", "the Paris agreement", "the agreement between A and B", "a treaty"."""
    if ev.evidence is None or not ev.trigger:
        return None
    return _told_by(ev.evidence.sentence, ev.trigger)


@functools.lru_cache(maxsize=4096)
def _told_by(sentence: str, trigger: str) -> Told | None:
    at = sentence.find(trigger)
    if at < 0:
        return None
    before = _WORDS.findall(sentence[:at])
    words = before + _WORDS.findall(sentence[at:])
    nouns = _agreement_words()
    after = range(len(before), min(len(words), len(before) + AGREEMENT_WINDOW))
    n = next((k for k in [*after, *range(len(before) - 1, max(-1, len(before) - AGREEMENT_WINDOW), -1)]
              if words[k].lower().strip(".") in nouns), None)
    if n is None:
        return None
    low = words[n].lower().strip(".")
    noun = AGREEMENT_FORMS.get(low, low)
    noun = noun[:-1] if noun.endswith("s") and noun[:-1] in nouns else noun
    following = words[n + 1].lower() if n + 1 < len(words) else ""
    start = len(before) + 1 if n > len(before) else 0  # "signed the treaty": from the verb on
    modifiers = words[max(start, n - 4):n]
    again = following not in ("of", "between", "among") and _definite_before(modifiers)
    return Told(noun, again, frozenset(_described(modifiers) + _described(words[n + 2:n + 5] if following in
                                                                         ("on", "for") else [])))


def _described(words: list[str]) -> list[str]:
    """The lower-case content words of a description, up to a determiner or a word that is not a plain lower-case word
    (a name, "the Reciprocal Access Agreement", is told apart by its agreement id)."""
    out: list[str] = []
    for word in reversed(words):
        low = word.lower()
        if low in REFERRING_DETS | INDEFINITE_DETS or not word.isalpha() or not word.islower():
            break
        out.append(low)
    return [w for w in out if w not in DESCRIPTION_STOPWORDS]


def _definite_before(words: list[str]) -> bool:
    """The words before a noun make it a bare definite mention: a referring determiner, with nothing but "same" or
    lower-case words of no other occurrence between ("the treaty", "the same agreement", "this landmark deal")."""
    for word in reversed(words):
        low = word.lower()
        if low in REFERRING_DETS:
            return True
        if low != "same" and (not word.isalpha() or word[0].isupper() or low in OTHER_WORDS | INDEFINITE_DETS):
            return False
    return False


def _agreement_key(ev: Event) -> str:
    """What tells one agreement of a fact sheet from another: its noun, else the word its trigger starts with."""
    told = _agreement_noun(ev)
    return told.noun if told else _stem(ev.trigger)


def _described_apart(old: Event, ev: Event) -> bool:
    """Two agreements described by other words ("a customs treaty", "a river navigation treaty")."""
    a, b = _agreement_noun(old), _agreement_noun(ev)
    return bool(a and b and a.words and b.words and not a.words & b.words)


# words between a coordinating "and" and the agreement noun it adds ("and a Strategic Framework", "and another
# defence accord")
COORDINATED_WORDS = 4
ADDING_DETS = frozenset({"a", "an", "another"})


def _coordinated_document(first: Event, second: Event) -> bool:
    """``second``'s trigger is an agreement noun added to ``first``'s by "and" and an indefinite determiner, another
    noun than ``first``'s ("signed an agreement on defence cooperation and a memorandum on cyber security", "signed a
    Joint Declaration ... and a Strategic Framework for AI"): another document. Not an apposition ("a pact, an
    agreement that commits ...") nor the same noun told twice."""
    if second.evidence is None or second.trigger.lower().split()[-1] not in _agreement_words():
        return False
    sentence = second.evidence.sentence
    at = sentence.find(second.trigger)
    told = _agreement_noun(first)
    if at < 0 or told is None or sentence.find(first.trigger) >= at:
        return False
    noun = second.trigger.lower().split()[-1]
    if AGREEMENT_FORMS.get(noun, noun).removesuffix("s") == told.noun:
        return False
    before = [w.lower() for w in _WORDS.findall(sentence[:at])][-COORDINATED_WORDS - 2:]
    return any(w == "and" and k + 1 < len(before) and before[k + 1] in ADDING_DETS for k, w in enumerate(before))


def _own_word(old: Event, ev: Event) -> bool:
    """One of two tellings is unsourced and the other is a party's own word about its act ("Rwanda will send 500
    soldiers to Mozambique, the Rwandan government said" and "The deployment of the Rwandan soldiers will start next
    week"): the same claim, not two sources."""
    sources = {old.asserted_by, ev.asserted_by}
    return None in sources and (sources - {None}) <= set(old.actors) & set(ev.actors)


def _names_again(old: Event, ev: Event) -> bool:
    """``ev`` names again the agreement ``old`` reported: a bare definite mention of its noun or of a generic one
    ("Chile and Peru signed a defence treaty." ... "The treaty commits ...", "the deal was hailed ...")."""
    told = _agreement_noun(ev)
    if told is None or not told.again:
        return False
    return told.noun in GENERIC_AGREEMENTS or told.noun == _agreement_key(old)


def _two_occurrences(a: Event, b: Event) -> bool:
    """Two triggers of one sentence, with their own statuses, that tell two occurrences of a kind: the same word twice
    ("held their summit ... the next summit will be held") or one told as another ("the next talks")."""
    return _stem(a.trigger) == _stem(b.trigger) or _marked_other(a) or _marked_other(b)


# facts of which an article tells several occurrences ("the previous joint exercise", "an earlier round of talks")
OCCURRENCE_TYPES = frozenset({"exercise", "meeting", "agreement"})


# claims one party makes against another: two in opposite directions are two claims ("A accused B ...; B blamed A")
DIRECTED_TYPES = frozenset({"threat"})


# the stems of threat triggers that are measures taken, not words said: an expulsion, sanctions, a recall, a ban
MEASURE_STEMS = ("expel", "sanct", "summo", "recal", "sever", "downg", "ban", "blackl", "desig", "embar",
                 "perso", "outla", "prosc", "close")


def _measure(ev: Event) -> bool:
    return ev.trigger.lower().startswith(MEASURE_STEMS)


def _other_act(a: Event, b: Event) -> bool:
    """Two claims of one claimant in two sentences, at least one a measure (:data:`MEASURE_STEMS`), told by other words:
    "Athens called the accord null and void" and "Athens expelled the Libyan ambassador", "Seoul sanctioned three
    firms" and "Seoul recalled its envoy" are two acts, whatever targets they share."""
    return not _same_sentence(a, b) and (_measure(a) or _measure(b)) and _stem(a.trigger) != _stem(b.trigger)


def _opposite(a: Event, b: Event) -> bool:
    """``b`` is made by ``a``'s target against ``a``'s actor, and none of ``a``'s actors makes it: the answer, not the
    claim told again ("Armenia accused Azerbaijan of shelling its posts; Azerbaijan blamed Armenian guards")."""
    return bool(set(a.actors) & set(b.targets) and set(a.targets) & set(b.actors) and not set(a.actors) & set(b.actors))


# verbs by which someone orders a fact done ("I have directed my Administration to provide ...", "the president ordered
# the army to deploy ..."): the order is a new decision, not the fact an earlier sentence reported done
ORDERING_VERBS = frozenset({"direct", "order", "instruct", "task", "authorize", "authorise", "mandate", "command"})
# what an order makes anew: things supplied, forces sent (not "directed their teams to enhance consultations": the
# meeting's follow-up)
ORDERED_TYPES = frozenset({"cooperation", "deployment"})
ORDER_WINDOW = 12  # words before a trigger in which the verb of its order is looked for


def _ordered(ev: Event) -> bool:
    """The trigger is what a verb of ordering asks done ("directed the Pentagon to continue to provide ...", "has
    instructed the navy to send two frigates", "orders troops to deploy"): an inflected ordering verb (not "the order
    to ...", which may name an order already told) among the words before it, then "to" between them."""
    around = trigger_words(ev)
    if around is None:
        return False
    before = [w.lower() for w in around[0][-ORDER_WINDOW:]]
    return any(_inflected(word) & ORDERING_VERBS and "to" in before[k + 1:] for k, word in enumerate(before))


def _inflected(word: str) -> set[str]:
    """The bases an inflected verb form may have ("directed": direct; "authorized": authorize; "orders": order)."""
    if word.endswith("ed"):
        return {word[:-2], word[:-1]}
    if word.endswith("ing"):
        return {word[:-3], word[:-3] + "e"}
    return {word[:-1]} if word.endswith("s") else set()


# acts with a direction: fire aimed at a state is not fire that state aimed at another (an exchange of fire, a
# retaliation: "North Korea fired artillery rounds at a loudspeaker in the South" and "the South retaliated by firing
# shells into the North" are two attacks, whoever tells them)
STRUCK_TYPES = frozenset({"conflict"})


def _struck_back(a: Event, b: Event) -> bool:
    """``b`` is aimed at one of ``a``'s attackers and at none of ``a``'s targets: the attack on the attacker, not
    the attack told again ("A shelled B" and "B fired shells into A"; "A shelled B" and "B's positions were hit"
    stay one). ``a`` must name its targets ("Russia's aggression" aims at nobody in particular)."""
    return bool(a.targets and set(a.actors) & set(b.targets)) and not set(a.targets) & set(b.targets)


def _same_sentence(a: Event, b: Event) -> bool:
    return a.evidence is not None and b.evidence is not None and a.evidence.clean_start == b.evidence.clean_start


# the words from which a sentence told again word for word is the same sentence (a liveblog's summary repeating an
# entry, a page's lead repeated below): a short line ("The talks ended.") may be two moments' news
REPEATED_WORDS = 8


def _told_twice(a: Event, b: Event) -> bool:
    """The same sentence, word for word, at two places of the article, with the same trigger and status: one fact told
    twice, not two requests or two signings."""
    return a.evidence is not None and b.evidence is not None and a.evidence.clean_start != b.evidence.clean_start and (
        a.trigger == b.trigger and a.status == b.status and a.evidence.sentence.strip() == b.evidence.sentence.strip()
        and len(a.evidence.sentence.split()) >= REPEATED_WORDS)


# relations that stand between their parties: the alliance in place and the clause of its text that says what the allies
# undertake ("undertook to assist each other if either is attacked", read as planned) are one alliance
STANDING_TYPES = frozenset({"alliance"})


def _clause_of_standing(old: Event, ev: Event) -> bool:
    """``old`` and ``ev`` tell, in two sentences, a standing relation once as in place and once as what its parties
    undertake ("Britain and Germany signed a treaty committing them to assist each other", then "the treaty contains a
    clause in which both sides promise to assist each other"): one relation, in place. A denial ("will not become
    allies") or a possibility stays its own fact."""
    return ev.type == old.type and ev.type in STANDING_TYPES and {old.status, ev.status} == {"occurred", "planned"} \
        and not _same_sentence(old, ev)


def _dated_again(old: Event, ev: Event) -> bool:
    """``ev`` names again the agreement ``old`` told, at another date, by its signing or by an act of ``old``'s own
    actors ("the Senate ratified the framework agreement with Türkiye" ... "The document was signed in Ankara on 14 May
    2025"): the text told, its history a date of it. Another state's own act on it ("Romania ratified the same
    agreement in September") is a fact of its own."""
    return ev.type == "agreement" and (set(ev.actors) <= set(old.actors) or ev.trigger.lower().startswith("sign"))


def _different_facts(old: Event, ev: Event, items: frozenset[int] = frozenset(),
                     objects: Mapping[tuple[int, str], str] | None = None, told_in: frozenset[int] = frozenset()) -> bool:
    """Whether ``ev`` tells another fact than ``old`` (a kept event), whatever their parties; ``items`` are the
    offsets of a fact sheet's subjectless lines (see :func:`_listed`), ``objects`` what the triggers supply or bear
    on (see :func:`object_head`), by (sentence offset, trigger); ``told_in`` the offsets of the other sentences
    that told ``old``."""
    if old.type != ev.type:
        return True
    if _told_twice(old, ev):
        return False  # "Opposition Leader X asked ..." in the lead and again in a summary: one request
    if _clause_of_standing(old, ev):
        return False  # "signed a treaty to assist each other", then "the treaty's clause ... promise to assist each other"
    if ev.type in DIRECTED_TYPES and (_opposite(old, ev) or _other_act(old, ev)):
        return True
    if ev.type in STRUCK_TYPES and (_struck_back(old, ev) or _struck_back(ev, old)):
        return True
    # two triggers of one type in one sentence ("commitment to expanding collaboration") are one fact
    same_sentence = _same_sentence(old, ev)
    # unless they stand in two clauses with subjects of their own ("Accra asked Lomé to ..., and Lomé urged Abuja to"),
    # told by other verbs ("Peru and Chile accused Bolivia ..., and Chile accused it of ...": one claim told again)
    if same_sentence and _stem(old.trigger) != _stem(ev.trigger) and own_subjects(old, ev):
        return True
    # a fact ordered in another sentence ("I have directed my Administration to continue to provide weapons to Ukraine")
    # is a new decision, not the delivery an earlier sentence reported ("has placed the highest priority on delivering
    # capabilities to Ukraine")
    if ev.type in ORDERED_TYPES and not same_sentence and _ordered(old) != _ordered(ev):
        return True
    if old.status != ev.status and (not same_sentence or "denied" in (old.status, ev.status)
                                    or _two_occurrences(old, ev)):
        # "denied attacking civilians in the strike on Kharkiv": the strike took place, the attack on
        # civilians is denied (two facts, one sentence); "held their summit and agreed that the next summit will be
        # held in Tashkent": two summits
        return True
    # who says it matters for claims; a summit that took place is one fact whoever mentions it
    # an agreement named again ("the treaty", "the deal") is the agreement told, whoever speaks of it
    again = ev.type == "agreement" and not same_sentence and _names_again(old, ev)
    # a request named again ("the request would be considered") or told again in quotation marks, asking for the same
    # thing, is the request told, whoever speaks of it
    again = again or (ev.type in REPEATED_TYPES and not same_sentence and (_bare_definite(ev) or _quoted_again(old, ev)
                                                                         or _asked_again(old, ev)))
    # a claim the next sentence details ("... to denounce Israel. He accused Israel of ..."), whoever the outlet says
    # claims it
    again = again or (ev.type in DIRECTED_TYPES and _detailed_next(old, ev))
    # a quotation that retells a narrated fact ("Germany has kept troops in Lithuania since 2017" and "'Our troops
    # will stay in Lithuania,' the minister said") is that fact in the speaker's words
    quoted = ev.type in QUOTED_TYPES and not same_sentence and _quotation(old) != _quotation(ev)
    # a delivery that took place is one fact whoever reports it ("Estonia took delivery of 12 howitzers from Korea" and
    # "the ministry said the howitzers delivered by Korea ...": the same thing supplied)
    delivered = ev.type in OBJECT_TYPES and old.status == ev.status == "occurred" and objects is not None and bool(
        objects) and (_object_of(old, objects) or "") == (_object_of(ev, objects) or None)
    if old.asserted_by != ev.asserted_by and not _own_word(old, ev) and not same_sentence and not again and not quoted and not delivered and not (
            ev.type in SETTLED_TYPES and ev.status == "occurred"):
        return True
    # cooperation in energy and trade is not the same fact as military cooperation
    if old.sectors and ev.sectors and not set(old.sectors) & set(ev.sectors) and not again and not delivered:
        return True
    # cooperation in a sector is another fact than sectorless cooperation told before it ("worked in close cooperation",
    # then "will support the UAE's security"), unless that names the relationship the later sentences detail ("met to
    # reaffirm the historic partnership")
    if ev.type == "cooperation" and ev.sectors and not old.sectors and not same_sentence and not delivered \
            and old.trigger.lower() not in RELATIONSHIP_WORDS:
        return True
    # a fact sheet's lines tell a fact each ("Stationing two squadrons in the United Kingdom." and "Stationing air
    # defense enablers in Germany."), and a heading opens a fact of its own
    if not same_sentence and not again and (_listed(old, items) or _listed(ev, items)):
        return True
    # a request made in another sentence is another request ("He called for restraint ...", "He called for an end
    # to ..."), unless it is told as the one already made ("the request", "these calls")
    # (or in a sentence that told it again: "Djibouti echoed the call, urging both neighbours to ...")
    if ev.type in REPEATED_TYPES and not same_sentence and not again and not (
            ev.evidence is not None and ev.evidence.clean_start in told_in):
        return True
    # cooperation that supplies or bears on another thing is another fact ("providing an S-300 system", "delivering
    # capabilities"; "purchase tanks", "purchase vehicles")
    if ev.type in OBJECT_TYPES and not same_sentence and objects:
        theirs, its = _object_of(old, objects), _object_of(ev, objects)
        if theirs and its and theirs != its:
            return True
    # "signed an agreement on defence and a memorandum on cyber security": two documents, one signing each
    if ev.type in LISTED_TYPES and same_sentence and (_coordinated_document(old, ev) or _coordinated_document(ev, old)):
        return True
    # "this year's drill" and then "the previous joint exercise", "the summit" and then "the last summit": two
    # occurrences (a later "the summit" after "the next summit" may be that one)
    if ev.type in OCCURRENCE_TYPES and _marked_before_or_after(ev) and not _marked_before_or_after(old):
        return True
    # the 2016 meeting is not the 2019 one, whatever its parties; but a text named again is that text when its signing or
    # its own parties' act dates the sentence (:func:`_dated_again`)
    if not _same_time(old.when, ev.when) and not (again and _dated_again(old, ev)):
        return True
    # two named agreements are two agreements
    if old.agreement and ev.agreement and old.agreement != ev.agreement:
        return True
    # a meeting with a name of its own ("the Bali meeting", "the Defense Policy Talks") is that meeting
    if ev.type == "meeting" and not same_sentence and _distinct_meetings(old, ev):
        return True
    # a fact sheet lists facts of one kind between the same parties: a repeat says the same noun ("an MOU", "the MOU";
    # "signed a treaty" and "the treaty") or names it again ("the deal")
    if ev.type in LISTED_TYPES and not same_sentence and not again and (
            _agreement_key(old) != _agreement_key(ev) or _described_apart(old, ev)):
        return True
    return False
