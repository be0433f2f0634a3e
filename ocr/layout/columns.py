"""Gutters, zones and columns of a deskewed page, without any trained model (its printed
rules are found by ``layout.rules``).

A newspaper page is a Manhattan layout: white gutters and printed rules cut it
into rectangles. ``segment`` cuts recursively (XY-cut): first down every gutter
(a vertical white run through the whole region, or a vertical rule), else across
the widest horizontal white band. Trying gutters first means a headline that
spans three columns is cut off above them as its own zone, and each zone finds
its own column structure. ``layout.page_columns.find_columns`` then groups the body
pieces that share a left and right edge into the page's columns.
"""

from __future__ import annotations

import numpy as np

from ..model import Box
from .band_rows import short_last_line
from .foot_line import foot_line
from .gutters import gutters
from .rules import Rules, ink_per, rules_across, zero_runs


def trim(mask: np.ndarray, box: Box) -> Box | None:
    """Shrink ``box`` to the ink it holds; ``None`` when it holds none."""
    sub = mask[box.y : box.bottom, box.x : box.right]
    rows = np.flatnonzero(sub.any(axis=1))
    if rows.size == 0:
        return None
    cols = np.flatnonzero(sub.any(axis=0))
    return Box(
        box.x + int(cols[0]),
        box.y + int(rows[0]),
        int(cols[-1] - cols[0] + 1),
        int(rows[-1] - rows[0] + 1),
    )


def segment(
    mask: np.ndarray,
    rules: Rules,
    char_h: float,
    within: Box | None = None,
    dashes: np.ndarray | None = None,
    gutter_h: float | None = None,
) -> list[Box]:
    """Leaf rectangles of a recursive XY-cut of ``mask`` (True = ink), inside ``within``.

    ``mask`` holds text, horizontal rules and filled illustration boxes; vertical
    rules are passed apart and force a gutter where they run through most of a
    region. ``char_h`` is the body type's height, which sets the gap sizes.
    ``dashes`` (``worn_rules.rule_dashes``: a worn column rule's dashes) are looked
    past where gutters are searched for, and only there. ``gutter_h`` (``char_h`` when not
    given) is the unit a gutter's white is asked in: the glyph held to the body's em
    (``blocks.held_glyph``), which a heavy scan's blur does not grow.
    """
    root = trim(mask, within or Box(0, 0, mask.shape[1], mask.shape[0]))
    if root is None:
        return []
    leaves: list[Box] = []
    stack = [root]
    while stack:
        box = stack.pop()
        parts = _cut(mask, box, rules, char_h, dashes, gutter_h)
        if parts is None:
            leaves.append(box)
        else:
            stack.extend(reversed(parts))
    return leaves


def _cut(
    mask: np.ndarray,
    box: Box,
    rules: Rules,
    char_h: float,
    dashes: np.ndarray | None = None,
    gutter_h: float | None = None,
) -> list[Box] | None:
    gutter_h = gutter_h or char_h  # (``segment``'s unit for a gutter's white)
    sub = mask[box.y : box.bottom, box.x : box.right]
    # The white bands across the region, inside it (a zone boundary, a line gap).
    gaps = [(a, b) for a, b in zero_runs(ink_per(sub, 1)) if a > 0 and b < sub.shape[0]]
    if (split := _rule_end(sub, box, gaps, rules.vertical, char_h)) is not None:
        return _pieces(mask, box, [split], axis=0)
    lone = None if dashes is None else dashes[box.y : box.bottom, box.x : box.right]
    seen = sub & ~lone if lone is not None and lone.any() else None
    cuts = gutters(sub, box, rules, gutter_h, seen)
    if cuts:
        return _pieces(mask, box, cuts, axis=1)
    # A rule across most of the region separates what is above from what is below.
    for inside in rules_across(mask, box, rules, char_h):
        # Clipped to the region: a page-wide rule may reach above or below it.
        parts = [
            Box(box.x, box.y, box.w, inside.y - box.y),
            Box(box.x, inside.y, box.w, inside.h),
            Box(box.x, inside.bottom, box.w, box.bottom - inside.bottom),
        ]
        out = [t for p in parts if p.h > 0 and (t := trim(mask, p)) is not None]
        if len(out) > 1:
            return out
    if (split := _spanning_line(sub, box, gaps, rules, char_h, seen, gutter_h)) is not None:
        return _pieces(mask, box, [split], axis=0)
    # A line at the foot run over the gutter of the columns over it: taken off first.
    if (found := foot_line(sub, box, char_h, lambda s, b: gutters(s, b, rules, gutter_h))):
        (at, crossed), rest = found, sub.copy()
        rest[at.y :, at.x : at.right] = False  # the columns parted without the line's ink
        pieces = [Box(box.x + p.x, box.y + p.y, p.w, p.h)
                  for p in _pieces(rest, Box(0, 0, box.w, box.h), crossed, axis=1)]
        return [*pieces, Box(box.x + at.x, box.y + at.y, at.w, at.h)]
    # Otherwise the widest white band across, if it is wider than line spacing.
    if gaps:
        width, a, b = max((b - a, a, b) for a, b in gaps)
        if width >= 0.9 * char_h:
            return _pieces(mask, box, [(a, b)], axis=0)
    return None


def _rule_end(
    sub: np.ndarray,
    box: Box,
    white: list[tuple[int, int]],
    vrules: tuple[Box, ...],
    char_h: float,
) -> tuple[int, int] | None:
    """The white band where a column rule through most of the region begins or ends.

    A column rule runs as tall as the columns it parts: a caption or a deck set over
    them, beyond the rule's end, belongs to another zone, and is cut off there before
    the rule cuts the columns apart (else its two halves join the columns' text).
    ``white`` is the white bands across ``sub`` inside it, as ``_cut`` found them.
    """
    # Only a few lines beyond the rule: a taller part is columns of its own, and a band
    # across them there is no zone boundary (gutters are cut first).
    thin = max(4 * char_h, 0.2 * box.h)
    white = _over_specks(sub, white, char_h)
    for r in vrules:
        if not box.x < r.x < box.right:
            continue
        top, bottom = r.y - box.y, r.bottom - box.y
        if min(bottom, box.h) - max(top, 0) < 0.6 * box.h:
            continue
        x0, x1 = r.x - box.x, r.right - box.x
        if top >= char_h:
            above = [(a, b) for a, b in white if a <= top + 2 and b >= top - char_h and a <= thin]
            if above and not _gutter_goes_on(sub[: max(above)[0]], x0, x1, char_h):
                return max(above)
        if box.h - bottom >= char_h:
            below = [
                (a, b)
                for a, b in white
                if b >= bottom - 2 and a <= bottom + char_h and box.h - b <= thin
            ]
            if below and not _gutter_goes_on(sub[min(below)[1] :], x0, x1, char_h):
                return min(below)
    return None


def _over_specks(sub: np.ndarray, white: list[tuple[int, int]], char_h: float
                 ) -> list[tuple[int, int]]:
    """The white bands across ``sub``, two of them joined over a speck between them (rows
    under 0.6 of a character high, inked over a character's width at most): grain on a
    heavy scan cuts the white between a deck and its columns in two, and the band right
    over the rule's top then seems to lie below more than a few lines."""
    out: list[tuple[int, int]] = []
    for a, b in white:
        if out and a - out[-1][1] <= 0.6 * char_h and ink_per(
            sub[out[-1][1] : a], 1
        ).max(initial=0) <= char_h:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _gutter_goes_on(part: np.ndarray, x0: int, x1: int, char_h: float) -> bool:
    """The rule goes on, too thin or faint to be found, through ``part`` (the rows beyond
    its end), with white on both sides of it: the columns go on there, and what is
    beyond the rule's end is more of them, not a caption over them.
    """
    if part.size == 0 or part[:, max(0, x0 - 1) : x1 + 1].any(axis=1).mean() < 0.5:
        return False
    near = int(2 * char_h)
    need = max(1, int(0.8 * char_h))
    inked: np.ndarray = np.asarray(part.any(axis=0))
    left = inked[max(0, x0 - near) : max(0, x0)]
    right = inked[x1 : x1 + near]

    def white_run(cols: np.ndarray) -> bool:
        return any(b - a >= need for a, b in zero_runs(cols.astype(np.int8)))

    return white_run(left) and white_run(right)


def _spanning_line(
    sub: np.ndarray,
    box: Box,
    gaps: list[tuple[int, int]],
    rules: Rules,
    char_h: float,
    seen: np.ndarray | None = None,
    gutter_h: float | None = None,
) -> tuple[int, int] | None:
    """The white band under a line set across columns (a caption, a deck) at the top,
    or over one at the foot: the gutters of the columns start at it.

    Set tight over its columns, such a line leaves neither a white band wide enough
    for the cut nor a gutter through the whole region, and the columns would be read
    straight across. Only the first and last few bands are tried, and only a line that
    crosses a gutter of the part beyond it is one. Parts are weighed by
    their rows of type, not their height: under the last line of a region that reaches
    down to an imprint line at the page's foot lies mostly white, no columns.
    """
    typed = np.cumsum(ink_per(sub, 1) > 0)
    total = int(typed[-1]) if typed.size else 0
    # A white row or two inside a line of a heavy scan (grain, a split stroke) is no band
    # between lines: counted, it takes one of the few tries (S8 s896's caption).
    wide = [(a, b) for a, b in gaps if b - a >= SLIVER * char_h]
    tries = [*gaps[:3], *gaps[::-1][:3]]
    for a, b in tries + [g for g in [*wide[:3], *wide[::-1][:3]] if g not in tries]:
        above, below = int(typed[a - 1]), total - int(typed[b - 1])
        top = above >= below  # the larger part is above: a line at the foot
        part = sub[:a] if top else sub[b:]
        inner = Box(box.x, box.y, box.w, a) if top else Box(box.x, box.y + b, box.w, box.h - b)
        ruled = any(
            inner.x < r.x < inner.right
            and min(r.bottom, inner.bottom) - max(r.y, inner.y) >= 0.6 * inner.h
            for r in rules.vertical
        )
        if max(above, below) < 0.6 * total or (not ruled and part.shape[0] < 12 * char_h):
            continue  # a few lines show rivers of white, not gutters (a printed rule is one)
        line = sub[b:] if top else sub[:a]
        past = None if seen is None else seen[:a] if top else seen[b:]
        found = gutters(part, inner, rules, gutter_h or char_h, past)
        crossed = [(x0, x1) for x0, x1 in found if _crosses(line, x0, x1, char_h)]
        if crossed and (a, b) not in tries and short_last_line(line, part, not top, crossed):
            continue  # a band among the wider ones above the line's own short last line
        if crossed:
            return a, b
    return None


#: White bands across a region narrower than this many glyphs are inside a line of
#: type (a heavy scan's grain or split stroke), not between two lines.
SLIVER = 0.25


def _crosses(line: np.ndarray, x0: int, x1: int, char_h: float) -> bool:
    """The line(s) ``line`` run across the gutter ``x0..x1`` of the columns beyond them.

    The columns' own first or last lines stop at it: their white there is as wide as
    a gutter (half of this one's width at least, a paragraph's indent or a short line's
    end added to it); a deck's white between its words or characters is narrower.
    """
    inked = np.asarray(line.any(axis=0))
    if not inked[x0:x1].any():
        return False
    need = max(0.8 * char_h, 0.5 * (x1 - x0))
    return not any(b - a >= need and a < x1 and b > x0 for a, b in zero_runs(inked))


def _pieces(mask: np.ndarray, box: Box, cuts: list[tuple[int, int]], axis: int) -> list[Box]:
    out: list[Box] = []
    start = 0
    size = box.w if axis == 1 else box.h
    for a, b in [*cuts, (size, size)]:
        piece = (
            Box(box.x + start, box.y, a - start, box.h)
            if axis == 1
            else Box(box.x, box.y + start, box.w, a - start)
        )
        trimmed = trim(mask, piece) if piece.w > 0 and piece.h > 0 else None
        if trimmed is not None:
            out.append(trimmed)
        start = b
    return out
