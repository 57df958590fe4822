"""Who asserts a fact (``asserted_by``, GUIDE §3) when no person says it: a body that says something (a ministry,
an alliance, an agency) claims it; the outlet narrating claims nothing.

Documents written for these tests in the styles of wire reports (Reuters, Anadolu, APA), with other states and names
than the development gold."""
from __future__ import annotations

import pytest
from conftest import analyse_raws

from pactwatch.model import RawDocument

LEAD = "World\nBy Staff\nPublished 6 January 2031\n"


def _article(text: str, doc: str = "n"):
    return analyse_raws([RawDocument(doc, f"{doc}.txt", text)])[0]


def _at(events, etype: str, words: str):
    return {e.asserted_by for e in events if e.type == etype and words in e.evidence.sentence}


@pytest.mark.parametrize("text, etype, words, asserter", [
    # a body that says something claims it (Reuters style)
    ("NATO said Russian drones attacked a Romanian border village on Tuesday.", "conflict", "NATO said",
     "org:nato"),
    # a ministry's statement retold (APA style)
    ("The Azerbaijani Defence Ministry said Armenian forces shelled its positions in Lachin overnight.", "conflict",
     "Defence Ministry said", "org:azerbaijani-defense-ministry"),
    # a body cited as the source (Kyiv Independent, Antara styles)
    ("Ukrainian forces shot down 40 Russian drones overnight, according to the Ukrainian Air Force.", "conflict",
     "according to", "org:ukrainian-air-force"),
    ("According to a statement by the Indonesian Defence Ministry, Indonesia and Australia will hold joint naval "
     "drills in March.", "exercise", "According to", "org:indonesian-defense-ministry"),
])
def test_a_body_that_says_it_asserts_it(text, etype, words, asserter):
    assert _at(_article(LEAD + text + "\n").events, etype, words) == {asserter}


def test_a_relative_clause_is_claimed_with_what_it_describes():
    """Readout style: what is applauded includes what its relative clause says of it."""
    text = ("President Gustavo Petro applauded Ecuador and Peru's signing of the border accord that will enable closer "
            "military cooperation between the three countries.")
    assert _at(_article(LEAD + text + "\n").events, "cooperation", "applauded") == {"person:gustavo-petro"}


@pytest.mark.parametrize("text, asserter", [
    # the person whose announcement it is claims its content, not who welcomes it (Dawn, readout styles)
    ("Defence Minister Anna Berg welcomed Prime Minister Shehbaz Sharif's announcement that Pakistan will send troops "
     "to Somalia.", "person:shehbaz-sharif"),
    # a state's announcement names no person: who welcomes it is who speaks here
    ("Defence Minister Anna Berg welcomed Pakistan's announcement that it will send troops to Somalia.",
     "person:anna-berg"),
])
def test_an_announcement_is_claimed_by_its_author(text, asserter):
    assert _at(_article(LEAD + text + "\n").events, "deployment", "announcement") == {asserter}


@pytest.mark.parametrize("text, etype, words", [
    # a relative clause that is no claim of the subject ("met X, who will host ...") is narrated
    ("Colombian President Gustavo Petro met Ecuadorian President Daniel Noboa, who will host joint naval drills "
     "with Peru next year.", "exercise", "who will host"),
    # the outlet narrates: no one claims it
    ("Russian drones attacked a Romanian border village on Tuesday.", "conflict", "Russian drones"),
    # "they" standing for states is no one person
    ("Turkey and Libya signed a maritime deal in November.\nThey agreed to hold joint naval drills in 2032.",
     "exercise", "They agreed"),
])
def test_a_narrated_fact_has_no_asserter(text, etype, words):
    found = _at(_article(LEAD + text + "\n").events, etype, words)
    assert found == {None}
