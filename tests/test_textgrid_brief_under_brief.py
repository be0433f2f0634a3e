"""A brief's headline right under the brief above it in a narrow briefs column
(``pdftotext -layout``): the white between two briefs is under a row's height, so the
extractor writes no blank row there (plain pdftotext writes a blank line), and the
headline ran on as the last lines of the brief above. A sentence ended, a headline of
a line or two ending none and short of the measure, over a lead in a capital (indented
or a full line), part them (ocr/readers/textgaps.py, ``heads_inside``)."""

from __future__ import annotations

import pytest
from conftest import layout_grid

import ocr
from ocr.model import Box
from ocr.readers.textgaps import LeavesAfter
from ocr.readers.textgrid import read_grid

#: A briefs column (no blank row between the briefs) beside a story's column.
BRIEFS = [
    "Pool closes for repairs",
    "  The Riverside municipal pool",
    "will close for three weeks from",
    "Monday while crews reseal the",
    "deep end and replace two pumps,",
    "the parks department said.",
    "Ferry adds late",
    "crossing",
    "The Harbor Line ferry will add a",
    "10:45 p.m. crossing on Fridays",
    "and Saturdays through August,",
    "the port authority announced.",
]
STORY = [
    "  Members of the Glenmore Select",
    "Board voted 4-1 on Tuesday to buy",
    "the former dairy on Route 9 and",
    "turn its pastures into a public",
    "park with walking trails and a",
    "community garden by next spring.",
    "  The purchase, at $1.8 million,",
    "will be paid mostly with a state",
    "conservation grant, said board",
    "chair Diane Okafor, who called it",
    "the town's best land deal in",
    "decades and a gift to the future.",
]


def _page() -> str:
    return layout_grid([BRIEFS, STORY], 36)


def test_a_brief_under_a_brief_starts_a_block() -> None:
    blocks = read_grid(_page()).split("\n\n")
    ferry = next(b for b in blocks if "Ferry adds late" in b)
    assert ferry.startswith("Ferry adds late")
    assert "pumps" not in ferry


def test_a_paragraph_after_a_sentence_stays_in_its_column() -> None:
    blocks = read_grid(_page()).split("\n\n")
    story = next(b for b in blocks if "Glenmore" in b)
    assert "The purchase, at $1.8 million" in story


def test_the_second_brief_is_an_item_under_its_headline() -> None:
    doc = ocr.page_dict(ocr.process(_page(), lang="en", correct=False))
    ferry = next(a for a in doc["articles"] if "10:45 p.m." in " ".join(a["paragraphs"]))
    assert ferry["headlines"] == ["Ferry adds late crossing"]
    assert "pumps" not in " ".join(ferry["paragraphs"])


#: The same briefs where the headline's wider leading gives each of its lines a row of
#: white the page has not: one right across both columns, so the grid is cut there.
SPACED = [
    "Pool closes for repairs",
    "  The Riverside municipal pool",
    "will close for three weeks from",
    "Monday while crews reseal the",
    "deep end and replace two pumps,",
    "the parks department said.",
    "Ferry adds late",
    "",
    "crossing",
    "      The Harbor Line ferry will",
    "add a 10:45 p.m. crossing on",
    "Fridays and Saturdays through",
    "August, the port authority said.",
]


def test_a_headline_spaced_out_by_its_leading_heads_its_brief() -> None:
    page = layout_grid([SPACED, [*STORY[:7], "", *STORY[7:]]], 36)
    blocks = read_grid(page).split("\n\n")
    ferry = next(b for b in blocks if "Ferry adds late" in b)
    assert ferry.startswith("Ferry adds late")
    assert "pumps" not in ferry


def test_the_leaves_after_one_are_the_rest_of_the_cut_without_a_copy() -> None:
    """``LeavesAfter`` reads as ``leaves[start:]`` does (the rules iterate and index it)."""
    leaves = [Box(0, 3 * k, 20, 3) for k in range(5)]
    for start in range(7):
        view, rest = LeavesAfter(leaves, start), leaves[start:]
        assert list(view) == rest and len(view) == len(rest)
        assert [view[i] for i in range(-len(rest), len(rest))] == rest + rest
        assert list(view[1:]) == rest[1:]
    with pytest.raises(IndexError):
        LeavesAfter(leaves, 3)[2]
