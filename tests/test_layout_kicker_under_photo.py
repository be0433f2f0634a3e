"""A kicker right under a photo whose own caption layout lost in the photo's box (issue
10, forty-fifth session): held-out S3 s827, ``以案释法`` 50 px under the photo and 25 px
over its headline ``跨境电信网络诈骗…``, was the photo's caption (``captioned``: one line
right under a picture) and the story lost its kicker. Nearer to the headline under it
than to the photo over it, it is the kicker (``caption_kinds.kicker_under``, asked
already of a line under a caption); a caption set close under its photo, the headline
further down, stays the caption."""

from __future__ import annotations

from ocr.layout.blocks import Region
from ocr.layout.kinds import assign_kinds
from ocr.model import BlockKind, Box

TYPE, LINE = 31.0, 35.0
BODY_WEIGHT = 8.1


def _region(x: int, y: int, w: int, lines: int, size: float, weight: float = BODY_WEIGHT,
            step: int = 42) -> Region:
    rows = tuple(Box(x, y + step * n, w, int(size)) for n in range(lines))
    return Region(BlockKind.BODY, Box(x, y, w, step * (lines - 1) + int(size)), rows,
                  size=size, weight=weight)


def _label_kind(label_y: int) -> BlockKind:
    photo = Region(BlockKind.ILLUSTRATION, Box(917, 2182, 726, 431))
    label = _region(919, label_y, 120, 1, 31.0, weight=6.2)
    head = _region(938, 2719, 683, 3, 84.0, weight=12.2, step=97)
    text = _region(919, 3020, 700, 12, TYPE)
    columns = [_region(x, 1900, 340, 30, TYPE) for x in (150, 520, 1677)]
    kinds = {r.box: r.kind
             for r in assign_kinds([photo, label, head, text, *columns], TYPE, LINE, None)}
    return kinds[label.box]


def test_a_kicker_nearer_its_headline_than_the_photo_over_it_is_the_kicker() -> None:
    assert _label_kind(2663) is BlockKind.KICKER


def test_a_caption_close_under_its_photo_stays_the_caption() -> None:
    assert _label_kind(2623) is BlockKind.CAPTION
