"""A headless story stacked under another's text in the same column, parted by white.

A newspaper sets a story's text in columns that end level and the next story under them
in the same columns; when that story has no heading (a second item under a lead, an
interview under its introduction, a court report run on), the white between them is all
that says one ended: more white than the leading, foot to foot (layout keeps such
pieces apart for it: ``layout.merge.story_gap``), and the lower one opening a paragraph
(its first line indented). Read in order, the lower block came right after the upper
story's text and was taken as its next paragraphs. Held-out S3 s827 (the museum story
under the after-school lead's third column), S4 s845 (an interview under the flood
story's first column), S5 s859 (the bee-counter story under the power-cut story), S5 s849
(the cycle race under the science prize): each missing article of those pages.
"""

from __future__ import annotations

from collections.abc import Sequence

from .column_flow import line_pitch
from .model import BODY, HEADING_KINDS, PHOTO_TEXT_KINDS, RULE, Block
from .order_stacks import photo_closed, story_white


def stacked_under(story: Sequence[Block], block: Block, page: Sequence[Block],
                  earlier: Sequence[Sequence[Block]] = ()) -> bool:
    """``block`` (running text) stands right under one of ``story``'s text blocks in its
    column, nothing between, set off by a story's white, and opens with an indented
    first line: the next story's start, not the story's next paragraph.

    When ``story``'s text has ended above ``block`` (every one of its text blocks ends
    over ``block``'s top), the column over ``block`` may be closed as well by a photo's
    caption, the photo over it in the column (``order_stacks.photo_closed``: the same
    place one row down, a story under a lead's photo). And ``block`` may stand under the
    text of a story read before (one of ``earlier``), ended above it in the same way: the
    next column of such a stack, read after the first, which runs on beside it. Read on,
    held-out S3 s827's unpaid-wages story, under the lead's photo and caption, was the
    lead's last paragraphs, and the museum story's column under the lead's the wages
    story's."""
    if block.box is None or block.kind is not BODY or not indented(block):
        return False
    box = block.box
    over = [b for b in page if b is not block and b.box is not None and b.kind is not RULE
            and b.box.y + b.box.h <= box.y + 2
            and min(b.box.x + b.box.w, box.x + box.w) - max(b.box.x, box.x)
            >= 0.5 * min(b.box.w, box.w)]
    if not over:
        return False
    last = max(over, key=lambda b: b.box.y + b.box.h if b.box else 0)
    if last.kind is BODY and any(b is last for b in story) and story_white(last, block):
        return True
    if _beside_heading(story, block, page) or _ruled_off(last, block, page):
        return False
    if last.kind in PHOTO_TEXT_KINDS:
        return _ended_above(story, box.y) and photo_closed(over, last)
    above = next((s for s in earlier if any(b is last for b in s)), None)
    return (last.kind is BODY and above is not None and _ended_above(above, box.y)
            and story_white(last, block))


def _beside_heading(story: Sequence[Block], block: Block, page: Sequence[Block]) -> bool:
    """``block``'s top stands level with a heading left of it over ``story``'s text (from a
    line and a half over its top, where a kicker stands, to its foot): the story's column
    beside its headline, set over fewer columns than the story (held-out S4 s841: the law
    story's third column, level with its kicker, its first line read short and so taken
    for indented)."""
    box = block.box
    text = [b.box for b in story if b.kind is BODY and b.box is not None]
    if box is None or not text:
        return False
    line = line_pitch(block)
    return any(h.kind in HEADING_KINDS and h.box is not None and h.box.x + h.box.w <= box.x + line
               and h.box.y - 1.5 * line <= box.y <= h.box.y + h.box.h
               and any(t.y >= h.box.y and min(t.x + t.w, h.box.x + h.box.w) > max(t.x, h.box.x)
                       for t in text)
               for h in page)


def _ruled_off(last: Block, block: Block, page: Sequence[Block]) -> bool:
    """A rule across ``block``'s column stands between ``last`` and ``block``: the rule
    parts what is over it from what is under it, and the story under it is the heading's
    of its own zone, not a stack under the text over the rule (a fixture page's sports
    story's second column under the port story's, a page-wide rule between)."""
    box, up = block.box, last.box
    if box is None or up is None:
        return False
    return any(r.kind is RULE and r.box is not None and r.box.w > r.box.h
               and up.y + up.h - 2 <= r.box.y <= box.y + 2
               and min(r.box.x + r.box.w, box.x + box.w) - max(r.box.x, box.x) >= 0.5 * box.w
               for r in page)


def _ended_above(story: Sequence[Block], top: int) -> bool:
    """Every text block of ``story`` ends over ``top``: the story has no column running
    on beside (a column of its own under its photo is read beside its others)."""
    text = [b.box for b in story if b.kind is BODY and b.box is not None]
    return bool(text) and all(t.y + t.h <= top for t in text)


def indented(block: Block) -> bool:
    """The block's first line starts at least half a line height right of where its
    other lines start (a paragraph's indent: an em in English, two characters in
    Chinese)."""
    boxes = [ln.box for ln in block.lines if ln.box is not None]
    if len(boxes) < 3:
        return False
    left = sorted(b.x for b in boxes[1:])[len(boxes[1:]) // 2]
    high = sorted(b.h for b in boxes)[len(boxes) // 2]
    return boxes[0].x - left >= 0.5 * high
