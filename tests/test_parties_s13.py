"""Party rules of the thirteenth session (parties13 helper): parties a sentence names only through a group or a
reference to what was told before.

- The states that open the sentence before as its subject may stand behind persons or bodies they are "of"
  ("An assembly of foreign ministers of A, B and C ... denounced ... They called on D"; "Defence chiefs of A and
  B met ... They ..."): "they" is those states.
- A counted group ("the three countries", "the three states") stands for the states the sentence before opens with
  as its subject when that sentence lists as many, before a meeting told earlier in the article.
- A request that asks a group has it as its target: "the warring parties in X" (the state they fight in), "them"
  (the pair or the counted states just named), "all parties" or "both sides" (the sides of the fighting told before,
  else of the first the article told).
- Another edition of a series ("the next meeting will take place in X", "the next exercise of the series",
  "Y will host the next exercise") has the sides of the last fact of its type told before, and the one state its
  sentence names (where it is held, who hosts it); not "reaction to the latest drills" (another's act about them).

Sentences are written for these tests; their states and words are none of the development or held-out sets'."""
from __future__ import annotations

import pytest
from helpers import WIRE_HEAD, events_of, parties

READOUT_HEAD = ("READOUT: Ministry of Foreign Affairs\nPublished 4 March 2026\n"
                "Defence and security officials met on Monday.\n")


def _at(text: str, etype: str, marker: str, head: str = WIRE_HEAD):
    """The first event of ``etype`` whose evidence holds ``marker``."""
    found = [e for e in events_of(text, etype, head=head) if e.evidence is not None and marker in e.evidence.sentence]
    assert found, (text, [(e.actors, e.targets) for e in events_of(text, etype, head=head)])
    return found[0]


@pytest.mark.parametrize("text, etype, marker, sides, head", [
    # wire: an assembly of ministers "of" four states, then "they"
    ("An assembly of foreign ministers of Spain, Portugal and Greece in Madrid on Tuesday denounced the naval "
     "deployment. They called on Morocco to withdraw its warships.", "request", "They called",
     {"country:ESP", "country:PRT", "country:GRC", "country:MAR"}, WIRE_HEAD),
    # readout: ministers "of" three states censured an attack, then "they"
    ("Foreign ministers of Ghana, Togo and Benin on Tuesday condemned the attack on the port of Lome. They called on "
     "Nigeria to share intelligence on piracy.", "request", "They called",
     {"country:GHA", "country:TGO", "country:BEN", "country:NGA"}, READOUT_HEAD),
    # broadcaster: the leaders "of" a pair, then "they"
    ("The leaders of Kenya and Uganda on Monday denounced the raid on the border post. They urged Somalia to hand "
     "over the attackers.", "request", "They urged", {"country:KEN", "country:UGA", "country:SOM"}, WIRE_HEAD),
    # broadsheet: a counted group after a listed subject with an apposition, in an article most about a fourth state
    ("France has long trained West African armies, and French officers still advise several of them. Chad, Niger and "
     "Mali, all ruled by soldiers who seized power, have drawn closer to Moscow and cut ties with France. In 2024, "
     "the three countries signed a mutual defence pact.", "agreement", "three countries",
     {"country:TCD", "country:NER", "country:MLI"}, WIRE_HEAD),
    # magazine: a counted group after a listed subject, a meeting of two told first
    ("Ecuadorian President Daniel Noboa met Colombian President Gustavo Petro in Quito on Monday. Peru, Bolivia and "
     "Paraguay, meanwhile, have turned to Brasilia for training. Last year the three states signed a river "
     "security accord.", "agreement", "three states", {"country:PER", "country:BOL", "country:PRY"}, WIRE_HEAD),
])
def test_group_subjects(text, etype, marker, sides, head):
    ev = _at(text, etype, marker, head)
    assert parties(ev) == sides, (ev.actors, ev.targets)


@pytest.mark.parametrize("text, marker, sides", [
    # wire: the warring parties in a state
    ("Egypt has called on the warring parties in Sudan to agree to an immediate ceasefire.", "warring",
     {"country:EGY", "country:SDN"}),
    # regional daily: "them" after the counted pair in its own sentence
    ("Ghana and Togo have clashed along their border since March. ECOWAS said it respects the decision of the two "
     "states but urged them to keep talking.", "urged them", {"org:ecowas", "country:GHA", "country:TGO"}),
    # news agency: "all parties" after drills against a state told before
    ("Chinese warships held drills around Taiwan this week, the defence ministry in Taipei said. Japan said it had "
     "conveyed its concerns to Beijing. The EU called on all parties to exercise restraint.", "all parties",
     {"org:eu", "country:CHN", "country:TWN"}),
    # broadcaster: "both sides" of a clash told just before
    ("Indian and Pakistani troops exchanged fire along the frontier overnight. The United Nations called on both "
     "sides to show maximum restraint.", "both sides", {"org:un", "country:IND", "country:PAK"}),
])
def test_group_addressees(text, marker, sides):
    ev = _at(text, "request", marker)
    assert parties(ev) == sides, (ev.actors, ev.targets)


def test_all_parties_with_no_fight_told():
    found = [e for e in events_of("The EU called on all parties to respect the ceasefire.", "request")]
    assert all(parties(e) <= {"org:eu"} for e in found), [(e.actors, e.targets) for e in found]


@pytest.mark.parametrize("text, etype, marker, sides", [
    # ministry site: the next edition "of the series" on a state's territory
    ("Kazakhstan and Uzbekistan held joint drills near Termez this week, the defence ministry said. The next exercise "
     "of the series will be held on the territory of Kazakhstan in 2027.", "exercise", "next exercise",
     {"country:KAZ", "country:UZB"}),
    # wire: the next meeting of three ministers, held in one of them
    ("Defence ministers of Georgia, Armenia and Greece met in Tbilisi on Friday to discuss regional security. The "
     "next meeting will take place in Greece in 2027.", "meeting", "next meeting",
     {"country:GEO", "country:ARM", "country:GRC"}),
    # broadsheet: a third state hosts the next edition
    ("Vietnam and Laos held their first joint border exercise this week. Cambodia will host the next exercise in "
     "2027.", "exercise", "host the next", {"country:VNM", "country:LAO", "country:KHM"}),
])
def test_next_editions(text, etype, marker, sides):
    ev = _at(text, etype, marker)
    assert parties(ev) == sides, (ev.actors, ev.targets)


def test_reaction_to_the_latest_drills_is_no_edition():
    text = ("Azerbaijani and Turkish troops held joint drills near the border this week. Armenia has condemned such "
            "manoeuvres before, though its reaction to the latest drills has been muted.")
    assert not any(parties(e) == {"country:AZE", "country:TUR", "country:ARM"} for e in events_of(text, "exercise"))
