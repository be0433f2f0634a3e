"""What the kind rules measure once for a page of positioned text: a scan's or a PDF's.

Every rule of ``kinds`` (and the families it asks, ``heading_kinds``, ``caption_kinds``)
weighs one block against the page's body: its type size (``char_h``), its line height
(``body``), the stroke width of its running text (``bold_ref``), the white between a
column's lines (``leading``), and the neighbours just above or below it. Measured here
once, read by each rule alike.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import BlockKind, Box
from ..typography import HEADLINE_RATIO
from .blocks import Region, x_overlap


@dataclass(frozen=True, slots=True)
class TypePage:
    """A page's blocks with the measures of its body type the kind rules share.

    ``big`` holds the ids of the blocks in headline type (``HEADLINE_RATIO`` of the
    body's size at least), ``heads`` the blocks themselves; ``across`` the page's
    horizontal rules.
    """

    regions: list[Region]
    text: list[Region]
    pictures: list[Region]
    char_h: float
    body: float
    bold_ref: float
    leading: float
    big: frozenset[int]
    heads: list[Region]
    across: list[Box]

    def above(self, r: Region, candidates: list[Region], gap: float) -> Region | None:
        """A candidate just above ``r`` (``beside``)."""
        return beside(r, candidates, gap, up=True)

    def below(self, r: Region, candidates: list[Region], gap: float) -> Region | None:
        """A candidate just below ``r`` (``beside``)."""
        return beside(r, candidates, gap, up=False)


def stacked(upper: Box, lower: Box, gap: float) -> bool:
    """``lower`` stands right under ``upper``: its top within ``gap`` of ``upper``'s foot
    (2 px of overlap allowed: a scan's boxes touch), over half the narrower's width. The
    one test of "right under" the kind rules share."""
    return (-2 <= lower.y - upper.bottom <= gap
            and x_overlap(upper, lower) > 0.5 * min(upper.w, lower.w))


def beside(r: Region, candidates: list[Region], gap: float, up: bool) -> Region | None:
    """A candidate just above (``up``) or below ``r``: within ``gap``, overlapping in x."""
    for c in candidates:
        if c is not r and (stacked(c.box, r.box, gap) if up else stacked(r.box, c.box, gap)):
            return c
    return None


def type_page(regions: list[Region], char_h: float, body: float) -> TypePage:
    """The page's measures: its body's stroke width (the median over lines, as a bold face
    is told against it) and leading (the median white between the lines of its blocks
    of several lines), its headline-sized blocks and its rules across."""
    text = [r for r in regions if r.lines]
    big = frozenset(id(r) for r in text if r.size >= HEADLINE_RATIO * char_h)
    weights = sorted((r.weight, len(r.lines)) for r in text if r.weight > 0)
    total = sum(n for _, n in weights)
    acc, bold_ref = 0, 0.0
    for w, n in weights:  # the body's stroke width: the median over lines
        acc += n
        if 2 * acc >= total:
            bold_ref = w
            break
    # the white between a column's lines (median over the page's blocks of several lines)
    gaps = sorted(n.y - p.bottom for r in text for p, n in zip(r.lines, r.lines[1:],
                                                                 strict=False))
    leading = float(gaps[len(gaps) // 2]) if gaps else 0.0
    return TypePage(
        regions=regions,
        text=text,
        pictures=[r for r in regions if r.kind == BlockKind.ILLUSTRATION],
        char_h=char_h,
        body=body,
        bold_ref=bold_ref,
        leading=leading,
        big=big,
        heads=[r for r in text if id(r) in big],
        across=[r.box for r in regions if r.kind == BlockKind.RULE and r.box.w > r.box.h],
    )
