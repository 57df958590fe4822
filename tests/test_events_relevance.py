"""Article relevance: an article not about defense and security between states yields no events.

Sentences are written for these tests, in the styles of several outlets."""
from __future__ import annotations

import pytest
from conftest import analyse_raws

from pactwatch.events.relevance import article_relevance, relevant, sentence_weight
from pactwatch.model import Entity, EntityAnalysis, Mention, RawDocument


def _ents(*ids: str) -> EntityAnalysis:
    ents = tuple(Entity(i, i.split(":")[0], i.split(":")[1]) for i in ids)
    return EntityAnalysis(entities=ents, mentions=tuple(Mention(i, k, k + 1, i) for k, i in enumerate(ids)))


@pytest.mark.parametrize("sentence, weight", [
    ("Russian forces shelled the city overnight, the ministry said.", 1.5),  # "shelled" 1, "forces" 0.5
    ("The national security adviser met the ambassador.", 1.0),  # two weak words
    ("The storm flooded dozens of homes near the river.", 0.0),
    ("Civil society groups signed an agreement with the city council.", 0.5),
])
def test_sentence_weight_counts_strong_and_weak_words(sentence, weight):
    assert sentence_weight(sentence) == weight


DEFENSE = [
    "NEW DELHI (ANI): India and France on Monday began a two-week joint naval exercise off the coast of Goa.",
    "The drills involve warships, submarines and maritime patrol aircraft from both navies, officials said.",
    "Defence Minister Rajnath Singh said the exercise reflected growing defence cooperation between the two countries.",
    "France has also offered to supply more Rafale fighter jets to the Indian Navy.",
]
SPORT = [
    "DOHA — Norway's Karsten Warholm retained his world title in the 400 metres hurdles on Monday.",
    "The American Rai Benjamin took silver and Qatar's Abderrahman Samba bronze.",
    "Warholm, who defended his crown in front of a half-empty stadium, said he was proud.",
    "The championships continue on Tuesday with the women's marathon.",
]
SPACE = [
    "The rocket lifted off from Cape Canaveral at 2:49 a.m. carrying a test capsule.",
    "The capsule docked with the space station a day later, the agency said.",
    "Engineers will review the flight data before crewed missions begin next year.",
]


def test_defense_article_between_states_is_relevant():
    score = article_relevance(DEFENSE, _ents("country:IND", "country:FRA"))
    assert relevant(score) and score >= 0.6


@pytest.mark.parametrize("sentences, ids", [
    (SPORT, ("country:NOR", "country:USA", "country:QAT")),  # states, but no defense vocabulary
    (SPACE, ("country:USA",)),  # a "rocket" and "missions" of a space agency
    (DEFENSE, ()),  # defense words, but no state at all
])
def test_articles_that_are_not_about_relations_between_states_are_not_relevant(sentences, ids):
    assert not relevant(article_relevance(sentences, _ents(*ids)))


def test_one_state_alone_counts_less_than_two():
    one = article_relevance(DEFENSE, _ents("country:IND"))
    two = article_relevance(DEFENSE, _ents("country:IND", "country:FRA"))
    assert one < two


def _events_of(text: str):
    return analyse_raws([RawDocument("r", "r.txt", text)])[0].events


@pytest.mark.parametrize("text", [
    # a business story (The Hill style): a retailer's "operations", a "request" to a regulator
    "Retailer expands\nBy Jane Doe\nWASHINGTON — Target said Tuesday it would expand operations in Canada and "
    "Mexico, after a request from investors to grow abroad.\nThe company will hire 5,000 workers.\n",
    # a disaster story (Dawn style): troops help, nobody fights
    "Floods hit Sindh\nKARACHI: Army troops were called in to help rescue families after floods hit Sindh on "
    "Sunday, officials said.\nThe Chinese and Turkish governments sent relief goods.\nAt least 40 people died.\n",
    # a space story (Xinhua style)
    "Capsule docks\nBEIJING, March 3 (Xinhua) -- A Shenzhou capsule docked with China's space station on "
    "Sunday after a rocket launch from Jiuquan, the China Manned Space Agency said.\nRussia and the United States "
    "congratulated the crew.\n",
])
def test_no_events_in_articles_that_are_not_about_defense(text):
    assert _events_of(text) == ()


FOOTBALL = [
    "LONDON (Reuters) - England's attack finally broke through France's stubborn defence on Saturday as the "
    "hosts won the World Cup quarter-final 2-1.",
    "The French defenders held firm for an hour before Harry Kane struck twice, and the England manager said "
    "his players had fought like soldiers.",
    "\"It was a war out there, a real battle,\" the goalkeeper said after the match.",
    "England will face Portugal in the semi-final on Wednesday, while France fly home.",
]


@pytest.mark.parametrize("sentence", [
    "Spain's attack was blunted by a disciplined Moroccan defence in the first half of the tournament opener.",
    "The visitors' bowling attack ripped through the batting order, taking six wickets before lunch.",
])
def test_defense_words_in_a_sentence_of_sport_are_metaphors(sentence):
    assert sentence_weight(sentence) == 0.0


def test_a_sports_story_between_states_is_not_relevant():
    """A match names states and their "attack", "defence", "war": the words are the game's."""
    ents = _ents("country:GBR", "country:FRA", "country:PRT")
    assert not relevant(article_relevance(FOOTBALL, ents))
    assert _events_of("England beat France to reach semi-final\n\n" + "\n\n".join(FOOTBALL) + "\n") == ()


def test_a_defense_story_that_mentions_a_stadium_stays_relevant():
    """One sentence of a strike on a stadium does not make a war report a sports story."""
    war = DEFENSE + ["A missile later hit a football stadium used as a shelter, the Indian Navy said."]
    ents = _ents("country:IND", "country:FRA")
    assert relevant(article_relevance(war, ents))
    assert article_relevance(war, ents) >= 0.5


DOMESTIC = [
    "OTTAWA — Allies of the prime minister in the Commons pressed the Speaker on Tuesday to schedule a "
    "vote on the budget, setting up a fight with the opposition.",
    "Opposition leaders warned that the plan would cut pensions and vowed to attack it in committee.",
    "The prime minister will meet provincial premiers on Friday to discuss health funding.",
]


def test_an_article_that_names_one_state_alone_is_about_no_relation_between_states():
    """Allies, a fight, an attack and a meeting, all inside one state: no relation between states."""
    assert not relevant(article_relevance(DOMESTIC, _ents("country:CAN")))
    assert _events_of("Allies press for budget vote\n\n" + "\n\n".join(DOMESTIC) + "\n") == ()


def test_a_state_and_an_international_organisation_are_two_parties():
    ents = _ents("country:POL", "org:nato")
    assert relevant(article_relevance(DEFENSE, ents))
    assert article_relevance(DEFENSE, ents) > article_relevance(DEFENSE, _ents("country:POL"))
