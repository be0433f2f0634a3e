"""Where the text above a heading ended: a story's sentence left open over a heading,
resumed further down the page.

pdftotext and pdfminer write the columns of stories side by side in their own order: a
brief's headline and text may come between a story's column that stops mid-sentence
(``…The council also approved a 2.9 percent``) and the column that goes on with it
(``increase in the property tax levy…``). Text left open over a heading-shaped block
keeps it body (``text_headings``: a fragment of the sentence, cut by a column break);
where the sentence goes on in a later block, that block, not the heading, is its rest.
"""

from __future__ import annotations

from .model import BODY, FURNITURE, Block, BlockKind
from .text_pieces import stray_words
from .typography import ends_sentence

#: A block that goes on with an open sentence holds this many words at least: the words
#: pdfminer takes out of a stretched line (``should``, ``of Health``) are no column.
RESUMING_WORDS = 4


def resumed_later(blocks: list[Block], kinds: list[BlockKind], i: int) -> bool:
    """English: whether a sentence left open above block ``i`` may go on below it, in a
    later block of running text that opens in lower case (a column's rest), while the
    block right under ``i`` opens in a capital (``i``'s own text, no sentence's rest)."""
    if i + 1 >= len(blocks) or kinds[i + 1] is not BODY or not blocks[i + 1].lines:
        return False
    if not blocks[i + 1].lines[0].text[:1].isupper():
        return False
    for j in range(i + 2, len(blocks)):
        b = blocks[j]
        if (kinds[j] is BODY and b.lines and b.lines[0].text[:1].islower()
                and sum(len(ln.words) for ln in b.lines) >= RESUMING_WORDS):
            return True
    return False


def after_text_ended(blocks: list[Block], kinds: list[BlockKind], prev: int | None,
                     i: int) -> bool:
    """Whether what stands before heading ``i`` (``prev``, ``previous_text``) leaves room
    for one: nothing, no running text, running text that ended its sentence, or one
    whose sentence goes on further down (``resumed_later``)."""
    return (prev is None or kinds[prev] is not BODY
            or ends_sentence(blocks[prev].text) or resumed_later(blocks, kinds, i))


def previous_text(blocks: list[Block], kinds: list[BlockKind], i: int) -> int | None:
    """The block of text before ``i``: furniture, and words a stretched line lost
    (``text_pieces.stray_words``), say nothing of where the text above ended."""
    for j in range(i - 1, -1, -1):
        if kinds[j] is not FURNITURE and not (kinds[j] is BODY and stray_words(blocks[j])):
            return j
    return None
