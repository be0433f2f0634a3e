"""Every text assembly writes (paragraphs, headlines, kickers, subheadlines, photo titles
and captions) carries the spans of the words it was read from, from its first character
to its last, on every kind of input; and after correction the spans still spell their
words (STYLE 16: text keeps its origin)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FIXTURES

import ocr
from ocr.assemble import assemble
from ocr.classify import classify
from ocr.model import Article, CorrectionField, Page, Photo
from ocr.order import order
from ocr.script import HYPHENS

PAGES = [
    *sorted((FIXTURES / "text").glob("*.txt")),
    FIXTURES / "xml" / "tesseract-2col.alto.xml",
    FIXTURES / "xml" / "tesseract-2col.hocr",
]


def _texts(item: Article | Photo) -> list[tuple[CorrectionField, int]]:
    if isinstance(item, Photo):
        return [(f, 0) for f in ("title", "caption") if item.text_of(f)]
    return [*(("paragraph", i) for i in range(len(item.paragraphs))),
            *(("headline", i) for i in range(len(item.headlines))),
            *((f, 0) for f in ("kicker", "subheadline") if item.text_of(f))]


def _check(page: Page) -> int:
    words = {(b.id, li, wi): w for b in page.blocks for li, ln in enumerate(b.lines)
             for wi, w in enumerate(ln.words)}
    items: list[Article | Photo] = [*page.articles, *page.photos]
    n = 0
    for item in items:
        for which, index in _texts(item):
            text, spans = item.text_of(which, index) or "", item.spans_of(which, index)
            assert spans and (spans[0].start, spans[-1].end) == (0, len(text)), (which, text)
            for s in spans:
                word = words[(s.block, s.line, s.word)].text[s.offset :]
                got = text[s.start : s.end]
                assert got == word or (got == word[:-1] and word[-1] in HYPHENS), (got, word)
            n += 1
    return n


@pytest.mark.parametrize("path", PAGES, ids=[p.name for p in PAGES])
def test_every_text_is_spanned_whole_before_and_after_correction(path: Path) -> None:
    assert _check(_assembled(path)) > 0
    _check(ocr.process(path))


def _assembled(path: Path) -> Page:
    """The page assembled, not corrected: the stages as a caller runs them one by one."""
    return ocr.process(path, stages=(classify, order, assemble))


def test_without_correction_the_pipeline_finds_no_spans_and_the_same_articles() -> None:
    """``process(correct=False)`` skips the word spans (only correction reads them: about
    half of assembly's time) and nothing else."""
    path = FIXTURES / "text" / "en-herald.txt"
    plain, spanned = ocr.process(path, correct=False), _assembled(path)
    assert plain.articles == spanned.articles and plain.photos == spanned.photos
    assert not any(s.words for a in plain.articles for s in a.spans)
    assert any(s.words for a in spanned.articles for s in a.spans)


def test_a_byline_cut_off_in_mid_word_leaves_the_rest_of_the_word_spanned() -> None:
    """Chinese text input reads a line as one word: 本报讯 cut off the first paragraph
    leaves that word's rest in it (``WordSpan.offset``)."""
    page = _assembled(FIXTURES / "text" / "zh-taicang.txt")
    offsets = [s.words[0].offset for a in page.articles for s in a.spans
               if s.field == "paragraph" and s.index == 0]
    assert any(offsets) and _check(page)
