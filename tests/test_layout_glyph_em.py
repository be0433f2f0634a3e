"""The layout's glyph unit is held to the body's em (``held_glyph``).

Fresh draw s2600 (pool C, bold sans microhei, six columns, a heavy scan): blur joins
each character's strokes into one mark, so the median mark, the unit every gutter
test is set in, measured a whole character (31 px, 0.77 of the 40 px em); the 20 px
of white between the columns were asked 0.8 of it, no gutter was found and the page
was read line by line across all six columns (CER 0.88, 2 of 12 articles).
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from ocr.layout import detect_layout
from ocr.layout.blocks import GLYPH_EM, held_glyph
from ocr.model import BlockKind
from ocr.preprocess import measure_type

HEI = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
MING = Path("/usr/share/fonts/truetype/arphic/uming.ttc")
SANS = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
HAN = ("市发展改革委召开居民生活用水价格调整听证会来自不同行业的名听证参加人围绕调价方案"
       "发表意见按照听证方案我市居民生活用水第一阶梯年用水量由立方米调整为立方米价格保持")
LATIN = ("The Council met on Tuesday, hearing twenty people on the Water Board's plan. "
         "Mayor J. Ogilvy quoted a 1987 survey: joints of every pipe laid by Pryce & Co. "
         "leaked. Repairs, Mr. Day says, begin in July, King Street first. ")
SIZE, PITCH, PER_LINE, GUTTER, COLUMNS, LINES, MARGIN = 34, 50, 9, 18, 3, 18, 60


def _page(font: Path, text: str, per_line: int, blur: float, level: int) -> np.ndarray:
    """Three columns of body type with ``GUTTER`` px between them, blurred by ``blur`` and
    cut at ``level`` as a heavy scan's binarization spreads its strokes (ink is True)."""
    measure = per_line * SIZE
    width = 2 * MARGIN + COLUMNS * measure + (COLUMNS - 1) * GUTTER
    img = Image.new("L", (width, 2 * MARGIN + LINES * PITCH), 255)
    draw = ImageDraw.Draw(img)
    face = ImageFont.truetype(str(font), SIZE)
    k = 0
    for i in range(LINES):
        for c in range(COLUMNS):
            line = "".join(text[(k + j) % len(text)] for j in range(per_line))
            k += per_line
            draw.text((MARGIN + c * (measure + GUTTER), MARGIN + i * PITCH), line,
                      fill=0, font=face)
    gray = np.asarray(img)
    if blur:
        gray = cv2.GaussianBlur(gray, (0, 0), blur)
    ink: np.ndarray = gray < level
    return ink


def _across(ink: np.ndarray, em: float | None) -> int:
    """How many text blocks the layout lets run across a gutter."""
    gray = np.where(ink, 0, 255).astype(np.uint8)
    layout = detect_layout(gray, ink, em=em)
    column = PER_LINE * SIZE + GUTTER
    return sum(1 for r in layout.regions
               if r.lines and r.kind is not BlockKind.RULE and r.box.w > column)


@pytest.mark.skipif(not HEI.exists(), reason="WenQuanYi Micro Hei not installed")
def test_heavy_bold_sans_columns_part_with_the_glyph_held_to_the_em() -> None:
    ink = _page(HEI, HAN, PER_LINE, 1.0, 170)
    em, glyph = measure_type(ink)
    assert em is not None and glyph is not None
    assert glyph > GLYPH_EM * em  # the median mark is a whole character
    assert _across(ink, None) >= 1  # measured on its marks, the glyph closes the gutters
    assert _across(ink, em) == 0


def _blocks(ink: np.ndarray, em: float | None) -> list[tuple[int, int, int, int]]:
    gray = np.where(ink, 0, 255).astype(np.uint8)
    return sorted((r.box.x, r.box.y, r.box.w, r.box.h)
                  for r in detect_layout(gray, ink, em=em).regions)


@pytest.mark.skipif(not SANS.exists(), reason="DejaVu Sans not installed")
def test_a_clean_latin_page_is_cut_as_before() -> None:
    """DejaVu Sans has the tallest x-height of the study faces: still under the hold."""
    ink = _page(SANS, LATIN, 28, 0.0, 128)
    em, glyph = measure_type(ink)
    assert em is not None and glyph is not None and glyph <= GLYPH_EM * em
    assert _blocks(ink, em) == _blocks(ink, None)


@pytest.mark.skipif(not MING.exists(), reason="AR PL UMing not installed")
def test_a_clean_ming_column_set_on_its_grid_is_not_parted() -> None:
    """Where the hold fires on a clean page (a Ming face's median mark is a character's
    height, 0.6-0.72 of the em on clean study pages), the characters of a column stand on
    one grid and a full-width comma leaves half a cell of white level with the lines'
    others: the narrower gutter asked must not find one inside the column."""
    text = HAN.replace("会", "，").replace("方案", "。方")
    ink = _page(MING, text, PER_LINE, 0.0, 128)
    em, glyph = measure_type(ink)
    assert em is not None and glyph is not None and glyph > GLYPH_EM * em  # the hold fires
    assert _blocks(ink, em) == _blocks(ink, None)


def test_the_glyph_is_held_only_when_the_em_is_known() -> None:
    assert held_glyph(31.0, None) == 31.0
    assert held_glyph(31.0, 40.0) == pytest.approx(GLYPH_EM * 40.0)
    assert held_glyph(12.0, 40.0) == 12.0
