"""A one-line block's crop as Tesseract should see it: its own line in white, without
the feet or tops of the lines set a few pixels over or under it."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .layout import Region

#: White (pixels) that parts a neighbouring line from a one-line block (``neighbours_out``).
SET_OFF = 2
#: A neighbour's type is at least this share of the block's: a smaller one is a piece.
NEIGHBOUR_TYPE = 0.5
#: A neighbour's part of the margin is whitened only when it holds a pixel darker than
#: this, ink: whitening grey fringe alone changed reads both ways (S3 s826 a heading
#: line lost, with no pixel of ink whitened).
INK = 128


def neighbours_out(crop: np.ndarray, origin: tuple[int, int], r: Region,
                   regions: Sequence[Region]) -> np.ndarray:
    """A one-line block's crop with the other blocks' ink in its white margin made white.

    A deck set a few pixels under its headline (S7 s876: 3 px of white, the margin 10 px)
    has the headline's feet in its crop, and read as one line (``PSM_SINGLE_LINE``) they
    join its glyphs: ``我市代表队夺得男子200米直道竞速冠军`` came out ``我市穴队地得勇子200有
    直道党建冠军``, and with 2 px of margin it reads right (0.90). A column read as a
    column takes such feet as a line of their own, so only a line is cleaned.

    A neighbour is another line of type over or under the block, parted from it by white
    (``SET_OFF`` px) and at least ``NEIGHBOUR_TYPE`` of its size: on a degraded scan
    layout cuts one heading line into blocks of glyph pieces that touch (S3 s830: a 55 px
    line over pieces of 5-14 px at no gap), and whitening those cut its glyphs apart.
    """
    x0, y0 = origin
    ch, cw = crop.shape[:2]
    own = r.box
    out = crop
    for o in regions:
        b = o.box
        if o is r or b.x >= x0 + cw or b.right <= x0 or b.y >= y0 + ch or b.bottom <= y0:
            continue
        apart = b.bottom + SET_OFF <= own.y or own.bottom + SET_OFF <= b.y
        if not apart or o.size < NEIGHBOUR_TYPE * r.size:
            continue
        # The neighbour's box (clear of the block's own), in the crop's pixels.
        part = (slice(max(b.y, y0) - y0, min(b.bottom, y0 + ch) - y0),
                slice(max(b.x, x0) - x0, min(b.right, x0 + cw) - x0))
        if int(crop[part].min(initial=255)) >= INK:
            continue  # (a box's pale edge alone: whitening it only moves Tesseract's threshold)
        if out is crop:
            out = crop.copy()
        out[part] = 255
    return out
