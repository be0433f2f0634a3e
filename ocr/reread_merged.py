"""Heading lines Tesseract ran together: each read again on its own.

Reading a headline block (``PSM_SINGLE_COLUMN``), Tesseract's line finder now and then
takes two of its lines for one, most often a display line with a short last line under
it (a CJK headline broken one or two characters before its end: ``老街改造完工 百年骑楼重现风``
over ``貌``, ``区 一餐十二元吃得`` over ``饱``). The line it returns reaches over both of
layout's lines and is garbled (``ee 百年骑楼重现风``, ``区 ee``); nothing is skipped, so
``reread.reread_skipped`` does not ask again. Layout knows the block's lines: when a line
read covers two of them, each of the block's lines is read alone (``PSM_SINGLE_LINE``)
and the readings replace the block's when they hold no fewer characters and Tesseract is
surer of them. Only heading blocks are asked: a few lines of large type a page, where a
lost word is a lost headline; a body column's lines are read well enough as they are
(and its CJK word boxes, taller than the type, overlap the next line's as a rule).

A CJK heading block is read line by line whatever its column reading: there the column
reading misreads a heading's short last line without running it into the line above
(``楼重现风貌`` read ``风朋``, ``办、一日结”`` read ``沁上朋结`` on heavy scans; alone,
each comes back whole and surer). The same test keeps the better reading; Latin heading
blocks asked so gained nothing (S2) and are asked only when run together.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import numpy as np

from .layout import Region
from .model import HEADING_KINDS, Line
from .recognize import (
    PSM_SINGLE_COLUMN,
    PSM_SINGLE_LINE,
    Job,
    crop_origin,
    recognize_all,
    scale_for,
    speck,
)
from .reread import COVERED, TYPE_LINE, mean_confidence, shifted
from .reread_short import cjk
from .tessapi import EngineTimeout


def heading_blocks(regions: Sequence[Region], jobs: Sequence[Job],
                   results: Sequence[list[Line]]) -> Iterator[int]:
    """Indexes of the heading blocks of two layout lines or more read as one block
    (``PSM_SINGLE_COLUMN``) with some text: what the heading passes read again."""
    for i, (r, job, lines) in enumerate(zip(regions, jobs, results, strict=True)):
        if (r.kind in HEADING_KINDS and job.psm == PSM_SINGLE_COLUMN and lines
                and len(r.lines) >= 2):
            yield i


def merged(region: Region, origin: tuple[int, int], read: list[Line]) -> bool:
    """A line of ``read`` (pixels of the crop at ``origin``) covers two or more of
    ``region``'s lines of its own type (page pixels), each by ``COVERED`` of its height."""
    size = max(region.size, 1.0)
    own = [ln for ln in region.lines if TYPE_LINE[0] * size <= ln.h <= TYPE_LINE[1] * size]
    for line in read:
        if line.box is None:
            continue
        got = line.box.shift(*origin)
        cover = [ln for ln in own
                 if min(ln.bottom, got.bottom) - max(ln.y, got.y) >= COVERED * ln.h]
        if len(cover) >= 2:
            return True
    return False


def reread_merged(
    gray: np.ndarray,
    regions: Sequence[Region],
    jobs: Sequence[Job],
    margins: Sequence[int],
    results: list[list[Line]],
    tess_langs: str,
    timeout: float,
) -> list[list[Line]]:
    """``results`` (each region's lines, in the pixels of its crop, as ``scan`` cuts it)
    with each heading block whose lines Tesseract ran together, and each CJK one, read
    again line by line, where that reading holds as many characters and is surer."""
    h, w = gray.shape
    out = list(results)
    for i in heading_blocks(regions, jobs, results):
        r, lines = regions[i], results[i]
        origin = crop_origin(r.box, margins[i])
        if not (merged(r, origin, lines) or any(cjk(ln) for ln in lines)):
            continue
        new: list[Line] = []
        try:
            for box in r.lines:
                x, y = crop_origin(box, margins[i])
                image = gray[y : min(h, box.bottom + margins[i]),
                             x : min(w, box.right + margins[i])]
                found = recognize_all([Job(image=image, psm=PSM_SINGLE_LINE,
                                           scale=scale_for(box.h))], tess_langs, timeout)[0]
                found = [ln for ln in found if ln.words]
                if found and not speck(found):
                    new.extend(shifted(ln, x - origin[0], y - origin[1]) for ln in found)
        except EngineTimeout:
            continue  # (the first reading stands)
        if (_chars(new) >= _chars(lines)
                and mean_confidence(new) > mean_confidence(lines)):
            out[i] = new
    return out


def _chars(lines: Sequence[Line]) -> int:
    return sum(len(w.text) for ln in lines for w in ln.words)
