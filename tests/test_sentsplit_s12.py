"""Sentences the sentence recogniser cuts inside a sentence are joined back (``nlp.join_cut_sentences``)."""
import pytest

from pactwatch import nlp as nlp_mod
from pactwatch.pipeline import CHEAP_PIPES


@pytest.fixture(scope="module")
def cheap():
    nlp = nlp_mod.load()
    procs = nlp_mod.held_pipes(nlp, CHEAP_PIPES)

    def run(text: str) -> list[str]:
        doc = nlp_mod.pipe_blocks(nlp, [text], 100_000, procs)[0]
        return [s.text for s in doc.sents]
    return run


def test_no_cut_before_a_lower_case_word(cheap):
    texts = ("The Cabinet Secy. said the accord with Ghana is ready.",
             "The Min. says no threat to trade ties after the pact with Peru.",
             "Chile, Peru sign $2.1 bil. deal for 40 more patrol boats.",
             'The drill "Amber Gate-2027" ended today near the border of Latvia and Estonia.')
    assert [cheap(t) for t in texts] == [[t] for t in texts]


def test_a_cut_after_an_opening_mark_is_joined():
    # the rule itself on a hand-made Doc: the sentence start right after an opening quotation mark goes
    from spacy.tokens import Doc
    nlp = nlp_mod.load()
    words = ["Oman", "said", '"', "the", "navies", "will", "train", '"', "."]
    spaces = [True, True, False, True, True, True, False, False, False]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, sent_starts=[True, False, False, True, False, False, False,
                                                                  False, False])
    nlp_mod.join_cut_sentences(doc, set())
    assert len(list(doc.sents)) == 1


def test_a_cut_after_a_colon_is_joined():
    from spacy.tokens import Doc
    nlp = nlp_mod.load()
    words = ["Qatar", "said", ":", '"', "We", "will", "sign", '"']
    doc = Doc(nlp.vocab, words=words, spaces=[True, False, True, False, True, True, False, False],
              sent_starts=[True, False, False, True, False, False, False, False])
    nlp_mod.join_cut_sentences(doc, set())
    assert len(list(doc.sents)) == 1


def test_a_line_break_still_ends_a_sentence(cheap):
    text = "Talks between Oman and Qatar on naval drills\nended on Monday in Doha."
    assert len(cheap(text)) == 2


def test_a_surname_particle_or_a_lower_case_name_may_start_a_sentence():
    from spacy.tokens import Doc
    nlp = nlp_mod.load()
    words = ["He", "spoke", ".", "de", "Vries", "left", ".", "eBay", "paid", "."]
    doc = Doc(nlp.vocab, words=words, spaces=[True, False, True, True, True, False, True, True, False, False],
              sent_starts=[True, False, False, True, False, False, False, True, False, False])
    nlp_mod.join_cut_sentences(doc, set())
    assert [s.start for s in doc.sents] == [0, 3, 7]


def test_offsets_are_unchanged(cheap):
    text = 'Chile, Peru sign $2.1 bil. deal for 40 boats. Then "the navies" met.'
    nlp = nlp_mod.load()
    doc = nlp_mod.pipe_blocks(nlp, [text], 100_000, nlp_mod.held_pipes(nlp, CHEAP_PIPES))[0]
    assert "".join(text[s.start_char:s.end_char] + " " for s in doc.sents).strip() == text
