"""Sixth held-out set: made-up articles in the styles of twenty further outlets (tests/data/styles6, README), scored
against their hand-made gold. Written during the session whose rules it measures, by a helper who did not write or
read the extraction rules, and measured blind on the session's starting commit (cd28c44) before anyone else saw it:
the figures say how the extraction does on news written unlike the development articles and unlike the five earlier
held-out sets (none of their outlets, none of their date-line formats).

Floors sit about 0.05 under the blind figures; a drop fails. Also: no more events than at the blind run in its four
trap articles (a "jollof war" between two nations' chefs with an "invasion", a "ceasefire" and a "peace treaty"; ant
"supercolonies" waging "border wars" with "allies"; Saharan dust "invading" a country while a cold front "attacks";
a rally-raid's "counter-attack", "armada" and "siege"), the date lines read, and the confidence (fitted on the
development gold only) still meaning something here.
"""
from __future__ import annotations

from pathlib import Path

from e2e import HeldOut, held_out_tests

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "data" / "styles6"
GOLD = HERE / "data" / "eval" / "styles6.gold.jsonl"

# measured 2026-12-01. Blind, when the set was written (on cd28c44, the session's starting commit; 20 articles,
# 4 traps, 190 gold events): events P .759 R .779 F1 .769 (148/47/42), participants_exact .669 (of 148),
# participants .836, status .892, asserted_by .651 (of 43), when .571, where .227, published .900 (18 of 20 date
# lines read), 5 events in 2 of the 4 traps (the ants, the jollof war), confidence >= 0.8 right .827 (143 of 173).
# End of that (eighth) session, the set still kept from every rule writer: P .753 R .784 F1 .768 (149/49/41),
# participants_exact .678, status .893, asserted_by .674, published .900, 2 events in 1 trap (the jollof "war"),
# confidence >= 0.8 right .900 (120 events; refitted, fewer events reach 0.8).
# Ninth session, its failure classes the work list (no longer blind): P .813 R .821 F1 .817 (156/36/34),
# participants_exact .744, status .897, asserted_by .721, published 1.0, 2 events in 1 trap, confidence >= 0.8
# right .930 (129 events). Floors about .05 under; it is now a regression check.
FLOORS: dict[str, float | None] = {"events.p": 0.76, "events.r": 0.77,
                                   "event.participants_exact.accuracy": 0.69,
                                   "event.status.accuracy": 0.85}
# published floor: blind: .900 (18 of 20); the aim is 1.0
# blind: 5 events in 2 of the 4 traps; none since the tenth session (2026-12-02: 0); any event there fails.
# confident precision: blind: .827 of 173
# Date lines: A weekday before "dd Month yyyy, hh:mm", "March 5th, 2026 at 3:40 pm", "yyyy.mm.dd, hh:mm", "06 mar
# 2026", a trailing "y." after the year, a comma after the month, "Updated - ... pm IST", "8th November, 2025",
# "Published ... (9 hours 12 minutes ago)", "· 6 min read", a Hijri date before the Gregorian one, an ISO date with
# a space before the time, "Dec. 7, 2025 19:30 JST", "· 06:00 AEDT", "Live updates | 9 Sep 2025 - last updated 22:15
# GMT".
SET = HeldOut(CORPUS, GOLD, FLOORS, published=0.95, traps=4, trap_events=0, confident_precision=0.88)

(extracted, scores, test_event_scores_stay_above_their_floors, test_date_lines_are_read,
 test_no_more_events_in_the_trap_articles_than_allowed,
 test_confident_events_stay_mostly_right_out_of_sample) = held_out_tests(SET)
