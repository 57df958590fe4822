"""Status and asserter rules for the failure classes of unseen news (issue 11, point 4; /work/notes/blind2 classes
S1-S6 and the asserted_by section), each a rule over the parse: what a government approves is decided, not done; a
commitment dated to a year is a background fact; readiness to go on with something offers it.

Sentences are written for these tests in the styles of several outlets (Reuters, AP, TASS, Anadolu, Kyodo, Dawn,
a ministry statement), with other states and words than any gold."""
from __future__ import annotations

import pytest
from helpers import status_at


@pytest.mark.parametrize("sentence, word, status", [
    # what a cabinet, parliament or senate approves or clears is decided, not yet done (Reuters, AP, Dawn)
    ("The Romanian cabinet approved the deployment of 300 soldiers to Moldova.", "deployment", "planned"),
    ("The Dutch parliament approved a further package of military aid for Ukraine.", "aid", "planned"),
    ("The Bundestag approved the sale of tanks to Kyiv.", "sale", "planned"),
    ("The Senate cleared the sale of F-16 jets to Ankara.", "sale", "planned"),
    ("The cabinet approved sending 200 troops to the Baltic mission.", "sending", "planned"),
    ("The council endorsed the deployment of a multinational force to Haiti.", "deployment", "planned"),
    # ... the cues on the approving verb still decide: negated, denied; speculated, possible
    ("The Sejm did not approve the deployment of troops to Latvia.", "deployment", "denied"),
    ("Parliament may approve the deployment of troops next week.", "deployment", "possible"),
    # ... an approved treaty or accession exists, and a deployment approved earlier is told as a fact
    ("The Senate approved the treaty with Manila on Tuesday.", "treaty", "occurred"),
    ("NATO leaders approved the accession of Sweden.", "accession", "occurred"),
    ("The deployment, approved by parliament in 2019, ended last year.", "deployment", "occurred"),
    # a commitment dated to a year is a background fact in force (Anadolu, Kyodo); undated or dated to the day,
    # or a year that is the plan's own date, it is still planned
    ("Armenia and Georgia agreed in March 2019 to observe the ceasefire along the border.", "ceasefire", "occurred"),
    ("In 2019, Seoul and Manila agreed to hold joint naval drills every year.", "drills", "occurred"),
    ("Seoul and Manila agreed on Tuesday to hold joint drills.", "drills", "planned"),
    ("Seoul and Manila agreed to hold joint drills in 2027.", "drills", "planned"),
    # readiness or willingness to go on with something offers it (TASS, Xinhua); going on, it occurs; "will
    # continue" and "pledged to continue" plan it
    ("Seoul is ready to continue supporting Kyiv's defence.", "supporting", "proposed"),
    ("Paris said it is ready to continue military cooperation with Dakar.", "cooperation", "proposed"),
    ("Tokyo expressed readiness to continue defence cooperation with Manila.", "cooperation", "proposed"),
    ("Lisbon is willing to keep sending ammunition to Kyiv.", "sending", "proposed"),
    ("Ankara continues to support Baku's defence.", "support", "occurred"),
    ("Ankara will continue to support Baku.", "support", "planned"),
    ("Ankara pledged to continue supporting Baku.", "supporting", "planned"),
    # classes the rules already held before this round, kept as a check (S1, S2, S3, S5, S6)
    ("The next summit of the bloc will be held in Tashkent in 2028.", "summit", "planned"),
    ("The next meeting of the defence ministers is expected to take place in Astana.", "meeting", "planned"),
    ("The leaders adopted a declaration that commits the states to expand military cooperation.", "cooperation",
     "planned"),
    ("The two governments agreed to set up a joint venture to build armoured vehicles.", "venture", "planned"),
    ("Rome has no plans to join the coalition, the minister said.", "join", "denied"),
    ("No Canadian troops will be sent to the region.", "troops", "denied"),
    ("Neither Chile nor Peru has shown any appetite for a military bloc.", "bloc", "denied"),
    ("The two states signed an agreement in 2021, which allows Turkish warships to use the port.", "agreement",
     "occurred"),
    ("Kenya signed a defence pact with Britain in 2015 that will let British troops train there.", "pact",
     "occurred"),
    ("The sides may sign a defence cooperation agreement during the visit.", "agreement", "possible"),
])
def test_status_news_classes(sentence, word, status):
    assert status_at(sentence, word) == status
