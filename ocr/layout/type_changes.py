"""Type changes within a region: where headline-sized lines meet smaller ones, or bold
type regular, a region is cut in blocks, each with its type measured.

Split from ``ocr.layout`` (the page's layout analysis, which calls these on each piece
of the cut); the size and weight ratios are ``ocr.typography``'s.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..model import BlockKind, Box
from ..typography import BOLD_RATIO, DECK_RATIO, HEADLINE_RATIO, SEMIBOLD_RATIO
from .blocks import Glyphs, Region, stroke_width, type_size
from .grain import without_speck_lines
from .heading_kinds import DECK_LINES
from .slant import italic_lead, slant


def body_region(text: np.ndarray, glyphs: Glyphs, box: Box, lines: Sequence[Box]) -> Region:
    """A block of text lines, its type measured; a lone speck beside its lines left out
    (``without_speck_lines``), its box then theirs."""
    if len(kept := without_speck_lines(list(lines))) < len(lines):
        lines, box = kept, Box.enclosing(kept) or box
    return Region(BlockKind.BODY, box, tuple(lines), type_size(text, box, glyphs),
                  weight=stroke_width(text, box), slant=slant(text, lines))


def split_sizes(
    text: np.ndarray, glyphs: Glyphs, region: Region, type_ref: float
) -> list[Region]:
    """Cut a piece where headline-sized lines meet smaller ones, or bold type regular.

    CJK pages set a headline, its kicker and the body with line gaps the XY-cut
    cannot tell apart; the type size can: a line of headline type next to a line
    of body or kicker type starts a new block. A small bold head stacked in a column
    under another story's end (a kicker, a headline hardly larger than the body, an
    italic deck) is told by its stroke, against the lines of the block it would join
    (their median, so a kicker half-bold between body and headline does not blur the
    step), and a semi-bold line set off by more white than that block's leading starts
    one too (the kicker over such a head).
    """
    if len(region.lines) < 2 or type_ref <= 0:
        return [region]
    lines = region.lines
    sizes = [type_size(text, ln, glyphs) for ln in lines]
    weights = [stroke_width(text, ln) for ln in lines]
    lead = italic_lead(text, lines, DECK_LINES)
    groups: list[list[int]] = [[0]]
    for i in range(1, len(lines)):
        prev, cur = sizes[i - 1], sizes[i]
        lo, hi = sorted((prev, cur))
        change = _size_class(prev / type_ref) != _size_class(cur / type_ref) or (
            hi >= 1.2 * lo and hi >= 1.1 * type_ref
        )
        group = groups[-1]
        w0, w1 = sorted((float(np.median([weights[j] for j in group])), weights[i]))
        if w0 > 0 and w1 >= BOLD_RATIO * w0 and min(prev, cur) >= SMALL_BOLD * type_ref:
            change = True  # bold headline type over regular body type, or the other way
        elif w0 > 0 and w1 >= SEMIBOLD_RATIO * w0 and _set_off(lines, group, i):
            change = True
        elif i == 1 and _head_line(lines, weights, sizes, type_ref):
            change = True  # a brief's head in the body's size, its first line under it
        elif i == lead:
            change = True  # an italic deck over the upright text of its story
        if change:
            groups.append([i])
        else:
            group.append(i)
    if len(groups) == 1:
        return [region]
    out = []
    for g in groups:
        box = Box.enclosing([lines[j] for j in g])
        assert box is not None
        out.append(body_region(text, glyphs, box, [lines[j] for j in g]))
    return out


#: Smallest type, as a share of the body's, whose stroke tells bold from regular (an
#: italic deck in 0.8 of the body's size under a bold head; dust lines measure less).
SMALL_BOLD = 0.75


def _head_line(lines: Sequence[Box], weights: Sequence[float], sizes: Sequence[float],
               type_ref: float) -> bool:
    """The first line is set semi-bold over regular lines: heavier by ``SEMIBOLD_RATIO``
    than the line under it and than their median (a brief's head, ``Bridge inspection``,
    ``无偿献血屋迁址``, with no white between it and its text), in type of the body's
    size at least (dust measures no stroke), flush with the line under it: a
    paragraph's indented first line in capitals (``ASHBY FALLS —``) measures as heavy."""
    rest = float(np.median(weights[1:]))
    return (rest > 0 and weights[1] > 0 and weights[0] >= SEMIBOLD_RATIO * max(rest, weights[1])
            and min(sizes[0], sizes[1]) >= SMALL_BOLD * type_ref
            and abs(lines[0].x - lines[1].x) <= 0.5 * sizes[1])


def _set_off(lines: Sequence[Box], group: list[int], i: int) -> bool:
    """Line ``i`` stands below the ``group`` it follows (three lines or more) by more white
    than any of the group's gaps, and by 0.4 of a line more."""
    if len(group) < 3 or group[-1] != i - 1:
        return False
    gaps = [lines[j + 1].y - lines[j].bottom for j in group[:-1]]
    tall = float(np.median([lines[j].h for j in group]))
    return lines[i].y - lines[i - 1].bottom >= max(gaps) + 0.4 * tall


def _size_class(ratio: float) -> int:
    """0 body, 1 deck (kicker, subheadline, small headline), 2 headline."""
    return 2 if ratio >= HEADLINE_RATIO else 1 if ratio >= DECK_RATIO else 0
