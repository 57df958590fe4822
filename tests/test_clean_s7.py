"""Page furniture (session 7): related-links lines written as "READ: <headline>", "ALSO READ | <headline>",
"Watch: <headline>" anywhere in the page are not the article's text."""
from __future__ import annotations

import pytest

from pactwatch.clean import any_of, clean
from pactwatch.model import RawDocument
from pactwatch.settings import Settings

LEAD = "Ghana and Togo held joint border patrols last week, the army said in a statement on Monday."
TAIL = "The patrols covered 120 kilometres of the frontier and will be repeated in the rainy season, officers said."


@pytest.mark.parametrize("furniture", [
    "READ: Chile, Peru sign defence pact",
    "ALSO READ | Kenya, Somalia agree to share intelligence",
    "Also read: Indian Navy hosts French frigate in Goa",
    "Watch: Navies of Brazil and Angola train off Luanda",
    "MUST READ - Estonia buys more howitzers from South Korea",
    "Related: Vietnam and Japan sign coast guard deal",
])
def test_related_link_lines_are_furniture(furniture):
    doc = clean(RawDocument("t", "<t>", f"Border patrols resume\n\n{LEAD}\n{furniture}\n{TAIL}"), Settings())
    assert furniture not in doc.text
    assert LEAD in doc.text and TAIL in doc.text


@pytest.mark.parametrize("line", [
    "Read the full statement on the ministry's website, where it was published on Monday.",
    "Readers in Accra watched the parade on television.",
])
def test_sentences_starting_like_furniture_stay(line):
    doc = clean(RawDocument("t", "<t>", f"Border patrols resume\n\n{LEAD}\n{line}\n{TAIL}"), Settings())
    assert line in doc.text


def test_any_of_matches_any_pattern_case_insensitively():
    rx = any_of([r"read\s*:.*", r"watch"])
    assert rx.fullmatch("READ: A, B sign pact") and rx.fullmatch("Watch")
    assert rx.fullmatch("reader") is None

