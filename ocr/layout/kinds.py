"""Block kinds from how a block is printed: the one place that decides them, for every input.

Each input brings the evidence it has, and the rule that turns evidence into a kind is
written here once:

- a scan (ink) and a PDF's glyphs (fonts) bring layout regions with a type size, a
  stroke weight and neighbours: :func:`assign_kinds` (the order its rules are asked in;
  the rules themselves by family in ``heading_kinds`` and ``caption_kinds``, over the
  page's measures in ``type_page``), then for exact font sizes :func:`typeset_kinds`;
- another engine's page (ALTO, PAGE, hOCR) brings what the engine said, its element or
  region type, class or role tag, and font sizes or line heights: ``engine_kinds``
  (which also finds the kickers and furniture such a page leaves unnamed), with the
  ratios written here and the top rule of ``page_rules``.

The type-size ratios are typography's (``HEADLINE_RATIO``, ``DECK_RATIO``,
``CAPTION_RATIO``), the same for every input. Kinds told by the words (byline, jump,
credit, furniture lines; headlines of a page without geometry) are read afterwards by
the ``classify`` stage through ``ocr.markers``.
"""

from __future__ import annotations

import dataclasses

from ..model import BlockKind, Box
from ..typography import CAPTION_RATIO, DECK_RATIO
from .blocks import Region, x_overlap
from .caption_kinds import captioned, kicker_under_caption
from .heading_kinds import (
    bold_head,
    boxed_title,
    deck_in_face,
    deck_over_story,
    deck_sized,
    kicker_line,
    little_larger_head,
    semibold_head,
)
from .type_page import stacked, type_page


def weighted_median(pairs: list[tuple[float, int]]) -> float:
    """The value at the middle of the weights (a type size weighted by its lines)."""
    total = sum(w for _, w in pairs)
    acc = 0
    for value, weight in sorted(pairs):
        acc += weight
        if 2 * acc >= total:
            return value
    return 0.0


# -- positioned text measured on the page: scans and PDF glyphs ---------------------------


def assign_kinds(
    regions: list[Region], char_h: float, body: float, top_rule: Box | None,
    foot_rule: Box | None = None,
) -> list[Region]:
    """Kinds from type size (against ``char_h``) and neighbours (gaps in ``body`` lines).

    A headline is set in type clearly taller than the body's, or bold, or larger than the
    body right under it; a kicker is a short line just above a headline and a subheadline
    a smaller line just below one; a caption sits just under an illustration; furniture
    (masthead, date and weather strip) sits above the lowest page-wide rule near the top,
    and the folio line under the page's foot rule (``foot_rule``).

    The rules are asked in this order, the first that holds deciding: a rule's test may
    lean on the ones before it having failed (a caption is asked only of a block that
    heads nothing). Each family's rules are in its own module: headings in
    ``heading_kinds``, captions in ``caption_kinds``.
    """
    page = type_page(regions, char_h, body)
    heads = page.heads
    decks, set_solid_ids = deck_sized(page)
    all_heads = heads + decks
    bold_heads = [r for r in page.text if id(r) not in page.big and bold_head(r, page)]
    set_over = all_heads + bold_heads
    captions: list[Region] = []
    out: list[Region] = [r for r in regions if not r.lines]
    for r in page.text:
        ratio = r.size / max(char_h, 1.0)
        if top_rule is not None and r.box.bottom <= top_rule.y + 2:
            kind = BlockKind.FURNITURE
        elif foot_rule is not None and r.box.y >= foot_rule.y:
            kind = BlockKind.FURNITURE
        elif boxed_title(r, page):
            kind = BlockKind.FURNITURE  # a box's title (``IN BRIEF``): a label, no story's
        elif id(r) in page.big:
            kind = BlockKind.HEADLINE
        elif ratio >= DECK_RATIO:
            if page.below(r, heads, 1.5 * body):
                kind = BlockKind.KICKER
            elif page.above(r, heads, 2.0 * body):
                kind = BlockKind.SUBHEADLINE
            elif id(r) not in set_solid_ids:
                kind = BlockKind.HEADLINE
            else:
                kind = BlockKind.BODY  # a line of the running text (``Staff Writer``)
        elif bold_head(r, page):
            kind = BlockKind.HEADLINE  # bold type hardly larger than the body's (a blurred scan)
        elif semibold_head(r, page):
            kind = BlockKind.HEADLINE
        elif deck_over_story(r, ratio, page):
            kind = BlockKind.SUBHEADLINE
        elif little_larger_head(r, ratio, page):
            kind = BlockKind.HEADLINE  # only a little larger than the body, but over it
        elif captioned(r, ratio, page, captions, all_heads):
            kind = BlockKind.CAPTION
            captions.append(r)
        elif kicker_under_caption(r, page, captions, all_heads):
            kind = BlockKind.KICKER
        elif kicker_line(r, page, all_heads, bold_heads):
            kind = BlockKind.KICKER
        elif deck_in_face(r, ratio, page, set_over):
            kind = BlockKind.SUBHEADLINE
        else:
            kind = BlockKind.BODY
        out.append(dataclasses.replace(r, kind=kind))
    return out


def typeset_kinds(regions: list[Region], type_ref: float, body: float) -> list[Region]:
    """Two kinds exact type sizes (a PDF's fonts) settle that ink measures leave open.

    A caption in type smaller than the body's may sit a few lines under its picture
    (a credit line between them), unless it heads the text right below it; a crosshead
    is one line of bold type barely larger than the body's, with body text of its column
    right above and below it: a break inside the article, read as its own line, not a
    headline that starts another. And a deck set hardly larger than the body: one line
    of body-sized type or larger right under a headline and over two or more columns of
    body side by side (no line of running text spans a gutter).
    """
    pictures = [r.box for r in regions if r.kind == BlockKind.ILLUSTRATION]
    text = [r for r in regions if r.lines]
    heads = [r.box for r in text if r.kind == BlockKind.HEADLINE]

    def near(r: Region, c: Box, up: bool, gap: float) -> bool:
        """``c`` just above (``up``) or below ``r``: within ``gap``, overlapping in x."""
        return stacked(c, r.box, gap) if up else stacked(r.box, c, gap)

    def small(r: Region) -> bool:
        """A few lines in type no larger than a caption's: a caption, or a credit or a
        byline beside one, told apart by what stands around it."""
        return (r.kind in (BlockKind.BODY, BlockKind.CAPTION) and len(r.lines) <= 4
                and r.size <= CAPTION_RATIO * type_ref)

    def heads_text(r: Region, p: Box) -> bool:
        """Small type in another face than the small block between it and ``p`` (the
        caption), flush with the text right below it: that text's byline or dateline,
        not a second caption."""
        between = any(small(o) and o is not r and near(o, p, True, 4 * body)
                      and o.box.bottom <= r.box.y
                      and (o.weight != r.weight or abs(o.size - r.size) > 0.03 * r.size)
                      for o in text)
        return between and any(o.kind == BlockKind.BODY and not small(o)
                               and near(o, r.box, True, 1.5 * body)
                               and abs(o.box.x - r.box.x) <= body for o in text)

    def deck(r: Region) -> bool:
        """One line of body-sized type or larger right under a headline, over two blocks
        of body side by side: set across a gutter, which no line of running text is."""
        if len(r.lines) != 1 or r.size < type_ref or not any(near(r, h, True, 1.5 * body)
                                                              for h in heads):
            return False
        under = sorted((o.box for o in text if o.kind == BlockKind.BODY and o is not r
                        and -2 <= o.box.y - r.box.bottom <= 1.5 * body
                        and x_overlap(r.box, o.box) > 0), key=lambda b: b.x)
        return any(b.x >= a.right for a, b in zip(under, under[1:], strict=False))

    def crosshead(r: Region) -> bool:
        """One line barely larger than the body, with body of its column right above and
        below it; or at a column's head or foot (body on one side only) inside its story:
        under a headline at least ``STORY_HEAD`` times its size that spans its column, no
        rule between them (``A recipe from the old country`` atop the third column of a
        story headed across four)."""
        if len(r.lines) != 1 or r.size >= DECK_RATIO * type_ref:
            return False
        above = any(o.kind == BlockKind.BODY and near(r, o.box, True, 1.5 * body) for o in text)
        below = any(o.kind == BlockKind.BODY and near(r, o.box, False, 1.5 * body)
                    for o in text)
        if above and below:
            return True
        if not (above or below):
            return False
        over = [h.box for h in text if h.kind == BlockKind.HEADLINE
                and h.size >= STORY_HEAD * r.size and h.box.bottom <= r.box.y
                and h.box.x <= r.box.x + body and h.box.right >= r.box.right - body]
        if not over:
            return False
        head = max(over, key=lambda b: b.bottom)
        return not any(o.kind == BlockKind.RULE and o.box.w > o.box.h
                       and head.bottom <= o.box.y <= r.box.y
                       and x_overlap(o.box, r.box) > 0.5 * r.box.w for o in regions)

    out = []
    for r in regions:
        kind = r.kind
        if kind == BlockKind.BODY and deck(r):
            kind = BlockKind.SUBHEADLINE
        elif small(r) and any(near(r, p, True, 4 * body) for p in pictures):
            below_photo = [p for p in pictures if near(r, p, True, 4 * body)]
            kind = (BlockKind.BODY if any(heads_text(r, p) for p in below_photo)
                    else BlockKind.CAPTION)
        elif kind == BlockKind.HEADLINE and crosshead(r) and not deck(r):
            kind = BlockKind.BODY
        out.append(r if kind == r.kind else dataclasses.replace(r, kind=kind))
    return out


# -- the page's top rule: furniture sits above it (scans, PDFs and engine pages) -------


#: A story's headline is at least this many times a crosshead's size (``typeset_kinds``).
STORY_HEAD = 2.0
