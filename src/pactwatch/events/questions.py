"""Open questions: a trigger in an indirect question that a question, an asking or a doubt governs is nobody's
claim ("asked whether troops would be sent", "it remains unclear who would send troops")."""
from __future__ import annotations

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
    """The trigger is in an indirect question that a question, an asking or a doubt governs."""
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
