"""A block's marker lines taken off it: a byline off the top of a body block, a credit off
the foot or the top of a caption, and the heading's deck over a story's byline (the scan
path asks before it makes its blocks; ``markers`` tells the lines). A credit set right over
its caption, its words misread, is told by its place when the photo item is written
(``credit_set_right``)."""

from __future__ import annotations

from .markers import own_line_byline
from .model import Block, BlockKind, Line
from .profiles import CompiledMarkers
from .typography import DECK_MORE_LINES, lines_hold_deck


def split_marked(
    kind: BlockKind, lines: list[Line], markers: CompiledMarkers, deck_lines: int = 0
) -> list[tuple[BlockKind, list[Line]]]:
    """Take a byline off the top of a body block and a credit off the foot or the top of
    a caption.

    A byline set one line above the text, or a credit tight under (or over) its caption,
    leaves no white band for layout analysis to cut at; the words tell them apart
    (the scan path asks before it makes its blocks). ``deck_lines``: a heading stands
    right over the block, so up to this many flush lines over an indented byline are
    its deck (``_deck_over_byline``).
    """
    if markers.byline is not None and kind in (
        BlockKind.BODY,
        BlockKind.SUBHEADLINE,
        BlockKind.KICKER,
    ):
        if markers.byline.match(lines[0].text):
            if len(lines) == 1:
                return [(BlockKind.BYLINE, lines)]
            if kind == BlockKind.BODY:
                return [(BlockKind.BYLINE, lines[:1]), (BlockKind.BODY, lines[1:])]
        if kind == BlockKind.BODY and (k := _deck_over_byline(lines, markers, deck_lines)):
            return [(BlockKind.SUBHEADLINE, lines[:k]), (BlockKind.BYLINE, lines[k : k + 1]),
                    (BlockKind.BODY, lines[k + 1 :])]
    if kind == BlockKind.CAPTION and len(lines) > 1 and markers.credit is not None:
        if markers.credit.match(lines[-1].text):
            return [(BlockKind.CAPTION, lines[:-1]), (BlockKind.CREDIT, lines[-1:])]
        if markers.credit.match(lines[0].text):  # set over the caption, under the photo
            return [(BlockKind.CREDIT, lines[:1]), (BlockKind.CAPTION, lines[1:])]
    return [(kind, lines)]


#: A credit set over its caption stands right of the caption's left edge by this many
#: caption lines' heights at least (a caption's first line is indented an em or none).
CREDIT_SET_IN = 2.5
#: Credit lines set right over one caption: a photographer's name and a post at most.
CREDIT_LINES = 2


def credit_set_right(lines: list[Line]) -> int:
    """How many lines on top of a caption block are its photo's credit set flush right
    under the photo, over a caption set flush left: 0 when none.

    The words tell a credit (``PHOTO: Aaron Whitby``) only while they are read right; a
    heavy or light scan misreads them (``. PHOTO: Aarort Whitby``, ``iurtesy of the
    Ashtord Kennel Ciub``, ``MAREN TOLLEFSONILedger``), and the credit then stays the
    caption's first line, read before the caption it follows in the item's text. Its
    place tells it too: it starts far right of the caption's left edge, where no
    caption line starts, and ends at the caption's right end or past it (at the
    photo's). A centred line ends short of the right end; a caption is not set right.
    """
    if len(lines) < 2 or any(ln.box is None for ln in lines):
        return 0
    for k in range(1, min(CREDIT_LINES, len(lines) - 1) + 1):
        rest = [ln.box for ln in lines[k:] if ln.box is not None]
        left = min(b.x for b in rest)
        right = max(b.x + b.w for b in rest)
        height = sorted(b.h for b in rest)[len(rest) // 2]
        top = [ln.box for ln in lines[:k] if ln.box is not None]
        # (the caption under the credit opens flush left: its first line is the left edge)
        if abs(rest[0].x - left) < height and all(
                b.x - left >= CREDIT_SET_IN * height and b.x + b.w >= right - height
                for b in top):
            return k
    return 0


def deck_over_byline_block(lines: list[Line], under: str, markers: CompiledMarkers,
                           most: int) -> bool:
    """A body block right under a heading, of ``most`` lines or two more, all flush, over
    a block that opens with the story's byline on a line of its own (``under``): the
    heading's deck in a block of its own (an italic deck a heavy scan blurred to the
    body's size and slant, ``A 2,000-ton ship-to-shore crane …`` over ``By TERESA
    VILLANUEVA``: read as the text, its byline then opened a story of its own). What
    stands between a heading and its story's byline is heading matter, as in
    ``_deck_over_byline``; a paragraph opens indented."""
    return (markers.byline is not None and 0 < len(lines) <= most + 2
            and all(ln.indent < INDENTED for ln in lines)
            and own_line_byline(under, markers))


#: A paragraph's first line is indented by this many characters at least (two, in
#: Chinese; an em or so in English); a deck's lines are set flush.
INDENTED = 1.0


def _deck_over_byline(lines: list[Line], markers: CompiledMarkers, most: int) -> int:
    """Where the story's byline opens a paragraph under ``most`` flush lines at most on
    top of a body block right under a heading: those lines are the heading's deck, set
    a size up or less from the body and joined with its text by layout
    (``石桥村发展乡村旅游，去年 / 接待游客十二万人次`` over ``本报讯（记者 …``). A story's
    text opens with its byline; what stands between the heading and it is heading
    matter; asked only over running text under the byline, as layout asks a deck over
    running text (``layout.merge._deck_over``). An English byline is set flush on a line
    of its own (``By MARGARET OYELARAN`` under a three-line italic deck a heavy scan
    blurred to the body's size). A narrow column's deck runs to a line or two more while
    it holds no more type than a deck (``typography.deck_holds``: S8 s887's four lines
    of seven characters over ``本报记者…``). 0: no such byline."""
    assert markers.byline is not None
    if not most:
        return 0  # no heading over the block: no deck
    for k in range(1, min(most + DECK_MORE_LINES, len(lines) - 2) + 1):
        if lines[k - 1].indent >= INDENTED:
            return 0  # a paragraph above: running text, not a deck
        if (lines[k].indent >= INDENTED and markers.byline.match(lines[k].text)) or (
                own_line_byline(lines[k].text, markers)):
            return k if lines_hold_deck(lines[:k], most) else 0
    return 0


def caption_and_credit_lines(blocks: list[Block]) -> tuple[list[list[Line]], list[list[Line]]]:
    """The lines of a photo item's captions and of its credits, block by block: a credit
    set right over its caption in the caption's block (``credit_set_right``) is a credit,
    read after the caption as the item is written."""
    captions: list[list[Line]] = []
    credits: list[list[Line]] = []
    for b in blocks:
        if b.kind is BlockKind.CAPTION and (k := credit_set_right(list(b.lines))):
            credits.append(list(b.lines[:k]))
            captions.append(list(b.lines[k:]))
        elif b.kind in (BlockKind.CAPTION, BlockKind.CREDIT):
            (captions if b.kind is BlockKind.CAPTION else credits).append(list(b.lines))
    return captions, credits
