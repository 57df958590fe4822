"""One event per fact, and no fact lost to merging (issue 11, point 5): two accusations in opposite directions in one
sentence are two claims; a partnership with a mutual-defence clause is both the partnership and the alliance (GUIDE:
an alliance is a mutual-defence commitment; cooperation what no other type names), while cooperation told as being an
alliance ("we cooperate within a formal alliance") stays the alliance alone.

Sentences written for these tests, in the styles of a wire story, a regional daily, a state agency and a press
release, with other states and words than any gold."""
from __future__ import annotations

import pytest
from helpers import events_of, parties

from pactwatch.events import merge_events
from pactwatch.events.folding import _drop_subsumed_cooperation
from pactwatch.model import Event, Evidence


def _event(etype: str, sentence: str, actors: tuple[str, ...], targets: tuple[str, ...], trigger: str,
           start: int = 0, status: str = "occurred") -> Event:
    return Event(etype, status, actors, targets, trigger=trigger,
                 evidence=Evidence(sentence=sentence, clean_start=start, clean_end=start + len(sentence)))


MUTUAL = [
    ("Armenia accused Azerbaijan of shelling its border posts near Sotk; Azerbaijan denied it and blamed Armenian "
     "guards for the clash.", "accused", "blamed", "country:ARM", "country:AZE"),
    ("Serbia warned Kosovo against deploying special police in the north, and Kosovo in turn accused Serbia of "
     "stoking unrest, officials said on Friday.", "warned", "accused", "country:SRB", "country:XKX"),
    ("NAIROBI (Reuters) - Sudan accused Chad of letting weapons cross its border; Chad rejected the charge and "
     "accused Sudan of bombing refugee camps.", "accused", "accused Sudan", "country:SDN", "country:TCD"),
]


@pytest.mark.parametrize("sentence, first, second, a, b", MUTUAL)
def test_accusations_in_opposite_directions_are_two_claims(sentence: str, first: str, second: str, a: str, b: str):
    """A accuses B, B blames A: two threats, one each way, though their parties are the same two states."""
    events = [_event("threat", sentence, (a,), (b,), first), _event("threat", sentence, (b,), (a,), second)]
    merged = merge_events(events)
    assert sorted((e.actors, e.targets) for e in merged) == sorted([((a,), (b,)), ((b,), (a,))])


def test_one_accusation_told_twice_is_one_claim():
    """The same direction twice in one sentence ("accused ... and again accused") is one claim; a third state joining
    the accuser ("Peru and Chile accused Bolivia") is the same claim with one more party."""
    sentence = "Peru accused Bolivia of harbouring smugglers and again accused Bolivia of arming them."
    events = [_event("threat", sentence, ("country:PER",), ("country:BOL",), "accused"),
              _event("threat", sentence, ("country:PER",), ("country:BOL",), "accused Bolivia")]
    assert len(merge_events(events)) == 1
    sentence = "Peru and Chile accused Bolivia of harbouring smugglers, and Chile accused it of arming them."
    events = [_event("threat", sentence, ("country:PER", "country:CHL"), ("country:BOL",), "accused"),
              _event("threat", sentence, ("country:CHL",), ("country:BOL",), "accused it")]
    assert len(merge_events(events)) == 1


def test_mutual_accusations_through_the_pipeline():
    """Wire style: both directions come out of the whole pipeline (one event before)."""
    threats = events_of(MUTUAL[0][0], "threat")
    assert {(e.actors, e.targets) for e in threats} >= {(("country:ARM",), ("country:AZE",)),
                                                        (("country:AZE",), ("country:ARM",))}


@pytest.mark.parametrize("sentence, partnership, alliance", [
    ("KYIV (Ukrinform) - Ukraine and Poland on Thursday agreed a strategic partnership with a mutual defence clause, "
     "the presidential office said.", "strategic partnership", "mutual defence"),
    ("Georgia and Ukraine signed a strategic partnership that includes mutual assistance in case of an armed attack.",
     "strategic partnership", "mutual assistance"),
    ("Sweden and Finland are bound by a security partnership whose provisions include a mutual defence obligation.",
     "partnership", "mutual defence"),
])
def test_partnership_with_a_defence_clause_keeps_both(sentence: str, partnership: str, alliance: str):
    """The mutual-defence clause is a part of the partnership: the partnership (cooperation) and the commitment
    (alliance) are both facts, as the GUIDE's types and the gold's convention say."""
    types = {e.type: e for e in events_of(sentence)}
    assert "alliance" in types and "cooperation" in types
    assert types["cooperation"].trigger == partnership and types["alliance"].trigger == alliance
    assert parties(types["cooperation"]) == parties(types["alliance"])


@pytest.mark.parametrize("sentence, trigger, alliance", [
    ('"We cooperate with Kazakhstan within a formal military alliance," the Kyrgyz president said.',
     "cooperate", "military alliance"),
    ("Hungary cooperates with Slovakia in the format of a formal alliance, including a defence alliance.",
     "cooperates", "formal alliance"),
])
def test_cooperation_that_is_the_alliance_stays_one_event(sentence: str, trigger: str, alliance: str):
    """What the rule is for: cooperation told as being an alliance is the alliance, not a cooperation besides (an
    "including" after the alliance does not make it a part of the cooperation)."""
    parts = (("country:KGZ",), ("country:KAZ",)) if "Kyrgyz" in sentence else (("country:HUN",), ("country:SVK",))
    events = [_event("cooperation", sentence, *parts, trigger), _event("alliance", sentence, *parts, alliance)]
    assert [e.type for e in _drop_subsumed_cooperation(events)] == ["alliance"]


def test_the_answer_in_a_later_sentence_is_another_claim():
    """A regional daily: the accusation in the lead and the other side's in the next paragraph, both told by the
    outlet, are two claims; the same accusation told again later is one."""
    lead = _event("threat", "Ecuador accused Colombia on Monday of letting armed groups cross the San Miguel river.",
                  ("country:ECU",), ("country:COL",), "accused")
    answer = _event("threat", "Bogota, for its part, blamed Ecuadorean troops for firing across the border.",
                    ("country:COL",), ("country:ECU",), "blamed", start=120)
    again = _event("threat", "The accusation by Ecuador against Colombia was repeated at the OAS.",
                   ("country:ECU",), ("country:COL",), "accusation", start=240)
    merged = merge_events([lead, answer, again])
    assert [(e.actors, e.targets) for e in merged] == [(("country:ECU",), ("country:COL",)),
                                                       (("country:COL",), ("country:ECU",))]


def _coop(sentence: str, trigger: str, start: int, sectors: tuple[str, ...], asserted_by: str | None = None) -> Event:
    return Event("cooperation", "occurred", ("country:JPN",), ("country:PHL",), sectors=sectors, trigger=trigger,
                 asserted_by=asserted_by,
                 evidence=Evidence(sentence=sentence, clean_start=start, clean_end=start + len(sentence)))


def test_experts_quoted_on_other_sectors_stay_their_own_claims():
    """A broadsheet analysis: the outlet tells security cooperation; one analyst's quotation retells it (one fact),
    an economist's quotation on port investment is another fact, not folded into the narrated one."""
    narrated = _coop("Japan has stepped up maritime security cooperation with the Philippines.", "cooperation", 0,
                     ("security",))
    same = _coop("\u201cTokyo's security support to Manila keeps growing,\u201d said Ana Cruz, an analyst in Manila.",
                 "support", 100, ("security",), "person:ana-cruz")
    other = _coop("\u201cJapanese investment in Philippine ports matters as much,\u201d said Ben Reyes, an economist.",
                  "investment", 200, ("investment",), "person:ben-reyes")
    merged = merge_events([narrated, same, other])
    assert [(e.trigger, e.sectors, e.asserted_by) for e in merged] == [
        ("cooperation", ("security",), None), ("investment", ("investment",), "person:ben-reyes")]
