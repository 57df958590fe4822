"""The entities stage on made-up news sentences (real spaCy pipeline, real gazetteer).

Each table row is (text, surface, expected): the mention covering ``surface`` (its first
occurrence in the clean text) must resolve to the expected entity id.
"""
from __future__ import annotations

import pytest
from helpers import analyse_text, mention_ids

from pactwatch.gazetteer import fold, load_gazetteer, slug


def ids_at(nlp, text: str, surface: str) -> set[str]:
    a = analyse_text(nlp, text)
    return mention_ids(a.ents, surface, a.cleaned.text)


# --------------------------------------------------------------------------- gazetteer


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Recep Tayyip Erdoğan", "recep-tayyip-erdogan"),
        pytest.param("Mariusz Błaszczak", "mariusz-blaszczak"),
        ("Kassym-Jomart Tokayev", "kassym-jomart-tokayev"),
        ("Ilham Aliyev's", "ilham-aliyev-s"),
        ("  Ferdinand  Marcos Jr. ", "ferdinand-marcos-jr"),
        ("Türkiye", "turkiye"),
        ("Şavkat Mirziyoyev", "savkat-mirziyoyev"),
        ("Köprülü İsmail", "koprulu-ismail"),
    ],
)
def test_slug_is_ascii_lower_hyphenated(name, expected):
    assert slug(name) == expected


@pytest.mark.parametrize(
    "a, b",
    [("Türkiye", "turkiye"), ("Kırgızistan", "KIRGIZISTAN"), ("Azərbaycan", "azərbaycan"), ("Erdoğan", "ERDOGAN")],
)
def test_fold_ignores_case_and_accents(a, b):
    assert fold(a) == fold(b)


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Poland", "country:POL"),
        ("the Philippines", "country:PHL"),
        ("South Korea", "country:KOR"),
        ("Türkiye", "country:TUR"),
        ("Turkey", "country:TUR"),
        ("United States", "country:USA"),
        ("US", "country:USA"),
        ("U.S.", "country:USA"),
        ("NATO", "org:nato"),
        ("Collective Security Treaty Organization", "org:csto"),
        ("Organization of Turkic States", "org:ots"),
        ("Turkic Council", "org:ots"),
        ("ASEAN", "org:asean"),
        ("the Shusha Declaration", "agreement:shusha-declaration"),
        ("Russia's", "country:RUS"),
    ],
)
def test_lookup_whole_names(name, expected):
    hit = load_gazetteer().lookup(name)
    assert hit is not None and hit[0] == expected


@pytest.mark.parametrize("name", ["us", "Us told", "Nato-like", "Polandia", ""])
def test_lookup_refuses_non_names(name):
    hit = load_gazetteer().lookup(name)
    assert hit is None or hit[0] not in ("country:USA", "country:POL", "org:nato")


def test_find_longest_match_first_and_case_sensitive_acronyms():
    text = "The Turkish Republic of Northern Cyprus told us that the US and NATO agreed."
    hits = list(load_gazetteer().find(text))
    surfaces = [(h.text, h.entity_id) for h in hits]
    assert ("us", "country:USA") not in surfaces
    assert ("US", "country:USA") in surfaces
    assert ("NATO", "org:nato") in surfaces
    assert not any(h.text == "Turkish" for h in hits)
    for h in hits:
        assert text[h.start:h.end] == h.text


# --------------------------------------------------------------------------- countries, capitals, acronyms


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        ("Poland and Lithuania signed a defence pact on Monday.", "Lithuania", "country:LTU"),
        ("Officials from the Philippines attended the drills.", "Philippines", "country:PHL"),
        ("Kazakhstan will host the next CSTO exercise.", "Kazakhstan", "country:KAZ"),
        ("South Korea and Japan resumed security talks.", "South Korea", "country:KOR"),
        ("Türkiye sent two frigates to the region.", "Türkiye", "country:TUR"),
        ("Indonesia said the navy would patrol the strait.", "Indonesia", "country:IDN"),
        # demonyms
        ("Japanese troops joined the drills with Philippine marines.", "Japanese", "country:JPN"),
        ("Japanese troops joined the drills with Philippine marines.", "Philippine", "country:PHL"),
        ("Polish engineers built the bridge near the border.", "Polish", "country:POL"),
        ("A Kazakh delegation arrived for the talks.", "Kazakh", "country:KAZ"),
        ("American and Australian ships sailed together.", "Australian", "country:AUS"),
        # capitals as governments
        ("Moscow warned that any deployment would be a provocation.", "Moscow", "country:RUS"),
        ("Tokyo and Manila agreed to expand joint patrols.", "Manila", "country:PHL"),
        ("Warsaw has asked for more Patriot batteries.", "Warsaw", "country:POL"),
        ("Jakarta rejected the proposal on Friday.", "Jakarta", "country:IDN"),
        # capitals as places
        ("The two delegations held talks in Moscow on Tuesday.", "Moscow", "place:moscow"),
        ("The ministers met at a hotel in Astana.", "Astana", "place:astana"),
        pytest.param("Troops paraded through the streets of Warsaw.", "Warsaw", "place:warsaw"),
        pytest.param("A summit near Tokyo drew forty leaders.", "Tokyo", "place:tokyo"),
        pytest.param(
            "Protesters gathered outside the embassy in Manila.", "Manila", "place:manila",
        ),
        # acronyms, in their own case only
        ("The US said the exercise would go ahead.", "US", "country:USA"),
        ("The U.S. and Poland signed the deal.", "U.S.", "country:USA"),
        ("The CSTO and NATO both issued statements.", "CSTO", "org:csto"),
        ("The CSTO and NATO both issued statements.", "NATO", "org:nato"),
        ("Indonesia chairs ASEAN this year.", "ASEAN", "org:asean"),
        ("Leaders of the Organization of Turkic States met in Budapest.", "Organization of Turkic States", "org:ots"),
        ("The Turkic Council was renamed in 2021.", "Turkic Council", "org:ots"),
        ("The Collective Security Treaty Organization held drills.", "Collective Security Treaty Organization",
         "org:csto"),
        ("Kazakhstan's foreign ministry issued a statement.", "Kazakhstan", "country:KAZ"),
        pytest.param(
            "The table listed JPN, PHL and KOR as participants.", "KOR", "country:KOR",
            marks=pytest.mark.xfail(reason="ISO alpha-3 codes are not indexed as names: JPN/PHL only match because "
                                           "countries.json entries without a 'name' fall back to the code, and KOR "
                                           "(which has a name) becomes NER's org:kor", strict=True),
        ),
    ],
)
def test_mention_resolves(nlp, text, surface, expected):
    assert expected in ids_at(nlp, text, surface)


@pytest.mark.parametrize(
    "text, surface, wrong",
    [
        # the pronoun "us" is never the United States
        ("The minister told us the talks had failed.", "us", "country:USA"),
        ("Let us be clear about the threat.", "us", "country:USA"),
        # a capital as a location is not the government
        ("The two delegations held talks in Moscow on Tuesday.", "Moscow", "country:RUS"),
        ("The ministers met at a hotel in Astana.", "Astana", "country:KAZ"),
        # a capital as the government is not a place
        ("Moscow warned that any deployment would be a provocation.", "Moscow", "place:moscow"),
        # words inside other words
        ("The Polishing of the armour took a day.", "Polish", "country:POL"),
        ("Nationwide protests followed the vote.", "Nation", "org:un"),
    ],
)
def test_mention_does_not_resolve(nlp, text, surface, wrong):
    assert wrong not in ids_at(nlp, text, surface)


@pytest.mark.parametrize(
    "text, surface",
    [
        ("Leaders of the Turkic states met in Budapest.", "Turkic states"),
        ("European states pledged more air defence.", "European states"),
        ("The Baltic countries asked for more troops.", "Baltic countries"),
        ("Nordic nations held a joint exercise.", "Nordic nations"),
        ("The Gulf states welcomed the ceasefire.", "Gulf states"),
        ("Western allies promised more aid.", "Western allies"),
        ("Central Asian republics deepened ties with China.", "Central Asian republics"),
        ("Several African governments condemned the coup.", "African governments"),
    ],
)
def test_generic_groups_are_not_entities(nlp, text, surface):
    a = analyse_text(nlp, text)
    ids = mention_ids(a.ents, surface, a.cleaned.text)
    # a demonym inside may point at its country or region, never at a made-up group entity
    assert not any(slug(surface) in i for i in ids), ids
    assert not any(i.startswith(("org:", "person:", "agreement:")) for i in ids), ids


# --------------------------------------------------------------------------- people


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Turkish President Recep Tayyip Erdoğan arrived in Baku on Monday.", "person:recep-tayyip-erdogan"),
        pytest.param("Polish Defence Minister Władysław Kosiniak-Kamysz visited the base.",
                     "person:wladyslaw-kosiniak-kamysz"),
        ("Prime Minister Fumio Kishida spoke to reporters in Tokyo.", "person:fumio-kishida"),
        ("President Ferdinand Marcos Jr. welcomed the American troops.", "person:ferdinand-marcos-jr"),
        ("President Kassym-Jomart Tokayev hosted the summit.", "person:kassym-jomart-tokayev"),
        pytest.param("Kazakh President Kassym-Jomart Tokayev hosted the summit.", "person:kassym-jomart-tokayev"),
        ("Indonesian Defence Minister Prabowo Subianto met his Australian counterpart.", "person:prabowo-subianto"),
        ("NATO Secretary General Mark Rutte arrived in Warsaw.", "person:mark-rutte"),
        ("Azerbaijani lawmaker Adalat Verdiyev said the pact was historic.", "person:adalat-verdiyev"),
    ],
)
def test_person_ids_are_ascii_slugs(nlp, text, expected):
    a = analyse_text(nlp, text)
    ent = a.ents.entity(expected)
    assert ent is not None and ent.kind == "person", [e.id for e in a.ents.entities]
    assert expected.split(":", 1)[1].isascii()


@pytest.mark.parametrize(
    "text, full_id, short",
    [
        ("Defence Minister Mariusz Blaszczak visited the base. Blaszczak said the troops were ready.",
         "person:mariusz-blaszczak", "Blaszczak"),
        ("Adalat Verdiyev spoke first. A. Verdiyev later added that the talks went well.",
         "person:adalat-verdiyev", "A. Verdiyev"),
        ("Japanese Prime Minister Fumio Kishida arrived in Manila. Kishida met the president.",
         "person:fumio-kishida", "Kishida"),
        ("NATO chief Mark Rutte spoke in Vilnius. Rutte said the alliance was united.",
         "person:mark-rutte", "Rutte"),
        ("President Kassym-Jomart Tokayev chaired the session. Later Tokayev thanked the guests.",
         "person:kassym-jomart-tokayev", "Tokayev"),
        ("Defence Secretary Gilberto Teodoro met the delegation. G. Teodoro told reporters the visit went well.",
         "person:gilberto-teodoro", "G. Teodoro"),
        ("Donald Tusk spoke in Brussels. Tusk's remarks were welcomed by allies.",
         "person:donald-tusk", "Tusk"),
        ("Ilham Aliyev received the delegation in Baku. Aliyev said the talks were constructive.",
         "person:ilham-aliyev", "Aliyev"),
    ],
)
def test_short_forms_corefer_to_the_full_name(nlp, text, full_id, short):
    a = analyse_text(nlp, text)
    t = a.cleaned.text
    s = t.rindex(short)
    covering = {m.entity_id for m in a.ents.mentions if m.start <= s < m.end}
    assert covering == {full_id}
    persons = [e.id for e in a.ents.entities if e.kind == "person"]
    assert persons == [full_id]


def test_two_people_with_different_surnames_stay_apart(nlp):
    a = analyse_text(nlp, "Mark Rutte met Donald Tusk in Warsaw. Tusk thanked Rutte for the visit.")
    persons = {e.id for e in a.ents.entities if e.kind == "person"}
    assert persons == {"person:mark-rutte", "person:donald-tusk"}


# --------------------------------------------------------------------------- agreements


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        ("Both leaders reaffirmed the Shusha Declaration on Tuesday.", "Shusha Declaration",
         "agreement:shusha-declaration"),
        ("The talks recalled the Camp David Accords of 1978.", "Camp David Accords", "agreement:camp-david-accords"),
        pytest.param("Officials praised the Manila Security Pact as a model.", "Manila Security Pact",
                     "agreement:manila-security-pact"),
        pytest.param("Historians still debate the Warsaw Pact.", "Warsaw Pact", "agreement:warsaw-pact"),
        ("Both sides honoured the Lake Toba Treaty on Friendship.", "Lake Toba Treaty on Friendship",
         "agreement:lake-toba-treaty-on-friendship"),
        pytest.param("The Camp David Accords were signed in 1978.", "Camp David Accords", "agreement:camp-david-accords"),
        ("Mediators presented a 20-point ceasefire plan to both sides.", "20-point ceasefire plan",
         "agreement:20-point-ceasefire-plan"),
        ("The peace agreement between Azerbaijan and Armenia was initialled in Washington.",
         "peace agreement between Azerbaijan and Armenia", "agreement:armenia-azerbaijan-peace-agreement"),
        ("A defence agreement between Japan and the Philippines entered into force.",
         "defence agreement between Japan and the Philippines", "agreement:japan-philippines-defence-agreement"),
        ("Finland signed the North Atlantic Treaty in 2023.", "North Atlantic Treaty",
         "agreement:north-atlantic-treaty"),
        ("Russia suspended its part in the New START treaty.", "New START", "agreement:new-start"),
        ("Lawyers cited the Montreux Convention on the straits.", "Montreux Convention",
         "agreement:montreux-convention"),
    ],
)
def test_named_agreements(nlp, text, surface, expected):
    assert expected in ids_at(nlp, text, surface)


@pytest.mark.parametrize(
    "text, surface",
    [
        ("They signed a new agreement on Monday.", "agreement"),
        pytest.param("The Agreement was welcomed by both sides.", "Agreement"),
        ("Both sides welcomed the Agreement.", "Agreement"),
        ("A plan to build a road was approved.", "plan"),
        ("Officials said the deal was close.", "deal"),
    ],
)
def test_common_nouns_are_not_named_agreements(nlp, text, surface):
    assert not any(i.startswith("agreement:") for i in ids_at(nlp, text, surface))


# --------------------------------------------------------------------------- invariants


@pytest.mark.parametrize(
    "text",
    [
        "Japanese Defence Minister Gen Nakatani met Philippine Defence Secretary Gilberto Teodoro in Manila.\n"
        "Nakatani said the reciprocal access agreement would take effect soon.",
        "The CSTO, led by Moscow, held drills in Tajikistan. Kazakhstan and Kyrgyzstan sent troops.",
        "« Nous sommes prêts », a déclaré Emmanuel Macron à Paris.",
    ],
)
def test_mentions_point_into_the_clean_text(nlp, text):
    a = analyse_text(nlp, text)
    t = a.cleaned.text
    ids = {e.id for e in a.ents.entities}
    assert a.ents.mentions
    for m in a.ents.mentions:
        assert 0 <= m.start < m.end <= len(t)
        assert t[m.start:m.end] == m.text
        assert m.entity_id in ids
    for e in a.ents.entities:
        assert e.id.split(":", 1)[0] == e.kind


# --------------------------------------------------------------------------- institutions and compound names


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        ("The Turkish Foreign Ministry rejected the statement on Thursday.", "Turkish Foreign Ministry",
         "org:turkish-foreign-ministry"),
        ("The Ministry of Foreign Affairs of Iraq summoned the ambassador.", "Ministry of Foreign Affairs of Iraq",
         "org:iraqi-foreign-ministry"),
        ("The Foreign Ministry of Iraq called the strike a violation.", "Foreign Ministry of Iraq",
         "org:iraqi-foreign-ministry"),
        ("Kazakhstan's foreign ministry issued a statement.", "foreign ministry", "org:kazakh-foreign-ministry"),
        ("The Polish defence ministry said the jets would arrive in May.", "Polish defence ministry",
         "org:polish-defense-ministry"),
        ("The Iraqi Parliament voted to expel foreign troops.", "Iraqi Parliament", "org:iraqi-parliament"),
        ("Yesterday the Parliament of Iraq voted on a resolution.", "Parliament of Iraq", "org:iraqi-parliament"),
        ("The Libyan House of Representatives rejected the deal.", "Libyan House of Representatives",
         "org:libyan-house-of-representatives"),
        ("The Royal Navy and the Japanese Navy held drills.", "Japanese Navy", "org:japanese-navy"),
        ("Russell Kemp, head of the Australian Retailers Association, spoke.", "Australian Retailers Association",
         "org:australian-retailers-association"),
        ("The plane landed at Baghdad International Airport at night.", "Baghdad International Airport",
         "place:baghdad-international-airport"),
        ("The State Department said the talks would continue.", "State Department", "org:us-department-of-state"),
        ("Houthi rebels claimed the drone attack on the refinery.", "Houthi", "org:houthis"),
        ("The ministers discussed drilling in the Eastern Mediterranean.", "Eastern Mediterranean",
         "place:eastern-mediterranean"),
    ],
)
def test_institutions_and_compound_names_are_one_entity(nlp, text, surface, expected):
    assert ids_at(nlp, text, surface) == {expected}


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        # a lower-case force is a description, the state stays the state
        ("Ankara allowed Turkish army deployments in Libya.", "Turkish", "country:TUR"),
        ("Kazakhstan's foreign ministry issued a statement.", "Kazakhstan", "country:KAZ"),
        # a state's minister is no ministry
        ("The Turkish foreign minister met his Greek counterpart.", "Turkish", "country:TUR"),
    ],
)
def test_state_stays_a_state_beside_a_description(nlp, text, surface, expected):
    assert expected in ids_at(nlp, text, surface)


@pytest.mark.parametrize(
    "text, junk",
    [
        ("The launch took place at 07:49 UTC on Saturday, the agency said in a short note.", "UTC"),
        ("The drones struck at about 4 A.M. local time, the ministry said in a statement.", "A.M."),
        ("Users of IE6 were told to move to IE9 before the end of support next month.", "IE6"),
        ("The capsule, called SpaceX Crew Dragon, docked with the station on Sunday morning.", "SpaceX Crew Dragon"),
    ],
)
def test_clock_words_and_products_are_no_entities(nlp, text, junk):
    assert not ids_at(nlp, text, junk)


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        ("Moldovan minister Popescu said the pipeline was illegal.", "Popescu", "person:popescu"),
        # a well-known leader's surname alone is that leader (data/names.json known_people)
        ("Turkish president Erdogan said the pipeline was illegal.", "Erdogan", "person:recep-tayyip-erdogan"),
        ("Houthi spokesperson Yahya Sarea announced the attack. \"We will strike again,\" Saree said.", "Saree",
         "person:yahya-sarea"),
    ],
)
def test_titled_or_speaking_surnames_are_people(nlp, text, surface, expected):
    assert ids_at(nlp, text, surface) == {expected}


def test_untitled_single_names_that_never_speak_are_dropped(nlp):
    a = analyse_text(nlp, "Firefox and Safari gained users last month, while Chrome kept growing in Europe.")
    assert not [e for e in a.ents.entities if e.kind == "person"]


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        ("Leaders agreed to build the EastMed pipeline by 2025.", "EastMed pipeline", "place:eastmed-pipeline"),
        ("Drones struck the Khurais oil field before dawn.", "Khurais oil field", "place:khurais-oil-field"),
        ("Gas from the Aphrodite gas field will flow north.", "Aphrodite gas field", "place:aphrodite-gas-field"),
        ("The EuroAsia Interconnector will link the grids.", "EuroAsia Interconnector",
         "place:euroasia-interconnector"),
        ("Putin opened the TurkStream gas pipeline in Istanbul.", "TurkStream gas pipeline",
         "place:turkstream-gas-pipeline"),
        # the capital named as a location after "the capital,"
        ("The field lies 160 km east of the capital, Riyadh, officials said.", "Riyadh", "place:riyadh"),
    ],
)
def test_installations_and_located_capitals_are_places(nlp, text, surface, expected):
    assert ids_at(nlp, text, surface) == {expected}


@pytest.mark.parametrize(
    "text, surface",
    [
        ("Oil field workers went on strike on Monday in the south.", "Oil field"),
        ("Moscow wants to build a Russian gas pipeline to China.", "Russian"),  # the state stays the state
    ],
)
def test_no_installation_without_a_name(nlp, text, surface):
    assert not {i for i in ids_at(nlp, text, surface) if i.startswith("place:")}


@pytest.mark.parametrize(
    "text, junk",
    [
        ("Pilgrims to Mecca follow Islam and its rites, the ministry said on Friday.", "Islam"),
        ("Shops limited sales during the COVID-19 outbreak, the association said.", "COVID-19"),
        ("The LNG terminals at Idku were idle for a month, officials said on Friday.", "LNG"),
    ],
)
def test_religions_diseases_and_commodities_are_no_organisations(nlp, text, junk):
    assert not {i for i in ids_at(nlp, text, junk) if i.startswith("org:")}


def test_agreement_between_two_states_is_named_as_the_news_names_it(nlp):
    a = analyse_text(nlp, "Cairo denounced the November maritime border agreement between Turkey and Libya.")
    agr = [e for e in a.ents.entities if e.kind == "agreement"]
    assert [e.name for e in agr] == ["Turkey-Libya maritime border agreement"]


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        # the kind a name's form or context gives, over spaCy's label
        ("The Electronic Frontier Foundation said the move was counterproductive.", "Electronic Frontier Foundation",
         "org:electronic-frontier-foundation"),
        ("Greek daily Kathimerini said the deal was close.", "Kathimerini", "org:kathimerini"),
        ("Germany banned Mahan Air from its airports on Monday.", "Mahan Air", "org:mahan-air"),
        ("Coalition forces are in Iraq at the invitation of the Government of Iraq.", "Government of Iraq",
         "country:IRQ"),
        ("The rally marked the attack on the U.S. Embassy in Baghdad.", "U.S. Embassy", "place:american-embassy"),
        ("Protesters gathered outside the United States Embassy in Baghdad.", "United States Embassy",
         "place:american-embassy"),
        ("The U.S. Army and the Iraqi Army trained together.", "U.S. Army", "org:american-army"),
    ],
)
def test_kind_from_the_name_and_its_context(nlp, text, surface, expected):
    assert ids_at(nlp, text, surface) == {expected}


def test_acronym_is_the_organisation_named_in_full(nlp):
    a = analyse_text(nlp, "The Recording Industry Association of America filed the notice. Critics said the RIAA "
                          "had gone too far, and the Electronic Frontier Foundation agreed; the EFF called it a "
                          "disappointing move.")
    orgs = {e.id: e for e in a.ents.entities if e.kind == "org"}
    assert {m.entity_id for m in a.ents.mentions if m.text == "EFF"} == {"org:electronic-frontier-foundation"}
    riaa = {m.entity_id for m in a.ents.mentions if "RIAA" in m.text or "Recording" in m.text}
    assert len(riaa) == 1 and riaa <= set(orgs)


def test_one_embassy_one_id_whatever_the_state_form(nlp):
    a = analyse_text(nlp, "Rockets hit near the United States Embassy in Baghdad. The U.S. Embassy said no one "
                          "was hurt.")
    assert [e.id for e in a.ents.entities if "mbassy" in e.name] == ["place:american-embassy"]


@pytest.mark.parametrize(
    "text, junk",
    [
        ("Riot Breaks Out In Athens After Police Shooting\n\nRiots broke out in Athens on Sunday night after the "
         "police shot a teenager.", "Riot Breaks"),
        ("Colts Beat Chiefs In Overtime Thriller\n\nThe home team won in overtime, officials said.", "Colts Beat Chiefs"),
    ],
)
def test_title_case_headline_words_are_no_names(nlp, text, junk):
    assert not ids_at(nlp, text, junk)


def test_name_spans_end_at_the_name(nlp):
    a = analyse_text(nlp, "Aid reached the town of Bentiu. Officials met Ahmed Fauzi in Juba, the capital.")
    names = {e.name for e in a.ents.entities}
    assert not any(n.endswith((".", ",")) or n.endswith(" in") for n in names), names


def test_a_brand_name_found_once_is_found_everywhere(nlp):
    a = analyse_text(nlp, "YouTube removed the videos on Monday. Some tests used clips marked \"offensive to some "
                          "audiences\" per YouTube community guidelines.")
    assert len([m for m in a.ents.mentions if m.text == "YouTube"]) == 2


@pytest.mark.parametrize(
    "text, junk, kinds",
    [
        ("Scientists hope the James Webb Space Telescope will study the planet next year.", "James Webb",
         ("person:", "org:")),
        ("India and France discussed the Advanced Medium Combat Aircraft (AMCA) programme on Friday.",
         "Advanced Medium Combat Aircraft", ("person:", "org:")),
        ("The crowd cheered as the tanks rolled past the Kennedy Space Center gates.", "Kennedy", ("person:",)),
    ],
)
def test_products_weapons_and_names_inside_names_are_no_people(nlp, text, junk, kinds):
    assert not {i for i in ids_at(nlp, text, junk) if i.startswith(kinds)}


@pytest.mark.parametrize(
    "text, surface, expected",
    [
        ("The Sandy Point area was hit hardest by the storm, officials said.", "Sandy Point", "place:sandy-point"),
        ("Rescue teams reached families in Marsh Harbour on Tuesday.", "Marsh Harbour", "place:marsh-harbour"),
    ],
)
def test_places_taken_for_people_are_places(nlp, text, surface, expected):
    assert ids_at(nlp, text, surface) == {expected}


def test_an_installation_and_its_short_name_are_one_place(nlp):
    a = analyse_text(nlp, "Leaders signed a deal to build the EastMed pipeline by 2025. Ankara says EastMed ignores "
                          "its rights in the region.")
    assert {m.entity_id for m in a.ents.mentions if "EastMed" in m.text} == {"place:eastmed-pipeline"}


@pytest.mark.parametrize("text, surname", [
    ("President Joseph R. Biden, Jr. met Prime Minister Fumio Kishida. Later, Biden spoke to reporters.", "Biden"),
    ("Martin Luther King Jr. spoke in Washington. King was cheered by the crowd.", "King"),
])
def test_a_generational_suffix_is_part_of_the_name(nlp, text, surname):
    """White House style 'Joseph R. Biden, Jr.': one person, named with the suffix, the surname his alone."""
    a = analyse_text(nlp, text)
    full = [e for e in a.ents.entities if e.kind == "person" and e.name.endswith("Jr.")]
    assert len(full) == 1 and full[0].id.endswith("-jr")
    assert {m.entity_id for m in a.ents.mentions if m.text == surname} == {full[0].id}


def test_a_hyphenated_name_of_two_states_is_no_organisation(nlp):
    """'The U.S.-Japan Alliance' (readout style) names the two states' relation."""
    text = "The President said the U.S.-Japan Alliance has never been stronger."
    a = analyse_text(nlp, text)
    assert {"country:USA", "country:JPN"} <= {m.entity_id for m in a.ents.mentions}
    assert not [e for e in a.ents.entities if e.kind == "org"]


@pytest.mark.parametrize("text, surface", [
    ("Later, he shared an update on the IRC channel, the developers said.", "IRC"),  # tech blog style
    ("The tool is a FLOSS software under a public licence.", "FLOSS"),
    ("The capsule was launched on a Falcon 9 rocket from Florida.", "Falcon"),  # space news style
    ("The mannequin was nicknamed \"Ripley\" for a character in the film Alien.", "Alien"),
    ("The mannequin was nicknamed \"Ripley\" for a character in the film Alien.", "Ripley"),
    ("NASA's James Webb space telescope is due to launch next year.", "James Webb"),
])
def test_products_and_works_are_no_entities(nlp, text, surface):
    """A name before 'channel', 'software', '(9) rocket', '(space) telescope', after 'the film', or a nickname."""
    assert not ids_at(nlp, text, surface)


@pytest.mark.parametrize("text, surface, expected", [
    ("The foreign ministers agreed to a future meeting on Crete.", "Crete", "place:crete"),
    ("US Marines on Okinawa held drills with Japanese troops.", "Okinawa", "place:okinawa"),
])
def test_islands_are_places(nlp, text, surface, expected):
    assert expected in ids_at(nlp, text, surface)


def test_a_designation_is_no_organisation(nlp):
    """'designated as a Foreign Terrorist Organization' (wire style): a status, not a body."""
    a = analyse_text(nlp, "The State Department designated the group as a Foreign Terrorist Organization in 2019.")
    assert not [e for e in a.ents.entities if "terrorist" in e.name.lower()]


@pytest.mark.parametrize("text, surface", [
    ("Officials said the Falcon Nine had been delayed by the storm.", "Falcon Nine"),
    ("Shoppers turned to brands such as a Crap and others, the retailer said.", "Crap"),
])
def test_a_name_after_an_article_is_no_person(nlp, text, surface):
    """Space news style: 'the Falcon Nine had been delayed' names a craft; a person's name takes no article."""
    assert not {i for i in ids_at(nlp, text, surface) if i.startswith("person:")}


@pytest.mark.parametrize("text, surface", [
    ("Statement by the National Security Advisor on the talks with Japan.", "National Security Advisor"),
])
def test_an_office_is_no_organisation(nlp, text, surface):
    """Readout style: 'the National Security Advisor' is an office; 'the Office of the President' stays a body."""
    assert not {i for i in ids_at(nlp, text, surface) if i.startswith("org:")}
