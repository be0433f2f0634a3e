"""An italic deck whose last line layout cut off alone (issue 10, forty-fifth session):
``p.m.`` under ``New winter timetable for the / … / the last boat home to 9:40`` is too
short to measure a slant on (``slant.SHORT``: 0), and the join of the two pieces
averaged that 0 in as upright. The deck, each line 1.12-1.24, measured 0.93: upright
type in the body's size under a headline, over the item's photo, typed text, and the
heading-only item's deck became its one paragraph (held-out N3 s1110). A piece that
measured nothing tells nothing of the face; two measured pieces still average."""

from __future__ import annotations

from ocr.layout.blocks import Region
from ocr.layout.kinds import assign_kinds
from ocr.layout.merge import join_regions
from ocr.layout.slant import ITALIC
from ocr.model import BlockKind, Box

TYPE, LINE = 22.0, 29.0
BODY_WEIGHT = 3.4


def _region(x: int, y: int, w: int, lines: int, size: float, weight: float = BODY_WEIGHT,
            slant: float = 0.8, step: int = 43) -> Region:
    rows = tuple(Box(x, y + step * n, w, step - 12) for n in range(lines))
    return Region(BlockKind.BODY, Box(x, y, w, step * lines - 12), rows, size=size,
                  weight=weight, slant=slant)


def _deck() -> Region:
    """N3 s1110's deck as layout joined it: four italic lines and the short ``p.m.``."""
    lines = _region(582, 2723, 400, 4, 23.7, slant=1.17)
    tail = _region(582, 2895, 58, 1, 23.0, slant=0.0)
    return join_regions(lines, tail, BlockKind.BODY)


def test_a_short_tail_measured_nothing_leaves_the_deck_italic() -> None:
    assert _deck().slant >= ITALIC


def test_two_measured_pieces_still_average() -> None:
    italic = _region(582, 2723, 400, 1, 23.7, slant=1.2)
    roman = _region(582, 2766, 400, 1, 23.7, slant=0.8)
    assert abs(join_regions(italic, roman, BlockKind.BODY).slant - 1.0) < 1e-9


def test_the_heading_only_item_s_italic_deck_is_its_deck() -> None:
    """Kicker, headline, the joined deck and the item's photo under it, no text: the
    deck, in the body's size, is told by its face (``heading_kinds.deck_in_face``)."""
    kicker = _region(584, 2480, 220, 1, 20.0, weight=5.5, step=30)
    head = _region(584, 2529, 391, 3, 37.0, weight=8.4, step=59)
    deck = _deck()
    photo = Region(BlockKind.ILLUSTRATION, Box(582, 2950, 420, 220))
    columns = [_region(x, 2000, 420, 30, 21.5) for x in (136, 1030, 1480)]
    kinds = {r.box: r.kind
             for r in assign_kinds([kicker, head, deck, photo, *columns], TYPE, LINE, None)}
    assert kinds[deck.box] is BlockKind.SUBHEADLINE
