"""Triggers read from a shape of the sentence rather than from a lexicon word: what two parties do "jointly".

:func:`shape_triggers` runs after the lexicon's triggers of a sentence are found and accepted
(:func:`.triggers._find_triggers`); it adds (event type, phrase, first token, last token + 1) tuples for facts that
no trigger word tells, and never a second one where a found trigger already covers the clause."""
from __future__ import annotations

from .lexicon import Lexicon
from .trigger_context import _plural_subject, _with_state


def shape_triggers(sent_doc, lex: Lexicon, found) -> list[tuple[str, str, int, int]]:
    """The triggers of the sentence's shapes, beside the lexicon's ``found`` ones."""
    return _joint_acts(sent_doc, lex, found)


def _joint_acts(sent_doc, lex: Lexicon, found) -> list[tuple[str, str, int, int]]:
    """What two parties do "jointly" is cooperation, whatever the verb ("are jointly implementing projects in energy",
    "will jointly produce drones"), unless a trigger in the verb's clause tells it already ("jointly held drills"):
    the verb needs two sides (a plural or coordinated subject, or a "with" state)."""
    taken = {k for _t, _p, a, b in found for k in range(a, b)}
    out = []
    for t in sent_doc:
        verb = t.head
        if t.lower_ not in lex.word_lists["joint_adverbs"] or t.dep_ != "advmod" or verb.pos_ != "VERB":
            continue
        if any(k.i in taken for k in verb.subtree) or not (_plural_subject(verb) or _with_state(verb)):
            continue
        out.append(("cooperation", t.lower_, verb.i, verb.i + 1))
    return out
