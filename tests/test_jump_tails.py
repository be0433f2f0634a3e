"""Text without geometry: a column's last lines, cut mid-sentence at a jump line to
another page, are the story's text, though the next story's headline and byline follow
the jump line (``text_headings._cut_at_jump``)."""

from __future__ import annotations

import ocr

# pdfminer: a paragraph a block; the story's last column stops mid-sentence at its jump.
TAIL = """Library board picks architect for Eastgate branch

By LENA MARSH

Staff Writer

The Millbrook library board chose a Portland firm on
Tuesday to design the new Eastgate branch, ending a
search that began two winters ago.

Trustees voted 5-2 for Halden & Rowe, which designed
reading rooms in three nearby towns and promised a roof
of solar panels over the children's wing.

About $3 million of the cost came from
a bequest. The rest would come from a
bond the town meeting must approve

Continued on A6

Crews gain ground on
hillside fire as winds ease

By TOMAS ALVAREZ

Associated Press

REDDING, Calif. (AP) — Firefighters made progress on
Sunday against a fire that has burned 4,000 acres.
"""


def test_a_column_cut_at_its_jump_line_stays_the_story_s() -> None:
    page = ocr.process(TAIL, lang="en", correct=False)
    library = [a for a in page.articles if "Halden & Rowe" in " ".join(a.paragraphs)]
    assert len(library) == 1
    assert "bond the town meeting must approve" in " ".join(library[0].paragraphs)
    assert library[0].jump is not None and library[0].jump.page == "A6"
    assert not page.orphans
