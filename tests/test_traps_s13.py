"""Traps (session 13): states named only as where non-state actors come from ("startups from the U.S. and France",
"Swiss skipper Anna Meier") are no parties of their deals and truces, and a game whose players play states (a board
game, a strategy video game) yields no events; a defence story with troops "from" states, a titled minister or a
state that "played a key role" keeps its events.

The sentences and articles are written for these tests in several outlets' styles (tech newsletter, sailing and
cycling desks, gaming site, board-game column, wire and broadsheet defence reports); none comes from an evaluation
set."""
from __future__ import annotations

import pytest
from conftest import analyse_raws
from helpers import events_of, parties

from pactwatch.events.relevance import GAME_ROLES, game_roles
from pactwatch.model import EntityAnalysis, Mention, RawDocument


def _article(text: str, doc_id: str):
    return analyse_raws([RawDocument(doc_id, f"{doc_id}.txt", text)])[0]


@pytest.mark.parametrize("sentence, states", [
    ("A group of fintech startups from Brazil, Mexico and Chile signed an agreement on Monday to share their "
     "payment networks.", {"country:BRA", "country:MEX", "country:CHL"}),
    ("A consortium of start-ups from Estonia and Finland announced that they had struck a pact to pool their "
     "patents.", {"country:EST", "country:FIN"}),
    ("Swiss skipper Anna Meier said there would be no truce with the other crews before the final.",
     {"country:CHE"}),
    ("Kenyan rider Peter Mwangi ruled out a pact with the leaders on the last climb.", {"country:KEN"}),
    ('Norwegian skier Ola Berg shrugged off the claim: "There was no truce between us."', {"country:NOR"}),
    ("Korean chef Min-jun Park said the two kitchens had signed a peace treaty after years of rivalry.",
     {"country:KOR"}),
])
def test_states_named_as_the_origin_of_non_state_actors_are_no_parties(sentence, states):
    assert not any(parties(e) & states for e in events_of(sentence)), [(e.type, parties(e)) for e in events_of(sentence)]


@pytest.mark.parametrize("sentence, etype, states", [
    ("Peacekeepers from Nepal, Ghana and Fiji deployed to southern Lebanon on Monday.", "deployment",
     {"country:NPL"}),
    ("Ukrainian President Volodymyr Zelensky signed a security agreement with Britain on Friday.", "agreement",
     {"country:UKR", "country:GBR"}),
    ("French Defence Minister Sébastien Lecornu signed a pact with Italy on joint air defence.", "agreement",
     {"country:FRA", "country:ITA"}),
    ('Ukrainian Defence Minister Denys Shmyhal told reporters: "There will be no ceasefire with Russia."',
     "agreement", {"country:UKR", "country:RUS"}),
    ("Engineers from the Turkish firm Baykar will train Polish soldiers, and Poland signed an agreement with "
     "Turkey on Tuesday.", "agreement", {"country:POL", "country:TUR"}),
])
def test_states_as_real_parties_beside_the_same_words_keep_their_events(sentence, etype, states):
    assert any(e.type == etype and states <= parties(e) for e in events_of(sentence)), [
        (e.type, parties(e)) for e in events_of(sentence)]


def _mentions(text: str, *names: tuple[str, str]) -> EntityAnalysis:
    out = []
    for eid, word in names:
        start = text.index(word)
        out.append(Mention(eid, start, start + len(word), word, "gazetteer"))
    return EntityAnalysis(mentions=tuple(out))


@pytest.mark.parametrize("text, names, roles", [
    ("The champion, a student from Lyon, played Austria; her brother, who played Italy, went out first.",
     (("country:AUT", "Austria"), ("country:ITA", "Italy")), 2),
    ("She offered the Russia player a truce, then the Germany players stabbed her.",
     (("country:RUS", "Russia"), ("country:DEU", "Germany")), 2),
    ("In the final, the streamer was playing as France against a Japan player.",
     (("country:FRA", "France"), ("country:JPN", "Japan")), 2),
    ("Turkey played a key role in the talks, and Qatar has played host to Hamas leaders.",
     (("country:TUR", "Turkey"), ("country:QAT", "Qatar")), 0),
    ("China's key players in the region, Russia and Iran, held drills.",
     (("country:CHN", "China"), ("country:RUS", "Russia"), ("country:IRN", "Iran")), 0),
])
def test_states_played_in_a_game_are_its_roles(text, names, roles):
    assert game_roles(text, _mentions(text, *names)) == roles


GAME_REVIEW = """PC Gamer
Strategy · Esports

Grand strategy's world final ends in a French betrayal
14 October 2025

By Ines Okoro

The world final of the grand-strategy game Iron Crowns was played over two days in a Warsaw arena. Eight players
take the roles of the powers of 1936, and each turn they negotiate, sign non-aggression pacts and then move armies.

The champion, a 27-year-old nurse from Leeds named Sophie Ward, played France. She opened with an alliance with
Britain and invaded Belgium in the second year, while the player who played Germany declared war on Poland.

Halfway through she proposed a truce to the Italy player and turned her fleets against Germany. The German armies
were pushed back to Berlin, and the Soviet Union and Japan, locked in a war of their own, never agreed on a
ceasefire.

"It was the right moment to switch sides," Ward said after the final. Next year's event will be held in Seoul.
"""

WAR_REPORT = """Reuters
World News

Turkey and Qatar press Israel and Hamas to extend Gaza truce
12 November 2025

ANKARA, Nov 12 (Reuters) - Turkey and Qatar urged Israel and Hamas on Wednesday to extend the ceasefire in Gaza, as
Israeli troops remained in the south of the strip and the two sides traded accusations of violations.

Turkey has played a key role in the talks, and Qatar, which has played host to Hamas leaders, said its mediators
would meet Egyptian officials in Cairo next week.

Turkish Foreign Minister Hakan Fidan said Ankara was ready to send troops to a stabilisation force, while Israel's
military said it had struck militants who attacked its soldiers near Rafah.
"""


def test_a_game_whose_players_play_states_yields_no_events():
    article = _article(GAME_REVIEW, "game-final")
    assert article.events == (), [(e.type, e.actors, e.targets, e.trigger) for e in article.events]


def test_a_war_report_where_states_play_roles_keeps_its_events():
    article = _article(WAR_REPORT, "gaza-truce")
    assert game_roles(WAR_REPORT, EntityAnalysis(mentions=article.mentions)) < GAME_ROLES
    assert article.events, "the war report lost its events"
