"""Every page newsocr processes comes out as valid ALTO 4.4, and ALTO input keeps its words."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from conftest import CORPUS, FIXTURES, needs_corpus
from lxml import etree

import ocr
from ocr.alto_vocab import ALTO_NS
from ocr.writers import write_page
from ocr.writers.alto import alto_bytes, iter_string_contents
from ocr.xmlsafe import alto_errors, parse_xml

XML = FIXTURES / "xml"
INPUTS = (sorted((FIXTURES / "text").glob("*.txt")) + sorted(XML.glob("*.xml"))
          + sorted(XML.glob("*.hocr")))
ALTO_INPUTS = sorted(XML.glob("*.xml"))
CHRONAM = CORPUS / "chronam" / "ocr.xml"


def ocr_readings(root: etree._Element) -> Counter[str]:
    """Words as the OCR read them: a corrected String's ALTERNATIVE (a word joined from two
    pieces keeps both, ``custo na.``), else CONTENT (+HYP)."""
    out: Counter[str] = Counter()
    for tl in root.iter(f"{{{ALTO_NS}}}TextLine"):
        kids = list(tl)
        for i, s in enumerate(kids):
            if s.tag != f"{{{ALTO_NS}}}String" or not s.get("CONTENT"):
                continue
            alt = s.find(f"{{{ALTO_NS}}}ALTERNATIVE")
            if alt is not None:
                out.update((alt.text or "").split(" "))
                continue
            nxt = kids[i + 1] if i + 1 < len(kids) else None
            hyp = nxt.get("CONTENT", "") if nxt is not None and nxt.tag.endswith("HYP") else ""
            out[s.get("CONTENT") + hyp] += 1
    return out


def test_every_kind_of_input_fixture_is_present() -> None:
    suffixes = {p.suffix for p in INPUTS}
    assert {".txt", ".xml", ".hocr"} <= suffixes and len(INPUTS) >= 6


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: p.name)
def test_processed_fixture_is_written_as_valid_alto(path: Path, tmp_path: Path) -> None:
    page = ocr.process(path)
    written = write_page(page, tmp_path / page.id, ("alto",))
    assert [p.name for p in written] == [f"{page.id}.alto.xml"]
    root = parse_xml(written[0].read_bytes())
    assert alto_errors(root) == []
    refs = [r.get("REF") for r in root.iter(f"{{{ALTO_NS}}}ElementRef")]
    assert refs == list(page.reading_order) and len(refs) == len(page.blocks)
    tags = [t for t in root.iter(f"{{{ALTO_NS}}}StructureTag") if t.get("TYPE") == "article"]
    assert len(tags) == len(page.articles) >= 1


@pytest.mark.parametrize("path", ALTO_INPUTS, ids=lambda p: p.name)
def test_alto_input_keeps_every_word_through_processing(path: Path) -> None:
    before = Counter(iter_string_contents(parse_xml(path.read_bytes())))
    plain = parse_xml(alto_bytes(ocr.process(path, correct=False)))
    assert Counter(iter_string_contents(plain)) == before
    corrected = parse_xml(alto_bytes(ocr.process(path)))
    assert ocr_readings(corrected) == before


@needs_corpus
def test_chronicling_america_reordered_into_articles_without_losing_a_word() -> None:
    before = Counter(iter_string_contents(parse_xml(CHRONAM.read_bytes())))
    page = ocr.process(CHRONAM, correct=False)
    root = parse_xml(alto_bytes(page))
    assert alto_errors(root) == []
    assert Counter(iter_string_contents(root)) == before and sum(before.values()) == 5122
    assert len(page.articles) >= 5
    groups = root.findall(f"{{{ALTO_NS}}}ReadingOrder/{{{ALTO_NS}}}OrderedGroup/"
                          f"{{{ALTO_NS}}}OrderedGroup")
    assert len(groups) >= len(page.articles)
    # The engine's element order is not the reading order newsocr writes.
    engine_order = [el.get("ID") for el in parse_xml(CHRONAM.read_bytes()).iter("{*}TextBlock")]
    ours = [r.get("REF") for r in root.iter(f"{{{ALTO_NS}}}ElementRef")]
    assert ours != [i for i in engine_order if i in ours]
    corrected = parse_xml(alto_bytes(ocr.process(CHRONAM)))
    assert ocr_readings(corrected) == before
    assert corrected.find(f".//{{{ALTO_NS}}}ALTERNATIVE") is not None


@pytest.mark.integration
def test_cli_processes_alto_hocr_and_a_scan_to_valid_alto(tmp_path: Path) -> None:
    files = [XML / "tesseract-2col.alto.xml", XML / "tesseract-2col.hocr",
             XML / "tesseract-2col.png"]
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, "-m", "ocr.cli", "process", *map(str, files), "-o", str(out)],
        capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr
    written = sorted(out.glob("*.alto.xml"))
    assert len(written) == 3, sorted(p.name for p in out.iterdir())
    for path in written:
        assert alto_errors(path.read_bytes()) == [], path
        page = ocr.read_alto(path)
        assert "HARBOR STRIKE ENDS" in [b.text for b in page.blocks]
