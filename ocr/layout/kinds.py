"""Block kinds from how a block is printed: the one place that decides them, for every input.

Each input brings the evidence it has, and the rule that turns evidence into a kind is
written here once:

- a scan (ink) and a PDF's glyphs (fonts) bring layout regions with a type size, a
  stroke weight and neighbours: :func:`assign_kinds`, then for exact font sizes
  :func:`typeset_kinds`;
- another engine's page (ALTO, PAGE, hOCR) brings what the engine said, its element or
  region type, class or role tag (:func:`engine_kind`), and font sizes or line heights
  (:func:`engine_headlines`, which also finds the kickers such a page leaves unnamed).

The type-size ratios are typography's (``HEADLINE_RATIO``, ``DECK_RATIO``,
``CAPTION_RATIO``), the same for every input. Kinds told by the words (byline, jump,
credit, furniture lines; headlines of a page without geometry) are read afterwards by
the ``classify`` stage through ``ocr.markers``.
"""

from __future__ import annotations

import dataclasses
import statistics
from collections.abc import Callable, Sequence

from ..model import Block, BlockKind, Box
from ..script import ANY_CJK, opens_upper
from ..typography import CAPTION_RATIO, DECK_RATIO, HEADLINE_RATIO, ends_sentence, text_width
from .blocks import Region, x_overlap


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
    regions: list[Region], char_h: float, body: float, top_rule: Box | None
) -> list[Region]:
    """Kinds from type size (against ``char_h``) and neighbours (gaps in ``body`` lines).

    A headline is set in type clearly taller than the body's, or bold, or larger than the
    body right under it; a kicker is a short line just above a headline and a subheadline
    a smaller line just below one; a caption sits just under an illustration; furniture
    (masthead, date and weather strip) sits above the lowest page-wide rule near the top.
    """
    text = [r for r in regions if r.lines]
    pictures = [r for r in regions if r.kind == BlockKind.ILLUSTRATION]
    big = {id(r) for r in text if r.size >= HEADLINE_RATIO * char_h}

    def beside(r: Region, candidates: list[Region], gap: float, up: bool) -> Region | None:
        """A candidate just above (``up``) or below ``r``: within ``gap``, overlapping in x."""
        for c in candidates:
            space = r.box.y - c.box.bottom if up else c.box.y - r.box.bottom
            if (
                c is not r
                and -2 <= space <= gap
                and x_overlap(r.box, c.box) > 0.5 * min(r.box.w, c.box.w)
            ):
                return c
        return None

    def above(r: Region, candidates: list[Region], gap: float) -> Region | None:
        return beside(r, candidates, gap, up=True)

    def below(r: Region, candidates: list[Region], gap: float) -> Region | None:
        return beside(r, candidates, gap, up=False)

    heads = [r for r in text if id(r) in big]
    weights = sorted((r.weight, len(r.lines)) for r in text if r.weight > 0)
    total = sum(n for _, n in weights)
    acc, bold_ref = 0, 0.0
    for w, n in weights:  # the body's stroke width: the median over lines
        acc += n
        if 2 * acc >= total:
            bold_ref = w
            break
    # Deck-sized type that is neither a kicker nor a subheadline is a smaller headline,
    # and a body-sized line can be a kicker above it too.
    decks = [
        r
        for r in text
        if id(r) not in big
        and r.size >= DECK_RATIO * char_h
        and not below(r, heads, 1.5 * body)
        and not above(r, heads, 2.0 * body)
    ]
    all_heads = heads + decks
    captions: list[Region] = []
    out: list[Region] = [r for r in regions if not r.lines]
    for r in text:
        ratio = r.size / max(char_h, 1.0)
        if top_rule is not None and r.box.bottom <= top_rule.y + 2:
            kind = BlockKind.FURNITURE
        elif id(r) in big:
            kind = BlockKind.HEADLINE
        elif ratio >= DECK_RATIO:
            if below(r, heads, 1.5 * body):
                kind = BlockKind.KICKER
            elif above(r, heads, 2.0 * body):
                kind = BlockKind.SUBHEADLINE
            else:
                kind = BlockKind.HEADLINE
        elif bold_ref > 0 and r.weight >= 1.45 * bold_ref and ratio >= 1.0 and len(r.lines) <= 6:
            kind = BlockKind.HEADLINE  # bold type hardly larger than the body's (a blurred scan)
        elif (
            ratio >= 1.08
            and len(r.lines) <= 3
            and (under := below(r, text, 1.5 * body)) is not None
            and under.size * 1.15 <= r.size
        ):
            kind = BlockKind.HEADLINE  # only a little larger than the body, but over it
        elif (
            pictures
            and len(r.lines) <= 4
            and (
                above(r, pictures, 1.5 * body)
                or (ratio <= CAPTION_RATIO and above(r, captions, 1.5 * body))
            )
        ):
            kind = BlockKind.CAPTION
            captions.append(r)
        elif (
            len(r.lines) == 1
            and (h := below(r, all_heads, 1.2 * body)) is not None
            and r.box.w < h.box.w
        ):
            kind = BlockKind.KICKER
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
    headline that starts another.
    """
    pictures = [r.box for r in regions if r.kind == BlockKind.ILLUSTRATION]
    text = [r for r in regions if r.lines]

    def near(r: Region, c: Box, up: bool, gap: float) -> bool:
        space = r.box.y - c.bottom if up else c.y - r.box.bottom
        return -2 <= space <= gap and x_overlap(r.box, c) > 0.5 * min(r.box.w, c.w)

    def small(r: Region) -> bool:
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

    out = []
    for r in regions:
        kind = r.kind
        if small(r) and any(near(r, p, True, 4 * body) for p in pictures):
            below_photo = [p for p in pictures if near(r, p, True, 4 * body)]
            kind = (BlockKind.BODY if any(heads_text(r, p) for p in below_photo)
                    else BlockKind.CAPTION)
        elif (kind == BlockKind.HEADLINE and len(r.lines) == 1
              and r.size < DECK_RATIO * type_ref
              and any(o.kind == BlockKind.BODY and near(r, o.box, True, 1.5 * body) for o in text)
              and any(o.kind == BlockKind.BODY and near(r, o.box, False, 1.5 * body)
                      for o in text)):
            kind = BlockKind.BODY
        out.append(r if kind == r.kind else dataclasses.replace(r, kind=kind))
    return out


# -- what another engine said: ALTO, PAGE, hOCR --------------------------------------------

#: Elements and classes that are not text zones, by the engine's name for them: their kind
#: holds whatever text they carry (ALTO elements, PAGE regions, hOCR classes).
ENGINE_ELEMENTS: dict[str, BlockKind] = {
    # ALTO
    "Illustration": BlockKind.ILLUSTRATION,
    "GraphicalElement": BlockKind.RULE,
    # PAGE
    "ImageRegion": BlockKind.ILLUSTRATION,
    "GraphicRegion": BlockKind.ILLUSTRATION,
    "ChartRegion": BlockKind.ILLUSTRATION,
    "MapRegion": BlockKind.ILLUSTRATION,
    "LineDrawingRegion": BlockKind.ILLUSTRATION,
    "SeparatorRegion": BlockKind.RULE,
    "TableRegion": BlockKind.BODY,
    "MathsRegion": BlockKind.BODY,
    "ChemRegion": BlockKind.BODY,
    "MusicRegion": BlockKind.ILLUSTRATION,
    "AdvertRegion": BlockKind.ILLUSTRATION,
    "UnknownRegion": BlockKind.BODY,
    "CustomRegion": BlockKind.BODY,
    # hOCR
    "ocr_separator": BlockKind.RULE,
    "ocr_photo": BlockKind.ILLUSTRATION,
    "ocr_image": BlockKind.ILLUSTRATION,
    "ocr_graphic": BlockKind.ILLUSTRATION,
}
#: What an engine says a text zone is (PAGE ``TextRegion/@type``, an hOCR line class
#: shared by all the zone's lines); a type not listed is body text.
TEXT_TYPES: dict[str, BlockKind] = {
    # PAGE
    "heading": BlockKind.HEADLINE,
    "caption": BlockKind.CAPTION,
    "credit": BlockKind.CREDIT,
    "header": BlockKind.FURNITURE,
    "footer": BlockKind.FURNITURE,
    "page-number": BlockKind.FURNITURE,
    "catch-word": BlockKind.FURNITURE,
    "signature-mark": BlockKind.FURNITURE,
    # hOCR
    "ocr_caption": BlockKind.CAPTION,
}


def engine_kind(
    element: str,
    text_type: str = "",
    *,
    role: BlockKind | None = None,
    has_text: bool = True,
    margin: bool = False,
) -> BlockKind:
    """The kind of a block another engine made, from what the engine said about it.

    A stated role wins (newsocr's own kinds, an ALTO ``RoleTag``); then an element that
    is not a text zone (:data:`ENGINE_ELEMENTS`); a text zone without text is a graphic
    (an engraved masthead); one in the top or bottom margin is furniture; else its type
    (:data:`TEXT_TYPES`), else body. Headlines by type size come after
    (:func:`engine_headlines`, which also finds the kickers such a page leaves unnamed).
    """
    if role is not None:
        return role
    if element in ENGINE_ELEMENTS:
        return ENGINE_ELEMENTS[element]
    if not has_text:
        return BlockKind.ILLUSTRATION
    if margin:
        return BlockKind.FURNITURE
    return TEXT_TYPES.get(text_type, BlockKind.BODY)


def size_from_lines(block: Block, dpi: float) -> Block:
    """Without styles (Tesseract, Kraken) the type size is the median line height, in points."""
    heights = [ln.box.h for ln in block.lines if ln.box is not None and ln.box.h > 0]
    if not heights:
        return block
    size = round(statistics.median(heights) * 72.0 / dpi, 1)
    return Block(block.id, block.kind, block.lines, block.box, block.column, size)


def engine_headlines(
    blocks: list[Block], *, stated: bool = False, dpi: float | None = None,
    ratio: float = HEADLINE_RATIO,
) -> list[Block]:
    """Headlines by type size on an engine's page that does not name them, then the
    furniture over its top rule and the headlines' kickers: one that ``stated`` its kinds
    (newsocr's own) or typed any block a headline keeps its own.

    A file without any type size has its blocks sized from their line heights at ``dpi``
    when given (an engine whose file records no sizes, as Tesseract's ALTO).
    """
    if stated or any(b.kind is BlockKind.HEADLINE for b in blocks):
        return blocks
    if dpi is not None and all(b.font_size is None for b in blocks):
        blocks = [size_from_lines(b, dpi) for b in blocks]
    return kickers_over_headlines(furniture_over_top_rule(headlines_by_size(blocks, ratio)))


#: How far down the page the rule under the masthead lies: in its top 15%, or, for the
#: tall mastheads of older titles, up to this share (NZZ 1780-1814: 25-30%).
TOP_RULE_SHARE, MASTHEAD_SHARE = 0.15, 0.4


def top_rule(
    rules: Sequence[Box], text: Sequence[Box], height: float,
    body_above: Callable[[Box], bool],
) -> Box | None:
    """The lowest rule across most of the text width near the top: furniture sits above it.

    Near the top means in the top 15% of the page, or, for the tall mastheads of older
    titles (a third of the page under a title, a woodcut, the date and the issue's
    contents), lower down as long as no column of body type stands above the rule
    (``body_above``). The one rule for scans (``arrange``) and engine pages.
    """
    extent = Box.enclosing(list(text))
    if extent is None:
        return None
    wide = [r for r in rules if r.w >= 0.6 * extent.w]
    for r in sorted(wide, key=lambda r: -r.y):
        if r.y < TOP_RULE_SHARE * height or (r.y < MASTHEAD_SHARE * height
                                              and not body_above(r)):
            return r
    return None


def furniture_over_top_rule(blocks: list[Block]) -> list[Block]:
    """Text above an engine's page's top rule (``top_rule``; the page's depth is its
    lowest box) is page furniture, the masthead and its date strip, as on scans: read as
    a headline, the masthead headed the date line as a story. Only where stories start
    under the rule (a headline below it): an inner page's banner headline over a rule,
    or a clipping's, heads its story."""
    boxes = [b.box for b in blocks if b.box is not None]
    if not boxes:
        return blocks
    rules = [b.box for b in blocks if b.kind is BlockKind.RULE and b.box is not None
             and b.box.w > b.box.h]

    def body_above(rule: Box) -> bool:
        return any(b.kind is BlockKind.BODY and len(b.lines) >= 3 and b.box is not None
                   and b.box.bottom <= rule.y for b in blocks)

    line = top_rule(rules, [b.box for b in blocks if b.box is not None and b.lines],
                    max(b.bottom for b in boxes), body_above)
    if line is None or not any(b.kind is BlockKind.HEADLINE and b.box is not None
                               and b.box.y >= line.bottom for b in blocks):
        return blocks
    return [b.with_kind(BlockKind.FURNITURE) if b.lines and b.box is not None
            and b.box.bottom <= line.y + 2 and b.kind in (BlockKind.HEADLINE, BlockKind.BODY)
            else b for b in blocks]


#: Most words, and (CJK) most ems, a kicker has (a section label over a headline:
#: ``BUSINESS``, ``CITY HALL``, ``文化惠民``).
KICKER_WORDS, KICKER_EMS = 6, 12


def kickers_over_headlines(blocks: list[Block]) -> list[Block]:
    """A one-line body block set right over a headline, narrower than it and at its left
    edge or over it, nearer to it than to anything above (text or a picture: a caption
    under a photo is no kicker), short and ending no sentence, is the headline's kicker.
    Asked of an engine's page whose headlines were found by type size, where nothing the
    engine said names kickers: read as body, a kicker went to the story above. (The scan
    path decides kickers from its regions before any text is read, ``assign_kinds``; the
    ``classify`` stage asks the markers about a kicker's line, so a jump line, byline or
    credit over a headline is that.)"""
    if not any(b.kind is BlockKind.HEADLINE for b in blocks):
        return blocks
    heads = [b.box for b in blocks if b.kind is BlockKind.HEADLINE and b.box is not None]
    boxes = [b.box for b in blocks if b.box is not None and b.kind is not BlockKind.RULE]
    out = []
    for b in blocks:
        if (b.kind is BlockKind.BODY and b.box is not None and len(b.lines) == 1
                and _kicker_over(b.box, b.text, heads, boxes)):
            b = b.with_kind(BlockKind.KICKER)
        out.append(b)
    return out


def _kicker_over(box: Box, text: str, heads: list[Box], boxes: list[Box]) -> bool:
    words = text.split()
    if (not words or len(words) > KICKER_WORDS or not opens_upper(text)
            or (ANY_CJK.search(text) and text_width(text) > KICKER_EMS)
            or ends_sentence(text) or text.rstrip().endswith((",", "，", "、"))):
        return False  # (a label opens with a capital: ``und`` in a masthead is none)
    gap = next((h.y - box.bottom for h in heads if -2 <= h.y - box.bottom <= 1.5 * box.h
                and box.w < h.w and (abs(box.x - h.x) <= box.h or x_overlap(box, h) >= box.w)),
               None)
    if gap is None:
        return False
    above = [box.y - o.bottom for o in boxes if o is not box and o.bottom <= box.y + 2
             and x_overlap(box, o) > 0]
    return not above or min(above) > gap


def headlines_by_size(blocks: list[Block], ratio: float = HEADLINE_RATIO) -> list[Block]:
    """Body blocks set clearly larger than the page's median text size become headlines.

    Only body blocks are touched (margins stay furniture). The median is weighted by
    characters, so a page of small body type with a few large headlines has the body
    size as its median.
    """
    weights: list[tuple[float, int]] = []
    for b in blocks:
        if b.kind is BlockKind.BODY and b.font_size is not None:
            weights.append((b.font_size, max(1, len(b.text))))
    if not weights:
        return blocks
    median = weighted_median(weights)
    out = []
    for b in blocks:
        if b.kind is BlockKind.BODY and b.font_size is not None and b.font_size >= ratio * median:
            b = Block(b.id, BlockKind.HEADLINE, b.lines, b.box, b.column, b.font_size)
        out.append(b)
    return out
