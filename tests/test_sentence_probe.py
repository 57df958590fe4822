"""The sentence probe (benchmarks/sentence_probe.py): leave-one-corpus-out folds that never train on the
documents they test, the scorer's own matching of misses and extras, a deterministic classifier that learns
the words of its positives, and the whole command on a small slice of the corpora."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from pactwatch.benchmarks import sentence_probe as sp
from pactwatch.benchmarks.fit_confidence import load_scorer

DATA = Path(__file__).resolve().parent / "data"
EVAL = DATA / "eval"


def _sentence(corpus: str, doc: str, feats: list[str], labels=(), group: str | None = None) -> sp.Sentence:
    return sp.Sentence(corpus, doc, group or corpus, " ".join(f.split(":", 1)[1] for f in feats), feats, set(labels))


def test_folds_hold_out_a_whole_corpus_and_each_general_news_topic_once():
    sents = [_sentence(c, f"{c}-{i}", ["w:x"]) for c in ("a", "b", "c") for i in range(4)]
    sents += [_sentence(sp.NEGATIVE, f"{t}_{i}ecb", ["w:y"], group=str(t)) for t in (1, 3, 5, 7, 9) for i in range(3)]
    folds = sp.folds(sents, ["a", "b", "c"])
    assert [name for name, _, _ in folds] == ["a", "b", "c"]
    held_negatives = []
    for name, train, test in folds:
        train_docs = {(sents[i].corpus, sents[i].doc) for i in train}
        test_docs = {(sents[i].corpus, sents[i].doc) for i in test}
        assert not train_docs & test_docs
        assert {s.doc for s in sents if s.corpus == name} <= {d for _, d in test_docs}
        assert not any(sents[i].corpus == name for i in train)
        # a general news topic is held out whole: none of its articles trains the model that tests it
        test_topics = {sents[i].group for i in test if sents[i].corpus == sp.NEGATIVE}
        assert not test_topics & {sents[i].group for i in train if sents[i].corpus == sp.NEGATIVE}
        held_negatives += [sents[i].doc for i in test if sents[i].corpus == sp.NEGATIVE]
        assert sorted(train + test) == list(range(len(sents)))
    assert sorted(held_negatives) == sorted(s.doc for s in sents if s.corpus == sp.NEGATIVE)
    with pytest.raises(SystemExit):
        sp.folds(sents, ["a"])


def test_gold_evidence_labels_the_sentence_sharing_most_of_its_words():
    sents = [_sentence("a", "d1", []) for _ in range(3)]
    sents[0].text = "Chile and Peru signed a fisheries protection accord on Monday."
    sents[1].text = "The accord follows years of talks."
    sents[2].text = "Lima's markets rose."
    gold = {"d1": {"doc": "d1", "entities": [], "events": [
        {"type": "agreement", "evidence": "Chile and Peru signed a fisheries protection accord on Monday"},
        {"type": "meeting", "evidence": "Ministers from Oslo flew to Reykjavik for a summit."}]}}
    assert sp.label(sents, gold) == 1  # the second evidence is in no sentence
    assert [s.labels for s in sents] == [{"agreement"}, set(), set()]
    assert not any(s.eventless for s in sents)


def test_misses_extras_and_right_events_follow_the_scorers_matching():
    ents = [{"id": "country:CHL", "kind": "country", "name": "Chile"},
            {"id": "country:PER", "kind": "country", "name": "Peru"}]
    met = {"type": "meeting", "status": "occurred", "actors": ["country:CHL"], "targets": ["country:PER"],
           "evidence": "The Chilean and Peruvian ministers met in Arica."}
    signed = {"type": "agreement", "status": "occurred", "actors": ["country:CHL"], "targets": ["country:PER"],
              "evidence": "They signed a border accord."}
    wrong = {"type": "conflict", "status": "occurred", "actors": ["country:PER"], "targets": ["country:CHL"],
             "evidence": "The 1879 war is remembered."}
    gold = {"d1": {"doc": "d1", "scope": ["events"], "entities": ents, "events": [met, signed]}}
    system = {"d1": {"doc": "d1", "entities": ents, "events": [dict(met), wrong]}}
    got = sp.system_events(load_scorer(EVAL), gold, system)
    assert [e["type"] for _, e in got["missed"]] == ["agreement"]
    assert [e["type"] for _, e in got["extra"]] == ["conflict"]
    assert [e["type"] for _, e in got["right"]] == ["meeting"]


def test_the_classifier_is_deterministic_and_learns_its_positives_words():
    train = []
    for i in range(6):
        train.append(_sentence("a", f"p{i}", ["w:sign", "w:accord", f"w:n{i}", "ne:GPE"], {"agreement"}))
        train.append(_sentence("a", f"q{i}", ["w:hold", "w:drill", f"w:m{i}", "ne:GPE"], {"exercise"}))
        train.append(_sentence("a", f"n{i}", ["w:bake", "w:bread", f"w:k{i}"]))
        train.append(_sentence("a", f"o{i}", ["w:rain", "w:fall", f"w:j{i}"]))
    one, two = sp.Probe(l2=1.0).fit(train), sp.Probe(l2=1.0).fit(train)
    assert np.array_equal(one.weights, two.weights)
    scores = one.scores([["w:sign", "w:accord", "ne:GPE"], ["w:bake", "w:rain"], ["w:hold", "w:drill"]])
    agreement, exercise = sp.TYPES.index("agreement"), sp.TYPES.index("exercise")
    assert scores[0, agreement] > 0.5 > scores[1, agreement]
    assert scores[2, exercise] > scores[0, exercise]
    assert ((scores >= 0) & (scores <= 1)).all()
    # a type without any positive is never flagged
    assert scores[:, sp.TYPES.index("threat")].max() < 0.01


def _slice(tmp: Path, name: str, gold: Path, folder: Path, n: int) -> str:
    """A corpus of the first ``n`` gold documents of ``gold`` (their files copied): NAME=GOLD:DIR."""
    docs = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()][:n]
    out = tmp / name
    out.mkdir()
    for d in docs:
        shutil.copy(next(folder.glob(f"{d['doc']}.*")), out)
    (tmp / f"{name}.gold.jsonl").write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return f"{name}={tmp / f'{name}.gold.jsonl'}:{out}"


@pytest.mark.slow
def test_the_command_on_a_small_slice(tmp_path, capsys):
    corpora = [_slice(tmp_path, "wn", EVAL / "wikinews.gold.jsonl", DATA / "wikinews", 8),
               _slice(tmp_path, "st", EVAL / "styles.gold.jsonl", DATA / "styles", 8)]
    news = tmp_path / "news"
    news.mkdir()
    for f in sorted((DATA / "ecbplus").glob("1[13]_[1-3]ecb.txt")):
        shutil.copy(f, news)
    args = [a for c in corpora for a in ("--corpus", c)] + ["--negatives", str(news), "--outputs",
                                                           str(tmp_path / "out"), "--json"]
    assert sp.main(args) == 0
    result = json.loads(capsys.readouterr().out)
    assert set(result["corpora"]) == {"wn", "st"}
    assert result["operating_threshold"] in sp.THRESHOLDS
    for name, c in result["corpora"].items():
        assert c["documents"] == 8 and c["sentences"] > 20
        assert (tmp_path / "out" / f"{name}.jsonl").exists()
        assert c["gold_events"] > 0
        for per_th in c["sentences_by_type"].values():
            for cell in per_th.values():
                assert all(0 <= cell[k] <= 1 for k in ("p", "r", "ap", "p_doc") if k in cell)
        e = c["events"]
        assert e["missed"] + e["right"] >= 1
        for key in ("missed_flagged", "extra_rejected", "right_rejected", "ecb_events_rejected"):
            assert all(0 <= v <= 1 for v in e[key].values())
        # the sentences of the other corpus and the held-out news are what it trained on, nothing of its own
        assert c["train_sentences"] > 0
    assert sum(f["ecb"]["articles"] for f in (c["false_flags_per_article"] for c in result["corpora"].values())) == 6
    # the text report prints every corpus and the pooled figures
    material = sp.gather([sp.parse_corpus(c) for c in corpora], news, tmp_path / "out")
    text = sp.report(sp.evaluate(material))
    assert "== wn (left out)" in text and "pooled over the corpora left out" in text
    # a sentence built from a training positive's words scores its type above an unrelated sentence
    probe = sp.Probe().fit(material.sentences)
    positive = next(s for s in material.sentences if s.labels)
    kind = sp.TYPES.index(sorted(positive.labels)[0])
    unrelated = [s for s in sp.sentences_of({"x": "The bakery on the corner sold out of rye bread by noon."},
                                            "x", lambda d: d)]
    rebuilt = sp.sentences_of({"y": positive.text}, "y", lambda d: d)
    scores = probe.scores([rebuilt[0].features, unrelated[0].features])
    assert scores[0, kind] > scores[1, kind]
