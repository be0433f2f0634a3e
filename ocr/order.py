"""Reading order: which block a reader takes after which.

Pages without geometry (text input) keep the order the reader gave them: the
text path already lays blocks out as they were read. Pages with geometry are
ordered the way a newspaper is read: horizontal zones top to bottom, within a
zone columns left to right, within a column blocks top to bottom (a recursive
XY-cut). A headline that spans several columns is read before the columns under
it; a kicker sits above its headline and a subheadline below, so geometry alone
puts them in the right place.
"""

from __future__ import annotations

import dataclasses

from .model import Block, Box, Page


def order(page: Page) -> Page:
    """Return ``page`` with ``reading_order`` set (a stage: ``Page -> Page``)."""
    if not page.blocks:
        return dataclasses.replace(page, reading_order=())
    if any(b.box is None for b in page.blocks):
        return dataclasses.replace(page, reading_order=tuple(b.id for b in page.blocks))
    return dataclasses.replace(page, reading_order=tuple(b.id for b in xy_cut(list(page.blocks))))


def xy_cut(blocks: list[Block]) -> list[Block]:
    """Order boxed blocks by recursive cuts: horizontal gaps first, then vertical.

    A horizontal cut (a band of rows no block crosses) separates zones read one
    after the other; inside a zone a vertical cut separates columns read left to
    right. When neither cut exists (overlapping boxes), blocks are read top to
    bottom, then left to right.
    """
    if len(blocks) <= 1:
        return list(blocks)
    for axis in ("y", "x"):
        groups = _split(blocks, axis)
        if len(groups) > 1:
            return [b for g in groups for b in xy_cut(g)]
    return sorted(blocks, key=lambda b: (_box(b).y, _box(b).x))


def _box(b: Block) -> Box:
    assert b.box is not None
    return b.box


def _split(blocks: list[Block], axis: str) -> list[list[Block]]:
    """Group blocks whose extents along ``axis`` overlap; groups sorted along it."""
    if axis == "y":
        spans = [(_box(b).y, _box(b).bottom, b) for b in blocks]
    else:
        spans = [(_box(b).x, _box(b).right, b) for b in blocks]
    spans.sort(key=lambda s: (s[0], s[1]))
    groups: list[list[Block]] = []
    end = None
    for start, stop, b in spans:
        if end is None or start >= end:
            groups.append([b])
            end = stop
        else:
            groups[-1].append(b)
            end = max(end, stop)
    return groups
