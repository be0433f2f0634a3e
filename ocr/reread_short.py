"""Chinese lines Tesseract read short in a column block: each read again on its own.

Reading a column of CJK body type (``PSM_SINGLE_COLUMN``, at the body's reduced scale),
Tesseract now and then keeps a line but drops a run of its characters: the last one or
two (``多个乡镇还组织了`` -> ``多个乡镇还组织``, ``气象部门提醒，近`` -> ``气象部门提醒，``)
or a run inside it. The line read alone at its own size (``PSM_SINGLE_LINE``, then
``PSM_RAW_LINE``) comes back whole. The evidence is the ink: CJK characters are set on
near-square cells, so ink in the line's band that no word read covers, a character wide
or more, is type that was not read. Only such lines are asked again (a few a page), and
a new reading is put in place of the old only when it holds the old one with characters
added (never fewer, never others) and Tesseract is as sure of it. Latin lines are not
asked: their word spaces and margin marks are ink or white that no word covers.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from rapidfuzz.distance import Levenshtein

from .layout import Region
from .model import Box, Line
from .readers.textmeasure import em_width
from .recognize import (
    PSM_SINGLE_COLUMN,
    Job,
    crop_origin,
    line_readings,
    scale_for,
    speck,
)
from .reread import mean_confidence, shifted
from .script import HAN_CHAR
from .tessapi import EngineTimeout

#: Ink in a line's band under no word read, this many type sizes wide (gaps of white
#: under half a type size inside it joined), is a character or more left unread. Lines
#: read whole mostly leave under 0.7 of a size uncovered (a full-width mark's white
#: side), some up to 1.9 (word boxes short of their glyphs: ``SHORT`` tells those
#: apart); a character dropped leaves 0.94-1.2.
UNREAD = 0.9
#: A line reads short when its ink spans this many cells more than it was read as
#: (justified lines of one cell fewer are spaced out to the measure: 0.9-1.0 more).
SHORT = 0.6
#: A pixel darker than this is ink.
INK = 128
#: A new reading is kept only with a mean word confidence this high, and no less than
#: the old reading's less ``SLACK``.
SURE = 0.5
SLACK = 0.1


def cjk(line: Line) -> bool:
    """Half or more of the line's characters are Han."""
    text = "".join(w.text for w in line.words)
    return bool(text) and 2 * len(HAN_CHAR.findall(text)) >= len(text)


def ink_columns(gray: np.ndarray, span: Box, line: Line, origin: tuple[int, int]) -> np.ndarray:
    """Which pixel columns of ``span`` (the block, page pixels) hold ink in the middle
    half of ``line``'s rows (crop pixels at ``origin``): the line's own, not its
    neighbours' ascenders."""
    assert line.box is not None
    top, bottom = origin[1] + line.box.y, origin[1] + line.box.bottom
    q = (bottom - top) // 4
    band = gray[top + q : bottom - q, span.x : span.right]
    if band.size == 0:
        return np.zeros(0, dtype=bool)
    return np.asarray((band < INK).any(axis=0))


def unread_ink(ink: np.ndarray, span: Box, line: Line, origin: tuple[int, int],
               size: float) -> int:
    """Widest stretch of ``ink`` (columns of ``span``) that none of ``line``'s words
    covers (crop pixels at ``origin``); gaps narrower than half of ``size`` inside a
    stretch join it."""
    free = ink.copy()
    for w in line.words:
        if w.box is not None:
            x0 = origin[0] + w.box.x - span.x
            free[max(0, x0) : max(0, x0 + w.box.w)] = False
    ink = np.flatnonzero(free)
    if ink.size == 0:
        return 0
    breaks = np.flatnonzero(np.diff(ink) > 0.5 * size)
    starts = np.concatenate(([ink[0]], ink[breaks + 1]))
    ends = np.concatenate((ink[breaks], [ink[-1]]))
    return int((ends - starts + 1).max())


def extent(ink: np.ndarray) -> int:
    """Pixels from the first inked column to the last."""
    at = np.flatnonzero(ink)
    return int(at[-1] - at[0] + 1) if at.size else 0


def read_short(region: Region, origin: tuple[int, int], read: list[Line],
               gray: np.ndarray) -> list[tuple[int, float]]:
    """The CJK lines of ``read`` read short, as (index, the cells their ink spans): ink a
    character wide or more under no word, and fewer cells read than the ink spans at the
    block's own pitch (the median over its lines of four cells or more: type sizes are
    measured on glyphs, which fill 0.8-0.95 of a cell as the face sets them)."""
    size = max(region.size, 1.0)
    lines = [(k, ln, ink_columns(gray, region.box, ln, origin))
             for k, ln in enumerate(read) if ln.box is not None and ln.words and cjk(ln)]
    pitches = [extent(ink) / cells for _, ln, ink in lines
               if (cells := em_width(_text(ln))) >= 4]
    if not pitches:
        return []
    pitch = float(np.median(pitches))
    out = []
    for k, ln, ink in lines:
        cells = extent(ink) / pitch
        if (cells - em_width(_text(ln)) >= SHORT
                and unread_ink(ink, region.box, ln, origin, size) >= UNREAD * size):
            out.append((k, cells))
    return out


def reread_short(
    gray: np.ndarray,
    regions: Sequence[Region],
    jobs: Sequence[Job],
    margins: Sequence[int],
    results: list[list[Line]],
    tess_langs: str,
    timeout: float,
) -> list[list[Line]]:
    """``results`` (each region's lines, in the pixels of its crop, as ``scan`` cuts it)
    with the CJK lines of column blocks that were read short read again alone, across
    the block's width, and the longer reading put in place where it extends the old."""
    h, w = gray.shape
    out = [list(lines) for lines in results]
    for i, (r, job, lines) in enumerate(zip(regions, jobs, results, strict=True)):
        if job.psm != PSM_SINGLE_COLUMN or not lines:
            continue
        origin = crop_origin(r.box, margins[i])
        for k, cells in read_short(r, origin, lines, gray):
            old = lines[k]
            assert old.box is not None
            band = Box(r.box.x, origin[1] + old.box.y, r.box.w, old.box.h)
            x, y = crop_origin(band, margins[i])
            image = gray[y : min(h, band.bottom + margins[i]), x : min(w, band.right + margins[i])]
            new = _longer(old, image, scale_for(r.size), cells, tess_langs, timeout)
            if new is not None:
                out[i][k] = shifted(new, x - origin[0], y - origin[1])
    return out


def _longer(old: Line, image: np.ndarray, scale: float, cells: float, tess_langs: str,
            timeout: float) -> Line | None:
    """The line in ``image`` read alone (one line, then raw) when that reading holds
    ``old``'s text with characters added, a Han character among them (a mark alone is
    as likely a speck or the line above's comma), no more than its ink's ``cells``
    hold, and is as sure; else ``None``."""
    before = _text(old)
    try:
        for found in line_readings(image, scale, tess_langs, timeout):
            found = [ln for ln in found if ln.words]
            if len(found) != 1 or speck(found):
                continue
            after = _text(found[0])
            added = len(after) - len(before)
            if (added > 0 and em_width(after) <= cells + SHORT
                    and Levenshtein.distance(before, after) == added
                    and len(HAN_CHAR.findall(after)) > len(HAN_CHAR.findall(before))
                    and mean_confidence(found[:1]) >= max(SURE, mean_confidence([old]) - SLACK)):
                return found[0]
    except EngineTimeout:
        return None  # (the old reading stands: nothing is lost that was not already)
    return None


def _text(line: Line) -> str:
    return "".join(w.text for w in line.words)
