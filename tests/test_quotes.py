"""The quotes stage on made-up news paragraphs (real spaCy pipeline, real gazetteer).

``quote_spans`` is checked on exact offsets; ``extract_quotes`` on who said what,
after the entities and relations stages ran the way the pipeline runs them.
"""
from __future__ import annotations

import pytest
from helpers import quotes_of

from pactwatch.quotes import quote_spans


def spans_of(text: str, contents: list[str]) -> list[tuple[int, int]]:
    """Expected spans: each content found in ``text`` after the previous one."""
    out, pos = [], 0
    for c in contents:
        s = text.index(c, pos)
        out.append((s, s + len(c)))
        pos = s + len(c)
    return out


# --------------------------------------------------------------------------- quote_spans


@pytest.mark.parametrize(
    "text, expected",
    [
        ('He said "we are ready" today.', [(9, 21)]),
        ("“Ready now,” he said.", [(1, 11)]),
        ('"A" and "B"', [(1, 2), (9, 10)]),
        ("No quotes at all.", []),
        ("", []),
    ],
)
def test_quote_spans_literal_offsets(text, expected):
    assert quote_spans(text) == expected


@pytest.mark.parametrize(
    "text, contents",
    [
        # straight, curly, mixed
        ('"We will defend every inch," Blaszczak said.', ["We will defend every inch,"]),
        ("“The alliance is stronger than ever,” he said.", ["The alliance is stronger than ever,"]),
        ('"Our navies will patrol together,” Teodoro said.', ["Our navies will patrol together,"]),
        ("“Our navies will patrol together,\" Teodoro said.", ["Our navies will patrol together,"]),
        # guillemets and low-high quotes
        ("«We will never leave the alliance», Duda said.", ["We will never leave the alliance"]),
        pytest.param("„Wir stehen zu Polen“, sagte er.", ["Wir stehen zu Polen"]),
        # nested: the inner quote stays inside the outer one
        ('“He called it "a historic step" for us,” Duda said.', ['He called it "a historic step" for us,']),
        ("“He called it “a historic step” for us,” Duda said.", ["He called it “a historic step” for us,"]),
        # two quotations in one paragraph, split around the attribution
        ("“We are ready to help,” he said, “but the decision is Manila's.”",
         ["We are ready to help,", "but the decision is Manila's."]),
        # a closing mark typed before the space
        ('"I feel sorry for the young people, "said Maria Papadopoulou.', ["I feel sorry for the young people, "]),
        # apostrophes and inch marks are not quotation marks
        ("Poland's army and Japan's navy don't differ.", []),
        # a quotation left open runs to the end of its paragraph, the next one starts afresh
        ("“We will stay as long as it takes,\n“And every ally will help,” he said.",
         ["We will stay as long as it takes,", "And every ally will help,"]),
        # spans never cross a line break; a lone closing mark opens nothing
        ('Kishida said "the pact\nwill hold" later.', ["the pact"]),
    ],
)
def test_quote_spans_positions(text, contents):
    assert quote_spans(text) == spans_of(text, contents)


@pytest.mark.parametrize(
    "text",
    ["“A “b” c” and “d”", '"x" "y" "z"', "««a»»", "\"\"\"", "“”", "a\"b\"c", "“\n”\n“"],
)
def test_quote_spans_stay_inside_the_text(text):
    spans = quote_spans(text)
    assert spans == sorted(spans)
    for s, e in spans:
        assert 0 <= s <= e <= len(text)
        assert "\n" not in text[s:e]


# --------------------------------------------------------------------------- speakers


SPEAKERS = [
    # speaker after the quote, straight marks
    ('Defence Minister Mariusz Blaszczak visited the base. "We will defend every inch of our territory," '
     "Blaszczak said.", "We will defend", "person:mariusz-blaszczak"),
    # curly marks, pronoun after the quote
    ("NATO Secretary General Mark Rutte visited Vilnius. “The alliance is stronger than ever,” he said.",
     "The alliance", "person:mark-rutte"),
    # mixed marks
    ('Philippine Defence Secretary Gilberto Teodoro met the delegation. "Our navies will patrol together from '
     'next month,” Teodoro said.', "Our navies", "person:gilberto-teodoro"),
    # speaker before the quote
    ("Japanese Prime Minister Fumio Kishida arrived in Manila. Kishida noted, “Japan will stand with the "
     "Philippines in every way.”", "Japan will stand", "person:fumio-kishida"),
    # "said" + title + name after the quote
    ('"We will not send troops to the region," said Indonesian Defence Minister Prabowo Subianto.',
     "We will not send", "person:prabowo-subianto"),
    ('"Japan will deepen its security ties with Manila," Japanese Prime Minister Fumio Kishida told reporters.',
     "Japan will deepen", "person:fumio-kishida"),
    # a pronoun is the person named last, not the first one
    ('Andrzej Duda met Mark Rutte in Warsaw. Rutte praised the new bases. "Poland is a model for the whole '
     'alliance," he said.', "Poland is a model", "person:mark-rutte"),
    ("Finnish Foreign Minister Elina Valtonen met Mark Rutte. Valtonen thanked the allies. "
     '"We don\'t want a war with anyone," she said.', "We don't want", "person:elina-valtonen"),
    ("Mark Rutte spoke in Vilnius on Monday.\nLater, Lithuanian President Gitanas Nauseda met the press. "
     '"Our troops are ready to defend every inch," he said.', "Our troops", "person:gitanas-nauseda"),
    # a paragraph opening with a quote after "X stated that ...:"
    ("Rizvan Nabiyev, a member of the Milli Majlis, stated that the treaty opened a new chapter:\n"
     "“At the summit we agreed on a common defence policy for the region.”", "At the summit",
     "person:rizvan-nabiyev"),
    # a quote split around "he said": both halves have the speaker
    ("Mark Rutte spoke after the meeting. “We are ready to help,” he said, “but the decision belongs to Manila "
     "alone.”", "but the decision", "person:mark-rutte"),
    ("Mark Rutte spoke after the meeting. “We are ready to help,” he said, “but the decision belongs to Manila "
     "alone.”", "We are ready", "person:mark-rutte"),
    # a paragraph that only continues the last quote
    ("Andrzej Duda addressed the troops. “Every ally will stand with us,” he said.\n"
     "“The eastern flank is the front line of Europe today.”", "The eastern flank", "person:andrzej-duda"),
    # a titled speaker: the president named with that role earlier
    ("Polish President Andrzej Duda met the troops in Orzysz. The visit lasted two hours.\n"
     '"Every soldier here defends Europe as well," the Polish president said.', "Every soldier",
     "person:andrzej-duda"),
    ("Japanese Defence Minister Gen Nakatani toured the base. “The drills show our resolve to defend the "
     "islands,” the minister said.", "The drills show", "person:gen-nakatani"),
    # an organisation as speaker
    ('"The drills pose a threat to regional stability," the CSTO said in a statement.', "The drills pose",
     "org:csto"),
    # guillemets, nested quotes
    ("«We will never leave the alliance», Andrzej Duda said.", "We will never leave", "person:andrzej-duda"),
    ("Polish President Andrzej Duda spoke in Warsaw. “The minister called it \"a historic step for the region\" "
     "yesterday,” Duda said.", "The minister called", "person:andrzej-duda"),
    ('"The drills will continue next week," according to Andrzej Duda.', "The drills will",
     "person:andrzej-duda"),
    # attributions holding dotted abbreviations
    pytest.param('"We will keep our commitments to our allies," said U.S. Defense Secretary Lloyd Austin.',
                 "We will keep", "person:lloyd-austin"),
    pytest.param('"We will keep our commitments to our allies," U.S. Defense Secretary Lloyd Austin said.',
                 "We will keep", "person:lloyd-austin"),
    pytest.param('"The drills will continue next week," according to Philippine President Ferdinand Marcos Jr.',
                 "The drills will", "person:ferdinand-marcos-jr"),
    # a quotation running on into the next paragraph takes the speaker named at its end
    pytest.param("Andrzej Duda addressed the troops on Friday.\n“We will stay here as long as it takes. The border "
                 "is safe,\n“And every ally will stand with us until the end,” he said.", "We will stay here",
                 "person:andrzej-duda"),
]


# speakers in real outlets' styles
STYLE_SPEAKERS = [
    # a bare surname is the full person met earlier, spelled as the outlet transliterates it
    pytest.param('Houthi military spokesperson Yahya Sarea said the group had used ten drones. "Our targets will '
                 'keep expanding to every corner of the kingdom", Saree said.', "Our targets", "person:yahya-sarea",
                 id="transliterated-surname"),
    # a ministry, an agency or a government speaks
    pytest.param('The Turkish Ministry of Foreign Affairs rejected the summit\'s conclusions, calling the deals '
                 '"legitimate and fully compatible with international law".', "legitimate", "org:turkish-foreign-ministry",
                 id="ministry-calling"),
    pytest.param('The Foreign Ministry of Iraq described the raid as "a grave violation of Iraqi sovereignty".',
                 "a grave violation", "org:iraqi-foreign-ministry", id="ministry-of-state"),
    pytest.param('"Reckless provocations deserve a harsh response from our army", said KCNA. "The units are fully '
                 'ready for any order", it added.', "The units", "org:kcna", id="agency-it-added"),
    pytest.param('In a statement released on Friday, the United States Department of Defense described the strike, '
                 'which was approved by President Donald Trump, as necessary: "The strike was aimed at deterring '
                 'future attack plans against our forces."', "The strike was aimed", "org:us-department-of-defense",
                 id="department-before-colon-not-the-approver"),
    # the possessor of a title is not the speaker
    pytest.param('Chancellor Olaf Scholz\'s spokesperson, Steffen Hebestreit, said it was possible "that the airline '
                 'carries weapons that affect our security".', "that the airline", "person:steffen-hebestreit",
                 id="possessor-is-not-speaker"),
    # an addressee or a complement is not the speaker
    pytest.param('Greek Prime Minister Kyriakos Mitsotakis arrived in Washington on Monday.\n\n'
                 'Later on Tuesday Mitsotakis met with the IMF, then with President Donald Trump, where he '
                 'denounced the deal. Asked about the zones, he noted "the agreement signed by Ankara infringes upon '
                 'our sovereign rights".', "the agreement signed", "person:kyriakos-mitsotakis", id="pronoun-not-the-one-met"),
    pytest.param('US Secretary of State Mike Pompeo posted a message on Twitter blaming Tehran, saying there was '
                 '"no evidence the drones came from Yemen." BBC\'s Jonathan Marcus said questions remained.',
                 "no evidence", "person:mike-pompeo", id="next-sentence-is-another-speaker"),
    pytest.param('"The airline carries weapons and fighters across the region," according to a tweet on Monday by '
                 'US Secretary of State Mike Pompeo.', "The airline", "person:mike-pompeo", id="according-to-a-tweet-by"),
    pytest.param('"This is the first habitable planet where the temperature is right," said UCL astronomer '
                 'Angelos Tsiaras.', "This is the first", "person:angelos-tsiaras", id="organisation-qualifies-person"),
    pytest.param('"There will be no real change," Tadzhigul Begmedova, director of the Turkmenistan Helsinki '
                 'Foundation for Human Rights, said by telephone from Varna.', "There will be no real change",
                 "person:tadzhigul-begmedova", id="long-apposition-before-said"),
    pytest.param('"We have no idea what caused the fire," the Rev. Larry Kroon of the Wasilla Bible Church told CNN.',
                 "We have no idea", "person:larry-kroon", id="abbreviated-title-after"),
    # a website is never the speaker
    pytest.param('Writing on Twitter, Secretary of State Mike Pompeo said "there is no evidence the attacks came from '
                 'Yemen".', "there is no evidence", "person:mike-pompeo", id="website-is-no-speaker"),
    pytest.param('The Electronic Frontier Foundation said on Twitter "the tool is legitimate and has lawful uses".',
                 "the tool is legitimate", "org:electronic-frontier-foundation", id="said-on-twitter"),
    pytest.param('Yahya Sarea said the group carried out the attack. According to him, it was accomplished with '
                 'the help of "honourable people inside the kingdom and abroad".', "honourable people",
                 "person:yahya-sarea", id="according-to-him"),
]


@pytest.mark.parametrize("text, prefix, speaker", SPEAKERS + STYLE_SPEAKERS)
def test_speaker(nlp, text, prefix, speaker):
    _, quotes = quotes_of(nlp, text)
    q = [q for q in quotes if q.text.startswith(prefix)]
    assert len(q) == 1, [x.text for x in quotes]
    assert q[0].speaker == speaker


@pytest.mark.parametrize(
    "text, prefix, cue",
    [
        ('"We will defend every inch of our territory," Blaszczak said.', "We will defend", "said"),
        ("Kishida noted, “Japan will stand with the Philippines in every way.”", "Japan will", "noted"),
        ('"Japan will deepen its security ties with Manila," Kishida told reporters.', "Japan will", "told"),
        ("Rizvan Nabiyev stated that the treaty opened a new chapter:\n“At the summit we agreed on a common "
         "defence policy.”", "At the summit", "stated"),
        ('"The drills will continue next week," according to Andrzej Duda.', "The drills", "according to"),
        ('"The talks will resume in Jakarta next month," the minister added.', "The talks", "added"),
        ('"No ally will be left alone in this crisis," Rutte warned.', "No ally", "warned"),
        ('"The agreement will enter into force in June," said Teodoro.', "The agreement", "said"),
    ],
)
def test_cue(nlp, text, prefix, cue):
    _, quotes = quotes_of(nlp, text)
    q = next(q for q in quotes if q.text.startswith(prefix))
    assert q.cue == cue


# --------------------------------------------------------------------------- which quotes count


@pytest.mark.parametrize(
    "text, n",
    [
        ('Andrzej Duda called the plan "a mistake".', 0),
        ('Kishida said the talks were "very productive".', 0),
        ("The so-called “peace plan” was rejected.", 0),
        ('Rutte called it "a clear and present danger".', 1),
        ('"We are ready," Duda said. "Every ally will stand with us," he added.', 1),
        ('"Yes," he said.', 0),
        ("“We will stay here as long as it takes,” Duda said, “and we will win.”", 2),
        ('Analysts called the drills "a show of force aimed at Beijing".', 1),
        pytest.param("'We are ready to sign the agreement now,' Duda said.", 1,
                     marks=pytest.mark.xfail(reason="single quotation marks (British style) are not quotation "
                                                    "marks for quote_spans", strict=True)),
    ],
)
def test_quotes_under_four_words_are_skipped(nlp, text, n):
    _, quotes = quotes_of(nlp, text)
    assert len(quotes) == n, [q.text for q in quotes]


def test_quote_text_and_evidence(nlp):
    text = ("Polish President Andrzej Duda spoke in Warsaw on Monday.\n"
            "He met the troops. “Every ally will stand with us in this hour,” he said. The visit ended at noon.")
    a, quotes = quotes_of(nlp, text)
    (q,) = quotes
    t = a.cleaned.text
    assert q.text == "Every ally will stand with us in this hour"
    assert q.text in q.evidence.sentence
    assert t[q.evidence.clean_start:q.evidence.clean_end] == q.evidence.sentence
    assert "Warsaw" not in q.evidence.sentence and "noon" not in q.evidence.sentence
    assert q.speaker == "person:andrzej-duda"


def test_unattributed_quote_has_no_speaker(nlp):
    _, quotes = quotes_of(nlp, 'The banner read "Europe stands with Ukraine today" in large letters.')
    assert [q.speaker for q in quotes] == [None]


@pytest.mark.parametrize(
    "text, prefix, wrong",
    [
        ('Andrzej Duda met Mark Rutte. Duda told Rutte, "We are ready to host more troops."', "We are ready",
         "person:mark-rutte"),
        ('"Poland will never negotiate about Ukraine without Ukraine," Andrzej Duda told Mark Rutte.', "Poland will",
         "person:mark-rutte"),
        ('"The alliance will defend every inch of Lithuania," Mark Rutte told President Gitanas Nauseda.',
         "The alliance", "person:gitanas-nauseda"),
        ('Fumio Kishida met Ferdinand Marcos in Manila. "Japan and the Philippines are close partners," Marcos said.',
         "Japan and", "person:fumio-kishida"),
        ('Ferdinand Marcos spoke in Manila. "We thank Fumio Kishida for the support of his country," Marcos said.',
         "We thank", "person:fumio-kishida"),
        pytest.param('Andrzej Duda spoke in Warsaw. "I told Mark Rutte that we are ready," he said.', "I told",
                     "person:mark-rutte"),
        pytest.param('Andrzej Duda spoke in Warsaw. "We are ready to host more troops," the ministry said.',
                     "We are ready", "person:andrzej-duda"),
        pytest.param('The text was read out by Andrzej Duda. "We are ready to host more troops," the statement '
                     "said.", "We are ready", "person:andrzej-duda"),
    ],
)
def test_speaker_is_not(nlp, text, prefix, wrong):
    _, quotes = quotes_of(nlp, text)
    q = next(q for q in quotes if q.text.startswith(prefix))
    assert q.speaker != wrong


# --------------------------------------------------------------------------- names, phrases, addressees
@pytest.mark.parametrize("text", [
    'Microsoft launched a website, "The Internet Explorer 6 Countdown", to move users to newer versions.',
    'The military put the front line in a "quasi-state of war" on Friday.',
])
def test_names_and_short_phrases_are_no_quotes(nlp, text):
    _, quotes = quotes_of(nlp, text)
    assert quotes == ()


def test_addressee_alone_is_no_speaker(nlp):
    _, quotes = quotes_of(nlp, 'A spokesperson told the Military Times the attack happened at night. "No troops '
                               'were injured in the attack on the base," read the statement.')
    assert [q.speaker for q in quotes] == [None]
