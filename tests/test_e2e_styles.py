"""Held-out events: made-up articles in the styles of fifteen outlets (tests/data/styles, README),
scored against their hand-made gold. The rules were never tuned on them: the figures say how
the extraction does on news written unlike the development articles.

Floors sit a little below the figures measured when the set was added; a drop fails. Also: no
events in its three trap articles, and the confidence (fitted on the development gold only)
still means something here, out of sample.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from e2e import confident_scores, set_fixtures, trap_events

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "data" / "styles"
GOLD = HERE / "data" / "eval" / "styles.gold.jsonl"

# measured 2026-11-30. Blind, when the set was added (12:35, on 978e2ef; on 5932ea7, before that session's events
# work: events P .723 R .712, participants_exact .809, status .830, confidence >= 0.8 right .78 of 46): events
# P .738 R .682, participants_exact .800, status .867, while the development figures had risen more (WH P .837
# -> .888, R .644 -> .681). The failure classes seen here were then given to the rule writers as classes (their
# own sentences, never these): at 13:40 events P .932 R .833, participants_exact .873, status .964, confidence
# >= 0.8 right .96 of 51. From then on this set is a regression check, no longer blind: measure unseen news on
# a new set.
# 2026-11-30, end of the fourth session: P .933 R .848, exact .875, status .946.
FLOORS = {"events.p": 0.90, "events.r": 0.82, "event.participants_exact.accuracy": 0.84,
          "event.status.accuracy": 0.92}
CONFIDENT = 0.8
CONFIDENT_PRECISION = 0.85


extracted, scores = set_fixtures(CORPUS, GOLD)


@pytest.mark.parametrize("figure, floor", sorted(FLOORS.items()))
def test_held_out_event_scores_stay_above_their_floors(scores, figure, floor):
    assert scores[figure] >= floor, f"{figure} = {scores[figure]} fell below its floor {floor}"


def test_every_article_is_read_with_its_date(scores):
    """Every outlet's date line gives the publication date (the gold's)."""
    assert scores["published.accuracy"] == 1.0


def test_no_events_in_the_trap_articles(extracted):
    found = trap_events(GOLD, extracted, 3)
    assert not found, found


def test_confident_events_stay_mostly_right_out_of_sample(extracted, tmp_path):
    got = confident_scores(GOLD, extracted, CONFIDENT, tmp_path / "confident.jsonl")
    assert got["events.tp"] + got["events.fp"] >= 15, "too few confident events to say anything"
    assert got["events.p"] >= CONFIDENT_PRECISION, got
