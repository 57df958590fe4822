"""Refit the event confidence (``events/confidence.py``) on the development gold, reproducibly.

    python -m pactwatch.benchmarks.fit_confidence [--eval tests/data/eval] [--write]

1. Extracts each development corpus with the real CLI (``pactwatch extract DIR --jsonl``):
   ``tests/data/wikinews``, ``tests/data/wh`` and the seeds (``--seeds``).
2. Labels every extracted event right or wrong with the scorer's own matching
   (``score.py`` next to the gold): an event is wrong when the scorer lists it as an extra.
3. Fits the logistic weights over :func:`pactwatch.events.confidence.features` (L2-regularised,
   gradient descent), then lowers the bias until the events of confidence ``--at`` (0.8) or
   more were right at least ``--precision`` (0.92) of the time, so that the claim "events of
   confidence >= 0.8 are right nine times in ten" holds with a margin.
4. Prints the figures; with ``--write``, writes ``data/confidence.json`` (weights and how
   they were fitted).

The fit is deterministic: same outputs, same weights.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import math
import subprocess
import sys
import tempfile
from collections import Counter
from importlib import resources
from pathlib import Path
from types import ModuleType

from ..events.confidence import features
from ..model import Event

ROOT = Path(__file__).resolve().parents[3]
CORPORA = {"wikinews": ROOT / "tests" / "data" / "wikinews", "wh": ROOT / "tests" / "data" / "wh"}


def load_scorer(eval_dir: Path) -> ModuleType:
    """The project's ``score.py`` (standard library only) as a module."""
    spec = importlib.util.spec_from_file_location("pactwatch_score", eval_dir / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"no score.py in {eval_dir}: give --eval the folder holding score.py and the gold")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def extract(corpus: Path, out: Path) -> None:
    """``pactwatch extract CORPUS --jsonl > OUT`` in a child process (the real CLI)."""
    with out.open("w", encoding="utf-8") as fh:
        proc = subprocess.run([sys.executable, "-m", "pactwatch", "extract", str(corpus), "--jsonl"],
                              stdout=fh, stderr=subprocess.PIPE, text=True, check=False)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"extract {corpus} failed ({proc.returncode}): {proc.stderr[-500:]}")


def _extra_line(doc: str, s: dict) -> str:
    """How ``score.py --verbose`` names an unmatched system event (kept in step with score_events)."""
    return (f"{doc} event extra: {s.get('type')}/{s.get('status')} {s.get('actors')}->{s.get('targets')}: "
            f"{str(s.get('evidence'))[:80]}")


def labelled_events(scorer: ModuleType, gold_path: Path, system_path: Path) -> list[tuple[dict, float, bool]]:
    """(event, article relevance, right?) for every event of the documents the gold scores events of:
    an event is wrong when the scorer lists it as an extra (its own matching, unchanged)."""
    gold = scorer.load(str(gold_path))
    system = scorer.load(str(system_path))
    out = []
    for doc, g in gold.items():
        s = system.get(doc)
        if not s or "entities" not in g or "events" not in (g.get("scope") or ["events"]):
            continue
        verbose = scorer.score({doc: g}, {doc: s})[1]
        extras = Counter(line for line in verbose if " event extra: " in line)
        for ev in s.get("events") or []:
            line = _extra_line(doc, ev)
            wrong = extras[line] > 0
            extras[line] -= wrong
            out.append((ev, float(s.get("relevance") or 0.0), not wrong))
        if sum(extras.values()):
            raise SystemExit(f"{doc}: score.py names extras differently than this script expects; update _extra_line")
    return out


def event_of(d: dict) -> Event:
    return Event(d["type"], d["status"], tuple(d.get("actors") or ()), tuple(d.get("targets") or ()),
                 asserted_by=d.get("asserted_by"))


# what the score must keep whatever the sample says: (weaker, stronger) feature pairs. A possibility the text
# speculates about is never surer than a fact it reports (the development gold has few of them).
ORDER = (("status:possible", "status:occurred"),)
MARGIN = 0.2  # how much weaker at least


def fit(rows: list[tuple[dict[str, float], bool]], l2: float = 0.5, steps: int = 3000,
        rate: float = 0.5) -> dict[str, float]:
    """Logistic regression by full-batch gradient descent (deterministic), projected after each step onto
    the orderings of :data:`ORDER` (a pair out of order is set :data:`MARGIN` apart around its mean)."""
    names = sorted({k for f, _ in rows for k in f})
    w = dict.fromkeys(names, 0.0)
    n = len(rows)
    for _ in range(steps):
        grad = dict.fromkeys(names, 0.0)
        for f, y in rows:
            p = 1 / (1 + math.exp(-sum(w[k] * v for k, v in f.items())))
            for k, v in f.items():
                grad[k] += (p - y) * v
        for k in names:
            reg = 0.0 if k == "bias" else l2 * w[k]
            w[k] -= rate * (grad[k] + reg) / n
        for weak, strong in ORDER:
            if weak in w and strong in w and w[weak] > w[strong] - MARGIN:
                mean = (w[weak] + w[strong]) / 2
                w[weak], w[strong] = mean - MARGIN / 2, mean + MARGIN / 2
    return {k: round(v, 2) for k, v in w.items()}


def confidence(w: dict[str, float], f: dict[str, float]) -> float:
    return 1 / (1 + math.exp(-sum(w.get(k, 0.0) * v for k, v in f.items())))


def precision_at(w: dict[str, float], rows: list[tuple[dict[str, float], bool]], at: float) -> tuple[float, int]:
    kept = [y for f, y in rows if round(confidence(w, f), 3) >= at]
    return (sum(kept) / len(kept) if kept else 1.0), len(kept)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--eval", type=Path, default=ROOT / "tests" / "data" / "eval",
                    help="folder with score.py and the gold (<corpus>.gold.jsonl)")
    ap.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "corpus" / "seeds",
                    help="the seed articles (scored against seeds.gold.jsonl)")
    ap.add_argument("--at", type=float, default=0.8, help="the confidence whose precision is pinned")
    ap.add_argument("--precision", type=float, default=0.92, help="precision wanted at --at")
    ap.add_argument("--write", action="store_true", help="write data/confidence.json")
    args = ap.parse_args(argv)
    scorer = load_scorer(args.eval)
    corpora = dict(CORPORA)
    if args.seeds.is_dir():
        corpora["seeds"] = args.seeds
    rows: list[tuple[dict[str, float], bool]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, path in corpora.items():
            out = Path(tmp) / f"{name}.jsonl"
            extract(path, out)
            got = labelled_events(scorer, args.eval / f"{name}.gold.jsonl", out)
            print(f"{name}: {len(got)} events, {sum(y for _, _, y in got)} right", file=sys.stderr)
            rows += [(features(event_of(ev), rel), y) for ev, rel, y in got]
    w = fit(rows)
    shift = 0.0
    while precision_at(w, rows, args.at)[0] < args.precision and shift < 3:
        w["bias"] = round(w["bias"] - 0.05, 2)
        shift += 0.05
    prec, kept = precision_at(w, rows, args.at)
    p7, k7 = precision_at(w, rows, 0.7)
    right = sum(y for _, y in rows)
    summary = {"events": len(rows), "right": right, "bias_lowered_by": round(shift, 2),
               f"precision_at_{args.at}": round(prec, 3), f"events_at_{args.at}": kept,
               "precision_at_0.7": round(p7, 3), "events_at_0.7": k7}
    print(json.dumps(summary))
    if args.write:
        doc = ("Event confidence: a logistic score over what the events stage knows of an event "
               "(events/confidence.py): its type, status, number of parties (1, 2, 3 or more), whether all "
               "parties are states, whether a person asserts it, and the article's relevance. Fitted by "
               "src/pactwatch/benchmarks/fit_confidence.py on the development gold (Wikinews, White House, "
               f"seeds: {len(rows)} events, {right} right by the scorer's matching), with the bias lowered by "
               f"{shift:.2f} so that events of confidence {args.at} or more were right {prec:.0%} of the time "
               f"there ({kept} events; 0.7 or more: {p7:.0%} of {k7}); rerun it when rules change. "
               "Reviewed like code.")
        path = Path(str(resources.files("pactwatch.data").joinpath("confidence.json")))
        path.write_text(json.dumps({"_doc": doc, "weights": dict(sorted(w.items()))}, indent=1,
                                   ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
