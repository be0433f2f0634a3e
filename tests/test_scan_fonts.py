"""The drawer's layout ``en 5 columns, rules`` set in Liberation Serif at 300 dpi (a font
the project was not drawn for; ``python -m scripts.bench fonts``): a kicker over the
lead's wide headline, and a headless brief under a rule in the one-column rail beside
the lead, whose first line is level with the lead photo's caption.

The first tests give layout's kinds and ``classify`` the geometry measured on such pages
(and on a devset PDF's), the last read the drawn page end to end.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from conftest import IMAGE_SOURCE as SRC
from conftest import scanned_block as _block

from ocr.classify import classify
from ocr.layout.blocks import Region
from ocr.layout.kinds import assign_kinds
from ocr.model import BlockKind, Box, Page
from ocr.pipeline import process_pages
from scripts.bench.fonts import PAGES, draw

#: The body's type size and line height on the page, as layout measured them (px).
TYPE, BODY = 28.4, 34.0
#: The rule under the date strip: furniture above it.
TOP_RULE = Box(112, 364, 2256, 12)


def _text(box: Box, lines: int, size: float, weight: float, pitch: int = 58) -> Region:
    rows = tuple(Box(box.x, box.y + pitch * n, box.w, 30) for n in range(lines))
    return Region(BlockKind.BODY, box, rows or (box,), size=size, weight=weight)


def _top_zone(label: Region) -> list[Region]:
    """The page's top zone as layout measured it, with ``label`` over the lead's headline."""
    return [
        _text(Box(112, 314, 507, 38), 1, 30.0, 5.07),  # the date strip
        Region(BlockKind.RULE, TOP_RULE),
        label,
        _text(Box(574, 490, 1392, 66), 1, 66.0, 15.06),  # Port Traffic Rises for Fifth Month
        _text(Box(573, 634, 406, 1260), 22, 28.4, 5.27),
        _text(Box(1033, 704, 407, 1200), 21, 29.0, 5.28),
        _text(Box(112, 422, 362, 48), 1, 35.8, 8.45),  # the rail's headline
        _text(Box(112, 628, 408, 562), 10, 29.5, 5.29),
    ]


def _kind_of(label: Region) -> BlockKind:
    out = assign_kinds(_top_zone(label), TYPE, BODY, TOP_RULE)
    return next(r.kind for r in out if r.box == label.box)


def test_a_bold_label_over_a_wide_headline_is_its_kicker() -> None:
    """``LOCAL ECONOMY``, bold sans capitals smaller than the body, 44 px over a
    four-column headline (body lines 34 px: more than 1.2 lines; the white over the
    headline's capitals grows with its type), nothing nearer above it: the kicker."""
    assert _kind_of(_text(Box(574, 420, 334, 26), 1, 26.0, 8.05)) is BlockKind.KICKER


def test_a_line_of_body_type_as_far_over_a_headline_is_not_a_kicker() -> None:
    """The same line in the body's own type (a line of running text left alone) is
    not told by its type: it stays body at that distance."""
    assert _kind_of(_text(Box(574, 420, 334, 26), 1, 28.4, 5.27)) is BlockKind.BODY




def test_a_brief_level_with_a_caption_is_not_taken_for_it() -> None:
    """A photo credit's caption is the block printed beside it, not the one next to it
    in the layout's list (by height, across the page): the rail's brief, level with the
    lead photo's caption three columns away, came before the credit and became a
    caption, lost to its own article."""
    b, c = BlockKind.BODY, BlockKind.CAPTION
    page = Page("p", SRC, "en", (2480, 3508), blocks=(
        _block("b016", BlockKind.ILLUSTRATION, Box(1492, 694, 868, 538)),
        _block("b019", c, Box(1495, 1260, 853, 36),
               "Workers prepare the old mill floor for new machinery."),
        _block("b020", b, Box(112, 1270, 408, 446), "The mayor praised", "the council for",
               "reaching an agreement", "before the deadline."),
        _block("b021", c, Box(2070, 1318, 290, 32), "Photo by Nina Park"),
        _block("b022", b, Box(1492, 1398, 407, 504), "twenty new beds last",
               "week to handle a rise", "in winter illness."),
    ))
    kinds = {x.id: x.kind for x in classify(page).blocks}
    assert (kinds["b019"], kinds["b020"], kinds["b021"]) == (c, b, BlockKind.CREDIT)


def test_a_short_caption_beside_its_credit_keeps_the_text_under_them_body() -> None:
    """A short caption set left under a photo and its credit right, with no overlap
    across (AR PL UMing, ``zh 5 columns, rules``): the credit has its caption, and the
    column's text starting right under the credit stays body."""
    b, c = BlockKind.BODY, BlockKind.CAPTION
    page = Page("p", SRC, "zh", (2480, 3508), blocks=(
        _block("b014", BlockKind.ILLUSTRATION, Box(1492, 792, 868, 538)),
        _block("b019", c, Box(1493, 1352, 487, 40), "孩子们在校园农场里活动。"),
        _block("b020", c, Box(2134, 1413, 224, 37), "记者孙悦摄"),
        _block("b021", b, Box(1494, 1497, 404, 342), "度自动浇水。今年", "秋季，全市将有十"),
        _block("b022", b, Box(1954, 1498, 404, 340), "农技人员深入", "村组，手把手指导"),
    ))
    kinds = {x.id: x.kind for x in classify(page).blocks}
    assert (kinds["b019"], kinds["b020"], kinds["b022"]) == (c, BlockKind.CREDIT, b)


def test_a_caption_far_left_of_its_credit_under_a_wide_photo_is_still_its_caption() -> None:
    """A devset PDF's page (zh03): the caption set left under a photo two columns wide,
    the credit right, 580 px apart; the next column's text beside the photo runs down
    past the credit's row. The credit's caption is the one under its photo: that text
    stays body."""
    b, c = BlockKind.BODY, BlockKind.CAPTION
    page = Page("p", SRC, "zh", (2900, 3100), blocks=(
        _block("b007", BlockKind.ILLUSTRATION, Box(148, 471, 1329, 827)),
        _block("b008", b, Box(1526, 484, 636, 947), "河路站围挡施工启动，地铁3号线",
               "一期工程21座车站全面进入施工阶", "段。"),
        _block("b010", c, Box(151, 1312, 521, 37), "地铁3号线中山广场站施工现场。"),
        _block("b011", c, Box(1253, 1360, 221, 31), "通讯员赵明摄"),
        _block("b013", b, Box(845, 1448, 630, 45), "日上午，随着最后一座车站——滨"),
    ))
    kinds = {x.id: x.kind for x in classify(page).blocks}
    assert (kinds["b008"], kinds["b010"], kinds["b011"], kinds["b013"]) == (
        b, c, BlockKind.CREDIT, b)


@cache
def _read(folder: Path) -> Page:
    spec, style = next(p for p in PAGES if p[0].name == "en-liberation-5c-rules")
    path, _ = draw(spec, style, folder)
    return process_pages(path, lang="en", correct=False)[0]


@pytest.fixture(scope="module")
def liberation(tmp_path_factory: pytest.TempPathFactory) -> Page:
    return _read(tmp_path_factory.mktemp("fonts"))


@pytest.mark.integration
def test_the_kicker_heads_its_story_on_the_drawn_page(liberation: Page) -> None:
    lead = next(a for a in liberation.articles if a.headlines[:1] == (
        "Port Traffic Rises for Fifth Month",))
    assert lead.kicker == "LOCAL ECONOMY"
    assert not any(a.paragraphs == ("LOCAL ECONOMY",) for a in liberation.articles)


@pytest.mark.integration
def test_the_rails_brief_is_an_article_of_its_own_on_the_drawn_page(liberation: Page) -> None:
    brief = [a for a in liberation.articles
             if a.paragraphs and a.paragraphs[0].startswith("The mayor praised")]
    assert len(brief) == 1 and not brief[0].headlines, liberation.articles
    assert not any("mayor" in (p.caption or "") for p in liberation.photos)
