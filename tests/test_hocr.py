"""hOCR reader on real Tesseract output (fixtures/xml, made by
scripts/fixtures/make_xml_fixtures.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import FIXTURES
from lxml import etree

from ocr.cli import main
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


def _as_kraken(hocr: Path, regions: bool = False) -> bytes:
    """The page of ``hocr`` as kraken writes hOCR (its older template: ``ocr_page`` >
    ``ocr_line`` > ``ocrx_word``, no zones or paragraphs; ``regions``: its newer one, each
    region an ``ocrx_block`` of lines; properties parted by commas, character
    confidences 0-1 in ``x_confs`` instead of ``x_wconf``)."""
    root = etree.parse(str(hocr)).getroot()

    def cls(el: etree._Element) -> str:
        return el.get("class") or "" if isinstance(el.tag, str) else ""

    page = next(el for el in root.iter() if cls(el) == "ocr_page")
    bbox = re.search(r"bbox [\d ]+", page.get("title") or "")
    assert bbox
    lines = []
    for zone in (el for el in page.iter() if cls(el) == "ocr_carea"):
        if regions:
            lines.append('<div class="ocrx_block" data-region-type="text">')
        for line in (el for el in zone.iter() if cls(el) in ("ocr_line", "ocr_header")):
            lbox = re.search(r"bbox [\d ]+", line.get("title") or "")
            assert lbox
            words = []
            for w in (el for el in line.iter() if cls(el) == "ocrx_word"):
                wbox = re.search(r"bbox [\d ]+", w.get("title") or "")
                conf = re.search(r"x_wconf (\d+)", w.get("title") or "")
                assert wbox and conf
                text = "".join(w.itertext())
                confs = " ".join([str(int(conf.group(1)) / 100)] * len(text))
                words.append(f'<span class="ocrx_word" title="{wbox.group().strip()}, '
                             f'x_confs {confs}">{text}</span>')
            lines.append(f'<span class="ocr_line" title="{lbox.group().strip()}; cuts 0">'
                         + "\n".join(words) + "</span><br/>")
        if regions:
            lines.append("</div>")
    doc = ('<!DOCTYPE html>\n<html><head><meta name="ocr-system" content="kraken"/></head>'
           f'<body><div class="ocr_page" title="{bbox.group().strip()}, image p.png">'
           + "\n".join(lines) + "</div></body></html>")
    return doc.encode()


def test_lines_outside_any_zone_are_read_as_kraken_writes_them(tmp_path: Path) -> None:
    """kraken's hOCR has no zones or paragraphs: every line is read, in the file's order,
    lines under one another made one block, and no block takes lines of two columns."""
    data = _as_kraken(HOCR)
    page = read_hocr(data, "k.hocr")
    words = [w for b in page.blocks for ln in b.lines for w in ln.words]
    original = read_hocr(HOCR)
    assert [w.text for w in words] == [w.text for b in original.blocks
                                      for ln in b.lines for w in ln.words]
    assert all(w.box is not None and 0.0 < (w.confidence or 0) <= 1.0 for w in words)
    # no block takes lines of two columns: the original blocks its words come from
    # stand over one another
    home = {w.box: b.box for b in original.blocks for ln in b.lines for w in ln.words}
    for b in page.blocks:
        came = {home[w.box] for ln in b.lines for w in ln.words}
        assert all(min(p.right, q.right) > max(p.x, q.x) for p in came for q in came
                   if p and q), b.text
    assert len([b for b in page.blocks if b.lines]) >= 3  # headline, two columns
    # the headline's line, twice the body's type, is a block of its own
    assert page.blocks[0].text == "HARBOR STRIKE ENDS"
    # and through the command, the words written out are the zoned file's
    src = tmp_path / "k.hocr"
    src.write_bytes(data)
    for path in (src, HOCR):
        assert main(["process", str(path), "-o", str(tmp_path / "o"), "-q", "--format", "txt",
                     "--no-correct"]) == 0
    out = {p: sorted((tmp_path / "o" / f"{p}.txt").read_text(encoding="utf-8").split())
           for p in ("k", HOCR.stem)}
    assert out["k"] == out[HOCR.stem]


def test_words_outside_any_line_are_read_too() -> None:
    data = (b'<html><body><div class="ocr_page" title="bbox 0 0 400 100">'
            b'<span class="ocrx_word" title="bbox 10 10 60 30; x_wconf 90">Harbor</span> '
            b'<span class="ocrx_word" title="bbox 70 10 120 30; x_wconf 91">strike</span>'
            b"</div></body></html>")
    page = read_hocr(data, "w.hocr")
    assert [ln.text for b in page.blocks for ln in b.lines] == ["Harbor strike"]


def test_kraken_regions_are_zones() -> None:
    """kraken's newer hOCR: each region an ``ocrx_block`` of lines, read as one block."""
    page = read_hocr(_as_kraken(HOCR, regions=True), "k.hocr")
    original = read_hocr(HOCR)
    zones = [b for b in original.blocks if b.lines]
    got = [b for b in page.blocks if b.lines]
    words = [[w.text for ln in b.lines for w in ln.words] for b in got]
    assert [w for ws in words for w in ws] == [w.text for b in zones for ln in b.lines
                                               for w in ln.words]
    assert len(got) <= len(zones) and got[0].text == "HARBOR STRIKE ENDS"


def _hocr(body: str) -> bytes:
    return (f'<html><body><div class="ocr_page" title="bbox 0 0 1000 1000">{body}'
            "</div></body></html>").encode()


def _word(text: str, x: int, y: int) -> str:
    return (f'<span class="ocrx_word" title="bbox {x} {y} {x + 80} {y + 20}; x_wconf 90">'
            f"{text}</span>")


def test_odd_hocr_nestings_keep_every_word_once_in_order() -> None:
    """Lines outside zones stay before a rule that follows them; lines inside a caption
    element are read once; a paragraph of words without lines is read."""
    page = read_hocr(_hocr(
        f'<span class="ocr_line" title="bbox 10 10 200 30">{_word("Loose", 10, 10)}</span>'
        '<div class="ocr_separator" title="bbox 0 40 1000 42"></div>'
        '<div class="ocr_caption" title="bbox 10 50 300 100">'
        f'<span class="ocr_line" title="bbox 10 50 300 70">{_word("Mayor", 10, 50)}'
        f'{_word("speaks", 100, 50)}</span></div>'
        f'<p class="ocr_par" title="bbox 10 200 300 230">{_word("Harbor", 10, 200)} '
        f'{_word("strike", 100, 200)}</p>'), "odd.hocr")
    assert [b.text for b in page.blocks] == ["Loose", "", "Mayor speaks", "Harbor strike"]
