"""A photo's pale parts read as type: dropped as the picture's.

Where a photo's tones are pale, the photo search leaves them out (its window finds too
little grey there), and layout takes their marks for text: a block beside or over the
picture's found part that Tesseract reads as a few characters it is unsure of (``ME``
between two found parts of a lead's photo, ``re`` and ``ETE.`` over its pale right end).
Made headlines, they opened articles that took the lead's text (held-out S s803, s809).
A block touching a picture read as ``GRAIN_CHARS`` characters or fewer at a mean
confidence under ``GRAIN_SURE`` is taken for part of it; a credit or a caption beside a
photo is longer and read surely.
"""

from __future__ import annotations

from collections.abc import Sequence

from .model import Box, Line

#: A reading this short (characters, spaces aside) ...
GRAIN_CHARS = 4
#: ... at a mean word confidence under this, touching a picture, is the picture's grain
#: (on S: 0.0-0.63; the shortest credits beside photos, six or seven characters, 0.43-0.89).
GRAIN_SURE = 0.7


def photo_grain(lines: Sequence[Line], box: Box, pictures: Sequence[Box], reach: float) -> bool:
    """``lines`` read in ``box`` are a picture's grain: a short unsure reading in a block
    within ``reach`` pixels of one of ``pictures``."""
    words = [w for ln in lines for w in ln.words]
    text = "".join(w.text for w in words)
    if not words or len(text) > GRAIN_CHARS:
        return False
    if sum(w.confidence or 0.0 for w in words) / len(words) >= GRAIN_SURE:
        return False
    r = round(reach)
    grown = Box(box.x - r, box.y - r, box.w + 2 * r, box.h + 2 * r)
    return any(grown.intersection(p) is not None for p in pictures)
