"""A Chinese line Tesseract reads short in a column (``--psm 4`` at the body's scale drops a
character: ``抢抓晴好天气，组织农`` read ``…组织``) is read again alone and put back whole;
lines read whole, and Latin lines, are not asked again."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from ocr import scan
from ocr.model import Box, Line, Word
from ocr.pipeline import process_pages
from ocr.readers.textmeasure import em_width
from ocr.reread_short import cjk, unread_ink

#: The drawer's page (4 columns, seed 921, at 300 dpi as ``bench fonts`` draws it) and
#: the column whose line drops ``农`` (page pixels: x, y, w, h).
COLUMN = (1251, 747, 550, 1126)


def _column(tmp_path: Path) -> Path:
    from scripts.fixtures import make_fixtures
    from scripts.fixtures.fixture_degrade import degrade
    from scripts.fixtures.fixture_sheet import Spec

    spec = Spec("zh-4c-921", "zh", 4, 921)
    img, truth = make_fixtures.compose(spec)
    img = degrade(img, truth, spec, jpeg=False).convert("L")
    img = img.resize((img.width * 2, img.height * 2), Image.Resampling.LANCZOS)
    x, y, w, h = COLUMN
    path = tmp_path / "column.png"
    img.crop((x, y, x + w, y + h)).save(path, dpi=(300, 300))
    return path


def _text(path: Path) -> str:
    page = process_pages(path, lang="zh", correct=False)[0]
    return "".join(p for a in page.articles for p in a.paragraphs)


@pytest.mark.integration
def test_a_cjk_line_read_short_in_its_column_is_read_again_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _column(tmp_path)
    assert "抢抓晴好天气，组织农民开展春耕备耕" in _text(path)
    # The failure itself: the column read alone drops the line's last character.
    monkeypatch.setattr(scan, "reread_short", lambda gray, regions, jobs, margins, results,
                        tess, timeout: results)
    assert "组织民开展" in _text(path)


def _line(text: str, boxes: list[tuple[int, int]]) -> Line:
    words = tuple(Word(t, Box(x, 0, w, 40), 0.9) for t, (x, w) in zip(text.split(), boxes,
                                                                       strict=True))
    return Line(words=words, box=Box.enclosing([w.box for w in words if w.box]))


def test_ink_no_word_covers_is_measured_in_the_lines_band() -> None:
    ink = np.zeros(500, dtype=bool)
    ink[0:400] = True  # ten characters of 40 px
    span = Box(0, 0, 500, 40)
    whole = _line("一二三四五六七八九十", [(0, 400)])
    short = _line("一二三四五六七八", [(0, 320)])
    assert unread_ink(ink, span, whole, (0, 0), 40.0) == 0
    assert unread_ink(ink, span, short, (0, 0), 40.0) == 80


def test_only_chinese_lines_are_asked_and_cells_count_half_for_latin() -> None:
    assert cjk(_line("灌溉技术。", [(0, 200)]))
    assert not cjk(_line("Zürich, den 4. Okt.", [(0, 60), (70, 40), (120, 20), (150, 50)]))
    assert em_width("收购价1.38元") == 4 + 2
    assert em_width("增长！") == 3  # a full-width mark fills its cell, as Tesseract reads it
