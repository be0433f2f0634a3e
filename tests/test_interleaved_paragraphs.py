"""English text: a story's paragraphs written across its columns by their tops
(pdftotext sorts a story's paragraph blocks so; a column's first lines level with the
byline beside it come before the first column's text). A block in lower case after a
sentence's end goes on from the story's next paragraph that opens a sentence and leaves
one open (``misplaced_columns.interleaved_paragraph``)."""

from __future__ import annotations

import ocr

# Three columns: the second column's paragraphs are written between the first's and
# the third's, row by row.
ACROSS = """Crews contain brush fire near quarry
By NADIA FERRIS
Staff Writer

HOLTON — Firefighters stopped a brush fire on
Monday that had burned across 300 acres of
dry scrub north of the old quarry, as

lighter winds let crews cut a break along the
ridge road.

according to the county fire marshal. Two
barns were lost on Ledger Lane.

The fire was half contained by Monday night,
up from a tenth at noon,

No one was hurt. Three families who left their
farms on Sunday returned home by supper,

deputies said.
The marshal said the cause is not yet known.
"""

# The second column's first lines set level with the byline: written before the
# first column's text.
LEVEL = """Teachers ratify three-year contract
By OWEN MARLOW
Ledger Staff Writer

first raise above inflation since the district
merged its two high schools in 1987.

Teachers in the Holton district voted 311 to
42 on Tuesday to accept a contract giving the

Union leaders said class size was the issue
that took longest to settle.
"""


def _bodies(text: str) -> list[str]:
    page = ocr.process(text, lang="en", correct=False)
    return [" ".join(a.paragraphs) for a in page.articles]


def test_paragraphs_written_across_columns_are_one_story_in_order() -> None:
    bodies = _bodies(ACROSS)
    assert len(bodies) == 1
    body = bodies[0]
    assert "a tenth at noon, according to the county fire marshal." in body
    assert "returned home by supper, deputies said." in body
    assert body.index("lighter winds") < body.index("The fire was half") < body.index(
        "according to") < body.index("No one was hurt")


def test_a_column_written_level_with_the_byline_goes_after_the_first() -> None:
    bodies = _bodies(LEVEL)
    assert len(bodies) == 1
    assert "a contract giving the first raise above inflation" in bodies[0]
    assert bodies[0].index("Teachers in the Holton") < bodies[0].index("Union leaders")


def test_a_lower_case_column_with_its_paragraph_right_before_stays() -> None:
    # Written in order: nothing moves.
    in_order = LEVEL.replace(
        "first raise above inflation since the district\nmerged its two high schools in 1987.\n\n",
        "").replace("accept a contract giving the\n",
                    "accept a contract giving the\n\nfirst raise above inflation since the "
                    "district\nmerged its two high schools in 1987.\n")
    bodies = _bodies(in_order)
    assert len(bodies) == 1
    assert "a contract giving the first raise above inflation" in bodies[0]



# pdfminer: the last column's last lines, set level with the byline, written first.
TAIL_FIRST = """Teachers ratify three-year contract

By OWEN MARLOW
Ledger Staff Writer

library on the high school's second floor.
About 90 percent of members took part.

Teachers in the Holton district voted 311 to
42 on Tuesday to accept a three-year contract.

Union leaders said class size was the issue
that took longest to settle.

The vote, run by the state labor board, was
held over two days in the
"""


def test_a_story_s_tail_written_under_its_byline_goes_to_its_end() -> None:
    bodies = _bodies(TAIL_FIRST)
    assert len(bodies) == 1
    assert bodies[0].startswith("Teachers in the Holton")
    assert bodies[0].endswith("held over two days in the library on the high school's "
                              "second floor. About 90 percent of members took part.")
