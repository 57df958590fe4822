"""Regions whose names hold a state's name are regions: "Latin America" is no United States."""
from __future__ import annotations

import pytest

from pactwatch.gazetteer import load_gazetteer


def ids(text: str) -> list[str]:
    return [hit.entity_id for hit in load_gazetteer().find(text)]


@pytest.mark.parametrize("text, region", [
    ("The tour takes the band across Latin America this spring.", "place:latin-america"),
    ("Several Latin American governments recalled their envoys.", "place:latin-america"),
    ("Drought has hit farmers in Central America hardest.", "place:central-america"),
    ("The frigate will call at ports in South America.", "place:south-america"),
    ("North American carmakers warned of tariffs.", "place:north-america"),
])
def test_a_region_named_after_a_continent_is_no_state(text, region):
    found = ids(text)
    assert region in found
    assert "country:USA" not in found


def test_america_alone_still_names_the_united_states():
    assert ids("America and Poland signed the accord in Warsaw.")[0] == "country:USA"
