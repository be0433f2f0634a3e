"""Pages scanned turned: sideways or upside down (a microfilm frame, a sheet fed the
wrong way round).

Read as it lies, such a page gives rows of stray marks and mirrored letters, which
nothing later can mend. Tesseract's orientation detection (its ``osd`` data, installed
with Tesseract) tells by how much a page is turned; the scan path asks it only when the
page as it lies reads badly (``legibility`` under ``LEGIBLE_SHARE``), so a page that
reads well costs nothing more, and keeps the turned reading only when it reads clearly
better. All boxes stay in the pixels of the image as scanned: ``turned_back`` maps the
turned image's pixels back to it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from .model import Block, Box, Line, Page, Turn

if TYPE_CHECKING:  # OpenCV, numpy and Tesseract load with the scan path, not for this
    import numpy as np

    from .readers.image import ScanImage

#: A word read with at least this confidence counts as read.
CONFIDENT = 0.6
#: A page whose characters are in confident words less than this often is asked whether
#: it lies turned. Upright pages read 0.97-1.0 (devset) and 0.39-0.60 (NZZ black letter
#: read with English data); turned ones 0.2-0.3.
LEGIBLE_SHARE = 0.45
#: Tesseract's confidence in an orientation below which it is not acted on (its own
#: readings at full resolution: 6-30 on the fixture, devset and NZZ pages, whichever
#: way they lie; the turned reading must also read better to be kept).
OSD_CONFIDENCE = 3.0
#: The turned reading is kept when this much more of it is legible than of the page as
#: it lies.
BETTER_BY = 0.2
#: Orientation is found on a copy at most this many pixels on its longer side (an
#: archive's 400 dpi broadsheet). Reduced further, Tesseract's confidence falls away:
#: a 300 dpi devset page turned 90 degrees read 3.8 at 1800 px against 21.7 at full size,
#: for about the same CPU (0.35-0.5 s; 0.8 s for a 5551 px NZZ page). The call has no
#: deadline of its own: its cost is bounded by the copy's size.
OSD_SIDE = 6000
_ROT90 = {90: 3, 180: 2, 270: 1}  # numpy's counter-clockwise quarter turns


def legibility(page: Page) -> float:
    """Share of the page's characters in words read with ``CONFIDENT`` confidence or more
    (0.0 for a page of which nothing was read with a confidence: a sideways page's blocks
    may all read as nothing and be dropped)."""
    rated = [(len(w.text), w.confidence) for b in page.blocks for ln in b.lines
             for w in ln.words if w.confidence is not None]
    total = sum(n for n, _ in rated)
    if not total:
        return 0.0
    return sum(n for n, c in rated if c >= CONFIDENT) / total


def detect_turn(gray: np.ndarray) -> tuple[Turn, float]:
    """The clockwise turn that brings the page upright, and Tesseract's confidence in it
    (``(0, 0.0)`` when it cannot tell)."""
    import cv2

    from .tessapi import engine

    h, w = gray.shape
    scale = min(1.0, OSD_SIDE / max(h, w))
    small = gray if scale == 1.0 else cv2.resize(
        gray, (max(1, round(w * scale)), max(1, round(h * scale))), interpolation=cv2.INTER_AREA)
    with engine("osd") as osd:
        found = osd.orientation(small)
    if found is None:
        return 0, 0.0
    degrees, confidence = found
    # Tesseract names the page's orientation counter-clockwise; the turn undoes it.
    turn = (360 - degrees) % 360
    return (cast(Turn, turn), confidence) if turn in (0, 90, 180, 270) else (0, 0.0)


def turned(image: ScanImage, turn: Turn) -> ScanImage:
    """``image`` turned ``turn`` degrees clockwise (exactly: whole pixels move)."""
    import numpy as np

    if turn == 0:
        return image
    k = _ROT90[turn]
    colour = None if image.colour is None else np.ascontiguousarray(np.rot90(image.colour, k))
    return dataclasses.replace(image, gray=np.ascontiguousarray(np.rot90(image.gray, k)),
                               colour=colour)


def turned_back(
    turn: Turn, size: tuple[int, int]
) -> tuple[tuple[float, float, float], tuple[float, float, float]]:
    """The 2x3 affine map from the pixels of an image turned ``turn`` degrees clockwise
    back to the image as scanned, whose (width, height) is ``size``."""
    w, h = size
    if turn == 90:  # turned clockwise: its x runs down the scan's left edge upwards
        return ((0.0, 1.0, 0.0), (-1.0, 0.0, float(h)))
    if turn == 180:
        return ((-1.0, 0.0, float(w)), (0.0, -1.0, float(h)))
    if turn == 270:
        return ((0.0, -1.0, float(w)), (1.0, 0.0, 0.0))
    return ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0))


def upright(page: Page) -> Page:
    """``page`` (read from a scan turned ``page.turn`` degrees, its boxes in the scan's
    pixels) with its boxes on the page turned upright, as the stages lay it out."""
    if not page.turn or page.size is None:
        return page
    w, h = page.size
    size = (h, w) if page.turn in (90, 270) else (w, h)
    # the scan is the upright page turned the other way round
    back = cast(Turn, (360 - page.turn) % 360)
    return dataclasses.replace(_mapped(page, _box_map(back, size)), size=size, turn=0)


def as_scanned(page: Page, turn: Turn) -> Page:
    """The inverse of ``upright``: ``page``'s boxes back in the pixels of the scan it
    was turned ``turn`` degrees from."""
    if not turn or page.size is None:
        return page
    w, h = page.size
    size = (h, w) if turn in (90, 270) else (w, h)
    return dataclasses.replace(_mapped(page, _box_map(turn, size)), size=size, turn=turn)


def _box_map(turn: Turn, size: tuple[int, int]) -> Callable[[Box], Box]:
    """Boxes on an image turned ``turn`` clockwise from one of ``size`` -> on that one
    (exact: a quarter turn maps a box's corners onto a box's corners)."""
    from .preprocess import Transform  # (with the scan path's OpenCV: asked for scans only)

    w, h = size
    turned_size = (h, w) if turn in (90, 270) else (w, h)
    return Transform(turned_back(turn, size), turned_size, size).to_original


def _mapped(page: Page, fn: Callable[[Box], Box]) -> Page:
    def line(ln: Line) -> Line:
        words = tuple(w if w.box is None else dataclasses.replace(w, box=fn(w.box))
                      for w in ln.words)
        return dataclasses.replace(ln, words=words, box=ln.box and fn(ln.box))

    def block(b: Block) -> Block:
        return dataclasses.replace(b, lines=tuple(map(line, b.lines)), box=b.box and fn(b.box))

    return dataclasses.replace(page, blocks=tuple(map(block, page.blocks)),
                               columns=tuple(map(fn, page.columns)))
