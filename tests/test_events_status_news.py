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
    # an ally or member named as the role a party acts in: the membership stands (S4; Delfi, ERR, a speech);
    # not when the verb changes who is in it
    ("And as allies, Poland and Romania will keep strengthening the security of the Black Sea.", "allies", "occurred"),
    ("As a member of NATO, Norway will take part in the drills.", "member", "occurred"),
    ("As NATO members, Latvia and Lithuania will host the new brigade.", "members", "occurred"),
    ("Estonia, as a member of the alliance, will send troops.", "member", "occurred"),
    ("Parliament welcomed Montenegro as the alliance's newest member.", "member", "occurred"),
    ("NATO will admit Georgia as a member.", "member", "planned"),
    ("Finland will join the bloc as a full member next year.", "member", "planned"),
    # the visit, summit or talks during or at which a party will act are still to come (S1; Bernama, Kazinform,
    # a ministry statement); not a past or perfect act, not an agreement reached during talks
    ("The sides may sign a defence cooperation agreement during the visit of the Thai premier to Hanoi.", "visit",
     "planned"),
    ("The two presidents will sign the accord at the summit in Astana.", "summit", "planned"),
    ("Ghana and Togo are due to sign the memorandum on the sidelines of the summit.", "summit", "planned"),
    ("The two presidents signed the accord at the summit in Astana.", "summit", "occurred"),
    ("They may have signed it during the visit to Hanoi.", "visit", "occurred"),
    ("His proposal at the summit was rejected.", "summit", "occurred"),
    ("India and Chile on Tuesday agreed to deepen cooperation in maritime security during talks in New Delhi.",
     "talks", "occurred"),
    # staying out of a bloc is not being in it (M1; APA, Kazinform)
    ("Austria stays out of any military alliance.", "alliance", "denied"),
    ("Turkmenistan keeps out of military blocs, the foreign ministry said.", "blocs", "denied"),
    # what parties are negotiating or drafting is not yet agreed: proposed (the former blind sets' convention); what a
    # mediator negotiated was reached
    ("The two sides are negotiating a defence pact.", "pact", "proposed"),
    ("Officials in Dhaka and Thimphu were drafting a memorandum on border security.", "memorandum", "proposed"),
    ("Qatar negotiated a truce between the two militias last year.", "truce", "occurred"),
    # a relative clause whose verb realises the trigger gives it its cues; one about what it does does not (S3)
    ("The deal, which could be signed next year, would allow troops to train on each other's soil.", "deal",
     "possible"),
    ("The summit, which will be held in Baku, is expected to draw 20 leaders.", "summit", "planned"),
    ("The pact, which was signed in 2024, allows troops to train on each other's soil.", "pact", "occurred"),
    # an indefinite event as the subject of a conditional is a hypothesis (X3; a treaty's wording in a report)
    ("An armed attack on either would be regarded as an attack on both.", "attack", "possible"),
    ("Any deployment of foreign troops could inflame the region, Tehran warned.", "deployment", "possible"),
    ("The attack on the convoy was condemned by Ankara.", "attack", "occurred"),
    # a predicate that puts the event at a stage before it is done (Reuters, a ministry briefing, Kathimerini)
    ("A defence pact between Rabat and Nouakchott is in the works, officials said.", "pact", "planned"),
    ("The security agreement with Tbilisi is under negotiation.", "agreement", "proposed"),
    ("The Baltic power link, a joint project of Estonia and Finland, is still in its planning stage.", "project",
     "planned"),
    ("The deployment of the brigade remains under review.", "deployment", "possible"),
    ("A military alliance with Moscow is not on the agenda, the minister said.", "alliance", "denied"),
    # ... not a request under consideration (the asking was done), nor a stage that is no step toward the act
    ("Kyiv's request for Patriot systems is under consideration in Berlin.", "request", "occurred"),
    ("The drills are in their second week.", "drills", "occurred"),
    # an act a party blocks, vetoes or freezes does not come about (X4; Politico Europe, Hurriyet, AP); not blocked
    # or only threatened, the cues above decide
    ("Hungary blocked the aid package for Ukraine.", "aid", "denied"),
    ("Ankara vetoed Sweden's membership of the alliance.", "membership", "denied"),
    ("Congress froze military aid to Cairo.", "aid", "denied"),
    ("The Senate blocked the sale of F-35 jets to Ankara.", "sale", "denied"),
    ("The aid package was blocked by Budapest.", "aid", "denied"),
    ("Budapest threatened to block the aid package for Kyiv.", "aid", "occurred"),
    ("Hungary did not block the aid package.", "aid", "occurred"),
    ("Troops blocked the road to the border.", "Troops", "occurred"),
    # an approved aid package told with "aid" as a compound; what parties agreed would happen, agreed or decided on,
    # or decided to do is planned (S1; NRK, Nikkei, Kazinform, Yonhap); an agreement agreed on is reached
    ("Norway approved a new military aid package for Ukraine on Friday.", "aid", "planned"),
    ("Japan and Vietnam agreed that they would deepen defence cooperation.", "cooperation", "planned"),
    ("The ministers agreed on joint production of drones.", "production", "planned"),
    ("Seoul decided on a deployment of minesweepers to the Gulf.", "deployment", "planned"),
    ("Seoul decided to send minesweepers to the Gulf.", "send", "planned"),
    ("Seoul decided not to send minesweepers to the Gulf.", "send", "denied"),
    ("The warring sides agreed on a ceasefire on Sunday.", "ceasefire", "occurred"),
    ("The two sides agreed on a deal on Sunday.", "deal", "occurred"),
    ("Poland would send troops if asked.", "troops", "possible"),
    # sending troops ruled out in other words (S2, M1; MTI, BTA, Reuters); a request rejected was still made
    ("There is no question of sending Hungarian troops to Ukraine.", "sending", "denied"),
    ("There is no question that Poland will send troops.", "send", "planned"),
    ("Sending troops to Ukraine is out of the question, the chancellor said.", "Sending", "denied"),
    ("Any deployment of Bulgarian troops to Ukraine is excluded, Radev said.", "deployment", "denied"),
    ("The joint patrols were rejected by the parliament.", "patrols", "denied"),
    ("A military alliance with Moscow was not ruled out.", "alliance", "possible"),
    ("Kyiv's request for Patriot systems was rejected by Berlin.", "request", "occurred"),
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


@pytest.mark.parametrize("text, asserter", [
    # an outlet that cites or quotes a body passes its claim on: the body asserts it (Interfax, PTI styles)
    ("Russia and Belarus signed a defence cooperation agreement on Tuesday, the Interfax agency reported, citing the "
     "Russian Defence Ministry.", "org:russian-defense-ministry"),
    ("Quoting the Indian Defence Ministry, the Press Trust of India said India and Egypt held joint air force drills.",
     "org:indian-defense-ministry"),
    # ... an outlet citing nothing named asserts what it reports itself
    ("The Xinhua news agency reported that China and Pakistan signed a defence cooperation agreement.", "org:xinhua"),
    # "the minister said" after an article names one minister: that minister (ERR, LSM styles)
    ("Estonian Defence Minister Hanno Pevkur visited Riga on Monday.\n"
     "Estonia and Latvia will hold joint border drills in June, the minister said.", "person:hanno-pevkur"),
    # "Serbia's defence minister said", "the Latvian defence minister said": the office holder of that state
    ("Serbian Defence Minister Bratislav Gasic met Hungarian officials in Budapest on Monday.\n"
     "Serbia and Hungary will hold joint exercises in the spring, Serbia's defence minister said.",
     "person:bratislav-gasic"),
    ("Estonian Defence Minister Hanno Pevkur and Latvian Defence Minister Andris Spruds met in Riga on Monday.\n"
     "Estonia and Latvia will hold joint border drills in June, the Latvian defence minister said.",
     "person:andris-spruds"),
    # ... two ministers named and "the minister said": nobody can tell which (no asserter)
    ("Estonian Defence Minister Hanno Pevkur and Latvian Defence Minister Andris Spruds met in Riga on Monday.\n"
     "Estonia and Latvia will hold joint border drills in June, the minister said.", None),
    # a ministry's statement, sentence-final or leading, and a person after a long clause (Antara, Anadolu, Reuters)
    ("Uzbekistan and Tajikistan held joint military exercises near Termez this week, the Uzbek Defence Ministry said "
     "in a statement.", "org:uzbek-defense-ministry"),
    ("Poland will send two more battalions to Lithuania next year, Polish Defence Minister Wladyslaw Kosiniak-Kamysz "
     "said on Friday after talks with his Lithuanian counterpart in Vilnius.", "person:wladyslaw-kosiniak-kamysz"),
    # "they" after a body's statement is the body (Anadolu, PAP); "they" after two leaders is the first of them
    ("In a statement on Friday, the Polish Defence Ministry praised the exercise.\n"
     "They added that Poland and South Korea will hold joint drills next year.", "org:polish-defense-ministry"),
    ("President Emmanuel Macron met Chancellor Olaf Scholz in Berlin.\n"
     "They said France and Germany will hold joint drills next year.", "person:emmanuel-macron"),
])
def test_who_asserts_a_narrated_fact(text, asserter):
    from helpers import events_of

    last = text.splitlines()[-1]
    told = [e for e in events_of(text) if e.evidence is not None and e.evidence.sentence == last
            and e.type in ("agreement", "exercise", "deployment")]
    assert told, "the fact is found"
    assert {e.asserted_by for e in told} == {asserter}


@pytest.mark.parametrize("head, asserter", [
    # the author of a statement is the person its title names before it turns to what it is about or with whom
    ("Statement by President Alar Karis on the Deployment to Latvia\nPublished: 2026-01-06\n", "person:alar-karis"),
    ("Statement of the President on the Baltic Summit and Call with President Edgars Rinkevics\n"
     "Published: 2026-01-06\n", None),
])
def test_a_statements_author_is_named_before_its_subject(head, asserter):
    from helpers import events_of

    told = events_of("I have ordered the deployment of Estonian troops to Latvia.\n", "deployment", head=head)
    assert told, "the deployment is found"
    assert {e.asserted_by for e in told} == {asserter}
