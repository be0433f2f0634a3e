"""Paragraph ends in flush text (no indent, no blank line): the last line's room.

Each test sets its own prose in a column of 10-point Times with a greedy line breaker
(reportlab's font metrics), as a justified or ragged column is set, and reads the lines
back as an extractor writes them (one printed line a line, the stretched spaces gone)."""

from __future__ import annotations

from itertools import accumulate, pairwise

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from ocr.paragraphs import paragraphs
from ocr.profiles import load_profile
from ocr.readers.textreflow import reflow

PROFILE = load_profile()

#: Flush paragraphs, each ending on a sentence; several end on a line that is most of
#: the measure by its letters, with room left for the next paragraph's first word.
PROSE = [
    "The county opened its new recycling yard on Monday after three years of delays "
    "caused by a dispute over the lease of land by the quarry.",
    "Residents may bring paper, glass and metal on weekdays and the first Saturday "
    "of each month, and the yard takes old paint too.",
    "Officials said the yard cost $2.4 million, most of it from a state grant awarded "
    "to small towns that share services with neighbors.",
    "Drivers must show a permit, which the town clerk issues for free to anyone who "
    "pays property taxes here.",
    "A swap shed for furniture and books will open at the yard in the summer.",
    "The board also set the hours of the library's new branch, which will stay open "
    "until eight on school nights.",
    "The old transfer station on Mill Road will close at the end of the month.",
]


def set_column(paragraphs: list[str], measure: float) -> str:
    """Greedy line breaking: a word goes on the line while the line fits the
    ``measure`` (points, 10-point Times with plain spaces); each paragraph starts a line."""
    out: list[str] = []
    for p in paragraphs:
        line: list[str] = []
        for word in p.split():
            if line and stringWidth(" ".join([*line, word]), "Times-Roman", 10) > measure:
                out.append(" ".join(line))
                line = []
            line.append(word)
        out.append(" ".join(line))
    return "\n".join(out)


def _paras(text: str) -> list[str]:
    return paragraphs(list(reflow(text, "en", PROFILE)), "en")


def _roomy(prose: list[str], measure: float) -> set[int]:
    """The paragraph ends of ``prose`` set at ``measure`` whose last line has room for
    the next paragraph's first word, 8% of the measure to spare (as a justified line of
    narrow letters can look short by its letters)."""
    roomy, end = set(), 0
    for p, nxt in pairwise(prose):
        end += len(p) + 1
        last = set_column([p], measure).split("\n")[-1]
        if stringWidth(f"{last} {nxt.split()[0]}", "Times-Roman", 10) <= 0.92 * measure:
            roomy.add(end)
    return roomy


def _ends(paras: list[str]) -> set[int]:
    """Where each paragraph but the last ends in the text joined with spaces."""
    return set(accumulate(len(p) + 1 for p in paras[:-1]))


@pytest.mark.parametrize("measure", range(130, 200, 5))
def test_a_flush_paragraph_ends_where_its_last_line_had_room_for_the_next_word(
    measure: int,
) -> None:
    """A line breaker carries a word up to any line with room for it: a paragraph's
    last line with room for the next one's first word ends it, however many letters
    it holds. No break is made where none is."""
    found = _ends(_paras(set_column(PROSE, measure)))
    assert found <= _ends(PROSE)
    assert _roomy(PROSE, measure) <= found


def test_a_sentence_ending_on_a_full_line_inside_a_paragraph_goes_on() -> None:
    """No room for the next word: the line was full, and the paragraph goes on though a
    sentence ended there and the next line opens on a capital."""
    prose = [
        "The bridge will close for repairs on Friday night. Crews will replace the deck "
        "joints and repaint the railings. Traffic will be detoured onto Route 9 for two "
        "weeks. The work was first planned for last summer.",
        "Bus riders should expect delays on routes 4 and 12 while the bridge is closed.",
    ]
    text = set_column(prose, 150)
    lines = text.split("\n")
    # as set, a sentence of the first paragraph ends on a full line
    assert any(ln.endswith(".") and ln != lines[-1] for ln in lines[:-3])
    assert _paras(text) == prose


#: A story set in a narrow column, its sentences often ending on a full line.
NARROW = [
    "The library will stay open late on Thursdays. Staff will run a homework club for "
    "pupils in the reading room. Parents may also book a computer for an hour. The "
    "trustees approved the new hours on Tuesday.",
    "The branch on Elm Street keeps its hours. A mobile van will visit the two schools "
    "in the north end each week. Its first stop is at the primary school on Monday.",
    "Volunteers are still needed for the Saturday story hour, the head librarian said.",
]


@pytest.mark.parametrize("narrow", range(120, 150, 5))
def test_each_column_is_measured_apart(narrow: int) -> None:
    """Text of two measures in one article (a story's wide lead column over its narrow
    ones, or another story's column glued to it): each block of lines is measured on
    its own, so neither a full line of the narrow column is taken for a short last
    line, nor the wide column's lines for lines the extractor joined."""
    wide, thin = set_column(PROSE, 190), set_column(NARROW, narrow)
    found = _ends(_paras(f"{wide}\n\n{thin}"))
    cut = len(" ".join(PROSE)) + 1
    assert found <= _ends(PROSE) | {cut} | {e + cut for e in _ends(NARROW)}
    assert _roomy(PROSE, 190) | {e + cut for e in _roomy(NARROW, narrow)} <= found
