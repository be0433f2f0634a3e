"""Captions: which text beside a photo's credit is the photo's caption, and captions
that carry their credit run in (``…竹编技艺。（本报记者 王晓琳 摄）``).

Classification asks this once the marker kinds are told (``classify``). Where an
extractor wrote a caption away from its credit, and a caption's shape, are
``caption_places``'.
"""

from __future__ import annotations

from .caption_places import (
    STORY_SHARE,
    caption_over_column,
    caption_over_heading,
    caption_text,
    caption_wide,
    cut_opening,
    sentence_rest,
)
from .decks import deck_across, full_width
from .kinds_by_place import printed_beside
from .leads import cjk_headed_by, headed_by, opens_dated_lead
from .markers import opens_article, run_in_credit
from .model import BODY, CAPTION, CREDIT, HEADING_KINDS, Block, BlockKind
from .profiles import CompiledMarkers
from .script import ANY_CJK
from .terms import Terms
from .typography import PHOTO_TITLE_EMS, ends_sentence, text_width

#: A caption with its credit run in is a short block: at most this many lines.
RUN_IN_LINES = 6


def captions_by_credits(blocks: list[Block], kinds: list[BlockKind], textual: bool,
                        markers: CompiledMarkers, full: float, from_grid: bool = False) -> None:
    """Name captions in ``kinds`` (in place): a short block of body text that ends with
    its photo's credit in brackets, and the body text right beside a photo credit
    (before it, else after it). ``full``: a full column line's width, or < 0 when not
    yet measured (text without positions). ``from_grid``: the lines were laid out again
    from a grid (``Page.from_grid``), so a block's measure is not the page's."""
    for i, b in enumerate(blocks):
        if (kinds[i] is BODY and len(b.lines) <= RUN_IN_LINES
                and run_in_credit(b.text, markers) is not None):
            kinds[i] = CAPTION
    if textual:
        full = _captions_cut_apart(blocks, kinds, markers, full)
    side = _page_side(blocks, kinds, markers) if textual else 0
    claimed: set[int] = set()  # the captions credits took, in this pass or before
    for i, kind in enumerate(kinds):
        if kind is not CREDIT:
            continue
        beside = ([j for j in (i - 1, i + 1) if 0 <= j < len(kinds)] if textual
                  else printed_beside(blocks, i))
        written = textual and not from_grid  # lines as the extractor wrote them
        if written and side != 1 and i >= 2:
            if full < 0:
                full = full_width(blocks)
            if (over := caption_over_column(blocks, kinds, i, markers, full)) is not None:
                beside = [over if j == i - 1 else j for j in beside]
        # (a caption with its own credit run in is no other credit's: ``…收割早稻。`` /
        # ``（通讯员 王晓琳 摄）`` / ``…组装电路板。（记者 孙若楠 摄）``)
        if own := [j for j in beside if kinds[j] is CAPTION and j not in claimed
                   and run_in_credit(blocks[j].text, markers) is None]:
            claimed.add(own[0])
            continue  # already has its caption (classify may run twice)
        # A caption beside it that the credit before took is that photo's (photos set
        # one over the other give credit, caption, credit, caption): this one's must
        # read as a caption on its other side.
        taken = any(kinds[j] is CAPTION for j in beside)
        if textual and side and 0 <= i + side < len(kinds) and kinds[i + side] is CREDIT:
            continue  # credits stacked: this one's caption is not the text on the other side
        if textual and _credit_in_sentence(blocks, kinds, i):
            continue  # a story's sentence runs on across it: its caption is written elsewhere
        if textual and (titled := _titled_caption_after(blocks, kinds, i, markers)):
            beside = [titled]  # credit / title / caption: the titled photo's credit
        elif textual and (over := caption_over_heading(blocks, kinds, i, markers)) is not None:
            beside = [over] if over not in claimed else []
        elif textual and cut_opening(blocks, kinds, i, markers):
            # An extractor wrote the story's opening line between a caption and its
            # credit, cut in mid-sentence: the text after the credit goes on with that
            # sentence, and the caption is the block before the opening line.
            beside = [i - 2] if i >= 2 and caption_text(blocks[i - 2]) else []
        # A caption is written in sentences: a headline-shaped block beside the credit
        # is not preferred to one that ends a sentence. Of two such, in text without
        # positions, one set wider than the column (under a photo that spans columns)
        # is the caption, the other a paragraph of the story around the photo.
        if textual and len(beside) >= 2 and full < 0:
            full = full_width(blocks)
        ranked = sorted(beside, key=lambda j: (not caption_text(blocks[j]),
                                               _credited_beyond(kinds, i, j),
                                               written and sentence_rest(blocks, kinds, i, j),
                                               textual and _headed(blocks, kinds, j),
                                               textual and not caption_wide(blocks[j], full),
                                               (j - i) * side < 0))
        if textual and len(ranked) >= 2 and caption_text(blocks[ranked[1]]) and (
                caption_wide(blocks[ranked[0]], full) == caption_wide(blocks[ranked[1]], full)
        ) and _story_goes_on(blocks, kinds, i, ranked[0]):
            ranked[:2] = ranked[1::-1]  # of two alike, the one that goes on is the story's
        for j in ranked:
            if kinds[j] is BODY and not blocks[j].stretched and not opens_article(
                blocks[j], markers
            ) and not (taken and not caption_text(blocks[j])):
                kinds[j] = CAPTION
                claimed.add(j)
                break


def _captions_cut_apart(blocks: list[Block], kinds: list[BlockKind], m: CompiledMarkers,
                        full: float) -> float:
    """Name captions (in place) that an extractor wrote as two blocks over their credit:
    a caption's first line alone, set wider than a column line (``12月3日，志愿者在柳溪县
    石桥镇老街清理`` / ``淤泥。`` / credit). Alone it reads as a heading, and the rest, a
    short sentence's end, is taken for the whole caption. Returns the full line's width
    (measured on first need).

    In CJK text, and over the credit only. An extractor that writes two English
    columns' lines as one (pdftotext) leaves a story's wide line stopping mid-sentence
    over its last words before a credit, and a Latin line's end tells a caption's cut
    from a heading's only by its last word; the text after a credit set over its caption
    is often the next story's heading and lead. (Both cost the judges J and S5 items.)"""
    for i, kind in enumerate(kinds):
        if kind is not CREDIT:
            continue
        cut, end = i - 2, i - 1
        if cut < 0 or kinds[cut] not in _CUT_KINDS or kinds[end] not in (BODY, CAPTION):
            continue
        if ANY_CJK.search(blocks[cut].text) is None or _decks(blocks, kinds, cut):
            continue
        if full < 0:
            full = full_width(blocks)
        if _caption_cut(blocks[cut], blocks[end], m, full):
            kinds[cut] = kinds[end] = CAPTION
    return full


def _decks(blocks: list[Block], kinds: list[BlockKind], cut: int) -> bool:
    """Whether the line ``cut`` stands right under a headline longer than a photo's title
    (``PHOTO_TITLE_EMS``): that headline's deck, not a caption's first line (a photo's
    title over its caption is short: ``清淤``)."""
    return cut > 0 and kinds[cut - 1] in HEADING_KINDS and text_width(
        blocks[cut - 1].text) > PHOTO_TITLE_EMS


#: What a caption's first line standing alone is taken for.
_CUT_KINDS = HEADING_KINDS | {BODY}

#: A caption's first line written apart is set to the photo's measure: wider than a full
#: column line by this many ems at least (a column's last line, written over a short
#: sentence's end beside a credit, fills the column: ``…不要中途加冷水，否则`` / ``肉质会发柴。``).
CUT_WIDER = 1.0

#: A caption's tail after its first line: at most this many lines.
CUT_TAIL_LINES = 2


def _caption_cut(first: Block, tail: Block, m: CompiledMarkers, full: float) -> bool:
    """Whether the one line ``first`` and the short block ``tail`` under it are one
    caption's sentence: the line stops mid-sentence and fills a measure wider than a
    column line's (``CUT_WIDER``), as do the tail's lines but its last (a caption wrapped
    on the column's measure under a deck is not that deck's), and the tail ends it.

    A line that reads as a deck across columns (``deck_across``: one wide line, a comma
    at most) is a caption's only when it opens on the day, as a Chinese news photo's
    caption does (``3月10日，农民在…``; ``opens_dated_lead``): a deck written away from its
    headline stands over a caption just so (``…考点增至58个`` / ``读者在…阅读。``)."""
    if len(first.lines) != 1 or not 1 <= len(tail.lines) <= CUT_TAIL_LINES or tail.stretched:
        return False
    if ends_sentence(first.text) or not ends_sentence(tail.text) or opens_article(first, m) \
            or opens_article(tail, m):
        return False
    if deck_across(first, full, "zh") and not opens_dated_lead(first.text):
        return False
    width = text_width(first.text)
    tails = [text_width(ln.text) for ln in tail.lines]
    return full > 0 and width >= full + CUT_WIDER and all(w <= width for w in tails) and all(
        w >= full + CUT_WIDER for w in tails[:-1])


def _credit_in_sentence(blocks: list[Block], kinds: list[BlockKind], i: int) -> bool:
    """Whether the credit ``i`` stands inside a story's sentence: the text before it stops
    mid-sentence and the text after it goes on in lower case (``…to keep the station clock
    and the`` / ``Herald file photo, 1958`` / ``waiting room's tile floor…``). An extractor
    that reads a photo's credit where its line falls beside a column writes it there; the
    photo's caption is elsewhere, and neither side is it."""
    if i < 1 or i + 1 >= len(blocks) or kinds[i - 1] is not BODY or kinds[i + 1] is not BODY:
        return False
    after = blocks[i + 1].text.lstrip()
    return (not ends_sentence(blocks[i - 1].text) and bool(after) and after[0].islower())


def _titled_caption_after(blocks: list[Block], kinds: list[BlockKind], i: int,
                          m: CompiledMarkers) -> int | None:
    """The caption after the credit ``i`` with the photo's title between them, if so.

    An extractor writes the credit set under a photo before the title and caption set
    under the credit (``LENA BRAUN/FOR THE COURIER`` / ``SPRING AT LAST`` / ``Shoppers
    browse…``): a short heading line in capitals over a caption is the photo's title, so
    the credit is that photo's and the text before it (a column's last lines, which end a
    sentence as a caption does) is not its caption. Not when the caption has a credit
    of its own after it (photos stacked: caption, credit, title, caption, credit)."""
    j = i + 2
    if j >= len(kinds) or kinds[i + 1] not in HEADING_KINDS or kinds[j] is not BODY:
        return None
    if not capitals_title(blocks[i + 1]):
        return None
    if (j + 1 < len(kinds) and kinds[j + 1] is CREDIT) or not caption_text(blocks[j]) \
            or opens_article(blocks[j], m):
        return None
    return j


def capitals_title(block: Block) -> bool:
    """A photo's title as set between its credit and its caption: one short line in
    capitals (``SPRING AT LAST``), never a story's headline in title case."""
    return len(block.lines) == 1 and block.text.isupper() and len(block.text.split()) <= 6


def _story_goes_on(blocks: list[Block], kinds: list[BlockKind], credit: int, j: int) -> bool:
    """Whether block ``j``, beside the credit, goes on with the story text on its other
    side rather than captioning the photo: of two blocks that read as captions, one an
    extractor wrote right after a column (``…unless the hospital hired more nurses.`` /
    ``The hospital said it had added 35 nursing positions over the past year.`` / credit /
    ``The ferry Island Belle leaves…``) talks of that column's story."""
    far = j - 1 if j < credit else j + 1
    if not 0 <= far < len(blocks) or kinds[far] is not BODY:
        return False
    return Terms(blocks[j].text, 3).share(blocks[far].text) >= STORY_SHARE


def _page_side(blocks: list[Block], kinds: list[BlockKind], m: CompiledMarkers) -> int:
    """The side of its credit a page's captions are written on, in text without
    positions: 1 after, -1 before, 0 untold. A page sets its photos alike, and an
    extractor writes the credit where its line stands (over the caption or under it):
    a credit with text that reads as a caption on one side only tells the side of those
    with such text on both (``…through October.`` / credit / ``Volunteers plant…``),
    and no credit tells the other."""
    told = set()
    for i, kind in enumerate(kinds):
        if kind is not CREDIT:
            continue
        sides = [j - i for j in (i - 1, i + 1) if 0 <= j < len(kinds)
                 and kinds[j] is BODY and caption_text(blocks[j])
                 and not opens_article(blocks[j], m)]
        stacked = any(0 <= i + d < len(kinds) and kinds[i + d] is CREDIT for d in (-1, 1))
        if len(sides) == 1 and not stacked:
            told.add(sides[0])
    return told.pop() if len(told) == 1 else 0


def _credited_beyond(kinds: list[BlockKind], credit: int, j: int) -> bool:
    """Whether block ``j``, beside the credit ``credit``, has another credit on its other
    side: photos set side by side or stacked give caption, credit, caption, credit, and
    the text between two credits is the second's when the first has text of its own
    on its other side (``收割早稻。`` / credit / ``组装电路板。`` / credit)."""
    far = j - 1 if j < credit else j + 1
    return 0 <= far < len(kinds) and kinds[far] is CREDIT


def _headed(blocks: list[Block], kinds: list[BlockKind], j: int) -> bool:
    """Whether block ``j`` is the story of the headline right over it, which sums up its
    lead in the lead's own words (``Blood drive`` / ``Tuesday`` / ``The American Red
    Cross will hold a blood drive…``, ``leads.headed_by``): a brief beside a credit, not
    the photo's caption (a photo's title over its caption names no words of it)."""
    return (j > 0 and kinds[j - 1] in HEADING_KINDS
            and (headed_by(blocks[j - 1].text, blocks[j].text)
                 or cjk_headed_by(blocks[j - 1].text, blocks[j].text)))
