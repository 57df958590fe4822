"""Party rules of the twelfth session (parties helper): general wordings whose sides came out wrong.

- A state's diplomatic mission ("the Swedish Embassy in Nairobi", "the Embassy of Japan", a consulate, a high
  commission; ``data/parties.json`` 'mission_words') stands for its state as a party, though the entities take it for
  a place; the state it is in is not read from its name; a meeting held "at" a mission is only held there.
- "it" as the subject of a clause a verb of saying reports stands for that verb's subject when the verb tells no one
  ("Ankara offered drones to Kenya and Ghana, and said it hopes to sign ...": Ankara, not Ghana, the last state named).
- A letterhead's state alone on the line above a state body's name ("KINGDOM OF X" over "MINISTRY OF DEFENCE") is
  the state the page speaks for: its "we" and "our".
- A state's general staff is that state ("the Turkish General Staff", like its ministry or its armed forces).
- A capital that forces or a cooperation are "in" hosts them as its state ("troops arrived in Mogadishu": Somalia),
  as a state named "in X" does (not where those who tell it are: "officials in X said").
- Of a request or a warning, the states coordinated in the subject are one side: a group word in its own phrase
  ("Spain and Italy called on both sides to ...") is still read as the pair in focus.
- "The X-led bloc" (or alliance, grouping) is the bloc with member states named before it, as "the bloc" is; in a
  membership its leader is no side ("a member of the Russian-led bloc": the bloc). With no bloc named before, the
  leader is all the text names of it and stays.

Sentences are written for these tests; their states and words are none of the development or held-out sets'."""
from __future__ import annotations

import pytest
from helpers import WIRE_HEAD, events_of, parties

LETTERHEAD = ("KINGDOM OF MOROCCO\nMINISTRY OF DEFENCE\nPress Office\n\nPRESS RELEASE\nRabat, 3 March 2026\n\n"
              "The ministry held its weekly briefing on military activities.\n")


@pytest.mark.parametrize("text, etype, sides, head", [
    # wire: a mission signs
    ("The Swedish Embassy in Nairobi signed a security cooperation agreement with Kenya on Friday.", "agreement",
     {"country:SWE", "country:KEN"}, WIRE_HEAD),
    # statement: a mission accuses its host
    ("In a statement, the Chinese Embassy in Manila accused the Philippines of provoking tensions at sea.", "threat",
     {"country:CHN", "country:PHL"}, WIRE_HEAD),
    # a meeting at a mission is only held there
    ("Defence officials of Peru and Chile held talks at the Spanish Embassy in Lima on border security.", "meeting",
     {"country:PER", "country:CHL"}, WIRE_HEAD),
    # wire: another clause names two states between the sayer and "it"
    ("Ankara has offered drones to Kenya and Ghana, and said it hopes to sign a memorandum with Nigeria on joint "
     "production.", "agreement", {"country:TUR", "country:NGA"}, WIRE_HEAD),
    # broadsheet: a relative clause on the sayer names them
    ("Rwanda, which trains soldiers for Benin and Togo, said it would sign a security pact with Gabon.", "agreement",
     {"country:RWA", "country:GAB"}, WIRE_HEAD),
    # a ministry's release under its state's letterhead
    ("Our troops in Mali will be withdrawn by June.", "deployment", {"country:MAR", "country:MLI"}, LETTERHEAD),
    # a general staff signs
    ("A delegation of the Turkish General Staff signed an agreement on military financial assistance with Kyrgyzstan "
     "on Monday.", "agreement", {"country:TUR", "country:KGZ"}, WIRE_HEAD),
    # forces arrive in a capital
    ("The first Egyptian troops to serve under the African Union mission arrived in Mogadishu on Tuesday.",
     "deployment", {"country:EGY", "country:SOM"}, WIRE_HEAD),
    # a request of two coordinated states to "both sides": the pair in focus besides them
    ("Chile and Bolivia exchanged fire along their border on Monday. On Wednesday, Spain and Italy called on both "
     "sides to end the fighting.", "request", {"country:ESP", "country:ITA", "country:CHL", "country:BOL"},
     WIRE_HEAD),
    # (their cooperation "between the two countries" is their own)
    ("Chile and Bolivia exchanged fire along their border on Monday. Spain and Italy agreed to expand defence "
     "cooperation between the two countries.", "cooperation", {"country:ESP", "country:ITA"}, WIRE_HEAD),
])
def test_the_sides(text, etype, sides, head):
    found = events_of(text, etype, head=head)
    assert found, text
    assert parties(found[0]) == sides, (found[0].actors, found[0].targets)



@pytest.mark.parametrize("text, sides", [
    # a membership of "the X-led bloc" after the bloc is named: the bloc, not its leader
    ("Armenia froze its participation in the Collective Security Treaty Organization last year. Tajikistan remains a "
     "member of the Russian-led bloc.", {"country:TJK", "org:csto"}),
    # no bloc named before: the leader is all the text names of it
    ("Tajikistan remains a member of the Russian-led bloc.", {"country:TJK", "country:RUS"}),
])
def test_a_led_bloc(text, sides):
    found = [e for e in events_of(text, "alliance") if "country:TJK" in parties(e)]
    assert found, text
    assert parties(found[0]) == sides, (found[0].actors, found[0].targets)
