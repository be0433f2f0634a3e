"""Block kinds on another engine's page (ALTO, PAGE-XML, hOCR): from what the engine said
about each zone, its element, region type, class or role tag (:func:`engine_kind`), and,
where it names no headlines, from font sizes or line heights (:func:`engine_headlines`),
then the kickers and the furniture over the top rule such a page leaves unnamed. The
scan path's and PDF glyphs' kinds, and the rules both share (the type-size ratios, the
top rule), are in ``kinds``.
"""

from __future__ import annotations

import dataclasses
import statistics

from ..model import Block, BlockKind, Box
from ..script import ANY_CJK
from ..typography import HEADLINE_RATIO, ends_sentence, text_width
from .blocks import x_overlap
from .kinds import weighted_median
from .page_rules import top_rule

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
#: PAGE ``TextRegion/@type`` values (2019 schema's names) of a page's furniture, no
#: article's text: running head and foot, page number, margin notes, a book's catch-word
#: and signature mark. One set for the PAGE reader (their kind) and the scan bench
#: (``scripts.bench.body``: a PAGE truth's body leaves them out).
PAGE_FURNITURE: frozenset[str] = frozenset({
    "header", "footer", "page-number", "marginalia", "catch-word", "signature-mark"})
#: What an engine says a text zone is (PAGE ``TextRegion/@type``, an hOCR line class
#: shared by all the zone's lines); a type not listed is body text.
TEXT_TYPES: dict[str, BlockKind] = {
    # PAGE
    "heading": BlockKind.HEADLINE,
    "caption": BlockKind.CAPTION,
    "credit": BlockKind.CREDIT,
    **dict.fromkeys(sorted(PAGE_FURNITURE), BlockKind.FURNITURE),
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
    return dataclasses.replace(block, font_size=round(statistics.median(heights) * 72.0 / dpi, 1))


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
    return furniture_over_top_rule(kickers_over_headlines(headlines_by_size(blocks, ratio)))


def furniture_over_top_rule(blocks: list[Block]) -> list[Block]:
    """Text above an engine's page's top rule (``top_rule`` in the top 15% of the page,
    whose depth is its lowest box: a short story's zones do not tell a tall masthead's
    rule from the one under a story) is page furniture, the masthead and its date strip,
    as on scans: read as a headline, the masthead headed the date line as a story. Only
    where a story starts right under the rule, with a heading: a banner headline's text
    follows right under its rule (an inner page's, a clipping's)."""
    boxes = [b.box for b in blocks if b.box is not None]
    if not boxes:
        return blocks
    rules = [b.box for b in blocks if b.kind is BlockKind.RULE and b.box is not None
             and b.box.w > b.box.h]

    text = [b for b in blocks if b.box is not None and b.lines]
    line = top_rule(rules, [_box(b) for b in text], max(b.bottom for b in boxes),
                    None)  # (no type sizes measured: the 15% only)
    if line is None:
        return blocks
    under = [b for b in text if _box(b).y >= line.bottom - 2]
    first = min(under, key=lambda b: _box(b).y, default=None)
    if first is None or first.kind not in (BlockKind.HEADLINE, BlockKind.KICKER):
        return blocks  # (a banner headline's text right under its rule: no masthead's)
    return [b.with_kind(BlockKind.FURNITURE) if b.lines and b.box is not None
            and b.box.bottom <= line.y + 2 and b.kind in (BlockKind.HEADLINE, BlockKind.BODY)
            else b for b in blocks]


#: Most words, and (CJK) most ems, a kicker has (a section label over a headline:
#: ``BUSINESS``, ``CITY HALL``, ``文化惠民``).
KICKER_WORDS, KICKER_EMS = 6, 12


def _box(block: Block) -> Box:
    assert block.box is not None
    return block.box


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
    first = next((c for c in text if c.isalpha()), "")
    if (not words or len(words) > KICKER_WORDS or first.islower()
            or (ANY_CJK.search(text) and text_width(text) > KICKER_EMS)
            or ends_sentence(text) or text.rstrip().endswith((",", "，", "、"))):
        return False  # (a label's first letter is no small one: ``und`` in a masthead)
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
            b = b.with_kind(BlockKind.HEADLINE)
        out.append(b)
    return out
