"""Facts of cooperation, agreement, alliance, request and meeting told without their usual words (issue 11, eighth
session, the blind5 failure classes M2, M6, M8, M9, M10 and Wikinews W3/W4): arms a state flies, operates or makes
under licence, arms pledged, gifted or loaned, sides teaming up or working with each other, a state turning to or
courting a new partner, backing received; allies beside another predicate noun; a passive demand, insisting that a
party act, asking for deliveries, pleading with a state, seeking help from it; a leader's visit told by "comes to" or
"arrives in"; a named accord in force, a deal agreed, scrapped or rejected (events/shapes.py, data/triggers/*.json).

Sentences are written for these tests, in the styles of several outlets (wire, broadsheet, regional, state media,
press release, live blog), with other states and other words than the development and blind gold; the negatives are
company deals, sports clubs, festivals, markets, laws and travellers."""
from __future__ import annotations

import pytest
from helpers import events_of, parties


@pytest.mark.parametrize("etype, text, pair", [
    # arms a state flies, operates or uses, named by their maker's state (wire, regional)
    ("cooperation", "NAIROBI (Reuters) - The Kenyan army operates Chinese-made armoured vehicles along the Somali "
     "border, officers said.", {"country:KEN", "country:CHN"}),
    ("cooperation", "Uganda's troops use Russian-made rifles and Belarusian trucks, the UPDF spokesman said.",
     {"country:UGA", "country:RUS"}),
    # hardware made under licence (state media, broadsheet)
    ("cooperation", "Ghana makes Turkish-designed drones under licence at a plant near Accra, the ministry said in a "
     "statement.", {"country:GHA", "country:TUR"}),
    ("cooperation", "Egypt builds the frigates under licence from Italy, Cairo's state media reported.",
     {"country:EGY", "country:ITA"}),
    # a state turning to a new partner (analysis, broadsheet)
    ("cooperation", "Hungary has moved closer to Beijing in recent years, diplomats complain.",
     {"country:HUN", "country:CHN"}),
    ("cooperation", "Armenia has pivoted towards France for arms since 2022.", {"country:ARM", "country:FRA"}),
    ("cooperation", "Belgrade has courted Beijing for a decade, buying Chinese drones and radars.",
     {"country:SRB", "country:CHN"}),
    ("cooperation", "Russia's army now fields Iranian-origin drones, Kyiv says.", {"country:RUS", "country:IRN"}),
    # arms pledged, gifted or loaned; sides teaming up, joining forces or working with each other (wire, state media)
    ("cooperation", "Denmark pledged 20 F-16 jets to Ukraine, Copenhagen said.", {"country:DNK", "country:UKR"}),
    ("cooperation", "Japan gifted three patrol boats to Sri Lanka's navy.", {"country:JPN", "country:LKA"}),
    ("cooperation", "Britain loaned two minehunters to Ukraine's navy.", {"country:GBR", "country:UKR"}),
    ("cooperation", "Spain has teamed up with Morocco on border security, Madrid said.",
     {"country:ESP", "country:MAR"}),
    ("cooperation", "Morocco worked with France to dismantle a terrorist cell.", {"country:MAR", "country:FRA"}),
    # backing received (regional)
    ("cooperation", "Moldova got backing from Romania for its border guard, Chisinau said.",
     {"country:MDA", "country:ROU"}),
    # a passive demand with its agent (broadsheet, regional)
    ("request", "Relations soured in 2023. The withdrawal of the French contingent had been demanded by Algeria for "
     "months, the report said.", {"country:DZA", "country:FRA"}),
    ("request", "The pullout of Russian forces was required by Moldova under the 1999 pledge, Chisinau recalled.",
     {"country:MDA", "country:RUS"}),
    # allies named beside another predicate noun or as what ties are (interview, state media, press release)
    ("alliance", "Russia is still our chief partner and ally within the CSTO, the Kyrgyz minister said.",
     {"country:RUS", "country:KGZ"}),
    ("alliance", "Kazakhstan's president said ties with Uzbekistan are now those of allies.",
     {"country:KAZ", "country:UZB"}),
    ("alliance", "Poland is a trusted partner and ally of the United States, Warsaw said.",
     {"country:POL", "country:USA"}),
    # pleading with a state, seeking help from it (wire, regional)
    ("request", "Kyiv pleaded with Washington for more Patriot batteries, the president's office said.",
     {"country:UKR", "country:USA"}),
    ("request", "Estonia sought help from Finland to patrol its waters.", {"country:EST", "country:FIN"}),
    # an agreement told by its participle ("agreed by")
    ("agreement", "The deal, agreed by Chile and Peru in March, enters into force next year.",
     {"country:CHL", "country:PER"}),
    # a leader's visit in a time clause (wire, live blog)
    ("meeting", "Kazakhstan and China will sign the deal when Tokayev comes to Beijing in June.",
     {"country:KAZ", "country:CHN"}),
    ("meeting", "Kyiv says the Polish president arrives in Kyiv on Friday, his second trip since the war began.",
     {"country:POL", "country:UKR"}),
])
def test_facts_told_without_their_usual_words(etype, text, pair):
    found = events_of(text, etype)
    assert any(pair <= parties(e) for e in found), found


@pytest.mark.parametrize("text, asker, asked", [
    # a passive demand: its agent asks (parties, 63e639b)
    ("Relations soured in 2023. The withdrawal of the French contingent had been demanded by Algeria for months, the "
     "report said.", "country:DZA", "country:FRA"),
    # insisting that a party act (wire, press release)
    ("Beijing deplored the killing and insisted that Islamabad hand over those responsible.",
     "country:CHN", "country:PAK"),
    ("Kyiv insisted that Washington should lift the limits on its use of American missiles.",
     "country:UKR", "country:USA"),
    # asking for deliveries to be sped up (live blog)
    ("12:40 Lithuania asked for deliveries of air defence systems from Germany to be sped up.",
     "country:LTU", "country:DEU"),
])
def test_who_asks_whom(text, asker, asked):
    reqs = events_of(text, "request")
    assert any(asker in e.actors and asked in parties(e) for e in reqs), reqs


@pytest.mark.parametrize("text, pair, status", [
    # a named accord told as in force (analysis)
    ("Kazakhstan and Russia keep close ties. The Alma-Ata Accords of 1991 are still the bedrock of relations between "
     "Kazakhstan and Russia.", {"country:KAZ", "country:RUS"}, "occurred"),
    # a deal scrapped (wire)
    ("Hungary scrapped the deal with Serbia, Budapest said.", {"country:HUN", "country:SRB"}, "denied"),
    # a demarcation rejected by a parliament (wire)
    ("The Libyan parliament rejected the maritime demarcation with Turkey, while Egypt welcomed the vote.",
     {"country:TUR"}, "denied"),
])
def test_agreements_named_in_force_or_rejected(text, pair, status):
    agreements = events_of(text, "agreement")
    assert any(pair <= parties(e) and e.status == status for e in agreements), agreements


@pytest.mark.parametrize("etype, text", [
    ("cooperation", "The conversation turned to Russia and China late in the evening."),
    ("cooperation", "Stock markets swung towards gains after Japan and China published data."),
    ("cooperation", "Samsung builds phones under licence for Google in Vietnam and South Korea."),
    ("cooperation", "The Spanish firm builds buses under licence from a German company."),
    ("cooperation", "The club courted Spain's best young players before the season."),
    ("cooperation", "Two banks from Spain and Italy teamed up on a loan."),
    ("cooperation", "Microsoft and Google worked with France on cloud rules."),
    ("request", "The defendant pleaded guilty in a court in Kenya and Uganda."),
    ("alliance", "He is a loyal friend and ally of the president, Kenyan media reported."),
    ("request", "The withdrawal of the old buses was required by law in Chile and Peru."),
    ("request", "She insisted that the French side of the family was Italian, not Spanish."),
    ("request", "Chile insisted that the talks with Peru had been fruitful."),
    ("meeting", "Fans of Spain flew to Madrid for the final against Italy."),
    ("meeting", "Putin arrived back in Moscow on Tuesday after the trip to China."),
    ("meeting", "A film festival summit in Cannes brought together producers from France, Italy and Spain."),
    ("agreement", "The British band signed a contract with a German label in Berlin."),
    ("agreement", "Border demarcation of the new housing estate in Lima was completed by surveyors from Peru and "
     "Chile."),
])
def test_no_event_from_talk_markets_companies_laws_or_travellers(etype, text):
    assert events_of(text, etype) == []
