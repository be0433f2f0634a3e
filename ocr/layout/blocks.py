"""Blocks of a deskewed page and what they are measured by: lines, type size, stroke width.

Illustrations (large regions of continuous tone or solid ink that no text makes) are
found in ``ocr.layout.illustrations``. The kinds of text blocks are decided from these
measures in ``ocr.layout.kinds`` (and, for another engine's page, in
``ocr.layout.engine_kinds``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np

from ..model import BlockKind, Box
from .dots import in_dot_field


def components(mask: np.ndarray) -> tuple[int, np.ndarray, np.ndarray, np.ndarray]:
    """8-connected marks of a 0/non-0 uint8 mask: count, labels, stats, centroids.

    The same labels and stats as ``cv2.connectedComponentsWithStats`` (labels are
    numbered in raster order whichever algorithm finds them), from Grana's block-based
    labelling: on one core it is never slower than OpenCV's default (Spaghetti) and up
    to three times faster on a 300 dpi mask of few marks (rules, a closed line mask),
    and a page is labelled some ten times. Labels are 16-bit while the marks fit (the
    same numbers, half the memory; 23 against 26 ms an A4 page at 300 dpi on one
    thread), else 32-bit: OpenCV refuses a count past 16 bits as it labels (a heavy
    scan's grain, 50,000 specks), and the page is labelled again. An empty mask (a box off the page)
    is all background: OpenCV 5.1 refuses one that 5.0 labelled.
    """
    if not mask.size:
        h, w = mask.shape[:2]
        return (1, np.zeros((h, w), np.int32), np.array([[0, 0, w, h, 0]], np.int32),
                np.full((1, 2), np.nan))
    try:
        n, labels, stats, centroids = cv2.connectedComponentsWithStatsWithAlgorithm(
            mask, 8, cv2.CV_16U, cv2.CCL_BBDT
        )
    except cv2.error:  # more marks (as first numbered) than 16 bits count
        n, labels, stats, centroids = cv2.connectedComponentsWithStatsWithAlgorithm(
            mask, 8, cv2.CV_32S, cv2.CCL_BBDT
        )
    return int(n), labels, stats, centroids


#: Pixels of a label image looked up at a time by ``lookup``.
LOOKUP_PIXELS = 1 << 18


def lookup(table: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """``np.take(table, labels)``: each pixel's entry for its label, a band of rows at a time.

    numpy indexes with machine-size integers only, so ``np.take`` first copies all of a
    page's int32 labels to int64: a temporary twice the labels' size (70 MB on an A4
    page at 300 dpi, 173 MB on a 3896x5551 broadsheet) that the kernel maps and zeroes
    afresh whenever the process has not yet held so large a block (the first big page
    of a batch, every page of a one-page run: 0.5-0.8 s of system CPU on the
    broadsheet). Band by band the copy is 2 MB, reused; the result is the same array.
    """
    out = np.empty(labels.shape, dtype=table.dtype)
    if labels.ndim != 2 or labels.shape[0] == 0:
        np.take(table, labels, out=out)
        return out
    step = max(1, LOOKUP_PIXELS // max(1, labels.shape[1]))
    for y in range(0, labels.shape[0], step):
        np.take(table, labels[y : y + step], out=out[y : y + step])
    return out


def mark_boxes(mask: np.ndarray) -> np.ndarray:
    """The stats rows of ``components`` (background first) for a mask whose marks are few.

    Labelling a page-sized mask costs its every pixel even when it holds a handful of
    rules; only the rectangles around the marks of each band of inked rows are labelled
    here (no mark reaches across a white row), and the boxes shifted back. Labels are
    numbered in the raster order of the labeller's two-row blocks: a band starts on an
    even row of the rectangle (the white row above an odd start is taken too), so the
    bands, from the top, give the rectangle's own order. Row 0 stands for the background
    and holds no box.
    """
    x, y, w, h = cv2.boundingRect(mask)
    if w == 0 or h == 0:
        return np.zeros((1, 5), dtype=np.int32)
    sub = mask[y : y + h, x : x + w]
    # Summed, not maxed: OpenCV's row maximum of bytes is a hundred times slower.
    inked = np.concatenate(
        ([0], cv2.reduce(sub, 1, cv2.REDUCE_SUM, dtype=cv2.CV_32S).ravel() > 0, [0])
    )
    edges = np.flatnonzero(np.diff(inked.astype(np.int8)))
    rows = [np.zeros((1, 5), dtype=np.int32)]
    for start, b in zip(edges[0::2].tolist(), edges[1::2].tolist(), strict=True):
        a = start - start % 2
        bx, _, bw, _ = cv2.boundingRect(sub[a:b])
        stats = components(np.ascontiguousarray(sub[a:b, bx : bx + bw]))[2][1:]
        stats[:, cv2.CC_STAT_LEFT] += x + bx
        stats[:, cv2.CC_STAT_TOP] += y + a
        rows.append(stats)
    return np.concatenate(rows)


@dataclass(frozen=True, slots=True)
class Region:
    """A block found by layout analysis, before recognition (deskewed coordinates)."""

    kind: BlockKind
    box: Box
    lines: tuple[Box, ...] = ()
    size: float = 0.0  # tall-end glyph height, in pixels (see type_size)
    column: int | None = None
    weight: float = 0.0  # stroke width in pixels: bold headline type is about twice the body's
    slant: float = 0.0  # layout.slant: ITALIC or more is an italic face

    def scaled(self, factor: int, clip: Box) -> Region:
        """The region found on a page reduced by ``factor``, in the full page's pixels."""
        return Region(self.kind, _scale_box(self.box, factor, clip),
                      tuple(_scale_box(ln, factor, clip) for ln in self.lines),
                      self.size * factor, self.column, self.weight * factor, self.slant)


def _scale_box(box: Box, factor: int, clip: Box) -> Box:
    """A reduced page's box as the full page's pixels it stands for (clipped to ``clip``)."""
    up = Box(box.x * factor, box.y * factor, box.w * factor, box.h * factor)
    return up.intersection(clip) or Box(min(up.x, clip.right), min(up.y, clip.bottom), 0, 0)


def char_height(text: np.ndarray) -> float:
    """Median height of the connected components: the body's x-height or CJK glyph height."""
    return glyph_height(components(text.astype(np.uint8))[2], text.shape[0])


def glyph_height(stats: np.ndarray, page_h: int, dots: np.ndarray | None = None) -> float:
    """``char_height`` from the stats rows of ``components`` (a caller that labels the
    page for another reason too measures it without labelling it twice). A halftone's
    dots are left out (``in_dot_field``, or ``dots`` when the caller has it): they
    outnumber the letters."""
    if len(stats) <= 1:
        return 0.0
    h = stats[1:, cv2.CC_STAT_HEIGHT]
    a = stats[1:, cv2.CC_STAT_AREA]
    field = in_dot_field(stats[1:]) if dots is None else dots
    keep = h[(h >= 3) & (a >= 6) & (h < page_h // 8) & ~field]
    return float(np.median(keep)) if keep.size else 0.0


#: The most of the body's em (``Prepared.text_height``, the ink height of whole lines) the
#: unit a gutter's white is asked in may be. The median mark is a Latin x-height (0.38-0.59
#: of the em on 82 study and fresh pages), a Ming face's radical or stroke (0.30-0.72), or a
#: sans character on a clean page (0.54-0.76); on a heavy scan blur joins a bold sans
#: character's strokes into one mark, and the median mark is the whole character (up to
#: 0.87 of the em): a 20 px gutter between six columns, asked 0.8 of a 31 px glyph, was lost
#: and the page read across (docs/scan-path.md, forty-seventh session, branch sc58glyph).
GLYPH_EM = 0.6


def held_glyph(glyph: float, em: float | None) -> float:
    """``glyph`` (the median mark's height) held to ``GLYPH_EM`` of the body's em, when the
    em is known: the em is measured on whole lines, which blur does not make taller. Only
    gutters are asked in it: a mark's size (type or picture) and the white between lines
    stay set in the marks' own median, which they grow with."""
    return min(glyph, GLYPH_EM * em) if em else glyph


#: The least share of the body's em the glyph a picture is measured in may be. Type's median
#: mark is at least a Latin x-height (0.38-0.49 of the em on the Garamond study pages, the
#: smallest face drawn; 0.57-0.62 on NZZ's black letter); on a heavy scan of Chinese, blur and
#: grain break a Ming or bold face into strokes and specks, half the marks 4-7 px, and the
#: median mark falls between them and the whole characters: 9-12 px under a 35 px em (0.25-
#: 0.37). Measured in that, a bold heading character 2.5 ems tall fills the picture search's
#: window (four glyphs) with ink and is no "glyph-sized" mark: a heading line came out as
#: pictures and its rest as pieces (docs/scan-path.md, fifty-first session, branch sc62heavy).
PICTURE_GLYPH_EM = 0.4


def picture_glyph(glyph: float, em: float | None) -> float:
    """``glyph`` (the median mark's height) held to at least ``PICTURE_GLYPH_EM`` of the body's
    em, when the em is known: the unit the picture search sets its window, a photo's least
    side and a glyph-sized mark in. Only pictures are asked in it: the cut and the lines keep
    the marks' own median (``held_glyph`` holds it from above for gutters)."""
    return max(glyph, PICTURE_GLYPH_EM * em) if em else glyph


def speck_area(char_h: float) -> int:
    """The largest mark, in pixels, that ``despeckle`` takes for dust."""
    return max(2, int(0.04 * char_h * char_h))


def dust(b: Box, char_h: float) -> bool:
    """Whether a mark (a region, or a "line" of one) is dust, not type: lower than a third
    of a character and narrower than two (a full stop blurred stands as tall)."""
    return b.h < 0.35 * char_h and b.w < 2 * char_h


def despeckle(
    ink: np.ndarray, char_h: float, marks: tuple[np.ndarray, np.ndarray] | None = None
) -> np.ndarray:
    """Drop specks much smaller than a full stop, so noise cannot close a gutter.

    ``marks`` is ``ink``'s labels and stats from ``components`` when the caller has them.
    """
    labels, stats = marks if marks is not None else components(ink.astype(np.uint8))[1:3]
    small = stats[:, cv2.CC_STAT_AREA] <= speck_area(char_h)
    small[0] = False
    if not small.any():
        return ink
    return ink & ~small[labels]


def text_lines(text: np.ndarray, box: Box) -> list[Box]:
    """Line boxes inside ``box``: runs of inked rows, each trimmed to its ink."""
    sub = text[box.y : box.bottom, box.x : box.right]
    rows = sub.any(axis=1)
    padded = np.concatenate(([False], rows, [False]))
    edges = np.flatnonzero(np.diff(padded.astype(np.int8)))
    out = []
    for a, b in zip(edges[0::2].tolist(), edges[1::2].tolist(), strict=True):
        cols = without_far_specks(np.flatnonzero(sub[a:b].any(axis=0)), b - a)
        out.append(Box(box.x + int(cols[0]), box.y + a, int(cols[-1] - cols[0] + 1), b - a))
    return _join_split_lines(out)


def without_far_specks(cols: np.ndarray, tall: int) -> np.ndarray:
    """A line's inked columns less a speck at either end, narrower than the line is tall
    and three of its heights from the rest: grain on a heavy scan, level with a kicker,
    stretched its line across the page (``生态环境`` 900 px wide), and a kicker is narrower
    than its headline."""
    while cols.size > 1:
        gaps = np.flatnonzero(np.diff(cols) > 3 * tall)
        if gaps.size == 0:
            break
        first, last = int(gaps[0]) + 1, int(gaps[-1]) + 1
        if cols[first - 1] - cols[0] < tall and cols.size - first > first:
            cols = cols[first:]
        elif cols[-1] - cols[last] < tall and last > cols.size - last:
            cols = cols[:last]
        else:
            break
    return cols


def _join_split_lines(lines: list[Box]) -> list[Box]:
    """Rejoin a line split by a white row (CJK 二, accents, a dotted i above its stem)."""
    if len(lines) < 2:
        return lines
    heights = sorted(b.h for b in lines)
    typical = heights[len(heights) // 2]
    out = [lines[0]]
    for b in lines[1:]:
        last = out[-1]
        if (
            (last.h < 0.5 * typical or b.h < 0.5 * typical)
            and b.y - last.bottom < 0.25 * typical
            and (last.union(b).h <= 1.3 * typical)
        ):
            out[-1] = last.union(b)
        else:
            out.append(b)
    return out


def type_size(text: np.ndarray, box: Box, glyphs: Glyphs | None = None) -> float:
    """Tall-end glyph-component height in ``box``: cap height for Latin, glyph height for CJK.

    Unlike the ink height of a line it does not depend on whether the line has
    ascenders and descenders, so one-line headlines and captions compare fairly.
    ``glyphs``: ``text``'s marks when the caller has them (the same figure, unless a
    mark crosses the box's edge: then the box's pixels are labelled).
    """
    stats = glyphs.inside(box) if glyphs is not None else None
    if stats is None:
        sub = np.ascontiguousarray(text[box.y : box.bottom, box.x : box.right]).view(np.uint8)
        n, _, found, _ = components(sub)
        stats = found[1:n]
    h = stats[:, cv2.CC_STAT_HEIGHT]
    a = stats[:, cv2.CC_STAT_AREA]
    keep = np.sort(h[(h >= 3) & (a >= 6)])
    if keep.size == 0:
        return float(box.h)
    # Against the tallest glyphs but one in ten, so a stray rule or stroke cannot skew it
    # (those kept are the sorted heights' tail).
    keep = keep[int(np.searchsorted(keep, 0.35 * percentile_of_sorted(keep, 90))) :]
    # The tall end (capitals, ascenders; whole CJK glyphs) tells a bold caps byline
    # from a headline better than the x-height that most letters share.
    return percentile_of_sorted(keep, 90)


def percentile_of_sorted(values: np.ndarray, q: float) -> float:
    """``np.percentile(values, q)`` (linear interpolation) of a sorted, non-empty 1-D
    array of integers, to the last bit: the same arithmetic, without numpy's setup, which
    cost more than the sort on the few marks of a line (a page measures some 4,000)."""
    n = len(values)
    at = (n - 1) * (q / 100)
    if at >= n - 1:
        return float(values[-1])
    i = math.floor(at)
    gamma = at - i
    lo, hi = int(values[i]), int(values[i + 1])
    step = hi - lo
    return hi - step * (1 - gamma) if gamma >= 0.5 else lo + step * gamma


@dataclass(frozen=True, slots=True)
class Glyphs:
    """A page's marks (stats rows of ``components``) sorted by their top edge, so that
    the type of a block or line is measured without labelling its pixels again (a page
    has some two hundred blocks and lines, together twice its area). XY-cut blocks and
    their lines are bounded by white: the marks wholly inside are those a labelling of
    the box finds. ``cut`` flags marks whose pixels were partly taken away since
    (inside a picture): a box they reach is labelled after all."""

    stats: np.ndarray
    cut: np.ndarray
    tops: np.ndarray
    tallest: int

    @classmethod
    def of(cls, stats: np.ndarray, cut: np.ndarray) -> Glyphs:
        order = np.argsort(stats[:, cv2.CC_STAT_TOP], kind="stable")
        rows = stats[order]
        tallest = int(rows[:, cv2.CC_STAT_HEIGHT].max()) if len(rows) else 0
        return cls(rows, cut[order], np.ascontiguousarray(rows[:, cv2.CC_STAT_TOP]), tallest)

    def inside(self, box: Box) -> np.ndarray | None:
        """Stats rows of the marks in ``box``; None when a mark crosses its edge or is cut."""
        lo, hi = np.searchsorted(self.tops, (box.y - self.tallest, box.bottom))
        band = self.stats[lo:hi]
        x, y = band[:, cv2.CC_STAT_LEFT], band[:, cv2.CC_STAT_TOP]
        right, bottom = x + band[:, cv2.CC_STAT_WIDTH], y + band[:, cv2.CC_STAT_HEIGHT]
        meets = (x < box.right) & (right > box.x) & (bottom > box.y)
        inside = meets & (x >= box.x) & (y >= box.y) & (right <= box.right) & (bottom <= box.bottom)
        if np.any(meets & ~inside) or np.any(meets & self.cut[lo:hi]):
            return None
        return band[inside]


def stroke_width(text: np.ndarray, box: Box) -> float:
    """Mean length of horizontal ink runs in ``box``: the stroke width of its type.

    Headlines are set bold: on a blurred scan their size may read barely above
    the body's, but their strokes stay about twice as thick.
    """
    sub = text[box.y : box.bottom, box.x : box.right]
    if sub.size == 0:
        return 0.0
    starts = int(np.count_nonzero(sub[:, 1:] & ~sub[:, :-1]) + np.count_nonzero(sub[:, 0]))
    return float(sub.sum()) / starts if starts else 0.0


def median(values: list[int] | list[float]) -> float:
    """``np.median`` of a short list of numbers (0 for none), without making an array of
    it: layout takes the median line height of two pieces some ten thousand times a page,
    and numpy's fixed cost per call was most of ``merge_pieces``. The same float: the
    middle value, or the two middle ones added and halved, as numpy does it."""
    if not values:
        return 0.0
    ordered = sorted(values)
    mid = len(ordered) // 2
    if len(ordered) % 2:
        return float(ordered[mid])
    return (float(ordered[mid - 1]) + float(ordered[mid])) / 2


def x_overlap(a: Box, b: Box) -> int:
    return min(a.right, b.right) - max(a.x, b.x)
