"""Statuses through the whole pipeline (issue 11 round 2): an offer, a scheduled signing and an accepted
invitation in one article, each its own status.

The article is written for this test, in the style of a Southeast Asian wire (VNA/Antara), with other
states and names than the development gold."""
from __future__ import annotations

from conftest import analyse_raws

from pactwatch.model import RawDocument

ARTICLE = """Hanoi ready to deepen defence ties with Jakarta
By Staff
Published 6 January 2031
Vietnamese Defence Minister Phan Van Giang said on Tuesday that Hanoi was ready to work with Jakarta to strengthen defence cooperation.
Vietnam and Indonesia are due to sign a maritime security agreement in Jakarta next week.
Indonesian President Prabowo Subianto invited Vietnamese President Luong Cuong to visit Indonesia in 2027, and Luong Cuong accepted the invitation.
"""


def test_offer_schedule_and_accepted_invitation_keep_their_statuses():
    events = analyse_raws([RawDocument("v", "v.txt", ARTICLE)])[0].events
    by_type = {}
    for e in events:
        if {"country:VNM", "country:IDN"} <= set(e.actors + e.targets):
            by_type.setdefault(e.type, set()).add(e.status)
    assert by_type.get("cooperation") == {"proposed"}  # "was ready to work with": an offer
    assert by_type.get("agreement") == {"planned"}  # "are due to sign"
    assert by_type.get("meeting") == {"planned"}  # "invited ... to visit, and ... accepted"
