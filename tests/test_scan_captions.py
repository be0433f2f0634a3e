"""A photo's caption is the type right under it; the columns going on under the caption
are the story's text (held-out scans, issue 10: the first lines of two columns under a
one-line caption across them were taken for more caption and left their story)."""

from __future__ import annotations

from ocr.layout.blocks import Region
from ocr.layout.kinds import assign_kinds
from ocr.model import BlockKind, Box

#: The body's type size and line height (px), as layout measures a 300 dpi page.
TYPE, BODY = 29.0, 36.0


def _text(box: Box, lines: int, size: float, weight: float, pitch: int = 46) -> Region:
    rows = tuple(Box(box.x, box.y + pitch * n, box.w, 30) for n in range(lines))
    return Region(BlockKind.BODY, box, rows, size=size, weight=weight)


def _kinds(regions: list[Region]) -> dict[Box, BlockKind]:
    return {r.box: r.kind for r in assign_kinds(regions, TYPE, BODY, None)}


def test_column_text_under_a_caption_across_the_columns_is_body() -> None:
    """A photo over three columns, its caption one line across them in lighter type; the
    second and third columns go on under it with a paragraph's last lines (four and
    three lines, parted by white from the next paragraph): body, not caption."""
    photo = Region(BlockKind.ILLUSTRATION, Box(105, 840, 1330, 540))
    caption = Box(105, 1384, 1240, 30)
    tails = [Box(572, 1420, 380, 168), Box(1040, 1420, 380, 122)]
    regions = [
        photo,
        _text(caption, 1, 28.0, 3.1),
        *(_text(b, n, TYPE, 4.0) for b, n in zip(tails, (4, 3), strict=True)),
        *(_text(Box(x, 1640, 380, 600), 13, TYPE, 4.0) for x in (105, 572, 1040)),
    ]
    kinds = _kinds(regions)
    assert kinds[caption] is BlockKind.CAPTION
    assert [kinds[b] for b in tails] == [BlockKind.BODY, BlockKind.BODY]


def test_a_caption_under_its_photo_stays_a_caption() -> None:
    """Two lines right under a photo, nothing between: its caption, in the body's type too."""
    photo = Region(BlockKind.ILLUSTRATION, Box(1500, 740, 880, 470))
    caption = Box(1500, 1220, 860, 76)
    regions = [photo, _text(caption, 2, TYPE, 4.0),
               *(_text(Box(x, 1340, 420, 600), 13, TYPE, 4.0) for x in (1500, 1960))]
    assert _kinds(regions)[caption] is BlockKind.CAPTION
