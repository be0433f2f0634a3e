"""Grain told from type among a block's "lines": a heavy scan's binarizing leaves specks
and grain where layout looks for lines of type, and they must not measure the body's
line height nor stretch a block's box (a kicker's, over its headline)."""

from __future__ import annotations

from ..model import Box
from .blocks import Region, dust, median, x_overlap


def body_size(regions: list[Region], char_h: float = 0.0) -> float:
    """The body's line height: the median line height over the page's lines of type.

    A "line" under half the body's character height, or smaller than a character both
    ways, is no line of type: grain and specks a heavy scan's binarizing left in blocks
    of their own (a dark scan edge grained into thirty marks 10 px tall made the body's
    lines measure 10 px against 27 px type, and every size test, asked in body lines,
    looked a third as far)."""
    return median([ln.h for r in regions for ln in r.lines if not grain_line(ln, char_h)])


def grain_line(line: Box, char_h: float) -> bool:
    """A "line" that is a speck or grain beside ``char_h`` type (``body_size``)."""
    return line.h < 0.5 * char_h or (line.w < char_h and line.h < char_h)


def without_speck_lines(lines: list[Box]) -> list[Box]:
    """A block's lines less any "line" that is one speck (both sides under
    ``SPECK_LINE`` of the block's typical line height) beside the others' span, three of
    their heights off: grain on a heavy scan, cut with a kicker into one block, stretched
    the kicker's box 800 px across the page over its headline (``生态环境``), and a kicker
    is narrower than its headline. A mark within the span (a CJK line's wrapped ``。``)
    stays."""
    if len(lines) < 2:
        return lines
    heights = sorted(b.h for b in lines)
    typical = heights[len(heights) // 2]

    def speck(b: Box) -> bool:
        return max(b.w, b.h) < SPECK_LINE * typical

    rest = [b for b in lines if not speck(b)]
    if not rest:
        return lines
    left, right = min(b.x for b in rest), max(b.right for b in rest)
    return [b for b in lines if not speck(b) or (
        left - 3 * typical <= b.right and b.x <= right + 3 * typical)]


#: Largest side of a speck standing as a line of its own, as a share of the block's
#: typical line height.
SPECK_LINE = 0.3
#: Largest side of a speck boxed with a line of type, as a share of the body's type size:
#: a heading's character a heavy scan broke into pieces leaves pieces as tall as half
#: a character or taller (``骗`` in 36 px type: pieces 17 x 23 and 16 x 16 px), a speck
#: of grain far less.
SPECK_TYPE = 0.5


def type_lines(r: Region, char_h: float) -> int:
    """``r``'s lines of type: a speck's "line" is none (``dust``), nor, in a block of
    several, a "line" narrower than two characters set clear of the block's widest
    line (a heavy scan's grain, two square specks 63 px wide over the kicker
    ``蹲点调研·乡村振兴一线``, held-out S7 s878, boxed with it; a stroke 2 px wide
    beside ``千帆竞发 渔港沸腾``, S6 s862), nor a speck (``SPECK_TYPE``) wherever it
    stands: a heavy scan's speck in the white between a rule and the kicker under it,
    right over the kicker's words (``PORT NEWS``, ``TRAVEL MISERY``, each with a speck
    10 px square over it, in type 27 px and 24 px tall). ``heading_kinds.kicker_line``
    counts a kicker's lines so; one under a caption (``caption_kinds.kicker_under``) is
    counted by ``grain_line``."""
    lines = [ln for ln in r.lines if not dust(ln, char_h)]
    if len(lines) < 2:
        return len(lines)
    widest = max(lines, key=lambda ln: ln.w)
    return sum(1 for ln in lines if ln is widest or (
        max(ln.w, ln.h) >= SPECK_TYPE * char_h
        and (ln.w >= 2 * char_h or x_overlap(ln, widest) > 0)))
