"""Ninth held-out set: made-up articles in the styles of twenty further outlets (tests/data/styles9, README), scored
against their hand-made gold. Written during the session whose rules it measures, by a helper who neither wrote nor
read the extraction rules, to be measured blind once by the lead: the figures say how the extraction does on news
written unlike the development articles and unlike the eight earlier held-out sets (none of their outlets, none of
their date-line formats): regional dailies and a diaspora daily, a state news agency, an armed forces' press release,
a TV programme's transcript, a think-tank's expert comment, 400-600 words each, with background facts from years
before, denials, refusals and agreements at every stage.

Floors are to sit about 0.05 under the blind figures; a drop fails. Also: no more events than at the blind run in
its four trap articles (streaming services' "war", "truce" and "alliance"; a council's "offensive" on potholes with a
residents' "alliance" and "blockade"; a board-game championship where players as great powers "invade" and sign
"pacts"; ski resorts' price "war" ending in a "truce" and an "alliance"), the date lines read, and the confidence
(fitted on the development gold only) still meaning something here.
"""
from __future__ import annotations

from pathlib import Path

from e2e import HeldOut, held_out_tests

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "data" / "styles9"
GOLD = HERE / "data" / "eval" / "styles9.gold.jsonl"

# measured 2026-12-02. Blind, on 4dff148 (main at the session's start, 184a65f, with this set added; 20 articles,
# 4 traps, 215 gold events): events P .739 R .684 F1 .710 (147/52/68), participants_exact .599 (of 147),
# participants .793, status .871, asserted_by .500, when .535, where .271 (of 59), published .950 (19 of 20 date
# lines read), 9 events in 3 of the 4 traps, confidence >= 0.8 right .851 (103 of 121).
FLOORS: dict[str, float | None] = {"events.p": 0.76, "events.r": 0.63,
                                   "event.participants_exact.accuracy": 0.60,
                                   "event.status.accuracy": 0.82}
# published floor: blind .950 (19 of 20); 1.0 (20 of 20) at the twelfth session's end, after the general date-line
# shapes of datelines.py (written from the eighth set's formats)
# blind: 9 events in the 4 traps; more fails.
# confident precision: blind .851 of 121
# Date lines: "15 Oct 2025 — 13:27 GET", "13 November 2025, 09:41 (Astana time)", "04 February 2025 [Tuesday] 15:05"
# (a weekday in square brackets), "Published 11.09.2025 at 14h05", "August 12, 2025 - Posted in Armenia", "Updated: 28
# April 2025, 19:52 IST | First published: 28 April 2025, 14:10 IST", "29th Aug 2025 13:10", "Posted on April 8, 2025 —
# 11:35 UTC+1", "Publié le : 31/01/2025 - 18:22" (a French label in an English edition), "Lima, Jun. 5, 2025
# (ANDINA).", "30.05.2025. 14:21" (a dot after the year), "No PR-11/2025-ISPR | Rawalpindi - January 14, 2025",
# "December 14, 2023 (Mainichi Japan)", "Ahram Online , Sunday 20 Apr 2025", "Sunday, March 16th, 2025 — aired 10:30
# a.m. ET", "Published 3 October 2024 Updated 7 October 2024", "Nov 19, 2025 at 16:15 UTC", "06:00, 3 NOV 2025",
# "Sept. 8, 2025 11:00 a.m. PDT", "January 12, 2025 — 9:00 AM (CET)".
# trap events 9 -> 1 at the thirteenth session's end (a game whose players play states scores 0; a price "war" is no
# conflict).
SET = HeldOut(CORPUS, GOLD, FLOORS, published=0.95, traps=4, trap_events=1, confident_precision=0.80)

(extracted, scores, test_event_scores_stay_above_their_floors, test_date_lines_are_read,
 test_no_more_events_in_the_trap_articles_than_allowed,
 test_confident_events_stay_mostly_right_out_of_sample) = held_out_tests(SET)
