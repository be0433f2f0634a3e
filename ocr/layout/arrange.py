"""From measured pieces of text to the page's blocks: merged, given kinds, set in columns.

One sequence for positioned text whatever measured it: a scan's ink
(``ocr.layout.detect_layout``) or a PDF's fonts (``ocr.readers.pdf_layout``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from ..model import BlockKind, Box
from ..typography import DECK_RATIO
from .blocks import Region, x_overlap
from .deck_run import deck_run_on
from .grain import body_size
from .heading_kinds import DECK_LINES
from .kinds import assign_kinds
from .merge import merge_in_columns, merge_pieces
from .page_columns import column_of, find_columns
from .page_rules import foot_rule, top_rule


def arrange(
    regions: list[Region], type_ref: float, char_h: float, hrules: Sequence[Box], height: int,
    breaks: Sequence[Box] = (),
) -> tuple[list[Region], list[Box], float]:
    """Pieces merged, kinds given, columns found, each region's column set: the one
    sequence for positioned text whatever measured it (a scan's ink, a PDF's fonts).

    ``type_ref`` is the body's type size as the regions' sizes measure it, ``char_h``
    the body character height, ``breaks`` bands of white no piece is joined across (between
    briefs in a box, ``brief_box``); returns the regions, the columns and the body line height.
    """
    regions = merge_pieces(regions, type_ref, breaks)
    body = body_size(regions, char_h)
    top_rule = _top_rule(hrules, regions, height, type_ref)
    foot = foot_rule(hrules, [r.box for r in regions if r.lines], height, body)
    regions = assign_kinds(regions, type_ref, body, top_rule, foot)
    body_pieces = [r.box for r in regions if r.kind == BlockKind.BODY]
    columns = find_columns(body_pieces, char_h, min_lines_h=4 * body)
    if columns:
        regions = merge_in_columns(regions, columns, type_ref, body, breaks)
        regions = assign_kinds(regions, type_ref, body, top_rule, foot)
    regions = deck_run_on(regions, body, DECK_LINES)  # (once: the deck then has more lines)
    regions = [
        dataclasses.replace(
            r,
            column=column_of(r.box, columns)
            if r.kind != BlockKind.RULE or r.box.h < r.box.w
            else None,
        )
        for r in regions
    ]
    return regions, list(columns), body


def _top_rule(
    hrules: Sequence[Box], regions: list[Region], height: int, type_ref: float
) -> Box | None:
    """The page's top rule (``kinds.top_rule``) among a scan's rules."""

    text = [r for r in regions if r.lines]
    body = [r.box for r in text
            if len(r.lines) >= 3  # (a few specks in an ornament: not lines)
            and BODY_LOW * type_ref <= r.size < DECK_RATIO * type_ref]
    heads = [r.box for r in text if r.size >= DECK_RATIO * type_ref]
    extent = Box.enclosing([r.box for r in text])

    def headed(b: Box) -> bool:
        """A heading set right over the column ``b`` (within three of its lines)."""
        return any(0 <= b.y - h.bottom <= 4 * type_ref and x_overlap(b, h) > 0 for h in heads)

    def body_above(rule: Box, story: bool) -> float:
        """Share of the text's width covered by columns of body type above ``rule``
        (``story``: none unless one of them has a heading right over it)."""
        above = [b for b in body if b.bottom <= rule.y]
        if story and not any(map(headed, above)):
            return 0.0
        spans = sorted((b.x, b.right) for b in above)
        covered, reach = 0, -1
        for x0, x1 in spans:  # the union of the columns' spans
            covered += max(0, x1 - max(x0, reach))
            reach = max(reach, x1)
        return covered / max(1, extent.w) if extent is not None else 0.0

    return top_rule(hrules, [r.box for r in text], height, body_above)


#: Smallest type, as a share of the body's, that still counts as a column of body type
#: (notes in 6 point beside 10: 0.6); dots and specks in a masthead ornament measure less.
BODY_LOW = 0.6
