"""End to end on the bundled corpus: the real CLI, the real pipeline, scored against the gold.

* The extraction scores on the seeds are pinned as floors (a drop fails; lower a floor
  only in the same commit as the change that needs it, with the reason).
* The whole output is compared with tests/golden/seeds.jsonl; regenerate on purpose with
  ``pytest tests/test_e2e_seeds.py --update-golden`` and review the diff.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from e2e import extract_jsonl, flat, score

HERE = Path(__file__).resolve().parent
EVAL = HERE / "data" / "eval"
GOLDEN = HERE / "golden" / "seeds.jsonl"

# measured on the seeds when the floor was set; see README "Measured"
FLOORS = {
    # measured 2026-11-23: entities 1.0, relations 1.0, events 0.897, status 0.923, quotes 0.98,
    # published 1.0, stories 1.0, when 0.75, where 0.875; floors sit a little below (the issue's
    # targets are 0.9/0.8/0.7/0.85/0.9/1.0). Events re-measured 2026-11-30 on 493f710 (issue 11):
    # F1 0.929 (P 0.897 R 0.963), status 1.0.
    "entities.f1": 0.95,
    "relations.f1": 0.95,
    "events.f1": 0.90,
    "event.status.accuracy": 0.93,
    "quotes.f1": 0.95,
    "published.accuracy": 1.0,
    "stories.f1": 1.0,
    "event.when.accuracy": 0.7,
    "event.where.accuracy": 0.8,
}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, seeds_dir) -> Path:
    out = tmp_path_factory.mktemp("e2e") / "seeds.jsonl"
    assert "read 5, analysed 5, refused 0" in extract_jsonl(seeds_dir, out, timeout=600)
    return out


def test_every_document_is_in_the_contract(extracted):
    docs = [json.loads(line) for line in extracted.read_text(encoding="utf-8").splitlines()]
    assert [d["doc"] for d in docs] == sorted(p.stem for p in (HERE.parent / "corpus" / "seeds").glob("*.txt"))
    for d in docs:
        ids = {e["id"] for e in d["entities"]}
        for ev in d["events"]:
            assert set(ev["actors"]) | set(ev["targets"]) <= ids
            assert ev["evidence"], "every event carries its evidence sentence"
        for q in d["quotes"]:
            assert q["speaker"] is None or q["speaker"] in ids


def test_evidence_offsets_point_into_the_original_file(extracted, seeds_dir):
    for line in extracted.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        original = (seeds_dir / f"{d['doc']}.txt").read_text(encoding="utf-8")
        for ev in d["events"]:
            s, e = ev["offsets"]["start"], ev["offsets"]["end"]
            assert 0 <= s < e <= len(original)
            assert original[s:e] == ev["evidence"], (d["doc"], ev["evidence"][:60])


@pytest.mark.parametrize("figure, floor", sorted(FLOORS.items()))
def test_scores_stay_above_their_floors(extracted, figure, floor):
    got = flat(score(EVAL / "seeds.gold.jsonl", extracted))
    assert got[figure] >= floor, f"{figure} = {got[figure]} fell below its floor {floor}"


def test_output_matches_the_golden_file(extracted, update_golden):
    def normal(text: str) -> list[dict]:
        docs = [json.loads(line) for line in text.splitlines() if line.strip()]
        for d in docs:
            d.pop("source", None)  # absolute path differs between checkouts
            d.pop("pipeline", None)  # carries a digest of the code: changes with any change
        return docs

    got = normal(extracted.read_text(encoding="utf-8"))
    if update_golden or not GOLDEN.exists():
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text("".join(json.dumps(d, ensure_ascii=False, sort_keys=True) + "\n" for d in got),
                          encoding="utf-8")
        pytest.skip("golden file written; review `git diff tests/golden` before committing")
    assert got == normal(GOLDEN.read_text(encoding="utf-8")), "output changed: rerun with --update-golden and review"
