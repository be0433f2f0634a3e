"""ALTO reader: other engines' files (ABBYY via CCS, Tesseract, ALTO 2.1 in mm10) into pages."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from conftest import CORPUS, FIXTURES, needs_corpus

from ocr.errors import InputError
from ocr.model import BlockKind
from ocr.readers.alto import alto_version, read_alto
from ocr.writers.alto import alto_bytes, iter_string_contents
from ocr.xmlsafe import alto_errors, parse_xml, read_source

CHRONAM = CORPUS / "chronam" / "ocr.xml"
XML = FIXTURES / "xml"
TESS = XML / "tesseract-2col.alto.xml"


def words_of(page) -> list[str]:
    return [w.text for b in page.blocks for ln in b.lines for w in ln.words]


@needs_corpus
def test_chronicling_america_alto_is_read_with_every_string_once() -> None:
    data, _ = read_source(CHRONAM)
    root = parse_xml(data)
    assert alto_version(root) == "1"
    page = read_alto(CHRONAM)
    strings = list(root.iter("{*}String"))
    # HypPart1 + HYP become one printed word ("Har-"), HypPart2 stays its own word:
    # as many words as Strings, none lost, none duplicated from SUBS_CONTENT.
    assert len(words_of(page)) == len(strings) == 5122
    assert Counter(words_of(page)) == Counter(iter_string_contents(root))
    assert "Harbor" not in words_of(page) and "Har-" in words_of(page)
    assert page.source.kind == "alto" and page.source.path == "ocr.xml"
    assert any(s.software == "ABBYY FineReader Engine" and s.version == "7.1" for s in page.steps)


@needs_corpus
def test_chronicling_america_inch1200_geometry_becomes_pixels_at_300_dpi() -> None:
    page = read_alto(CHRONAM)
    assert page.size == (round(19560 / 4), round(26694 / 4))
    block = page.block("P2_TB00012")  # HPOS=515 VPOS=7554 WIDTH=2934 HEIGHT=232
    assert block.box is not None
    assert abs(block.box.x - 515 / 4) <= 1 and abs(block.box.y - 7554 / 4) <= 1
    assert abs(block.box.w - 2934 / 4) <= 1 and abs(block.box.h - 232 / 4) <= 1
    at_400 = read_alto(CHRONAM, dpi=400)
    assert at_400.size == (round(19560 / 3), round(26694 / 3))


@needs_corpus
def test_chronicling_america_headlines_by_type_size_and_confidences_kept() -> None:
    page = read_alto(CHRONAM)
    kinds = {b.text.splitlines()[0] if b.lines else b.id: b.kind for b in page.blocks}
    assert kinds["FOREST FIRES RAGING."] is BlockKind.HEADLINE
    assert kinds["RUSSIA IN TO STAY."] is BlockKind.HEADLINE
    body = page.block("P2_TB00008")
    assert body.kind is BlockKind.BODY and body.font_size == 7.0 and len(body.lines) > 50
    har = next(w for b in page.blocks for ln in b.lines for w in ln.words if w.text == "Har-")
    assert har.confidence == pytest.approx(0.94)
    pictures = [b for b in page.blocks if b.kind is BlockKind.ILLUSTRATION]
    assert {"P2_CB00001", "P2_CB00002", "P2_CB00003"} <= {b.id for b in pictures}
    assert page.reading_order == ()  # ABBYY's element order is for the order stage to correct


@needs_corpus
def test_chronicling_america_written_back_as_valid_alto4_with_the_same_words() -> None:
    data, _ = read_source(CHRONAM)
    out = alto_bytes(read_alto(CHRONAM))
    assert alto_errors(out) == []
    before = Counter(iter_string_contents(parse_xml(data)))
    after = Counter(iter_string_contents(parse_xml(out)))
    assert before == after and sum(after.values()) == 5122


def test_tesseract_alto3_fixture_blocks_kinds_and_lines() -> None:
    page = read_alto(TESS, dpi=150)
    assert alto_version(parse_xml(TESS.read_bytes())) == "3"
    assert page.id == "tesseract-2col" and page.size == (1000, 460)
    kinds = [b.kind for b in page.blocks]
    assert kinds.count(BlockKind.HEADLINE) == 1 and kinds.count(BlockKind.RULE) == 1
    head = next(b for b in page.blocks if b.kind is BlockKind.HEADLINE)
    assert head.text == "HARBOR STRIKE ENDS"
    first_col = next(b for b in page.blocks if b.text.startswith("The towing"))
    # The first line is indented (28 px on 20 px lines), the others are flush.
    assert first_col.lines[0].indent > 1.0 and first_col.lines[1].indent == 0.0
    assert first_col.lines[3].words[-1].text == "har-"
    assert all(0.0 < w.confidence <= 1.0 for ln in first_col.lines for w in ln.words)


def test_alto21_in_mm10_gives_the_same_pixels_as_the_pixel_original() -> None:
    px = read_alto(TESS)
    mm = read_alto(XML / "tesseract-2col.alto2-mm10.xml")  # scaled as if scanned at 300 dpi
    assert alto_version(parse_xml((XML / "tesseract-2col.alto2-mm10.xml").read_bytes())) == "2"
    assert [b.id for b in mm.blocks] == [b.id for b in px.blocks]
    for a, b in zip(px.blocks, mm.blocks, strict=True):
        assert a.box is not None and b.box is not None
        assert max(abs(a.box.x - b.box.x), abs(a.box.y - b.box.y), abs(a.box.w - b.box.w),
                   abs(a.box.h - b.box.h)) <= 1
        assert [ln.text for ln in a.lines] == [ln.text for ln in b.lines]


COMPOSED = b"""<?xml version="1.0" encoding="UTF-8"?>
<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#">
 <Description><MeasurementUnit>pixel</MeasurementUnit></Description>
 <ReadingOrder><OrderedGroup ID="ro">
   <ElementRef ID="r1" REF="cb"/><ElementRef ID="r2" REF="t0"/>
 </OrderedGroup></ReadingOrder>
 <Layout><Page ID="pg" PHYSICAL_IMG_NR="1" WIDTH="100" HEIGHT="100">
  <TopMargin><TextBlock ID="folio" HPOS="0" VPOS="0" WIDTH="10" HEIGHT="5">
    <TextLine><String CONTENT="A3"/></TextLine></TextBlock></TopMargin>
  <PrintSpace>
   <TextBlock ID="t0" HPOS="0" VPOS="60" WIDTH="50" HEIGHT="10">
     <TextLine HPOS="0" VPOS="60" WIDTH="50" HEIGHT="10"><String CONTENT="last"/></TextLine>
   </TextBlock>
   <ComposedBlock ID="cb" TYPE="Article">
    <TextBlock ID="t1" HPOS="0" VPOS="10" WIDTH="50" HEIGHT="10">
     <TextLine HPOS="0" VPOS="10" WIDTH="50" HEIGHT="10">
      <String CONTENT="two words"/><SP/><String CONTENT="re-"/>
      <HYP CONTENT="-"/></TextLine></TextBlock>
    <TextBlock ID="t2"><TextLine><String CONTENT="ad" SUBS_TYPE="HypPart2"/></TextLine>
    </TextBlock>
   </ComposedBlock>
  </PrintSpace></Page></Layout>
</alto>"""


def test_composed_blocks_margins_and_reading_order_refs() -> None:
    page = read_alto(COMPOSED, name="inline.xml")
    assert page.id == "pg" and page.source.path == "inline.xml"
    assert [b.id for b in page.blocks] == ["folio", "t0", "t1", "t2"]
    assert page.block("folio").kind is BlockKind.FURNITURE
    # A ReadingOrder reference to a ComposedBlock stands for the blocks inside it.
    assert page.reading_order == ("t1", "t2", "t0")
    words = [w.text for w in page.block("t1").lines[0].words]
    assert words == ["two", "words", "re-"]  # a CONTENT with a space is two words


def test_not_alto_and_broken_files_are_refused_in_one_line(tmp_path: Path) -> None:
    cases = {
        "page.hocr": (XML / "tesseract-2col.hocr").read_bytes(),
        "empty.xml": b"",
        "cut.xml": TESS.read_bytes()[:500],
        "unit.xml": TESS.read_bytes().replace(b">pixel<", b">furlong<"),
        "nolayout.xml": b'<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"/>',
    }
    for name, data in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(InputError) as err:
            read_alto(path)
        message = str(err.value)
        assert message.startswith(str(path)) and "\n" not in message, message
    with pytest.raises(InputError, match="cannot read"):
        read_alto(tmp_path / "missing.xml")


def test_character_confidences_stand_in_when_word_confidence_is_missing() -> None:
    data = COMPOSED.replace(b'<String CONTENT="last"/>', b'<String CONTENT="last" CC="0090"/>')
    word = read_alto(data).block("t0").lines[0].words[0]
    assert word.confidence == pytest.approx(0.75)


def two_page_alto(path: Path) -> Path:
    """The Tesseract fixture with its page printed twice (IDs of the copy made unique)."""
    import copy

    from lxml import etree

    root = etree.fromstring(TESS.read_bytes())
    layout = next(root.iter("{*}Layout"))
    second = copy.deepcopy(next(layout.iter("{*}Page")))
    for el in second.iter():
        if el.get("ID"):
            el.set("ID", el.get("ID") + "_2")
    layout.append(second)
    path.write_bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
    return path


def test_every_page_of_a_multi_page_alto_file_is_read(tmp_path: Path) -> None:
    from ocr.batch import run_batch
    from ocr.pipeline import read_pages
    from ocr.qa_load import load_doc
    from ocr.readers.alto import read_alto_pages

    (tmp_path / "in").mkdir()
    path = two_page_alto(tmp_path / "in" / "issue.alto.xml")
    one = read_alto(TESS)
    pages = read_alto_pages(path)
    assert [p.id for p in pages] == ["issue-p1", "issue-p2"]
    for page in pages:
        assert words_of(page) == words_of(one)
        assert page.size == one.size
    assert [b.id for b in pages[1].blocks] == [f"{b.id}_2" for b in one.blocks]
    assert read_alto(path) == pages[0]
    assert [p.id for p in read_pages(path)] == ["issue-p1", "issue-p2"]
    # a batch writes each page, named as a multi-page TIFF's pages are
    run_batch(tmp_path / "in", tmp_path / "out", workers=1, correct=False)
    assert sorted(p.name for p in (tmp_path / "out").glob("*.json")) == [
        "issue-p1.json", "issue-p2.json"]
    # QA takes the file's pages together, in order
    doc = load_doc(path)
    single = load_doc(TESS)
    assert doc.page_id == "issue" and doc.text == f"{single.text}\n\n{single.text}"
    assert len(doc.segments) == 2 * len(single.segments)
