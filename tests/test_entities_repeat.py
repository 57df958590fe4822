"""A name found once is a mention wherever the text repeats it as a whole word (entities.names.whole_occurrences
finds the same places as the regular expression it replaces)."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from pactwatch.entities.builder import surname_occurrences, whole_occurrences

ALPHABET = "aAN- _.\n²é"


@settings(max_examples=400, deadline=None)
@given(text=st.text(alphabet=ALPHABET, max_size=60), form=st.text(alphabet=ALPHABET, min_size=1, max_size=4))
def test_same_places_as_the_pattern(text, form):
    rx = re.compile(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])")
    assert list(whole_occurrences(text, form)) == [m.span() for m in rx.finditer(text)]


def test_a_name_inside_a_longer_word_or_a_hyphenated_one_is_not_it():
    text = "NATO said. The NATO-led force, NATOs and ANATO; NATO."
    assert [text[a:b] for a, b in whole_occurrences(text, "NATO")] == ["NATO", "NATO"]
    assert [a for a, _ in whole_occurrences(text, "NATO")] == [0, text.rindex("NATO")]


@settings(max_examples=600, deadline=None)
@given(text=st.text(alphabet="AB. \n-xé", max_size=40), surname=st.text(alphabet="ABx", min_size=1, max_size=3))
def test_a_surname_with_or_without_its_initial_is_found_where_the_pattern_finds_it(text, surname):
    rx = re.compile(r"(?<![\w-])(?:[A-Z]\.\s?)?" + re.escape(surname) + r"(?![\w-])")
    assert list(surname_occurrences(text, surname)) == [m.span() for m in rx.finditer(text)]


def test_an_initial_before_a_surname_is_part_of_its_mention():
    text = "A. Verdiyev met B.Verdiyev and Verdiyev; XA. Verdiyev"
    assert [text[a:b] for a, b in surname_occurrences(text, "Verdiyev")] == [
        "A. Verdiyev", "B.Verdiyev", "Verdiyev", "Verdiyev"]
