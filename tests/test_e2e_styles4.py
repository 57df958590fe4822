"""Fourth held-out set: made-up articles in the styles of twenty further outlets (tests/data/styles4, README),
scored against their hand-made gold. Written during the session whose rules it measures, by a helper who did not
write or read the extraction rules, and measured blind on the session's starting commit (f4c55af) before anyone
else saw it: the figures say how the extraction does on news written unlike the development articles and unlike the
three earlier held-out sets (none of their outlets, none of their date-line formats).

Floors sit about 0.05 under the blind figures; a drop fails. Also: no more events than today in its four trap
articles (a rugby "siege" and "alliance", an IT firm's "strategic alliance" to "deploy" an "AI army", a city's "war" on dengue that
"deploys" mosquitoes, a pop group's fan "army" and a promoter "alliance"), the date lines read, and the confidence
(fitted on the development gold only) still meaning something here.
"""
from __future__ import annotations

from pathlib import Path

from e2e import HeldOut, held_out_tests

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "data" / "styles4"
GOLD = HERE / "data" / "eval" / "styles4.gold.jsonl"

# measured 2026-11-30. Blind, when the set was written (on f4c55af, the session's starting commit; 20 articles,
# 213 gold events, 4 traps): events P .757 R .601 F1 .670 (128/41/85), participants_exact .469 (of 128),
# participants .736, status .859, asserted_by .469 (of 32), when .382, where .385, published .850 (17 of 20 date
# lines read), 9 events in 3 of the 4 traps (the IT alliance, the dengue "war", the pop tour), confidence >= 0.8
# right .868 (105 of 121). End of the sixth session: P .784 R .596, exact .480, status .866. In the seventh its failure
# classes were the work list (no longer blind): P .822 R .653 (139/30/74), exact .518, status .885, asserted_by .556,
# published 1.0, confidence >= 0.8 right .862.
FLOORS: dict[str, float | None] = {"events.p": 0.78, "events.r": 0.70,
                                   "event.participants_exact.accuracy": 0.65,
                                   "event.status.accuracy": 0.85}
# published floor: blind: .850 (17 of 20); 1.0 after the seventh session's date rules
# blind: 9 events in 3 of the 4 traps. After the lead fixed two general entity errors they showed ('Latin America'
# named the United States through 'America', a reunion tour named the island Réunion; commits 86c97f6, 7100d9c,
# so the traps are no longer blind): 4 events in 2 traps at the end of the session (a city's "war" on dengue "deploying" mosquitoes, a pop
# group's promoter "alliance"). 2 in 1 trap after the seventh (the pop tour's headline "invasion" as an alliance, its
# stops as an agreement). None since the tenth session (2026-12-02: 0); any event there fails.
# confident precision: blind: .868 of 121
# Date lines: A date inside a byline sentence, dd-Mon-yyyy, a weekday in brackets, a dotted time, yyyy/mm/dd, the
# Juche calendar, dd.mm.yy, an ordinal with no comma before the year, "dd Mon, yyyy", seconds in a 12-hour time.
SET = HeldOut(CORPUS, GOLD, FLOORS, published=0.95, traps=4, trap_events=0, confident_precision=0.82)

(extracted, scores, test_event_scores_stay_above_their_floors, test_date_lines_are_read,
 test_no_more_events_in_the_trap_articles_than_allowed,
 test_confident_events_stay_mostly_right_out_of_sample) = held_out_tests(SET)
