"""hOCR reader on real Tesseract output (fixtures/xml, made by
scripts/fixtures/make_xml_fixtures.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import FIXTURES

from ocr.errors import InputError
from ocr.model import BlockKind
from ocr.readers.alto import read_alto
from ocr.readers.hocr import read_hocr
from ocr.writers.alto import alto_bytes
from ocr.xmlsafe import alto_errors

HOCR = FIXTURES / "xml" / "tesseract-2col.hocr"
ALTO = FIXTURES / "xml" / "tesseract-2col.alto.xml"


def test_hocr_page_geometry_kinds_and_confidences() -> None:
    page = read_hocr(HOCR)
    assert page.id == "tesseract-2col" and page.size == (1000, 460) and page.lang == "en"
    assert page.source.kind == "hocr" and len(page.source.sha256) == 64
    assert [s.software for s in page.steps] == ["tesseract"]
    assert re.fullmatch(r"\d+\.\d+\.\d+", page.steps[0].version)  # as the fixture's meta says
    kinds = [b.kind for b in page.blocks]
    assert kinds.count(BlockKind.HEADLINE) == 1 and kinds.count(BlockKind.RULE) == 1
    head = next(b for b in page.blocks if b.kind is BlockKind.HEADLINE)
    assert head.text == "HARBOR STRIKE ENDS" and head.box is not None
    body = [b for b in page.blocks if b.kind is BlockKind.BODY]
    assert all(b.font_size is not None and b.font_size < head.font_size / 1.4 for b in body)
    words = [w for b in page.blocks for ln in b.lines for w in ln.words]
    assert all(w.box is not None and 0.0 < (w.confidence or 0) <= 1.0 for w in words)
    first = body[0]
    assert first.lines[0].indent > 1.0 and first.lines[1].indent == 0.0


def test_hocr_and_alto_from_the_same_tesseract_run_agree() -> None:
    hocr, alto = read_hocr(HOCR), read_alto(ALTO, dpi=150)

    def lines(page):  # type: ignore[no-untyped-def]
        return [ln.text for b in page.blocks for ln in b.lines]

    def boxes(page):  # type: ignore[no-untyped-def]
        return [w.box for b in page.blocks for ln in b.lines for w in ln.words]

    assert lines(hocr) == lines(alto)
    assert boxes(hocr) == boxes(alto)


def test_hocr_page_written_as_valid_alto_with_every_word() -> None:
    page = read_hocr(HOCR)
    data = alto_bytes(page)
    assert alto_errors(data) == []
    back = read_alto(data)
    assert [w.text for b in back.blocks for ln in b.lines for w in ln.words] == [
        w.text for b in page.blocks for ln in b.lines for w in ln.words]


def test_not_hocr_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "plain.html"
    path.write_text("<html><body><p>hello</p></body></html>")
    with pytest.raises(InputError, match="no element with class 'ocr_page'"):
        read_hocr(path)
