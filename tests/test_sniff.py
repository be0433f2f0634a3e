"""Inputs are recognised by their content, not their suffix."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import CORPUS, FIXTURES, needs_corpus

from ocr.readers.sniff import sniff, sniff_bytes

CASES = [
    (FIXTURES / "images" / "zh-4col-clean.png", "image"),
    (FIXTURES / "images" / "en-5col-heavy.jpg", "image"),
    (FIXTURES / "images" / "zh5-en4-2page.tif", "image"),
    (FIXTURES / "xml" / "tesseract-2col.alto.xml", "alto"),
    (FIXTURES / "xml" / "tesseract-2col.alto2-mm10.xml", "alto"),
    (FIXTURES / "xml" / "tesseract-2col.hocr", "hocr"),
    (FIXTURES / "text" / "zh-taicang.txt", "text"),
    (FIXTURES / "text" / "en-tribune.txt", "text"),  # UTF-16
]


@pytest.mark.parametrize(("path", "kind"), CASES, ids=[c[0].name for c in CASES])
def test_kind_from_content_whatever_the_suffix(path: Path, kind: str, tmp_path: Path) -> None:
    assert sniff(path) == kind
    renamed = tmp_path / "page.dat"
    shutil.copyfile(path, renamed)
    assert sniff(renamed) == kind


def test_pdf_named_txt_is_a_pdf() -> None:
    # reportlab writes uncompressed content streams that look like text to a decoder.
    head = b"%PDF-1.3\n%\x93\x8c\x8b\x9e ReportLab Generated PDF document\n1 0 obj\n<<\n"
    assert sniff_bytes(head, ".txt") == "pdf"


def test_page_xml_root_is_page() -> None:
    head = (b'<?xml version="1.0" encoding="UTF-8"?>\n<!-- exported -->\n'
            b'<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15">')
    assert sniff_bytes(head, ".xml") == "page"


def test_text_that_starts_with_angle_bracket_stays_text() -> None:
    assert sniff_bytes(b"<b>Town hall</b> votes tonight\n", ".txt") == "text"
    assert sniff_bytes(b"", ".txt") == "text"


@needs_corpus
def test_corpus_page_files_are_page() -> None:
    files = sorted((CORPUS / "nzz").glob("*.xml"))
    assert files
    assert {sniff(f) for f in files} == {"page"}
    assert {sniff(f) for f in (CORPUS / "nzz").glob("*.tif")} == {"image"}
