"""Status of a trigger that is itself the cue (issue 11, point 4): forces offered are proposed, forces pledged or
promised are planned (GUIDE, status: "proposed: ... offered by a party"; "planned: agreed or scheduled to happen").
The trigger word's own cue is read after its auxiliaries and negation, and other triggers keep theirs.

Sentences are written for these tests in the styles of several outlets (wire, broadsheet, regional, state media,
a ministry statement), with other states and words than any gold."""
from __future__ import annotations

import pytest
from helpers import events_of, status_at


@pytest.mark.parametrize("sentence, word, status", [
    # an offer of forces proposes them (wire, regional, state media)
    ("Ghana offered a company of engineers to the UN mission in Mali, the ministry said.", "offered", "proposed"),
    ("Uruguay has offered peacekeepers for the force in the Golan Heights.", "offered", "proposed"),
    ("Mongolia offered Kazakhstan two transport aircraft.", "offered", "proposed"),
    # a pledge or a promise of forces plans them (broadsheet, ministry statement)
    ("Spain has pledged two frigates to the naval task force in the Red Sea.", "pledged", "planned"),
    ("Nepal promised three battalions for the African Union force in Somalia.", "promised", "planned"),
    ("Rwanda pledged 500 soldiers to the mission in Mozambique on Monday.", "pledged", "planned"),
    # ... the auxiliaries and the negation still decide
    ("Senegal could offer troops to the regional force.", "offer", "possible"),
    ("Portugal did not pledge any warships to the operation.", "pledge", "denied"),
    # other triggers are untouched: sent, deployed, will send
    ("Estonia sent 150 troops to the mission in Mali.", "sent", "occurred"),
    ("Greece deployed a frigate to the Red Sea in March.", "deployed", "occurred"),
    ("Malaysia will send 200 peacekeepers to Lebanon.", "send", "planned"),
    # an offer or a pledge to send governs the sending as before
    ("Chile offered to deploy engineers to Haiti.", "deploy", "proposed"),
    ("Norway pledged to send frigates to the Baltic Sea.", "send", "planned"),
])
def test_trigger_own_cue(sentence, word, status):
    assert status_at(sentence, word) == status


def test_pledged_deployment_event_is_planned():
    """The whole pipeline: a pledged contingent is a planned deployment, a sent one occurred."""
    pledged = events_of("Italy's defence ministry said Rome has pledged 300 troops to the force in Lebanon.",
                        "deployment")
    assert pledged and {e.status for e in pledged} == {"planned"}
    sent = events_of("Italy's defence ministry said Rome sent 300 troops to the force in Lebanon.", "deployment")
    assert sent and {e.status for e in sent} == {"occurred"}
