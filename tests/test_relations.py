"""Roles and relations on made-up news sentences (real spaCy pipeline, real gazetteer).

``leader_of`` / ``official_of`` come from the entities stage (titles, appositions);
``member_of`` / ``observer_of`` from :func:`pactwatch.relations.extract_relations`.
The helper appends the latter to the former the way ``Analyser.finish`` does.
"""
from __future__ import annotations

import pytest
from helpers import analyse_text, relation_set


def relations(nlp, text: str) -> set[tuple[str, str, str]]:
    return relation_set(analyse_text(nlp, text).ents)


# --------------------------------------------------------------------------- roles: leader_of / official_of

# roles in real outlets' styles: heads of organisations, institutions' officials, titles with modifiers,
# commas, coordination and 'counterparts ... respectively'
ROLE_STYLES = [
        # heads of organisations lead them; their deputies do not
        pytest.param("NASA administrator Jim Bridenstine said the launch went well.",
                     ("person:jim-bridenstine", "leader_of", "org:nasa"), id="administrator-of-agency"),
        pytest.param("Qasem Soleimani, head of Iran's Quds Force, was killed in the strike.",
                     ("person:qasem-soleimani", "leader_of", "org:quds-force"), id="head-of-states-body"),
        pytest.param("Russell Kemp, executive director of the Australian Retailers Association, said shoppers "
                     "should stay calm.", ("person:russell-kemp", "leader_of", "org:australian-retailers-association"),
                     id="executive-director"),
        pytest.param("Abu Mahdi al-Muhandis was killed too. al-Muhandis was the deputy commander of the Popular "
                     "Mobilization Forces (PMF), an armed group.",
                     ("person:abu-mahdi-al-muhandis", "official_of", "org:pmf"), id="copular-deputy"),
        # institutions' officials
        pytest.param("Turkish Foreign Ministry spokesman Hami Aksoy rejected the claims.",
                     ("person:hami-aksoy", "official_of", "org:turkish-foreign-ministry"), id="ministry-spokesman"),
        pytest.param("Following the vote, a United States Department of State spokesperson, Morgan Ortagus, said "
                     "Washington was disappointed.", ("person:morgan-ortagus", "official_of", "org:us-department-of-state"),
                     id="spokesperson-comma-name"),
        # states' officials with modifiers, commas and coordination
        pytest.param("Italian economic development minister Stefano Patuanelli sent a letter of support.",
                     ("person:stefano-patuanelli", "official_of", "country:ITA"), id="modifiers-before-title"),
        pytest.param("The Italian foreign minister, Luigi Di Maio, joined the talks as an observer.",
                     ("person:luigi-di-maio", "official_of", "country:ITA"), id="title-comma-name"),
        pytest.param("The summit was attended by Israeli prime minister Benjamin Netanyahu and energy minister Yuval "
                     "Steinitz.", ("person:yuval-steinitz", "official_of", "country:ISR"), id="coordinated-title"),
        pytest.param("Egyptian foreign minister Sameh Shoukry and his Greek, Cypriot and French counterparts, Nikos "
                     "Dendias, Nikos Christodoulides and Jean-Yves Le Drian, respectively, met in Cairo.",
                     ("person:nikos-christodoulides", "official_of", "country:CYP"), id="counterparts-respectively"),
        pytest.param("German Chancellor Olaf Scholz's spokesperson, Steffen Hebestreit, said the ban was needed.",
                     ("person:steffen-hebestreit", "official_of", "country:DEU"), id="possessor-leaders-spokesperson"),
        pytest.param("The crane fell, according to Saudi Arabia's Civil Defence Authority.\n\nCivil Defence Authority "
                     "director General Suleiman al-Amr said all the wounded were in hospital.",
                     ("person:suleiman-al-amr", "leader_of", "org:civil-defence-authority"), id="name-repeated-untagged"),
        pytest.param("Egyptian foreign minister Sameh Shoukry and his Greek, Cypriot and French counterparts, Nikos "
                     "Dendias, Nikos Christodoulides and Jean-Yves Le Drian, respectively, met in Cairo.",
                     ("person:jean-yves-le-drian", "official_of", "country:FRA"), id="counterparts-last"),
    ]

NO_ROLE_STYLES = [
        pytest.param("Other victims included a Kataeb Hezbollah official and Mohammed Reda, an airport officer.",
                     "person:mohammed-reda", "official_of", "org:kataeb-hezbollah", id="title-of-another-before-and"),
        pytest.param("Greek prime minister Kyriakos Mitsotakis and energy minister Kostis Hatzidakis, and Cypriot "
                     "president Nicos Anastasiades attended.", "person:kostis-hatzidakis", "leader_of", "country:CYP",
                     id="next-list-item-is-no-apposition"),
        pytest.param("Qasem Soleimani, head of Iran's Quds Force, was killed in the strike.",
                     "person:qasem-soleimani", "official_of", "country:IRN", id="possessor-is-not-the-body"),
        pytest.param("Alex Lagakos, deputy director of the Greek Energy Forum, said the project was political.",
                     "person:alex-lagakos", "leader_of", None, id="deputy-director-leads-nothing"),
    ]




@pytest.mark.parametrize(
    "text, expected",
    [
        ("US President Donald Trump met the delegation at the White House.",
         ("person:donald-trump", "leader_of", "country:USA")),
        ("Japanese Defence Minister Gen Nakatani inspected the destroyer.",
         ("person:gen-nakatani", "official_of", "country:JPN")),
        ("Rizvan Nabiyev, a member of the Milli Majlis Committee on Defense, said the talks were useful.",
         ("person:rizvan-nabiyev", "official_of", "org:milli-majlis")),
        ("NATO Secretary General Mark Rutte arrived in Vilnius.",
         ("person:mark-rutte", "leader_of", "org:nato")),
        ("Polish President Andrzej Duda met the troops in Orzysz.",
         ("person:andrzej-duda", "leader_of", "country:POL")),
        ("Kazakh Foreign Minister Murat Nurtleu flew to Moscow.",
         ("person:murat-nurtleu", "official_of", "country:KAZ")),
        ("Philippine Ambassador Jose Romualdez spoke at the Pentagon.",
         ("person:jose-romualdez", "official_of", "country:PHL")),
        ("Philippine Vice President Sara Duterte skipped the ceremony.",
         ("person:sara-duterte", "official_of", "country:PHL")),
        ("Indonesian Defence Minister Sjafrie Sjamsoeddin met Australian officials in Canberra.",
         ("person:sjafrie-sjamsoeddin", "official_of", "country:IDN")),
        pytest.param("CSTO Secretary General Imangali Tasmagambetov visited Dushanbe.",
                     ("person:imangali-tasmagambetov", "leader_of", "org:csto")),
        ("Andrzej Duda, the president of Poland, said the troops were ready.",
         ("person:andrzej-duda", "leader_of", "country:POL")),
        # appositions after the name
        pytest.param("Gen Nakatani, the Japanese defence minister, said the drills would continue.",
                     ("person:gen-nakatani", "official_of", "country:JPN")),
        pytest.param("Fumio Kishida, the Japanese prime minister, said the drills would continue.",
                     ("person:fumio-kishida", "leader_of", "country:JPN")),
        ("Mark Rutte, the secretary general of NATO, said the alliance was ready.",
         ("person:mark-rutte", "leader_of", "org:nato")),
        ("Ben Wallace, the defence secretary of Britain, said the agreement was fair.",
         ("person:ben-wallace", "official_of", "country:GBR")),
    ] + ROLE_STYLES,
)
def test_role_relation(nlp, text, expected):
    assert expected in relations(nlp, text)


@pytest.mark.parametrize(
    "text, person, absent, obj",
    [
        # a former office is no relation now
        ("Former President Rodrigo Duterte criticised the agreement.", "person:rodrigo-duterte", "leader_of", None),
        ("Former Polish President Lech Walesa praised the alliance.", "person:lech-walesa", "leader_of", None),
        ("Ex-President Joko Widodo attended the launch.", "person:joko-widodo", "leader_of", None),
        # a deputy or a vice president is not the leader
        ("Philippine Vice President Sara Duterte skipped the ceremony.", "person:sara-duterte", "leader_of", None),
        ("Deputy Prime Minister Nurlan Nigmatulin opened the session.", "person:nurlan-nigmatulin", "leader_of", None),
        # experts, analysts and journalists hold no office
        ("Polish analyst Marek Budzisz said the threat was real.", "person:marek-budzisz", "official_of", None),
        ("Japanese professor Ken Jimbo said the pact was overdue.", "person:ken-jimbo", "official_of", None),
        ("Kazakh journalist Aidos Sarym wrote about the drills.", "person:aidos-sarym", "official_of", None),
        # a word NER tags as an organisation inside a title is not the body the person serves
        pytest.param("Defence Secretary Gilberto Teodoro visited the base in Palawan.", "person:gilberto-teodoro",
                     "official_of", "org:defence"),
    ] + NO_ROLE_STYLES,
)
def test_no_role_relation(nlp, text, person, absent, obj):
    rels = relations(nlp, text)
    assert not any(s == person and r == absent and obj in (None, o) for s, r, o in rels), rels


@pytest.mark.parametrize(
    "text, person, title, of",
    [
        ("US President Donald Trump met the delegation.", "person:donald-trump", "President", "country:USA"),
        ("Japanese Defence Minister Gen Nakatani inspected the destroyer.", "person:gen-nakatani",
         "Defence Minister", "country:JPN"),
        ("NATO Secretary General Mark Rutte arrived in Vilnius.", "person:mark-rutte", "Secretary General",
         "org:nato"),
        ("Defence Minister Mariusz Blaszczak visited the base.", "person:mariusz-blaszczak", "Defence Minister", None),
        ("Rizvan Nabiyev, a member of the Milli Majlis Committee on Defense, said the talks were useful.",
         "person:rizvan-nabiyev", "member of the Milli Majlis Committee on Defense", "org:milli-majlis"),
        ("Andrzej Duda, the president of Poland, said the troops were ready.", "person:andrzej-duda",
         "president of Poland", "country:POL"),
        pytest.param("Andrzej Duda, the president of Poland, welcomed the agreement.", "person:andrzej-duda",
                     "president of Poland", "country:POL"),
        pytest.param("Rizvan Nabiyev, a member of the Milli Majlis, welcomed the agreement on Monday.",
                     "person:rizvan-nabiyev", "member of the Milli Majlis", "org:milli-majlis"),
    ],
)
def test_role_title(nlp, text, person, title, of):
    roles = {(r.person, r.title, r.of) for r in analyse_text(nlp, text).ents.roles}
    assert (person, title, of) in roles, roles


def test_role_keeps_title_and_evidence(nlp):
    text = "Turkish President Recep Tayyip Erdoğan arrived in Baku. He met the Azerbaijani leader."
    a = analyse_text(nlp, text)
    role = next(r for r in a.ents.roles if r.person == "person:recep-tayyip-erdogan")
    assert role.title == "President" and role.of == "country:TUR"
    ev = role.evidence
    assert ev is not None and a.cleaned.text[ev.clean_start:ev.clean_end] == ev.sentence
    assert "Erdoğan" in ev.sentence and "Azerbaijani leader" not in ev.sentence


# --------------------------------------------------------------------------- membership


CSTO_ARTICLE = (
    "The Collective Security Treaty Organization was founded in 1992. "
    "Its members are Russia, Belarus and Kazakhstan, while Serbia and Afghanistan have observer status."
)


@pytest.mark.parametrize(
    "text, expected",
    [
        (CSTO_ARTICLE, {("country:RUS", "member_of", "org:csto"), ("country:BLR", "member_of", "org:csto"),
                        ("country:KAZ", "member_of", "org:csto"), ("country:SRB", "observer_of", "org:csto"),
                        ("country:AFG", "observer_of", "org:csto")}),
        ("ASEAN held its summit in Jakarta. Its members include Indonesia, Malaysia and the Philippines.",
         {("country:IDN", "member_of", "org:asean"), ("country:MYS", "member_of", "org:asean"),
          ("country:PHL", "member_of", "org:asean")}),
        ("Finland joined NATO in April 2023.", {("country:FIN", "member_of", "org:nato")}),
        ("Sweden has joined NATO after a long wait.", {("country:SWE", "member_of", "org:nato")}),
        ("Azerbaijan is a member of the Non-Aligned Movement.", {("country:AZE", "member_of", "org:nam")}),
        ("Indonesia is a founding member of ASEAN.", {("country:IDN", "member_of", "org:asean")}),
        ("Sweden became a full member of NATO in March 2024.", {("country:SWE", "member_of", "org:nato")}),
        ("NATO member Türkiye hosted the drills.", {("country:TUR", "member_of", "org:nato")}),
        ("CSTO member states Armenia and Tajikistan skipped the meeting.",
         {("country:ARM", "member_of", "org:csto"), ("country:TJK", "member_of", "org:csto")}),
        ("Hungary has observer status in the Organization of Turkic States.",
         {("country:HUN", "observer_of", "org:ots")}),
        ("Turkmenistan is an observer state of the Turkic Council.", {("country:TKM", "observer_of", "org:ots")}),
        ("Japan, a member of the G7, pledged more aid.", {("country:JPN", "member_of", "org:g7")}),
        ("Sweden and Finland joined NATO after the invasion.",
         {("country:SWE", "member_of", "org:nato"), ("country:FIN", "member_of", "org:nato")}),
        ("The CSTO held a summit in Minsk. Its members include Russia and Belarus, while Uzbekistan has observer "
         "status.", {("country:RUS", "member_of", "org:csto"), ("country:BLR", "member_of", "org:csto"),
                     ("country:UZB", "observer_of", "org:csto")}),
        pytest.param("Vietnam, Thailand and Indonesia are members of ASEAN.",
                     {("country:VNM", "member_of", "org:asean"), ("country:THA", "member_of", "org:asean"),
                      ("country:IDN", "member_of", "org:asean")}),
        pytest.param("Kazakhstan and Kyrgyzstan are both members of the CSTO.",
                     {("country:KAZ", "member_of", "org:csto"), ("country:KGZ", "member_of", "org:csto")}),
        pytest.param("Poland, a NATO member since 1999, hosted the drills.", {("country:POL", "member_of", "org:nato")}),
    ],
)
def test_membership(nlp, text, expected):
    rels = relations(nlp, text)
    assert expected <= rels, rels


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Sweden is not a member of the CSTO.", ("country:SWE", "org:csto")),
        ("Ukraine has yet to join NATO.", ("country:UKR", "org:nato")),
        ("Serbia never joined NATO.", ("country:SRB", "org:nato")),
        ("Georgia hopes to join NATO one day.", ("country:GEO", "org:nato")),
        ("Finland refused to join the CSTO.", ("country:FIN", "org:csto")),
        ("Armenia is no longer a member of the CSTO.", ("country:ARM", "org:csto")),
        ("Japan signed a security pact with NATO on Monday.", ("country:JPN", "org:nato")),
        ("Indonesia criticised ASEAN over the crisis.", ("country:IDN", "org:asean")),
        ("Kazakhstan left the Eurasian Economic Union talks early.", ("country:KAZ", "org:eaeu")),
        ("Austria has not joined NATO.", ("country:AUT", "org:nato")),
        ("Finland and Sweden applied to join NATO in 2022.", ("country:SWE", "org:nato")),
        ("NATO partner Georgia hosted the drills.", ("country:GEO", "org:nato")),
        ("Türkiye is a member of NATO but not of the European Union.", ("country:TUR", "org:eu")),
        pytest.param("Japan joined the NATO exercise in the Baltic Sea.", ("country:JPN", "org:nato")),
        pytest.param("Australia joined the ASEAN summit as a guest.", ("country:AUS", "org:asean")),
    ],
)
def test_no_membership(nlp, text, pair):
    rels = relations(nlp, text)
    assert not any((s, o) == pair and r in ("member_of", "observer_of") for s, r, o in rels), rels


def test_membership_evidence_is_the_sentence(nlp):
    a = analyse_text(nlp, CSTO_ARTICLE)
    rel = next(r for r in a.ents.relations if r.subject == "country:SRB")
    ev = rel.evidence
    assert ev is not None
    assert a.cleaned.text[ev.clean_start:ev.clean_end] == ev.sentence
    assert ev.sentence.startswith("Its members are")
