"""Who asserts a fact (asserted_by), blind5's classes B1-B3 (/work/notes/blind5/classes.md): interview answers
under a dash or after a bare question and a block quotation introduced by "<Title>, <name>, said:" (B1, read
already: pinned here); a body or a state's unnamed officials as the source, also when the saying verb is set aside
in commas ("Meanwhile, the agency said, ...") or is a verb of charging (B2); a deputy's office named after the fact
("..., the vice-minister noted.") (B3); and a state's own request reported by a body ("the ministry said that X had
asked ...").

Sentences are written for these tests in the styles of several outlets (wire, regional, state media, interview),
with other states, persons and words than any gold."""
from __future__ import annotations

import pytest
from helpers import events_of

INTERVIEW = "Interview: defence and the region\nBy Staff\nPublished 6 January 2026\n"
WIRE = "World\nBy Staff\nPublished 6 January 2026\nMilitary and defence officials met on Monday.\n"


def _by(events, etype):
    return {e.asserted_by for e in events if e.type == etype}


@pytest.mark.parametrize("head, text, etype, source", [
    # B1: dash answers under dash questions (a regional daily's interview)
    (INTERVIEW, "In an interview with our paper, Czech Defence Minister Jan Novak spoke about the Baltic.\n"
     "- Minister, and Poland?\n- Poland and Czechia will hold joint drills in May.", "exercise", "person:jan-novak"),
    # B1: an answer after a bare question line
    (INTERVIEW, "Admiral Rosa Vidal, head of the Chilean navy, answered our questions.\n"
     "Will Chile and Peru drill together this year?\nYes. Chile and Peru will hold a joint naval exercise off Arica "
     "in October.", "exercise", "person:rosa-vidal"),
    # B1: a block quotation introduced on the line above
    (WIRE, "The Slovak Defence Minister, Peter Kral, said:\n\"Slovakia and Hungary will sign a defence cooperation "
     "agreement in June.\"", "agreement", "person:peter-kral"),
    # B2: a body's saying verb set aside in commas
    (WIRE, "Meanwhile, the Ghana Armed Forces said, Togo seems to be massing troops along the border.", "deployment",
     "org:ghanaian-armed-forces"),
    # B2: a state's unnamed officials, with a verb of charging
    (WIRE, "Israeli intelligence officials also charged Iran with supplying drones to Hezbollah.", "cooperation",
     "country:ISR"),
    (WIRE, "Egyptian officials said Cairo would deliver drones to the Sudanese army.", "cooperation", "country:EGY"),
    # B3: a deputy's office named after the fact, the deputy named before
    (WIRE, "Kazakhstan's Deputy Foreign Minister Roman Vassilenko met Kyrgyz officials in Bishkek on Monday. "
     "Kazakhstan and Kyrgyzstan will hold joint border patrols from May, the vice-minister noted.", "cooperation",
     "person:roman-vassilenko"),
    # B3: a role named after the fact, the role's holder named before
    (WIRE, "Admiral Rosa Vidal, commander of the Chilean navy, visited Lima on Monday. Chile and Peru will hold a joint "
     "naval exercise off Arica in October, the admiral said.", "exercise", "person:rosa-vidal"),
    # B1: an unquoted block under "<Title>, <name>, said:"
    (WIRE, "The Slovak Defence Minister, Peter Kral, said:\nSlovakia and Hungary will sign a defence cooperation "
     "agreement in June.", "agreement", "person:peter-kral"),
    # B1: bold questions and unlabelled answers; a question label naming the outlet over unlabelled answers
    (INTERVIEW, "We spoke to Slovakia's defence minister Peter Kral in Bratislava.\n**What about Hungary?**\n"
     "Slovakia and Hungary will sign a defence cooperation agreement in June.\n**And Poland?**\nWe will hold joint "
     "exercises with Poland in the autumn.", "exercise", "person:peter-kral"),
    (INTERVIEW, "Slovak Defence Minister Peter Kral: we will sign\nPeter Kral gave an interview to our newspaper.\n"
     "News Daily: What about Hungary?\nSlovakia and Hungary will sign a defence cooperation agreement in June.\n"
     "News Daily: And Poland?\nWe will hold joint exercises with Poland in the autumn.", "agreement",
     "person:peter-kral"),
    # a state's request reported by a body: the body claims it
    (WIRE, "The Senegalese foreign ministry said on Monday that Gambia had asked Senegal to send troops to Banjul.",
     "request", "org:senegalese-foreign-ministry"),
])
def test_source(head, text, etype, source):
    assert source in _by(events_of(text, head=head), etype)


@pytest.mark.parametrize("text, etype", [
    # a state acting (not speaking) is no source; nor are officials of two states
    ("Kenyan and Ugandan officials met in Kampala and agreed to hold joint border patrols.", "cooperation"),
    # a state's own proposal stays its act, with no body above it
    ("Gambia asked Senegal to send troops to Banjul.", "request"),
])
def test_no_source(text, etype):
    assert _by(events_of(text), etype) <= {None}
