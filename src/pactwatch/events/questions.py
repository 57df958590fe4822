"""Open questions: a trigger in an indirect question that a question, an asking or a doubt governs is nobody's
claim ("asked whether troops would be sent", "it remains unclear who would send troops")."""
from __future__ import annotations

import re

from ..gazetteer import load_gazetteer
from .lexicon import _lemma

# what governs an open question: its content is nobody's claim ("asked whether troops would be sent",
# "it remains unclear who would send troops", "they must understand what operations it might involve")
QUESTION_WORDS = frozenset({"question", "ask", "wonder", "inquire", "enquire", "query", "inquiry", "enquiry",
                            "unclear", "uncertain", "understand", "clarify", "decide", "determine", "doubt"})


WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def _interrogative(clause) -> bool:
    """A clause opened by "whether"/"if" or by a wh-word (an indirect question)."""
    if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children):
        return True
    first = min(clause.subtree, key=lambda t: t.i)
    return first.tag_ in WH_TAGS or (first.i + 1 <= clause.i and first.nbor().tag_ in WH_TAGS
                                     and first.dep_ in ("prep", "punct"))


def _in_question(sent_doc, i: int) -> bool:
    """The trigger is in an indirect question that a question, an asking or a doubt governs, or in what a direct
    question asks (:func:`_asked`)."""
    if _asked(sent_doc, i):
        return True
    tok = sent_doc[i]
    for _ in range(10):
        if tok.dep_ in ("ccomp", "pcomp", "xcomp", "csubj", "csubjpass", "advcl", "acl") and _interrogative(tok):
            up = tok.head
            for _ in range(3):
                if _lemma(up) in QUESTION_WORDS or any(  # "it remains unclear who ..."
                        c.dep_ in ("acomp", "oprd", "attr") and _lemma(c) in QUESTION_WORDS for c in up.children):
                    return True
                if up.head.i == up.i:
                    break
                up = up.head
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


# what may close a direct question after its mark (bold or italic markup), and what shows it is quoted speech
_MARKUP = "*_ \t"
# double quotation marks anywhere, a single one only where it opens a quotation (at a word's start): an apostrophe in
# "the ministry's request" or "Shouldn't we ...?" is no quotation
_QUOTES = re.compile(r"[\"“”«»]|(?:^|\s)[‘']")


def _direct_question(sent_doc) -> bool:
    """The sentence is a question the narrator or an interviewer asks in the open ("Will American troops be
    deployed there?", "- And cooperation with Russia?", "TCA: Are more purchases planned?"): it ends with its
    question mark and holds no quotation (a speaker's '"Why should we not cooperate?"' is his)."""
    text = sent_doc.text.rstrip().rstrip(_MARKUP)
    return text.endswith("?") and not _QUOTES.search(text)


# the words that open a yes/no question, and those a question may start with before them ("And", "So", "Finally,")
_YES_NO = frozenset({"is", "are", "was", "were", "will", "would", "can", "could", "should", "shall", "may", "might",
                     "must", "do", "does", "did", "has", "have", "had"})
_LEADS = frozenset({"and", "but", "so", "then", "finally", "now", "well", "also", "or"})


_NEGATIONS = frozenset({"not", "n't"})


_PROPOSING_MODALS = frozenset({"should", "shall", "could", "can", "must", "ought"})


def proposes(tok) -> bool:
    """"Why not cooperate?", "why don't we hold drills", "shouldn't we hold drills?": a question that proposes what
    the verb ``tok`` says (not "why did X invade", nor "didn't we sign it in 2019?": a modal with "we" only). The
    reading of the parse around one verb, for the status of any clause (status.py); :func:`rhetorical` reads the
    same questions by the words they open with, for a whole direct question."""
    why = [c for c in tok.children if c.lower_ == "why"]
    doc = tok.doc
    if tok.i > 1 and doc[tok.i - 1].lower_ == "not" and doc[tok.i - 2].lower_ == "why":
        return True
    if any(any(t.lower_ in _NEGATIONS for t in doc[w.i + 1:tok.i]) for w in why):
        return True
    # "Shouldn't we hold drills with them?", "Should we not deepen cooperation?": a negated question put with "we"
    end = max(t.i for t in tok.subtree)
    asked = any(t.text == "?" for t in doc[end:end + 2]) or doc[-1].text == "?"  # ('"Shouldn't we ...?" he said')
    return asked and any(
        c.dep_ == "aux" and c.lower_ in _PROPOSING_MODALS and c.i < tok.i and any(s.dep_ == "nsubj" and s.lower_ == "we" and c.i < s.i < tok.i
                                                for s in tok.children)
        and any(t.lower_ in _NEGATIONS for t in doc[c.i + 1:tok.i]) for c in tok.children)


def rhetorical(words) -> bool:
    """A question that proposes rather than asks: "why" with a negation before its verb ("Why not cooperate?", "Why
    don't we hold drills?", "Why should we not ...?"), or a negated auxiliary with "we" ("Shouldn't we hold drills?",
    "Should we not deepen cooperation?", "Don't we need a pact?"). ``words`` are the question's words from its start
    (after a label and a leading "And", "So")."""
    low = [w.lower_ for w in words[:5]]
    if low[:1] == ["why"]:
        return any(w in _NEGATIONS for w in low[1:4])
    return bool(low) and low[0] in _YES_NO and (low[1:3] in (["n't", "we"], ["we", "not"]))


def _names_two_states(sent_doc) -> bool:
    """The question names two states or peoples itself ("Does Norway plan joint naval drills with Iceland next
    year?"): it raises a fact in the open that it alone may tell (possible, and gone when the answer tells it:
    restatements), where one leaning on the interview for a party ("Will American troops be deployed there?",
    "Are more purchases planned?") only asks. A state by its name or its people's; a capital standing for it in an
    interviewer's shorthand ("Is Bishkek discussing a new American presence?") does not count: the question leans
    on the interviewee's side."""
    states = {h.entity_id for h in load_gazetteer().find(sent_doc.text)
              if h.entity_id.startswith("country:") and h.how in ("name", "alias", "demonym")}
    return len(states) >= 2


def _asked(sent_doc, i: int) -> bool:
    """What a direct question asks rather than takes as given: all of a yes/no question ("Is Bishkek discussing a
    new American presence?", "TCA: Are more purchases planned?") and of a question with no verb ("- And cooperation
    with Russia?"); in a wh-question, the trigger unless it is a definite noun the question presupposes ("What did
    the visit of President X to Paris bring?": the visit took place; "Who will send troops?": asked). The question
    starts after a label or a headline's colon and after a leading "And", "So", "Finally,"."""
    if not _direct_question(sent_doc):
        return False
    colon = max((t.i for t in sent_doc if t.text == ":" and t.i < len(sent_doc) - 2), default=-1)
    if i <= colon:
        return False
    words = [t for t in sent_doc[colon + 1:] if not t.is_punct]
    while words and words[0].lower_ in _LEADS:
        words = words[1:]
    if not words:
        return False
    if rhetorical(words):
        return False  # "Why not cooperate in this area as well?", "Shouldn't we hold drills with them?": proposed
    first = words[0]
    if first.lower_ in _YES_NO:
        return not _names_two_states(sent_doc)
    if first.tag_ in WH_TAGS:
        tok = sent_doc[i]
        return not (tok.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) for c in tok.children))
    return not any(t.pos_ in ("VERB", "AUX") for t in words)
