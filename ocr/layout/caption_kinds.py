"""Captions told by place: the type right under a picture, and the kicker under a caption.

The rules of ``kinds.assign_kinds`` for the blocks under a page's pictures, each a plain
function over one block and the page's measures (``type_page.TypePage``): a caption
stands right under its picture, no longer than a caption (``caption_lines``), or in
small type right under another caption (its credit, its next lines) (``captioned``);
one line in small type under a caption that stands right over a headline is that
story's kicker (``kicker_under_caption``).
"""

from __future__ import annotations

from ..typography import CAPTION_RATIO, SEMIBOLD_RATIO
from .blocks import Region, x_overlap
from .grain import grain_line
from .heading_kinds import slighter
from .type_page import TypePage

#: Lines of a caption in type smaller than the body's right under its picture, its
#: credit line over it (a line grain cuts in two counts twice); in the body's size, or
#: under another caption, four.
CAPTION_LINES = 6


def under_text(r: Region, pic: Region, page: TypePage) -> bool:
    """Other type stands between the picture ``pic`` and ``r`` (its caption, one line
    across the columns): ``r`` lies under that, not under the picture; in the body's
    type it is the text of the columns going on, not more caption."""
    return any(o is not r and pic.box.bottom - 2 <= o.box.y and o.box.bottom <= r.box.y + 2
               and x_overlap(r.box, o.box) > 0.5 * min(r.box.w, o.box.w) for o in page.text)


def kicker_under(r: Region, caption: Region, page: TypePage, heads: list[Region]) -> bool:
    """``r``, one line under a photo's caption (or under the photo: ``caption`` is what
    stands over it), is the kicker of the story whose headline (one of ``heads``) stands
    right under it (``乡村振兴``, ``COURTS``): over a headline, slighter (``slighter``),
    and nearer to it than to the caption or photo above. One line of type: a speck a
    heavy scan left beside it is no second line (``grain_line``; ``CULTURE`` with a speck
    8 px wide, ``法治`` with two)."""
    if sum(not grain_line(ln, page.char_h) for ln in r.lines) != 1:
        return False
    gaps = [h.box.y - r.box.bottom for h in heads
            if h is not r and h.box.y >= r.box.bottom - 2 and slighter(r, h)
            and x_overlap(r.box, h.box) > 0.5 * r.box.w]
    return bool(gaps) and min(gaps) <= 1.2 * page.body and (
        min(gaps) < r.box.y - caption.box.bottom)


def caption_lines(r: Region, ratio: float, page: TypePage) -> int:
    """The most lines of a caption right under its picture (``CAPTION_LINES``; four
    in the body's size): twice as many in small bold type, a face no story's text is
    set in, which a photo one column wide wraps into ten lines with its credit."""
    if ratio > CAPTION_RATIO:
        return 4
    bold = page.bold_ref > 0 and r.weight >= SEMIBOLD_RATIO * page.bold_ref
    return 2 * CAPTION_LINES if bold else CAPTION_LINES


def captioned(r: Region, ratio: float, page: TypePage, captions: list[Region],
              heads: list[Region]) -> bool:
    """``r`` is a caption: right under a picture with no other type between
    (``under_text``), no longer than a caption (``caption_lines``); or four lines at
    most in small type right under one of the ``captions`` found above it. Unless, under
    either, it is the kicker of a headline under it (``kicker_under``): one line nearer
    to the headline than to the picture or caption over it (S3 s827, ``以案释法`` 50 px
    under the photo, 25 px over its headline; the photo's own caption lost in its box)."""
    body = page.body
    return bool(page.pictures) and (
        ((pic := page.above(r, page.pictures, 1.5 * body)) is not None
         and not under_text(r, pic, page)
         and len(r.lines) <= caption_lines(r, ratio, page)
         and not kicker_under(r, pic, page, heads))
        or (len(r.lines) <= 4 and ratio <= CAPTION_RATIO
            and (cap := page.above(r, captions, 1.5 * body)) is not None
            and not kicker_under(r, cap, page, heads))
    )


def kicker_under_caption(r: Region, page: TypePage, captions: list[Region],
                         heads: list[Region]) -> bool:
    """``r`` right under one of the ``captions`` is the kicker of the headline under it
    (``kicker_under``; its specks kept it from ``heading_kinds.kicker_line``'s one
    line)."""
    return (bool(page.pictures)
            and (cap := page.above(r, captions, 1.5 * page.body)) is not None
            and kicker_under(r, cap, page, heads))
