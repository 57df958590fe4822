"""A 'war' named by what is fought over in trade, media or daily life ("a price war", "the streaming wars", "a
bidding war", "the tariff war") is no armed conflict (triggers/conflict.json 'not_possessed_by'), while wars named
by a place, a people, their weapons or their kind stay conflicts. Sentences invented, in several outlets' styles;
each is a defence-style lead so that only the trigger rule decides."""
from __future__ import annotations

import pytest
from helpers import events_of


@pytest.mark.parametrize("text", [
    # business wire
    "A price war between Swiss and Austrian ski resorts has cut day-pass prices by a third since 2019.",
    # tech site
    "Netflix and Disney escalated the streaming wars in Japan and South Korea this year.",
    # financial daily
    "A bidding war between French and German investors broke out over the Polish shipyard on Monday.",
    # economics desk: a trade fight between states is no armed conflict
    "China and the United States have waged a tariff war since 2018, economists in Beijing said.",
    # airline trade press
    "A fare war between Turkish and Qatari carriers on routes to Central Asia drove ticket prices down.",
])
def test_a_war_of_prices_bids_or_tariffs_is_no_conflict(text):
    assert events_of(text, "conflict") == []


@pytest.mark.parametrize("text, parties", [
    # agency: a border war named by its kind
    ("Armenia and Azerbaijan fought a border war in September 2022 that killed nearly 300 soldiers.",
     {"country:ARM", "country:AZE"}),
    # broadsheet: a drone war
    ("Russia and Ukraine are locked in a drone war over the Black Sea, officials in Kyiv said.",
     {"country:RUS", "country:UKR"}),
])
def test_wars_named_by_their_kind_or_weapons_stay_conflicts(text, parties):
    found = events_of(text, "conflict")
    assert found and parties <= set(found[0].actors) | set(found[0].targets)
