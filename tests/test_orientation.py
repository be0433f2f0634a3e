"""Pages scanned turned (sideways, upside down): found and read upright, boxes kept in
the pixels of the image as scanned (real Tesseract, its ``osd`` data)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import numpy as np
import pytest
from conftest import FIXTURES
from PIL import Image

import ocr
from ocr.model import Box, Page, Turn
from ocr.orientation import LEGIBLE_SHARE, detect_turn, legibility, turned_back
from ocr.scan import read_scan

PAGES = {"en": FIXTURES / "images" / "en-3col-colour.png",
         "zh": FIXTURES / "images" / "zh-4col-clean.png"}


def _gray(path: Path) -> np.ndarray:
    return np.asarray(Image.open(path).convert("L"))


def _turned_file(tmp_path: Path, lang: str, turn: Turn) -> Path:
    """The fixture page as a scanner that got it turned ``turn`` degrees counter-clockwise
    wrote it (so ``turn`` clockwise brings it upright)."""
    path = tmp_path / f"{lang}-{turn}.png"
    Image.fromarray(np.rot90(_gray(PAGES[lang]), turn // 90)).save(path)
    return path


def _words(page: Page) -> list[tuple[str, Box | None]]:
    return [(w.text, w.box) for b in page.blocks for ln in b.lines for w in ln.words]


@pytest.mark.parametrize(("lang", "turn"), [("en", 90), ("en", 180), ("en", 270), ("zh", 180)])
def test_tesseract_tells_how_a_page_lies(tmp_path: Path, lang: str, turn: Turn) -> None:
    found, confidence = detect_turn(_gray(_turned_file(tmp_path, lang, turn)))
    assert found == turn and confidence > 0
    assert detect_turn(_gray(PAGES[lang]))[0] == 0


@pytest.mark.integration
@pytest.mark.parametrize(("lang", "turn"), [("en", 90), ("zh", 180)])
def test_a_turned_page_reads_as_the_upright_one_with_boxes_on_the_scan(
    tmp_path: Path, lang: str, turn: Turn
) -> None:
    upright = ocr.process(PAGES[lang], lang=lang, correct=False)
    path = _turned_file(tmp_path, lang, turn)
    page = ocr.process(path, lang=lang, correct=False)
    w, h = Image.open(path).size
    assert page.size == (w, h) and page.turn == turn and upright.turn == 0
    # the stages saw it upright: the same articles, photo items and reading order
    assert page.articles == upright.articles and page.photos == upright.photos
    assert page.reading_order == upright.reading_order
    assert len(page.columns) == len(upright.columns)
    assert any("turned" in x for x in page.warnings)
    assert not any("turned" in x for x in upright.warnings)
    assert legibility(upright) > LEGIBLE_SHARE and legibility(page) == legibility(upright)
    # Each word's box, on the turned scan, covers the same ink as on the upright page:
    # mapped onto the upright page by the inverse of the scanner's turn.
    (a, b, c), (d, e, f) = turned_back(turn, (w, h))

    def upright_box(box: Box) -> Box:  # the scan's box -> the upright page (inverse map)
        xs, ys = [], []
        for x, y in ((box.x, box.y), (box.right, box.bottom)):
            # solve [a b; d e] @ (u, v) = (x - c, y - f) for a quarter turn
            det = a * e - b * d
            xs.append(((x - c) * e - b * (y - f)) / det)
            ys.append((a * (y - f) - d * (x - c)) / det)
        return Box(round(min(xs)), round(min(ys)), round(max(xs) - min(xs)),
                   round(max(ys) - min(ys)))

    got = [(t, upright_box(bx) if bx else None) for t, bx in _words(page)]
    assert got == _words(upright)


@pytest.mark.integration
def test_without_osd_data_a_turned_page_is_read_as_it_lies_with_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Tesseract installed without its ``osd`` data: the page is not lost, and the
    user is told why it was not turned."""
    listed = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True,
                            check=True, timeout=60).stdout
    found = re.search(r'"(.+?)/?"', listed)
    assert found
    data = tmp_path / "tessdata"
    data.mkdir()
    (data / "eng.traineddata").symlink_to(Path(found.group(1)) / "eng.traineddata")
    monkeypatch.setenv("TESSDATA_PREFIX", str(data))
    (page,) = read_scan(_turned_file(tmp_path, "en", 180), lang="en")
    assert any("osd data missing" in x for x in page.warnings)
    assert legibility(page) < LEGIBLE_SHARE


def test_legibility_is_the_share_of_characters_in_confident_words() -> None:
    from ocr.model import Block, BlockKind, Line, Source, Word

    def page(*words: tuple[str, float | None]) -> Page:
        line = Line(tuple(Word(t, None, c) for t, c in words))
        blocks = (Block("b1", BlockKind.BODY, (line,)),) if words else ()
        return Page("p", Source("p.png", "0" * 64, "image"), "en", blocks=blocks)

    assert legibility(page(("harbor", 0.9), ("xq", 0.2))) == 6 / 8
    assert legibility(page(("harbor", None))) == 0.0  # nothing read with a confidence
    assert legibility(page()) == 0.0


DEVSET = Path(__file__).resolve().parents[1].parent / "shared" / "devset" / "scans"
DEVSET_PAGES = sorted(DEVSET.glob("*.png")) if DEVSET.is_dir() else []


@pytest.mark.skipif(not DEVSET_PAGES, reason="../shared/devset is not beside this clone")
@pytest.mark.parametrize("n", range(8))
def test_how_a_turned_300_dpi_page_lies_is_told_surely(n: int) -> None:
    """The devset's pages (300 dpi, other faces and layouts), each turned one way: found
    with a confidence over the bar the scan path acts on."""
    from ocr.orientation import OSD_CONFIDENCE

    turn: Turn = (90, 180, 270)[n % 3]  # type: ignore[assignment]
    gray = _gray(DEVSET_PAGES[n])
    found, confidence = detect_turn(np.ascontiguousarray(np.rot90(gray, turn // 90)))
    assert found == turn and confidence >= OSD_CONFIDENCE


@pytest.mark.parametrize("turn", [90, 180, 270])
def test_a_turned_page_written_as_alto_reads_back_turned(tmp_path: Path, turn: Turn) -> None:
    """ALTO 4.4's Page ROTATION carries the turn: the file read again is laid out upright,
    to the same articles and order as the page read upright."""
    from ocr.orientation import as_scanned
    from ocr.readers.alto import read_alto
    from ocr.writers.alto import alto_bytes
    from ocr.xmlsafe import alto_errors

    alto = FIXTURES / "xml" / "tesseract-2col.alto.xml"
    upright = ocr.process(alto, correct=False)
    data = alto_bytes(as_scanned(ocr.process(alto, correct=False), turn))
    assert alto_errors(data) == []
    assert read_alto(data).turn == turn
    path = tmp_path / "turned.alto.xml"
    path.write_bytes(data)
    again = ocr.process(path, correct=False)
    assert again.turn == turn
    assert [(a.headlines, a.paragraphs) for a in again.articles] == [
        (a.headlines, a.paragraphs) for a in upright.articles]


@pytest.mark.parametrize("turn", [90, 270])
def test_a_turned_page_written_as_page_xml_reads_back_turned(turn: Turn) -> None:
    """PAGE's Page ``orientation`` (the clockwise turn that corrects the page, -180 to
    180) carries the turn the same way."""
    from ocr.orientation import as_scanned
    from ocr.readers.page import read_page_xml
    from ocr.writers.page import page_xml_bytes
    from ocr.xmlsafe import page_schema, schema_errors

    alto = FIXTURES / "xml" / "tesseract-2col.alto.xml"
    data = page_xml_bytes(as_scanned(ocr.process(alto, correct=False), turn))
    assert schema_errors(data, page_schema()) == []
    assert read_page_xml(data).turn == turn
