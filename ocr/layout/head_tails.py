"""A heading's short last line, measured with the text under it, given back to the heading.

A headline or deck that wraps a word or a few characters onto a line of its own (`了`,
`3.9%`, `Maru`) leaves a line too short to measure as heading type: one Han character, or
digits without the Han letters' height, or a word without descenders, sizes as the body
and weighs as the body, so the cut puts it with the text under it (the first line of the
story's block) or as a block of its own. Its place tells it: it stands under the
heading's last line, as near it as the heading's lines stand to each other, flush with
the heading's left edge or centred under it, a few of the heading's ems wide while the
line over it is full, and as tall as the heading's type. A story's text never opens with
so short a line flush under its heading (a paragraph opens indented or runs on; a byline
is a name and more).
"""

from __future__ import annotations

from ..model import BlockKind, Box
from .blocks import Region

#: A heading's tail is at most this many of the heading's line heights wide (three Han
#: letters, a short word); a byline at body size runs to four or more.
TAIL_EMS = 3.0
#: ... at most this share of the heading's line over it,
TAIL_SHARE = 0.5
#: ... at least this share of that line's height (a word of x-height letters is less),
TAIL_HEIGHT = 0.6
#: ... under it by at most this share of that line's height (the heading's own leading),
TAIL_GAP = 0.6
#: ... and its left edge, or its centre, within this share of it of the heading's.
TAIL_ALIGN = 0.5

HEADS = (BlockKind.HEADLINE, BlockKind.SUBHEADLINE)


def heading_tail(line: Box, head: Region) -> bool:
    """``line`` (the first line of a block of text) is ``head``'s short last line."""
    if not head.lines:
        return False
    last = head.lines[-1]
    em = last.h
    gap = line.y - last.bottom
    head_mid, line_mid = head.box.x + head.box.w / 2, line.x + line.w / 2
    return (
        -0.2 * em <= gap <= TAIL_GAP * em
        and line.w <= min(TAIL_EMS * em, TAIL_SHARE * last.w)
        and line.h >= TAIL_HEIGHT * em
        and line.x >= head.box.x - TAIL_ALIGN * em
        and line.right <= head.box.right + TAIL_ALIGN * em
        and (abs(line.x - head.box.x) <= TAIL_ALIGN * em
             or abs(line_mid - head_mid) <= TAIL_ALIGN * em)
    )


def heading_tails(regions: list[Region]) -> list[Region]:
    """Each heading's short last line taken from the text block under it (the block's
    first line, or the whole block when it is that line alone) into the heading."""
    out = list(regions)
    gone: set[int] = set()
    for i, head in enumerate(out):
        if head.kind not in HEADS:
            continue
        for j, r in enumerate(out):
            if (j in gone or r.kind != BlockKind.BODY or not r.lines
                    or not heading_tail(r.lines[0], head)):
                continue
            tail, rest = r.lines[0], r.lines[1:]
            if rest and rest[0].w < 2 * tail.w:  # (short lines under short lines: a list)
                continue
            out[i] = Region(head.kind, head.box.union(tail), (*head.lines, tail), head.size,
                            head.column, head.weight, head.slant)
            if rest:
                top = rest[0].y
                out[j] = Region(r.kind, Box(r.box.x, top, r.box.w, r.box.bottom - top), rest,
                                r.size, r.column, r.weight, r.slant)
            else:
                gone.add(j)
            break
    return [r for k, r in enumerate(out) if k not in gone]
