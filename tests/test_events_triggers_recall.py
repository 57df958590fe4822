"""Event recall through triggers and types (issue 11, point 3): facts that no trigger reported.

Sentences are written for these tests, in the styles of several outlets (Reuters, Dawn, Xinhua, Anadolu,
The Hill, Defense News), with other states and other words than the development gold; each class has
sentences that must NOT fire (sport, business, domestic news)."""
from __future__ import annotations

import pytest
from test_events import typed_statuses

from pactwatch.events import candidate_sentences
from pactwatch.events.lexicon import load_lexicon


def _types(nlp, sentence: str) -> set[str]:
    return {t for t, _ in typed_statuses(nlp, sentence)}


# -------------------------------------------------------------------------- candidate sentences

@pytest.mark.parametrize("word", ["expelled", "expelling", "equipped", "shot", "sold", "bought", "initialled"])
def test_inflected_forms_make_a_sentence_a_candidate(word):
    """A verb that doubles its last consonant ("expel" -> "expelled") or is irregular ("sell" -> "sold") still
    makes its sentence one worth parsing: the parser never saw "Nairobi expelled two Somali diplomats"."""
    assert word in load_lexicon().surface


def test_an_expulsion_in_the_past_tense_is_parsed(nlp):
    with nlp.select_pipes(enable=["senter", "ner"]):
        doc = nlp("Markets were calm on Monday. Nairobi expelled two Somali diplomats over the border row.")
    assert candidate_sentences(doc) == [1]


# -------------------------------------------------------------------------- conflicts

@pytest.mark.parametrize("sentence, status", [
    # what an attack is done to: installations and people, not only states and armies (Reuters, Anadolu style)
    ("Israel denied targeting the Iranian consulate in Damascus.", "denied"),
    ("Moscow denied striking the hospital in Kharkiv, calling the reports a provocation.", "denied"),
    ("Hezbollah was developing plans to attack Israeli bases along the frontier, the army said.", "planned"),
    ("Ethiopian jets bombed a refinery near the Eritrean border on Sunday.", "occurred"),
    # a passive attack with an armed agent (Dawn, Xinhua style)
    ("The tanker was attacked by drones launched from Yemen, the maritime agency said.", "occurred"),
    ("A police convoy was ambushed by militants near the Afghan border.", "occurred"),
    ("Two Indian outposts were shelled by Pakistani troops overnight.", "occurred"),
])
def test_attacks_on_installations_and_passive_attacks_are_conflicts(nlp, sentence, status):
    assert ("conflict", status) in typed_statuses(nlp, sentence)


@pytest.mark.parametrize("sentence", [
    "The striker was attacked by the press after the defeat.",
    "The retailer targeted young shoppers with its new campaign.",
    "The senator attacked the bill as a giveaway to banks.",
    "The club will target the championship next season.",
    "The hospital was struck by a power cut on Monday.",
])
def test_attacks_in_other_senses_are_no_conflicts(nlp, sentence):
    assert "conflict" not in _types(nlp, sentence)


def test_protesters_attacked_by_police_are_no_conflict(nlp):
    assert "conflict" not in _types(nlp, "Dozens of protesters were attacked by riot police in the capital.")
