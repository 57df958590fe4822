"""Relations stage: who belongs to what, when the text states it.

``member_of`` and ``observer_of`` (country → organisation) from patterns over the
sentence and its entity mentions:

* "Its members are Türkiye, Azerbaijan, ... while Hungary ... have observer status"
  ("its" / "the bloc's" is the organisation named last before);
* "Azerbaijan is a member of the Non-Aligned Movement", "X joined NATO",
  "X became a full member of ...", "X, a member of ...";
* "NATO member Türkiye", "OTS member states Kazakhstan and ...";
* "Hungary has observer status at the OTS", "X is an observer state in ...".

A negated statement ("is not a member", "has yet to join") states no relation.
``leader_of`` / ``official_of`` come from people's titles (:mod:`pactwatch.entities`).
"""
from __future__ import annotations

import re

from .model import CleanDocument, EntityAnalysis, Evidence, Mention, Relation

NEG = re.compile(r"\b(?:not|never|no longer|yet to|refus\w*|declin\w*|withdr[ae]w\w*|left|quit|suspend\w*|"
                 r"expel\w*|exit\w*|leav\w*)\b", re.I)
_MEMBERS_ARE = re.compile(
    r"\b(?P<who>its|their|the (?:organi[sz]ation|bloc|alliance|group|union|council)['’]s)\s+(?:full\s+|founding\s+|current\s+)?"
    r"members?(?:\s+states|\s+countries)?\s+(?:are|include|included|were|comprise|consist of)\b", re.I)
_OBSERVER = re.compile(r"\bobservers?\b(?:\s+status)?|\bobserver\s+(?:state|country|member)s?\b", re.I)
_MEMBER_OF = re.compile(
    r"\b(?:is|are|was|were|became|become|becomes|remains?|as)\s+(?:a|an|the)?\s*(?:full\s+|founding\s+|permanent\s+)?"
    r"(?P<rel>member|observer)(?:\s+(?:state|country|nation))?\s+(?:of|in|at|to)\b", re.I)
_APPOS_MEMBER = re.compile(r"^\s*,\s*(?:a|an)\s+(?:full\s+|founding\s+)?(?P<rel>member|observer)(?:\s+state|\s+country)?\s+(?:of|in|at)\b",
                           re.I)
_ARE_MEMBERS = re.compile(
    r"\b(?:are|were|became|become|remain)\s+(?:both\s+|all\s+|now\s+)?(?:full\s+|founding\s+)?(?P<rel>members|observers)"
    r"(?:\s+(?:states|countries|nations))?\s+(?:of|in|at|to)\s+", re.I)
_APPOS_ORG_MEMBER = re.compile(r"^\s*,\s*(?:a|an)\s+(?:full\s+|founding\s+)?$", re.I)
_FUNCTION_WORDS = frozenset({"in", "on", "at", "as", "and", "after", "before", "last", "this", "since", "with", "for",
                             "to", "the", "a", "an", "its", "when", "which", "while", "but", "or", "by", "from", "early", "late", "earlier", "later", "together", "alongside", "back", "officially"})
_JOINED = re.compile(r"\b(?:joined|has joined|accede[ds]? to|acceded to)\s*$", re.I)
_ORG_MEMBER = re.compile(r"^\s*(?:full\s+)?members?(?:\s+(?:states?|countries|country|nations?))?\s+(?:such as\s+|including\s+)?$",
                         re.I)


def _kind(m: Mention) -> str:
    return m.entity_id.split(":", 1)[0]


def extract_relations(sdoc, cleaned: CleanDocument, ents: EntityAnalysis) -> tuple[Relation, ...]:
    """Membership and observer relations stated in the document."""
    text = cleaned.text
    out: list[Relation] = []
    last_org: str | None = None

    def add(subj: str, rel: str, obj: str, ev: Evidence) -> None:
        if subj != obj and not any(r.subject == subj and r.object == obj and r.relation == rel for r in out):
            out.append(Relation(subj, rel, obj, ev))

    for sent in sdoc.sents:
        s0, s1 = sent.start_char, sent.end_char
        stext = text[s0:s1]
        ev = Evidence(stext, s0, s1)
        ms = ents.mentions_in(s0, s1)
        orgs = [m for m in ms if _kind(m) == "org"]

        # "Its members are A, B and C, while D and E have observer status."
        m = _MEMBERS_ARE.search(stext)
        if m and not NEG.search(stext[: m.start()][-20:]):
            org = last_org if m.group("who").lower() in ("its", "their") or not orgs else orgs[0].entity_id
            org = _org_before(ms, s0 + m.start()) or org
            if org:
                obs = _OBSERVER.search(stext, m.end())
                split = s0 + (obs.start() if obs else len(stext))
                # the observers are the countries in the clause that names observer status
                # the observers are the countries in the clause that names observer status
                clause_start = s1
                if obs:
                    k = _last_word(stext, ("while", "whereas", ";", "but", "with"), m.end(), obs.start())
                    if k < 0:
                        before_obs = [x for x in ms if _kind(x) == "country" and s0 + m.end() <= x.start < split]
                        k = (before_obs[-1].start - s0) if before_obs else obs.start()
                        k = stext.rfind(",", m.end(), k)
                    clause_start = s0 + (k if k >= 0 else obs.start())
                for x in ms:
                    if _kind(x) != "country" or x.start < s0 + m.end():
                        continue
                    if obs and x.start >= clause_start and x.end <= split:
                        add(x.entity_id, "observer_of", org, ev)
                    elif x.end <= clause_start:
                        add(x.entity_id, "member_of", org, ev)

        # "Vietnam, Thailand and Indonesia are members of ASEAN"
        for am in _ARE_MEMBERS.finditer(stext):
            pos = s0 + am.end()
            target = next((o for o in orgs if o.start >= pos and o.start - pos <= 8), None)
            if target is None:
                continue
            subjects = _list_before(text, ms, s0 + am.start())
            if subjects and not NEG.search(text[subjects[-1].end:s0 + am.start()]):
                rel = "observer_of" if am.group("rel").lower() == "observers" else "member_of"
                for x in subjects:
                    add(x.entity_id, rel, target.entity_id, ev)

        for x in ms:
            if _kind(x) != "country":
                continue
            after = text[x.end:s1]
            # "Poland, a NATO member since 1999"
            for o in orgs:
                if o.start > x.end and _APPOS_ORG_MEMBER.match(text[x.end:o.start]) and re.match(
                        r"\s+member\b", text[o.end:o.end + 12]):
                    add(x.entity_id, "member_of", o.entity_id, ev)
            # "Azerbaijan is a member of the Non-Aligned Movement"
            mm = _MEMBER_OF.match(after.lstrip()) or _APPOS_MEMBER.match(after)
            if mm:
                lead = len(after) - len(after.lstrip()) if _MEMBER_OF.match(after.lstrip()) else 0
                pos = x.end + lead + mm.end()
                target = next((o for o in orgs if o.start >= pos and o.start - pos <= 20), None)
                if target and not NEG.search(text[x.end:target.start]):
                    rel = "observer_of" if mm.group("rel").lower() == "observer" else "member_of"
                    add(x.entity_id, rel, target.entity_id, ev)
                    continue
            # "X joined NATO": country then verb then org
            for o in orgs:
                gap = text[x.end:o.start]
                nxt = re.match(r"\s+([a-z]+)", text[o.end:o.end + 20])
                if nxt and nxt.group(1) not in _FUNCTION_WORDS:
                    continue  # "joined the NATO exercise": the organisation only names the exercise
                if (o.start > x.end and len(gap) <= 30 and _JOINED.search(re.sub(r"\bthe\s*$", "", gap.strip()))
                        and not NEG.search(gap)):
                    add(x.entity_id, "member_of", o.entity_id, ev)
            # "NATO member Türkiye", "OTS member states Kazakhstan and ..."
            for o in orgs:
                if o.end <= x.start and x.start - o.end <= 40:
                    gap = text[o.end:x.start]
                    if _ORG_MEMBER.match(gap) or (re.match(r"^\s*(?:full\s+)?members?(?:\s+states?|\s+countries)?\s+", gap)
                                                  and re.fullmatch(r"[\w\s,]*(?:and\s+)?", gap)):
                        add(x.entity_id, "member_of", o.entity_id, ev)
            # "Hungary ... has observer status at/in ORG"
            ob = re.match(r"^\s*(?:has|have|holds?|enjoys?|was granted|received|obtained|got)\s+(?:an?\s+)?observer\s+status\s+"
                          r"(?:at|in|with|of)\s+", after, re.I)
            if ob:
                target = next((o for o in orgs if o.start >= x.end + ob.end() and o.start - x.end - ob.end() <= 8), None)
                if target:
                    add(x.entity_id, "observer_of", target.entity_id, ev)
        if orgs:
            last_org = orgs[-1].entity_id
    return tuple(out)


def _list_before(text: str, ms: list[Mention], pos: int) -> list[Mention]:
    """The countries of a list ending just before ``pos`` ("Vietnam, Thailand and Indonesia are ...")."""
    out: list[Mention] = []
    end = pos
    for m in sorted((m for m in ms if m.end <= pos), key=lambda m: m.start, reverse=True):
        gap = text[m.end:end]
        if not re.fullmatch(r"\s*(?:,|,?\s*and|,?\s*or)?\s*(?:both\s+|all\s+)?", gap):
            break
        if _kind(m) == "country":
            out.append(m)
        end = m.start
    return list(reversed(out))


def _org_before(ms: list[Mention], pos: int) -> str | None:
    """An organisation named in the same sentence just before a "members are" phrase."""
    cands = [m for m in ms if _kind(m) == "org" and m.end <= pos and pos - m.end < 5]
    return cands[-1].entity_id if cands else None


def _last_word(s: str, words: tuple[str, ...], lo: int, hi: int) -> int:
    best = -1
    if hi <= lo:
        return best
    for w in words:
        for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", s[lo:hi]):
            best = max(best, lo + m.start())
    return best
