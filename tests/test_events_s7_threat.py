"""Threats of the seventh session (issue 11, point 3): warnings, accusations and sanctions told without the word
"threat". A threat noun that is what a party calls, regards or treats someone or their act as ("called the pact a
provocation", "regards the contingent as a danger") is the stance verb's threat, its subject the accuser and its
object the accused; a warning of a hostile "response" or of "countermeasures" is a threat, and nobody "meets" a
crushing response; banning or proscribing an armed group is a sanction.

Sentences are written for these tests, in the styles of several outlets (wire, broadsheet, state media, regional
press, press release), with other states and other words than the development and blind gold."""
from __future__ import annotations

import pytest
from helpers import events_of, parties

# -------------------------------------------------------------------------- what a party calls or regards as hostile


@pytest.mark.parametrize("sentence, actor, target", [
    ("Turkey called the Greek deployment on the islands a provocation.", "country:TUR", "country:GRC"),
    ("Algeria's foreign ministry described Morocco's purchase of Israeli drones as a danger to the region.",
     "country:DZA", "country:MAR"),
    ("Morocco sees Algeria's support for the Polisario Front as a threat to its territorial integrity.",
     "country:MAR", "country:DZA"),
    ("Tehran branded the Bahraini naval build-up a hostile act, state television reported.", "country:IRN",
     "country:BHR"),
    ("Ghana, which regards the Togolese contingent as a danger, reacted angrily to the plan.", "country:GHA",
     "country:TGO"),
    ("Islamabad denounced New Delhi's move as an act of aggression, the foreign office said.", "country:PAK",
     "country:IND"),
])
def test_what_a_party_calls_or_regards_as_hostile_is_its_threat(sentence, actor, target):
    threats = events_of(sentence, "threat")
    assert threats, sentence
    assert actor in threats[0].actors and target in threats[0].targets


@pytest.mark.parametrize("sentence", [
    "Coach Diaz called the referee's decision a disgrace after the Brazilian side lost to Argentina.",
    "The enemy fired on Ukrainian positions near Bakhmut overnight, Kyiv said.",
    "The French minister described the visit to Germany as a success.",
])
def test_other_complements_and_a_bare_enemy_are_no_threat(sentence):
    assert not events_of(sentence, "threat")


def test_an_interference_in_internal_affairs_is_an_accusation():
    threats = events_of("China's foreign ministry said Japan's remarks were a gross interference in its internal "
                        "affairs.", "threat")
    assert threats and parties(threats[0]) >= {"country:CHN", "country:JPN"}


# -------------------------------------------------------------------------- warnings of a response


@pytest.mark.parametrize("sentence, pair", [
    ("Vietnam vowed firm countermeasures against China after the collision near the Paracels.",
     {"country:VNM", "country:CHN"}),
    ("Beijing will take countermeasures against Lithuania over the Taiwanese office, a spokesman said.",
     {"country:CHN", "country:LTU"}),
])
def test_countermeasures_vowed_or_taken_are_a_threat(sentence, pair):
    threats = events_of(sentence, "threat")
    assert threats and parties(threats[0]) >= pair


@pytest.mark.parametrize("sentence", [
    "Any provocation by South Korea will meet a crushing response, the Korean Central News Agency said.",
    "Iran's army chief told Israel that any incursion will be met with a decisive response.",
])
def test_nobody_meets_a_crushing_response(sentence):
    assert not events_of(sentence, "meeting")


def test_a_response_from_markets_is_no_warning():
    assert not events_of("The tariff deal between Canada and Mexico drew a strong response from investors.", "threat")


# -------------------------------------------------------------------------- sanctions on armed groups


@pytest.mark.parametrize("sentence, actor, target", [
    ("Britain proscribed the Houthis as a terrorist organisation on Friday.", "country:GBR", "org:houthis"),
    ("Canada banned the Wagner Group and froze its assets, Ottawa announced.", "country:CAN", "org:wagner-group"),
])
def test_a_ban_on_an_armed_group_is_a_sanction(sentence, actor, target):
    threats = events_of(sentence, "threat")
    assert threats and actor in threats[0].actors and target in threats[0].targets


@pytest.mark.parametrize("sentence", [
    "France banned single-use plastic bags from supermarkets, a move welcomed by Germany.",
    "The league banned the Russian club from the tournament and fined the Polish federation.",
])
def test_bans_of_goods_or_clubs_are_no_sanction(sentence):
    assert not events_of(sentence, "threat")


@pytest.mark.parametrize("sentence, actor, target", [
    ("Poland declared a Russian diplomat persona non grata on Monday.", "country:POL", "country:RUS"),
    ("The European Union imposed an arms embargo on Belarus in 2021.", "org:eu", "country:BLR"),
    ("Washington cautioned Beijing against any attempt to change the status quo by force.", "country:USA",
     "country:CHN"),
])
def test_expulsions_embargoes_and_cautions_are_threats(sentence, actor, target):
    threats = events_of(sentence, "threat")
    assert threats and actor in threats[0].actors and target in threats[0].targets


def test_a_pledge_regarded_as_a_danger_to_both_is_no_threat():
    assert not events_of("Under the pact, an armed attack on either would be regarded as a danger to both.", "threat")


def test_a_stance_verb_over_a_clause_still_tells_the_threat():
    # "regard ... as occupiers" parsed as a clause on "staying": the threat is the regarding verb's
    from pactwatch.events.lexicon import load_lexicon
    from pactwatch.events.trigger_context import _stance_verb
    from pactwatch.nlp import load

    doc = load()("Kabul will regard any British troops staying after June as occupiers.")
    verb = _stance_verb(next(t for t in doc if t.lower_ == "occupiers"), load_lexicon())
    assert verb is not None and verb.lower_ == "regard"


def test_a_ban_on_an_armed_group_has_occurred():
    threats = events_of("Canada banned the Wagner Group and froze its assets, Ottawa announced.", "threat")
    assert threats and threats[0].status == "occurred"
