"""Layout analysis of a deskewed page: rules, illustrations, zones, columns, blocks.

``detect_layout(gray, ink)`` works in the deskewed image's pixels; the scan path
maps every box back to the original image afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from ..model import BlockKind, Box
from .arrange import arrange
from .blocks import (
    Glyphs,
    Region,
    char_height,
    components,
    despeckle,
    dust,
    glyph_height,
    held_glyph,
    lookup,
    mark_boxes,
    picture_glyph,
    speck_area,
    text_lines,
)
from .brief_box import box_heads, brief_breaks, ruled_boxes
from .columns import segment
from .crossed_gutters import crossed_parted
from .dots import dot_fields, in_dot_field
from .faint import faint_rules, hairline
from .foot_rows import foot_apart
from .head_tails import heading_tails
from .heading_gutters import heads_apart
from .illustrations import Shares, find_illustrations
from .kinds import weighted_median
from .leaves import leaves, picture_tops
from .line_marks import marks_on_lines
from .marks import Marks
from .narrow_gutters import at_page_gutters
from .overhang import one_line_parted
from .page_columns import spanned_columns
from .reduced import reduce_page, reduction
from .rules import Rules, find_rules
from .short_columns import page_gutters, parted, under_heads
from .type_changes import body_region, split_sizes
from .worn_rules import rule_dashes

__all__ = ["Layout", "Marks", "Region", "arrange", "components", "detect_layout",
           "in_dot_field", "leaves", "lookup", "spanned_columns", "weighted_median"]


@dataclass(frozen=True, slots=True)
class Layout:
    """What layout analysis found: columns and blocks in reading-agnostic order."""

    width: int
    height: int
    columns: tuple[Box, ...]
    regions: tuple[Region, ...]
    char_h: float  # body x-height (Latin) or glyph height (CJK), in pixels
    body: float  # body line height, in pixels
    warnings: tuple[str, ...] = ()  # what the page's user should know (ink kept by fallback)

    def scaled(self, factor: int, width: int, height: int) -> Layout:
        """The layout of a page reduced by ``factor`` in the pixels of the full
        ``width`` x ``height`` page."""
        clip = Box(0, 0, width, height)
        return Layout(
            width, height,
            tuple(Region(BlockKind.BODY, c).scaled(factor, clip).box for c in self.columns),
            tuple(r.scaled(factor, clip) for r in self.regions),
            self.char_h * factor, self.body * factor, self.warnings,
        )


def detect_layout(
    gray: np.ndarray,
    ink: np.ndarray,
    *,
    em: float | None = None,
    glyph: float | None = None,
    marks: Marks | None = None,
) -> Layout:
    """Find rules, illustrations, text blocks and columns; give each block a kind.

    ``gray`` is the deskewed greyscale page (0 black .. 255 white) and ``ink``
    the binarized page with True for ink. ``em`` and ``glyph`` are the body's text
    line and mark heights measured on the page (``Prepared.text_height`` and
    ``glyph_height``): given both, a page of large type is laid out on a reduced copy
    (``ocr.layout.reduced``), and its boxes come back in this page's pixels. ``marks``
    is ``ink``'s marks when the caller labelled it already (``Prepared.marks``): the
    page is then not labelled again (``ocr.layout.marks``).
    """
    factor = reduction(em) if glyph else 1
    if factor == 1:
        return _detect(gray, ink, None, em, marks=marks)
    small_gray, small_ink, shares = reduce_page(gray, ink, factor)
    assert glyph is not None and em is not None
    small = _detect(small_gray, small_ink, glyph / factor, em / factor, shares)
    return small.scaled(factor, *ink.shape[::-1])


def _detect(
    gray: np.ndarray,
    ink: np.ndarray,
    known: float | None,
    em: float | None = None,
    shares: Shares | None = None,
    marks: Marks | None = None,
) -> Layout:
    """``detect_layout`` on the image given; ``known`` is the glyph height in its
    pixels when measured beforehand (else measured here, from ``marks`` if given); ``em``
    the body's em in them, which holds the unit the cut asks a gutter in from above
    (``held_glyph``) and the unit the picture search is set in from below (``picture_glyph``);
    ``shares`` the full page's ink and mid-tone in each pixel of a reduced one."""
    height, width = ink.shape
    empty = Layout(width, height, (), (), 0.0, 0.0)
    if not ink.any():
        return empty
    # A halftone's screen, found before its dark tones give "rules" (and lose their dots),
    # in the one search that leaves its dots out of the glyph height.
    fields: list[Box] | None = None
    if marks is not None:
        dots, screens = dot_fields(marks.rows()[1:])
        fields = [Box(*f) for f in screens]
    glyph = known or (
        glyph_height(marks.rows(), height, dots) if marks is not None else char_height(ink)
    )
    # Glyph stems of a masthead are long and thin too: a vertical rule must be
    # longer than a few lines of body type.
    # A rule is longer than a few letters wide, however small the image (a cutting).
    rules = find_rules(ink, max(30, min(width, height) // 25, int(4 * glyph)), int(8 * glyph))
    rule_mask = np.zeros_like(ink)
    around = [  # each rule and a pixel round it, within the page
        Box(x0, y0, min(width, r.right + 1) - x0, min(height, r.bottom + 1) - y0)
        for r in rules.horizontal + rules.vertical
        for x0, y0 in [(max(0, r.x - 1), max(0, r.y - 1))]
    ]
    for b in around:
        rule_mask[b.y : b.bottom, b.x : b.right] = True
    text = ink & ~rule_mask
    if marks is not None:  # the page's marks less the rules, without labelling it again
        marks = marks.without(around, rule_mask)
    if marks is not None:
        stats = marks.rows()
    else:
        _, labels, stats, _ = components(text.view(np.uint8))  # 0/1, no copy
    if fields is None:
        fields = [Box(*f) for f in dot_fields(stats[1:])[1]]
    char_h = glyph_height(stats, height)
    if known and char_h > 0:
        char_h = known
    if char_h <= 0:
        # No text-sized marks: a photo-only page still has its photos.
        guess = max(8.0, height / 150)
        found = tuple(
            Region(BlockKind.ILLUSTRATION, p) for p in find_illustrations(gray, text, guess)
        )
        return Layout(width, height, (), found, 0.0, 0.0)
    text = marks.despeckle(text, char_h) if marks else despeckle(text, char_h, (labels, stats))
    # A picture is asked in a glyph held to the em from below (a heavy scan's strokes and
    # specks pull the marks' median under a whole character's height: picture_glyph).
    pictures = find_illustrations(gray, text, picture_glyph(char_h, em), shares, fields,
                                  _edge_strips(rules, char_h, (width, height)))
    glyphs = _glyphs(stats, char_h, pictures)
    hrules = [r for r in rules.horizontal if not any(_inside(r, p) for p in pictures)]
    vrules = tuple(r for r in rules.vertical if not any(_inside(r, p) for p in pictures))
    kept = Rules(tuple(hrules), vrules)
    cut_mask = text.copy()
    for p in pictures:
        cut_mask[p.y : p.bottom, p.x : p.right] = True
    for r in hrules:
        cut_mask[r.y : r.bottom, r.x : r.right] = True
    for p in pictures:
        text[p.y : p.bottom, p.x : p.right] = False
    # Pictures take part in the cuts as solid rectangles, then come out as blocks of their own.

    regions: list[Region] = [Region(BlockKind.ILLUSTRATION, p) for p in pictures]
    for p in pictures:
        cut_mask[p.y : p.bottom, p.x : p.right] = False
    dashes = rule_dashes(cut_mask, vrules, char_h)
    # The cut asks a gutter's white in the glyph held to the body's em: the marks' own
    # median grows with a heavy scan's blur on bold type (held_glyph).
    gutter_h = held_glyph(char_h, em)
    cut = leaves(cut_mask, kept, char_h, pictures, dashes=dashes, gutter_h=gutter_h)

    def resegment(box: Box) -> list[Box]:  # (a leaf's part, cut again)
        return segment(cut_mask, kept, char_h, box, dashes, gutter_h)

    cut = [p for b in cut for p in foot_apart(cut_mask, b, resegment, gutter_h)]
    # A tall leaf across a gutter that a line or two set wider than their column cross.
    cut = [p for b in cut for p in crossed_parted(cut_mask, b, gutter_h, resegment)]
    gutters = page_gutters(cut, gutter_h)
    # A tall leaf across a page gutter whose white it keeps narrower (a heavy scan's spread).
    narrow = [p for b in cut for p in at_page_gutters(cut_mask, b, gutters, gutter_h, resegment)]
    if len(narrow) > len(cut):
        cut, gutters = narrow, page_gutters(narrow, gutter_h)
    pieces = one_line_parted(text, [p for b in cut for p in parted(text, b, gutters, gutter_h)],
                             gutters, pictures, gutter_h)
    for leaf in pieces:
        if any(_covered(leaf, r.union(Box(r.x, r.y - 1, r.w, r.h + 2))) for r in hrules):
            regions.append(Region(BlockKind.RULE, leaf))
        else:
            lines = text_lines(text, leaf)
            if lines:
                regions.append(body_region(text, glyphs, leaf, lines))
    for r in vrules:
        regions.append(Region(BlockKind.RULE, r))
    regions = [k for r in regions if (k := _rule_or_speck(r, char_h, (width, height))) is not None]
    leftovers = _leftover_ink(text, glyphs, regions, char_h, (width, height))
    regions = picture_tops(regions + leftovers)
    notes = (
        (f"{len(leftovers)} area(s) of ink outside every block found by the cut: "
         "kept as blocks of their own",)
        if leftovers
        else ()
    )
    # The body's type size, measured the way each block's is: most of the type is body,
    # weighed by its lines' length (a dark scan edge grained into thirty "lines" a few
    # pixels wide, counted by lines, outweighed the columns and made them headlines).
    # Blocks of "type" under half the page's glyph height are grain or hairlines the
    # binarizing grained into a hundred "lines" (a photo frame on a blurred, noisy scan).
    type_ref = weighted_median([(r.size, sum(ln.w for ln in r.lines)) for r in regions
                                if r.lines and r.size >= 0.5 * char_h]) or char_h

    def recut(box: Box) -> list[Region]:
        cut = segment(cut_mask, kept, char_h, box, dashes, gutter_h)
        pieces = (p for b in cut for p in parted(text, b, gutters, char_h))
        return [body_region(text, glyphs, p, lines)
                for p in pieces if (lines := text_lines(text, p))]

    regions = [hairline(part, type_ref) for r in regions
               for part in under_heads(split_sizes(text, glyphs, r, type_ref), recut)]
    regions = marks_on_lines(regions, type_ref)  # (a comma cut off its heading line)
    regions, breaks, heads = brief_breaks(regions, ruled_boxes(hrules, vrules, char_h),
                                          lambda box, ls: body_region(text, glyphs, box, ls), text)
    breaks = [*breaks, *heads_apart(regions, gutters, type_ref, text)]
    regions, columns, body = arrange(regions, type_ref, char_h, hrules, height, breaks)
    regions = heading_tails(box_heads(regions, heads))
    regions += faint_rules(gray, regions, char_h, body)
    return Layout(width, height, tuple(columns), tuple(_unnested(regions)), char_h, body, notes)


def _edge_strips(rules: Rules, char_h: float, size: tuple[int, int]) -> list[Box]:
    """The dark strips along the scan's edges, found as rules: within two characters of
    an edge, along it, and narrower than a picture (five characters)."""
    edge, out = 2 * char_h, []
    for r in rules.vertical:
        if r.w < 5 * char_h and (r.x < edge or r.right > size[0] - edge):
            out.append(r)
    for r in rules.horizontal:
        if r.h < 5 * char_h and (r.y < edge or r.bottom > size[1] - edge):
            out.append(r)
    return out


def _glyphs(stats: np.ndarray, char_h: float, pictures: list[Box]) -> Glyphs:
    """``text``'s marks once ``despeckle`` and the pictures have taken theirs."""
    rows = stats[1:]
    rows = rows[rows[:, cv2.CC_STAT_AREA] > speck_area(char_h)]
    x, y = rows[:, cv2.CC_STAT_LEFT], rows[:, cv2.CC_STAT_TOP]
    right, bottom = x + rows[:, cv2.CC_STAT_WIDTH], y + rows[:, cv2.CC_STAT_HEIGHT]
    cut = np.zeros(len(rows), dtype=bool)
    for p in pictures:
        cut |= (x < p.right) & (y < p.bottom) & (right > p.x) & (bottom > p.y)
    return Glyphs.of(rows, cut)


def _unnested(regions: list[Region]) -> list[Region]:
    """Text regions without those that lie inside another's box: a glyph of a headline
    the cut left apart is read with the headline's crop, and read again alone it gives
    a stray block (``x)``) between the headline and its story."""
    text = [r for r in regions if r.lines]

    def nested(r: Region) -> bool:
        return any(o is not r and o.box.area > r.box.area and _inside(r.box, o.box, 0.9)
                   for o in text)

    return [r for r in regions if not r.lines or not nested(r)]


#: A block thinner than this share of a character, and long, is a line, not type.
HAIRLINE = 0.2


def _rule_or_speck(r: Region, char_h: float, size: tuple[int, int]) -> Region | None:
    """A text region that cannot be type: a rule fragment or scan edge, or a speck.

    A piece narrower than three characters, taller than two and more than three times
    taller than wide, is a short column rule if its "lines" are taller than three
    characters (type leaves white between lines), or a bit of the dark strip at a
    scan's edge if it lies within two characters of it; read, it
    gives ``; | :`` or letters out of grain; so does a sliver thinner than half a
    character along the scan's edge, and anywhere a hairline longer than two characters
    (no glyph is that thin and long: a photo's frame, a rule too grained to be found).
    Marks smaller than a third of a character in both directions are dust, not worth a
    Tesseract call.
    """
    if not r.lines:
        return r
    b = r.box
    edge = 2 * char_h
    at_edge = b.x < edge or b.y < edge or b.right > size[0] - edge or b.bottom > size[1] - edge
    if (
        b.w < 3 * char_h
        and b.h > max(3 * b.w, 2 * char_h)
        and (at_edge or max(ln.h for ln in r.lines) > 3 * char_h)
    ):
        return Region(BlockKind.RULE, b)
    if at_edge and min(b.w, b.h) < 0.5 * char_h and max(b.w, b.h) > 2 * char_h:
        return Region(BlockKind.RULE, b)  # a sliver of the scan's dark border, along it
    if min(b.w, b.h) < HAIRLINE * char_h and max(b.w, b.h) > 2 * char_h:
        return Region(BlockKind.RULE, b)  # a hairline: a photo's frame, a broken rule
    if dust(b, char_h):
        return None
    return r


def _leftover_ink(
    text: np.ndarray, glyphs: Glyphs, regions: list[Region], char_h: float, size: tuple[int, int]
) -> list[Region]:
    """Type the cut left outside every block, as blocks of their own: nothing printed
    may vanish because layout analysis missed it.

    Ink outside every region's box (a margin of half a character allowed), grouped
    into word- and line-sized patches; a patch holding less ink than two characters
    is grain.
    """
    covered = np.zeros_like(text)
    pad = max(1, int(0.5 * char_h))
    for r in regions:
        b = r.box
        covered[max(0, b.y - pad) : b.bottom + pad, max(0, b.x - pad) : b.right + pad] = True
    rest = text & ~covered
    if not rest.any():
        return []
    k = max(3, int(char_h))
    grouped = cv2.dilate(
        rest.astype(np.uint8), cv2.getStructuringElement(cv2.MORPH_RECT, (k, max(1, k // 3)))
    )
    out = []
    for row in mark_boxes(grouped)[1:]:
        x, y, w, h, _ = (int(v) for v in row)
        patch = Box(x, y, w, h)
        ink = int(np.count_nonzero(rest[y : y + h, x : x + w]))
        if ink < 0.6 * char_h * char_h or h < 0.5 * char_h:
            continue
        lines = text_lines(rest, patch)
        box = Box.enclosing(lines)
        if box is None:
            continue
        found = body_region(text, glyphs, box, lines)
        if (kept := _rule_or_speck(found, char_h, size)) is not None and kept.lines:
            out.append(kept)
    return out


def _inside(a: Box, b: Box, share: float = 0.5) -> bool:
    inter = a.intersection(b)
    return inter is not None and inter.area >= share * max(a.area, 1)


def _covered(leaf: Box, box: Box) -> bool:
    inter = leaf.intersection(box)
    return inter is not None and inter.area >= 0.7 * max(leaf.area, 1)
