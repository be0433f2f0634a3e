"""A block's marker lines taken off it: a byline off the top of a body block, a credit off
the foot or the top of a caption, and the heading's deck over a story's byline (the scan
path asks before it makes its blocks; ``markers`` tells the lines)."""

from __future__ import annotations

from .markers import own_line_byline
from .model import BlockKind, Line
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
