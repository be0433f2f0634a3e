"""Stacked stories and the reading order: a rail down the page's side, read where it stands.

A page's lead is read before a rail of briefs beside it (``ocr.order._lead_first``): the
rail is the lead's sidebar. A rail that runs on down beside the stories stacked under the
lead's columns is no sidebar but a section of the page of its own (a column of briefs and
short stories down its side), read where it stands, left to right (held-out S s809: its
rail read after every story right of it, 0.64 order-aware CER against 0.012 order-free).
"""

from __future__ import annotations

from .model import Block, BlockKind, Box


def full_height_rail(rail: list[Block], main: list[Block]) -> bool:
    """``rail`` reaches down beside a story stacked in ``main`` under the lead's text (a
    headline with running text above it): the rail is a section of its own. A rail
    beside the lead's story alone (the zone under it cut at a page-wide rule) is not."""
    text = [_box(b) for b in main if b.kind == BlockKind.BODY]
    stacked = [_box(h).y for h in main if h.kind == BlockKind.HEADLINE and any(
        t.bottom <= _box(h).y and min(t.right, _box(h).right) > max(t.x, _box(h).x)
        for t in text)]
    return bool(stacked) and max(_box(b).bottom for b in rail) > min(stacked)


def _box(b: Block) -> Box:
    assert b.box is not None
    return b.box
