"""Events on the development corpora (Wikinews, White House): scores pinned as floors.

The real CLI extracts ``tests/data/wikinews`` and ``tests/data/wh``; ``score.py`` scores the
output against their gold. A drop below a floor fails; lower a floor only in the same commit
as the change that needs it, with the reason. Besides the scores: no events in the
non-defense articles, and events of confidence 0.8 or more right at least nine times in ten.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from e2e import confident_only, eventless, events_in, extract_jsonl, flat
from e2e import score as score_result

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
EVAL = DATA / "eval"

# measured 2026-11-30 17:00 (fourth session: merging per fact, triggers, parties, status; confidence refitted):
# Wikinews events P .803 R .642, participants_exact .705, status .902; WH events P .895 R .777, participants_exact
# .769, status .895; confidence >= 0.8 right .938 (353 events, in-sample). The same session's blind set
# (tests/test_e2e_styles2.py) did not move: dev figures say little about unseen news.
# measured 2026-11-30 13:40 (issue 11, on the tree after the third session's events work, confidence refitted):
# Wikinews events P .811 R .632, participants_exact .650, status .867; WH events P .895 R .712,
# participants_exact .761, status .905; confidence >= 0.8 right .923 (364 events; in-sample: the weights are
# fitted there by benchmarks/fit_confidence.py). Earlier: 10:45 Wikinews P .819 R .621 exact .525 status .864,
# WH P .837 R .644 exact .668 status .888; before issue 11's events work (a3d80b5) Wikinews P .746 R .463 exact
# .455 status .818, WH P .796 R .563 exact .591 status .847. The targets are P .8, R .75,
# participants_exact .8, status .9: floors sit a little below today's figures, which other stages' changes
# move a little.
# measured 2026-11-30 23:00 (sixth session): Wikinews P .849 R .653, participants_exact .726, status .903; WH P .894
# R .788, participants_exact .799, status .888; confidence >= 0.8 right .914 on both.
# measured 2026-12-01 01:50 (seventh session): Wikinews P .863 R .663, participants_exact .714, status .905; WH P .894
# R .788, participants_exact .808 (issue 11's .8 met and pinned), status .891; confidence >= 0.8 right .917 / .911.
# measured 2026-12-01 05:07 (eighth session): Wikinews P .870 R .705 (67/10/28), participants_exact .687, status
# .910; WH P .890 R .791, participants_exact .806, status .903 (issue 11's .9 met and pinned); confidence >= 0.8
# right .975 / .971 (refitted: fewer events reach 0.8). Wikinews participants_exact fell from .714 although the
# exactly right events rose (45 -> 46): four events found this session (threats and attacks told with their parties
# in other sentences) match with part of their parties, so the share fell; its floor follows the share (.68), and the
# count of exactly right events is what rose.
# measured 2026-12-01 08:30 (ninth session): Wikinews P .913 R .768 (73/7/22: issue 11's R .75 met and pinned),
# participants_exact .699, status .918; WH P .888 R .793 (341/43/89), participants_exact .804, status .903;
# confidence >= 0.8 right .977 / .971 (the eighth session's weights kept: a refit met its average target without
# lowering the bias and put 97% of the events at 0.8 or more, where they were right only .82-.92 on the held-out sets).
# measured 2026-12-02 (twelfth session, 808b29b): Wikinews P .914 R .779 (74/7/21), participants_exact .703, status
# .919; WH P .884 R .795 (342/45/88), participants_exact .804, status .904. Recall floor raised to .76.
FLOORS = {
    "wikinews": {"events.p": 0.88, "events.r": 0.77, "event.participants_exact.accuracy": 0.73,
                 "event.status.accuracy": 0.91},
    "wh": {"events.p": 0.88, "events.r": 0.78, "event.participants_exact.accuracy": 0.83,
           "event.status.accuracy": 0.90},
}
CONFIDENT = 0.8
CONFIDENT_PRECISION = 0.90


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[str, Path]:
    out = {}
    for corpus in FLOORS:
        path = tmp_path_factory.mktemp("dev") / f"{corpus}.jsonl"
        extract_jsonl(DATA / corpus, path)
        out[corpus] = path
    return out


def score(gold: Path, system: Path) -> dict[str, float]:
    return flat(score_result(gold, system))


@pytest.fixture(scope="module")
def scores(extracted) -> dict[str, dict[str, float]]:
    """Each corpus scored once for all its floors."""
    return {corpus: score(EVAL / f"{corpus}.gold.jsonl", path) for corpus, path in extracted.items()}


@pytest.mark.parametrize("corpus, figure, floor",
                         [(c, f, v) for c, floors in FLOORS.items() for f, v in sorted(floors.items())])
def test_event_scores_stay_above_their_floors(scores, corpus, figure, floor):
    got = scores[corpus]
    assert got[figure] >= floor, f"{corpus} {figure} = {got[figure]} fell below its floor {floor}"


@pytest.mark.parametrize("corpus", sorted(FLOORS))
def test_no_events_in_articles_that_are_not_about_defense(extracted, corpus):
    """The articles whose gold has no event (sport, business, science, disasters) yield none."""
    negatives = eventless(EVAL / f"{corpus}.gold.jsonl")
    assert len(negatives) >= 10
    with_events = events_in(extracted[corpus], negatives)
    assert not with_events, f"events in non-defense articles: {with_events}"


def test_confident_events_are_right_nine_times_in_ten(extracted, tmp_path):
    """Keep only the events of confidence >= 0.8 and score them: their precision is the share right."""
    tp = fp = 0
    for corpus, path in extracted.items():
        kept = confident_only(path, CONFIDENT, tmp_path / f"{corpus}.confident.jsonl")
        got = score(EVAL / f"{corpus}.gold.jsonl", kept)
        tp, fp = tp + got["events.tp"], fp + got["events.fp"]
    assert tp + fp >= 100, "too few confident events to say anything"
    assert tp / (tp + fp) >= CONFIDENT_PRECISION, f"confident events right {tp}/{tp + fp}"
