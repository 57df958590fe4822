"""End-to-end helpers: the real CLI extracts a corpus, the project's ``score.py`` scores it."""
from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

EVAL = Path(__file__).resolve().parent / "data" / "eval"


def extract_jsonl(corpus: Path, out: Path, timeout: int = 900) -> str:
    """``pactwatch extract CORPUS --jsonl > OUT`` in a child process; returns its stderr (it must succeed)."""
    with out.open("w", encoding="utf-8") as fh:
        proc = subprocess.run([sys.executable, "-m", "pactwatch", "extract", str(corpus), "--jsonl"],
                              stdout=fh, stderr=subprocess.PIPE, text=True, timeout=timeout)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stderr


def score(gold: Path, system: Path) -> dict:
    """``score.py GOLD SYSTEM --json``: the scorer's whole result."""
    proc = subprocess.run([sys.executable, str(EVAL / "score.py"), str(gold), str(system), "--json"],
                          capture_output=True, text=True, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def flat(result: dict) -> dict[str, float]:
    """``{"events.p": ..., "event.status.accuracy": ...}`` of a scorer result."""
    return {f"{k}.{kk}": vv for k, v in result.items() if isinstance(v, dict) for kk, vv in v.items()}


def docs(path: Path) -> list[dict]:
    """The records of a JSONL file."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def eventless(gold: Path) -> set[str]:
    """The documents whose gold has no event (sport, business, science, the traps)."""
    return {d["doc"] for d in docs(gold) if not d.get("events")}


def events_in(system: Path, doc_ids: set[str]) -> dict[str, list[str]]:
    """The evidence (first 60 characters) of every event the output ``system`` gives in the documents ``doc_ids``."""
    return {d["doc"]: [e["evidence"][:60] for e in d["events"]] for d in docs(system)
            if d["doc"] in doc_ids and d["events"]}


def confident_only(system: Path, threshold: float, out: Path) -> Path:
    """``out``: the output ``system`` with only its events of confidence >= ``threshold`` (scored, its precision
    is the share of those events that is right)."""
    records = docs(system)
    for d in records:
        d["events"] = [e for e in d["events"] if e["confidence"] >= threshold]
    out.write_text("".join(json.dumps(d) + "\n" for d in records), encoding="utf-8")
    return out


def filled(floor: float | None, name: str) -> float:
    """A held-out set's floor, failing the test when it was left unfilled (None) when the set was written."""
    if floor is None:
        import pytest

        pytest.fail(f"the floor of {name} was never filled in (see the comment above FLOORS)")
    return floor


def trap_events(gold: Path, system: Path, expected: int) -> dict[str, list[str]]:
    """The events ``system`` gives in the gold's eventless articles (the traps), after checking there are
    ``expected`` of them; a set's trap test asserts this is empty."""
    traps = eventless(gold)
    assert len(traps) == expected, sorted(traps)
    return events_in(system, traps)


def confident_scores(gold: Path, system: Path, threshold: float, out: Path) -> dict[str, float]:
    """The flat scores of ``system``'s events of confidence >= ``threshold`` alone (written to ``out``)."""
    return flat(score(gold, confident_only(system, threshold, out)))


def set_fixtures(corpus: Path, gold: Path):
    """The module fixtures of a made-up set's test: ``extracted`` (the real CLI's JSONL of ``corpus``, once per
    module) and ``scores`` (it scored against ``gold`` once, flat, for all the floors)::

        extracted, scores = set_fixtures(CORPUS, GOLD)
    """
    import pytest

    @pytest.fixture(scope="module")
    def extracted(tmp_path_factory) -> Path:
        out = tmp_path_factory.mktemp(corpus.name) / f"{corpus.name}.jsonl"
        extract_jsonl(corpus, out)
        return out

    @pytest.fixture(scope="module")
    def scores(extracted) -> dict[str, float]:
        return flat(score(gold, extracted))

    return extracted, scores


@dataclass(frozen=True)
class HeldOut:
    """A made-up held-out set and what its test holds it to: the scorer's figures at or above ``floors`` (None: left
    unfilled when the set was written, which fails), the publication date read on ``published`` of its articles, no
    more than ``trap_events`` events in its ``traps`` eventless articles, and its events of confidence >= 0.8 (the fit
    never sees the set) right at least ``confident_precision`` of the time, over at least ``confident_min`` of them."""
    corpus: Path
    gold: Path
    floors: dict[str, float | None]
    published: float | None
    traps: int
    trap_events: int
    confident_precision: float | None
    confident_min: int = 30
    confident: float = 0.8


def held_out_tests(held: HeldOut):
    """The fixtures and the four tests of a held-out set, bound to the names pytest collects in its module::

        (extracted, scores, test_event_scores_stay_above_their_floors, test_date_lines_are_read,
         test_no_more_events_in_the_trap_articles_than_allowed,
         test_confident_events_stay_mostly_right_out_of_sample) = held_out_tests(SET)
    """
    import pytest

    extracted, scores = set_fixtures(held.corpus, held.gold)

    @pytest.mark.parametrize("figure, floor", sorted(held.floors.items()))
    def test_event_scores_stay_above_their_floors(scores, figure, floor):
        assert scores[figure] >= filled(floor, figure), f"{figure} = {scores[figure]} fell below its floor {floor}"

    def test_date_lines_are_read(scores):
        got = scores["published.accuracy"]
        assert got >= filled(held.published, "published.accuracy"), got

    def test_no_more_events_in_the_trap_articles_than_allowed(extracted):
        found = trap_events(held.gold, extracted, held.traps)
        assert sum(len(events) for events in found.values()) <= held.trap_events, found

    def test_confident_events_stay_mostly_right_out_of_sample(extracted, tmp_path):
        got = confident_scores(held.gold, extracted, held.confident, tmp_path / "confident.jsonl")
        assert got["events.tp"] + got["events.fp"] >= held.confident_min, "too few confident events to say anything"
        assert got["events.p"] >= filled(held.confident_precision, "confident events.p"), got

    return (extracted, scores, test_event_scores_stay_above_their_floors, test_date_lines_are_read,
            test_no_more_events_in_the_trap_articles_than_allowed, test_confident_events_stay_mostly_right_out_of_sample)
