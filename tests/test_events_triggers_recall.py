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
