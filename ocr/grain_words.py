"""Grain read as a word: a heavy scan's speckle, inside a block, read by Tesseract as a
short low word (``SES`` 87x11 px in a caption of 32 px lines, ``al`` 134x12, ``LORS`` 28x9:
fresh heavy pages s2210, s2204, s2216). Plain Tesseract, reading the page whole, drops such
marks as noise; read block by block they become words, and every letter of them is a letter
the page does not print (order-free CER).

A word's letters say how tall its ink must be: a word of x-height letters only (``ae``)
stands the block's x-height, any other (a capital, an ascender, a digit) its cap height,
both measured on the block's own sure words. A word with a CJK character is not judged: a
Han glyph's ink is as tall as its strokes (``一``); nor is a block of CJK text
(``_heights``). A word whose box is under ``GRAIN_HEIGHT`` of that and that Tesseract is
unsure of (under ``GRAIN_SURE``) is grain: no type prints a
letter that short at that size; so are the words it leaves on its line when Tesseract
rejects them all too (under ``GRAIN_BLOCK_SURE``: ``RRR`` beside ``PLEO`` over a photo's
credit, S6 s869, where the ``RRR`` left alone read as the caption's first line and kept the
credit in it). It is dropped with a warning that names it (nothing the page
prints may vanish unsaid). A block without sure words to measure is left as read.

A block of grain on its own (``Rico an ASR``, 19 px tall beside 46 px lines of text, every
word at confidence 0; s2210) has no sure word to measure: a block every word of which
Tesseract is unsure of (under ``GRAIN_BLOCK_SURE``) and whose lines all stand under
``GRAIN_LINE`` of the body's line is grain too, and is dropped the same way, named. A
heading read unsure (``Workshops.``) stands taller than the body; a credit or a folio in
small type is read surely.
"""

from __future__ import annotations

import dataclasses
from statistics import median

from .model import Box, Line, Word
from .script import is_cjk

#: A word whose ink is under this share of the height its letters need is no type's.
GRAIN_HEIGHT = 0.6
#: ... when Tesseract is also this unsure of it (a sure small word is a real one).
GRAIN_SURE = 0.6
#: The block's sure words, what its x-height and cap height are measured on.
MEASURE_SURE = 0.8
#: A block of grain: every word read under this confidence ...
GRAIN_BLOCK_SURE = 0.3
#: ... and every line under this share of the body's line height.
GRAIN_LINE = 0.5
#: Latin lower-case letters without ascender or descender: they stand the x-height.
X_LETTERS = frozenset("acemnorsuvwxz")


def _needed(text: str, x_height: float, cap_height: float) -> float | None:
    """The height ``text``'s letters need (None for a word of no letter or digit, or of a
    CJK character: a Han glyph's ink is as tall as its strokes, ``一`` one stroke high)."""
    letters = [c for c in text if c.isalnum()]
    if not letters or any(is_cjk(c) for c in letters):
        return None
    return x_height if all(c in X_LETTERS for c in letters) else cap_height


def _heights(lines: list[Line]) -> tuple[float, float] | None:
    """The block's x-height and cap height, from its sure words (None: none to measure, or
    a block of CJK text). In Chinese text Tesseract's box of a figure takes the height of
    the full-width marks and Han glyphs beside it (``21`` 56 px, ``180`` 25 px in one
    paragraph), and a Han word's ink stands the full em: no height there says what a
    figure read unsure must stand (``.65`` of ``2.65元``, ``87.6%。``: S7 s877's real
    figures, dropped as grain when measured so)."""
    words = [w for ln in lines for w in ln.words]
    if any(is_cjk(c) for w in words for c in w.text):
        return None
    sure = [w for w in words if w.box is not None and (w.confidence or 0.0) >= MEASURE_SURE]
    tall = [w.box.h for w in sure if w.box is not None and len(w.text) > 2]
    if not tall:
        return None
    low = [w.box.h for w in sure if w.box is not None and all(c in X_LETTERS for c in w.text)]
    cap = float(median(tall))
    return (float(median(low)) if low else GRAIN_HEIGHT * cap), cap


def grain(word: Word, x_height: float, cap_height: float) -> bool:
    """``word`` is grain beside type of ``x_height`` and ``cap_height``."""
    need = _needed(word.text, x_height, cap_height)
    return (need is not None and word.box is not None
            and word.box.h < GRAIN_HEIGHT * need and (word.confidence or 0.0) < GRAIN_SURE)


def off_grain(lines: list[Line]) -> tuple[list[Line], list[str]]:
    """One block's ``lines`` without its grain words, and the words dropped. A line left
    without words is dropped; a line's box is its kept words' again."""
    measure = _heights(lines)
    if measure is None:
        return lines, []
    out: list[Line] = []
    dropped: list[str] = []
    for ln in lines:
        gone = [grain(w, *measure) for w in ln.words]
        if not any(gone):
            out.append(ln)
            continue
        if all(g or (w.confidence or 0.0) < GRAIN_BLOCK_SURE
               for w, g in zip(ln.words, gone, strict=True)):
            gone = [True] * len(gone)  # (what grain leaves of a line, read unsure: grain)
        kept = tuple(w for w, g in zip(ln.words, gone, strict=True) if not g)
        dropped += [w.text for w, g in zip(ln.words, gone, strict=True) if g]
        if kept:
            box = Box.enclosing([w.box for w in kept if w.box is not None]) or ln.box
            out.append(dataclasses.replace(ln, words=kept, box=box))
    return out, dropped


def grain_block(lines: list[Line], body: float) -> bool:
    """``lines`` (a block's) are grain beside a body of ``body`` px lines, read unsure."""
    words = [w for ln in lines for w in ln.words]
    return (bool(words) and all((w.confidence or 0.0) < GRAIN_BLOCK_SURE for w in words)
            and all(ln.box is not None and ln.box.h < GRAIN_LINE * body for ln in lines))


def off_grain_all(results: list[list[Line]],
                  body: float) -> tuple[list[list[Line]], tuple[str, ...]]:
    """Each block's lines without grain words (and no lines for a block of grain, beside
    a body of ``body`` px lines), and a warning naming what was dropped."""
    out: list[list[Line]] = []
    dropped: list[str] = []
    for lines in results:
        if grain_block(lines, body):
            out.append([])
            dropped += [w.text for ln in lines for w in ln.words]
            continue
        kept, gone = off_grain(lines)
        out.append(kept)
        dropped += gone
    if not dropped:
        return out, ()
    return out, (f"{len(dropped)} grain marks read as words dropped: "
                 + " ".join(repr(t) for t in dropped),)
