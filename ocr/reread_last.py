"""A CJK headline's short last line, read on the end of the line above it.

A Chinese headline broken one or two characters before its end leaves a last line of a
character or two (``老街改造完工 百年骑楼重现风`` over ``貌``). Tesseract reads such a
line as nothing, alone or in its block, at every page segmentation mode, or as an unsure
guess (``瑶``, ``转``): a lone large character gives its line finder and its language
model nothing to go on. Set on the end of the line above, half a type size after it, and
read as one line (``PSM_SINGLE_LINE``), it comes back right (``貌``, ``饱``). The line
above is read again with it, so the reading checks itself: it is kept only where it
starts with what was read of that line (a misread character in ``MISREAD`` aside, and
those the first reading lost: ``届村`` read ``和``) and ends in as many Han characters as
the short line holds cells; where it reads the line
above otherwise and surer (``名`` for ``区``, the two lines run together in the block's
reading), that reading is taken too.

A headline's last line often ends in its mark: ``了？``, ``锁了”``, ``家”了`` (a question,
a quotation closed on it). A mark is narrower in ink than its cell (``？`` half a cell, ``”``
a third at the cell's top), so the cells the ink measures do not count the characters;
such an end is taken where its Han characters fill no more cells than the ink holds and
its characters, marks counted, no fewer, and of the ends that fit, the one that leaves the
line above nearest its first reading (``疏楼回`` + ``家”了``, not ``疏楼`` + ``回家”了``); such a
line may measure up to ``MARKED_LINE`` cells, a line of Han characters alone ``SHORT_LINE``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
from rapidfuzz.distance import Levenshtein

from .layout import Region
from .layout.blocks import dust
from .model import Box, Line, Word
from .recognize import (
    PSM_SINGLE_LINE,
    Job,
    crop_origin,
    recognize_all,
    scale_for,
)
from .reread import mean_confidence, shifted
from .reread_merged import heading_blocks
from .reread_short import INK, cjk
from .script import CJK_PUNCTUATION, FULL_WIDTH_ALNUM, HAN_CHAR
from .tessapi import EngineTimeout

#: A last line this many type sizes wide or less holds a character or two.
SHORT_LINE = 2.5
#: A last line this wide or less may hold a character or two and a mark (``家”了``
#: measures 2.9); three Han characters as wide the block's reading mostly has (S s805's
#: ``的寻亲``, read there, is read ``的寻杀`` on the line above's end).
MARKED_LINE = 3.5
#: The last line's type against the line above's: a character of the same headline
#: (a speck or a rule's sliver under a line is much smaller).
SAME_TYPE = (0.8, 1.25)
#: White set between the two lines, in type sizes: a word space in a CJK line.
GAP = 0.5
#: The line above read again may differ from its first reading by a character in this
#: many (``名一餐十二元吃得`` read ``区一餐十二元吃得`` beside its last line).
MISREAD = 6
#: A run of ink parted from the next by white this many type sizes wide is a word of its
#: own, or a speck.
RUN_GAP = 0.5
#: White kept round each line's ink (pixels).
PAD = 4
#: A heading's marks read on its last line, full width or as Tesseract's ASCII.
#: (Not the full-width digits and letters those ranges hold: each fills its cell.)
MARKS = re.compile(f"(?![{FULL_WIDTH_ALNUM}])[{CJK_PUNCTUATION}?!\"'\u2018-\u201d]")
#: Cells of ink a mark may be short of its character count (``了？`` 1.5 cells for 2).
MARK_SLACK = 0.5


def reread_last(
    gray: np.ndarray,
    regions: Sequence[Region],
    jobs: Sequence[Job],
    margins: Sequence[int],
    results: list[list[Line]],
    tess_langs: str,
    timeout: float,
) -> list[list[Line]]:
    """``results`` (each region's lines, in the pixels of its crop) with each CJK heading
    block's unread short last line read on the end of the line above."""
    out = list(results)
    for i in heading_blocks(regions, jobs, results):
        r, lines = regions[i], results[i]
        above, last = r.lines[-2], _type_in(gray, r.lines[-1], r.lines[-2].h)
        if (last is None or last.w > MARKED_LINE * last.h
                or not SAME_TYPE[0] * above.h <= last.h <= SAME_TYPE[1] * above.h):
            continue
        ox, oy = crop_origin(r.box, margins[i])
        if _read_in(lines, last, ox, oy):
            continue
        known = _read_over(lines, above, ox, oy)
        if known is None or not cjk(known):
            continue
        try:
            found = recognize_all([Job(image=_side_by_side(gray, above, last), psm=PSM_SINGLE_LINE,
                                       scale=scale_for(max(above.h, last.h)))],
                                  tess_langs, timeout)[0]
        except EngineTimeout:
            continue
        words = [w for ln in found for w in ln.words]
        text, had = "".join(w.text for w in words), known.text.replace(" ", "")
        chars = _end(text, had, last.w / last.h)
        if chars is None:
            continue
        head, tail = text[:-chars], text[-chars:]
        conf = [w.confidence for w in _last_words(words, chars) if w.confidence is not None]
        box = last.shift(-ox, -oy)
        word = Word(tail, box=box, confidence=min(conf) if conf else None)
        lines = [_surer(known, words, len(head), above, ox, oy) if ln is known else ln
                 for ln in lines]
        out[i] = [*lines, Line(words=(word,), box=box)]
    return out


def _end(text: str, had: str, cells: float) -> int | None:
    """How many of ``text``'s last characters are the short last line, ``cells`` type
    sizes of ink wide, read on the end of the line above (``had`` as first read); ``None``
    where no end both fits the cells and leaves the line above as it was read."""
    fits = []
    for n in range(1, min(len(text), round(cells) + 2) + 1):
        head, tail = text[:-n], text[-n:]
        han, marks = len(HAN_CHAR.findall(tail)), len(MARKS.findall(tail))
        if not han or han + marks != n:
            continue
        if marks:  # a mark is narrower than its cell
            if han > cells + MARK_SLACK or n < cells - MARK_SLACK:
                continue
        elif han != max(1, round(cells)) or cells > SHORT_LINE:
            continue
        # (the first reading may have lost a character of the line above: 届村 read 和)
        slack = len(head) // MISREAD + max(0, len(head) - len(had))
        if (off := Levenshtein.distance(head, had)) <= slack:
            fits.append((off, n))
    return min(fits)[1] if fits else None


def _last_words(words: Sequence[Word], chars: int) -> Sequence[Word]:
    """The words that hold ``text``'s last ``chars`` characters: Tesseract may read a
    character and its mark as one word (``了？``), so a count of characters is no count
    of words, and the last line's confidence is its own words' only."""
    n, got = len(words), 0
    while n > 0 and got < chars:
        n -= 1
        got += len(words[n].text)
    return words[n:]


def _surer(known: Line, words: Sequence[Word], chars: int, above: Box, ox: int,
           oy: int) -> Line:
    """``known`` (the line above as first read), or its reading again from the side by
    side crop (its first ``words``, ``chars`` characters) where that differs and is surer,
    in the block crop's pixels (at ``ox, oy``)."""
    n, got = 0, 0
    while n < len(words) and got < chars:
        got += len(words[n].text)
        n += 1
    again = Line(words=tuple(words[:n]))
    if got != chars or again.text.replace(" ", "") == known.text.replace(" ", ""):
        return known
    if mean_confidence([again]) <= mean_confidence([known]):
        return known
    boxes = [w.box for w in again.words if w.box is not None]
    line = Line(words=again.words, box=Box.enclosing(boxes) if boxes else None)
    return shifted(line, max(0, above.x - PAD) - ox, max(0, above.y - PAD) - oy)


def _type_in(gray: np.ndarray, line: Box, type_h: int) -> Box | None:
    """``line``, or where runs of dust stand in it (ink parted by white of ``RUN_GAP``
    type ``type_h`` high), the box of the other runs (a speck of grain beside a lone last character
    stretches layout's line box over six cells: s803's ``收``)."""
    ink = gray[line.y : line.bottom, line.x : line.right] < INK
    cols = np.flatnonzero(ink.any(axis=0))
    if not cols.size:
        return None
    runs, start = [], cols[0]
    for a, b in zip(cols, cols[1:], strict=False):
        if b - a > RUN_GAP * type_h:
            runs.append((start, a))
            start = b
    runs.append((start, cols[-1]))
    boxes = []
    for a, b in runs:
        rows = np.flatnonzero(ink[:, a : b + 1].any(axis=1))
        box = Box(line.x + int(a), line.y + int(rows[0]), int(b - a) + 1,
                  int(rows[-1] - rows[0]) + 1)
        if not dust(box, type_h):
            boxes.append(box)
    return line if len(boxes) == len(runs) else Box.enclosing(boxes)


def _read_over(lines: Sequence[Line], band: Box, ox: int, oy: int) -> Line | None:
    """The line read (crop pixels at ``ox, oy``) over most of ``band`` (page pixels), if
    one covers half its height."""
    def cover(ln: Line) -> int:
        if ln.box is None or not ln.words:
            return 0
        return min(band.bottom, ln.box.bottom + oy) - max(band.y, ln.box.y + oy)
    best = max(lines, key=cover, default=None)
    return best if best is not None and 2 * cover(best) >= band.h else None


def _read_in(lines: Sequence[Line], box: Box, ox: int, oy: int) -> bool:
    """A word read (crop pixels at ``ox, oy``) has its middle inside ``box`` (page pixels)."""
    return any(w.box is not None
               and box.x <= w.box.x + ox + w.box.w // 2 <= box.right
               and box.y <= w.box.y + oy + w.box.h // 2 <= box.bottom
               for ln in lines for w in ln.words)


def _side_by_side(gray: np.ndarray, above: Box, last: Box) -> np.ndarray:
    """The line ``above`` and then ``last``, tops level, ``GAP`` of a type size apart."""
    a, b = (gray[max(0, x.y - PAD) : x.bottom + PAD, max(0, x.x - PAD) : x.right + PAD]
            for x in (above, last))
    h = max(a.shape[0], b.shape[0])
    a, b = (np.pad(c, ((0, h - c.shape[0]), (0, 0)), constant_values=255) for c in (a, b))
    gap = np.full((h, int(GAP * last.h)), 255, dtype=gray.dtype)
    return np.hstack([a, gap, b])
