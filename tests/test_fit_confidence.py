"""The confidence refit (benchmarks/fit_confidence.py): labels by the scorer's matching, a deterministic fit."""
from __future__ import annotations

import json
from pathlib import Path

from pactwatch.benchmarks.fit_confidence import fit, labelled_events, load_scorer, precision_at

EVAL = Path(__file__).resolve().parent / "data" / "eval"


def _write(path: Path, docs: list[dict]) -> Path:
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return path


def test_events_are_labelled_by_the_scorers_matching(tmp_path):
    ents = [{"id": "country:JPN", "kind": "country", "name": "Japan"},
            {"id": "country:USA", "kind": "country", "name": "United States"}]
    gold = {"doc": "d1", "scope": ["events"], "entities": ents, "events": [
        {"type": "meeting", "status": "occurred", "actors": ["country:USA"], "targets": ["country:JPN"]}]}
    right = {"type": "meeting", "status": "occurred", "actors": ["country:USA"], "targets": ["country:JPN"],
             "evidence": "Biden met Kishida."}
    wrong = {"type": "conflict", "status": "occurred", "actors": ["country:USA"], "targets": ["country:JPN"],
             "evidence": "The war ended."}
    system = {"doc": "d1", "relevance": 0.9, "entities": ents, "events": [right, wrong, dict(right)]}
    got = labelled_events(load_scorer(EVAL), _write(tmp_path / "g.jsonl", [gold]),
                          _write(tmp_path / "s.jsonl", [system]))
    # the repeat of the matched meeting is an extra (which of two identical events is the one does not matter)
    assert sorted((e["type"], ok) for e, _rel, ok in got) == [("conflict", False), ("meeting", False),
                                                               ("meeting", True)]
    assert {rel for _e, rel, _ok in got} == {0.9}


def test_the_fit_is_deterministic_and_ranks_right_events_higher():
    rows = ([({"bias": 1.0, "type:meeting": 1.0}, True)] * 8 + [({"bias": 1.0, "type:meeting": 1.0}, False)] * 2
            + [({"bias": 1.0, "type:deployment": 1.0}, False)] * 6 + [({"bias": 1.0, "type:deployment": 1.0}, True)] * 2)
    w = fit(rows, steps=500)
    assert w == fit(rows, steps=500)
    assert w["type:meeting"] > 0 > w["type:deployment"]
    assert precision_at(w, rows, 0.7) == (0.8, 10)


def test_the_fit_keeps_a_possibility_below_a_report():
    """Even when the sample's few speculations were all right, 'possible' never outweighs 'occurred'."""
    rows = ([({"bias": 1.0, "status:possible": 1.0}, True)] * 3 + [({"bias": 1.0, "status:occurred": 1.0}, True)] * 6
            + [({"bias": 1.0, "status:occurred": 1.0}, False)] * 4)
    w = fit(rows, steps=500)
    assert w["status:possible"] < w["status:occurred"]
