"""PAGE-XML in and out: real Transkribus files, the official 2019 schema, round trips."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from conftest import CORPUS, FIXTURES, needs_corpus
from lxml import etree

import ocr
from ocr.cli import main
from ocr.errors import InputError
from ocr.model import Block, BlockKind, Box, Line, Page, Source, Word
from ocr.qa import compare
from ocr.qa_load import diff_paths
from ocr.readers.alto import read_alto
from ocr.readers.page import read_page_xml, read_page_xml_pages
from ocr.writers.alto import alto_bytes
from ocr.writers.page import page_xml_bytes
from ocr.xmlsafe import alto_errors, page_schema, schema_errors

NZZ = sorted((CORPUS / "nzz").glob("*.xml"))
HOSTILE = sorted((FIXTURES / "xml" / "hostile").glob("page-*.xml"))
NS19 = "http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15"
SRC = Source(path="t.png", sha256="0" * 64, kind="image")


def _own_regions(path: Path) -> dict[str, str]:
    """Each text region's text as the file itself has it: its lines' TextEquiv, by lxml."""
    root = etree.parse(str(path)).getroot()
    out = {}
    for region in root.iter("{*}TextRegion"):
        lines = []
        for tl in region.findall("{*}TextLine"):
            uni = tl.find("{*}TextEquiv/{*}Unicode")
            if uni is not None and (uni.text or "").strip():
                lines.append(" ".join(uni.text.split()))
        if lines:
            out[region.get("id")] = "\n".join(lines)
    return out


def _own_order(path: Path) -> list[str]:
    root = etree.parse(str(path)).getroot()
    refs = root.findall(".//{*}ReadingOrder/{*}OrderedGroup/{*}RegionRefIndexed")
    return [r.get("regionRef") for r in sorted(refs, key=lambda r: int(r.get("index")))]


@needs_corpus
@pytest.mark.parametrize("path", NZZ, ids=lambda p: p.stem)
def test_nzz_page_reads_with_the_files_own_text_regions_and_order(path: Path) -> None:
    page = read_page_xml(path)
    own = _own_regions(path)
    texts = {b.id: b.text for b in page.blocks if b.lines}
    assert texts == own  # every region, every character
    assert page.reading_order == tuple(_own_order(path))
    root = etree.parse(str(path)).getroot().find("{*}Page")
    assert page.size == (int(root.get("imageWidth")), int(root.get("imageHeight")))
    assert page.lang == "de" and page.source.kind == "page"
    assert all(b.box is not None for b in page.blocks)
    seps = len(root.findall("{*}SeparatorRegion"))
    assert sum(b.kind is BlockKind.RULE for b in page.blocks) == seps


@needs_corpus
def test_nzz_stale_word_text_is_reported_and_the_line_wins() -> None:
    page = read_page_xml(CORPUS / "nzz" / "nzz_18840220_0_0_a1_p1_1.xml")
    assert any("line text differs" in w for w in page.warnings)
    assert "Vierundsechzigster Jahrgang" in "\n".join(b.text for b in page.blocks)


SMALL = f"""<?xml version="1.0" encoding="UTF-8"?>
<PcGts xmlns="{NS19}"><Metadata><Creator>test</Creator>
<Created>2024-01-01T00:00:00</Created><LastChange>2024-01-01T00:00:00</LastChange></Metadata>
<Page imageFilename="x.tif" imageWidth="1000" imageHeight="800" primaryLanguage="English">
<ReadingOrder><OrderedGroup id="g0">
  <RegionRefIndexed index="2" regionRef="r3"/>
  <UnorderedGroupIndexed id="g1" index="0"><RegionRef regionRef="r2"/><RegionRef regionRef="r1"/>
  </UnorderedGroupIndexed>
  <OrderedGroupIndexed id="g2" index="1" regionRef="t">
    <RegionRefIndexed index="1" regionRef="r4"/><RegionRefIndexed index="0" regionRef="r5"/>
  </OrderedGroupIndexed>
</OrderedGroup></ReadingOrder>
<TextRegion id="r1" type="heading"><Coords points="-5,10 500,10 500,60 -5,60"/>
  <TextLine id="l1"><Coords points="0,10 500,10 500,60 0,60"/>
    <Word id="w1"><Coords points="0,10 200,10 200,60 0,60"/>
      <TextEquiv index="1" conf="0.9"><Unicode>Second</Unicode></TextEquiv>
      <TextEquiv index="0" conf="0.4"><Unicode>Big</Unicode></TextEquiv></Word>
    <Word id="w2"><Coords points="220,10 500,10 500,60 220,60"/>
      <Glyph id="g"><Coords points="220,10 300,10 300,60 220,60"/>
        <TextEquiv><Unicode>N</Unicode></TextEquiv></Glyph>
      <Glyph id="g2"><Coords points="300,10 380,10 380,60 300,60"/>
        <TextEquiv><Unicode>e</Unicode></TextEquiv></Glyph>
      <Glyph id="g3"><Coords points="380,10 500,10 500,60 380,60"/>
        <TextEquiv><Unicode>ws</Unicode></TextEquiv></Glyph></Word>
  </TextLine></TextRegion>
<TextRegion id="r2" type="page-number"><Coords points="900,10 990,10 990,40 900,40"/>
  <TextEquiv conf="0.2"><Unicode>low</Unicode></TextEquiv>
  <TextEquiv conf="0.8"><Unicode>Page 3</Unicode></TextEquiv></TextRegion>
<TableRegion id="t"><Coords points="0,100 1000,100 1000,400 0,400"/>
  <TextRegion id="r4" type="paragraph"><Coords points="0,100 1000,100 1000,200 0,200"/>
    <TextLine id="l4"><Coords points="0,100 1000,100 1000,200 0,200"/>
      <TextEquiv><Unicode>cell four</Unicode></TextEquiv></TextLine></TextRegion>
  <TextRegion id="r5" type="caption"><Coords points="0,250 1000,250 1000,350 0,350"/>
    <TextLine id="l5"><Coords points="0,250 1000,250 1000,350 0,350"/>
      <TextEquiv><Unicode>cell five</Unicode></TextEquiv></TextLine></TextRegion>
</TableRegion>
<SeparatorRegion id="r3"><Coords points="0,90 1200,90 1200,95 0,95"/></SeparatorRegion>
<NoiseRegion id="n"><Coords points="0,0 1,0 1,1 0,1"/></NoiseRegion>
</Page></PcGts>""".encode()


def test_small_page_text_kinds_nested_order_and_repairs() -> None:
    page = read_page_xml(SMALL, name="small.xml")
    assert [b.id for b in page.blocks] == ["r1", "r2", "r4", "r5", "r3"]  # table: its cells
    assert page.block("r1").text == "Big News"  # lowest index; glyphs make a word
    assert page.block("r1").lines[0].words[0].confidence == 0.4
    assert page.block("r2").text == "Page 3"  # no index: the highest conf
    kinds = {b.id: b.kind for b in page.blocks}
    assert kinds == {"r1": BlockKind.HEADLINE, "r2": BlockKind.FURNITURE, "r4": BlockKind.BODY,
                     "r5": BlockKind.CAPTION, "r3": BlockKind.RULE}
    # unordered group as written, then the table group by index, then r3
    assert page.reading_order == ("r2", "r1", "r5", "r4", "r3")
    assert page.block("r1").box == Box(0, 10, 500, 50)
    assert page.block("r3").box == Box(0, 90, 1000, 5)
    assert page.lang == "en" and page.size == (1000, 800)
    assert any("negative coordinates clipped" in w for w in page.warnings)
    assert any("past the image edge" in w for w in page.warnings)


def test_page_2009_point_coords_and_region_text_without_lines() -> None:
    data = b"""<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2010-03-19">
    <Page imageFilename="a.png" imageWidth="100" imageHeight="100"><TextRegion id="r">
    <Coords><Point x="10" y="20"/><Point x="60" y="20"/><Point x="60" y="50"/></Coords>
    <TextEquiv><Unicode>one two
three</Unicode></TextEquiv></TextRegion></Page></PcGts>"""
    page = read_page_xml(data, name="old.xml")
    assert page.block("r").box == Box(10, 20, 50, 30)
    assert page.block("r").text == "one two\nthree"


def test_not_a_page_file_and_bad_xml_are_one_line_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not a PAGE file"):
        read_page_xml(b"<alto/>", name="a.xml")
    with pytest.raises(InputError, match="no Page element"):
        read_page_xml(f'<PcGts xmlns="{NS19}"/>'.encode(), name="a.xml")
    bad = tmp_path / "bad.xml"
    bad.write_bytes(f'<PcGts xmlns="{NS19}"><Page'.encode())
    with pytest.raises(InputError, match="not well-formed") as err:
        read_page_xml_pages(bad)
    assert "\n" not in str(err.value) and str(bad) in str(err.value)


@pytest.mark.parametrize("path", HOSTILE, ids=lambda p: p.name)
def test_hostile_page_xml_is_refused(path: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(InputError, match="refused"):
        read_page_xml(path)
    out = tmp_path / "out"
    assert main(["process", str(path), "-o", str(out), "-q"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and path.name in err[0] and "refused" in err[0]
    assert "root:" not in err[0]
    assert not out.exists() or not any(out.iterdir())


def test_hostile_fixtures_cover_page() -> None:
    assert {p.name for p in HOSTILE} == {
        "page-billion-laughs.xml", "page-xxe-file.xml", "page-dtd-network.xml"}


# -- writer ---------------------------------------------------------------------------


def _valid(data: bytes) -> None:
    assert schema_errors(data, page_schema()) == []


@needs_corpus
@pytest.mark.parametrize("path", NZZ, ids=lambda p: p.stem)
def test_page_in_page_out_keeps_every_character_region_and_the_order(path: Path) -> None:
    page = ocr.process(path, correct=False, order_mode="keep")
    data = page_xml_bytes(page)
    _valid(data)
    back = read_page_xml(data, name=path.name)
    src = read_page_xml(path)
    assert {b.id for b in back.blocks} == {b.id for b in src.blocks}
    for b in src.blocks:
        assert back.block(b.id).text == b.text
        assert back.block(b.id).box == b.box
    named = [i for i in back.reading_order if i in set(src.reading_order)]
    assert named == list(src.reading_order)


def test_corrected_words_keep_the_ocr_reading_as_index_1(tmp_path: Path) -> None:
    """An English page another engine wrote as PAGE, with its OCR's real-word and
    non-word errors (``tho``, ``havo``, ``aud``): the corrected words keep the engine's
    reading as the second ``TextEquiv`` (index 1), and it reads back whole. (A German
    NZZ page read with the English lexicon is left as read: ``script.foreign``.)"""
    text = ("Council backs new bridge\n\nThe council voted on Tuesday to build a new bridge "
            "over tho river, and the mayor said work would start in the spring. Residents "
            "havo asked for the crossing for many years, aud the state will pay half of "
            "the cost.\n")
    path = tmp_path / "engine.xml"
    path.write_bytes(page_xml_bytes(ocr.process(text, lang="en", correct=False)))
    page = ocr.process(path, order_mode="keep", lang="en")
    changed = [w for b in page.blocks for ln in b.lines for w in ln.words if w.original]
    assert {(w.original, w.text) for w in changed} >= {("tho", "the"), ("aud", "and")}
    data = page_xml_bytes(page)
    _valid(data)
    root = etree.fromstring(data)
    ocr_readings = root.findall(f".//{{{NS19}}}Word/{{{NS19}}}TextEquiv[@comments='ocr']")
    assert {te.get("index") for te in ocr_readings} == {"1"}
    assert len(ocr_readings) == len(changed)
    back = read_page_xml(data, name=path.name)
    src = read_page_xml(path)
    for b in src.blocks:  # the OCR reading comes back whole
        words = [w.original or w.text for ln in back.block(b.id).lines for w in ln.words]
        assert words == [w.text for ln in b.lines for w in ln.words]


def test_text_page_without_geometry_writes_valid_page_and_reads_back() -> None:
    page = ocr.process("HEADLINE HERE\n\nThe body of the story goes on here.\n", lang="en")
    data = page_xml_bytes(page)
    _valid(data)
    back = read_page_xml(data, name="t.xml")
    assert all(b.box is None for b in back.blocks)
    assert [b.text for b in back.ordered_blocks()] == [b.text for b in page.ordered_blocks()]
    assert [b.kind for b in back.ordered_blocks()] == [b.kind for b in page.ordered_blocks()]


def test_articles_are_ordered_groups_and_structure_customs() -> None:
    blocks = (
        Block("h", BlockKind.HEADLINE, (Line((Word("Fire"),), Box(0, 0, 100, 20)),),
              Box(0, 0, 100, 20)),
        Block("b", BlockKind.BODY, (Line((Word("Smoke"),), Box(0, 30, 100, 20)),),
              Box(0, 30, 100, 20)),
        Block("x", BlockKind.FURNITURE, (Line((Word("3"),), Box(0, 90, 10, 9)),),
              Box(0, 90, 10, 9)),
    )
    page = Page("p", SRC, "en", (100, 100), blocks, reading_order=("h", "b", "x"),
                articles=(ocr.model.Article("a1", ("Fire",), block_ids=("h", "b")),))
    data = page_xml_bytes(page)
    _valid(data)
    root = etree.fromstring(data)
    group = root.find(f".//{{{NS19}}}OrderedGroupIndexed")
    assert group.get("type") == "article" and group.get("caption") == "Fire"
    assert group.get("custom") == "structure {type:article; id:a1;}"
    assert [r.get("regionRef") for r in group] == ["h", "b"]
    regions = {r.get("id"): r for r in root.iter(f"{{{NS19}}}TextRegion")}
    assert regions["h"].get("type") == "heading" and regions["x"].get("type") == "footer"
    assert "structure {type:article; id:a1;}" in regions["b"].get("custom")


# -- ALTO <-> PAGE ----------------------------------------------------------------------


def _same_text_and_boxes(a: Page, b: Page) -> None:
    assert len(a.blocks) == len(b.blocks)
    for x, y in zip(a.ordered_blocks(), b.ordered_blocks(), strict=True):
        assert x.text == y.text and x.box == y.box
        for lx, ly in zip(x.lines, y.lines, strict=True):
            assert lx.box == ly.box
            assert [w.box for w in lx.words] == [w.box for w in ly.words]


def test_tesseract_alto_to_page_and_back_keeps_text_and_boxes() -> None:
    alto = read_alto(FIXTURES / "xml" / "tesseract-2col.alto.xml")
    alto = dataclasses.replace(alto, reading_order=tuple(b.id for b in alto.blocks))
    data = page_xml_bytes(alto)
    _valid(data)
    page = read_page_xml(data, name="t.xml")
    _same_text_and_boxes(alto, page)
    again = read_alto(alto_bytes(page), name="t.alto.xml")
    assert alto_errors(alto_bytes(page)) == []
    _same_text_and_boxes(page, again)


@needs_corpus
def test_nzz_page_to_alto_and_back_keeps_text_and_boxes() -> None:
    src = read_page_xml(CORPUS / "nzz" / "nzz_18141004_0_0_a1_p1_1.xml")
    data = alto_bytes(src)
    assert alto_errors(data) == []
    alto = read_alto(data, name="x.alto.xml")
    _same_text_and_boxes(src, alto)
    back = read_page_xml(page_xml_bytes(alto), name="x.xml")
    _same_text_and_boxes(src, back)


@needs_corpus
def test_diff_reads_page_in_its_reading_order(tmp_path: Path) -> None:
    truth = CORPUS / "nzz" / "nzz_18141004_0_0_a1_p1_1.xml"
    out = tmp_path / "out"
    assert main(["process", str(truth), "-o", str(out), "-q", "--format", "page",
                 "--order", "keep", "--no-correct"]) == 0
    written = out / f"{truth.stem}.page.xml"
    report = diff_paths(truth, written)
    assert report.pages[0].counts.char_edits == 0
    # against the text in the file's order, not element order
    shuffled = read_page_xml(truth)
    shuffled = dataclasses.replace(shuffled, reading_order=shuffled.reading_order[::-1])
    (tmp_path / "rev").mkdir()
    (tmp_path / "rev" / truth.name).write_bytes(page_xml_bytes(shuffled))
    worse = diff_paths(truth, tmp_path / "rev" / truth.name)
    assert worse.pages[0].counts.char_edits > 0
    assert compare("a", "a").char_edits == 0


@needs_corpus
def test_vendored_2013_schema_finds_what_the_reader_repairs() -> None:
    """Three NZZ files are valid PAGE 2013; the 1780 one has a negative coordinate."""
    invalid = {p.stem for p in NZZ
               if schema_errors(p.read_bytes(), page_schema("2013-07-15"))}
    assert invalid == {"nzz_17800719_0_0_a1_p1_1"}
    assert read_page_xml(NZZ[0]).blocks  # read all the same


@needs_corpus
def test_abbyy_alto_of_a_real_page_to_page_xml_and_back() -> None:
    """LoC's ABBYY ALTO (CCS namespace, inch1200, HYP, CC confidences) keeps every word."""
    alto = read_alto(CORPUS / "chronam" / "ocr.xml")
    data = page_xml_bytes(alto)
    _valid(data)
    page = read_page_xml(data, name="ocr.xml")
    _same_text_and_boxes(alto, page)
    confs = [w.confidence for b in page.blocks for ln in b.lines for w in ln.words]
    assert confs == [w.confidence for b in alto.blocks for ln in b.lines for w in ln.words]
    again = read_alto(alto_bytes(page), name="ocr.alto.xml")
    _same_text_and_boxes(page, again)


@needs_corpus
def test_without_a_reading_order_element_the_regions_custom_indexes_order_them() -> None:
    path = CORPUS / "nzz" / "nzz_18141004_0_0_a1_p1_1.xml"
    data = path.read_bytes()
    start, end = data.index(b"<ReadingOrder>"), data.index(b"</ReadingOrder>") + 15
    page = read_page_xml(data[:start] + data[end:], name=path.name)
    own = read_page_xml(path).reading_order
    assert tuple(i for i in page.reading_order if i in set(own)) == own


@pytest.mark.parametrize("schema", ["2010-03-19", "2019-07-15"])
def test_numbers_too_large_for_a_coordinate_are_read_as_missing(schema: str) -> None:
    """``inf`` and ``1e999`` parse as floats but are no pixel count: a page size, a
    point or a TextEquiv index that says so is read as missing, as text that is no
    number is, instead of failing the page with an internal error."""
    if schema.startswith("2010"):
        coords = '<Coords><Point x="inf" y="0"/><Point x="10" y="1e999"/></Coords>'
    else:
        coords = '<Coords points="0,0 10,0 10,10 0,10"/>'
    data = f"""<?xml version="1.0" encoding="UTF-8"?>
<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/{schema}">
  <Page imageFilename="x.png" imageWidth="inf" imageHeight="1e999">
    <TextRegion id="r1">{coords}
      <TextLine id="l1">{coords}
        <TextEquiv index="inf"><Unicode>hello world</Unicode></TextEquiv>
      </TextLine>
    </TextRegion>
  </Page>
</PcGts>""".encode()
    page = read_page_xml(data)
    assert page.size is None
    assert [b.text for b in page.blocks] == ["hello world"]


# -- the streamed writer ------------------------------------------------------------------


def _lxml_pretty(data: bytes) -> bytes:
    """What lxml's pretty printer writes for the document in ``data``, its indentation
    dropped first (so the writer's own white space is checked too)."""
    parser = etree.XMLParser(remove_blank_text=True, resolve_entities=False, no_network=True)
    body = etree.tostring(etree.fromstring(data, parser), encoding="UTF-8", pretty_print=True)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + body


def test_streamed_page_xml_is_the_lxml_tree_bytes() -> None:
    """The writer streams (a 10 MB text page's tree is gigabytes), and writes what lxml's
    pretty printer wrote for the tree: runs of one article broken by another and by a
    block of none (continuation), photo items, corrected words, pictures and rules,
    markup, quotes, control characters and carriage returns, step parameters."""
    def line(text: str, y: int, fix: str | None = None) -> Line:
        words = tuple(Word(w, Box(10 * i, y, 9, 9), 0.5, original=fix and f"{w}{fix}")
                      for i, w in enumerate(text.split()))
        return Line(words, Box(0, y, 100, 9))

    blocks = (
        Block("h1", BlockKind.HEADLINE, (line('Fire & "smoke" <now>', 0),), Box(0, 0, 100, 9)),
        Block("b1", BlockKind.BODY, (line("one\x01 two\rthree", 10, "x"), line("four", 20))),
        Block("h2", BlockKind.HEADLINE, (line("Other", 30),), font_size=12.5),
        Block("b2", BlockKind.BODY, (line("five 漢字", 40),)),
        Block("f", BlockKind.FURNITURE, (line("3", 90),), Box(0, 90, 10, 9)),
        Block("p", BlockKind.ILLUSTRATION, (), Box(0, 50, 50, 30)),
        Block("c", BlockKind.CAPTION, (line("Pier 7.", 85),)),
        Block("r", BlockKind.RULE, ()),
        Block("b3", BlockKind.BODY, (line("six", 60),)),
    )
    page = Page("p<1>", SRC, "en", (100, 100), blocks,
                reading_order=("h1", "b1", "h2", "b3", "f", "b2", "p", "c", "r"),
                articles=(ocr.model.Article("a1", ('Fire & "smoke"',),
                                            block_ids=("h1", "b1", "b2")),
                          ocr.model.Article("a{2}", (), block_ids=("h2", "b3"))),
                photos=(ocr.model.Photo("ph;1", caption="Pier\n7.", block_ids=("p", "c")),),
                steps=(ocr.model.Step("newsocr", "0.1", "assemble", (("k&", 'v"\t'),)),
                       ocr.model.Step("tesseract", "5", "")))
    data = page_xml_bytes(page)
    _valid(data)
    assert data == _lxml_pretty(data)
    assert b'continuation="true"' in data
    empty = Page("e", SRC, "zh")
    written = page_xml_bytes(empty)  # once: its Created stamp is the clock's second
    assert written == _lxml_pretty(written)


@pytest.mark.parametrize("path", sorted((FIXTURES / "text").glob("*.txt")), ids=lambda p: p.stem)
def test_streamed_page_xml_of_fixture_pages_is_the_lxml_tree_bytes(path: Path) -> None:
    data = page_xml_bytes(ocr.process(path))
    assert data == _lxml_pretty(data)


def test_line_and_word_ids_taken_as_made_are_the_ids_claiming_gives(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Lines' and words' ids are not remembered when no other id looks like one (a 10 MB
    page's 2 million word ids were a 200 MB set): the same bytes as claiming each. Region
    ids that do look like one (``b_l1``) make the writer claim them, and every id stays
    unique."""
    def block(bid: str, *lines: str) -> Block:
        return Block(bid, BlockKind.BODY, tuple(
            Line(tuple(Word(w) for w in ln.split())) for ln in lines))

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")  # the same Created stamp both times
    plain = ocr.process(FIXTURES / "text" / "en-herald.txt")
    hostile = Page("p", SRC, "en", None, (block("b", "one two", "three"),
                                          block("b_l1", "four five"),
                                          block("b_l1_w2", "six")))
    for page in (plain, hostile):
        data = page_xml_bytes(page)
        _valid(data)
        ids = [el.get("id") for el in etree.fromstring(data).iter() if el.get("id")]
        assert len(ids) == len(set(ids))
        with monkeypatch.context() as m:
            m.setattr("ocr.writers.page._generated_ids", lambda ids: ids.claim)
            assert page_xml_bytes(page) == data


def test_a_control_character_in_the_version_leaves_page_xml_valid() -> None:
    """Every text the PAGE writer takes from the page is made XML-safe, the creator's
    version too (a control character there made the file not well-formed)."""
    line = Line((Word("Text", Box(0, 0, 9, 9)),), Box(0, 0, 9, 9))
    page = Page("p", SRC, "en", (100, 100), (Block("b", BlockKind.BODY, (line,)),),
                steps=(ocr.model.Step("newsocr", "0.1\x01", "assemble"),))
    _valid(page_xml_bytes(page))
