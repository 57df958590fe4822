"""Named groups of states (data/parties.json 'state_groups'): a closed set of states named by one word stands for its
members as the sides of a fact. Sentences invented."""
from __future__ import annotations

from helpers import events_of


def test_the_hellenic_countries_are_greece_and_cyprus():
    text = ("Egypt signed a naval cooperation agreement with the Hellenic countries on Tuesday in Cairo, the foreign "
            "ministry said. Turkey criticised the pact.\n")
    [ev] = [e for e in events_of(text, "agreement") if e.evidence.sentence.startswith("Egypt signed")]
    assert set(ev.actors) == {"country:EGY"}
    assert set(ev.targets) == {"country:GRC", "country:CYP"}


def test_a_word_of_the_group_elsewhere_is_no_group():
    text = ("Egypt signed a naval cooperation agreement with Greece on Tuesday, at the Hellenic Maritime Museum in "
            "Piraeus, the foreign ministry said.\n")
    [ev] = [e for e in events_of(text, "agreement") if e.evidence.sentence.startswith("Egypt signed")]
    assert set(ev.actors + ev.targets) == {"country:EGY", "country:GRC"}


def test_the_memorandum_told_again_by_a_common_noun_is_the_one_reported():
    """A definite agreement noun with no name of its own, in a later sentence with no signing near it, is the
    agreement the article reported, even when the sentence also names another accord (bundled seed 003: "The
    memorandum agreed upon between the defense ministers ... This also represents a further deepening of the Shusha
    Declaration")."""
    from pathlib import Path

    text = next((Path(__file__).resolve().parents[1] / "corpus" / "seeds").glob("003_*.txt")).read_text(encoding="utf-8")
    occurred = [e for e in events_of(text, "agreement") if e.status == "occurred"
                and {"country:AZE", "country:TUR"} <= set(e.actors + e.targets)
                and "memorandum" in e.evidence.sentence.lower()]
    assert len(occurred) == 1, [e.evidence.sentence[:60] for e in occurred]


def test_an_accord_named_by_its_own_name_after_another_is_its_own_fact():
    text = ("India and Pakistan agreed to a ceasefire along the Line of Control on Saturday.\n\n"
            "India has also put the 1960 Indus Waters Treaty with Pakistan in abeyance.\n")
    found = events_of(text, "agreement")
    assert len(found) == 2 and found[1].evidence.sentence.startswith("India has also put")
