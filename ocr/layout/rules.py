"""Printed rules of a deskewed page, and the ink profiles the XY-cut measures by.

A rule is a long, thin run of ink that no letter makes: found by opening the ink with
a long one-pixel kernel, and pieced together where wear or a bent page broke it.
``ocr.layout.columns`` cuts along the rules found here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

import cv2
import numpy as np

from ..model import Box
from .blocks import mark_boxes

#: A rule across most of a region (a column, a page's text) covers this share of its
#: width: what it parts, above from below, the XY-cut and the top rule both ask.
ACROSS = 0.6

#: A crack down a hairline rule as long as this share of the shortest rule is bridged
#: before the rule is measured (under the white between two lines of type at any
#: resolution); a hairline is ink in runs across narrower than ``HAIR`` pixels.
CRACK = 1 / 16
HAIR = 5  # (odd: an even kernel's opening shifts an edge by a pixel)
#: A hairline rule found by closing its cracks is straight: its box no wider than this
#: many pixels (its drift by a residual skew counted in).
HAIR_RULE = 12


@dataclass(frozen=True, slots=True)
class Rules:
    """Printed rules found by morphology: long thin runs of ink."""

    horizontal: tuple[Box, ...]
    vertical: tuple[Box, ...]


def rule_thickness(length: int) -> int:
    """The thickest a rule of ``length`` pixels may be (its drift along a bent or skewed
    page counted in): a twelfth of its length, eight pixels at least."""
    return max(8, length // 12)


def find_rules(ink: np.ndarray, min_len: int, min_vertical: int | None = None) -> Rules:
    """Horizontal and vertical rules at least ``min_len`` long and thin.

    Opening with a long one-pixel kernel keeps only runs longer than the kernel,
    which letters never make; a slightly taller kernel bridges rules broken by a
    residual skew of a pixel.
    """
    img = np.ascontiguousarray(ink, dtype=bool).view(np.uint8)  # 0/1: morphology takes max/min
    found: list[tuple[Box, ...]] = []
    for kernel, thin in (((min_len, 1), "h"), ((1, min_len), "v")):
        # Thickened across first: on a noisy scan no single pixel row of a rule runs
        # unbroken for long, but a hole in one row is rarely a hole in its neighbours.
        bridge = cv2.getStructuringElement(cv2.MORPH_RECT, (1, 3) if thin == "h" else (3, 1))
        line = cv2.getStructuringElement(cv2.MORPH_RECT, kernel)
        boxes = _pieces(_open_along(cv2.dilate(img, bridge), line, thin == "h"), bridge,
                        min_len, thin == "v", rule_thickness)
        # Across, only cracks are bridged: rules of neighbouring columns end a gutter apart.
        boxes = _join_broken(boxes, gap=min_len if thin == "v" else 10, vertical=thin == "v")
        if thin == "v":
            boxes = _longest(boxes, _straight_hairlines(img, min_len))
        if thin == "v" and min_vertical is not None:
            long = [b for b in boxes if b.h >= min_vertical]
            boxes = [*long, *(b for b in boxes if b.h < min_vertical and _in_line(b, long))]
        found.append(tuple(boxes))
    return Rules(horizontal=found[0], vertical=found[1])


def _in_line(short: Box, long: list[Box]) -> bool:
    """``short``, a vertical rule shorter than a column rule is asked to be, stands in line
    with one of ``long`` (its middle within ``HAIR`` pixels of theirs), above or below it:
    the same gutter's rule where a short story's foot, two or three lines tall, is ruled
    off from its neighbour (S5 s850, S6 s865). A glyph's stem of a masthead, which the
    length asked of a column rule keeps out, stands in no column rule's line."""
    mid = short.x + short.w / 2
    return any(abs(mid - (r.x + r.w / 2)) <= HAIR and (short.bottom <= r.y or short.y >= r.bottom)
               for r in long)


def _pieces(
    opened: np.ndarray, bridge: np.ndarray, min_len: int, vertical: bool,
    thickest: Callable[[int], int],
) -> list[Box]:
    """The runs left in ``opened`` at least ``min_len`` long and no thicker than
    ``thickest`` of their length, one-pixel steps left by a residual skew bridged."""
    out = []
    for x, y, w, h, _area in mark_boxes(cv2.dilate(opened, bridge))[1:]:
        length, width = (h, w) if vertical else (w, h)
        if length >= min_len and width <= thickest(int(length)):
            out.append(Box(int(x), int(y), int(w), int(h)))
    return out


def _longest(rules: list[Box], hairlines: list[Box]) -> list[Box]:
    """Column rules, each where a straight hairline found whole runs longer than the
    pieces of it found grained: the hairline in their place. A hairline shorter than a
    rule it crosses is a stretch of that rule (a bent rule of an old page holds straight
    stretches); the rule, pieced together as it bends, stays."""
    def crosses(a: Box, b: Box) -> bool:
        return a.intersection(Box(b.x - 2, b.y, b.w + 4, b.h)) is not None

    kept = [h for h in hairlines if all(h.h > r.h for r in rules if crosses(r, h))]
    return [*(r for r in rules if not any(crosses(r, h) for h in kept)), *kept]


def _straight_hairlines(img: np.ndarray, min_len: int) -> list[Box]:
    """Straight vertical hairline rules of ``img`` (0/1), found with their cracks closed.

    A hairline rule blurred to mid-grey and then grained by noise binarizes dotted, its
    darkest pixel in a row now and then over the threshold: no run of it is as long as a
    rule. Only ink in runs across narrower than ``HAIR`` is closed (down cracks shorter
    than ``CRACK`` of ``min_len``), and only straight runs are taken (``HAIR_RULE``): a
    worn rule of an old page bends, and its pieces joined through the closed cracks make
    a box that takes in the first letters of the lines beside it. (Nor is anything closed
    along rows: a line of CJK type, its glyphs' strokes a few pixels apart, would close
    into a rule.) Worked on the page transposed, where the long opening is done on the
    few rows a hairline leaves (``_open_along``)."""
    flat = cv2.transpose(img)
    across = cv2.getStructuringElement(cv2.MORPH_RECT, (1, HAIR))
    hair = cv2.subtract(flat, cv2.morphologyEx(flat, cv2.MORPH_OPEN, across))
    bridge = cv2.getStructuringElement(cv2.MORPH_RECT, (1, 3))
    gap = max(2, int(CRACK * min_len))
    closed = cv2.morphologyEx(cv2.dilate(hair, bridge), cv2.MORPH_CLOSE,
                              cv2.getStructuringElement(cv2.MORPH_RECT, (gap, 1)))
    line = cv2.getStructuringElement(cv2.MORPH_RECT, (min_len, 1))
    opened = cv2.transpose(cv2.dilate(_open_along(closed, line, True), bridge))
    found = []
    for a, b in ink_runs(ink_per(opened.view(np.bool_), 0)):  # labelled strip by strip:
        for x, y, w, h, _area in mark_boxes(opened[:, a:b])[1:]:  # the page is all white
            if h >= min_len and w <= HAIR_RULE:
                found.append(Box(int(x) + a, int(y), int(w), int(h)))
    # Joined only while they stay straight: a hairline column rule a few pixels beside a
    # box's side rule (S7 s878: 12 px apart) would join it into one box too wide for a
    # hairline, and both be lost.
    return _join_broken(found, gap=min_len, thickest=lambda _length: HAIR_RULE)


def _open_along(mask: np.ndarray, line: np.ndarray, rows: bool) -> np.ndarray:
    """``cv2.morphologyEx(mask, MORPH_OPEN, line)`` for a one-pixel-thin ``line``. Along
    the ``rows``, the erosion leaves only rules' runs, and the dilation that follows,
    which moves nothing from row to row, is done on the rows they are in alone, not on
    the whole page. (Columns are opened as they are: a page's column slices are strided,
    and dilating them one by one cost more than the page.)"""
    if not rows:
        return cv2.morphologyEx(mask, cv2.MORPH_OPEN, line)
    eroded = cv2.erode(mask, line)
    out = np.zeros_like(mask)
    for a, b in ink_runs(ink_per(eroded.view(np.bool_), 1)):
        out[a:b] = cv2.dilate(eroded[a:b], line)
    return out


def _join_broken(
    pieces: list[Box], gap: int, vertical: bool = True,
    thickest: Callable[[int], int] = rule_thickness,
) -> list[Box]:
    """Pieces of one rule, broken by wear or bent with the paper, as one rule.

    A rule printed 200 years ago comes out of the scan in stretches a few hundred
    pixels long, each drifting a few pixels sideways; as pieces, none runs through
    most of the column it divides (or across most of the zone it closes), and the
    gutter beside it, or the zone under it, is not found. Joined, the pieces are no
    thicker than ``thickest`` of their length.
    """

    def along(b: Box) -> tuple[int, int, int, int]:  # start, end, side start, side end
        return (b.y, b.bottom, b.x, b.right) if vertical else (b.x, b.right, b.y, b.bottom)

    def thin(b: Box) -> bool:
        # Joined, the pieces are still a rule, not a rectangle: each join widens the
        # tolerance of the next, and pieces of different rules (a box's sides, a band's
        # rules, a halftone's runs) would grow into a block that covers the text.
        start, end, side0, side1 = along(b)
        return side1 - side0 <= thickest(end - start)

    out: list[Box] = []
    for p in sorted(pieces, key=lambda b: along(b)[:3]):
        p0, _, s0, s1 = along(p)
        for i, q in enumerate(out):
            _, q1, t0, t1 = along(q)
            near = min(s1, t1) - max(s0, t0) > -max(8, s1 - s0, t1 - t0)
            if near and p0 - q1 <= gap and thin(q.union(p)):
                out[i] = q.union(p)
                break
        else:
            out.append(p)
    return out


def ink_per(mask: np.ndarray, axis: Literal[0, 1]) -> np.ndarray:
    """Ink pixels in each column (``axis`` 0) or row (1) of a bool mask, as ``mask.sum(axis)``:
    OpenCV sums bytes a tenth of the time numpy takes to sum booleans, and the XY-cut
    takes these profiles of every region it tries."""
    if mask.size == 0 or mask.dtype != np.bool_:
        return np.asarray(mask.sum(axis=axis))
    return np.asarray(
        cv2.reduce(mask.view(np.uint8), axis, cv2.REDUCE_SUM, dtype=cv2.CV_32S)
    ).ravel()


def zero_runs(profile: np.ndarray) -> list[tuple[int, int]]:
    """(start, stop) of the zero runs of ``profile``."""
    zero = np.concatenate(([False], profile == 0, [False]))
    edges = np.flatnonzero(np.diff(zero.astype(np.int8)))
    return list(zip(edges[0::2].tolist(), edges[1::2].tolist(), strict=True))


def ink_runs(profile: np.ndarray) -> list[tuple[int, int]]:
    """(start, stop) of the inked runs of ``profile``."""
    ink = np.concatenate(([False], profile > 0, [False]))
    edges = np.flatnonzero(np.diff(ink.astype(np.int8)))
    return list(zip(edges[0::2].tolist(), edges[1::2].tolist(), strict=True))


def rules_across(mask: np.ndarray, box: Box, rules: Rules, char_h: float) -> list[Box]:
    """The horizontal rules across most of ``box`` (clipped to it) that a cut across may
    follow, those with white beside them first.

    A rule under a story over only some of the region's columns ends at a gutter; a
    column of another story beside it may hold a line level with it. Cut across the
    whole region there, that line is cut through (its ink goes to the rule's band) and
    the column is parted from itself; a page-wide rule, or one with white beside it,
    cut first leaves that column to be parted at its gutter.
    """
    found = []
    for r in rules.horizontal:
        inside = r.intersection(box)
        if inside is None or inside.w < ACROSS * box.w:
            continue
        if inside.y <= box.y and inside.bottom >= box.bottom:
            continue
        band = mask[inside.y : inside.bottom, box.x : box.right].copy()
        pad = int(char_h)
        band[:, max(0, inside.x - box.x - pad) : inside.right - box.x + pad] = False
        found.append((np.count_nonzero(band) >= char_h, inside))
    return [inside for beside, inside in sorted(found, key=lambda f: f[0])]


def big_lines(sub: np.ndarray, char_h: float) -> bool:
    """``sub`` is one or two lines of big type (a headline's), however tall against the
    body's type: each of its bands of inked rows no taller than ``BIG_LINE`` body
    characters, with a mark nearly as tall as the band (a capital, a CJK character's
    stroke) every few of its heights along it; a band of columns' lines holds marks of
    its small type and now and then a tall one (a bracket, a rule's piece)."""
    lines = ink_runs(np.asarray(sub.any(axis=1)))
    if not 1 <= len(lines) <= 2:
        return False
    for a, b in lines:
        if not 2.5 * char_h <= b - a <= BIG_LINE * char_h:
            return False
        band = sub[a:b]
        _, _, stats, _ = cv2.connectedComponentsWithStats(band.view(np.uint8), connectivity=8)
        tall = int(np.count_nonzero(stats[1:, cv2.CC_STAT_HEIGHT] >= BIG_MARK * (b - a)))
        inked = np.flatnonzero(band.any(axis=0))
        if tall < max(1.0, BIG_EVERY * (inked[-1] - inked[0] + 1) / (b - a)):
            return False
    return True


#: A line of type's tallest marks are at least this share of its height, one in every
#: few of its heights along it at least (``BIG_EVERY`` per height); a line of headline
#: type is at most ``BIG_LINE`` body characters tall.
BIG_MARK, BIG_EVERY, BIG_LINE = 0.6, 0.3, 10
