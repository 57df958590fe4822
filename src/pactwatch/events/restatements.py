"""Restatements: a headline, a subheading, a summary line that is no sentence or a summary bullet retells a fact the
body tells, and its event goes (:func:`_drop_headline_repeats`); a fact sheet's paragraph opens with a heading of its
own (:func:`heading_end`). Two mentions tell the same fact only at a time that can be the same (:func:`_same_time`)
and when neither is told as another occurrence ("the next summit": :func:`_marked_other`)."""
from __future__ import annotations

import re

from ..model import CleanDocument, Event
from ..quotes import CUE_VERBS

# a line of this many words or fewer, that does not end as a sentence, is a headline or a subheading
HEADING_WORDS = 25
OPENING_QUOTES = "\"\u201c\u2018'"
ENDINGS = (".", "!", "?", ":", ".\"", ".\u201d", "!\u201d", "?\u201d", ".'", ".\u2019")


def _heading_line(sentence: str) -> bool:
    """A headline, subheading or summary line that is no sentence ("Chile, Peru sign defence pact", "Drills to start
    in May"): it opens as a sentence but does not end as one, and it is short."""
    text = sentence.strip()
    first = text.lstrip(OPENING_QUOTES)[:1]
    return bool(first) and (first.isupper() or first.isdigit()) and not text.endswith(ENDINGS) \
        and len(text.split()) <= HEADING_WORDS


BULLET = re.compile(r"\s*[-•●▪*]\s+(\S+)")


def _summary_bullet(sentence: str) -> bool:
    """A bulleted line of a summary ("- Estonia and Finland signed a memorandum on coastal defence."), not a fact
    sheet's item led by a gerund ("- Deploying a frigate to Norway."): it restates what the body tells."""
    m = BULLET.match(sentence)
    return m is not None and not m.group(1).lower().endswith("ing")


# a heading that opens a fact sheet's paragraph ("DEEPENING DEFENSE COOPERATION: Australia committed ...",
# "Launching the U.S.-Singapore Climate Partnership: The United States and Singapore will ..."); not a speaker's
# words ("The minister said: The ...")
HEADING = re.compile(r"[A-Z](?:[^:;!?\"“”()\n.]|\.(?=\S)){2,100}:\s+[A-Z]")
SAYING = re.compile(rf"\b(?:{CUE_VERBS})\b", re.IGNORECASE)


def heading_end(sentence: str) -> int:
    """The offset of the colon closing a heading that opens ``sentence`` (a fact sheet's "DEEPENING DEFENSE
    COOPERATION: Australia committed ...", "Launching the U.S.-Singapore Climate Partnership: The United States and
    Singapore will ..."), or -1: two to fourteen words before it, no verb of saying ("The minister said: The ..."),
    not one word ("Kenya: ...", a dateline). The one heading recogniser of the events stage (see also
    :func:`.nesting._heading_end`)."""
    m = HEADING.match(sentence)
    if m is None:
        return -1
    heading = sentence[:m.end()]
    if not 2 <= len(heading.split()) - 1 <= 14 or SAYING.search(heading) is not None:
        return -1
    return heading.rindex(":")


CLOSING_QUOTES = "\"\u201d\u2019'"
# the first word of a direct question ("Will Spain send more troops?", "Q: Is Kazakhstan ready to join ...?")
INTERROGATIVES = frozenset({"will", "would", "is", "are", "was", "were", "do", "does", "did", "can", "could", "should",
                            "shall", "has", "have", "had", "may", "might", "must", "what", "why", "how", "when",
                            "where", "who", "whom", "which", "whose"})
QUESTION_LABEL = re.compile(r"^\s*(?:Q|Question|Interviewer|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})\s*[:.]\s+")


def _asked(ev: Event) -> bool:
    """The event's sentence is a direct question ("Will Spain send more troops to Latvia?", "Q: Is Kazakhstan ready to
    join a military alliance?"): an interviewer's question, which restates what the answer tells."""
    if ev.evidence is None:
        return False
    sentence = QUESTION_LABEL.sub("", ev.evidence.sentence.strip(), count=1).lstrip(OPENING_QUOTES)
    first = sentence.split(maxsplit=1)[0].lower() if sentence else ""
    return first in INTERROGATIVES and sentence.rstrip(CLOSING_QUOTES).endswith("?")


def _drop_headline_repeats(events: list[Event], clean: CleanDocument) -> list[Event]:
    """A headline restates the lead: its events count only when the body does not report that type (at a time that can
    be its own, not only as another occurrence: "the next drills" is not the drills the headline tells). A subheading, a
    summary line that is no sentence, a summary bullet or a standfirst (:func:`_standfirst`) restates the story's facts
    the same way: its event goes when
    a sentence of the body reports one of its type with one of its parties, at a time that can be its own and not as
    another occurrence ("the next summit" is not the summit held); not when it is the only one to tell it. An
    interviewer's question restates the answer's fact the same way (:func:`_asked`)."""
    title = (clean.title or "").strip()
    is_title = [bool(title) and ev.evidence is not None and ev.evidence.clean_start < len(title) and
                ev.evidence.sentence.strip() in title for ev in events]
    heading = [not t and ev.evidence is not None and (_heading_line(ev.evidence.sentence)
                                                      or _summary_bullet(ev.evidence.sentence))
               for ev, t in zip(events, is_title, strict=True)]
    standfirst = [not (t or h) and _standfirst(ev, clean) for ev, t, h in zip(events, is_title, heading, strict=True)]
    heading = [h or f for h, f in zip(heading, standfirst, strict=True)]
    asked = [not (t or h) and _asked(ev) for ev, t, h in zip(events, is_title, heading, strict=True)]
    body = [ev for ev, t, h, q in zip(events, is_title, heading, asked, strict=True) if not (t or h or q)]

    def told_in_body(ev: Event, parties: bool = True, same: bool = False, status: bool = False) -> bool:
        parts = set(ev.actors) | set(ev.targets)
        return any(b.type == ev.type and (not status or b.status == ev.status)
                   and (not parties or parts & (bparts := set(b.actors) | set(b.targets)))
                   and (not same or (parts <= bparts or bparts <= parts)
                        and (ev.status != "occurred" or b.status == "occurred"))
                   and _same_time(b.when, ev.when)
                   and _marked_other(b) == _marked_other(ev) for b in body)  # not the next summit for the last one

    # the headline's event goes when the body reports one of its type, whoever it names ("Kyiv" in the headline,
    # "Ukrainian officials" in the lead), unless the body only tells another occurrence ("the next drills") or another
    # time; a standfirst's when the body tells it with the same status ("not an alliance" above "the bloc"); a question's
    # when the answer tells it among the same parties (one within the other), unless the question
    # tells what took place and the answer what is to come ("Your troops went to X in 2022. Will more go?": two facts)
    return [ev for ev, t, h, q, f in zip(events, is_title, heading, asked, standfirst, strict=True)
            if not (t and told_in_body(ev, parties=False)) and not (h and told_in_body(ev, status=f))
            and not (q and told_in_body(ev, same=True))]


def _standfirst(ev: Event, clean: CleanDocument) -> bool:
    """The event's sentence is in a standfirst: the paragraph right under the headline, before the byline or date lines
    the cleaner took out ("Chile and Peru leaders meet" / "The presidents of Chile and Peru met in Lima and agreed to
    hold drills." / "By Ana Ruiz" / "3 March 2026" / "LIMA - ..."): a summary of what the body tells."""
    if ev.evidence is None or not clean.title:
        return False
    header = [start for why, start, _end in clean.removed if why == "header"]
    start = ev.evidence.clean_start
    return bool(header) and start >= len(clean.title) and "\n\n" not in clean.text[len(clean.title):start] \
        and clean.offsets.to_original(ev.evidence.clean_start + len(ev.evidence.sentence.rstrip()) - 1) < min(header)


def _same_time(a: str | None, b: str | None) -> bool:
    """Whether two dates (YYYY, YYYY-MM or YYYY-MM-DD) can be the same day: unknown, or one within the other."""
    return not a or not b or a.startswith(b) or b.startswith(a)


# determiners that point back to something told ("the drills", "this agreement"); merging's REFERRING_DETS adds "such"
DEFINITE_DETS = frozenset({"the", "this", "these", "that", "those"})
# the words of merging.OTHER_WORDS that tell another occurrence within one sentence ("held the summit ... the next summit")
ANOTHER_WORDS = frozenset({"next", "another", "second", "third", "previous", "upcoming", "subsequent", "separate",
                           "earlier", "prior"})
# "the last summit" is the one before; "last week's talks", "last year's drills" date the one told
LAST_WORDS = frozenset({"last", "past"})
TIME_UNITS = frozenset({"week", "month", "year", "weekend", "night", "day", "time", "season", "spring", "summer",
                        "autumn", "fall", "winter", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                        "sunday"})
_WORDS = re.compile(r"[\w’'.-]+")


def trigger_at(ev: Event) -> tuple[str, int] | None:
    """The event's sentence and the offset of its trigger's first occurrence there, or None when the sentence does not
    hold the trigger."""
    if ev.evidence is None or not ev.trigger:
        return None
    sentence = ev.evidence.sentence
    at = sentence.find(ev.trigger)
    return (sentence, at) if at >= 0 else None


def trigger_words(ev: Event) -> tuple[list[str], list[str]] | None:
    """The words of the event's sentence before its trigger and after it (the trigger's first occurrence), or None
    when the sentence does not hold the trigger."""
    found = trigger_at(ev)
    if found is None:
        return None
    sentence, at = found
    return _WORDS.findall(sentence[:at]), _WORDS.findall(sentence[at + len(ev.trigger):])


# the words of :data:`ANOTHER_WORDS` that place another occurrence before or after the one told ("the previous joint
# exercise", "the next summit"); not "a second joint sail", "held separate talks" (the one told, numbered or set apart)
BEFORE_AFTER_WORDS = frozenset({"next", "previous", "upcoming", "subsequent", "earlier", "prior"})


def _marked_before_or_after(ev: Event) -> bool:
    """The trigger is told as an occurrence before or after another of its kind: "the previous joint exercise", "an
    earlier round of talks", "the next summit", "the last summit" (not "last week's talks", nor "a second sail")."""
    return _marked_other(ev, BEFORE_AFTER_WORDS)


def _marked_other(ev: Event, words: frozenset[str] = ANOTHER_WORDS) -> bool:
    """The trigger is told as another occurrence of its kind: "the next summit", "another round of talks", "a second
    consultative meeting", "an earlier joint exercise", "the last summit" (one of ``words``, by default
    :data:`ANOTHER_WORDS`, or of :data:`LAST_WORDS` among the two before it; not "new initiatives to support", nor
    "last week's talks")."""
    around = trigger_words(ev)
    if around is None:
        return False
    before = [w.lower() for w in around[0][-2:]]
    if any(w in words for w in before):
        return True
    following = before[1:] + [around[1][0].lower() if around[1] else ""]  # the word after each of the two
    return any(w in LAST_WORDS and following[k].removesuffix("'s").removesuffix("’s") not in TIME_UNITS
               for k, w in enumerate(before))
