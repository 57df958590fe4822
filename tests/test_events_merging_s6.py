"""One event per fact, and no event from what is not an interstate fact (issue 11, points 5 and 6): page furniture
(a "Previous news:" line, a related-links headline, a photo caption with its credit) is no text of the article; a
business story (a merger, a company's "strategic alliance", trucks "deployed" across a bloc) is about no relation
between states; talks told again by their day ("in Monday's talks") are the talks the lead reported.

Articles and sentences written for these tests, in the styles of a wire story, a regional daily, a state agency and a
business desk, with other states and words than any gold."""
from __future__ import annotations

import pytest
from helpers import SETTINGS, article_of
from test_events_relevance import _ents

from pactwatch.clean import clean
from pactwatch.events import merge_events
from pactwatch.events.relevance import article_relevance, relevant
from pactwatch.model import Event, Evidence, RawDocument


def _cleaned(text: str) -> str:
    doc = clean(RawDocument("t", "t.txt", text), SETTINGS)
    return doc.text


LEAD = ("SANTIAGO, June 4 (EFE) - Chile and Peru signed a memorandum on coastal defence cooperation on Wednesday, the "
        "defence ministries of both countries said.")


@pytest.mark.parametrize("furniture", [
    "Previous news: Argentina and Brazil agree joint border patrols",
    "Earlier stories \u00bb Bolivia buys patrol boats from Spain",
    "Related coverage: Ecuador to host Colombian air force drills",
    "ALSO READ | Paraguay and Uruguay hold river security talks",
    "Read also: Uruguay orders two offshore patrol vessels",
    "The frigate Almirante Lynch at its base in Talcahuano. (Photo: Chilean Navy)",
    "Sailors of the two navies on the deck of a corvette [Photo/Xinhua]",
    "A Peruvian patrol boat off Callao | Photo: Andina",
    "Pictured: the ministers shake hands after the signing",
    "Caption: Chilean marines land on a beach near Arica",
])
def test_page_furniture_is_no_text_of_the_article(furniture):
    text = _cleaned(f"Chile, Peru sign coastal defence memorandum\n\n{LEAD}\n\n{furniture}\n\n"
                    "Under the memorandum, the two navies will share radar data along their maritime border.\n")
    assert furniture not in text
    assert "share radar data" in text and "Chile and Peru signed" in text


@pytest.mark.parametrize("sentence", [
    # a sentence of the article that speaks of photos, links or earlier news is kept
    "The ministry released a photo of the two ministers shaking hands in Lima.",
    "Earlier, the two navies had held talks on sharing radar data (see the map below).",
    "Previous governments in Lima had refused to share such data with Santiago.",
    "Related talks on fishing rights will resume in July, the foreign ministry said.",
])
def test_a_sentence_about_photos_or_earlier_news_is_kept(sentence):
    assert sentence in _cleaned(f"Chile, Peru sign coastal defence memorandum\n\n{LEAD}\n\n{sentence}\n")


def test_a_related_link_and_a_caption_yield_no_event():
    """A regional daily's page: the 'Previous news' link and a related-links block tell other stories; the caption
    names a navy's ship at its base. Only the memorandum of the story is an event."""
    article = article_of(
        f"{LEAD}\n\n"
        "The frigate Almirante Lynch at its base in Talcahuano. (Photo: Chilean Navy)\n\n"
        "Under the memorandum, the two navies will share radar data along their maritime border.\n\n"
        "Previous news: Argentina and Brazil agree joint border patrols\n\n"
        "Chilean Defence Minister Rosa Ortiz said the deal would help fight smuggling.\n\n"
        "ALSO READ | Paraguay and Uruguay hold river security talks",
        head="Chile, Peru sign coastal defence memorandum\n\n")
    named = {p for e in article.events for p in e.actors + e.targets}
    assert not named & {"country:ARG", "country:BRA", "country:PRY", "country:URY"}, article.events


MERGER = (
    "Logistics groups merge to create regional trucking leader\n\n"
    "Kestrel Freight to deploy 4,000 trucks across ECOWAS; strategic alliance with a Moroccan shipping line\n\n"
    "LAGOS, March 3 (Reuters) - Nigeria's Kestrel Freight and Ghana's Volta Haulage said on Tuesday they would merge "
    "to form West Africa's largest trucking company, in a deal valued at $1.1 billion.\n\n"
    "The combined group will deploy 4,000 trucks across the Economic Community of West African States (ECOWAS) by "
    "2028, the companies said in a statement.\n\n"
    "The group would also sign a strategic alliance with a Moroccan container line to link its depots to ports on "
    "the Atlantic, chief executive Amaka Obi told reporters.\n\n"
    "Kestrel Freight and the Senegalese operator Dakar Transit signed a deal last year to share warehouses in "
    "Senegal and Mali.\n\n"
    "\"This is a battle for the corridor, and we intend to win it,\" Obi said.\n")
CHIPS = (
    "Chipmaker and telecom group form partnership to defend networks\n\n"
    "SEOUL (Yonhap) -- South Korea's Hanbit Semiconductor and Brazil's TelePampa announced a strategic partnership "
    "on Wednesday to develop chips that defend mobile networks against cyber threats.\n\n"
    "Under the agreement, Hanbit will supply security chips to TelePampa's base stations in Brazil and Argentina from "
    "next year.\n\n"
    "The two companies also agreed to open a joint research centre in Sao Paulo, the firms said.\n\n"
    "The alliance gives Hanbit a foothold in Latin America, where its customers have long bought Chinese gear.\n")


@pytest.mark.parametrize("text", [MERGER, CHIPS], ids=["merger", "chips"])
def test_a_business_story_yields_no_event(text):
    """Companies' deals are no interstate facts (GUIDE: a deal between companies is no event): a merger whose trucks
    'deploy' across a regional bloc and whose 'strategic alliance' is with a foreign shipping line, a chipmaker's
    partnership with a telecom group 'against cyber threats'."""
    article = article_of(text, head="")
    assert article.events == (), [(e.type, e.evidence.sentence[:60]) for e in article.events]


def test_a_defense_story_that_names_arms_companies_stays_relevant():
    """A defense-industry story names companies in some of its sentences; it is still about two states' forces."""
    sentences = [
        "ANKARA (AA) - Turkey will deliver six more armed drones to Azerbaijan's armed forces this year, the defence "
        "ministry said on Friday.",
        "The drones are built by the Turkish company Baykar, which has supplied the Azerbaijani army since 2020.",
        "Azerbaijan's defence minister thanked Ankara for its military support during talks in Baku.",
        "The two countries also plan joint military exercises near the border with Armenia in September.",
    ]
    assert relevant(article_relevance(sentences, _ents("country:TUR", "country:AZE", "country:ARM")))


def _meeting(sentence: str, trigger: str, start: int, actors: tuple[str, ...], targets: tuple[str, ...],
             asserted_by: str | None = None) -> Event:
    return Event("meeting", "occurred", actors, targets, trigger=trigger, asserted_by=asserted_by,
                 evidence=Evidence(sentence=sentence, clean_start=start, clean_end=start + len(sentence)))


@pytest.mark.parametrize("again, trigger", [
    ("In Monday's talks, the Malaysian side raised the issue of smuggling across the border.", "talks"),
    ("At yesterday's meeting, Kuala Lumpur asked for more radar stations on the border.", "meeting"),
    ("During Friday\u2019s talks, both sides also discussed piracy in the Sulu Sea.", "talks"),
])
def test_talks_told_again_by_their_day_are_the_talks_of_the_lead(again, trigger):
    """A wire story: 'held talks ... on Monday' and 'in Monday's talks, the X side raised ...' are one meeting (the
    day names no other meeting; 'the Bali meeting' does)."""
    lead = _meeting("Indonesian Defence Minister Budi Santoso held talks with his Malaysian counterpart in Jakarta "
                    "on Monday.", "held talks", 0, ("country:IDN",), ("country:MYS",))
    told = _meeting(again, trigger, 120, ("country:MYS",), ("country:IDN",),
                    asserted_by="org:ministry-of-defence-of-indonesia")
    assert len(merge_events([lead, told])) == 1


def test_a_named_meeting_is_still_another_meeting():
    lead = _meeting("Indonesian Defence Minister Budi Santoso held talks with his Malaysian counterpart in Jakarta "
                    "on Monday.", "held talks", 0, ("country:IDN",), ("country:MYS",))
    named = _meeting("The ministers recalled the Kuching meeting of their predecessors.", "meeting", 120,
                     ("country:IDN",), ("country:MYS",))
    assert len(merge_events([lead, named])) == 2


@pytest.mark.parametrize("party, domestic", [
    ("org:high-court", True), ("org:supreme-court-of-malawi", True), ("org:malawi-law-society", True),
    ("org:bar-association", True), ("org:main-opposition-party", True),
    # states, armed groups and interstate courts can be parties
    ("country:MWI", False), ("org:icj", False), ("org:international-court-of-justice", False),
    ("org:syrian-opposition", False), ("org:sadc", False), ("org:courtland-logistics", False),
])
def test_a_domestic_body(party, domestic):
    from pactwatch.events.relevance import domestic_body

    assert domestic_body(party) is domestic


def _event(etype: str, sentence: str, start: int, actors: tuple[str, ...], targets: tuple[str, ...],
           status: str = "occurred") -> Event:
    return Event(etype, status, actors, targets, trigger=etype,
                 evidence=Evidence(sentence=sentence, clean_start=start, clean_end=start + len(sentence)))


def test_a_court_and_a_law_society_are_no_parties_to_facts_between_states():
    """A regional daily: the court that blocked a troop deployment is no party to it; the law society's threat to
    return to court and a court's ruling on the government's powers are the state's own affairs, no events."""
    deployment = _event("deployment", "Malawi's High Court on Friday blocked the government from deploying soldiers "
                        "to Mozambique.", 0, ("country:MWI",), ("org:high-court", "country:MOZ"))
    threat = _event("threat", "The Law Society of Malawi threatened to return to court if the troops were sent.", 100,
                    ("org:law-society-of-malawi",), ("country:MWI",))
    ruling = _event("agreement", "The Supreme Court ruled that the cabinet may not sign such an accord alone.", 200,
                    ("org:supreme-court",), (), status="denied")
    merged = merge_events([deployment, threat, ruling])
    assert [(e.type, e.actors, e.targets) for e in merged] == [("deployment", ("country:MWI",), ("country:MOZ",))]


def test_an_international_court_stays_a_party():
    case = _event("conflict", "Gambia took Myanmar to the International Court of Justice over the killings.", 0,
                  ("country:GMB",), ("country:MMR", "org:international-court-of-justice"))
    assert merge_events([case])[0].targets == ("country:MMR", "org:international-court-of-justice")


def test_a_short_coast_guard_drill_story_is_relevant_and_its_headline_no_second_event():
    """A state agency's three-paragraph story of a coast guard exercise is about two states' security forces (an
    exercise, a coast guard and a patrol are weak defense words); its headline ('to hold', planned) restates the lead
    ('held', occurred) and is no second exercise."""
    article = article_of(
        "HANOI, Aug 2 (VNA) - Vietnam and the Philippines held their first joint coast guard exercise in the South "
        "China Sea on Friday, the Vietnamese coast guard said.\n\n"
        "The drill, which involved four ships, practised search and rescue and firefighting at sea.\n\n"
        "The Philippine coast guard said the exercise would become an annual event.",
        head="Vietnam, Philippines to hold first joint coast guard drill\n\n")
    exercises = [e for e in article.events if e.type == "exercise"]
    assert len(exercises) == 1, [(e.status, e.evidence.sentence[:50]) for e in article.events]
    assert {"country:VNM", "country:PHL"} <= set(exercises[0].actors + exercises[0].targets)
    assert exercises[0].status == "occurred"


def _request(sentence: str, trigger: str, start: int, actors: tuple[str, ...], targets: tuple[str, ...],
             asserted_by: str | None = None) -> Event:
    return Event("request", "occurred", actors, targets, trigger=trigger, asserted_by=asserted_by,
                 evidence=Evidence(sentence=sentence, clean_start=start, clean_end=start + len(sentence)))


NARRATED = _request("Lithuania has asked Germany to station additional Patriot air defence batteries on its territory, "
                    "the defence minister said on Tuesday.", "asked", 0, ("country:LTU",), ("country:DEU",),
                    asserted_by="person:laurynas-kasciunas")


@pytest.mark.parametrize("again, trigger, actors, asserted_by, one", [
    # the asker's quoted words asking for the same thing: the request told
    ("\u201cWe have asked Berlin to deploy more Patriot batteries to Lithuania before the winter,\u201d Kasciunas "
     "told the broadcaster.", "asked", (), "person:laurynas-kasciunas", True),
    ("\"Our request to Germany is clear: send more Patriot batteries,\" the minister said.", "request", (),
     "person:laurynas-kasciunas", True),
    # the request named again by someone else: the request told, not a German request
    ("German officials said the request would be considered by NATO ministers next week.", "request",
     ("country:DEU",), None, True),
    # another request: another thing asked for, or told again by the outlet in a sentence of its own
    ("\u201cWe have also asked for help with drones,\u201d Kasciunas said.", "asked", (),
     "person:laurynas-kasciunas", False),
    ("Lithuania also asked Germany to send engineers to build new barracks.", "asked", ("country:LTU",),
     "person:laurynas-kasciunas", False),
])
def test_a_request_told_again(again, trigger, actors, asserted_by, one):
    told = _request(again, trigger, 200, actors, ("country:DEU",), asserted_by=asserted_by)
    merged = merge_events([NARRATED, told])
    assert len(merged) == (1 if one else 2), merged
    if one:
        assert merged[0].actors == ("country:LTU",) and merged[0].targets == ("country:DEU",)


def _told(etype: str, sentence: str, trigger: str, start: int, actors: tuple[str, ...], targets: tuple[str, ...],
          asserted_by: str | None = None) -> Event:
    return Event(etype, "occurred", actors, targets, trigger=trigger, asserted_by=asserted_by,
                 evidence=Evidence(sentence=sentence, clean_start=start, clean_end=start + len(sentence)))


STRIKE = _told("conflict", "Drones struck an oil terminal in the Kuwaiti port of Shuaiba on Saturday, starting a "
               "fire.", "struck", 0, (), ("country:KWT",))
BLAME = "Kuwait's foreign minister blamed Iraq for the attack, saying the drones were launched from Basra."


def test_an_attack_named_again_in_an_accusation_is_the_attack_reported():
    """A wire story: 'blamed Iraq for the attack' accuses Iraq (a threat); 'the attack' is the strike the lead
    reported, no second conflict between the accuser and the accused."""
    accusation = _told("threat", BLAME, "blamed", 100, ("country:KWT",), ("country:IRQ",))
    again = _told("conflict", BLAME, "attack", 100, ("country:KWT",), ("country:IRQ",))
    merged = merge_events([STRIKE, accusation, again])
    assert [(e.type, e.trigger) for e in merged] == [("conflict", "struck"), ("threat", "blamed")]


@pytest.mark.parametrize("sentence, trigger", [
    # an attack first told in the condemnation, or another one ("the second attack", "the attack on Ahmadi")
    ("Kuwait condemned the second attack in a week, blaming Iraq.", "attack"),
    ("Kuwait condemned a new attack on Sunday, blaming Iraq.", "attack"),
])
def test_another_attack_in_an_accusation_stays(sentence, trigger):
    from pactwatch.events.folding import _accused_again

    accusation = _told("threat", sentence, "condemned", 100, ("country:KWT",), ("country:IRQ",))
    attack = _told("conflict", sentence, trigger, 100, ("country:IRQ",), ("country:KWT",))
    assert len(_accused_again([STRIKE, accusation, attack])) == 3


def test_an_attack_first_told_in_a_condemnation_stays():
    accusation = _told("threat", BLAME, "blamed", 100, ("country:KWT",), ("country:IRQ",))
    attack = _told("conflict", BLAME, "attack", 100, ("country:IRQ",), ("country:KWT",))
    assert len(merge_events([accusation, attack])) == 2  # no attack reported before: this one is told here


def test_a_quotation_that_retells_a_narrated_deployment_is_that_deployment():
    """A wire story: 'Germany has kept troops in Lithuania since 2017' (the outlet) and '"Our troops will stay in
    Lithuania," the minister said' are one presence, whoever the outlet says claims each."""
    kept = _told("deployment", "Germany has kept troops in Lithuania since 2017 under NATO's forward presence.", "kept",
                 0, ("country:DEU",), ("country:LTU",))
    quoted = _told("deployment", "\u201cOur troops will stay in Lithuania,\u201d Pistorius told reporters.", "troops",
                   100, ("country:DEU",), ("country:LTU",), asserted_by="person:boris-pistorius")
    merged = merge_events([kept, quoted])
    assert len(merged) == 1 and merged[0].trigger == "kept"


def test_two_officials_narrated_cooperation_stays_two_claims():
    """A readout: two narrated sentences by different officials between the same states are their own claims (no
    quotation retells the other)."""
    one = _told("cooperation", "The Secretary pledged to expand maritime security support to Ghana.", "support", 0,
                ("country:USA",), ("country:GHA",), asserted_by="person:secretary")
    two = _told("cooperation", "The Ambassador announced new training for Ghana's coast guard.", "training", 100,
                ("country:USA",), ("country:GHA",), asserted_by="person:ambassador")
    assert len(merge_events([one, two])) == 2


RAID = _told("conflict", "Israeli jets raided weapons depots near Damascus overnight, Syrian state media said.",
             "raided", 0, ("country:ISR",), ("country:SYR",))


def test_the_raids_named_again_keep_the_parties_first_told():
    """A broadsheet: 'The raids, which Moscow condemned, ...' is the raid the lead reported; Russia, who condemned it,
    is a bystander, not a party to it."""
    again = _told("conflict", "The raids, which Moscow condemned as a violation of Syria's sovereignty, killed four "
                  "soldiers.", "raids", 100, ("country:ISR",), ("country:SYR", "country:RUS"))
    merged = merge_events([RAID, again])
    assert len(merged) == 1
    assert set(merged[0].actors + merged[0].targets) == {"country:ISR", "country:SYR"}


def test_a_raid_told_with_its_own_parties_adds_them():
    """Not a bare mention: 'Israeli and US jets raided ...' tells the parties of the raid itself."""
    told = _told("conflict", "Israeli and US jets raided the depots near Damascus, a monitor said.", "raided", 100,
                 ("country:ISR", "country:USA"), ("country:SYR",))
    merged = merge_events([RAID, told])
    assert len(merged) == 1 and "country:USA" in merged[0].actors + merged[0].targets


@pytest.mark.parametrize("text, title", [
    # a section label or story kind above the headline is no headline
    ("EXCLUSIVE\nLatvia and Estonia to hold first joint artillery drills\n\nRIGA, April 2 (LETA) - Latvian and "
     "Estonian artillery units held their first joint exercise on Wednesday.\n",
     "Latvia and Estonia to hold first joint artillery drills"),
    ("Analysis\nWhy Oman is courting India's navy\n\nMUSCAT - Oman opened its Duqm port to Indian warships in "
     "2018.\n", "Why Oman is courting India's navy"),
    # a headline written as a sentence, with a standfirst and then the byline under it
    ("Poland, Ukraine to sign air defence pact.\nWarsaw and Kyiv will coordinate their air defences along the "
     "border\n\nBy Anna Nowak\n12 March 2026\n\nWARSAW - Poland and Ukraine signed an agreement on Thursday.\n",
     "Poland, Ukraine to sign air defence pact."),
    # a lead sentence followed by the story is no headline
    ("Poland and Ukraine signed an air defence agreement on Thursday.\nThe agreement allows Polish jets to shoot "
     "down missiles over western Ukraine.\nIt takes effect in May.\n", None),
])
def test_the_headline_under_a_label_or_over_a_standfirst(text, title):
    assert clean(RawDocument("t", "t.txt", text), SETTINGS).title == title


def test_a_headline_written_as_a_sentence_restates_the_lead():
    """A broadsheet page: the headline ('to sign', with a full stop) over a standfirst and a byline restates the lead's
    signed agreement; it is no second agreement."""
    article = article_of(
        "WARSAW - Poland and Ukraine signed an agreement on joint air defence of their border regions on Thursday, "
        "the Polish defence ministry said.\n\n"
        "The agreement allows Polish jets to shoot down missiles over western Ukraine.",
        head="Poland, Ukraine to sign air defence agreement.\nWarsaw and Kyiv will coordinate their air defences\n\n"
             "By Anna Nowak\n12 March 2026\n\n")
    agreements = [e for e in article.events if e.type == "agreement"]
    assert len(agreements) == 1 and agreements[0].status == "occurred", agreements


def test_the_next_drills_are_not_the_drills_of_the_headline():
    """A state agency: the body telling only the next drills ('The next joint drills will be held in Estonia') does not
    restate the headline's drills; whether or not the lead's drills are found, the held drills stay an event."""
    article = article_of(
        "RIGA, April 2 (LETA) - Latvian and Estonian artillery units held their first joint live-fire exercise at the "
        "Adazi range on Wednesday, the Latvian armed forces said.\n\n"
        "The next joint drills will be held in Estonia in October.",
        head="EXCLUSIVE\nLatvia and Estonia to hold first joint artillery drills\n\n")
    exercises = [e for e in article.events if e.type == "exercise"]
    assert any(e.status == "occurred" and {"country:LVA", "country:EST"} <= set(e.actors + e.targets)
               for e in exercises), exercises
    assert any(e.status == "planned" for e in exercises), exercises
