"""Big text pages (issue 12, item 4). Pages whose lines are no newspaper's columns
(millions of one-letter lines, a paragraph per word) are read as running text, linear in
their words: every word is kept in order, the outputs stay valid, and the user is told.
The cyclic garbage collector rests while a page is processed, and only then."""

from __future__ import annotations

import gc
import json
from pathlib import Path

import pytest
from conftest import FIXTURES

import ocr
from ocr.model import Page
from ocr.pipeline import iter_pages
from ocr.readers.text import read_text
from ocr.readers.textcoarse import COARSE_LINES, COARSE_LONG, RUNNING_TEXT, degenerate
from ocr.readers.textdecode import decode
from ocr.writers import write_page
from ocr.xmlsafe import alto_errors, parse_xml

SHAPES = {
    "one-letter lines": "a\n" * (COARSE_LINES + 10),
    "a paragraph per word": "word.\n\n" * (COARSE_LINES + 10),
    "a paragraph per longer word": "wordsmith.\n\n" * (COARSE_LINES + 10),
    "paragraphs of two Chinese words": "市民\n前来\n\n" * (COARSE_LINES + 10),
    "one-character Chinese lines": "中\n文\n" * (COARSE_LINES // 2 + 10),
    "a page on one line": "a " * (3 * COARSE_LONG),
    "one endless word": "a" * (6 * COARSE_LONG),
}


@pytest.mark.parametrize("text", SHAPES.values(), ids=SHAPES.keys())
def test_degenerate_pages_keep_every_word_in_order_and_warn(text: str, tmp_path: Path) -> None:
    page = ocr.process(text, correct=False)
    assert any("no newspaper columns" in w for w in page.warnings)
    lines = [ln for b in page.blocks for ln in b.lines]
    assert len(lines) <= max(1, len(text.split()) / 4)  # rewrapped: far fewer objects
    assert [w.text for ln in lines for w in ln.words] == text.split()
    written = write_page(page, tmp_path / "p")
    alto = next(p for p in written if p.name.endswith(".alto.xml")).read_bytes()
    assert alto_errors(parse_xml(alto)) == []
    contents = [s.get("CONTENT") for s in parse_xml(alto).iter("{*}String")]
    assert contents == text.split()
    doc = json.loads(next(p for p in written if p.name.endswith(".json")).read_text())
    assert "".join("".join(a["paragraphs"]) for a in doc["articles"]).replace(" ", "") == (
        "".join(text.split()))


def test_a_page_at_the_bound_is_read_line_by_line() -> None:
    """Just under the bound, or long lines however many: the ordinary reflow."""
    assert degenerate("a\n" * (COARSE_LINES - 10)) is None
    assert degenerate("a long enough line of running text.\n" * (COARSE_LINES + 10)) is None
    assert degenerate("A page written on one line. " * 2000) is None  # 56 KB: read as it is
    # Paragraphs of a sentence, however many: read line by line.
    assert degenerate("A sentence of running text.\n\n" * (COARSE_LINES + 10)) is None
    assert degenerate("wordsmith.\n\n" * (COARSE_LINES - 10)) is None
    page = read_text("a\n" * (COARSE_LINES - 10))
    assert not page.warnings and len(page.blocks[0].lines) == COARSE_LINES - 10


@pytest.mark.parametrize("path", sorted((FIXTURES / "text").glob("*.txt")), ids=lambda p: p.name)
def test_newspaper_pages_are_not_degenerate(path: Path) -> None:
    text = decode(path.read_bytes())
    assert degenerate(text) is None and degenerate(text * 300) is None


def test_a_page_read_as_running_text_is_not_corrected_and_says_so(tmp_path: Path) -> None:
    """Dictionary correction and its word spans are skipped (they were most of the time
    and memory of such a page); the reading is recorded as a processing step."""
    text = "teh\n" * (COARSE_LINES + 10)
    page = ocr.process(text)
    assert page.corrections == () and all(not s.words for a in page.articles for s in a.spans)
    assert [w.text for b in page.blocks for ln in b.lines for w in ln.words] == text.split()
    assert RUNNING_TEXT in [s.action for s in page.steps]
    written = write_page(page, tmp_path / "p")
    alto = parse_xml(next(p for p in written if p.name.endswith(".alto.xml")).read_bytes())
    assert alto_errors(alto) == []
    described = [el.text for el in alto.iter("{*}processingStepDescription")]
    assert RUNNING_TEXT in described


def test_the_collector_rests_while_a_page_is_processed_and_only_then() -> None:
    """Paused for reading and the stages (the model is acyclic: the collector's passes
    were a quarter of a big page's time), running again while the caller has the page
    and after, and left off if the caller had turned it off."""
    seen: list[bool] = []

    def stage(page: Page) -> Page:
        seen.append(gc.isenabled())
        return page

    assert gc.isenabled()
    for _ in iter_pages("First page.\n", stages=[stage]):
        assert gc.isenabled()
    assert seen == [False] and gc.isenabled()
    gc.disable()
    try:
        list(iter_pages("First page.\n", stages=[stage]))
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_chinese_page_on_one_line_is_rewrapped_with_its_text_unchanged() -> None:
    """No spaces to cut at: the running text is cut between characters, which join
    without a space, so the lines read back as the page."""
    text = "本报讯今日全市气温回升，市民出行注意防晒。ABC公司2024年营收增长。" * (
        6 * COARSE_LONG // 30
    )
    page = ocr.process(text, correct=False)
    assert any("no newspaper columns" in w for w in page.warnings)
    lines = [ln for b in page.blocks for ln in b.lines]
    assert len(lines) > len(text) / 200
    assert max(len(ln.text) for ln in lines) < 200
    assert "".join(ln.text for ln in lines) == text
