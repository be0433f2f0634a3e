"""A story's columns running down past a photo set across them: each read to its foot.

A story set over two columns or more may carry its photo across all of them, part way
down: each column's text stops over the photo and goes on under its caption, in the
same column. A reader follows a column down past the photo before going to the next
(the study pages draw it so, and so do newspapers: a photo interrupts a column, it does
not end it). The cut (``ocr.order.xy_cut``) closes a zone at a photo across its region
and another at the caption row, so such a story was read in bands: every column's top
over the photo, then every column's foot under it (held-out S4 s840: the flood story's
``挤满了半条`` read on with the next column's ``印子说`` and its ``街。两天前`` after
both). The sentence alone cannot choose here (the next column's top goes on
mid-sentence as well, since the story's text simply flows); what chooses is the photo's
place inside the story's columns: text over it in every column, headless text under its
caption in every column, the first column stopping mid-sentence over the photo and its
foot going on mid-sentence under it.
"""

from __future__ import annotations

from .column_flow import SLACK, box_of, column_unit, goes_on, line_pitch, open_end
from .model import PHOTO_TEXT_KINDS, Block, BlockKind


def down_past_photos(ordered: list[Block]) -> list[Block]:
    """``ordered`` with each story's columns read down past a photo set across them:
    the columns' tops over the photo, the photo and its caption row, then the columns'
    feet under it, become the first column's top, the photo, the first column's foot,
    then each other column's top and foot in turn. Anything else stays as it is."""
    if len(ordered) < 5:
        return ordered
    unit = column_unit(ordered)
    out = list(ordered)
    i = 0
    while i < len(out):
        found = _banded(out, i, unit)
        if found is None:
            i += 1
            continue
        tops, photo, feet = found
        read = [tops[0], *photo, feet[0]]
        for top, foot in zip(tops[1:], feet[1:], strict=True):
            read += [top, foot]
        end = i + len(tops) + len(photo) + len(feet)
        out = [*out[:i], *read, *out[end:]]
        i = end
    return out


def _banded(out: list[Block], i: int, unit: float) -> tuple[list[Block], list[Block],
                                                             list[Block]] | None:
    """The columns' tops read from ``i``, the photo row after them and the columns'
    feet after that, when they are one story's columns run down past a photo set across
    them (see the module's docstring); else ``None``."""
    slack = SLACK * unit
    tops: list[Block] = []
    k = i
    while k < len(out) and out[k].kind == BlockKind.BODY and (
            not tops or _beside(tops[-1], out[k], slack)):
        tops.append(out[k])
        k += 1
    if len(tops) < 2 or k >= len(out) or out[k].kind != BlockKind.ILLUSTRATION:
        return None
    picture = box_of(out[k])
    photo = [out[k]]
    k += 1
    while k < len(out) and out[k].kind in PHOTO_TEXT_KINDS:
        photo.append(out[k])
        k += 1
    feet = out[k : k + len(tops)]
    if len(photo) < 2 or len(feet) < len(tops):
        return None
    foot_of_photo = max(box_of(b).bottom for b in photo)
    for top, foot in zip(tops, feet, strict=True):
        tb, fb = box_of(top), box_of(foot)
        if (foot.kind != BlockKind.BODY
                or not picture.x - slack <= tb.x or not tb.right <= picture.right + slack
                or tb.bottom > picture.y + slack or fb.y < foot_of_photo - slack
                or min(tb.right, fb.right) - max(tb.x, fb.x) < 0.5 * min(tb.w, fb.w)):
            return None
    if not all(_beside(a, b, slack) and abs(box_of(b).y - box_of(a).y) <= line_pitch(a)
               for a, b in zip(feet, feet[1:], strict=False)):
        return None
    # The first column stops mid-sentence over the photo and goes on under it.
    if not (open_end(tops[0]) and goes_on(feet[0])):
        return None
    return tops, photo, feet


def _beside(left: Block, right: Block, slack: float) -> bool:
    """``right`` is the next column right of ``left``, standing level with part of it
    (a column's top may stand a byline higher than the first's)."""
    lb, rb = box_of(left), box_of(right)
    return (-slack <= rb.x - lb.right <= 0.5 * lb.w
            and rb.y < lb.bottom and lb.y < rb.bottom)

