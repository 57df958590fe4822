"""A state's name that is also an ordinary word once its accents go ("Reunion" for Réunion) is that state only
where the text reads it as a place."""
from __future__ import annotations

import pytest
from helpers import analyse_text, mention_ids


@pytest.mark.parametrize("text, word", [
    ("Veteran Rockers Announce Reunion Tour With Twelve Dates\n\nThe band said the shows sold out in an hour.",
     "Reunion"),
    ("Reunion plans were shelved after the singer fell ill, the label said on Friday.", "Reunion"),
    ("The class of 1996 held its Grand Reunion at the old school hall on Saturday.", "Reunion"),
])
def test_the_word_reunion_is_no_state(nlp, text, word):
    ents = analyse_text(nlp, text).ents
    assert "country:REU" not in mention_ids(ents, word, text)


@pytest.mark.parametrize("text, name", [
    ("French navy patrol vessels based in Reunion shadowed the fishing fleet.", "Reunion"),
    ("Cyclone Belal swept across Réunion on Monday, cutting power to 100,000 homes.", "Réunion"),
])
def test_the_island_is_still_found(nlp, text, name):
    ents = analyse_text(nlp, text).ents
    assert "country:REU" in mention_ids(ents, name, text)
