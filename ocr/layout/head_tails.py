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

A deck's last line may run to a few words (`are up more.`): wider than three of its ems,
and of x-height letters it measures smaller, so the cut leaves it a block of its own
(body, or a kicker over the next story's headline). Alone in its block it is weighed:
set in the deck's face its strokes are the deck's, not the text's, and it still stands
at the deck's leading under it, aligned with it. A headline's last words of x-height
letters (`crane arrives`) measure as a one-line deck: in the headline's strokes (a deck
is lighter) they are the headline's; a deck's last words with ascenders and descenders
(`return of spawning fish`) measure as a headline, in the deck's strokes.
"""

from __future__ import annotations

from ..model import BlockKind, Box
from .blocks import Region
from .kinds import weighted_median

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

#: A line in the heading's strokes may be this share of its last line wide, and this share
#: of its height tall (words of x-height letters: `crane arrives` under `second`).
WIDE_SHARE = 0.6
WIDE_HEIGHT = 0.5

HEADS = (BlockKind.HEADLINE, BlockKind.SUBHEADLINE)


def heading_tail(line: Box, head: Region, wide: bool = False) -> bool:
    """``line`` (the first line of a block of text) is ``head``'s short last line;
    ``wide``: its strokes are the heading's, so it may run past ``TAIL_EMS``."""
    if not head.lines:
        return False
    last = head.lines[-1]
    em = last.h
    gap = line.y - last.bottom
    head_mid, line_mid = head.box.x + head.box.w / 2, line.x + line.w / 2
    return (
        -0.2 * em <= gap <= TAIL_GAP * em
        and line.w <= (WIDE_SHARE * last.w if wide else min(TAIL_EMS * em, TAIL_SHARE * last.w))
        and line.h >= (WIDE_HEIGHT if wide else TAIL_HEIGHT) * em
        and line.x >= head.box.x - TAIL_ALIGN * em
        and line.right <= head.box.right + TAIL_ALIGN * em
        and (abs(line.x - head.box.x) <= TAIL_ALIGN * em
             or abs(line_mid - head_mid) <= TAIL_ALIGN * em)
    )


def in_heading_face(r: Region, head: Region, body_weight: float) -> bool:
    """``r``, one line alone, is set in ``head``'s face: its stroke width nearer the
    heading's than the text's (a byline or a kicker is set in the text's weight or bold)."""
    return (len(r.lines) == 1 and r.weight > 0 and head.weight > 0 and body_weight > 0
            and abs(r.weight - head.weight) < abs(r.weight - body_weight))


def alone_on_its_row(line: Box, head: Region, others: list[Region]) -> bool:
    """Nothing else is set level with ``line`` under ``head``: a short last line leaves
    white to its right. A heavy headline's line broken into pieces (its rest another
    block beside it) is no tail."""
    for r in others:
        if r.kind == BlockKind.RULE or r.box.x < line.right or r.box.x >= head.box.right:
            continue
        if min(r.box.bottom, line.bottom) - max(r.box.y, line.y) > 0.5 * line.h:
            return False
    return True


def heading_tails(regions: list[Region]) -> list[Region]:
    """Each heading's short last line taken from the text block under it (the block's
    first line, or the whole block when it is that line alone) into the heading."""
    out = list(regions)
    gone: set[int] = set()
    body_weight = weighted_median([(r.weight, sum(ln.w for ln in r.lines))
                                   for r in out if r.kind == BlockKind.BODY and r.lines])
    for i, head in enumerate(out):
        if head.kind not in HEADS:
            continue
        for j, r in enumerate(out):
            if j in gone or j == i or not r.lines or r.kind not in (BlockKind.BODY,
                                                                      BlockKind.KICKER, *HEADS):
                continue
            wide = in_heading_face(r, head, body_weight)
            if r.kind in HEADS and (r.kind == head.kind or not wide):
                continue  # (a heading of the other rank, in this one's strokes)
            if r.kind == BlockKind.KICKER and not wide:
                continue
            if not heading_tail(r.lines[0], head, wide) or not alone_on_its_row(
                    r.lines[0], head, [o for k, o in enumerate(out) if k not in (i, j, *gone)]):
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
