"""Seventh held-out set: made-up articles in the styles of twenty further outlets (tests/data/styles7, README), scored
against their hand-made gold. Written during the session whose rules it measures, by a helper who did not write or
read the extraction rules, and measured blind on the session's starting commit (5105b84) before anyone else saw it:
the figures say how the extraction does on news written unlike the development articles and unlike the six earlier
held-out sets (none of their outlets, none of their date-line formats), in longer articles (400-900 words) that state
more background facts per sentence.

Floors sit about 0.05 under the blind figures; a drop fails. Also: no more events than at the blind run in its four
trap articles (a basketball semi-final with an "alliance" of guards, a "battle", a "deployed" zone defence and an
arena "invaded" by fans; a quick-commerce price "war" with a "truce" and an "invasion" of smaller markets; gut
bacteria in an "alliance" against "invading" viruses; a museum staff "strike" suspended in a "truce" while guards
are "deployed"), the date lines read, and the confidence (fitted on the development gold only) still meaning
something here.
"""
from __future__ import annotations

from pathlib import Path

from e2e import HeldOut, held_out_tests

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "data" / "styles7"
GOLD = HERE / "data" / "eval" / "styles7.gold.jsonl"

# measured 2026-12-01. Blind, when the set was written (on 5105b84, the session's starting commit; 20 articles,
# 4 traps, 290 gold events): events P .832 R .717 F1 .770 (208/42/82), participants_exact .543 (of 208),
# participants .770, status .841, asserted_by .458 (of 48), when .359, where .382, published .600 (12 of 20 date
# lines read), 0 events in the 4 traps, confidence >= 0.8 right .919 (124 of 135).
# End of that (ninth) session, the set still kept from every rule writer: P .821 R .714 F1 .764 (207/45/83),
# participants_exact .565, status .855, asserted_by .468, published .750 (a general head-date reader), no events in
# the traps, confidence >= 0.8 right .911 (146 of 252 events reach it).
FLOORS: dict[str, float | None] = {"events.p": 0.78, "events.r": 0.67,
                                   "event.participants_exact.accuracy": 0.63,
                                   "event.status.accuracy": 0.79}
# published floor: blind: .600 (12 of 20); 1.0 since the tenth session's page-head date reader (2026-12-02)
# blind: no event in the 4 traps; any event there fails.
# confident precision: blind: .919 of 135
# Date lines: "10.11.2025 [14:22]", "Published: 12th of October 2025, 11:05", "December 02, 2025 — Plenary
# sessions", "2025 Oct 22" after a section name, "Aug 8th, 2025 — live coverage", "October 14/2025" in a dateline,
# "15 | 11 | 2025", "Posted on Monday 7 April 2025 at 20:15 hrs", "PUBLISHED : 11 Nov 2025 at 18:40", "Last
# updated: 11 Oct 2025 - 9:12 pm", "19/03/25", "Thu Dec 04 2025 10:47:03 GMT+0200", "2025. 8. 2. 09:05", "Thursday
# 4th Dec '25", "Date of Release: 11-03-2025" (month first), "Jun 24 '25 · 6:00 PM ET", "12/Sep/2025 - 23:47",
# "First Published: 21 Aug 2025, 06:14 am IST", "News, 3 September 2025", "27 October 2025 (16:05 GMT)".
SET = HeldOut(CORPUS, GOLD, FLOORS, published=0.95, traps=4, trap_events=0, confident_precision=0.88)

(extracted, scores, test_event_scores_stay_above_their_floors, test_date_lines_are_read,
 test_no_more_events_in_the_trap_articles_than_allowed,
 test_confident_events_stay_mostly_right_out_of_sample) = held_out_tests(SET)
