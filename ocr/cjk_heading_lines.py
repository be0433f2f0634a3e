"""Chinese blocks of a text page whose shape alone would be typed wrongly, asked by
``text_headings``: a headline wrapped over two or three lines with a comma in it is a
heading (``wrapped_with_comma``), and a column-wide line over the one narrower line that
ends its sentence is a paragraph's, written apart from its last line, not a heading
(``paragraph_end_under``, ``cut_over_last_line``).
"""

from __future__ import annotations

from .decks import HEADING_EMS, SENTENCE_MARK
from .heading_shape import looks_like_headline
from .heading_words import quote_left_open
from .model import BODY, CREDIT, Block, BlockKind
from .paragraphs import cut_from_last_line
from .typography import ends_sentence, text_width

#: A Chinese headline's lines stand this many ems short of a column's line at least.
WRAPPED_SHORT = 3.0


def wrapped_with_comma(block: Block, full: float) -> bool:
    """A Chinese headline wrapped over two or three lines, a comma in it
    (``唱票声中，新一届`` / ``村委会选出来了``): no sentence mark, and every line far
    narrower than a column's (a paragraph's lines fill the column but its last)."""
    lines = [ln.text for ln in block.lines]
    return (full > 0 and 2 <= len(lines) <= 3 and not SENTENCE_MARK.search(block.text)
            and all(text_width(t) + WRAPPED_SHORT <= full for t in lines)
            and text_width(" ".join(lines)) <= HEADING_EMS and not quote_left_open(block.text)
            and not block.text.rstrip().endswith(("，", "、", "：")))


def paragraph_end_under(blocks: list[Block], kinds: list[BlockKind], i: int,
                         full: float, from_grid: bool) -> bool:
    """A Chinese line of one block goes on the sentence in the block under it, no heading:
    that block is one line narrower than it that ends the sentence, and no more text
    follows it but a heading (``药品包内含体温计、退热贴、创可贴`` / ``和常用消毒用品等。`` /
    the next headline, not yet told here), or the line is cut from its paragraph's
    last line (``cut_over_last_line``). A
    heading's story opens under it; a paragraph's last line is all a brief's second
    paragraph leaves under its first."""
    if len(blocks[i].lines) != 1 or i + 1 >= len(blocks) or kinds[i + 1] is not BODY:
        return False
    under = blocks[i + 1].lines
    return (len(under) == 1 and ends_sentence(under[0].text)
            and text_width(under[0].text) < text_width(blocks[i].lines[0].text)
            and (i + 2 >= len(blocks) or kinds[i + 2] is not BODY
                 or looks_like_headline(blocks[i + 2], "zh")
                 or cut_over_last_line(blocks, kinds, i, full, from_grid)))


def cut_over_last_line(blocks: list[Block], kinds: list[BlockKind], i: int,
                        full: float, from_grid: bool) -> bool:
    """The one line of Chinese block ``i`` is a paragraph's, written apart from the
    paragraph's last line, the body block of one line under it, whatever text follows
    (``paragraphs.cut_from_last_line``: on the column's measure, over a narrower line
    that ends on a full stop). With a comma in it, it was read as a deck (under a
    headline, or across columns: ``12月10日，南岸港区自动化码头，桥吊正在`` / ``为集装箱
    船装卸货物。``); alone, as a headline. Not over a credit: a caption's line and its
    end over the photo's credit are a caption cut apart (``captions``), no story's.
    Not on lines laid out again from a grid (``Page.from_grid``): there a line may hold a
    neighbouring column's piece, and a line read as text was joined to that column's
    text interleaved with it (``-layout`` and pdfplumber lost what pdftotext gained)."""
    return (not from_grid and len(blocks[i].lines) == 1 and i + 1 < len(blocks)
            and kinds[i + 1] is BODY
            and len(blocks[i + 1].lines) == 1
            and not (i + 2 < len(blocks) and kinds[i + 2] is CREDIT)
            and cut_from_last_line(blocks[i].lines[0].text, blocks[i + 1].lines[0].text, full))
