"""Eleventh held-out set: made-up articles in the styles of twenty further outlets (tests/data/styles11, README), scored
against their hand-made gold. Written during the fourteenth session by a helper who neither wrote nor read the
extraction rules, with neutral file names (set11-01 .. set11-20; only the README says what each is), and measured
blind once by the lead on the session's first commit, before any rule of the session landed. Unlike styles10, it stays
held out for the whole session: no rule writer of the session saw it, so its figures at the session's end say how the
session's rules carry over to news nobody tuned on (presidential and ministry readouts, state agencies of four
continents, a parliament's news service, a Q&A transcript, a think-tank commentary; date lines in Azerbaijani, Tagalog,
Russian, Greek, Turkmen, Chinese, Kazakh, Malay, German, Spanish and Nepali calendars).

Floors are to sit about 0.05 under the blind figures; a drop fails. Also: no more events than at the blind run in
its four trap articles (bakers' "pavlova war"; a fencing final; a hostile takeover's "poison-pill defence"; a planetary
"defence" mission), the date lines read as at the blind run, and the confidence (fitted on the development gold only)
still meaning something here.
"""
from __future__ import annotations

from pathlib import Path

from e2e import HeldOut, held_out_tests

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "data" / "styles11"
GOLD = HERE / "data" / "eval" / "styles11.gold.jsonl"

# measured 2026-12-02. Blind, on ee8ddb9 (main at the session's start, b2f9324, with a web test's wait; 20 articles,
# 4 traps, 259 gold events): events P .770 R .710 F1 .739 (184/55/75), participants_exact .576 (of 184), participants
# .771, status .859, asserted_by .602 (of 93), when .425 (of 120), where .369 (of 84), published .850 (17 of 20 date
# lines read: not a Tagalog "Martes, Abril 22, 2025", a Greek month, a Turkmen "12-nji dekabr 2025"), 9 events in 3 of
# the 4 traps, confidence >= 0.8 right .891 (129).
FLOORS: dict[str, float | None] = {"events.p": 0.72, "events.r": 0.66,
                                   "event.participants_exact.accuracy": 0.52,
                                   "event.status.accuracy": 0.80}
SET = HeldOut(CORPUS, GOLD, FLOORS, published=0.85, traps=4, trap_events=9, confident_precision=0.84)

(extracted, scores, test_event_scores_stay_above_their_floors, test_date_lines_are_read,
 test_no_more_events_in_the_trap_articles_than_allowed,
 test_confident_events_stay_mostly_right_out_of_sample) = held_out_tests(SET)
