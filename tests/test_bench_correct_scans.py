"""``bench correct-scans``: the scan path's reading is cached with what correction needs (word
spans and Tesseract's confidences), read back without reading the image again, and the
bench's two systems differ only in the confidences the corrector sees."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FIXTURES, assembled_scan

import ocr.pipeline
from ocr.correct import correct
from ocr.model import BODY, HEADLINE, Block, Box, Line, Page, Word
from scripts.bench.correct_scans import documents, read_page, without_confidence
from scripts.bench.scan_truth import devset_truth


@pytest.mark.integration
def test_a_cached_reading_carries_spans_and_confidences_and_is_not_read_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With ``process_pages(..., correct=False)`` the items carried no word spans: every
    correction stayed in the text, no word's confidence was asked, and the bench's two
    systems gave the same figures whatever the confidences."""
    image = FIXTURES / "images" / "en-5col-heavy.jpg"
    page = read_page(image, tmp_path, "c1")
    assert page is not None and page.articles
    for article in page.articles:
        for n, _ in enumerate(article.paragraphs):
            assert article.spans_of("paragraph", n)
    spanned = {(s.block, s.line, s.word) for a in page.articles for sp in a.spans for s in sp.words}
    words = {(b.id, i, k): w for b in page.blocks for i, ln in enumerate(b.lines)
             for k, w in enumerate(ln.words)}
    assert spanned and all(words[key].confidence is not None for key in spanned)

    def no_reading(*args: object, **kwargs: object) -> list[Page]:
        raise AssertionError("read again")

    monkeypatch.setattr(ocr.pipeline, "process_pages", no_reading)
    again = read_page(image, tmp_path, "c2", any_commit=True)  # another commit's, asked for
    assert again == page
    with pytest.raises(AssertionError, match="read again"):  # not unasked
        read_page(image, tmp_path, "c2")
    assert read_page(FIXTURES / "images" / "en-4col-grey16.png", tmp_path, "c1",
                     read_only=True) is None
    truth = devset_truth(image.with_suffix(".truth.json"))[0]
    docs = list(documents(image.stem, truth, page, correct(page)))
    assert docs and all(doc.truth in truth.body_text for doc, _ in docs)


def _confident_page() -> Page:
    """``Tbe`` read unsure (0.52) and ``tho`` at 0.95, above ``max_confidence``: a real word,
    which only context would change, and the engine's certainty vetoes that."""
    def line(y: int, *words: tuple[str, float]) -> Line:
        return Line(tuple(Word(t, Box(10 + 60 * n, y, 50, 20), c)
                          for n, (t, c) in enumerate(words)), Box(10, y, 400, 20))

    head = Block("b1", HEADLINE, (line(10, ("Council", 0.96), ("Votes", 0.95)),),
                 Box(10, 10, 400, 20))
    body = Block("b2", BODY, (
        line(50, ("Tbe", 0.52), ("library", 0.97), ("opened", 0.93), ("in", 0.98)),
        line(80, ("tho", 0.95), ("city", 0.97), ("centre", 0.91), ("today.", 0.93)),
    ), Box(10, 50, 400, 50))
    return assembled_scan([head, body])


def test_without_confidence_lets_the_corrector_change_what_the_engine_was_sure_of() -> None:
    page = _confident_page()
    plain = without_confidence(page)
    assert all(w.confidence is None for b in plain.blocks for ln in b.lines for w in ln.words)
    assert plain.articles == page.articles
    sure = [(c.original, c.corrected) for c in correct(page).corrections]
    blind = [(c.original, c.corrected) for c in correct(plain).corrections]
    assert ("tho", "the") in blind and ("tho", "the") not in sure
    assert ("Tbe", "The") in sure
