"""Entity names that carried badly to unseen news (eighth session; /work/notes/s7/wikinews_misses.md W6 and the
entity leftovers): names written with a lowercase particle ("al-Shabaab"), a state's people with "the" ("we warn
the Saudis"), a weapon NER cut at its hyphen ("IRIS-T"). Sentences written for these tests."""
from __future__ import annotations

import pytest
from helpers import analyse_text, events_of, mention_ids, parties

from pactwatch.gazetteer import load_gazetteer


@pytest.mark.parametrize("text, surface, eid", [
    ("Fighters of al-Shabaab attacked a base near Mogadishu.", "al-Shabaab", "org:al-shabaab"),
    ("The strike killed a senior al Qaeda commander in Idlib.", "al Qaeda", "org:al-qaeda"),
])
def test_a_name_written_with_a_lowercase_particle(text, surface, eid):
    found = {(h.text, h.entity_id) for h in load_gazetteer().find(text)}
    assert (surface, eid) in found, found


def test_a_lowercase_particle_alone_is_no_name():
    assert not [h for h in load_gazetteer().find("the al qaeda of it, al - and more") if h.entity_id == "org:al-qaeda"]


def test_an_attack_on_a_group_with_a_lowercase_name_has_its_target():
    war = events_of("Kenyan troops attacked al-Shabaab positions near the border on Sunday.", "conflict")
    assert war and "org:al-shabaab" in war[0].targets, war


@pytest.mark.parametrize("text, surface, eid", [
    ("Israeli officials warned the Iranians against further attacks.", "the Iranians", "country:IRN"),
    ("The Americans have offered to hold talks with the Venezuelans in Doha.", "the Venezuelans", "country:VEN"),
    ("The Saudis signed the pact on Monday.", "The Saudis", "country:SAU"),
])
def test_a_states_people_with_the_is_the_state(nlp, text, surface, eid):
    a = analyse_text(nlp, text)
    assert eid in mention_ids(a.ents, surface.split()[-1], text), a.ents.mentions


def test_a_plural_demonym_without_the_is_people(nlp):
    text = "Two Iranians were wounded in the blast, officials said."
    a = analyse_text(nlp, text)
    assert not mention_ids(a.ents, "Iranians", text)


def test_a_warning_to_a_states_people_is_a_threat_to_the_state():
    found = events_of("Israeli officials warned the Iranians against further attacks.", "threat")
    assert found and "country:IRN" in parties(found[0]) and "country:ISR" in found[0].actors, found


def test_a_weapon_cut_at_its_hyphen_is_no_organisation(nlp):
    text = "Ukraine received IRIS-T systems from Germany last week."
    a = analyse_text(nlp, text)
    assert not [e for e in a.ents.entities if e.kind == "org"], a.ents.entities


def test_a_news_agency_named_before_its_kind_is_an_organisation(nlp):
    text = "The Kazinform news agency said Kazakh and Uzbek troops held joint drills."
    a = analyse_text(nlp, text)
    assert "org:kazinform" in mention_ids(a.ents, "Kazinform", text), a.ents.mentions


def test_a_one_word_adjective_name_stays_no_organisation(nlp):
    text = "Leaders of the Turkic states met in Astana."
    a = analyse_text(nlp, text)
    assert not [e for e in a.ents.entities if e.kind == "org" and "Turkic" in e.name], a.ents.entities
