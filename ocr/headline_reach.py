"""A spanning headline's reach: the columns its story starts in, beside the ones it
stands over, for the reading order's cut.

A headline is often centred over only some of its story's columns (over the page, or
over the text beside a photo); cut by its box alone, the story's first column lies
outside it and is read after the others, or before the headline. Which columns a
headline heads is told from the type around it -- the text under it starts on one
level, a column beside that starts there too with nothing between and no column rule
-- a question of its own, asked once before ``ocr.order``'s cut (which only reads the
widened boxes). ``SPANNING`` is the width that makes a headline a spanning one, which
the cut's choice of a lead story reads too.
"""

from __future__ import annotations

import dataclasses

from .column_flow import box_of, column_unit
from .model import HEADING_KINDS, Block, BlockKind, Box

#: A headline wider than this many column units spans columns: its story's (a lead's).
SPANNING = 1.4


def headline_reach(blocks: list[Block], vrules: list[Box]) -> list[Block]:
    """Spanning headlines widened, for the cut, over every column their story starts in.

    A headline is often centred over only some of its story's columns (over the page, or
    over the text beside a photo): the story's first column then lies outside its span,
    and the cut reads that column after the others, or before the headline. The columns
    a headline heads are known from the type: the text under it starts on one level,
    and a column beside that starts on the same level, with nothing between it and the
    headline's top and no column rule between, is the same story's. The headline's box
    is widened over such columns, chained outwards; a block in the way (another story's
    headline or text running down from above) or a rule stops it.
    """
    if len(blocks) < 3:
        return blocks
    unit = column_unit(blocks)
    wide: dict[str, tuple[int, int]] = {}
    for h in blocks:
        hb = box_of(h)
        if h.kind != BlockKind.HEADLINE or hb.w <= SPANNING * unit:
            continue
        x0, x1, top = _reach(h, blocks, vrules)
        if (x0, x1) == (hb.x, hb.right):
            continue
        # Its deck (a subheadline between it and the text) heads the same columns; a
        # heading whose middle stands beyond the headline's own span, in a column the
        # reach took in, heads that column alone (fresh pool C zh s3147: the metro
        # story's last column opening under a line of deck type beside the photo under
        # its headline; widened over the photo, it left the cut no gutter there, and
        # the four columns under the photo were read across their first lines).
        for b in blocks:
            bb = box_of(b)
            if b is h or (b.kind in HEADING_KINDS and hb.bottom <= bb.y and bb.bottom <= top
                          and x0 <= bb.x and bb.right <= x1
                          and hb.x <= bb.x + bb.w // 2 <= hb.right):
                wide[b.id] = (min(x0, bb.x), max(x1, bb.right))
    return [b if b.id not in wide else dataclasses.replace(
        b, box=Box(wide[b.id][0], box_of(b).y, wide[b.id][1] - wide[b.id][0], box_of(b).h))
        for b in blocks]


def _reach(h: Block, blocks: list[Block], vrules: list[Box]) -> tuple[int, int, int]:
    """The horizontal extent of the columns ``h`` heads (see ``headline_reach``) and
    the top of the text under it."""
    hb = box_of(h)

    def over(b: Box, x0: int, x1: int) -> bool:
        return min(b.right, x1) - max(b.x, x0) > 0

    # The text under the headline: body below it, within three headline heights.
    under = [b for b in blocks if b.kind == BlockKind.BODY and over(box_of(b), hb.x, hb.right)
             and hb.bottom <= box_of(b).y <= hb.bottom + 3 * hb.h]
    if not under:
        return hb.x, hb.right, hb.bottom
    first = min(under, key=lambda b: box_of(b).y)
    top = box_of(first).y
    line = first.lines[0].box if first.lines and first.lines[0].box is not None else None
    tol = line.h if line is not None else hb.h // 2
    level = [b for b in blocks if b.kind not in HEADING_KINDS and abs(box_of(b).y - top) <= tol]
    x0 = min([hb.x, *(box_of(b).x for b in level if over(box_of(b), hb.x, hb.right))])
    x1 = max([hb.right, *(box_of(b).right for b in level if over(box_of(b), hb.x, hb.right))])
    # Nothing may stand beside the headline where it would reach (the ears beside a
    # masthead's title, over a line of type as wide as the page).
    if any(o is not h and box_of(o).y < top - tol and box_of(o).bottom > hb.y
           and (over(box_of(o), x0, hb.x) or over(box_of(o), hb.right, x1))
           and not (o.kind in HEADING_KINDS and over(box_of(o), hb.x, hb.right)) for o in blocks):
        return hb.x, hb.right, top

    def clear(c: Box, gap: tuple[int, int]) -> bool:
        """Nothing between the headline's top and ``c`` in its column, no rule in the gap."""
        if any(o is not h and over(box_of(o), c.x, c.right) and box_of(o).bottom > hb.y
               and box_of(o).y < c.y for o in blocks):
            return False
        return not any(gap[0] - 2 <= r.x and r.right <= gap[1] + 2 and r.y < c.bottom
                       and r.bottom > hb.y for r in vrules)

    while True:  # chain leftwards, then rightwards, one column at a time
        left = [c for c in map(box_of, level) if c.right <= x0 and x0 - c.right <= 3 * tol]
        c = max(left, key=lambda c: c.right, default=None)
        if c is None or not clear(c, (c.right, x0)):
            break
        x0 = c.x
    while True:
        right = [c for c in map(box_of, level) if c.x >= x1 and c.x - x1 <= 3 * tol]
        c = min(right, key=lambda c: c.x, default=None)
        if c is None or not clear(c, (x1, c.x)):
            break
        x1 = c.right
    return x0, x1, top


