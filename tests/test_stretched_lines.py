"""Lines pdfminer wrote with doubled word spaces (``Line.stretched``): a justified
column's line set out to its measure, which no headline and no caption is."""

from __future__ import annotations

from ocr import classify, read_text
from ocr.model import BlockKind

#: pdfminer's text of a story whose justified column it cut into pieces: a word of a
#: line written as a block of its own (``Neighbors``), the rest of its paragraph under
#: it, then the next story's headline.
SCATTERED = """Board backs apartments on old mill site

By RACHEL STEINBERG
Press Staff Writer

The  Riverton  Planning  Board  gave
preliminary  approval  Wednesday  to  a
212-unit  apartment  complex  on  the
site of the former Brandt Textile mill.

“This is the most important piece of
land  in  the  city,”  board  Chairwoman
Denise Albright said.

Neighbors

on  Canal
Street  have  argued  that
the project will flood their
narrow road with traffic.

Bus routes redrawn as driver
shortage drags on

By MARCUS WEBB

With  14  bus  driver  jobs  still
unfilled two weeks before classes begin,
the district will merge routes.
"""


def test_a_stretched_block_is_no_headline_nor_is_the_word_whose_sentence_it_goes_on() -> None:
    blocks = classify(read_text(SCATTERED, lang="en")).blocks
    kinds = {b.text.split("\n")[0]: b.kind for b in blocks}
    assert kinds["on Canal"] is BlockKind.BODY
    assert kinds["Neighbors"] is BlockKind.BODY
    assert kinds["Bus routes redrawn as driver"] is BlockKind.HEADLINE
    assert kinds["Board backs apartments on old mill site"] is BlockKind.HEADLINE


def test_only_an_extractor_s_own_lines_are_read_as_stretched() -> None:
    """Single spaces (pdftotext) mark nothing; the doubled spaces of a line whose own
    words are set apart are read, not a line's indent or trailing white space."""
    lines = [ln for b in read_text(SCATTERED.replace("  ", " "), lang="en").blocks
             for ln in b.lines]
    assert not any(ln.stretched for ln in lines)
    indented = read_text("    The council met on Tuesday.   \nIt voted 5-2.\n", lang="en")
    assert not any(ln.stretched for b in indented.blocks for ln in b.lines)
