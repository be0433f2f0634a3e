"""A PDF text layer's glyphs as words and printed lines, in points from the top-left corner.

What PDFium gives is characters; a reader wants words (set together on one baseline
without a space), hyphens that only split a word at a line end taken away, and lines.
Layout analysis (``pdf_layout``) works on these.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from ..linejoin import hyphen_is_wrap

#: PDFium's mark for a hyphen that ends a line inside a word: U+0002 in the text layer.
LINE_END_HYPHEN = "\x02"
_SOFT_HYPHEN = "\u00ad"


@dataclass(frozen=True, slots=True)
class Glyph:
    """One character of the text layer, in points from the page's top-left corner.

    ``x0..y1`` is the glyph's ink box; ``left``/``right`` its advance (where the
    next glyph may start); ``base`` the baseline; ``size`` the em size as set;
    ``gap`` is True when a space or line break precedes it in the text layer.
    """

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    left: float
    right: float
    base: float
    size: float
    bold: bool
    gap: bool = False


@dataclass(frozen=True, slots=True)
class PdfWord:
    """Glyphs set together on one baseline without a space (points, top-left origin)."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    base: float
    size: float
    bold: bool

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2


def words_of(glyphs: Sequence[Glyph]) -> list[PdfWord]:
    """Words from glyphs in text-layer order: a new word at a space, a baseline change or
    a gap wider than a thin space (CJK punctuation's white is inside its advance)."""
    out: list[PdfWord] = []
    run: list[Glyph] = []

    def flush() -> None:
        if run:
            sizes = sorted(g.size for g in run)
            out.append(PdfWord(
                text="".join(g.text for g in run),
                x0=min(g.x0 for g in run), y0=min(g.y0 for g in run),
                x1=max(g.x1 for g in run), y1=max(g.y1 for g in run),
                base=run[0].base, size=sizes[len(sizes) // 2],
                bold=2 * sum(g.bold for g in run) >= len(run),
            ))
            run.clear()

    for g in glyphs:
        if run and run[-1].text == LINE_END_HYPHEN:
            flush()  # the word goes on at the start of the next line
        if run:
            p = run[-1]
            em = max(p.size, g.size, 1.0)
            if (g.gap or abs(g.base - p.base) > 0.3 * em or g.left - p.right > 0.15 * em
                    or g.left < p.left - 0.1 * em or not 0.6 <= g.size / max(p.size, 0.1) <= 1.67):
                flush()
        run.append(g)
    flush()
    return _resolve_hyphens(out)


def _resolve_hyphens(words: list[PdfWord]) -> list[PdfWord]:
    """A line-end hyphen inside a word becomes a soft hyphen (dropped when lines are
    joined) unless it is a compound's own hyphen (``well-known``: both halves words, the
    joined form not). A capitalised first half over a lower-case rest is a name or a
    sentence's first word split by the typesetter (``Whit-ford``)."""
    out = list(words)
    for i, w in enumerate(out):
        if not w.text.endswith(LINE_END_HYPHEN):
            continue
        stem = w.text[:-1]
        nxt = out[i + 1].text if i + 1 < len(out) else ""
        left = "".join(c for c in stem[-40:] if c.isalpha())
        right = "".join(itertools.takewhile(str.isalpha, nxt))
        soft = bool(left) and bool(right) and right[0].islower() and (
            left[0].isupper() or hyphen_is_wrap(left, right))
        out[i] = replace(w, text=stem + (_SOFT_HYPHEN if soft else "-"))
    return out


def lines_of(words: Iterable[PdfWord]) -> list[list[PdfWord]]:
    """Words grouped into printed lines by baseline, each line left to right."""
    rows: list[list[PdfWord]] = []
    for w in sorted(words, key=lambda w: (w.base, w.x0)):
        if rows:
            last = rows[-1]
            ref = last[0]
            if abs(w.base - ref.base) <= 0.35 * min(ref.size, w.size) or (
                # a superscript or a smaller word set beside: ink mostly within the line
                min(w.y1, ref.y1) - max(w.y0, ref.y0) >= 0.6 * (w.y1 - w.y0)
                and w.size < ref.size
            ):
                last.append(w)
                continue
        rows.append([w])
    return [sorted(r, key=lambda w: w.x0) for r in rows]
