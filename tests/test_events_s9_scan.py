"""DocContext.sentence_starts_before (one scan of a document's sentence ends) gives what scanning the text before a
position gave in events.discourse, .references and .sides: SENTENCE_END over ``text[:pos].rstrip()``."""
from hypothesis import given, settings
from hypothesis import strategies as st

from pactwatch.events.context import SENTENCE_END, DocContext


def _ctx(text: str) -> DocContext:
    return DocContext(text=text, ents=None, quotes=(), quote_spans=[], affiliation={}, salient_org=None, kinds={},
                      anchor=None)


def _scanned(text: str, pos: int) -> tuple[list[int], int]:
    head = text[:pos].rstrip()
    return [0, *(m.end() for m in SENTENCE_END.finditer(head))], len(head)


def test_sentence_starts_before_a_trigger():
    text = 'Chile and Peru met. They signed a pact (in Lima.) "It holds," he said.\n\nThe two states agreed.'
    ctx = _ctx(text)
    assert ctx.sentence_starts_before(text.index("They")) == ([0], text.index(" They"))
    # (the paragraph break that ends the text before is its trailing space)
    assert ctx.sentence_starts_before(text.index("The two")) == ([0, text.index("They"), text.index('"It')],
                                                                 text.index("\n"))
    # a full stop right before the position is the sentence's own end, no start
    assert ctx.sentence_starts_before(text.index(" They")) == ([0], text.index(" They"))


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet='aZ0.!?"”’)“ \n\t\u00a0x,B', max_size=40), st.integers(-3, 45))
def test_same_as_scanning_the_text_before(text, pos):
    assert _ctx(text).sentence_starts_before(pos) == _scanned(text, pos)
