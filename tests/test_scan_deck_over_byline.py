"""A deck joined with its story's text by layout, told by the byline under it
(``marked_parts._deck_over_byline``, ``decks.heading_over``): a Chinese deck set a size up
from the body or less (1.05-1.11 of it on the held-out S2 pages) measures as body, and
layout joined its lines with the column under it; the story's text opens with its
indented ``本报讯`` line, so the flush lines between the heading and it are the deck."""

from __future__ import annotations

from conftest import column_lines as _lines

from ocr.decks import heading_over
from ocr.marked_parts import split_marked
from ocr.model import BlockKind, Box
from ocr.profiles import load_profile

ZH = load_profile().patterns("zh")
HEADING = Box(100, 600, 520, 200)  # a headline over one column


COLUMN = _lines(
    ("城西片区新增公共充电桩八百", 0.0),  # the deck, flush
    ("个，主城区步行十分钟可达", 0.0),
    ("本报讯（记者 许文博）记者", 2.0),  # the byline, indented two characters
    ("从市发展改革委获悉，今年以", 0.0),
    ("来我市新建公共充电桩八百余", 0.0),
)


def test_lines_over_a_byline_under_a_heading_are_its_deck() -> None:
    assert heading_over(Box(100, 815, 520, 240), [HEADING], 48.0)
    parts = split_marked(BlockKind.BODY, COLUMN, ZH, deck_lines=3)
    assert [(k, len(p)) for k, p in parts] == [
        (BlockKind.SUBHEADLINE, 2), (BlockKind.BYLINE, 1), (BlockKind.BODY, 2)]


def test_no_heading_over_the_block_no_deck() -> None:
    assert not heading_over(Box(100, 1100, 520, 240), [HEADING], 48.0)
    parts = split_marked(BlockKind.BODY, COLUMN, ZH)
    assert [k for k, _ in parts] == [BlockKind.BODY]


def test_a_paragraph_over_the_byline_is_running_text() -> None:
    """The tail of another story's paragraph (its first line indented) over a headless
    item's byline: no deck."""
    tail = _lines(("市交通运输局表示，下一步", 2.0), ("将继续优化线网。", 0.0),
                  *((t, i) for t, i in (("本报讯（记者 许文博）记者", 2.0),
                                        ("从市发展改革委获悉，今年以", 0.0))))
    assert [k for k, _ in split_marked(BlockKind.BODY, tail, ZH, deck_lines=3)] == [
        BlockKind.BODY]


def test_a_byline_with_no_text_under_it_leaves_the_block() -> None:
    """A story cut by the page's foot to its byline line: no running text under it to
    set a deck over (layout asks a deck over running text too)."""
    parts = split_marked(BlockKind.BODY, COLUMN[:3], ZH, deck_lines=3)
    assert [k for k, _ in parts] == [BlockKind.BODY]
