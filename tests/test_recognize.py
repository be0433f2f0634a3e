"""Tesseract adapter: real Tesseract on small crops, typed errors for missing packs."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from ocr.errors import DependencyError
from ocr.model import join_words
from ocr.recognize import Job, check_languages, recognize, recognize_all, tesseract_langs

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"


def _crop(text: str, font: str, size: int = 28) -> np.ndarray:
    f = ImageFont.truetype(font, size)
    img = Image.new("L", (int(f.getlength(text)) + 20, size + 20), 255)
    ImageDraw.Draw(img).text((10, 8), text, font=f, fill=0)
    return np.asarray(img)


def test_language_names() -> None:
    assert tesseract_langs("zh+en") == "chi_sim+eng"
    assert tesseract_langs("en") == "eng"


@pytest.mark.integration
def test_english_line_read_with_boxes_and_confidences() -> None:
    lines = recognize(Job(_crop("Harbour traffic rises", DEJAVU), psm=7), "eng", 30)
    assert len(lines) == 1
    assert lines[0].text == "Harbour traffic rises"
    assert all(w.box is not None and w.confidence is not None for w in lines[0].words)


@pytest.mark.integration
def test_chinese_line_joined_without_spaces() -> None:
    (line,) = recognize(Job(_crop("城市公交线网优化调整", WQY), psm=7), "chi_sim", 30)
    assert " " not in line.text
    assert line.text == join_words([w.text for w in line.words])
    assert sum(a == b for a, b in zip(line.text, "城市公交线网优化调整", strict=False)) >= 8


@pytest.mark.integration
def test_blank_crop_is_an_empty_result_not_a_failure() -> None:
    blank = np.full((60, 200), 255, dtype=np.uint8)
    assert recognize_all([Job(blank), Job(_crop("Port", DEJAVU))], "eng", 30)[0] == []


def test_missing_language_pack_names_the_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path))
    with pytest.raises(DependencyError, match="tesseract-ocr-chi-sim"):
        check_languages("chi_sim+eng")


def _block(lines: list[str]) -> np.ndarray:
    f = ImageFont.truetype(DEJAVU, 24)
    width = int(max(f.getlength(t) for t in lines)) + 20
    img = Image.new("L", (width, 34 * len(lines) + 16), 255)
    draw = ImageDraw.Draw(img)
    for n, t in enumerate(lines):
        draw.text((10, 8 + 34 * n), t, font=f, fill=0)
    return np.asarray(img)


@pytest.mark.integration
def test_blocks_read_in_threads_keep_their_own_lines() -> None:
    """Blocks of two modes read by two threads: each block gets its own lines."""
    texts = [
        ["Harbour traffic rises", "for the fifth month"],
        ["Council approves budget", "after a long debate", "on Tuesday night"],
        ["Volunteers deliver meals"],
    ]
    jobs = [Job(_block(t)) for t in texts] + [Job(_crop("Port Traffic Rises", DEJAVU), psm=7)]
    results = recognize_all(jobs, "eng", 60, workers=2)
    assert [ln.text for ln in results[-1]] == ["Port Traffic Rises"]
    for lines, expected in zip(results, texts, strict=False):
        assert [ln.text for ln in lines] == expected
        # boxes are relative to the block's own crop
        assert lines[0].box is not None and 0 <= lines[0].box.y < 20


@pytest.mark.integration
def test_a_call_past_its_timeout_is_an_engine_error() -> None:
    from ocr.errors import EngineError

    page = np.tile(_block(["Harbour traffic rises for the fifth month"] * 6), (8, 2))
    with pytest.raises(EngineError, match="timed out"):
        recognize(Job(page), "eng", 0.01)


@pytest.mark.integration
def test_a_page_reads_the_same_whatever_the_number_of_threads(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Blocks are grouped into Tesseract calls by size alone, so `newsocr process` (one
    thread per core) and a batch worker (one thread) give the same bytes."""
    import ocr
    from ocr.writers.json import json_bytes

    page = Path(__file__).resolve().parent.parent / "fixtures" / "images" / "zh-4col-clean.png"
    outputs = []
    for threads in (1, 2, 3):
        def limited(jobs, langs, timeout, workers=None, n=threads):  # type: ignore[no-untyped-def]
            return recognize_all(jobs, langs, timeout, workers=n)

        monkeypatch.setattr("ocr.scan.recognize_all", limited)
        outputs.append(json_bytes(ocr.process(page, correct=False)))
    assert outputs[0] == outputs[1] == outputs[2]
