"""A photo's caption is the type right under it; the columns going on under the caption
are the story's text (held-out scans, issue 10: the first lines of two columns under a
one-line caption across them were taken for more caption and left their story). A byline
at a column's head under a caption is the story's; the folio line under the page's foot
rule is furniture."""

from __future__ import annotations

from conftest import IMAGE_SOURCE as SRC
from conftest import scanned_block as _block

from ocr.classify import classify
from ocr.layout.blocks import Region
from ocr.layout.kinds import assign_kinds
from ocr.layout.page_rules import foot_rule
from ocr.model import Block, BlockKind, Box, Page

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


# -- a byline at a column's head under a caption; the folio line under the foot rule --



def _page(lang: str, *blocks: Block) -> dict[str, BlockKind]:
    page = Page("p", SRC, lang, (2480, 3508), blocks=blocks)
    return {b.id: b.kind for b in classify(page).blocks}


def test_a_byline_at_the_head_of_a_column_under_a_caption_is_the_storys() -> None:
    """A photo across three columns, its caption one line across them, then the story's
    byline set on two lines at the head of the first column, flush with its text (held-out
    E s404): layout takes it for more caption by its place; its text and the column
    under it make it the story's byline (read after the caption, it went with the photo)."""
    c = BlockKind.CAPTION
    kinds = _page("en",
                  _block("pic", BlockKind.ILLUSTRATION, Box(103, 839, 1337, 563)),
                  _block("cap", c, Box(106, 1397, 1240, 27),
                         "Union members gather outside the district office."),
                  _block("by", c, Box(106, 1454, 262, 77), "By HENRY", "ACHTERBERG"),
                  _block("txt", BlockKind.BODY, Box(106, 1572, 384, 554),
                         "LAKEPORT — After", "nine months of", "bargaining and two"))
    assert (kinds["cap"], kinds["by"]) == (c, BlockKind.BYLINE)


def test_a_caption_reading_like_a_byline_over_no_text_stays_the_photos() -> None:
    """The same line with no column's text flush under it stays the photo's."""
    c = BlockKind.CAPTION
    kinds = _page("en",
                  _block("pic", BlockKind.ILLUSTRATION, Box(103, 839, 1337, 563)),
                  _block("by", c, Box(106, 1410, 262, 40), "By HENRY ACHTERBERG"),
                  _block("txt", BlockKind.BODY, Box(600, 1572, 384, 554),
                         "LAKEPORT — After", "nine months of", "bargaining and two"))
    assert kinds["by"] is c


FOOT = Box(113, 3344, 2268, 17)  # the rule over the folio line, tilted: 17 px tall


def test_the_folio_line_under_the_foot_rule_is_furniture() -> None:
    """One line under the page-wide rule at the foot (``A1  THE STONEBRIDGE TIMES``),
    read as the page's last paragraph, is furniture, as the masthead over the top rule."""
    columns = [_text(Box(x, 2700, 380, 600), 13, TYPE, 4.0) for x in (110, 576, 1041)]
    folio = _text(Box(1015, 3368, 462, 27), 1, 24.0, 3.5)
    # a sliver of noise in the margin across the rule and a speck under it are no type
    specks = [Box(2442, 3335, 8, 135), Box(2445, 3487, 5, 18)]
    text = [*(r.box for r in (*columns, folio)), *specks]
    rule = foot_rule([FOOT], text, 3508, BODY)
    assert rule is not None and rule.y == FOOT.y + FOOT.h // 2
    out = {r.box: r.kind for r in assign_kinds([*columns, folio], TYPE, BODY, None, rule)}
    assert out[folio.box] is BlockKind.FURNITURE
    assert {out[c.box] for c in columns} == {BlockKind.BODY}


def test_a_story_under_a_rule_at_the_foot_is_no_folio() -> None:
    """A brief's lines (more than one line tall) under a rule near the foot stay text;
    so does a column running on past the rule."""
    columns = [_text(Box(x, 2700, 380, 600), 13, TYPE, 4.0) for x in (110, 576)]
    brief = _text(Box(1015, 3368, 900, 80), 2, TYPE, 4.0)
    assert foot_rule([FOOT], [r.box for r in (*columns, brief)], 3508, BODY) is None
    past = _text(Box(1041, 2700, 380, 700), 15, TYPE, 4.0)
    folio = _text(Box(1015, 3368, 462, 27), 1, 24.0, 3.5)
    assert foot_rule([FOOT], [r.box for r in (*columns, past, folio)], 3508, BODY) is None


def test_a_run_in_byline_under_a_caption_whose_box_overlaps_the_column_is_the_storys() -> None:
    """The first line of a Chinese story's column, its byline run in (本报讯（记者 …）…),
    under the photo's caption: its tilted box reaches 16 px into the column's text under
    it (held-out E s403). It heads that text, so it is no photo credit (as recognition
    split it off its column, a byline)."""
    kinds = _page("zh",
                  _block("pic", BlockKind.ILLUSTRATION, Box(115, 593, 2270, 622)),
                  _block("cap", BlockKind.CAPTION, Box(116, 1210, 557, 35),
                         "传承人在展演现场向市民展示技艺"),
                  _block("by", BlockKind.BYLINE, Box(110, 1267, 709, 63),
                         "本报讯（记者何思源）上周末，一场非物质"),
                  _block("txt", BlockKind.BODY, Box(108, 1314, 710, 272),
                         "文化遗产展演活动在城北文化广场举行。", "竹编、糖画、木版年画等十余个"))
    assert kinds["by"] is BlockKind.BYLINE
