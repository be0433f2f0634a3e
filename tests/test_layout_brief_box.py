"""A ruled box of briefs whose heads are no heavier than their text (issue 10, held-out
S2 s815 and s821): each brief a head line a little larger than the text, in another face,
set tight over it, the briefs parted by a little more white than the box's leading. The
XY-cut's pieces, one a brief, were joined again as pieces of one column, and the box read
as one block (one article for four). Drawn here and read as layout reads a scan."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from ocr.layout import detect_layout
from ocr.model import BlockKind

LIBERATION = Path("/usr/share/fonts/truetype/liberation")
SERIF, SANS = LIBERATION / "LiberationSerif-Regular.ttf", LIBERATION / "LiberationSans-Regular.ttf"
NOTO = Path("/usr/share/fonts/opentype/noto")
CJK_SANS, CJK_SERIF = NOTO / "NotoSansCJK-Regular.ttc", NOTO / "NotoSerifCJK-Regular.ttc"
BOLD, BOLD_CJK = LIBERATION / "LiberationSerif-Bold.ttf", NOTO / "NotoSerifCJK-Bold.ttc"
FONTS = (SERIF, SANS, CJK_SANS, CJK_SERIF, BOLD, BOLD_CJK)

WORDS = ("the county library will keep its reading room open until ten on weekday nights "
         "from next month and readers may borrow up to twelve books at a time with a "
         "card while the children's room closes at six as before").split()
HAN = "即日起市图书馆一楼自习区每晚开放至二十二时读者凭读者证即可入馆无需预约周末照常开放"

LEFT, RIGHT, TOP = 900, 1460, 80


def _lines(draw: ImageDraw.ImageDraw, font: ImageFont.FreeTypeFont, measure: int, n: int,
           start: int, zh: bool) -> list[str]:
    """``n`` lines of text no wider than ``measure``, the last one short."""
    out, k = [], start
    for i in range(n):
        line, limit = "", measure if i < n - 1 else measure // 2
        while True:
            piece = HAN[k % len(HAN)] if zh else WORDS[k % len(WORDS)] + " "
            if draw.textlength(line + piece, font=font) > limit:
                break
            line, k = line + piece, k + 1
        out.append(line.strip())
    return out


def _page(zh: bool, ruled: bool = True, indented: bool = False) -> np.ndarray:
    """Two columns of a story and beside them a box ruled all round (``ruled``): a title
    over a rule and four briefs, each a head 1.1x the text's size in the other face (no
    heavier) right over three to five lines, the briefs parted by white 0.7 of a line
    wider than the leading. ``indented``: no heads, the pieces a story's paragraphs,
    each first line indented, set apart by white 0.4 of a line wider than the leading."""
    body = ImageFont.truetype(str(CJK_SANS if zh else SERIF), 30)
    head = ImageFont.truetype(str(CJK_SERIF if zh else SANS), 33)
    img = Image.new("L", (1540, 1500), 255)
    draw = ImageDraw.Draw(img)
    for x in (80, 480):  # the story's columns
        for n, line in enumerate(_lines(draw, body, 360, 30, x, zh)):
            draw.text((x, TOP + 42 * n), line, fill=0, font=body)
    if ruled:
        draw.rectangle((LEFT - 20, TOP, RIGHT + 20, 1420), outline=0, width=3)
        draw.line((LEFT, TOP + 76, RIGHT, TOP + 76), fill=0, width=3)
    title = "新闻速递" if zh else "AROUND TOWN"
    draw.text((LEFT + 180, TOP + 20), title, fill=0, font=head)
    heads = (("市图书馆推出夜读", "公交线路调整", "冬季义诊进社区", "无偿献血屋迁址") if zh else
             ("Library hours extended", "Bus route changes", "Free clinic Saturday",
              "Blood drive moves"))
    y = TOP + 100
    for i, (text, n) in enumerate(zip(heads, (4, 3, 5, 3), strict=True)):
        if not indented:
            draw.text((LEFT, y), text, fill=0, font=head)
            y += 40
        indent = 60 if indented else 0
        for j, line in enumerate(_lines(draw, body, RIGHT - LEFT - indent, n, 9 * i, zh)):
            draw.text((LEFT + (indent if j == 0 else 0), y), line, fill=0, font=body)
            y += 42
        y += 14 if indented else 30
    return np.asarray(img.filter(ImageFilter.GaussianBlur(0.8)))


def _grained(zh: bool) -> np.ndarray:
    """A box ruled all round of three briefs, each head in the text's face and size but
    bold, set at the text's leading right over it, the briefs parted by 24 px more white;
    and a heavy scan's grain: a speck in the white rows between the first head and its
    first line, a row of specks a few pixels under the second brief's last line."""
    body = ImageFont.truetype(str(CJK_SERIF if zh else SERIF), 30)
    bold = ImageFont.truetype(str(BOLD_CJK if zh else BOLD), 30)
    img = Image.new("L", (1540, 1200), 255)
    draw = ImageDraw.Draw(img)
    draw.rectangle((LEFT - 20, TOP, RIGHT + 20, 1000), outline=0, width=3)
    draw.line((LEFT, TOP + 76, RIGHT, TOP + 76), fill=0, width=3)
    draw.text((LEFT + 180, TOP + 20), "新闻速递" if zh else "NEWS DIGEST", fill=0, font=bold)
    heads = (("市图书馆推出夜读", "公交线路调整", "无偿献血屋迁址") if zh else
             ("Library hours extended", "Bus route changes", "Blood drive moves"))
    y = TOP + 100
    for i, (text, n) in enumerate(zip(heads, (4, 3, 4), strict=True)):
        draw.text((LEFT, y), text, fill=0, font=bold)
        if i == 0:
            draw.rectangle((LEFT + 440, y + 26, LEFT + 450, y + 50), fill=0)
        y += 42
        for line in _lines(draw, body, RIGHT - LEFT, n, 9 * i, zh):
            draw.text((LEFT, y), line, fill=0, font=body)
            y += 42
        if i == 1:
            for x in range(LEFT + 120, RIGHT - 120, 12):
                draw.rectangle((x, y + 2, x + 5, y + 8), fill=0)
        y += 24
    return np.asarray(img.filter(ImageFilter.GaussianBlur(0.8)))


def _boxed(gray: np.ndarray) -> list:
    layout = detect_layout(gray, gray < 150)
    return sorted((r for r in layout.regions if r.lines and r.box.x >= LEFT - 10
                   and r.box.y > TOP + 80), key=lambda r: r.box.y)


@pytest.mark.skipif(not all(f.exists() for f in FONTS), reason="fonts missing")
@pytest.mark.parametrize("zh", [False, True], ids=["en", "zh"])
def test_each_brief_in_a_ruled_box_is_a_head_over_its_own_text(zh: bool) -> None:
    """Four briefs, four heads each over its own text (one block of 19 lines before)."""
    boxed = _boxed(_page(zh))
    assert [r.kind for r in boxed] == [BlockKind.HEADLINE, BlockKind.BODY] * 4
    assert [len(r.lines) for r in boxed[1::2]] == [4, 3, 5, 3]


@pytest.mark.skipif(not all(f.exists() for f in FONTS), reason="fonts missing")
@pytest.mark.parametrize("zh", [False, True], ids=["en", "zh"])
def test_briefs_in_a_box_on_a_grained_scan_are_parted(zh: bool) -> None:
    """Grain of a heavy scan (S s809, s812, S2 s821): a speck in the white row under the
    first head made it one "line" with the text's first line, so the box's first brief
    opened with no head; a row of specks between two briefs took the white between them
    for two gaps of leading, so they were one brief."""
    type_ = [r for r in _boxed(_grained(zh)) if any(ln.h >= 12 for ln in r.lines)]
    assert [r.kind for r in type_] == [BlockKind.HEADLINE, BlockKind.BODY] * 3
    assert [sum(ln.h >= 12 for ln in r.lines) for r in type_[1::2]] == [4, 3, 4]


@pytest.mark.skipif(not all(f.exists() for f in FONTS), reason="fonts missing")
@pytest.mark.parametrize("zh", [False, True], ids=["en", "zh"])
def test_a_story_s_paragraphs_set_apart_in_a_box_stay_one_block(zh: bool) -> None:
    """Paragraphs set apart by a little white, each first line indented: no brief opens
    there (its head is flush left), and the story is one block."""
    boxed = _boxed(_page(zh, indented=True))
    assert [len(r.lines) for r in boxed] == [15]
    assert boxed[0].kind is BlockKind.BODY


@pytest.mark.skipif(not all(f.exists() for f in FONTS), reason="fonts missing")
def test_briefs_without_a_box_are_not_parted_by_white() -> None:
    """The same briefs with no rules round them are running text to this rule: it asks
    only inside a box closed by rules."""
    boxed = _boxed(_page(False, ruled=False))
    assert len(boxed) < 8


def _runs_on_page(zh: bool) -> np.ndarray:
    """The box of ``_page``, its sides the column rules that run on above and under it
    from the page's top to its foot, its top and foot rules stopping at them (held-out
    S6 s871: a box of briefs between two stories' columns)."""
    img = Image.fromarray(_page(zh, ruled=False))
    draw = ImageDraw.Draw(img)
    for x in (LEFT - 20, RIGHT + 20):
        draw.line((x, 10, x, 1490), fill=0, width=3)
    for y in (TOP, 1420):
        draw.line((LEFT - 20, y, RIGHT + 20, y), fill=0, width=3)
    draw.line((LEFT, TOP + 76, RIGHT, TOP + 76), fill=0, width=3)
    return np.asarray(img)


@pytest.mark.skipif(not all(f.exists() for f in FONTS), reason="fonts missing")
@pytest.mark.parametrize("zh", [False, True], ids=["en", "zh"])
def test_briefs_in_a_box_whose_sides_run_on_as_column_rules(zh: bool) -> None:
    """A box whose sides run on past it is closed by its top and foot rules, which stop
    at the sides (a rule across a row of stories runs past them): its briefs are parted
    as in a box ruled all round (one block of 19 lines before)."""
    boxed = _boxed(_runs_on_page(zh))
    assert [r.kind for r in boxed] == [BlockKind.HEADLINE, BlockKind.BODY] * 4
    assert [len(r.lines) for r in boxed[1::2]] == [4, 3, 5, 3]


NARROW = 330


def _narrow(zh: bool) -> np.ndarray:
    """A narrow box ruled all round (a rail's briefs, held-out S4 s843, S3 s827): each
    head bold (English) or a size up in the other face (Chinese), filling the measure
    as the text's lines do, right over its text; the briefs parted by 30 px of white."""
    body = ImageFont.truetype(str(CJK_SANS if zh else SERIF), 30)
    head = ImageFont.truetype(str(CJK_SERIF if zh else BOLD), 33 if zh else 30)
    img = Image.new("L", (1540, 1500), 255)
    draw = ImageDraw.Draw(img)
    draw.rectangle((LEFT - 20, TOP, LEFT + NARROW + 20, 1420), outline=0, width=3)
    draw.line((LEFT, TOP + 76, LEFT + NARROW, TOP + 76), fill=0, width=3)
    draw.text((LEFT + 60, TOP + 20), "本地快讯" if zh else "IN SHORT", fill=0, font=head)
    heads = (("城西水厂周四检修停水", "渡轮码头夜间封闭施工", "市民公园新增健身步道") if zh else
             ("Anniversaries this week", "Harbour works overnight", "Coastal path open again"))
    y = TOP + 100
    for i, (text, n) in enumerate(zip(heads, (5, 4, 5), strict=True)):
        assert draw.textlength(text, font=head) >= NARROW - 40  # (the head fills it)
        draw.text((LEFT, y), text, fill=0, font=head)
        y += 44
        for line in _lines(draw, body, NARROW, n, 9 * i, zh):
            draw.text((LEFT, y), line, fill=0, font=body)
            y += 42
        y += 30
    return np.asarray(img.filter(ImageFilter.GaussianBlur(0.8)))


@pytest.mark.skipif(not all(f.exists() for f in FONTS), reason="fonts missing")
@pytest.mark.parametrize("zh", [False, True], ids=["en", "zh"])
def test_a_brief_s_head_as_long_as_a_narrow_box_s_measure_opens_it(zh: bool) -> None:
    """A head set as one (bold, or a size up) opens its brief after the white however
    long it runs: only a head set like the text is told by stopping short (the three
    briefs were one, their heads its text, before)."""
    boxed = _boxed(_narrow(zh))
    assert [r.kind for r in boxed] == [BlockKind.HEADLINE, BlockKind.BODY] * 3
    assert [len(r.lines) for r in boxed[1::2]] == [5, 4, 5]
