"""A headline in bold a little under headline size, set close between its kicker and its
deck: ``layout.set_solid`` took it for a line of the running text (white over it no wider
than the page's leading, no more than under it) and the line read as body, the kicker
heading the deck (held-out S6 s865: ``寒潮来袭！未来三天最低气温将降至零下`` at 1.41 times
the body, strokes 2.5 times the body's, between ``气象预警`` and its deck). Bold type is
no line of the running text; a line in the body's face so set (an italic writer's post
measured large by its ``f``) still is."""

from __future__ import annotations

from ocr.layout.blocks import Region
from ocr.layout.kinds import assign_kinds
from ocr.model import BlockKind, Box

CHAR_H, BODY = 37.0, 38.0


def _region(box: Box, lines: int, size: float, step: int, weight: float) -> Region:
    rows = tuple(Box(box.x, box.y + step * n, box.w, int(size)) for n in range(lines))
    return Region(BlockKind.BODY, Box(box.x, box.y, box.w, step * lines - (step - int(size))),
                  rows, size=size, weight=weight)


def _head_kind(weight: float) -> BlockKind:
    """The kind of the line between a kicker and a deck, as measured on s865's page."""
    kicker = _region(Box(148, 1958, 135, 0), 1, 33.0, 50, 7.2)
    head = _region(Box(148, 2009, 1019, 0), 1, 52.0, 50, weight)
    deck = _region(Box(147, 2081, 716, 0), 1, 40.0, 50, 6.6)
    columns = [_region(Box(x, 2148, 505, 0), 9, CHAR_H, 50, 4.0) for x in (148, 705)]
    beside = _region(Box(1287, 1956, 502, 0), 9, CHAR_H, 50, 4.0)  # the next story's text
    regions = assign_kinds([kicker, head, deck, *columns, beside], CHAR_H, BODY, None)
    return {r.box: r.kind for r in regions}[head.box]


def test_a_bold_head_set_close_under_its_kicker_is_a_headline() -> None:
    assert _head_kind(9.9) is BlockKind.HEADLINE


def test_a_large_line_in_the_body_face_so_set_is_text() -> None:
    assert _head_kind(4.0) is BlockKind.BODY
