"""Page designs the project was not drawn for (held-out scans S, issue 10): a ruled box of
briefs, each with a head in the body's size set semi-bold; a photo whose light top the
tone search leaves out; a story's kicker right under another photo's caption; a run-in
byline that opens a column under a caption; a deck a size up from the body. Each page
is drawn here (or set as regions and blocks) and read as layout and classification read
a scan."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from conftest import IMAGE_SOURCE as SRC
from conftest import scanned_block as _block
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from ocr.classify import classify
from ocr.layout import detect_layout
from ocr.layout.blocks import Region
from ocr.layout.kinds import assign_kinds
from ocr.layout.merge import merge_pieces
from ocr.model import Block, BlockKind, Box, Page
from ocr.preprocess import preprocess
from ocr.profiles import load_profile
from ocr.readers.image import iter_image

LIBERATION = Path("/usr/share/fonts/truetype/liberation")
SERIF = LIBERATION / "LiberationSerif-Regular.ttf"
SERIF_BOLD = LIBERATION / "LiberationSerif-Bold.ttf"
SANS_BOLD = LIBERATION / "LiberationSans-Bold.ttf"
CJK = Path("/usr/share/fonts/opentype/noto")
CJK_REGULAR, CJK_BOLD = CJK / "NotoSerifCJK-Regular.ttc", CJK / "NotoSerifCJK-Bold.ttc"

WORDS = ("the state will inspect the river bridge overnight on tuesday and one lane will "
         "remain open with flaggers directing traffic between ten at night and five in the "
         "morning while crews check the deck").split()
HAN = "市人民医院专家团队将于本周六上午在枫林社区服务中心开展义诊提供血压血糖测量和健康咨询"


def _lines(draw: ImageDraw.ImageDraw, font: ImageFont.FreeTypeFont, measure: int, n: int,
           start: int, zh: bool) -> list[str]:
    """``n`` lines of running text no wider than ``measure``, the last one short."""
    out, k = [], start
    for i in range(n):
        line = ""
        limit = measure if i < n - 1 else measure // 2
        while True:
            piece = HAN[k % len(HAN)] if zh else WORDS[k % len(WORDS)] + " "
            if draw.textlength(line + piece, font=font) > limit:
                break
            line += piece
            k += 1
        out.append(line.strip())
    return out


def _briefs_box(zh: bool) -> np.ndarray:
    """A page: two columns of a story, and beside them a box ruled all round with a title
    over a rule and three briefs, each a head in the body's size set bold right over its
    two to four lines of text (no white between them), the briefs parted by half a line."""
    regular = ImageFont.truetype(str(CJK_REGULAR if zh else SERIF), 32)
    bold = ImageFont.truetype(str(CJK_BOLD if zh else SERIF_BOLD), 32)
    img = Image.new("L", (1700, 1300), 255)
    draw = ImageDraw.Draw(img)
    for x in (80, 500):  # the story's columns, the page's body type
        for n, line in enumerate(_lines(draw, regular, 380, 24, x, zh)):
            draw.text((x, 80 + 44 * n), line, fill=0, font=regular)
    left, right, y = 960, 1620, 80
    draw.rectangle((left, y, right, 1180), outline=0, width=4)
    title = "新闻速递" if zh else "IN BRIEF"
    head_font = ImageFont.truetype(str(CJK_BOLD if zh else SANS_BOLD), 34)
    draw.text(((left + right - draw.textlength(title, font=head_font)) / 2, y + 24), title,
              fill=0, font=head_font)
    draw.line((left + 20, y + 80, right - 20, y + 80), fill=0, width=3)
    y += 104
    heads = (("冬季义诊进社区", "公交线路调整", "无偿献血屋迁址") if zh else
             ("Bridge inspection", "Blood drive at fire station", "Leaf pickup begins"))
    for i, (head, lines) in enumerate(zip(heads, (3, 4, 2), strict=True)):
        draw.text((left + 24, y), head, fill=0, font=bold)
        y += 44
        for line in _lines(draw, regular, right - left - 48, lines, 7 * i, zh):
            draw.text((left + 24, y), line, fill=0, font=regular)
            y += 44
        y += 22
    return np.asarray(img)


@pytest.mark.skipif(not (SERIF_BOLD.exists() and CJK_BOLD.exists()), reason="fonts missing")
@pytest.mark.parametrize("zh", [False, True], ids=["en", "zh"])
def test_each_brief_in_a_box_keeps_its_head_and_the_box_title_is_furniture(zh: bool) -> None:
    """The box's title between its rules is a label (furniture), and each brief's bold
    head in the body's size is a headline over its own text: the box was read as one
    article, its title the headline and the briefs one block (held-out S s807, s804)."""
    gray = _briefs_box(zh)
    layout = detect_layout(gray, gray < 128)
    boxed = sorted((r for r in layout.regions if r.lines and r.box.x >= 960),
                   key=lambda r: r.box.y)
    assert boxed[0].kind is BlockKind.FURNITURE and len(boxed[0].lines) == 1
    rest = boxed[1:]
    assert [r.kind for r in rest] == [BlockKind.HEADLINE, BlockKind.BODY] * 3
    assert [len(r.lines) for r in rest] == [1, 3, 1, 4, 1, 2]


def test_a_heading_between_rules_that_heads_its_text_is_no_box_title() -> None:
    """A one-line heading with a rule over it but its text under it (no rule within a
    line under it) stays a headline."""
    rule = Region(BlockKind.RULE, Box(900, 100, 700, 6))
    head = Region(BlockKind.BODY, Box(960, 130, 300, 45), (Box(960, 130, 300, 45),),
                  size=60.0, weight=9.0)
    text = Region(BlockKind.BODY, Box(960, 200, 600, 400),
                  tuple(Box(960, 200 + 44 * n, 600, 30) for n in range(9)), size=29.0,
                  weight=4.0)
    kinds = {r.box: r.kind for r in assign_kinds([rule, head, text], 29.0, 44.0, None)}
    assert kinds[head.box] is BlockKind.HEADLINE


def _photo_page(path: Path) -> None:
    """A column of text, a photo whose top is pale (a sky) with grey shapes standing up
    into it from the darker ground, and text under the photo."""
    rng = np.random.default_rng(3)
    img = Image.new("L", (1200, 1500), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(SERIF), 32)
    for n, line in enumerate(_lines(draw, font, 480, 6, 0, False)):
        draw.text((100, 80 + 44 * n), line, fill=0, font=font)
    x0, x1, top, horizon, bottom = 100, 1000, 420, 620, 820
    photo = Image.new("L", (x1 - x0, bottom - top), 210)
    shapes = ImageDraw.Draw(photo)
    shapes.rectangle((0, horizon - top, x1 - x0, bottom - top), fill=150)
    for cx, cy, rx, ry in ((250, 200, 180, 90), (420, 230, 110, 150), (700, 210, 130, 110)):
        shapes.ellipse((cx - rx, cy - ry, cx + rx, cy + ry), fill=125)
    grain = rng.normal(0, 8, (bottom - top, x1 - x0))
    pixels = np.asarray(photo.filter(ImageFilter.GaussianBlur(3))).astype(float) + grain
    img.paste(Image.fromarray(pixels.clip(0, 255).astype(np.uint8)), (x0, top))
    for n, line in enumerate(_lines(draw, font, 480, 8, 9, False)):
        draw.text((100, 860 + 44 * n), line, fill=0, font=font)
    img.save(path)


@pytest.mark.skipif(not SERIF.exists(), reason="Liberation fonts not installed")
def test_the_pale_top_of_a_photo_is_the_photos_not_a_headline(tmp_path: Path) -> None:
    """The tips of the shapes in the photo's pale top binarize to marks the tone search
    leaves out; they touch the photo's top edge and lie inside its width, so they are the
    photo's: read, they gave a one-line "headline" (``iia``, ``了】``) over it that took
    the story under it (held-out S s801, s802, s805, s808, s810)."""
    _photo_page(tmp_path / "photo.png")
    prof = load_profile(None)
    prepared = preprocess(next(iter_image(tmp_path / "photo.png")), prof)
    layout = detect_layout(prepared.gray, prepared.binary == 0, marks=prepared.marks)
    pictures = [r.box for r in layout.regions if r.kind is BlockKind.ILLUSTRATION]
    assert len(pictures) == 1 and pictures[0].y <= 505
    text = [r for r in layout.regions if r.lines]
    assert [len(r.lines) for r in sorted(text, key=lambda r: r.box.y)] == [6, 8]


def test_a_river_cut_word_joins_its_lines_but_a_column_beside_stays_apart() -> None:
    """A brief's lines cut at a river of word spaces, a word or two on the right (14 px
    of white) are one block again; a column beside another across a narrow gutter (20 px,
    as narrow as a river in wide CJK type) is not."""
    def piece(x: int, w: int, lines: int) -> Region:
        rows = tuple(Box(x, 1509 + 41 * n, w, 23) for n in range(lines))
        return Region(BlockKind.BODY, Box(x, 1509, w, 41 * lines - 18), rows, size=22.0,
                      weight=3.0)
    joined = merge_pieces([piece(134, 581, 3), piece(729, 89, 2)], 22.0)
    assert len(joined) == 1 and joined[0].box.w == 684
    apart = merge_pieces([piece(108, 549, 14), piece(677, 549, 14)], 35.0)
    assert len(apart) == 2


TYPE, BODY = 29.0, 44.0


def _text(box: Box, lines: int, size: float, weight: float = 4.0) -> Region:
    rows = tuple(Box(box.x, box.y + 44 * n, box.w, 30) for n in range(lines))
    return Region(BlockKind.BODY, box, rows, size=size, weight=weight)


def test_a_kicker_under_a_photo_s_caption_is_the_next_story_s() -> None:
    """A photo, its one-line caption, then a short line in the caption's small type right
    over the next story's headline, nearer to it than to the caption: that story's
    kicker (``COURTS``, ``乡村振兴`` went with the photo's caption)."""
    picture = Region(BlockKind.ILLUSTRATION, Box(120, 1600, 1000, 340))
    caption = _text(Box(123, 1971, 912, 33), 1, 24.0)
    kicker = _text(Box(121, 2033, 126, 24), 1, 24.0)
    head = _text(Box(144, 2082, 667, 256), 3, 70.0, 12.0)
    story = [_text(Box(x, 2385, 340, 600), 13, TYPE) for x in (117, 496, 876)]
    kinds = {r.box: r.kind for r in assign_kinds([picture, caption, kicker, head, *story],
                                                 TYPE, BODY, None)}
    assert (kinds[caption.box], kinds[kicker.box]) == (BlockKind.CAPTION, BlockKind.KICKER)


def test_a_kicker_under_a_caption_with_a_speck_beside_it_is_still_a_kicker() -> None:
    """On a heavy scan a speck on the kicker's row, far to its right, is cut with it into
    one block of two "lines" (``CULTURE`` and a mark 8 px wide, the block 758 px across):
    the speck is no line of type, and the kicker stays the next story's (it went with
    the photo's caption, and the story lost its kicker)."""
    picture = Region(BlockKind.ILLUSTRATION, Box(120, 1600, 1000, 340))
    caption = _text(Box(123, 1971, 912, 33), 1, 24.0)
    kicker = Region(BlockKind.BODY, Box(121, 2033, 758, 40),
                    (Box(121, 2033, 158, 26), Box(871, 2061, 8, 12)), size=25.0, weight=8.0)
    head = _text(Box(120, 2082, 1000, 53), 1, 44.0, 10.0)
    story = [_text(Box(x, 2160, 340, 600), 13, TYPE) for x in (117, 496, 876)]
    kinds = {r.box: r.kind for r in assign_kinds([picture, caption, kicker, head, *story],
                                                 TYPE, BODY, None)}
    assert (kinds[caption.box], kinds[kicker.box]) == (BlockKind.CAPTION, BlockKind.KICKER)


def test_a_caption_s_last_line_over_a_headline_stays_caption() -> None:
    """The caption's own short last line, set at the caption's leading and farther from
    the headline below than from the caption's line above, stays the caption's."""
    picture = Region(BlockKind.ILLUSTRATION, Box(120, 1600, 1000, 340))
    caption = _text(Box(123, 1971, 912, 33), 1, 24.0)
    last = _text(Box(123, 2010, 200, 28), 1, 24.0)
    head = _text(Box(144, 2080, 667, 256), 3, 70.0, 12.0)
    story = [_text(Box(x, 2385, 340, 600), 13, TYPE) for x in (117, 496, 876)]
    kinds = {r.box: r.kind for r in assign_kinds([picture, caption, last, head, *story],
                                                 TYPE, BODY, None)}
    assert kinds[last.box] is BlockKind.CAPTION




def _classified(*blocks: Block) -> dict[str, BlockKind]:
    page = Page("p", SRC, "zh", (2480, 3508), blocks=blocks)
    return {b.id: b.kind for b in classify(page).blocks}


def test_a_run_in_byline_indented_under_a_caption_opens_the_column() -> None:
    """A story's first column set under its photo: the caption, then the column's first
    line, indented two characters, its byline run in (``本报讯（记者 周子谦）历时两年的永宁``)
    and reaching the column's right edge. It opens the column (it was made the photo's
    credit, and the column under it the caption: the story lost its first paragraph)."""
    kinds = _classified(
        _block("pic", BlockKind.ILLUSTRATION, Box(130, 786, 736, 323)),
        _block("cap", BlockKind.CAPTION, Box(131, 1158, 369, 28), "越冬候鸟在白鹭洲湿地觅食。"),
        _block("by", BlockKind.BYLINE, Box(206, 1216, 651, 54),
               "本报讯（记者 周子谦）历时两年的永宁"),
        _block("txt", BlockKind.BODY, Box(131, 1263, 722, 216),
               "老街改造工程日前全部完工。10月12日起，", "这条长约八百米的老街重新向市民开放，沿"))
    assert (kinds["by"], kinds["txt"]) == (BlockKind.BYLINE, BlockKind.BODY)


def test_a_short_byline_like_line_under_a_caption_is_its_credit() -> None:
    """A photo's credit misread as a byline (``记者孙悦报``), short and set right under the
    caption over the column's text, stays the photo's credit."""
    kinds = _classified(
        _block("pic", BlockKind.ILLUSTRATION, Box(130, 786, 736, 323)),
        _block("cap", BlockKind.CAPTION, Box(131, 1158, 369, 28), "越冬候鸟在白鹭洲湿地觅食。"),
        _block("by", BlockKind.BYLINE, Box(690, 1200, 160, 30), "记者孙悦报"),
        _block("txt", BlockKind.BODY, Box(131, 1250, 722, 216),
               "老街改造工程日前全部完工。10月12日起，", "这条长约八百米的老街重新向市民开放，沿"))
    assert kinds["by"] is BlockKind.CREDIT


@pytest.mark.skipif(not CJK_BOLD.exists(), reason="Noto Serif CJK not installed")
def test_a_deck_a_size_up_from_the_body_under_its_headline_is_a_deck() -> None:
    """A Chinese headline, then a two-line deck in regular type a size up from the body
    (1.1 of it), then the story's byline and text: the deck is the headline's, not the
    story's first lines (held-out S s801, s804, s805: read as its opening paragraph)."""
    head = ImageFont.truetype(str(CJK_BOLD), 78)
    deck = ImageFont.truetype(str(CJK_REGULAR), 38)
    body = ImageFont.truetype(str(CJK_REGULAR), 34)
    img = Image.new("L", (1000, 1400), 255)
    draw = ImageDraw.Draw(img)
    y = 60
    for line in ("社区食堂开进老小", "区一餐十二元吃得饱"):
        draw.text((80, y), line, fill=0, font=head)
        y += 98
    y += 14
    for line in ("首批八家社区食堂运营满月，日均就餐", "超过三千人次"):
        draw.text((80, y), line, fill=0, font=deck)
        y += 50
    y += 20
    for n, line in enumerate(_lines(draw, body, 700, 14, 3, True)):
        draw.text((80 + (68 if n == 0 else 0), y), line, fill=0, font=body)
        y += 44
    gray = np.asarray(img)
    layout = detect_layout(gray, gray < 128)
    text = sorted((r for r in layout.regions if r.lines), key=lambda r: r.box.y)
    assert [r.kind for r in text] == [BlockKind.HEADLINE, BlockKind.SUBHEADLINE, BlockKind.BODY]
    assert [len(r.lines) for r in text] == [2, 2, 14]


def test_a_paragraph_s_short_last_line_that_measures_bold_is_no_brief_s_head() -> None:
    """A paragraph's last line, five characters (``具有重要意义。``), measures 1.6x the
    body's stroke on its few strokes; it stands at the column's leading under the lines
    before it, so it heads nothing (fixture zh-4col-clean: it became a headline and cut
    its story in two)."""
    def piece(y: int, w: int, lines: int, weight: float) -> Region:
        rows = tuple(Box(633, y + 37 * n, w, 23) for n in range(lines))
        return Region(BlockKind.BODY, Box(633, y, w, 37 * lines - 14), rows, size=21.5,
                      weight=weight)
    last = piece(749, 150, 1, 6.08)
    regions = [piece(675, 260, 2, 4.17), last, piece(786, 260, 6, 3.84),
               *(piece(y, 260, 8, 3.86) for y in (1100, 1500))]
    kinds = {r.box: r.kind for r in assign_kinds(regions, 21.9, 23.0, None)}
    assert kinds[last.box] is BlockKind.BODY


def _narrow_photo(weight: float) -> dict[Box, BlockKind]:
    """A photo one column wide; under it nine lines of small type (its credit, then the
    caption wrapped to the column's measure), then the column's text."""
    picture = Region(BlockKind.ILLUSTRATION, Box(123, 2728, 319, 189))
    caption = _text(Box(123, 2929, 318, 390), 9, 21.0, weight)
    story = [_text(Box(x, 2728, 340, 600), 13, TYPE) for x in (506, 890, 1273)]
    below = _text(Box(123, 3360, 318, 130), 3, TYPE)
    return {r.box: r.kind for r in assign_kinds([picture, caption, *story, below],
                                                TYPE, BODY, None)}


def test_a_bold_caption_wrapped_long_under_a_narrow_photo_is_its_caption() -> None:
    """In small bold type, a face no story's text is set in, nine lines under a photo
    one column wide are its caption (held-out S4 s843, s848: read as a story's text, they
    took the headline over the photo from the story under it)."""
    picture, caption = Box(123, 2728, 319, 189), Box(123, 2929, 318, 390)
    kinds = _narrow_photo(6.5)
    assert (kinds[picture], kinds[caption]) == (BlockKind.ILLUSTRATION, BlockKind.CAPTION)


def test_nine_lines_of_small_regular_type_under_a_photo_stay_text() -> None:
    assert _narrow_photo(4.0)[Box(123, 2929, 318, 390)] is BlockKind.BODY
