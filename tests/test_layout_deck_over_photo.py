"""A deck over its story's photo (``layout.kinds``): one line under the headline, set a
size up from the body (1.10 of it), and under it no text but the photo, whose pale top
(a sky) was not found, so the photo's found top lies two lines lower. The deck was
asked for text under it to be larger than, found none, and was the story's first
paragraph; the byline under the photo then opened an article of its own (held-out S2:
the story's heading and its text read as two articles)."""

from __future__ import annotations

from ocr.layout.blocks import Region
from ocr.layout.kinds import assign_kinds
from ocr.model import BlockKind, Box

TYPE, LINE = 37.0, 48.0


def _region(box: Box, lines: int, size: float, weight: float = 3.0) -> Region:
    rows = tuple(Box(box.x, box.y + 48 * n, box.w, 40) for n in range(lines))
    return Region(BlockKind.BODY, Box(box.x, box.y, box.w, 48 * lines - 8), rows, size=size,
                  weight=weight)


def _kinds(photo_top: int, deck_size: float) -> BlockKind:
    head = _region(Box(134, 1443, 1151, 0), 1, 64.0, weight=15.7)
    deck = _region(Box(136, 1511, 1007, 0), 1, deck_size)
    photo = Region(BlockKind.ILLUSTRATION, Box(133, photo_top, 710, 220))
    column = _region(Box(887, 1590, 707, 0), 9, TYPE)  # the story's column beside the photo
    kinds = {r.box: r.kind for r in assign_kinds([head, deck, photo, column], TYPE, LINE, None)}
    return kinds[deck.box]


def test_a_deck_over_its_photo_is_a_deck() -> None:
    assert _kinds(1662, 40.7) is BlockKind.SUBHEADLINE


def test_a_line_in_the_body_s_size_over_a_photo_is_no_deck() -> None:
    assert _kinds(1662, 37.5) is not BlockKind.SUBHEADLINE
