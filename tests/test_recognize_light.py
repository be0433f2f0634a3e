"""Light CJK type (a Ming face's thin strokes, drawn at 150 dpi and scaled to 300 as the
``bench fonts`` pages are) that Tesseract's one-line mode returns nothing for: the line
is read raw before it is given up (short last lines of paragraphs were lost this way on
four of eight such pages)."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from ocr import recognize as recognize_module
from ocr.model import Box, Line, Word
from ocr.recognize import PSM_RAW_LINE, PSM_SINGLE_LINE, Job, _read_at, recognize

UMING = "/usr/share/fonts/truetype/arphic/uming.ttc"  # fonts-arphic-uming (Makefile APT_PKGS)
#: Paragraphs' last lines as the fixture drawer sets them in UMing (24 px, then 2x).
LINES = ["十余条公交线路，", "为堵车发愁。", "生活。"]


def _light_line(text: str, size: int = 24) -> np.ndarray:
    f = ImageFont.truetype(UMING, size)
    w, h = int(size * (len(text) + 1)), int(size * 1.6)
    img = Image.new("L", (w, h), 255)
    ImageDraw.Draw(img).text((size // 2, size // 4), text, font=f, fill=0)
    return np.asarray(img.resize((2 * w, 2 * h), Image.Resampling.LANCZOS))


@pytest.mark.integration
@pytest.mark.parametrize("text", LINES)
def test_a_light_cjk_line_one_line_mode_drops_is_read_raw(text: str) -> None:
    job = Job(_light_line(text), psm=PSM_SINGLE_LINE)
    # The failure itself: Tesseract's one-line mode finds no text in the line.
    assert _read_at(job, "chi_sim", 30) == []
    lines = recognize(job, "chi_sim", 30)
    read = "".join(ln.text for ln in lines)
    assert sum(a == b for a, b in zip(read, text, strict=False)) >= len(text) - 1


@pytest.mark.integration
def test_a_blank_line_is_not_read_raw() -> None:
    blank = np.full((60, 300), 255, dtype=np.uint8)
    assert recognize(Job(blank, psm=PSM_SINGLE_LINE), "chi_sim", 30) == []


def test_a_rule_read_raw_is_not_taken_for_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """Read raw, a rule or a photo's edge is ``一一一``: a speck, and the line stays empty."""
    edge = Line(words=(Word("一一一", Box(0, 0, 200, 3), 0.9),), box=Box(0, 0, 200, 3))
    asked: list[int] = []

    def fake(job: Job, tess_langs: str, timeout: float, origin: int = 0) -> list[Line]:
        asked.append(job.psm)
        return [edge] if job.psm == PSM_RAW_LINE else []

    monkeypatch.setattr(recognize_module, "_read_at", fake)
    rule = np.full((20, 220), 255, dtype=np.uint8)
    rule[9:12, 10:210] = 0
    assert recognize_module._read(Job(rule, psm=PSM_SINGLE_LINE), "chi_sim", 30) == []
    assert asked == [PSM_SINGLE_LINE, PSM_RAW_LINE]
