"""Layout analysis on the synthetic fixture pages: columns, spanning headlines, kinds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import CORPUS, FIXTURES, needs_corpus

from ocr.layout import Layout, detect_layout, spanned_columns
from ocr.model import BlockKind, Box
from ocr.preprocess import Prepared, preprocess
from ocr.readers.image import load_image

IMAGES = FIXTURES / "images"


def _pages() -> list[tuple[str, Path, int]]:
    out = []
    for image in sorted(IMAGES.glob("*")):
        if image.suffix.lower() not in (".png", ".jpg", ".jpeg", ".tif", ".tiff"):
            continue
        for frame in load_image(image):
            truth = IMAGES / f"{frame.page_id}.truth.json"
            out.append((frame.page_id, image, frame.frame))
            assert truth.is_file(), truth
    return out


PAGES = _pages()


def _layout(image: Path, frame: int) -> tuple[Layout, Prepared]:
    scan = load_image(image, frames=(frame,))[0]
    prepared = preprocess(scan)
    return detect_layout(prepared.gray, prepared.binary == 0), prepared


@pytest.mark.parametrize(("page_id", "image", "frame"), PAGES, ids=[p[0] for p in PAGES])
def test_column_count_matches_truth(page_id: str, image: Path, frame: int) -> None:
    truth = json.loads((IMAGES / f"{page_id}.truth.json").read_text(encoding="utf-8"))
    layout, _ = _layout(image, frame)
    assert len(layout.columns) == len(truth["columns"])


@pytest.mark.parametrize(("page_id", "image", "frame"), PAGES, ids=[p[0] for p in PAGES])
def test_spanning_headlines_found_with_their_span(page_id: str, image: Path, frame: int) -> None:
    """Every headline spanning several columns in the truth is found, over as many columns."""
    truth = json.loads((IMAGES / f"{page_id}.truth.json").read_text(encoding="utf-8"))
    layout, prepared = _layout(image, frame)
    to_original = prepared.transform.to_original
    heads = [to_original(r.box) for r in layout.regions if r.kind == BlockKind.HEADLINE]
    columns = [to_original(c) for c in layout.columns]
    for t in truth["blocks"]:
        if t["kind"] != "headline" or t["span"] is None or t["span"][0] == t["span"][1]:
            continue
        x, y, w, h = t["box"]
        truth_box = Box(x, y, w, h)
        hits = [b for b in heads if b.intersection(truth_box) is not None]
        assert hits, f"{t['id']} {t['text']!r} not found as a headline"
        best = max(hits, key=lambda b: b.intersection(truth_box).area)  # type: ignore[union-attr]
        spans = spanned_columns(best, columns)
        assert len(spans) >= 2, (t["id"], spans)
        assert set(spans) <= set(range(t["span"][0], t["span"][1] + 1)), (t["id"], spans)


def test_blank_page_has_no_layout() -> None:
    import numpy as np

    gray = np.full((400, 300), 255, dtype=np.uint8)
    layout = detect_layout(gray, gray == 0)
    assert layout.regions == () and layout.columns == ()


@needs_corpus
def test_every_corpus_image_lays_out() -> None:
    images = [
        p
        for p in CORPUS.rglob("*")
        if p.suffix.lower() in (".png", ".jpg", ".jpeg", ".tif", ".tiff")
    ]
    for image in images:
        for scan in load_image(image):
            prepared = preprocess(scan)
            for reduced in (False, True):  # at full resolution and on a reduced copy
                em = prepared.text_height if reduced else None
                layout = detect_layout(prepared.gray, prepared.binary == 0, em=em,
                                       glyph=prepared.glyph_height)
                assert all(0 <= r.box.x and r.box.right <= layout.width for r in layout.regions)


def test_photo_only_page_gives_its_photo() -> None:
    import numpy as np

    gray = np.full((1200, 900), 255, dtype=np.uint8)
    gray[100:1100, 100:800] = np.linspace(30, 190, 700, dtype=np.uint8)[None, :]
    layout = detect_layout(gray, gray < 128)
    assert [r.kind for r in layout.regions] == [BlockKind.ILLUSTRATION]
    box = layout.regions[0].box
    assert abs(box.x - 100) <= 5 and abs(box.right - 800) <= 5 and abs(box.bottom - 1100) <= 5


def test_rule_reaching_past_the_region_is_clipped_not_a_crash() -> None:
    """A page-wide rule that ends just below a region's bottom (real NZZ pages) cuts, clipped."""
    import numpy as np

    from ocr.layout.columns import segment
    from ocr.layout.rules import Rules

    mask = np.zeros((400, 600), dtype=bool)
    for y in range(20, 180, 20):  # text lines above the rule
        mask[y : y + 8, 20:580] = True
    mask[190:196, 10:590] = True  # the rule, drawn into the mask as the layout does
    for y in range(210, 380, 20):  # text lines below it
        mask[y : y + 8, 20:580] = True
    rule = Box(10, 190, 580, 14)  # reaches 8 px below the ink that bounds the region
    region = Box(0, 0, 600, 198)
    leaves = segment(mask, Rules((rule,), ()), char_h=8.0, within=region)
    assert leaves and all(leaf.h > 0 and leaf.bottom <= region.bottom for leaf in leaves)


def _text_rows(mask, x0: int, x1: int, y0: int, y1: int, pitch: int = 40, h: int = 24) -> None:
    for y in range(y0, y1 - h, pitch):
        mask[y : y + h, x0:x1] = True


def test_column_rule_broken_in_pieces_is_one_rule_and_cuts_where_type_touches_it() -> None:
    """A worn column rule in three bent pieces, type touching it: two columns, not one block."""
    import numpy as np

    from ocr.layout.columns import segment
    from ocr.layout.rules import find_rules

    ink = np.zeros((1400, 1000), dtype=bool)
    _text_rows(ink, 40, 497, 100, 1300)  # left column runs up to the rule
    _text_rows(ink, 503, 960, 110, 1300)  # right column starts right after it
    ink[100:480, 498:502] = True
    ink[484:900, 497:501] = True  # a little to the left: bent with the paper
    ink[905:1300, 496:500] = True
    rules = find_rules(ink, 60, 8 * 24)
    assert len(rules.vertical) == 1 and rules.vertical[0].h >= 1150
    text = ink.copy()
    text[:, 495:503] = False  # the layout takes rules out of the text mask
    leaves = segment(text, rules, char_h=24.0)
    assert {(leaf.x < 497, leaf.right > 503) for leaf in leaves} == {(True, False), (False, True)}


def test_caption_over_ruled_columns_is_cut_off_before_the_rule_parts_them() -> None:
    """A caption line across two ruled columns, set tight over them, is a block of its own."""
    import numpy as np

    from ocr.layout.columns import segment
    from ocr.layout.rules import Rules

    mask = np.zeros((900, 1000), dtype=bool)
    mask[20:50, 40:900] = True  # the caption, crossing where the rule runs below
    _text_rows(mask, 40, 480, 64, 880)
    _text_rows(mask, 520, 960, 64, 880)
    rules = Rules((), (Box(498, 70, 4, 810),))
    leaves = segment(mask, rules, char_h=24.0)
    caption = [leaf for leaf in leaves if leaf.y < 55]
    assert len(caption) == 1 and caption[0].w >= 850 and caption[0].bottom <= 55
    assert sum(1 for leaf in leaves if leaf.y >= 60) == 2


def test_side_by_side_headlines_of_two_stories_are_cut_apart() -> None:
    """Two stories' headlines on one row, a gutter apart, are two blocks, not one headline."""
    import numpy as np

    from ocr.layout.columns import segment
    from ocr.layout.rules import Rules

    mask = np.zeros((300, 2300), dtype=bool)
    for x0, x1 in ((20, 250), (290, 900), (1030, 1500), (1540, 2180)):  # words, 40 px spaces
        mask[30:106, x0:x1] = True
    leaves = segment(mask, Rules((), ()), char_h=29.0)
    assert not [leaf for leaf in leaves if leaf.x < 950 < leaf.right]
    assert {leaf.x for leaf in leaves} >= {20, 1030}


def test_a_brief_on_one_measure_is_not_cut_at_a_word_space_level_with_a_gutter() -> None:
    """A headline and a brief's two lines set across the columns (x-height 17, lines 34
    px): the first line's word space lies level with a gutter and the second line ends
    before it, so the white runs through the region's 210 px; three lines are three
    lines, not a tall region's columns, and a 16 px space is no gutter (held-out A s2)."""
    import numpy as np

    from ocr.layout.columns import segment
    from ocr.layout.rules import Rules

    mask = np.zeros((260, 2300), dtype=bool)
    mask[20:110, 20:1100] = True  # the headline, 90 px
    for x0, x1 in ((20, 600), (620, 1110), (1126, 1600), (1620, 2200)):  # words of line 1
        mask[146:180, x0:x1] = True
    mask[196:230, 20:1060] = True  # line 2, ending short of the space
    mask[24:89, 1129:1386] = True  # type beside the headline, right of the space
    leaves = segment(mask, Rules((), ()), char_h=17.0)
    assert not [leaf for leaf in leaves if leaf.right <= 1120 and leaf.y <= 160 < leaf.bottom]
    assert any(leaf.x <= 20 and leaf.right >= 2200 for leaf in leaves), leaves


UMING = "/usr/share/fonts/truetype/arphic/uming.ttc"  # fonts-arphic-uming (Makefile APT_PKGS)
#: The foot of a Chinese page: two short stories in four columns of justified light Ming
#: type, two or three lines each, under a rule; the imprint line far below.
FOOT = [
    ["　　本报讯因地铁4号线施工需要，自", "6月22日起，解放路（中山路至建设路"],
    ["段）将实行半幅封闭施工，工期约6个", "月。施工期间，过往车辆请提前绕行。"],
    ["　　本报讯（记者 唐雨桐）记者从市", "图书馆获悉，暑假期间该馆少儿阅览"],
    ["室开放时间延长至20时30分，并将举", "办绘本故事会、科普讲座等活动40余", "场。"],
]


def _draw_foot(path: Path) -> list[tuple[int, int]]:
    """``FOOT`` drawn at 300 dpi (10-point type, 38 px), each line justified to its
    column but a story's last; returns the columns' spans."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(UMING, 38)
    img = Image.new("L", (2900, 3000), 255)
    draw = ImageDraw.Draw(img)
    spans = [(130 + i * 700, 130 + i * 700 + 650) for i in range(4)]
    draw.rectangle((130, 120, 2880, 126), fill=0)
    for (x0, x1), lines in zip(spans, FOOT, strict=True):
        for n, text in enumerate(lines):
            last = n == len(lines) - 1 and x0 == spans[-1][0]
            extra = 0.0 if last else (x1 - x0 - font.getlength(text)) / (len(text) - 1)
            x = float(x0)
            for ch in text:
                draw.text((x, 160 + 57 * n), ch, font=font, fill=0)
                x += font.getlength(ch) + extra
    imprint = ImageFont.truetype(UMING, 32)
    draw.text((2200, 2850), "责任编辑：刘洁　美术编辑：张帆", font=imprint, fill=0)
    img.save(path)
    return spans


def test_short_cjk_columns_at_the_page_foot_are_cut_at_their_gutters(tmp_path: Path) -> None:
    """Two or three lines of light CJK type over a mostly white region: each column is a
    block of its own. The region reaches down to the imprint, so its rows are mostly
    white: two lines of thin strokes ink fewer pixel rows than the 1% of its height
    allowed as noise in a gutter (the lines were cut at the white beside a comma), the
    first line was taken for one set across the columns, and in three lines the white
    beside commas one over the other passed for a gutter."""
    spans = _draw_foot(tmp_path / "foot.png")
    layout, prepared = _layout(tmp_path / "foot.png", 0)
    text = [prepared.transform.to_original(r.box) for r in layout.regions if r.lines]
    story = [b for b in text if b.y < 400]
    assert len(story) == 4
    for (x0, x1), b in zip(spans, sorted(story, key=lambda b: b.x), strict=True):
        assert x0 - 10 <= b.x and b.right <= x1 + 10, (b, (x0, x1))


def test_rules_never_grow_into_a_rectangle_over_the_text() -> None:
    """A photo's halftone in dark, streaky areas leaves runs as long as a rule, side by
    side; a column rule starts under the photo. Joining broken pieces of one rule must
    not chain these runs and the rule into one rectangle: taken for a rule, it covered
    the photo and the column below it, and layout read none of that column."""
    import numpy as np

    from ocr.layout.rules import find_rules, rule_thickness

    ink = np.zeros((1600, 1200), dtype=bool)
    for x in range(100, 500, 10):  # the halftone's streaks, a dot's width apart
        ink[100:260, x : x + 3] = True
        ink[270:400, x + 2 : x + 5] = True
    for y0 in range(420, 1400, 140):  # a worn column rule under the photo
        ink[y0 : y0 + 130, 300:303] = True
    rules = find_rules(ink, 100, 8 * 24)
    for r in rules.horizontal:
        assert r.h <= rule_thickness(r.w), r
    for r in rules.vertical:
        assert r.w <= rule_thickness(r.h), r
    assert any(r.x <= 300 < r.right and r.y <= 430 and r.bottom >= 1380 for r in rules.vertical)


def test_headlines_side_by_side_over_a_photo_and_text_are_parted_at_its_edge() -> None:
    """Two stories' headlines in 100 px type, 116 px apart: the right one over a photo
    touching it, the left over text. Headline type leaves white that wide between its
    words, so the cut alone keeps them one block; the photo's edge running on through
    the white parts them (held-out A s3). One headline across the edge stays whole."""
    import numpy as np

    from ocr.layout import leaves
    from ocr.layout.rules import Rules

    photo = Box(1483, 300, 870, 450)
    mask = np.zeros((1300, 2400), dtype=bool)
    for y in (40, 170):  # two lines of each headline
        mask[y:y + 100, 160:1395] = True
        mask[y:y + 100, 1511:2300] = True
    mask[760:1250, 160:1440] = True  # text under the left headline, beside the photo
    mask[photo.y:photo.bottom, photo.x:photo.right] = True
    got = leaves(mask, Rules((), ()), 36.0, [photo])
    assert not [leaf for leaf in got if leaf.x < 1440 < 1500 < leaf.right], got
    mask[40:140, 160:2300] = True  # the first line one headline across the edge
    got = leaves(mask, Rules((), ()), 36.0, [photo])
    assert any(leaf.x <= 160 and leaf.right >= 2300 for leaf in got), got
