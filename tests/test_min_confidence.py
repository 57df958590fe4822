"""``extract --min-confidence``: only events at or above the confidence asked for, the rest unchanged."""
from __future__ import annotations

import json
import subprocess
import sys

from conftest import SEEDS


def _extract(*extra: str) -> list[dict]:
    res = subprocess.run([sys.executable, "-m", "pactwatch", "-q", "extract", str(SEEDS), "--jsonl", *extra],
                         capture_output=True, text=True, timeout=600)
    assert res.returncode == 0, res.stderr
    return [json.loads(line) for line in res.stdout.splitlines()]


def test_min_confidence_keeps_exactly_the_confident_events():
    every, confident = _extract(), _extract("--min-confidence", "0.8")
    assert [d["id"] for d in every] == [d["id"] for d in confident]
    kept = total = 0
    for a, b in zip(every, confident, strict=True):
        assert b["events"] == [e for e in a["events"] if e["confidence"] >= 0.8]
        assert b["quotes"] == a["quotes"] and b["entities"] == a["entities"]
        kept, total = kept + len(b["events"]), total + len(a["events"])
    assert 0 < kept < total, "the seeds hold events on both sides of 0.8"


def test_min_confidence_outside_0_to_1_is_a_usage_error():
    res = subprocess.run([sys.executable, "-m", "pactwatch", "extract", str(SEEDS), "--min-confidence", "2"],
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 2 and "--min-confidence" in res.stderr
