"""Whether a block's first words read on from a story's last ones, by the English word
trigram model: which of several English stories left mid-sentence a column's next block
finishes (``read_on_best``), and whether a block opening mid-sentence after a story that
ended its sentence goes back to an earlier one or is kept apart (``kept_apart``). Asked by
``continuity.resumed`` and the walk in ``ocr.assemble``.
"""

from __future__ import annotations

from math import inf

from .model import Block
from .story_flow import LATIN_WORD, F, column_foot, ends_sentence_block, last_body

#: How much better (log10) the words across a column break must read on at an earlier
#: open article than at the nearest one for the block to go there: side-by-side modules
#: whose columns end short leave several stories open at once, and the nearest is the
#: one read last, not the one the block finishes.
JUNCTION_MARGIN = 0.75


def read_on_best(opened: list[F], first: str) -> F:
    """Of English articles left mid-sentence (``opened``, in reading order), the one
    whose last words the block's ``first`` line goes on from best, by the English word
    trigram model: its first two words after each article's last two, weighed against
    them read alone (``waited for`` | ``the state``, ``had been`` | ``restored to``, not
    ``from four runs`` | ``the state``). The nearest unless another reads on clearly
    better (``JUNCTION_MARGIN``)."""
    if len(opened) < 2 or not LATIN_WORD.search(first):
        return opened[-1]

    def gain(d: F) -> float:
        read = read_on(d, first)
        return -inf if read is None else read

    nearest = gain(opened[-1])
    best = max(reversed(opened[:-1]), key=gain)  # of equals, the nearer
    return best if gain(best) >= nearest + JUNCTION_MARGIN else opened[-1]


def read_on(d: F, first: str) -> float | None:
    """How much better (log10, English word trigrams) the first two words of ``first``
    read after the last two of ``d``'s text than alone; ``None`` with no word to judge
    by on either side (a row of figures, a dash)."""
    words = [w.lower() for w in LATIN_WORD.findall(first)[:2]]
    last = last_body(d)
    tail = [w.lower() for w in LATIN_WORD.findall(
        " ".join(ln.text for ln in last.lines[-2:]))[-2:]] if last is not None else []
    if not words or not tail:
        return None
    from .correct.ngrams import trigrams  # loaded only where a column is taken back

    model = trigrams()
    w1, w2 = words[0], words[1] if len(words) > 1 else ""
    alone = model.logp(w1) + (model.cond(w2, w1) if w2 else 0.0)
    read = model.cond(w1, *tail) + (model.cond(w2, tail[-1], w1) if w2 else 0.0)
    return read - alone


#: How much better (log10) a lower-case block's first words must read on from an earlier
#: story left open than alone for the block to be taken back to it past a story that
#: ended its sentence (``takes_back``).
TAKE_BACK_GAIN = 0.5


def kept_apart(current: F | None, back: F, block: Block, lang: str, from_grid: bool) -> bool:
    """Whether ``block``, which ``resumed`` would take ``back`` to past ``current``, a
    story that ended its sentence, is kept apart instead (``takes_back``: ``back`` did
    not end on a column's foot, and the block's words do not read on from its), to be
    offered to the stories read after it. Not on lines laid out again from a grid
    (``Page.from_grid``): a line there may hold a neighbouring column's piece, so its
    last words and its length are not the story's."""
    first = block.lines[0].text if block.lines else ""
    return (lang == "en" and not from_grid and current is not None and current.has_body
            and first[:1].islower() and ends_sentence_block(current)
            and not takes_back(back, first))


def takes_back(d: F, first: str) -> bool:
    """Whether a block opening mid-sentence on ``first``, read after a story that ended
    its sentence, goes back to ``d``, an earlier English story left open: where ``d``
    ended on a column cut by its foot (``story_flow.column_foot``), or where the block's
    first words read on from ``d``'s last ones (``the parks`` | ``department said``,
    ``a 2.9 percent`` | ``increase in``), or where no word says either way.

    A story is left "open" by a line no stop closes as often as by a column cut
    mid-sentence: a signature (``— Name and address supplied``), a listing's row
    (``Cash 25: 02-09-11-17-20-``, ``Cup (7.45pm)``), a label (``By the numbers``), and
    pdfminer writes a column's lines as pieces out of order. A block taken back to such
    a story is most often a piece of a story read later: on the nine study sets'
    English pages, of the take-backs to a story not ended on a column's foot whose
    words read on by less than ``TAKE_BACK_GAIN``, 5 went to the block's own story and
    33 to another's (of those to a column's foot, 10 and 12; of those that read on, 12
    and 1). A block not taken back is kept apart for the stories read after it
    (``pending_columns.place_pending``)."""
    words = first.split()
    if words and column_foot(d, words[0]):
        return True
    read = read_on(d, first)
    return read is None or read >= TAKE_BACK_GAIN
