"""Discourse rules of the ninth session, round 2 (discourse2 helper): parties an earlier sentence names.

- A censure whose object is a definite mention of an act ("spoke out against the attack") far from any other act of
  its kind is against the doers of the act the article's lead told (a news lead tells the story's act; "the attack"
  paragraphs later is that one), also when the sentence just before mentions it again without a doer ("The strike
  took place in Iraq").
- Every name coordinated as the subject of a censure censures ("Turkey, Iran and Jordan condemned the strike"); the
  censured act's doers are its target.
- What a censure calls the act ("as a violation of Qatari sovereignty") names its victim, not whom the censure is
  against: its doers are.
- A state or one of its bodies acting alone on "the agreement" / "the demarcation" / "it" ("the Bolivian Senate
  rejected the agreement") acts on the agreement told before that its own state is a side of; the other sides are
  its other parties. A ratification still to come ("must still be ratified by parliament") is a stage of the deal,
  no fact of its own.
- The possessor of an act noun is its doer even when a person's name follows ("France's killing of X": France is no
  title of X's).

Sentences are written for these tests; their states and words are none of the development or held-out sets'."""
from __future__ import annotations

import pytest
from helpers import events_of


def _one(text: str, etype: str, trigger: str):
    found = [e for e in events_of(text, etype) if e.trigger == trigger]
    assert len(found) == 1, (text, events_of(text))
    return found[0]


@pytest.mark.parametrize("text, trigger, actors, targets", [
    # wire: the lead's strike, a censure two paragraphs on
    ("Colombian forces killed a rebel commander in an airstrike on Venezuelan soil on Monday, officials said.\n\n"
     "The commander had led raids on border towns for a decade. His group controls several mining areas.\n\n"
     "Venezuela's foreign minister spoke out against the attack on Tuesday, calling it a breach of sovereignty.",
     "spoke out against", {"country:VEN"}, {"country:COL"}),
    # broadsheet: the act retold without a doer just before the censure
    ("Turkish drones struck a convoy in northern Syria on Sunday, killing six fighters.\n\n"
     "Local officials counted the dead through the night. The strike took place near the town of Tal Rifaat.\n\n"
     "The Syrian Foreign Ministry denounced the attack in a statement.",
     "denounced", {"country:SYR"}, {"country:TUR"}),
])
def test_a_censured_act_far_back_is_the_leads(text, trigger, actors, targets):
    ev = _one(text, "threat", trigger)
    assert set(ev.actors) == actors and set(ev.targets) == targets


def test_a_censure_of_a_new_act_is_not_the_leads():
    # "an attack" is something new: no censure of the lead's strike
    text = ("Colombian forces killed a rebel commander in an airstrike on Venezuelan soil on Monday, officials said.\n\n"
            "The commander had led raids on border towns for a decade. His group controls several mining areas.\n\n"
            "Venezuela's foreign minister warned against an attack on its embassy.")
    assert not any("country:COL" in e.targets for e in events_of(text, "threat"))


@pytest.mark.parametrize("text, censurers, doer", [
    # wire: four states in a list, "all"
    ("Israeli jets struck a compound in Qatar on Tuesday, killing five members of a Hamas delegation.\n\n"
     "The UAE, Turkey, Iran and Jordan have all condemned the strike.",
     {"country:ARE", "country:TUR", "country:IRN", "country:JOR"}, {"country:ISR"}),
    # regional outlet: a pair
    ("Russian missiles hit a power plant in western Ukraine overnight, officials in Kyiv said.\n\n"
     "Poland and Lithuania denounced the attack on Friday.",
     {"country:POL", "country:LTU"}, {"country:RUS"}),
])
def test_every_coordinated_censurer_censures_the_doer(text, censurers, doer):
    threats = events_of(text, "threat")
    assert len(threats) == 1
    assert set(threats[0].actors) == censurers and set(threats[0].targets) == doer


def test_what_a_censure_calls_the_act_names_its_victim():
    text = ("Israeli jets struck a compound in Qatar on Tuesday, killing five members of a Hamas delegation.\n\n"
            "Saudi Arabia and Egypt condemned the attack as a violation of Qatari sovereignty.")
    ev = _one(text, "threat", "condemned")
    assert set(ev.actors) == {"country:SAU", "country:EGY"} and set(ev.targets) == {"country:ISR"}
    # "it" in the sentence just after the strike
    text = ("Israeli jets struck a compound in Qatar on Tuesday, killing five members of a Hamas delegation. "
            "Egypt described it as a violation of Qatar's sovereignty.")
    ev = _one(text, "threat", "described")
    assert ev.actors == ("country:EGY",) and ev.targets == ("country:ISR",)


@pytest.mark.parametrize("text, trigger, status", [
    ("Chile and Bolivia signed a maritime border agreement in La Paz on Monday, ending a dispute of a century.\n\n"
     "The deal draws a line through the disputed waters. Fishing fleets of both countries welcomed it, and Peru said "
     "it would study the text.\n\nOn Friday the Bolivian Senate rejected the agreement.", "agreement", "denied"),
    ("Chile and Bolivia signed a maritime border agreement in La Paz on Monday, ending a dispute of a century.\n\n"
     "The deal draws a line through the disputed waters. Peru said it would study the text.\n\n"
     "On Friday the Bolivian Senate did not ratify the demarcation.", "ratify", "denied"),
])
def test_a_body_acting_alone_on_its_states_deal(text, trigger, status):
    ev = _one(text, "agreement", trigger)
    assert ev.actors == ("org:bolivian-senate",) and ev.targets == ("country:CHL",) and ev.status == status


def test_a_ratification_still_to_come_is_no_fact_of_its_own():
    text = ("Australia and Papua New Guinea signed a defence treaty in Canberra on Monday.\n\n"
            "The treaty must still be ratified by the PNG parliament before it can enter into force.")
    assert [e.trigger for e in events_of(text, "agreement")] == ["signed"]


@pytest.mark.parametrize("text, doer, victim", [
    ("Iranian commander Hossein Karimi led the unit for a decade. The vote follows Israel's killing of Hossein Karimi "
     "in an airstrike last week.", "country:ISR", "country:IRN"),
    ("Malian colonel Amadou Kone led the garrison for a decade. The protests follow the United States' killing of "
     "Amadou Kone in a drone strike.", "country:USA", "country:MLI"),
])
def test_the_possessor_of_an_act_before_a_persons_name_is_its_doer(text, doer, victim):
    ev = _one(text, "conflict", "killing")
    assert ev.actors == (doer,) and victim in ev.targets


def test_a_city_is_matched_but_not_an_alias():
    """(patches/parties-city-aliases) A city names where something happens, not the state: it is matched for its
    state but is none of the state's aliases; a capital names the government and stays one."""
    from pactwatch.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    assert gaz.lookup("Vladivostok") == ("country:RUS", "city")
    assert "Vladivostok" not in gaz.entities["country:RUS"].aliases
    assert "Moscow" in gaz.entities["country:RUS"].aliases


def test_the_conclusions_of_the_summit_are_the_summits():
    """A censure of what a pointing noun's "of" phrase names ("the conclusions of the summit") is of that fact: against
    the sides of the summit just told; a summit still to come has no conclusions to censure."""
    text = ("The foreign ministers of Kenya, Uganda and Rwanda met in Kampala on Monday. "
            "Tanzania denounced the conclusions of the summit on Tuesday.")
    ev = _one(text, "threat", "denounced")
    assert ev.actors == ("country:TZA",) and set(ev.targets) == {"country:KEN", "country:UGA", "country:RWA"}
    text = ("The foreign ministers of Kenya, Uganda and Rwanda will meet in Kampala next month. "
            "Tanzania denounced the conclusions of the summit on Tuesday.")
    assert not [e for e in events_of(text, "threat") if "country:KEN" in e.targets]
