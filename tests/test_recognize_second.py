"""A short heading read unsure at its own size is read again smaller, the surer reading
kept (``ocr.recognize.second_readings``): three headings of two and four CJK characters
cut from study pages (``scripts/fixtures/make_heading_crops.py``), each read at its own
size with one glyph taken for a look-alike (``更正`` as ``蝎正``)."""

from __future__ import annotations

import json
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from ocr import recognize as recognize_module
from ocr.recognize import (
    PSM_SINGLE_COLUMN,
    PSM_SINGLE_LINE,
    SECOND_TYPES,
    Job,
    recognize,
    second_readings,
)

CROPS = Path(__file__).resolve().parent.parent / "fixtures" / "heading_crops"
UMING = "/usr/share/fonts/truetype/arphic/uming.ttc"  # fonts-arphic-uming (Makefile APT_PKGS)
NAMES = ["zh-correction-s826", "zh-weather-s887", "zh-done-s889"]


def _crop(name: str) -> tuple[np.ndarray, dict[str, object]]:
    image = cv2.imread(str(CROPS / f"{name}.png"), cv2.IMREAD_GRAYSCALE)
    meta = json.loads((CROPS / f"{name}.json").read_text(encoding="utf-8"))
    return image, meta


def _text(lines: list) -> str:
    return "".join(w.text for ln in lines for w in ln.words)


@pytest.mark.integration
@pytest.mark.parametrize("name", NAMES)
def test_a_short_heading_misread_at_its_size_is_read_right_smaller(name: str) -> None:
    image, meta = _crop(name)
    truth = str(meta["text"])
    # As it is (a block not known for a heading), one glyph is a look-alike...
    assert _text(recognize(Job(image, psm=PSM_SINGLE_LINE), "chi_sim", 60)) != truth
    # ...and read again smaller, as a heading of its measured type, it is right.
    job = Job(image, psm=PSM_SINGLE_LINE, heading_px=float(meta["type_px"]))  # type: ignore[arg-type]
    assert _text(recognize(job, "chi_sim", 60)) == truth


def test_only_a_short_heading_line_read_as_it_is_is_read_again() -> None:
    line = np.full((54, 150), 255, np.uint8)
    heading = Job(line, psm=PSM_SINGLE_LINE, heading_px=34.0)
    assert [j.scale for j in second_readings(heading)] == [t / 34.0 for t in SECOND_TYPES]
    assert all(j.heading_px == 0 for j in second_readings(heading))  # (never a third time)
    assert second_readings(Job(line, psm=PSM_SINGLE_LINE)) == []  # body or caption type
    long_line = np.full((54, 34 * 12), 255, np.uint8)  # one glyph wrong of twelve still matches
    assert second_readings(Job(long_line, psm=PSM_SINGLE_LINE, heading_px=34.0)) == []
    assert second_readings(Job(line, psm=PSM_SINGLE_COLUMN, heading_px=34.0)) == []
    assert second_readings(Job(line, psm=PSM_SINGLE_LINE, scale=0.5, heading_px=80.0)) == []
    # type already near the heights it would be read at is not read again
    assert second_readings(Job(line, psm=PSM_SINGLE_LINE, heading_px=26.0)) == []


@pytest.mark.integration
def test_a_sure_reading_is_not_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    font = ImageFont.truetype(UMING, 36)
    img = Image.new("L", (200, 60), 255)
    ImageDraw.Draw(img).text((12, 10), "电视节目", font=font, fill=0, stroke_width=1,
                             stroke_fill=0)
    reads: list[float] = []
    read_at = recognize_module._read_at

    def counted(job: Job, *args: object, **kwargs: object) -> list:
        reads.append(job.scale)
        return read_at(job, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(recognize_module, "_read_at", counted)
    job = Job(np.asarray(img), psm=PSM_SINGLE_LINE, heading_px=36.0)
    assert second_readings(job)  # a heading that would be read again were it unsure
    assert _text(recognize(job, "chi_sim", 60)) == "电视节目"
    assert reads == [1.0]  # read sure at its size: once
