"""Second held-out set: made-up articles in the styles of twenty more outlets (tests/data/styles2, README),
scored against their hand-made gold. Written during the session whose rules it measures, by a helper who
did not write or read those rules, and measured blind on the session's starting commit before anyone saw
it: the figures say how the extraction does on news written unlike the development articles.

Floors sit a little below the figures measured at the end of that session; a drop fails. Also: no events
in its four trap articles (football, an airline alliance, a provincial coalition pact, a satellite launch),
every date line read, and the confidence (fitted on the development gold only) still meaning something here.
"""
from __future__ import annotations

from pathlib import Path

from e2e import HeldOut, held_out_tests

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "data" / "styles2"
GOLD = HERE / "data" / "eval" / "styles2.gold.jsonl"

# measured 2026-11-30. Blind, when the set was written (on 2f149b8, the session's starting commit; 20 articles,
# 158 gold events, 4 traps): events P .667 R .658 F1 .662 (104/52/54), participants_exact .625 (of 104),
# status .837, asserted_by .500 (of 28), when .473, where .351, published .700 (14 of 20 date lines read),
# 5 events in 2 of the 4 traps, confidence >= 0.8 right .672 (84 of 125).
# At the end of that session (on 2026-11-30's last commit, after its rule changes, none made from this set): events
# P .673 R .639 F1 .656 (101/49/57), participants_exact .614, status .851, asserted_by .500, published .950, still
# 5 events in 2 traps, confidence >= 0.8 right .693 (79 of 114). The session's dev gains (White House R .712 ->
# .777, Wikinews exact parties .650 -> .705) did not carry over; only the date lines did (.700 -> .950).
# Fifth session (given its failure classes, so no longer blind; rules written from the classes with sentences of
# the helpers' own): P .801 R .741 (117/29/41), participants_exact .667, status .923, asserted_by .629, no events in
# the traps, confidence >= 0.8 right .823 (102 of 124; the fit never sees this set).
# Sixth session: P .826 R .778 (123/26/35), participants_exact .667, status .927, asserted_by .667, confidence >= 0.8
# right .847.
FLOORS: dict[str, float | None] = {"events.p": 0.80, "events.r": 0.75,
                                   "event.participants_exact.accuracy": 0.75,
                                   "event.status.accuracy": 0.90}
# published floor: blind: .700; the aim (issue 11) is 1.0
# confident precision: blind: .672 of 125; .693 of 114 after the 4th session, .823 of 124 after the 5th
# Date lines: Labelled date lines, times and weekdays around the date, dates sharing the byline's line.
SET = HeldOut(CORPUS, GOLD, FLOORS, published=0.9, traps=4, trap_events=0, confident_precision=0.78)

(extracted, scores, test_event_scores_stay_above_their_floors, test_date_lines_are_read,
 test_no_more_events_in_the_trap_articles_than_allowed,
 test_confident_events_stay_mostly_right_out_of_sample) = held_out_tests(SET)
