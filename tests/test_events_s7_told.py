"""'Told' is a request only when what is told is an infinitive with 'to' ('told French troops to leave'): the finite
verb of a quotation the speaker told an outlet ('"We're going to send a force ...," she told the show') is no order."""
from __future__ import annotations

from helpers import events_of


def test_a_quote_told_to_a_broadcaster_is_no_request():
    text = ('"So we\'re going to have a stabilisation force, countries like Chile and Peru that have signed up to do '
            'that," Smith told the Morning Desk programme on Monday.')
    assert not events_of(text, "request")


def test_telling_a_state_or_its_forces_to_go_is_a_request():
    for text in ("Mali told French troops to leave the country within a week.",
                 "Niger has told France to withdraw its ambassador, state television said."):
        requests = events_of(text, "request")
        assert requests, text
