"""Eighth held-out set: made-up articles in the styles of twenty further outlets (tests/data/styles8, README), scored
against their hand-made gold. Written during the session whose rules it measures, by a helper who did not write or
read the extraction rules, and measured blind on the session's starting commit (18c1ed6) before anyone else saw it:
the figures say how the extraction does on news written unlike the development articles and unlike the seven earlier
held-out sets (none of their outlets, none of their date-line formats): a news agency, a parliament committee's press
release, two foreign ministries' readouts, a radio transcript, a wire, defence trade press and regional dailies,
400-600 words each, with background facts from years before, denials, refusals and agreements at every stage.

Floors sit about 0.05 under the blind figures; a drop fails. Also: no more events than at the blind run in its four
trap articles (a sailing grand prix between national teams with a "naval battle", a "blockade", an "alliance", a
"pact" denied and "no ceasefire"; an oat-milk "invasion" of the dairy market with an "alliance of necessity" and a
"price war"; a galaxy "invaded" and "at war" with an "army" of dwarf galaxies; Georgian winemakers who "invade"
London in an "alliance of ancient wine countries" with Armenian ones), the date lines read, and the confidence
(fitted on the development gold only) still meaning something here.
"""
from __future__ import annotations

from pathlib import Path

from e2e import HeldOut, held_out_tests

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "data" / "styles8"
GOLD = HERE / "data" / "eval" / "styles8.gold.jsonl"

# measured 2026-12-01. Blind, when the set was written (on 18c1ed6, the session's starting commit; 20 articles,
# 4 traps, 229 gold events): events P .746 R .655 F1 .698 (150/51/79), participants_exact .613 (of 150),
# participants .820, status .887, asserted_by .667 (of 33), when .481 (of 106), where .279 (of 61), published .750
# (15 of 20 date lines read), 5 events in 3 of the 4 traps, confidence >= 0.8 right .891 (114 of 128).
FLOORS: dict[str, float | None] = {"events.p": 0.75, "events.r": 0.60,
                                   "event.participants_exact.accuracy": 0.66,
                                   "event.status.accuracy": 0.84}
# published floor: blind: .750 (15 of 20); 1.0 (20 of 20) since the further date-line shapes of datelines.py
# (session 12): a weekday inside the date, 'Jun-12-2025', '14 Sep 25', an agency's slashed dateline, a Spanish date
# blind: 5 events in the 4 traps (1 in the oat-milk one, 2 in the galaxy one, 2 in the sailing one); 3 since
# the tenth session, whose relevance words came from the traps' fields as its commit named them (so not blind); more
# fails.
# confident precision: blind: .891 of 128
# Date lines: "Baku/17.09.25/Turan:" (a two-digit year inside an agency's dateline), "23 September 2025 / 18:40",
# "October 8, Wednesday, 2025", "2 Apr. 2025 - 16h20", "Fri 10 Oct 2025, 5:12 AM ET" after a programme's name,
# "2025.10.07. 17:45" (a dot after the day), "Sun, 21.09.2025 12:04 |", "Jun-12-2025" after a byline, "Wed, Jan 29,
# 2025 at 6:02 AM", "17 February 2023 at 06:00 SAST", "Mar. 28, 2025 / 7:41 PM / AFP", "September 5, 2025 (Reiwa
# 7)", "Thu, Apr 03, 2025 - page 1", "16 August 2025 AD", "26 Sep 2025 (updated 4:05pm)", "Quito, 17 de noviembre de
# 2025" (a Spanish date in an English edition), "14 Sep 25, 18:20", "14th November 2025 | Print edition", "published
# November 3, 2025 10:00 a.m. ET" inside a byline, "Dec 3, 2025 (updated Dec 4)".
# trap events 3 -> 1 at the thirteenth session's end (states named only as where non-state actors come from).
SET = HeldOut(CORPUS, GOLD, FLOORS, published=0.95, traps=4, trap_events=1, confident_precision=0.86)

(extracted, scores, test_event_scores_stay_above_their_floors, test_date_lines_are_read,
 test_no_more_events_in_the_trap_articles_than_allowed,
 test_confident_events_stay_mostly_right_out_of_sample) = held_out_tests(SET)
