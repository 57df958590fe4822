"""Products, species and common-noun acronyms a document names are no people, organisations or places
(entities/things.py), learned from the document's own context; real spaCy pipeline, sentences of our own."""
from __future__ import annotations

import pytest
from helpers import analyse_text

from pactwatch.entities.things import _spelled_out, is_thing


def kinds_of(nlp, text: str, surface: str) -> set[str]:
    """Entity ids of every mention whose text is ``surface`` or holds it."""
    a = analyse_text(nlp, text)
    return {m.entity_id for m in a.ents.mentions if surface in m.text}


@pytest.mark.parametrize("text, surface", [
    # tech blog style: a maker's possessive, a version and a product noun teach the name
    ("Oracle's Vivaldi Navigator 4 (VN4) browser is nearly done. Vivaldi Navigator's share fell this year, "
     "and VN's older releases still run in many offices.", "Navigator"),
    ("Admins were told to drop VN3 and VN4 before June. VN still runs on a third of office machines.", "VN"),
    # listed after a product noun
    ("Usually the site is the #3 browser after Palemoon, but not this month, a statistics firm said. "
     "Kestrel Palemoon, its rival, gained users.", "Palemoon"),
    ("The tool lets people watch video on cheap devices (e.g. Orange Slice) where the official apps fail.",
     "Orange Slice"),
    # shipped with an operating system
    ("The old release shipped with Lindows ME, a decade ago. Lindows ME was popular in schools.", "Lindows ME"),
    # a demonstrative: a thing, not a body
    ("The downloader runs a small Python interpreter. The site executes this Python, as a browser would.",
     "Python"),
    # space news style: a product noun after a name of several words; spaCy's PRODUCT label after "the"
    ("Orbital Nova Starhopper capsule reaches the station\n\nOn Sunday the Nova Starhopper docked in orbit. "
     "Nova Starhopper has room for five people.", "Starhopper"),
])
def test_products_are_no_entities_anywhere_in_the_text(nlp, text, surface):
    assert not {i for i in kinds_of(nlp, text, surface) if i.startswith(("person:", "org:", "place:"))}


@pytest.mark.parametrize("text, surface", [
    ("The group has long opposed DRM (digital rights management) on e-books. DRM keeps buyers from copying.",
     "DRM"),
    ("Exports of liquefied natural gas (LNG) rose, and LNG tankers queued at the port.", "LNG"),
])
def test_acronyms_spelled_out_in_lower_case_are_terms(nlp, text, surface):
    assert not kinds_of(nlp, text, surface)


@pytest.mark.parametrize("text, surface", [
    ("For the study, the team chose Sinornithosaurus millenii, a dinosaur about the size of a turkey. "
     "They said Sinornithosaurus could glide, and that in Sinornithosaurus the feathers were long.",
     "Sinornithosaurus"),
    ("The bones belong to the species Velocisaurus unicus. Velocisaurus lived in what is now Patagonia.",
     "Velocisaurus"),
])
def test_species_are_no_people_or_places(nlp, text, surface):
    assert not kinds_of(nlp, text, surface)


@pytest.mark.parametrize("text, surface, prefix", [
    # the maker stays an organisation beside its product
    ("The Bluestar Nova Hopper capsule docked on Sunday. Bluestar Industries said the flight went well.",
     "Bluestar", ""),
    # a state and a body before a product noun stay what they are
    ("A United States spacecraft will carry the crew, NASA said.", "United States", "country:"),
    ("The Space Force satellite was launched from Florida. The Space Force said it works.", "Space Force", "org:"),
    # a rocket attack by an armed group: the group stays a party
    ("An Islamic Jihad rocket attack hit the town. Islamic Jihad said it fired the rockets.", "Islamic Jihad",
     "org:"),
    # a leader's phone call, and a score or a count after a name, teach no product
    ("The Biden Kishida phone call lasted an hour. Kishida said Japan would help.", "Kishida", "person:"),
    ("Nikos Dendias 2 days ago met the Greek Energy Forum. Dendias said gas prices rose.", "Dendias",
     "person:"),
])
def test_makers_states_groups_and_people_are_kept(nlp, text, surface, prefix):
    """(the maker is kept whatever its kind: "" is any entity)"""
    assert any(i.startswith(prefix) for i in kinds_of(nlp, text, surface))


def test_is_thing_matches_last_parts_and_names_that_end_with_a_thing():
    things = frozenset({"vivaldi navigator", "palemoon"})
    assert is_thing("Navigator", things) and is_thing("Kestrel Palemoon", things)
    assert not is_thing("Vivaldi", things) and not is_thing("Palemoon Foundation", things)


@pytest.mark.parametrize("acronym, words, expected", [
    ("DRM", "digital rights management", True),
    ("LNG", "liquefied natural gas", True),
    ("EEZ", "the exclusive economic zone", True),
    ("NATO", "the alliance of thirty states", False),
])
def test_spelled_out(acronym, words, expected):
    assert _spelled_out(acronym, words) is expected


TECH_ARTICLE = (
    "Nimbus retires its Skyline 7 browser\n\n"
    "Seattle-based Nimbus Corp. said on Monday that it will stop updating its Skyline 7 browser in March, urging "
    "users to move to Skyline 11. Skyline's share of the market fell to 12 percent last year, while Orbit Fox, its "
    "main rival, gained ground. \"Usually Skyline is the number two browser after Orbit Fox,\" said analyst Priya "
    "Raman of the Carlton–Meyer Institute for Digital Policy.\n\n"
    "Many companies still run Skyline 7 on old machines that shipped with Quartz XP. Nimbus said a newer Skyline "
    "is safer. The update also removes support for DRM (digital rights management) in the Skyline Movies store."
)
SPACE_ARTICLE = (
    "Capsule docks with orbiting lab\n\n"
    "On Sunday, the Helios Starfarer capsule docked with the orbiting laboratory. The Starfarer was launched on a "
    "Vega 6 rocket from the Baikal Space Center at dawn. Starfarer has room for six people.\n\n"
    "The flight carried samples of Velocisaurus borealis, a dinosaur about the size of a goose, for a study led by "
    "Marta Kowalski of the Linwood College. She said Velocisaurus could run fast."
)


@pytest.mark.parametrize("text, expected", [
    (TECH_ARTICLE, {"org:nimbus-corp", "place:seattle", "person:priya-raman",
                    "org:carlton-meyer-institute-for-digital-policy"}),
    (SPACE_ARTICLE, {"place:baikal-space-center", "person:marta-kowalski", "org:linwood-college"}),
])
def test_a_whole_article_names_no_products_species_or_terms(nlp, text, expected):
    """Tech and space news in the style of a wiki news site: the bodies, people and places, nothing else."""
    assert {e.id for e in analyse_text(nlp, text).ents.entities} == expected
