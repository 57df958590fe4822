"""Fifth held-out set: made-up articles in the styles of twenty further outlets (tests/data/styles5, README), scored
against their hand-made gold. Written during the session whose rules it measures, by a helper who did not write or
read the extraction rules, and measured blind on the session's starting commit (c67666a) before anyone else saw it:
the figures say how the extraction does on news written unlike the development articles and unlike the four earlier
held-out sets (none of their outlets, none of their date-line formats).

Floors sit about 0.05 under the blind figures; a drop fails. Also: no more events than at the blind run in its four
trap articles (a song contest's Nordic "voting bloc" and chart "invasion", mobile operators' price "war" and "truce"
with monitors "deployed" by a regulator, a film festival "summit" where studios forge an "alliance", a ministry that
"deploys" extension workers against a crop pest's "invasion"), the date lines read, and the confidence (fitted on the
development gold only) still meaning something here.
"""
from __future__ import annotations

from pathlib import Path

from e2e import HeldOut, held_out_tests

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "data" / "styles5"
GOLD = HERE / "data" / "eval" / "styles5.gold.jsonl"

# measured 2026-12-01. Blind, when the set was written (on c67666a, the session's starting commit; 20 articles,
# 4 traps). As first run (205 gold events): events P .774 R .634 F1 .697 (130/38/75), participants_exact .546,
# status .869, asserted_by .350 (of 40), confidence >= 0.8 right .830 (117 of 141). Then 13 gold events were made
# consistent with the conventions of the earlier sets' gold (6 dropped, 1 added, 4 statuses, 1 party set, 1 sector
# list: one agreement event per agreement at its latest stage, "being negotiated" proposed, a refused request or offer
# one denied event, generic "no foreign bases" with the host alone, mediation a meeting; see tests/data/styles5/
# README.md), 200 gold events; the floors are set on those
# figures: events P .762 R .640 F1 .696 (128/40/72), participants_exact .562 (of 128), participants .775, status
# .836, asserted_by .333 (of 39), when .493, where .395, published .850 (17 of 20 date lines read), 9 events in 3 of
# the 4 traps (the price war, the film summit, the song contest), confidence >= 0.8 right .816 (115 of 141).
# End of that (seventh) session, the set still kept from every rule writer: P .806 R .685 F1 .741 (137/33/63),
# participants_exact .562, status .847, asserted_by .333, published .850, 4 events in 2 traps, confidence >= 0.8
# right .865.
# Eighth session (its failure classes were the work list, so no longer blind): P .858 R .725 (145/24/55),
# participants_exact .572, status .862, asserted_by .366, published 1.0, no event in the traps, confidence >= 0.8
# right .925 (107 events).
FLOORS: dict[str, float | None] = {"events.p": 0.80, "events.r": 0.67,
                                   "event.participants_exact.accuracy": 0.60,
                                   "event.status.accuracy": 0.81}
# published floor: blind: .850 (17 of 20); the aim is 1.0
# blind: 9 events in 3 of the 4 traps; 4 in 2 at the end of the seventh session (the price war's "ceasefire", "truce" and
# "retaliated", a song contest's semi-final), none after the eighth: more than none fails.
# confident precision: blind: .816 of 141 (.830 on the gold as first run)
# Date lines: A time before a dd.mm.yyyy date, "19 SEP 2026", "Jun 12 2026" with no comma, a Roman-numeral month, a
# dateline ending with the agency's name, a bullet before a weekday, "at 6:30 pm (Paris)", an upper-case month with
# a time, "12 Sep. 2025", "Sept. 19, 2025 - 14:32", an unpadded d.m.yyyy, "October 7th 2025", "updated on" after a
# date.
SET = HeldOut(CORPUS, GOLD, FLOORS, published=0.95, traps=4, trap_events=0, confident_precision=0.87)

(extracted, scores, test_event_scores_stay_above_their_floors, test_date_lines_are_read,
 test_no_more_events_in_the_trap_articles_than_allowed,
 test_confident_events_stay_mostly_right_out_of_sample) = held_out_tests(SET)
