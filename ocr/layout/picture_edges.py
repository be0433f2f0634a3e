"""A picture's edges: the area the photo search found, tightened to what is picture and
parted where bare paper crosses it.

The photo search (``blocks.find_illustrations``) measures density in a window four
characters wide, so its areas reach past a photo's edge and bridge the white between two
photos set close. Each area is shrunk to the rows and columns that are mostly picture,
and cut where a band of bare paper a character wide crosses it.
"""

from __future__ import annotations

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


#: Share of picture pixels under which a band of columns or rows is bare paper: a
#: gutter's (0.03 on a heavily degraded page); a photo's palest parts hold 0.25 or more.
BARE = 0.1


def parted(tone: np.ndarray, ink: np.ndarray, box: Box | None, char_h: float) -> list[Box]:
    """``box`` cut where a band of bare paper a character wide or more crosses it, each
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
        gaps = np.flatnonzero(np.diff(bare) > max(1.0, char_h))
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
