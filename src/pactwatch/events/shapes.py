"""Triggers read from a shape of the sentence rather than from a lexicon word: the entry point and the registry of
the shapes.

:func:`shape_triggers` runs after the lexicon's triggers of a sentence are found and accepted
(:func:`.triggers._find_triggers`); it adds (event type, phrase, first token, last token + 1) tuples for facts that
no trigger word tells, and never a second one where a found trigger already covers the words. The words each shape
reads are data: the ``shapes`` entry of the type's file in ``data/triggers/`` (see its ``_doc``). The shapes live by
kind:

* ``shapes_cooperation.py``: cooperation: what two parties do "jointly"; arms named by their maker's state ("received
  Brazilian-made armoured cars", "the patrol ship built for Ghana"); a state's arms makers building abroad; a joint
  body two sides set up or keep ("the two sides will set up a joint coordination cell"); forces fighting alongside
  another party; an undertaking named by hyphened states ("an Israeli-Cypriot-Greek effort"); an economic or
  political alliance with states;
* ``shapes_accords.py``: exercise: an exercise noun after a proper name and its year ("the Noble Partner 2025
  exercise"); forces of two states rehearsing or practising something; a drill named with its year; agreement: a
  text qualified as signed or initialled ("the initialled peace text between A and B"); a contract officials of two
  states sign ("inked by the minister and his Danish counterpart"); names put to an accord; a plan of cooperation;
  meeting: a call to an official ("called his Lithuanian counterpart"), a leader's visit; alliance: ties raised to an alliance, a bloc led
  by a state ("the Moscow-led bloc"), a treaty of alliance;
* ``shapes_force.py``: conflict: craft entering another's airspace or waters; threat: an act called an attack;
  request: what a party insists or demands that another do; deployment: a state's forces said to be in another.

A shape is read only when a word it starts from is in the sentence (:data:`GATES`), so that the shapes cost little
beside the parse.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .lexicon import Lexicon, _lemma
from .shapes_accords import (
    _allies_said,
    _calls,
    _cooperation_plans,
    _led_blocs,
    _named_editions,
    _named_exercises,
    _names_put_to,
    _practised_together,
    _raised_to_alliance,
    _signed_by_officials,
    _signed_texts,
    _treaty_of_alliance,
    _visits,
)
from .shapes_cooperation import (
    Trigger,
    _arms_industry,
    _at_disposal,
    _built_for,
    _fighting_alongside,
    _joint_acts,
    _joint_bodies,
    _new_partners,
    _origin_arms,
    _partners_named_on,
    _schooled_abroad,
    _sector_alliances,
    _under_licence,
    _words,
)
from .shapes_force import _called_attacks, _demanded_by, _forces_there, _incursions, _insisted


def shape_triggers(sent_doc, lex: Lexicon, found) -> list[Trigger]:
    """The triggers of the sentence's shapes, beside the lexicon's ``found`` ones. A shape is read only when one of
    the words it starts from (:data:`GATES`) is in the sentence."""
    taken = {k for _t, _p, a, b in found for k in range(a, b)}
    words = {t.lower_ for t in sent_doc} | {_lemma(t) for t in sent_doc}
    out: list[Trigger] = _joint_acts(sent_doc, lex, taken) if words & lex.word_lists["joint_adverbs"] else []
    for shape, etype, gate in GATES:
        if not words & (_words(lex, etype, gate) if isinstance(gate, str) else gate):
            continue
        for trig in shape(sent_doc, lex, taken):
            if not any(trig[2] < b and a < trig[3] for _t, _p, a, b in out) and trig[2] not in taken:
                out.append(trig)
    return out


# each shape, with the words one of which it needs in the sentence (a list of its type's 'shapes', or the words)
GATES: tuple[tuple[Callable[[Any, Lexicon, set[int]], list[Trigger]], str, str | frozenset[str]], ...] = (
    (_origin_arms, "cooperation", "origin_participles"),
    (_schooled_abroad, "cooperation", "military_schools"),
    (_at_disposal, "cooperation", frozenset({"disposal"})),
    (_built_for, "cooperation", "builders"),
    (_arms_industry, "cooperation", "arms_trades"),
    (_joint_bodies, "cooperation", "joint_modifiers"),
    (_fighting_alongside, "cooperation", frozenset({"alongside"})),
    (_partners_named_on, "cooperation", "joint_undertakings"),
    (_sector_alliances, "cooperation", frozenset({"alliance"})),
    (_named_exercises, "exercise", "named_nouns"),
    (_practised_together, "exercise", "practising_verbs"),
    (_signed_texts, "agreement", "signed_participles"),
    (_signed_by_officials, "agreement", "signing_verbs"),
    (_names_put_to, "agreement", "signature_nouns"),
    (_cooperation_plans, "agreement", "plan_nouns"),
    (_calls, "meeting", frozenset({"call"})),
    (_raised_to_alliance, "alliance", "alliance_nouns"),
    (_led_blocs, "alliance", frozenset({"led"})),
    (_treaty_of_alliance, "alliance", "alliance_nouns"),
    (_new_partners, "cooperation", "partner_cues"),
    (_under_licence, "cooperation", "licence_nouns"),
    (_insisted, "request", "insisting_verbs"),
    (_demanded_by, "request", "demanding_verbs"),
    (_visits, "meeting", "arriving_verbs"),
    (_allies_said, "alliance", "alliance_nouns"),
    (_incursions, "conflict", "cues"),
    (_called_attacks, "threat", "stance_cues"),
    (_named_editions, "exercise", "edition_cues"),
    (_forces_there, "deployment", "present_forces"),
)
