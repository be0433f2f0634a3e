"""Overlay picture: blocks coloured by kind, columns, numbered reading order; `newsocr show`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FIXTURES
from PIL import Image

from ocr.model import Block, BlockKind, Box, Page, Source
from ocr.writers.overlay import COLOURS, draw_overlay, write_overlay


def _page() -> Page:
    blocks = (
        Block("h", BlockKind.HEADLINE, box=Box(20, 20, 260, 40)),
        Block("b", BlockKind.BODY, box=Box(20, 80, 120, 200)),
        Block("i", BlockKind.ILLUSTRATION, box=Box(160, 80, 120, 100)),
    )
    return Page(
        id="p",
        source=Source(None, "0" * 64, "image"),
        lang="en",
        size=(300, 300),
        blocks=blocks,
        columns=(Box(20, 80, 120, 200), Box(160, 80, 120, 200)),
        reading_order=("h", "b", "i"),
    )


def test_blocks_outlined_in_their_kind_colour(tmp_path: Path) -> None:
    out = draw_overlay(_page(), Image.new("L", (300, 300), 255))
    assert out.size == (300, 300) and out.mode == "RGB"
    # the body block's left edge, half way down, is drawn in the body colour
    assert out.getpixel((20, 200)) == COLOURS[BlockKind.BODY]
    assert out.getpixel((160, 150)) == COLOURS[BlockKind.ILLUSTRATION]
    path = write_overlay(_page(), Image.new("L", (300, 300), 255), tmp_path / "o.png")
    assert Image.open(path).size == (300, 300)
    assert path.stat().st_mode & 0o044  # readable by others, like any picture


@pytest.mark.integration
def test_newsocr_show_writes_the_overlay(tmp_path: Path) -> None:
    out = tmp_path / "overlay.png"
    page = FIXTURES / "images" / "en-3col-colour.png"
    run = subprocess.run(
        [sys.executable, "-m", "ocr.cli", "show", str(page), "-o", str(out), "--no-correct"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    assert "3 columns" in run.stderr
    assert Image.open(out).size == Image.open(page).size
