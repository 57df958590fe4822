"""Speed work of the seventh session: the parser and the NER decoded with the GIL held
(:class:`pactwatch.nlp.HeldDecoder`) give exactly spaCy's own annotations."""
from __future__ import annotations

import pytest

from pactwatch import nlp as nlp_mod

# texts of several kinds: wire copy, a headline block, a list, a question-and-answer, odd spacing
TEXTS = [
    "Kenya and Ethiopia signed a border security pact in Nairobi on Friday, officials said.\n"
    "The accord, reached after two years of talks, covers joint patrols along the frontier.",
    "BREAKING\n\nPOLAND TO HOST US TROOPS\n\nWarsaw (Reuters) - Poland will host another 2,000 American "
    "soldiers from next spring, Defence Minister Mariusz Blaszczak told reporters.",
    "Q: Will Chile join the exercise?\nA: We are still discussing it with our partners in Lima and Buenos Aires.",
    "- Japan: 40 ships\n- Australia: 12 aircraft\n- India:   3 submarines   and  a  tanker",
    "",
    "   ",
    "Vietnam's foreign ministry on Tuesday accused China of violating its sovereignty near the Paracel "
    "Islands, after the Chinese coast guard rammed a fishing boat, according to state media VNA.",
]


def _signature(doc) -> list:
    return ([(e.start, e.end, e.label_, e.kb_id_) for e in doc.ents]
            + [(t.i, t.ent_iob_, t.is_sent_start) for t in doc]
            + [(t.i, t.dep_, t.head.i, t.tag_) for t in doc])


def _texts(seeds_dir) -> list[str]:
    return TEXTS + [p.read_text(encoding="utf-8") for p in sorted(seeds_dir.iterdir())]


@pytest.mark.parametrize("batch_size", [1, 3, 16])
def test_held_cheap_pass_equals_spacys(nlp, seeds_dir, batch_size):
    """senter + line breaks + NER: the same entities and sentences as ``nlp.pipe`` (any batch size)."""
    from pactwatch.pipeline import CHEAP_PIPES

    texts = _texts(seeds_dir)
    disable = [n for n in nlp.pipe_names if n not in CHEAP_PIPES]
    ours = nlp_mod.run_pipes(nlp, texts, nlp_mod.held_pipes(nlp, CHEAP_PIPES), batch_size)
    theirs = list(nlp.pipe(texts, disable=disable, batch_size=batch_size))
    assert any(d.ents for d in ours)
    assert [_signature(d) for d in ours] == [_signature(d) for d in theirs]


def test_held_full_pipeline_equals_spacys(nlp, seeds_dir):
    """The whole model as shipped (tagger, parser, NER): the same tags, dependencies and entities."""
    texts = _texts(seeds_dir)
    shipped = [n for n in nlp.pipe_names if n not in ("senter", nlp_mod.PARAGRAPHS)]
    ours = nlp_mod.run_pipes(nlp, texts, nlp_mod.held_pipes(nlp, shipped), 4)
    theirs = list(nlp.pipe(texts, disable=["senter", nlp_mod.PARAGRAPHS], batch_size=4))
    assert any(t.dep_ == "nsubj" for d in ours for t in d)
    assert [_signature(d) for d in ours] == [_signature(d) for d in theirs]


def test_held_decoder_single_doc_call(nlp):
    """Called on one Doc, as ``nlp(text)`` calls a component."""
    ner = nlp_mod.HeldDecoder(nlp.get_pipe("ner"))
    disable = [n for n in nlp.pipe_names if n not in ("senter", nlp_mod.PARAGRAPHS, "ner")]
    doc = ner(nlp(TEXTS[0], disable=disable + ["ner"]))
    assert [(e.text, e.label_) for e in doc.ents] == [(e.text, e.label_) for e in nlp(TEXTS[0], disable=disable).ents]
    assert ("Nairobi", "GPE") in [(e.text, e.label_) for e in doc.ents]


def test_analyser_parses_with_held_decoders():
    """The analysis runs the parser and the NER through the held decoders, the other components as they are."""
    from pactwatch.pipeline import Analyser
    from pactwatch.settings import Settings

    analyser = Analyser(Settings().with_(n_process=1))
    kinds = dict(analyser._cheap_procs) | dict(analyser._parse_procs)
    assert isinstance(kinds["ner"], nlp_mod.HeldDecoder)
    assert isinstance(kinds["parser"], nlp_mod.HeldDecoder)
    assert not isinstance(kinds["senter"], nlp_mod.HeldDecoder)


@pytest.fixture(scope="module")
def analyser():
    from pactwatch.pipeline import Analyser
    from pactwatch.settings import Settings

    return Analyser(Settings().with_(n_process=1))


def _raws(seeds_dir):
    from pactwatch.model import RawDocument

    return [RawDocument(p.stem, str(p), p.read_text(encoding="utf-8")) for p in sorted(seeds_dir.iterdir())]


def test_sentences_of_a_batch_parsed_together_as_alone(analyser, seeds_dir):
    """A batch's chosen sentences go through the parser together: every article is the one it is alone."""
    raws = _raws(seeds_dir)
    together = analyser.analyse_batch(raws)
    alone = [analyser.analyse_batch([r])[0] for r in raws]
    assert sum(len(a.events) for a in together) > 10
    assert together == alone


def test_a_failing_batch_parse_falls_back_to_each_document(analyser, seeds_dir, monkeypatch, caplog):
    """When the parse of a batch fails, each document is parsed alone under its own guard: the same articles."""
    raws = _raws(seeds_dir)[:3]
    expected = analyser.analyse_batch(raws)
    parse = analyser.parse
    calls = []

    def fails_once(docs):  # the batch's parse fails, the documents' own parses do not
        calls.append(len(docs))
        if len(calls) == 1:
            raise MemoryError("too many sentences at once")
        return parse(docs)

    monkeypatch.setattr(analyser, "parse", fails_once)
    got = analyser.analyse_batch(raws)
    assert len(calls) == 1 + len(raws) and calls[0] == sum(calls[1:])
    assert got == expected
    assert "parsing them document by document" in caplog.text


@pytest.mark.parametrize("name", ["ner", "parser"])
def test_held_scores_are_the_step_models_bit_for_bit(nlp, seeds_dir, name):
    """At every step, the held decoder's scores equal those of spaCy's step model exactly (same floats)."""
    import numpy

    comp = nlp.get_pipe(name)
    before = [n for n in nlp.pipe_names if n not in ("senter", nlp_mod.PARAGRAPHS)]
    before = before[:before.index(name)]
    docs = nlp_mod.run_pipes(nlp, TEXTS[:4] + _texts(seeds_dir)[-2:], [(n, nlp.get_pipe(n)) for n in before], 8)
    model = comp.model.predict(docs)
    scores = nlp_mod.HeldDecoder._scorer(model)
    states = [s for s in comp.moves.init_batch(docs) if not s.is_final()]
    steps = 0
    while states:
        ours, theirs = scores(states), model.predict(states)
        assert ours.dtype == theirs.dtype and numpy.array_equal(ours, theirs)
        states = comp.transition_states(states, theirs)
        steps += 1
    model.clear_memory()
    assert steps > 50
