"""XY-cut leaves of the page, pictures cut out of them.

Kept apart from the cut itself (``columns.segment``): a picture is no white, and what
stands beside it, over or under it, is cut again around it; and a leaf of "type" that
runs into a picture's top edge is the picture's own (``picture_tops``).
"""

from __future__ import annotations

import numpy as np

from ..model import BlockKind, Box
from .blocks import Region
from .columns import segment
from .rules import Rules, zero_runs


def leaves(
    mask: np.ndarray,
    rules: Rules,
    char_h: float,
    pictures: list[Box],
    min_overlap: float = 0.0,
    dashes: np.ndarray | None = None,
    gutter_h: float | None = None,
) -> list[Box]:
    """XY-cut leaves, with pictures cut out of any leaf that holds one.

    A caption set tight under a photo leaves no white band for the cut, so the
    leaf holding both is cut again around the picture: above, below, left, right.
    A picture counts when it overlaps the leaf by ``min_overlap`` of the smaller of
    the two (a PDF's exact picture boxes touch text boxes they do not hold).
    ``dashes`` (a worn rule's) are looked past where the cut searches for gutters, and
    ``gutter_h`` is the unit it asks their white in (``columns.segment``).
    """
    solid = mask.copy()
    for p in pictures:
        solid[p.y : p.bottom, p.x : p.right] = True
    out: list[Box] = []
    todo = segment(solid, rules, char_h, dashes=dashes, gutter_h=gutter_h)
    while todo:
        leaf = todo.pop()
        hit = next((i for p in pictures if (i := leaf.intersection(p)) is not None
                    and i.area >= min_overlap * min(leaf.area, p.area)), None)
        if hit is None:
            out.append(leaf)
            continue
        p = hit
        top, foot = _past_type(mask, leaf, p, char_h), p.bottom
        if foot <= top:  # (a picture lower than the lines beside it: cut at its edges)
            top = p.y
        above = Box(leaf.x, leaf.y, leaf.w, top - leaf.y)
        below = Box(leaf.x, foot, leaf.w, leaf.bottom - foot)
        for part in (
            *_at_edges(mask, above, p, char_h),
            *_at_edges(mask, below, p, char_h),
            Box(leaf.x, top, p.x - leaf.x, foot - top),
            Box(p.right, top, leaf.right - p.right, foot - top),
        ):
            if part.w > 0 and part.h > 0:
                todo.extend(segment(mask, rules, char_h, within=part, dashes=dashes,
                                    gutter_h=gutter_h))
    return out


#: A line of type beside a picture crossing its edge is followed this many character
#: heights past the edge (a headline's line is two or three tall).
CROSSING = 3


def _past_type(mask: np.ndarray, leaf: Box, picture: Box, char_h: float) -> int:
    """Where to cut ``leaf`` at the picture's top: the edge itself, or under a line of
    type beside the picture that crosses it, at the first white row within ``CROSSING``
    character heights. Cut at the edge, a headline set beside the photo's top in the
    same leaf lost its last line's lower half to a line of junk of its own (held-out S4
    s848, the lead's headline beside the top of the photo in the next column). (Not at
    the foot: a band under a picture that starts in the columns beside it is read across
    their gutter.)"""
    beside = np.ones(leaf.w, dtype=bool)
    beside[max(0, picture.x - leaf.x) : max(0, picture.right - leaf.x)] = False

    def inked(y: int) -> bool:
        return bool((mask[y, leaf.x : leaf.right] & beside).any())

    if not (leaf.y < picture.y < leaf.bottom and inked(picture.y) and inked(picture.y - 1)):
        return picture.y  # (nothing crosses the edge: type at most starts there)
    for y in range(picture.y + 1, min(leaf.bottom, picture.y + int(CROSSING * char_h) + 1)):
        if not inked(y):
            return y
    return picture.y


def _at_edges(mask: np.ndarray, part: Box, picture: Box, char_h: float) -> list[Box]:
    """``part`` (the band over or under a picture) cut where the picture's side edge
    runs on through it in a white gutter.

    Two stories' headlines side by side, one over the photo and one over the text beside
    it, are parted by white where the photo's edge is, but headline type leaves white as
    wide between its own words, and the cut joins them (a photo touching them leaves no
    band between them and it). White as wide as a gutter at the picture's edge, through
    the whole band, parts them; a headline over the photo and the text beside it crosses
    the edge and is kept whole.
    """
    if part.w <= 0 or part.h <= 0:
        return [part]
    cols = np.asarray(mask[part.y : part.bottom, part.x : part.right].any(axis=0))
    need = 0.8 * char_h
    for edge in (picture.x, picture.right):
        at = edge - part.x
        if not 0 < at < part.w:
            continue
        for a, b in zero_runs(cols.astype(np.int8)):
            if a < at + need / 2 and b > at - need / 2 and b - a >= need and 0 < a and b < part.w:
                cut = (a + b) // 2 if a <= at <= b else (a if at < a else b)
                return [Box(part.x, part.y, cut, part.h),
                        Box(part.x + cut, part.y, part.w - cut, part.h)]
    return [part]


def picture_tops(regions: list[Region]) -> list[Region]:
    """A picture with the "type" that touches its top edge from above, inside its width,
    as one picture: a photo's light top (a sky, a pale wall) binarizes to marks that the
    tone search leaves out, and read they give a line of junk (``iia``, ``了】``) that was
    taken for a headline over the photo. Type is set off a picture by white; only a
    picture's own ink runs into its edge."""
    pictures = [r for r in regions if r.kind == BlockKind.ILLUSTRATION]
    if not pictures:
        return regions
    grown = {id(p): p.box for p in pictures}
    taken = set()
    for r in regions:
        if not r.lines or len(r.lines) > TOP_LINES:
            continue
        for p in pictures:
            b = p.box
            if r.box.y < b.y <= r.box.bottom + 1 and b.x <= r.box.x and r.box.right <= b.right:
                grown[id(p)] = grown[id(p)].union(r.box)
                taken.add(id(r))
                break
    return [Region(BlockKind.ILLUSTRATION, grown[id(r)]) if id(r) in grown else r
            for r in regions if id(r) not in taken]


#: Lines of marks a photo's light top breaks into (``picture_tops``).
TOP_LINES = 2
