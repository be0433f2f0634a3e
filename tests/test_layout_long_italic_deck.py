"""A deck in one column's measure, six lines of italic under a five-line headline
(issue 10, twenty-ninth session): past the five lines and 60 type sizes a deck was held
to (``deck_run.deck_held``), it was classed as the story's text, its heading then headed
text that was no story's. Where the italic stops right over the story's photo or its
byline set bold, it is the deck (``deck_run.deck_ends_over``); italic that runs on into
more italic, or into the text's roman, stays text."""

from __future__ import annotations

from ocr.layout.arrange import arrange
from ocr.layout.blocks import Region
from ocr.layout.kinds import assign_kinds
from ocr.model import BlockKind, Box

TYPE, LINE = 28.0, 35.0
BODY_WEIGHT = 4.6


def _region(x: int, y: int, w: int, lines: int, size: float, weight: float = BODY_WEIGHT,
            slant: float = 0.8, step: int = 37) -> Region:
    rows = tuple(Box(x, y + step * n, w, step - 8) for n in range(lines))
    return Region(BlockKind.BODY, Box(x, y, w, step * lines - 8), rows, size=size,
                  weight=weight, slant=slant)


def _deck_kind(under: str, deck_lines: int = 6) -> BlockKind:
    """Kind of the italic block under a headline in a column 352 px wide, with ``under``
    set right under it: ``photo``, ``byline`` (bold), ``italic`` or ``roman`` text."""
    head = _region(871, 1642, 352, 5, 2.0 * TYPE, weight=2.2 * BODY_WEIGHT, step=55)
    deck = _region(883, 1940, 335, deck_lines, 1.1 * TYPE, slant=1.09, step=45)
    top = deck.box.bottom + 20
    below = {
        "photo": Region(BlockKind.ILLUSTRATION, Box(866, top, 352, 181)),
        "byline": _region(880, top, 300, 2, TYPE, weight=1.6 * BODY_WEIGHT),
        "italic": _region(883, top, 335, 8, TYPE, slant=1.1),
        "roman": _region(883, top, 335, 8, TYPE),
    }[under]
    # the page's running text beside it, so the body's stroke width is measured on it
    columns = [_region(x, 1642, 352, 30, TYPE) for x in (88, 480, 1258, 1650)]
    regions = [head, deck, below, *columns]
    kinds = {r.box: r.kind for r in assign_kinds(regions, TYPE, LINE, None)}
    return kinds[deck.box]


def test_a_long_italic_deck_over_the_story_s_photo_is_a_deck() -> None:
    assert _deck_kind("photo") is BlockKind.SUBHEADLINE


def test_a_long_italic_deck_over_a_bold_byline_is_a_deck() -> None:
    assert _deck_kind("byline") is BlockKind.SUBHEADLINE


def test_italic_that_runs_on_in_its_face_stays_text() -> None:
    assert _deck_kind("italic") is BlockKind.BODY


def test_italic_over_the_text_s_roman_stays_text() -> None:
    """No photo or byline says where a deck ended: six lines of italic over roman text
    may be a story's opening paragraph set apart."""
    assert _deck_kind("roman") is BlockKind.BODY


def test_more_lines_than_two_decks_over_the_columns_stay_text() -> None:
    assert _deck_kind("photo", deck_lines=8) is BlockKind.BODY


def _tail_kind(under_photo: bool) -> tuple[int, BlockKind]:
    """A four-line italic deck in a narrow column and two more lines parted from it by
    white, their few letters measured hardly slanted and a size under the deck
    (``planned,`` / ``executives say``), then the story's photo right under them (or,
    ``under_photo`` false, the story's text after a white). Returns the lines of the
    deck found under the headline and the kind of the block that holds the tail."""
    head = _region(889, 2488, 253, 6, 1.8 * TYPE, weight=2.0 * BODY_WEIGHT, step=47)
    deck = _region(889, 2800, 280, 4, 1.15 * TYPE, slant=1.17, step=43)
    tail = _region(890, deck.box.bottom + 18, 237, 2, 1.08 * TYPE, slant=1.04, step=40)
    below = (Region(BlockKind.ILLUSTRATION, Box(889, tail.box.bottom + 23, 319, 220))
             if under_photo else _region(889, tail.box.bottom + 23, 330, 12, TYPE))
    columns = [_region(x, 2488, 330, 30, TYPE) for x in (120, 1270, 1660)]
    out = arrange([head, deck, tail, below, *columns], TYPE, LINE, [], 3508)[0]
    found = next(r for r in out if r.kind == BlockKind.SUBHEADLINE)
    holds = next(r for r in out if r.box.y <= tail.box.y < r.box.bottom
                 and r.box.x <= tail.box.x < r.box.right)
    return len(found.lines), holds.kind


def test_a_deck_s_tail_right_over_the_story_s_photo_goes_on_with_the_deck() -> None:
    assert _tail_kind(under_photo=True)[0] == 6


def test_the_story_s_first_lines_under_its_deck_stay_text() -> None:
    assert _tail_kind(under_photo=False) == (4, BlockKind.BODY)


def test_unmeasured_strokes_make_no_line_under_the_italic_a_bold_byline() -> None:
    """Regions handed in without stroke widths (``weight`` 0 on every one: no body
    face measured, ``bold_ref`` 0): two lines of roman under the italic are no bold
    byline, so six lines of italic over them stay text, as with strokes measured."""
    head = _region(871, 1642, 352, 5, 2.0 * TYPE, weight=0.0, step=55)
    deck = _region(883, 1940, 335, 6, 1.1 * TYPE, weight=0.0, slant=1.09, step=45)
    below = _region(880, deck.box.bottom + 20, 300, 2, TYPE, weight=0.0)
    columns = [_region(x, 1642, 352, 30, TYPE, weight=0.0) for x in (88, 480, 1258, 1650)]
    kinds = {r.box: r.kind for r in assign_kinds([head, deck, below, *columns], TYPE, LINE,
                                                 None)}
    assert kinds[deck.box] is BlockKind.BODY
