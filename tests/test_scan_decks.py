"""Heading lines a scan sets hardly larger than the body, measured from ink: a deck over
the columns, an italic deck, and a small bold head with its kicker stacked in a column
under another story's end (held-out scans, issue 10: such heads were read as body)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from ocr.layout import detect_layout
from ocr.layout.blocks import Region
from ocr.layout.kinds import assign_kinds
from ocr.layout.merge import merge_pieces
from ocr.layout.slant import ITALIC as ITALIC_SLANT
from ocr.layout.slant import italic_lead, slant
from ocr.model import BlockKind, Box

#: The body's type size and line height (px), as layout measures a 300 dpi page.
TYPE, BODY = 29.0, 36.0


def _text(box: Box, lines: int, size: float, weight: float, pitch: int = 46) -> Region:
    rows = tuple(Box(box.x, box.y + pitch * n, box.w, 30) for n in range(lines))
    return Region(BlockKind.BODY, box, rows, size=size, weight=weight)


def _kind(regions: list[Region], box: Box) -> BlockKind:
    return next(r.kind for r in assign_kinds(regions, TYPE, BODY, None) if r.box == box)


def _columns(y: int, xs: tuple[int, ...]) -> list[Region]:
    return [_text(Box(x, y, 336, 830), 18, 29.0, 4.0) for x in xs]


def test_a_deck_in_body_sized_type_over_three_columns_is_the_headline_s() -> None:
    """Two lines at 1.1 the body's size under a three-column headline, over the byline and
    two columns of its story (no line of running text crosses a gutter): its deck."""
    deck = Box(91, 2296, 1019, 93)
    regions = [
        _text(Box(90, 1942, 1061, 337), 3, 76.0, 21.8),  # Late Frost Threatens ...
        _text(deck, 2, 32.0, 4.3),
        _text(Box(90, 2424, 336, 30), 1, 29.0, 4.1),  # the byline atop column 0
        *_columns(2423, (482, 874)),
        _text(Box(90, 2480, 336, 800), 17, 29.0, 4.1),
    ]
    assert _kind(regions, deck) is BlockKind.SUBHEADLINE


def test_two_lines_of_body_over_one_column_under_a_headline_stay_body() -> None:
    """The same two lines over one column only are the story's first lines."""
    first = Box(91, 2296, 336, 93)
    regions = [
        _text(Box(90, 1942, 1061, 337), 3, 76.0, 21.8),
        _text(first, 2, 29.0, 4.0),
        _text(Box(90, 2424, 336, 800), 17, 29.0, 4.1),
    ]
    assert _kind(regions, first) is BlockKind.BODY


def test_a_contents_paragraph_under_a_title_is_no_deck() -> None:
    """Close-set lines layout could not part (one "line" 3.6 body lines tall) across the
    page under an old title, over its two columns: an issue's contents, not a deck."""
    contents = Box(131, 740, 1816, 142)
    regions = [
        _text(Box(95, 147, 1852, 564), 1, 120.0, 11.8),
        Region(BlockKind.BODY, contents, (contents,), size=30.5, weight=4.4),
        *_columns(916, (2, 985)),
    ]
    assert _kind(regions, contents) is BlockKind.BODY


def test_an_italic_deck_under_a_small_bold_head_is_a_deck() -> None:
    """Three lines of a lighter face (italic strokes 0.7 the body's) right under a bold
    head hardly larger than the body: its deck, though set in smaller type."""
    deck = Box(713, 1670, 492, 106)
    regions = [
        _text(Box(712, 1480, 468, 177), 4, 30.0, 9.8),  # WEATHER / Late Frost ... in bold
        _text(deck, 3, 23.0, 3.9),
        *[_text(Box(x, 1000, 504, 1200), 25, 29.0, 5.4) for x in (150, 1276, 1840)],
    ]
    assert _kind(regions, deck) is BlockKind.SUBHEADLINE


SANS = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
BOLD = SANS.with_name("DejaVuSans-Bold.ttf")
ITALIC = SANS.with_name("DejaVuSans-Oblique.ttf")
WORDS = ("the fair manager said the idea came from a group of high school students who "
         "asked why there was no place at the fair for their club").split()


@pytest.mark.skipif(not (BOLD.exists() and ITALIC.exists()), reason="DejaVu Sans not installed")
def test_a_small_bold_head_stacked_under_a_story_s_end_is_cut_from_it() -> None:
    """A column: a story's last lines, then (a line's white more than its leading) a
    kicker in bold capitals, a headline in bold only 1.1 the body's size, and an italic
    deck. Each line's stroke, against the block it would join, cuts them off the story
    (the kicker half-bold between body and headline blurred each step between lines)."""
    img = Image.new("L", (900, 1500), 255)
    draw = ImageDraw.Draw(img)
    body, bold, italic = (ImageFont.truetype(str(f), s) for f, s in
                          ((SANS, 36), (BOLD, 40), (ITALIC, 28)))
    y, k = 60, 0
    for _ in range(9):
        line = ""
        while draw.textlength(line + WORDS[k % len(WORDS)], font=body) < 500:
            line += WORDS[k % len(WORDS)] + " "
            k += 1
        draw.text((60, y), line.strip(), fill=0, font=body)
        y += 51
    y += 28
    draw.text((60, y), "WEATHER", fill=0, font=ImageFont.truetype(str(BOLD), 30))
    y += 44
    for line in ("Late Frost Threatens", "Orchard Blossoms", "Across the Valley"):
        draw.text((60, y), line, fill=0, font=bold)
        y += 47
    for line in ("Growers run fans and sprinklers", "through the night to protect", "early buds"):
        draw.text((60, y), line, fill=0, font=italic)
        y += 38
    gray = np.asarray(img)
    layout = detect_layout(gray, gray < 128)
    text = sorted((r for r in layout.regions if r.lines), key=lambda r: r.box.y)
    story = text[0]
    assert story.kind is BlockKind.BODY and len(story.lines) == 9
    heads = [r for r in text if r.kind is BlockKind.HEADLINE]
    assert heads and heads[0].box.y > story.box.bottom
    assert text[-1].kind is BlockKind.SUBHEADLINE and len(text[-1].lines) == 3


def test_a_block_layout_could_not_part_over_a_bold_head_is_no_kicker() -> None:
    """A "line" nine body lines tall (a masthead's box of close-set notices, NZZ 1884) just
    over a bold head is no kicker: a kicker is a line of type."""
    notices = Box(2830, 789, 827, 319)
    regions = [
        Region(BlockKind.BODY, notices, (notices,), size=24.0, weight=4.0),
        _text(Box(2700, 1130, 1000, 60), 1, 30.0, 9.0),  # a bold head hardly larger
        *_columns(1230, (2700, 3100)),
    ]
    assert _kind(regions, notices) is BlockKind.BODY


def test_a_deck_in_a_heavier_face_under_a_one_column_head_is_a_deck() -> None:
    """Two lines at the body's size in a semi-bold face (strokes 1.22 the body's) right
    under a one-column CJK headline, a photo under them: the headline's deck."""
    deck = Box(2055, 703, 286, 81)
    regions = [
        _text(Box(2055, 527, 297, 160), 3, 37.0, 11.8),
        _text(deck, 2, 29.0, 4.9),
        Region(BlockKind.ILLUSTRATION, Box(2048, 808, 324, 176)),
        *_columns(1102, (1671, 2056)),
    ]
    assert _kind(regions, deck) is BlockKind.SUBHEADLINE


def test_a_short_last_line_of_a_column_heads_nothing() -> None:
    """A column's last line of four characters measures bold on its few strokes; with
    nothing under it, it is no headline."""
    tail = Box(1671, 1116, 290, 37)
    regions = [
        *_columns(280, (1671, 2056)),
        _text(tail, 1, 29.0, 6.0),
        Region(BlockKind.RULE, Box(100, 1190, 2300, 6)),
    ]
    assert _kind(regions, tail) is BlockKind.BODY


def test_a_block_layout_could_not_part_in_a_heavier_face_is_no_deck() -> None:
    """The same NZZ box of notices, heavier than the body, right under a heading: a
    deck runs to three lines, and its "line" is eight."""
    notices = Box(2830, 789, 827, 319)
    regions = [
        _text(Box(2830, 700, 500, 70), 1, 45.0, 9.0),
        Region(BlockKind.BODY, notices, (notices,), size=29.0, weight=5.0),
        *_columns(1230, (2700, 3100)),
    ]
    assert _kind(regions, notices) is BlockKind.BODY


def test_a_brief_s_one_line_over_the_next_stories_kickers_is_body() -> None:
    """A brief's headline over its one line of text set across the columns, the next two
    stories' kickers side by side under it: the line is the brief's text, not a deck
    over the columns its story runs in (held-out scans: the brief lost its text to the
    story below, and was not found)."""
    line = Box(90, 1760, 1750, 36)
    regions = [
        _text(Box(90, 1620, 860, 110), 1, 62.0, 12.0),  # the brief's headline
        _text(line, 1, 29.0, 4.0),
        _text(Box(90, 1830, 150, 34), 1, 29.0, 5.5),  # two kickers side by side
        _text(Box(980, 1830, 150, 34), 1, 29.0, 5.5),
        _text(Box(90, 1880, 560, 140), 2, 50.0, 9.0),  # their headlines
        _text(Box(980, 1880, 640, 140), 2, 50.0, 9.0),
        *_columns(2060, (90, 530, 980, 1420)),
    ]
    assert _kind(regions, line) is BlockKind.BODY


def test_a_brief_s_semibold_head_hardly_larger_than_the_body_is_a_headline() -> None:
    """Two lines of semi-bold type (strokes 1.4 the body's, 1.08 its size) under a rule,
    over a brief's twelve lines: its head (``Bridge Inspection / Closes Lane`` was body)."""
    head = Box(2047, 1879, 263, 73)
    regions = [
        _text(Box(2047, 1280, 270, 516), 11, 29.0, 4.0),  # the story above ends
        _text(head, 2, 31.3, 5.6),
        _text(Box(2047, 1995, 269, 574), 12, 29.0, 4.1),
        *_columns(1280, (150, 560, 1000, 1500)),
    ]
    assert _kind(regions, head) is BlockKind.HEADLINE


def test_a_semibold_line_right_under_a_headline_is_no_second_head() -> None:
    """The same measures right under a headline: its byline or deck, not a head."""
    line = Box(2047, 1879, 263, 30)
    regions = [
        _text(Box(2047, 1700, 263, 150), 2, 60.0, 9.0),
        _text(line, 1, 31.3, 5.6),
        _text(Box(2047, 1930, 269, 574), 12, 29.0, 4.1),
        *_columns(1280, (150, 560, 1000, 1500)),
    ]
    assert _kind(regions, line) is not BlockKind.HEADLINE


LIBERATION = Path("/usr/share/fonts/truetype/liberation")


def _faces(name: str) -> tuple[Path, Path, Path]:
    return (LIBERATION / f"{name}-Regular.ttf", LIBERATION / f"{name}-Bold.ttf",
            LIBERATION / f"{name}-Italic.ttf")


@pytest.mark.skipif(not LIBERATION.is_dir(), reason="Liberation fonts not installed")
@pytest.mark.parametrize("name", ["LiberationSans", "LiberationSerif"])
def test_an_italic_deck_in_the_body_s_size_and_weight_is_cut_from_its_story(name: str) -> None:
    """A bold head over one column, then two lines of italic in the body's size (its
    strokes as wide as the body's), then the story: the italic lines lean, so they are
    the head's deck, not the story's first lines (``Work on the first phase could / begin
    in April and last two / summers`` was read as body)."""
    regular, _, italic = (ImageFont.truetype(str(f), 36) for f in _faces(name))
    head = ImageFont.truetype(str(_faces(name)[1]), 48)
    img = Image.new("L", (900, 1500), 255)
    draw = ImageDraw.Draw(img)
    y = 60
    for line in ("Council Approves Plan to", "Rebuild Aging Water"):
        draw.text((60, y), line, fill=0, font=head)
        y += 58
    y += 20
    for line in ("Work on the first phase could", "begin in April, last two summers"):
        draw.text((60, y), line, fill=0, font=italic)
        y += 46
    k = 0
    for _ in range(14):
        line = ""
        while draw.textlength(line + WORDS[k % len(WORDS)], font=regular) < 560:
            line += WORDS[k % len(WORDS)] + " "
            k += 1
        draw.text((60, y), line.strip(), fill=0, font=regular)
        y += 46
    gray = np.asarray(img)
    layout = detect_layout(gray, gray < 128)
    text = sorted((r for r in layout.regions if r.lines), key=lambda r: r.box.y)
    assert [r.kind for r in text] == [BlockKind.HEADLINE, BlockKind.SUBHEADLINE, BlockKind.BODY]
    assert len(text[1].lines) == 2 and len(text[2].lines) == 14



def test_a_deck_in_a_semibold_face_of_the_body_s_size_is_not_the_story_s_first_lines() -> None:
    """Two lines in the body's size under a headline, strokes 1.28 the body's (a CJK
    deck, 全长四十二公里，沿 / 途设置十二个驿站), stacked on the story's column with its
    leading: the pieces stay apart (joined, the deck was read as the story's opening)."""
    deck = Box(1963, 2339, 340, 88)
    regions = [
        _text(Box(1963, 2153, 368, 170), 3, 50.0, 13.3),
        Region(BlockKind.BODY, deck, (Box(1963, 2339, 340, 41), Box(1963, 2387, 302, 40)),
               size=38.6, weight=8.45),
        _text(Box(1963, 2435, 393, 900), 17, 38.0, 6.6, pitch=52),
    ]
    assert any(r.box == deck for r in merge_pieces(regions, 38.0))


@pytest.mark.skipif(not LIBERATION.is_dir(), reason="Liberation fonts not installed")
def test_slant_tells_italic_from_upright_and_leaves_a_short_word_unmeasured() -> None:
    """Italic lines measure ITALIC or more, upright ones less; a word too short to tell
    (``route.``, a caption's last line) measures 0 and goes with the lines above it."""
    regular, _, italic = (ImageFont.truetype(str(f), 36) for f in _faces("LiberationSerif"))
    img = Image.new("L", (900, 300), 255)
    draw = ImageDraw.Draw(img)
    draw.text((20, 20), "before the morning delivery", fill=0, font=italic)
    draw.text((20, 80), "route.", fill=0, font=italic)
    draw.text((20, 140), "the fair manager said the idea", fill=0, font=regular)
    ink = np.asarray(img) < 128
    rows = [Box(20, y, 0, 0) for y in (20, 80, 140)]
    boxes = []
    for r in rows:
        ys, xs = np.nonzero(ink[r.y : r.y + 50])
        boxes.append(Box(int(xs.min()), r.y + int(ys.min()), int(xs.max() - xs.min()) + 1,
                         int(ys.max() - ys.min()) + 1))
    assert slant(ink, [boxes[0]]) >= ITALIC_SLANT > slant(ink, [boxes[2]]) > 0
    assert slant(ink, [boxes[1]]) == 0.0
    assert italic_lead(ink, boxes, 3) == 2
