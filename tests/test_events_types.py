"""Event types from trigger words in context (issue 11, point 3); named triggers (point 2).

Sentences are written for these tests, in the styles of several outlets."""
from __future__ import annotations

import pytest
from test_events import typed_statuses


@pytest.mark.parametrize("sentence, etype", [
    # hostilities are conflicts (wire copy, Yonhap/ANI style)
    ("North Korean troops fired artillery shells across the border on Thursday.", "conflict"),
    ("Militants launched a drone attack on the air base overnight.", "conflict"),
    ("Two soldiers were killed when insurgents ambushed a patrol near Kandahar.", "conflict"),
    ("Israeli jets targeted a weapons depot outside Damascus, the army said.", "conflict"),
    ("Moscow denounced the incursion into the Kursk region.", "conflict"),
    # warnings, accusations, sanctions, expulsions are threats (Dawn, The National style)
    ("Washington blamed Tehran for the attack on the tanker.", "threat"),
    ("The European Union imposed new sanctions on Belarus over the crackdown.", "threat"),
    ("Athens expelled the Libyan ambassador over the maritime deal.", "threat"),
    ("The State Department designated the group as a foreign terrorist organization.", "threat"),
    ("Cairo denounced the memorandum signed by Ankara and Tripoli as null and void.", "threat"),
    # asking and urging are requests (Delfi style)
    ("Lithuania asked Germany for more air defence systems.", "request"),
    ("The United States has been encouraging allies such as Japan to restrict the airline's flights.", "request"),
    # talks and calls are meetings (readouts, Xinhua style)
    ("President Biden spoke with Chancellor Scholz by phone on Monday.", "meeting"),
    ("Xi held a phone call with Putin on Friday.", "meeting"),
    ("The foreign minister received his Iranian counterpart in Baku.", "meeting"),
    # security assistance, arms sales, deeper ties are cooperation (Defense News, The Hill style)
    ("Washington announced $800 million in military assistance to Kyiv.", "cooperation"),
    ("Poland agreed to purchase 250 Abrams tanks from the United States.", "cooperation"),
    ("The two leaders agreed to deepen ties in defense and trade.", "cooperation"),
    ("Slovakia provided an S-300 air defense system to Ukraine.", "cooperation"),
])
def test_trigger_in_context_gives_type(nlp, sentence, etype):
    assert etype in {t for t, _ in typed_statuses(nlp, sentence)}


@pytest.mark.parametrize("sentence, absent", [
    # words out of context are no events
    ("The retailer will launch a new product line in March.", "conflict"),
    ("The striker fired a shot into the top corner.", "conflict"),
    ("The senator's political allies rallied behind him.", "alliance"),
    ("The rover will receive a software update next week.", "meeting"),
    ("Fans called the result a disappointment.", "meeting"),
    ("The charity provided blankets and food to flood victims.", "cooperation"),
    ("Relations between the two clubs have been tense.", "cooperation"),
    ("The company's troops of salespeople will visit stores.", "deployment"),
])
def test_words_out_of_context_are_no_events(nlp, sentence, absent):
    assert absent not in {t for t, _ in typed_statuses(nlp, sentence)}


@pytest.mark.parametrize("sentence, etype, status", [
    ("The two leaders committed to deepen defense cooperation.", "cooperation", "planned"),
    ("They reaffirmed their commitment to expand security cooperation.", "cooperation", "planned"),
])
def test_commitments_are_planned(nlp, sentence, etype, status):
    assert (etype, status) in typed_statuses(nlp, sentence)


def _events(text: str):
    from conftest import analyse_raws

    from pactwatch.model import RawDocument

    lead = "World\nBy Staff\nPublished 6 January 2026\nMilitary and defence officials met on Monday.\n"
    return analyse_raws([RawDocument("n", "n.txt", lead + text + "\n")])[0].events


@pytest.mark.parametrize("sentence, absent", [
    # a trigger word inside a proper name is the name (Sputnik, Dawn, Defense News styles)
    ("Kazakhstan and Kyrgyzstan are members of the Collective Security Treaty Organization.", "agreement"),
    ("The North Atlantic Treaty Organization was founded in Washington.", "agreement"),
    ("Egypt and Saudi Arabia discussed the Rapid Deployment Force's budget.", "deployment"),
])
def test_trigger_words_inside_names_are_names(sentence, absent):
    assert absent not in {e.type for e in _events(sentence)}


@pytest.mark.parametrize("sentence, absent", [
    # a president signing a domestic order or a law is no agreement between parties (The Hill style)
    ("President Trump signed an executive order on drone exports on Friday.", "agreement"),
    ("The governor signed the bill into law.", "agreement"),
    # a danger nobody poses is no threat (Defense News style)
    ("Officials discussed cyber threats to critical infrastructure.", "threat"),
    # allies and partners in general are nobody's alliance
    ("The minister thanked allies and partners for their help.", "alliance"),
])
def test_lexicon_context_rules(nlp, sentence, absent):
    assert absent not in {t for t, _ in typed_statuses(nlp, sentence)}


@pytest.mark.parametrize("sentence, etype", [
    ("Iran poses a threat to shipping in the Gulf, the admiral said.", "threat"),
    ("The ministers discussed the threat North Korea poses to the region.", "threat"),  # who poses it, in a clause
    ("The threat posed by North Korea was discussed.", "threat"),
    ("Sweden became NATO's newest ally on Thursday.", "alliance"),
    ("Washington urged allies such as Germany to ban the airline.", "alliance"),
    ("Kyiv and Warsaw signed a defence cooperation agreement.", "agreement"),
])
def test_lexicon_context_rules_keep_real_events(nlp, sentence, etype):
    assert etype in {t for t, _ in typed_statuses(nlp, sentence)}


def test_an_organisation_alone_is_no_cooperation_or_alliance():
    """'The Alliance's deterrence will be strengthened': NATO alone, no second side."""
    evs = _events("Suspension of the treaty will strengthen the Alliance's deterrence, NATO said.")
    assert not [e for e in evs if e.type in ("alliance", "cooperation") and set(e.actors + e.targets) <= {"org:nato"}]


@pytest.mark.parametrize("sentence, etype", [
    # an alliance the parties name is a military alliance (readout, Yonhap styles)
    ("They discussed the U.S.-Japan alliance and its role in the region.", "alliance"),
    ("The minister said the Korea-U.S. alliance remains strong.", "alliance"),
    ("Our commitment to Article 5 is ironclad, the president said.", "alliance"),
    # condemning launches or provocations, deterring and pushing back are threats (The National, Dawn styles)
    ("The two leaders condemned the recent ballistic missile launches by North Korea.", "threat"),
    ("Washington and Riyadh discussed steps to deter Iran's destabilizing behavior.", "threat"),
    ("The two leaders resolved to push back against China's coercion.", "threat"),
])
def test_alliances_and_threats_in_readouts(nlp, sentence, etype):
    assert etype in {t for t, _ in typed_statuses(nlp, sentence)}


@pytest.mark.parametrize("sentence, absent", [
    ("The opposition formed an electoral alliance before the vote.", "alliance"),
])
def test_alliances_and_threats_out_of_context(nlp, sentence, absent):
    assert absent not in {t for t, _ in typed_statuses(nlp, sentence)}


def test_a_warning_is_made_when_it_is_said():
    """'Resolved to push back against X' is a threat made now, not a plan (Xinhua/readout style). The states are
    named: an article naming none but the one warned scores below the relevance threshold (0.25)."""
    text = ("The leaders of Japan and the Philippines resolved to push back against China's coercion in the "
            "East China Sea.")
    evs = [e for e in _events(text) if e.type == "threat"]
    assert evs and evs[0].status == "occurred"


def test_looking_forward_to_a_summit_is_planned(nlp):
    assert ("meeting", "planned") in typed_statuses(nlp, "The President said he looked forward to a productive "
                                                         "summit in Tokyo.")


@pytest.mark.parametrize("sentence, etype, status", [
    # the negation on the object denies (Sputnik, Delfi styles)
    ("Armenia will join neither NATO nor the CSTO, the prime minister said.", "alliance", "denied"),
    ("There will be no permanent US bases in Greenland, the minister said.", "deployment", "denied"),
    ("Finland joined NATO in April 2023.", "alliance", "occurred"),
    # what talks are held on is planned (Xinhua style)
    ("The two leaders agreed to start talks on a free trade agreement.", "agreement", "planned"),
    # not condemning a war does not deny the war (The Hill style)
    ("India has not condemned the war in Ukraine.", "conflict", "occurred"),
])
def test_status_of_the_issue_cases(nlp, sentence, etype, status):
    assert (etype, status) in typed_statuses(nlp, sentence)


@pytest.mark.parametrize("sentence, etype, status", [
    # a word under two types or parts of speech is read as the one that fits (Reuters, Dawn styles)
    ("The two sides held peace talks between the Government of Afghanistan and the Taliban in Doha.",
     "meeting", "occurred"),
    ("The lawmakers called for an end to Chinese military drills around Taiwan, The Hill reported.",
     "request", "occurred"),
    ("Pakistan's foreign office called for restraint along the Line of Control.", "request", "occurred"),
    # a parliament voting to expel troops, a premier recommending they leave: requests (Xinhua, ANI styles)
    ("Iraq's parliament voted on Sunday to expel US troops from the country.", "request", "occurred"),
    ("The prime minister recommended that foreign troops withdraw from Iraq, Xinhua reported.", "request",
     "occurred"),
    # fighting an armed group, or fighting without an object when an armed side fights (Defense News style)
    ("The coalition came to Syria to fight the Islamic State group.", "conflict", "occurred"),
    ("The Ukrainian soldiers who were fighting near Bakhmut were relieved on Monday.", "conflict", "occurred"),
    # condemning acts of terror gives the attack; condemning a state by name is a threat (The National style)
    ("The ministers condemned the acts of terror against Israeli civilians.", "conflict", "occurred"),
    ("Egypt, Greece and Cyprus condemned Turkey in a joint statement on Thursday.", "threat", "occurred"),
    # support for a named party is cooperation without a military word (readout, Delfi styles)
    ("Washington reaffirmed its support for Ukraine, the State Department said.", "cooperation", "occurred"),
    ("The European Union keeps supporting Moldova, the commissioner told Delfi.", "cooperation", "occurred"),
    # symmetric talk verbs with both sides as subject; a host welcoming a minister (APP, Saudi Gazette styles)
    ("The leaders consulted on regional security issues.", "meeting", "occurred"),
    ("Prime Minister Sharif welcomed the Saudi defense minister to Islamabad on Tuesday.", "meeting", "occurred"),
    ("President Aliyev hosted his Turkish counterpart in Baku.", "meeting", "occurred"),
    ("Qatar hosted Hamas and Israeli negotiators in Doha.", "meeting", "occurred"),
    # what continues is going on; what one side calls important is urged (readout style)
    ("The United States continues to support Ukraine's defense, the president said.", "cooperation", "occurred"),
    ("The United States will continue to support Ukraine's defense, the president said.", "cooperation",
     "planned"),
    ("Both leaders affirmed their resolve to continue supporting Ukraine.", "cooperation", "planned"),
    ("The two leaders emphasized the importance of deepening defense cooperation.", "cooperation", "proposed"),
    ("The ministers reaffirmed the importance of the U.S.-Thailand treaty alliance.", "alliance", "occurred"),
    # a named exercise, exercises with training; an alliance named by its two sides (Defense News, readout styles)
    ("Ghana co-hosted Exercise Flintlock earlier this month with Côte d'Ivoire.", "exercise", "occurred"),
    ("Through bilateral training and exercises, the Alliance has improved command and control.", "exercise",
     "occurred"),
    ("The Vice President reaffirmed the strength of the alliance between the United States and the Philippines.",
     "alliance", "occurred"),
    # a conflict named by its sides or place (Dawn, Al Jazeera styles)
    ("Regarding the Israel-Hamas conflict, the President reiterated support for Israel.", "conflict", "occurred"),
    ("The UN envoy discussed the conflict in Yemen with Saudi officials.", "conflict", "occurred"),
    # the weapons can stand far from the verb, in its object (readout style); diplomatic relations (Delfi style)
    ("AUKUS will provide Australia with a conventionally armed, nuclear powered submarine capability soon.",
     "cooperation", "planned"),
    ("Today, we mark 100 years of diplomatic relations between the United States and Estonia.", "cooperation",
     "occurred"),
    ("Sullivan welcomed Saudi Defense Minister Prince Khalid bin Salman and his delegation to the White House.",
     "meeting", "occurred"),
    # accusations of violating sovereignty or a resolution, "null and void", threats made (Rudaw, Kathimerini styles)
    ("The Foreign Ministry of Iraq characterized the attack as \"a serious violation of Iraqi sovereignty\".",
     "threat", "occurred"),
    ("This is done in violation of UN Security Council resolutions prohibiting arms imports into Yemen.", "threat",
     "occurred"),
    ("He called the border agreement \"null and void\" and \"geographically ridiculous\".", "threat", "occurred"),
    ("Some Iraqi militias associated with Iran had made threats against U.S. personnel.", "threat", "occurred"),
    ("In 2015, Saudi Arabia started supporting the government against the Houthi rebellion.", "conflict",
     "occurred"),
    ("The foreign ministers agreed to a future meet on Crete.", "meeting", "planned"),
    # the framework or the adversary of something exists whatever is said of it (readout styles)
    ("The leaders discussed the commitment to the defense of Japan under Article 5 of the security treaty.",
     "agreement", "occurred"),
    ("The United States will keep supporting Ukraine's defense against Russian aggression.", "conflict",
     "occurred"),
    # "that's why" explains, it does not ask; ways to deepen ties are planned (The Hill, readout styles)
    ("That's why the United States has rallied a coalition of 50 countries to support Ukraine.", "cooperation",
     "occurred"),
    ("They discussed ways to further deepen Israel's relationships with Bahrain and Morocco.", "cooperation",
     "planned"),
    # a commitment the trigger only names is in force; maintaining cooperation is going on (readout style)
    ("The President reaffirmed the U.S. extended deterrence commitment to the ROK.", "alliance", "occurred"),
    ("The two discussed how to maintain close cooperation on security.", "cooperation", "occurred"),
    ("The two sides will maintain close cooperation.", "cooperation", "occurred"),  # status.json maintaining_verbs
    # praise is no denial; agreeing that something holds is no plan (readout, Yomiuri styles)
    ("The leaders agreed that the U.S.-Japan Alliance has never been stronger.", "alliance", "occurred"),
    ("The ministers agreed that joint exercises will be held in May.", "exercise", "planned"),
    ("The founding states signed the charter of the new bloc in 2001.", "agreement", "occurred"),
    # ... but armed sides still clash and fire still kills (Hindustan Times, Azertac styles)
    ("Indian and Chinese troops clashed with each other in the Galwan Valley.", "conflict", "occurred"),
    ("Soldiers were killed and wounded by artillery fire from Armenian positions.", "conflict", "occurred"),
    # a framework signed or joined is an agreement; acting firmly in response is a warning (readout, Reuters styles)
    ("The United States and Saudi Arabia also signed a Critical Minerals Framework.", "agreement", "occurred"),
    ("India decided to join the Indo-Pacific Economic Framework.", "agreement", "planned"),  # decided, not yet done
    ("The minister said Ankara would respond decisively to any attack on Turkish ships.", "threat", "planned"),
    # a giver named on the noun or hyphened to the verb (Al Jazeera, BBC, Reuters styles)
    ("Al-Muhandis was the deputy commander of the Popular Mobilization Forces, an Iranian-backed militia.",
     "cooperation", "occurred"),
    ("Questions remain how much direct Iranian assistance is received by the Houthis.", "cooperation", "possible"),
    # repositioning an air defence system abroad is a deployment (Defense News style)
    ("The United States will reposition a U.S. Patriot missile system to Slovakia.", "deployment", "planned"),
    # states called to act are asked (Kathimerini, Tasnim styles)
    ("Italy and Egypt were openly called to join the project.", "request", "occurred"),
    ("Iran called the United Nations to intervene.", "request", "occurred"),
    # a word that qualifies another trigger is part of it (The Hill, Kyiv Independent styles)
    ("Kyiv and Warsaw signed a defence cooperation agreement.", "agreement", "occurred"),
    # an infinitive on a plan or an agreement is what is planned, not a provision (Anadolu, Trend styles)
    ("Ankara and Baku announced plans to hold joint military drills next year.", "exercise", "planned"),
    ("The two navies reached an agreement to hold joint exercises in the Caspian Sea.", "exercise", "planned"),
])
def test_types_and_statuses_from_the_parse(nlp, sentence, etype, status):
    assert (etype, status) in typed_statuses(nlp, sentence)


@pytest.mark.parametrize("sentence, absent", [
    ("The plant will meet rising demand for chips in the region.", "request"),
    ("The new partnership will help both nations meet the challenges of tomorrow.", "meeting"),
    ("The spending will strengthen the U.S. defense industrial base.", "deployment"),
    ("The utility expects faster renewables deployment next year.", "deployment"),
    ("The fans were fighting outside the stadium after the match.", "conflict"),
    ("The retailer will fight the lawsuit in court.", "conflict"),
    ("The team was welcomed to the city by the mayor.", "meeting"),
    ("Manila was praised for generously hosting Afghan refugees.", "meeting"),
    # a clause on an agreement states a provision (Azertac style)
    ("The Shusha Declaration, which provides for military aid in case of an attack, was signed in 2021.", "conflict"),
    ("Kyiv and Warsaw signed a defence cooperation agreement.", "cooperation"),
    ("The ministers reaffirmed the importance of the U.S.-Thailand treaty alliance.", "agreement"),
    ("Netanyahu praised the political and economic alliance with Greece and Cyprus.", "alliance"),
    ("The board flagged a conflict of interest in the merger.", "conflict"),
    ("The company will provide customers with new cloud capabilities.", "cooperation"),
    ("The referee said it was a clear violation of the rules.", "threat"),
    ("The office asked U.S. citizens not to approach the embassy.", "request"),  # citizens are no state
    ("The principles enshrined in the UN Charter must be upheld, the minister said.", "agreement"),
    ("The forum highlighted the U.S.-Africa space partnership.", "cooperation"),  # space is no sector of ours
    ("The two agencies expanded their health research collaboration.", "cooperation"),
    # nature kills and threatens without being a party; riots at home are no conflict (AP, Kathimerini styles)
    ("Twelve people were killed and 70 others were injured by a landslide in Aceh.", "conflict"),
    ("Three people were killed by a wildfire near Athens.", "conflict"),
    ("Quakes centered well within the mainland do not pose the threat of a tsunami to Indonesia.", "threat"),
    ("Protests, riots and clashes with police have overtaken Greece for the sixth straight day.", "conflict"),
    ("The opposition ignored the prime minister's appeals for national unity.", "cooperation"),
    ("The talks were held within the framework of the OTS.", "agreement"),
    ("The firm will act quickly to fix the bug.", "threat"),
    ("The senator backed the bill on Tuesday.", "cooperation"),
    ("He called it unlikely that the EU would finance the project.", "request"),
    ("The retailer will reposition its brand in Europe.", "deployment"),
    ("Leaders held a call on Monday with the chancellor.", "request"),  # a noun "call on" is no "call on"
    ("He underlined the call for cooperation in the region.", "request"),
    # what a request asks for is not a second fact
    ("Iraq's parliament voted on Sunday to expel US troops from the country.", "deployment"),
])
def test_words_of_other_trades_stay_no_events(nlp, sentence, absent):
    assert absent not in {t for t, _ in typed_statuses(nlp, sentence)}


def test_a_request_put_in_the_future_on_its_own_verb_is_planned():
    """Address style: 'we will encourage Pakistan to do more' is announced, not yet made."""
    text = "And we will encourage Pakistan to do more to support Afghanistan's security forces."
    evs = [e for e in _events(text) if e.type == "request"]
    assert evs and evs[0].status == "planned"


def test_a_warning_in_the_future_tense_is_made_now():
    """Readout style: 'made clear that the United States will act firmly in response to Russia's actions'."""
    text = "President Biden made clear that the United States will act firmly in response to Russia's actions."
    evs = [e for e in _events(text) if e.type == "threat"]
    assert evs and evs[0].status == "occurred"
