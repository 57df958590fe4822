"""A trigger that needs a modifier ('joint drills', not 'fire drills') finds it among the noun's own modifiers however
many words stand between them ('a joint live-fire exercise', 'combined large-scale naval drills')."""
from __future__ import annotations

import pytest
from helpers import events_of


@pytest.mark.parametrize("text", [
    "Latvian and Estonian artillery units held a joint live-fire exercise at the Adazi range on Wednesday.",
    "The Greek and Egyptian navies held a joint search-and-rescue exercise off Crete on Sunday, the navy said.",
])
def test_the_joint_modifier_is_read_across_compound_words(text):
    exercises = events_of(text, "exercise")
    assert exercises and exercises[0].status == "occurred", exercises


def test_a_noun_without_such_a_modifier_still_needs_one():
    assert not events_of("Residents of Tallinn took part in a city-wide fire evacuation exercise on Friday.", "exercise")
