"""A picture's edges: the area the photo search found, tightened to what is picture and
parted where bare paper crosses it.

The photo search (``illustrations.find_illustrations``) measures density in a window four
characters wide, so its areas reach past a photo's edge and bridge the white between two
photos set close. Each area is shrunk to the rows and columns that are mostly picture,
and cut where a band of bare paper a character wide crosses it.
"""

from __future__ import annotations

from collections.abc import Sequence

import cv2
import numpy as np

from ..model import Box


def tighten(tone: np.ndarray, ink: np.ndarray, box: Box) -> Box | None:
    """Shrink a blurred picture box to the rows and columns that are mostly picture
    (``tone``: the page's mid-tone pixels)."""
    sub = tone[box.y : box.bottom, box.x : box.right] | ink[box.y : box.bottom, box.x : box.right]
    rows = np.flatnonzero(sub.mean(axis=1) >= 0.5)
    cols = np.flatnonzero(sub.mean(axis=0) >= 0.5)
    if rows.size == 0 or cols.size == 0:
        return None
    return Box(
        box.x + int(cols[0]),
        box.y + int(rows[0]),
        int(cols[-1] - cols[0] + 1),
        int(rows[-1] - rows[0] + 1),
    )


#: Glyph heights of bare paper that part two pictures at least, each ``PHOTO_SIDE`` across
#: (else a glyph's): a narrow gutter's white between two photos side by side is under a
#: glyph on a heavy scan (S12 s953: 20 px drawn, glyph 25 px); no photo keeps a band of
#: bare paper half a glyph wide down its whole height far from its edges (its palest
#: parts are a quarter grey, ``BARE``).
PAPER_BAND = 0.5
#: A photo is this many glyph heights across at least (``illustrations``' least side).
PHOTO_SIDE = 5

#: Share of picture pixels under which a band of columns or rows is bare paper: a
#: gutter's (0.03 on a heavily degraded page); a photo's palest parts hold 0.25 or more.
BARE = 0.1


def parted(tone: np.ndarray, ink: np.ndarray, box: Box | None, char_h: float) -> list[Box]:
    """``box`` cut where a band of bare paper a character wide or more crosses it (half a
    character between two photo-sized parts, ``PAPER_BAND``), each
    part tightened: two photos side by side (or one over another) across a gutter, which
    the density window bridges into one area (held-out S s803: a story's photo and the
    rail's beside it, one "photo" across the gutter that kept the rail from the page)."""
    if box is None:
        return []
    sub = tone[box.y : box.bottom, box.x : box.right] | ink[box.y : box.bottom, box.x : box.right]
    for axis in (0, 1):
        bare = np.flatnonzero(sub.mean(axis=axis) >= BARE)
        if bare.size == 0:
            return []
        # A narrower band parts two pictures each a photo's size across (no photo's
        # pale edge a sliver of it past the band).
        step, size = np.diff(bare), sub.shape[1 - axis]
        narrow = ((step > max(1.0, PAPER_BAND * char_h)) & (bare[:-1] >= PHOTO_SIDE * char_h)
                  & (size - bare[1:] >= PHOTO_SIDE * char_h))
        gaps = np.flatnonzero((step > max(1.0, char_h)) | narrow)
        if gaps.size == 0:
            continue
        k = int(gaps[0])
        cut = (int(bare[k]) + 1, int(bare[k + 1]))  # the band of paper, inside the box
        if axis == 0:
            first = Box(box.x, box.y, cut[0], box.h)
            rest = Box(box.x + cut[1], box.y, box.w - cut[1], box.h)
        else:
            first = Box(box.x, box.y, box.w, cut[0])
            rest = Box(box.x, box.y + cut[1], box.w, box.h - cut[1])
        return [*parted(tone, ink, tighten(tone, ink, first), char_h),
                *parted(tone, ink, tighten(tone, ink, rest), char_h)]
    return [box]


#: Share of a picture's least side that a photo's mid-tone part must span to be grown
#: over its pale edges and measured then: a pale sky leaves the lower 0.55 of a photo
#: in mid-tone (S2 s819, S3 s826); a line of bold type is a fifth of the least side.
FOUND_SIDE = 0.5

#: Share of mid-tone pixels from which a part is a photo's grey: 0.85-0.91 where a sky
#: left only a photo's lower half found; a solid black ornament (an NZZ masthead's
#: arms) 0.05, its ink binarized black.
GREY_SHARE = 0.5


def picture_sized(tone: np.ndarray, box: Box, min_side: float) -> bool:
    """``box`` is a picture's size, or a photo's grey part the size may come from once
    grown over its pale edge (``grown``): a photo whose upper half is a
    pale sky leaves mid-tone only in its lower half, and was dropped as too small, its
    caption read with the column's text (S2 s819, S3 s826)."""
    if box.w >= min_side and box.h >= min_side:
        return True
    if max(box.w, box.h) < min_side or min(box.w, box.h) < FOUND_SIDE * min_side:
        return False
    return bool(tone[box.y : box.bottom, box.x : box.right].mean() >= GREY_SHARE)


#: Grey levels under the paper's at which a row or column beyond a picture's found edge
#: is still picture, on average: a photo's pale sky reads 20-30 under the paper (S2 s813:
#: 225 on 255; s815, a heavy scan flattened: 228-233 on 249); bare paper, however grained,
#: a few levels off it along a row; the fade of a blurred scan's edge 10 or so.
PALE = 15

#: Share of a row's pixels at the paper's grey (within ``PALE`` / 2) from which it is
#: paper or type, not picture: a line of type leaves 0.55 or more of its row paper,
#: a pale sky 0.35 at most (S2 s815, a heavy scan).
PAPER_SHARE = 0.5

#: Mean step of the smoothed grey from pixel to pixel along a row from which it crosses
#: type: 4-12 through a line of type, under 1.5 in a photo's sky and on grained paper
#: (S2 s813, s815; the devset's s106, a caption set close under its photo on a heavy
#: scan, its rows as dark as a sky's).
TYPE_STEP = 2.5


def paper_level(gray: np.ndarray, ink: np.ndarray) -> float:
    """The paper's grey: the upper quartile of the page's grey off ink, averaged over
    4 x 4 cells (a heavy scan's grain averaged out as a smoothed row's is)."""
    size = (gray.shape[1] // 4, gray.shape[0] // 4)
    if min(size) == 0:
        return 255.0
    cells = cv2.resize(gray, size, interpolation=cv2.INTER_AREA)
    inked = cv2.resize(ink.view(np.uint8) * np.uint8(255), size,
                       interpolation=cv2.INTER_AREA) > 0
    off = cells[~inked]
    return float(np.percentile(off, 75)) if off.size else 255.0


def grown(gray: np.ndarray, box: Box, char_h: float, paper: float,
          keep_out: Sequence[Box] = ()) -> Box:
    """``box`` grown on each side over the rows (columns) of pale picture beyond it.

    The photo search needs mid-tone, so a photo's pale top (a sky) or edge is left out,
    and the columns beside it are cut at its found top, their last lines read with its
    caption (S2 s813). Beyond each edge, a row across the picture's width is picture
    while its grey lies ``PALE`` under the paper's on average, few of its pixels are
    paper once smoothed (the gap between a photo and its caption or headline is all
    paper), and the smoothed grey steps little along it (``TYPE_STEP``: type's strokes
    step far more than a sky's grain). Growth stops at two other rows, at
    a scan's dark edge (``keep_out``), and at the picture's own size; growth by less than
    half a character is the found edge's fade on a blurred scan, not left out."""
    h, w = gray.shape
    x0, y0 = max(0, box.x - box.w), max(0, box.y - box.h)
    x1, y1 = min(w, box.right + box.w), min(h, box.bottom + box.h)
    raw = gray[y0:y1, x0:x1]
    near = cv2.GaussianBlur(raw, (0, 0), 2).astype(np.float32)
    x, y, right, bottom = box.x, box.y, box.right, box.bottom
    for side in ("top", "bottom", "left", "right"):
        vertical = side in ("top", "bottom")
        step = -1 if side in ("top", "left") else 1
        edge = {"top": y, "bottom": bottom - 1, "left": x, "right": right - 1}[side]
        last, misses = edge, 0
        for k in range(1, (box.h if vertical else box.w) + 1):
            at = edge + step * k
            if vertical:
                if not y0 <= at < y1 or _kept_out(keep_out, x, right, at, at + 1):
                    break
                g, r = near[at - y0, x - x0 : right - x0], raw[at - y0, x - x0 : right - x0]
            else:
                if not x0 <= at < x1 or _kept_out(keep_out, at, at + 1, y, bottom):
                    break
                g, r = near[y - y0 : bottom - y0, at - x0], raw[y - y0 : bottom - y0, at - x0]
            if (float(r.mean()) <= paper - PALE and float(np.abs(np.diff(g)).mean()) < TYPE_STEP
                    and float((g >= paper - PALE / 2).mean()) < PAPER_SHARE):
                last, misses = at, 0
            else:
                misses += 1
                if misses >= 2:
                    break
        if abs(last - edge) < 0.5 * char_h:
            last = edge
        if side == "top":
            y = last
        elif side == "bottom":
            bottom = last + 1
        elif side == "left":
            x = last
        else:
            right = last + 1
    return Box(x, y, right - x, bottom - y)


def _kept_out(boxes: Sequence[Box], x0: int, x1: int, y0: int, y1: int) -> bool:
    """The band [x0, x1) x [y0, y1) meets one of ``boxes`` (a scan's dark edge strip)."""
    return any(b.x < x1 and x0 < b.right and b.y < y1 and y0 < b.bottom for b in boxes)
