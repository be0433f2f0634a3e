"""Lines Tesseract skipped in a block it read: each read again on its own.

Reading a column block (``PSM_SINGLE_COLUMN``), Tesseract now and then returns one line
fewer than the block holds: a letter-spaced byline line (``员 钱晓燕 记者 李``, between
``本报讯（通讯`` and ``昂）昨日，``), a paragraph's short last line (``瓦时。``). Nothing
says so, and the page loses the words (2 lines on 8 devset pages). Layout knows the
block's lines: a line of the block's own type that no line read overlaps is cropped and
read alone (``PSM_SINGLE_LINE``) and put back in its place. A "line" much taller than the
type (a picture layout took for text, lines it could not part) is not asked again. A block
read as a speck (heavy noise: a two-line Hei headline read as ``人``) has every line asked,
and so has one read as nothing at all: on a heavy scan a three-line Hei headline of 64 px
type, specks between its characters, came back empty as a column and was dropped with a
warning (S4 s839, S5 s854, S6 s863), while each of its lines read alone comes back whole
at confidence 0.57-0.89. A block too narrow for two characters of its type (a sliver of
specks at the page's edge, a speck or two) is not asked (``holds_type``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import numpy as np

from .layout import Region
from .model import Box, Line
from .recognize import (
    PSM_SINGLE_COLUMN,
    PSM_SINGLE_LINE,
    Job,
    crop_origin,
    recognize_all,
    scale_for,
    speck,
)
from .tessapi import EngineTimeout

#: A layout line counts as read when a line read covers this share of its height.
COVERED = 0.3
#: Lines of the block's own type only: between these multiples of its type size.
TYPE_LINE = (0.5, 2.0)
#: A line read again is put back only when Tesseract's mean word confidence reaches this
#: (the devset's two skipped lines: 0.86 and 0.85; a photo's edge read as letters: 0.0).
SURE = 0.5


def skipped(region: Region, origin: tuple[int, int], read: list[Line]) -> list[Box]:
    """Layout's lines of ``region`` (page pixels) that no line of ``read`` (pixels of the
    crop at ``origin``) covers; only lines of the region's own type are asked."""
    got = [ln.box.shift(*origin) for ln in read if ln.box is not None]
    size = max(region.size, 1.0)
    out = []
    for line in region.lines:
        if not TYPE_LINE[0] * size <= line.h <= TYPE_LINE[1] * size:
            continue
        cover = max((min(line.bottom, g.bottom) - max(line.y, g.y) for g in got), default=0)
        if cover < COVERED * line.h:
            out.append(line)
    return out


def holds_type(region: Region, char_h: float) -> bool:
    """Whether a block read as nothing is wide enough for two characters of its own type
    (``讣告``, the least a heading of Chinese or a word holds), and its type no smaller
    than the body's ``char_h``: a sliver of specks down the page's edge (1-3 px wide,
    "lines" of a pixel) is none, nor a speck or two of a heavy scan boxed as a block of
    two lines (11-24 px wide, 10-18 px "type": read alone, ``a``, ``上`` and ``叫`` at
    confidence 0.77-0.89), nor a strip of specks by a column's edge whose "type" is
    under the body's (S2 s824: 14 px against 18, read ``I`` ``I`` ``I`` and taken into
    the headlines' stories; S7 s875's ``四``, S s809's ``a``). The headings this is for
    stand four to seven times the body's ``char_h`` (S4 s839, S5 s854, S6 s863)."""
    return region.box.w >= 2 * region.size > 0 and region.size >= char_h


def reread_skipped(
    gray: np.ndarray,
    regions: Sequence[Region],
    jobs: Sequence[Job],
    margins: Sequence[int],
    results: list[list[Line]],
    tess_langs: str,
    timeout: float,
    *,
    char_h: float,
) -> tuple[list[list[Line]], tuple[str, ...]]:
    """``results`` (each region's lines, in the pixels of its crop: the region and
    ``margins`` of white around it, as ``scan`` cuts it) with the lines Tesseract skipped
    in a column block read again on their own and put back in reading order; and a
    warning when that reading ran out of time (the lines stay lost, but not silently).

    A line read alone that is a speck, or that Tesseract is unsure of (mean confidence
    under ``SURE``), is not put back: a skipped "line" is often no type at all (a
    picture's edge, a smear), which Tesseract reads as letters at confidence 0."""
    asked: list[tuple[int, tuple[int, int]]] = []  # (region, the line crop's corner)
    specks: set[int] = set()
    crops: list[Job] = []
    h, w = gray.shape
    origins = [crop_origin(r.box, m) for r, m in zip(regions, margins, strict=True)]
    for i, (r, job, lines) in enumerate(zip(regions, jobs, results, strict=True)):
        if job.psm != PSM_SINGLE_COLUMN or not (lines or holds_type(r, char_h)):
            continue
        if speck(lines):  # read as a speck or as nothing (heavy noise): its lines, each alone
            lines = []
            specks.add(i)
        for box in skipped(r, origins[i], lines):
            x, y = crop_origin(box, margins[i])
            image = gray[y : min(h, box.bottom + margins[i]), x : min(w, box.right + margins[i])]
            # At the size its type asks for, not the body's reduced one: read small, a
            # two-character line (瓦时。) came back empty.
            crops.append(Job(image=image, psm=PSM_SINGLE_LINE, scale=scale_for(box.h)))
            asked.append((i, (x, y)))
    if not crops:
        return results, ()
    out = [[] if i in specks else list(lines) for i, lines in enumerate(results)]
    late = 0
    for (i, (x, y)), job in zip(asked, crops, strict=True):
        try:  # one at a time (a page asks again for a line or two): a slow one loses itself
            found = recognize_all([job], tess_langs, timeout)[0]
        except EngineTimeout:
            late += 1
            continue
        if not found or speck(found) or mean_confidence(found) < SURE:
            continue
        dx, dy = x - origins[i][0], y - origins[i][1]
        for new in (shifted(ln, dx, dy) for ln in found if ln.words):
            y_new = new.box.y if new.box else 0
            at = next((k for k, ln in enumerate(out[i])  # before the first line below it
                       if ln.box is not None and ln.box.y > y_new), len(out[i]))
            out[i].insert(at, new)
    return out, (f"{late} line(s) Tesseract skipped could not be read again within "
                 f"{timeout:g} s: left out",) if late else ()


def mean_confidence(lines: Sequence[Line]) -> float:
    """Mean word confidence of ``lines`` (a word without one counts 0)."""
    confs = [w.confidence or 0.0 for ln in lines for w in ln.words]
    return sum(confs) / len(confs) if confs else 0.0


def shifted(line: Line, dx: int, dy: int) -> Line:
    """``line`` read in a line's crop, in the pixels of its block's crop."""
    words = tuple(dataclasses.replace(w, box=w.box.shift(dx, dy) if w.box else None)
                  for w in line.words)
    return dataclasses.replace(line, words=words,
                               box=line.box.shift(dx, dy) if line.box else None)
