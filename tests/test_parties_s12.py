"""Party rules of the twelfth session (parties helper): general wordings whose sides came out wrong.

- A state's diplomatic mission ("the Swedish Embassy in Nairobi", "the Embassy of Japan", a consulate, a high
  commission; ``data/parties.json`` 'mission_words') stands for its state as a party, though the entities take it for
  a place; the state it is in is not read from its name; a meeting held "at" a mission is only held there.

Sentences are written for these tests; their states and words are none of the development or held-out sets'."""
from __future__ import annotations

import pytest
from helpers import events_of, parties


@pytest.mark.parametrize("text, etype, sides", [
    # wire: a mission signs
    ("The Swedish Embassy in Nairobi signed a security cooperation agreement with Kenya on Friday.", "agreement",
     {"country:SWE", "country:KEN"}),
    # statement: a mission accuses its host
    ("In a statement, the Chinese Embassy in Manila accused the Philippines of provoking tensions at sea.", "threat",
     {"country:CHN", "country:PHL"}),
])
def test_a_mission_stands_for_its_state(text, etype, sides):
    found = events_of(text, etype)
    assert found, text
    assert parties(found[0]) == sides, (found[0].actors, found[0].targets)


def test_a_meeting_at_a_mission_is_only_held_there():
    found = events_of("Defence officials of Peru and Chile held talks at the Spanish Embassy in Lima on border "
                      "security.", "meeting")
    assert found
    assert parties(found[0]) == {"country:PER", "country:CHL"}, (found[0].actors, found[0].targets)

