"""One event per fact, session 12: a request told again in another sentence asking for the same thing is the request
told; a claim detailed in the next sentence by its claimant ("He accused ...") is the claim told; an exercise, summit
or agreement told as an occurrence before or after another ("the previous joint exercise", "an earlier joint exercise",
"the last summit") is not the one the article reports.

Sentences are written for these tests in several outlets' styles (wire, ministry release, broadsheet, regional), with
other states and words than any gold."""
from __future__ import annotations

import pytest
from helpers import events_of

from pactwatch.events.distinct_facts import _detailed_next
from pactwatch.model import Event, Evidence


@pytest.mark.parametrize("text, etype, count", [
    # wire: a lead, then the body with the speaker and the day: one request
    ("Ghana asked France to help Accra train border guards and to supply patrol boats for the gulf. Ghanaian President "
     "John Mahama asked France on Tuesday to help train border guards in the north and to supply patrol boats, his "
     "office said.", "request", 1),
    # regional
    ("Mongolia has asked Japan to fund new radar stations along the border. On Friday, Mongolian Defence Minister "
     "Saikhanbileg asked Japan in Tokyo to fund the radar stations, the ministry said.", "request", 1),
    # broadsheet: two calls for two things
    ("Chile asked Peru to reopen the border crossing at Tacna. Chilean President Boric also asked Peru on Monday to "
     "extradite two fugitives, his office said.", "request", 2),
    # wire: a claim, then what it was
    ("Malaysia's prime minister used his speech to condemn Myanmar. He accused Myanmar of bombing villages near the "
     "border and of ignoring the peace plan.", "threat", 1),
    # regional
    ("President Ruto also took the opportunity to denounce Sudan. He accused Sudan of arming militias on the "
     "frontier, the statement said.", "threat", 1),
    # regional: this year's drill and the one before it
    ("Kazakhstan and Kyrgyzstan began this year's joint drill near Osh on Monday. The previous joint exercise of the "
     "two armies took place in 2024 in the Almaty region.", "exercise", 2),
    ("The navies of Chile and Argentina held a joint exercise off Ushuaia on Monday. An earlier joint exercise of the "
     "two navies was held near Valparaiso.", "exercise", 2),
    # broadsheet
    ("The leaders of Ghana and Togo held a summit in Lome on Friday. At the last summit of the two leaders, in Accra, "
     "they agreed to hold joint patrols.", "meeting", 2),
    # a day's meeting told again: "last week's" is when, not another occurrence
    ("The defence ministers of Peru and Ecuador met in Quito last week. Last week's talks in Quito focused on border "
     "patrols, the ministry said.", "meeting", 1),
])
def test_facts_told_once_or_twice(text, etype, count):
    events = events_of(text, etype)
    assert len(events) == count, events


def _told(sentence: str, start: int, trigger: str, actors=("country:MYS",), asserted_by=None) -> Event:
    return Event(type="threat", status="occurred", actors=actors, targets=("country:MMR",), asserted_by=asserted_by,
                 trigger=trigger, evidence=Evidence(sentence, start, start + len(sentence)))


FIRST = "The prime minister used his speech to condemn Myanmar."


def test_the_next_sentence_of_the_claimant_details_the_claim():
    detail = _told("He accused Myanmar of bombing villages.", 55, "accused", asserted_by="person:anwar")
    assert _detailed_next(_told(FIRST, 0, "condemn"), detail)


@pytest.mark.parametrize("sentence, start, actors", [
    ("He also accused Myanmar of ignoring the peace plan.", 55, ("country:MYS",)),  # another act
    ("He accused Myanmar of bombing villages.", 300, ("country:MYS",)),  # not the next sentence
    ("Thailand accused Myanmar of bombing villages.", 55, ("country:MYS",)),  # no pronoun for the claimant
    ("He accused Myanmar of bombing villages.", 55, ("country:THA",)),  # another claimant
])
def test_other_sentences_do_not_detail_the_claim(sentence, start, actors):
    assert not _detailed_next(_told(FIRST, 0, "condemn"), _told(sentence, start, "accused", actors=actors))
