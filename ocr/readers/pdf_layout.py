"""Layout of a born-digital PDF page from its positioned glyphs, with the scan path's analysis.

A text layer gives what a scan makes layout analysis guess: where every glyph is, its
type size and whether its font is bold. So the glyphs' ink boxes are drawn into a mask
(the scan path's ink), printed rules and pictures come from the page's drawing
operators, and the same XY-cut, piece merging, column finding and kind assignment as
for scans (``ocr.layout.arrange``) run over it; only the measures differ: a region's
type size and weight are read from its fonts instead of from connected components and
stroke widths. Each region is then filled with the PDF's own words, exact and at full
confidence.

Coordinates: the mask is drawn at ``MASK_SCALE`` pixels per point (coarse is enough
for cutting and fast); the returned page is in pixels of the page rendered at
``PAGE_DPI``, so a text-layer page and a scanned page of one PDF share coordinates.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from statistics import median

import numpy as np

from ..layout import Region, arrange, leaves, weighted_median
from ..layout.kinds import typeset_kinds
from ..layout.rules import ACROSS, Rules
from ..model import Block, BlockKind, Box, Line, Word
from .pdf_glyphs import Glyph, PdfWord, lines_of

#: Resolution of the returned coordinates: the scan path reads rendered pages at this too.
PAGE_DPI = 300.0
PX = PAGE_DPI / 72.0
#: Mask pixels per point for layout analysis.
MASK_SCALE = 2.0
#: Bold type measures as this much heavier than regular (``Region.weight``, a stroke ratio).
BOLD_WEIGHT, REGULAR_WEIGHT = 2.0, 1.0


@dataclass(frozen=True, slots=True)
class Drawing:
    """What the page draws besides text, as (x0, y0, x1, y1) in points (top-left origin)."""

    hrules: tuple[tuple[float, float, float, float], ...] = ()
    vrules: tuple[tuple[float, float, float, float], ...] = ()
    pictures: tuple[tuple[float, float, float, float], ...] = ()


def _box(x0: float, y0: float, x1: float, y1: float, scale: float) -> Box:
    """A point rectangle as a pixel box at ``scale`` px/pt (at least one pixel each way)."""
    bx, by = math.floor(x0 * scale), math.floor(y0 * scale)
    return Box(bx, by, max(1, math.ceil(x1 * scale) - bx), max(1, math.ceil(y1 * scale) - by))


def _mask_shape(width: float, height: float) -> tuple[int, int]:
    return max(1, math.ceil(height * MASK_SCALE)), max(1, math.ceil(width * MASK_SCALE))


def _cap_ratio(glyphs: Sequence[Glyph]) -> float:
    """The typeface's tall-end ink height as a share of the em: what a scan's type_size
    measures (capitals for Latin, whole glyphs for CJK), so the shared thresholds hold."""
    ratios = [(g.y1 - g.y0) / g.size for g in glyphs if g.size > 0 and g.y1 > g.y0]
    return float(np.percentile(ratios, 90)) if ratios else 0.7


def analyse(
    words: list[PdfWord], glyphs: Sequence[Glyph], drawing: Drawing, width: float, height: float
) -> tuple[list[Block], tuple[Box, ...]]:
    """Blocks (kinds from typography and position; no reading order yet) and columns."""
    # Text set off the page (bleed, a hidden slug) is not on the page.
    words = [w for w in words if 0 <= w.cx <= width and 0 <= w.cy <= height]
    words = [replace(w, x0=max(0.0, w.x0), y0=max(0.0, w.y0), x1=min(width, w.x1),
                     y1=min(height, w.y1)) for w in words]
    if not words:
        return [], ()
    shape = _mask_shape(width, height)
    s = MASK_SCALE
    cap = _cap_ratio(glyphs)
    heights = [g.y1 - g.y0 for g in glyphs if g.y1 > g.y0]
    char_h = (median(heights) if heights else 7.0) * s
    ink = np.zeros(shape, dtype=bool)
    boxes = [_box(w.x0, w.y0, w.x1, w.y1, s) for w in words]
    # Each word is drawn over its type's body (cap height to descender), whatever its
    # letters: the lines of a paragraph then lie a leading apart, never more, so the
    # cut falls between blocks, not between the lines of a small-type caption.
    for w in words:
        b = _box(w.x0, min(w.y0, w.base - 0.8 * w.size), w.x1, max(w.y1, w.base + 0.25 * w.size),
                 s)
        ink[b.y : b.bottom, b.x : b.right] = True
    drawing = _tints_as_frames(_on_page(drawing, width, height), words)
    hrules = tuple(_box(*r, s) for r in drawing.hrules)
    vrules = tuple(_box(*r, s) for r in drawing.vrules)
    pictures = [_box(*p, s) for p in drawing.pictures]
    cut = ink.copy()
    for r in hrules:
        cut[r.y : r.bottom, r.x : r.right] = True
    regions: list[Region] = [Region(BlockKind.ILLUSTRATION, p) for p in pictures]
    regions += [Region(BlockKind.RULE, r) for r in (*hrules, *vrules)]
    centres = _centres(boxes)
    for leaf in leaves(cut, Rules(hrules, vrules), char_h, pictures, min_overlap=0.5):
        for part in _gutter_split([words[i] for i in _inside(centres, leaf)]):
            for piece in _rule_split(part, drawing.hrules):
                regions.extend(_text_regions(piece, cap))
    if not any(r.lines for r in regions):
        return [], ()
    type_ref = weighted_median([(r.size, len(r.lines)) for r in regions if r.lines]) or char_h
    regions, columns, body = arrange(regions, type_ref, char_h, hrules, shape[0])
    regions = typeset_kinds(regions, type_ref, body)
    size = (round(width * PX), round(height * PX))
    blocks = [replace(b, box=_within(b.box, size)) if b.box is not None else b
              for b in _blocks(regions, words, boxes, cap)]
    return blocks, tuple(_within(_scaled(c), size) for c in columns)


def _within(b: Box, size: tuple[int, int]) -> Box:
    """``b`` clipped to the page (mask pixels scaled up can overreach by one)."""
    x, y = min(max(0, b.x), size[0]), min(max(0, b.y), size[1])
    return Box(x, y, max(0, min(b.right, size[0]) - x), max(0, min(b.bottom, size[1]) - y))


def _on_page(drawing: Drawing, width: float, height: float) -> Drawing:
    """Rules and pictures clipped to the page; what lies wholly off it is dropped."""
    def clip(rects: tuple[tuple[float, float, float, float], ...]
             ) -> tuple[tuple[float, float, float, float], ...]:
        out = []
        for x0, y0, x1, y1 in rects:
            x0, y0, x1, y1 = max(0.0, x0), max(0.0, y0), min(width, x1), min(height, y1)
            if x1 > x0 and y1 > y0:
                out.append((x0, y0, x1, y1))
        return tuple(out)

    return Drawing(clip(drawing.hrules), clip(drawing.vrules), clip(drawing.pictures))


def _tints_as_frames(drawing: Drawing, words: list[PdfWord]) -> Drawing:
    """A filled shape with text on it is a tinted box (a weather box, a sidebar), not a
    picture: its sides bound the text like a frame's rules."""
    pictures, hr, vr = [], list(drawing.hrules), list(drawing.vrules)
    for p in drawing.pictures:
        x0, y0, x1, y1 = p
        if any(x0 <= w.cx <= x1 and y0 <= w.cy <= y1 for w in words):
            hr += [(x0, y0, x1, y0 + 1.0), (x0, y1 - 1.0, x1, y1)]
            vr += [(x0, y0, x0 + 1.0, y1), (x1 - 1.0, y0, x1, y1)]
        else:
            pictures.append(p)
    return Drawing(tuple(hr), tuple(vr), tuple(pictures))


def _centres(boxes: list[Box]) -> np.ndarray:
    return np.array([(b.x + b.w / 2, b.y + b.h / 2) for b in boxes], dtype=float).reshape(-1, 2)


def _inside(centres: np.ndarray, leaf: Box) -> list[int]:
    """Indices of the centres that lie in ``leaf`` (edges included)."""
    x, y = centres[:, 0], centres[:, 1]
    hit = (x >= leaf.x) & (x <= leaf.right) & (y >= leaf.y) & (y <= leaf.bottom)
    return np.flatnonzero(hit).tolist()


def _gutter_split(words: list[PdfWord]) -> list[list[PdfWord]]:
    """Words of a leaf cut at every white column an em wide that runs through all of it.

    The XY-cut reads a gutter in ink, and one line of two columns (the first line of
    a story under a photo) looks like a line with a wide space; the words know better:
    no word space is an em wide, and CJK text has none.
    """
    if len(words) < 2:
        return [words]
    em = median(w.size for w in words)
    parts: list[list[PdfWord]] = [[]]
    right = -math.inf
    for w in sorted(words, key=lambda w: w.x0):
        if parts[-1] and w.x0 - right >= em:
            parts.append([])
        parts[-1].append(w)
        right = max(right, w.x1)
    return parts


def _rule_split(
    words: list[PdfWord], hrules: Sequence[tuple[float, float, float, float]]
) -> list[list[PdfWord]]:
    """A leaf's part (``_gutter_split``) cut at every rule across most of it (points).

    The XY-cut cuts at a rule across most of its region (``ACROSS``); where it left two
    columns one region (a gutter not clear of ink all the way down) and their words
    parted them, a short rule across one of them alone cut nothing: the rule over
    another story's tail set under that column (a dogleg)."""
    if len(words) < 2 or not hrules:
        return [words]
    x0, x1 = min(w.x0 for w in words), max(w.x1 for w in words)
    ys = sorted(
        (r[1] + r[3]) / 2 for r in hrules
        if min(x1, r[2]) - max(x0, r[0]) >= ACROSS * (x1 - x0))
    parts: list[list[PdfWord]] = [[] for _ in range(len(ys) + 1)]
    for w in words:
        parts[bisect.bisect(ys, (w.y0 + w.y1) / 2)].append(w)
    return [p for p in parts if p]


#: A column of running text is at least this many ems wide (a table's cells, a
#: headline's phrases parted by an ideographic space are narrower or one line).
COLUMN_EMS = 8


def _columns(words: list[PdfWord]) -> list[list[PdfWord]]:
    """``words`` parted at their gutters when every part is a column of running text:
    two lines at least, ``COLUMN_EMS`` wide at least; else none."""
    parts = _gutter_split(words)
    if len(parts) < 2:
        return []
    for p in parts:
        em = median(w.size for w in p)
        if len(lines_of(p)) < 2 or max(w.x1 for w in p) - min(w.x0 for w in p) < COLUMN_EMS * em:
            return []
    return parts


def _text_regions(words: list[PdfWord], cap: float) -> list[Region]:
    """A leaf's lines as regions, cut where the type size or weight changes (a headline
    over its deck, a bold crosshead over body): the fonts say so exactly. Each run of
    one type is cut at its own gutters too, and a first line that crosses the gutters
    under it is a line of its own: a deck hardly larger than the body, set over two
    columns too close above them for the XY-cut to part it, hid the gutter from the
    leaf's split and joined the columns' lines across it."""
    out: list[Region] = []
    group: list[list[PdfWord]] = []

    def key(line: list[PdfWord]) -> tuple[float, bool]:
        chars = sum(len(w.text) for w in line)
        size = sorted(w.size for w in line for _ in w.text)[chars // 2]
        bold = 2 * sum(len(w.text) for w in line if w.bold) >= chars
        return size, bold

    def flush() -> None:
        parts = _columns([w for ln in group for w in ln])
        if not parts and len(group) > 2:  # a first line across the gutters below it
            parts = _columns([w for ln in group[1:] for w in ln])
            if parts:
                out.append(_region(group[:1], cap))
        if len(parts) > 1:
            out.extend(_region(lines_of(p), cap) for p in parts)
        elif group:
            out.append(_region(group, cap))
        group.clear()

    prev: tuple[float, bool] | None = None
    for line in lines_of(words):
        k = key(line)
        if prev is not None and (k[1] != prev[1] or not 0.9 <= k[0] / prev[0] <= 1.11):
            flush()
        group.append(line)
        prev = k
    flush()
    return out


def _region(lines: list[list[PdfWord]], cap: float) -> Region:
    s = MASK_SCALE
    boxes = [_box(min(w.x0 for w in ln), min(w.y0 for w in ln),
                  max(w.x1 for w in ln), max(w.y1 for w in ln), s) for ln in lines]
    box = Box.enclosing(boxes)
    assert box is not None
    words = [w for ln in lines for w in ln]
    size = median(w.size for w in words for _ in w.text)
    bold = 2 * sum(len(w.text) for w in words if w.bold) >= sum(len(w.text) for w in words)
    return Region(BlockKind.BODY, box, tuple(boxes), size * cap * s,
                  weight=BOLD_WEIGHT if bold else REGULAR_WEIGHT)


def _scaled(b: Box) -> Box:
    """A mask box in page pixels."""
    f = PX / MASK_SCALE
    return Box(round(b.x * f), round(b.y * f), round(b.w * f), round(b.h * f))


def _px(w: PdfWord) -> Box:
    return _box(w.x0, w.y0, w.x1, w.y1, PX)


def _blocks(
    regions: list[Region], words: list[PdfWord], boxes: list[Box], cap: float
) -> list[Block]:
    """Each region filled with the words whose centre lies in it (a word outside every
    region joins the nearest text region: no text of the layer is dropped)."""
    text_regions = [r for r in regions if r.lines]
    members: dict[int, list[PdfWord]] = {id(r): [] for r in text_regions}
    centres = _centres(boxes)
    homeless = np.ones(len(words), dtype=bool)
    for r in text_regions:
        for i in _inside(centres, r.box):
            if homeless[i]:
                homeless[i] = False
                members[id(r)].append(words[i])
    for i in np.flatnonzero(homeless).tolist():
        home = min(text_regions, key=lambda r: _distance(r.box, boxes[i]))
        members[id(home)].append(words[i])
    out: list[Block] = []
    for r in sorted(regions, key=lambda r: (r.box.y, r.box.x)):
        bid = f"b{len(out) + 1:03d}"
        if not r.lines:
            out.append(Block(id=bid, kind=r.kind, box=_scaled(r.box), column=r.column))
            continue
        mine = members[id(r)]
        if not mine:
            continue
        out.append(_text_block(bid, r, mine, cap))
    return out


def _text_block(bid: str, r: Region, words: list[PdfWord], cap: float) -> Block:
    rows = lines_of(words)
    left = min(w.x0 for w in words)
    size = median(w.size for w in words for _ in w.text)
    unit = max(size * cap, 1.0)  # indents in the scan path's unit: the type's tall-end height
    lines = []
    for row in rows:
        ws = tuple(Word(w.text, _px(w), 1.0) for w in row)
        box = Box.enclosing([w.box for w in ws if w.box is not None])
        lines.append(Line(words=ws, box=box, indent=round(max(0.0, (row[0].x0 - left) / unit), 2)))
    box = Box.enclosing([ln.box for ln in lines if ln.box is not None])
    return Block(id=bid, kind=r.kind, lines=tuple(lines), box=box, column=r.column,
                 font_size=round(size, 1), confidence=1.0,
                 bold=2 * sum(len(w.text) for w in words if w.bold)
                 >= sum(len(w.text) for w in words))


def _distance(a: Box, b: Box) -> float:
    dx = max(0, a.x - b.right, b.x - a.right)
    dy = max(0, a.y - b.bottom, b.y - a.bottom)
    return float(dx * dx + dy * dy)
