"""Paragraphs carry the word spans they were read from, and a correction lands on the words
those spans name: never on another occurrence of the same token, and joins and splits of
words reach the ALTO Strings (with the OCR reading as ``ALTERNATIVE``) as single-word
fixes do."""

from __future__ import annotations

from pathlib import Path

from conftest import ALTO_XSD, CORPUS, FIXTURES, needs_corpus
from conftest import scanned_line as _line
from lxml import etree

import ocr
from ocr.correct import correct
from ocr.model import Article, Block, BlockKind, Box, Page, Photo, Source
from ocr.script import HYPHENS
from ocr.writers.alto import alto_bytes


def _page(*lines: list[tuple[str, float | None]]) -> Page:
    """A scanned page as recognition leaves it: one headline, one body block, assembled."""
    head = Block("b1", BlockKind.HEADLINE, (_line([("MARKETS", 0.97)], 10),), Box(10, 10, 84, 20))
    body_lines = tuple(_line(ws, 50 + 30 * n) for n, ws in enumerate(lines))
    box = Box.enclosing([ln.box for ln in body_lines if ln.box])
    body = Block("b2", BlockKind.BODY, body_lines, box)
    page = Page("p1", Source(None, "0" * 64, "image"), "en", size=(800, 600),
                blocks=(head, body), reading_order=("b1", "b2"))
    return ocr.assemble(page)


def _words(page: Page) -> list[tuple[str, str | None]]:
    return [(w.text, w.original) for line in page.block("b2").lines for w in line.words]


def _spans_spell_their_words(page: Page) -> None:
    words = {(b.id, li, wi): w for b in page.blocks for li, ln in enumerate(b.lines)
             for wi, w in enumerate(ln.words)}
    items: list[Article | Photo] = [*page.articles, *page.photos]
    for item in items:
        for spans in item.spans:
            text = item.text_of(spans.field, spans.index)
            assert text is not None
            for s in spans.words:
                word = words[(s.block, s.line, s.word)].text[s.offset:]
                got = text[s.start:s.end]
                assert got == word or (got == word[:-1] and word[-1] in HYPHENS), (got, word)


def _alto(page: Page) -> etree._Element:
    """The page's ALTO, valid against the vendored ALTO 4.4 schema."""
    xml = alto_bytes(page)
    doc = etree.parse(str(ALTO_XSD))
    for imp in doc.getroot().iter("{http://www.w3.org/2001/XMLSchema}import"):
        imp.set("schemaLocation", (ALTO_XSD.parent / "xlink.xsd").as_uri())
    schema = etree.XMLSchema(doc)
    root = etree.fromstring(xml)
    assert schema.validate(root), schema.error_log.last_error
    return root


def _strings(root: etree._Element) -> list[tuple[str, str | None, str | None]]:
    """(CONTENT, ALTERNATIVE, SUBS_CONTENT) of each String, in order."""
    out = []
    for s in root.iter("{*}String"):
        alt = next((a.text for a in s if etree.QName(a).localname == "ALTERNATIVE"), None)
        out.append((s.get("CONTENT", ""), alt, s.get("SUBS_CONTENT")))
    return out


def test_assembled_paragraphs_carry_the_spans_of_their_words() -> None:
    page = _page([("Flour,", 0.9), ("the", 0.9), ("best,", 0.9), ("30s.", 0.9), ("The", 0.9)],
                 [("news-", 0.9)], [("paper", 0.9), ("is", 0.9), ("dear.", 0.9)])
    article = page.articles[0]
    assert article.paragraphs == ("Flour, the best, 30s. The newspaper is dear.",)
    spans = article.spans_of("paragraph", 0)
    assert [(s.line, s.word) for s in spans] == [(0, k) for k in range(5)] + [
        (1, 0), (2, 0), (2, 1), (2, 2)]
    news, paper = spans[5], spans[6]
    assert article.paragraphs[0][news.start : news.end] == "news"  # the hyphen was dropped
    assert (news.end, article.paragraphs[0][paper.start : paper.end]) == (paper.start, "paper")
    assert [(s.block, s.start, s.end) for s in article.spans_of("headline", 0)] == [("b1", 0, 7)]
    _spans_spell_their_words(page)


def test_a_repeated_token_is_fixed_in_the_word_it_was_read_from() -> None:
    """``tho`` three times with the same surroundings: the engine was sure of the first
    two (the correction is vetoed there) and unsure of the third. The fix must land on
    the third word. (Searching the words for the token, as correction once did, found
    the second occurrence, whose confidence then vetoed the fix.)"""
    page = correct(_page(
        [("Flour,", 0.97), ("tho", 0.99), ("best,", 0.97), ("30s.", 0.97)],
        [("Flour,", 0.97), ("tho", 0.99), ("best,", 0.97), ("30s.", 0.97)],
        [("Flour,", 0.97), ("tho", 0.40), ("best,", 0.97), ("30s.", 0.97)],
    ))
    assert page.articles[0].paragraphs == (
        "Flour, tho best, 30s. Flour, tho best, 30s. Flour, the best, 30s.",)
    assert [w for w in _words(page) if w[0] in ("tho", "the")] == [
        ("tho", None), ("tho", None), ("the", "tho")]
    (c,) = page.corrections
    assert (c.original, c.corrected, c.offset) == ("tho", "the", 51)
    _spans_spell_their_words(page)
    assert [s for s in _strings(_alto(page)) if s[0] in ("tho", "the")] == [
        ("tho", None, None), ("tho", None, None), ("the", "tho", None)]


def test_every_occurrence_of_a_token_is_fixed_in_its_own_word() -> None:
    page = correct(_page(
        [("Flour,", None), ("tbe", None), ("best,", None), ("30s.", None)],
        [("Flour,", None), ("tbe", None), ("best,", None), ("30s.", None)],
        [("Flour,", None), ("tbe", None), ("best,", None), ("30s.", None)],
    ))
    assert [w for w in _words(page) if w[0] in ("tbe", "the")] == [("the", "tbe")] * 3
    _spans_spell_their_words(page)


def test_a_word_split_on_a_line_is_joined_into_one_string() -> None:
    page = correct(_page([("The", None), ("con", 0.6), ("stitution", 0.7), ("was", None),
                          ("read.", None)]))
    assert page.articles[0].paragraphs == ("The constitution was read.",)
    (c,) = page.corrections
    assert (c.original, c.corrected) == ("con stitution", "constitution")
    words = page.block("b2").lines[0].words
    assert [(w.text, w.original) for w in words] == [
        ("The", None), ("constitution", "con stitution"), ("was", None), ("read.", None)]
    assert words[1].box == Box(10 + 36 + 8, 50, 36 + 8 + 108, 20) and words[1].confidence == 0.6
    _spans_spell_their_words(page)
    assert ("constitution", "con stitution", None) in _strings(_alto(page))


def test_a_word_split_at_a_line_end_gets_back_its_hyphen(tmp_path: Path) -> None:
    """``Gov`` / ``ernment`` with the hyphen lost: the halves stay on their lines, the
    first gets the hyphen back (ALTO HYP), both name the whole word (SUBS_CONTENT), and
    reading the ALTO back gives the corrected paragraph again."""
    page = correct(_page([("The", None), ("Gov", None)], [("ernment", None), ("met", None),
                                                          ("today.", None)]))
    assert page.articles[0].paragraphs == ("The Government met today.",)
    assert [(c.original, c.corrected) for c in page.corrections] == [("Gov ernment", "Government")]
    assert _words(page)[:3] == [("The", None), ("Gov-", "Gov"), ("ernment", None)]
    _spans_spell_their_words(page)
    root = _alto(page)
    strings = _strings(root)
    assert ("Gov", "Gov", "Government") in strings and ("ernment", None, "Government") in strings
    assert [h.get("CONTENT") for h in root.iter("{*}HYP")] == ["-"]
    (tmp_path / "p1.alto.xml").write_bytes(alto_bytes(page))
    again = ocr.process(tmp_path / "p1.alto.xml", correct=False)
    assert any("The Government met today." in p for a in again.articles for p in a.paragraphs)


def test_run_together_words_are_split_into_strings_that_keep_the_reading() -> None:
    page = correct(_page([("It", None), ("was", None), ("held", None), ("inthe", 0.5),
                          ("town", None), ("hall.", None)]))
    assert page.articles[0].paragraphs == ("It was held in the town hall.",)
    words = page.block("b2").lines[0].words
    assert [(w.text, w.original) for w in words[3:]] == [
        ("in", "inthe"), ("the", "inthe"), ("town", None), ("hall.", None)]
    x = 10 + 12 * len("Itwasheld") + 3 * 8  # where recognition put inthe, 60 px wide
    assert [words[3].box, words[4].box] == [Box(x, 50, 24, 20), Box(x + 24, 50, 36, 20)]
    assert {w.confidence for w in words[3:5]} == {0.5}
    _spans_spell_their_words(page)
    strings = _strings(_alto(page))
    assert ("in", "inthe", None) in strings and ("the", "inthe", None) in strings


@needs_corpus
def test_real_alto_texts_are_spanned_whole_and_every_fix_reaches_its_words() -> None:
    """Chronicling America's own ALTO (New-York Tribune, ABBYY with ``WC``): every text of
    every article is spanned from its first character to its last, each span still
    spells its word after correction, and every correction changed at least one word."""
    page = ocr.process(CORPUS / "chronam" / "ocr.xml", lang="en")
    assert page.corrections
    items: list[Article | Photo] = [*page.articles, *page.photos]
    for item in items:
        for which, n in [*(("paragraph", i) for i in range(len(getattr(item, "paragraphs", ())))),
                         *(("headline", i) for i in range(len(getattr(item, "headlines", ()))))]:
            text, spans = item.text_of(which, n), item.spans_of(which, n)
            assert text and spans and (spans[0].start, spans[-1].end) == (0, len(text))
    _spans_spell_their_words(page)
    changed = [w for b in page.blocks for ln in b.lines for w in ln.words if w.original]
    fixes = [c for c in page.corrections if c.corrected]
    assert len(changed) >= len(fixes)
    # a speck an engine read with a box stays: ALTO cannot show a String removed
    assert fixes == list(page.corrections)
    for c in fixes:  # the fix is in a word, or the join's first half got a hyphen
        assert any(c.corrected.split()[0] in w.text for w in changed) or any(
            w.original == c.original.split()[0] and w.text.endswith("-") for w in changed), c


def test_a_word_broken_at_a_line_end_and_misread_is_joined_and_mended() -> None:
    """``childi`` / ``en``: the halves join into ``children`` once the misread r is put
    back; each half keeps its line, the first its OCR reading and the hyphen."""
    page = correct(_page([("their", None), ("childi", None)], [("en", None), ("were", None),
                                                               ("present.", None)]))
    assert page.articles[0].paragraphs == ("their children were present.",)
    assert [(c.original, c.corrected) for c in page.corrections] == [("childi en", "children")]
    assert _words(page)[1:3] == [("childr-", "childi"), ("en", None)]
    _spans_spell_their_words(page)
    strings = _strings(_alto(page))
    assert ("childr", "childi", "children") in strings and ("en", None, "children") in strings


def test_spans_are_found_when_read_and_a_correction_finds_only_those_it_needs() -> None:
    """Assembly leaves each text's spans to be found (``LazySpans``): correction finds the
    spans of the texts it changes and of texts on lines whose words moved, and leaves the
    others unfound; found, they are the same spans however they are read, pickled or
    compared, and every one spells its word."""
    import pickle

    from ocr.model import LazySpans

    page = _page([("Flour", 0.9), ("is", 0.9), ("dear.", 0.9)],
                 [("The", 0.9), ("mcrchant", 0.3), ("sold", 0.9), ("it.", 0.9)])
    assemble_only = ocr.assemble(page)
    lazy = [s.words for a in assemble_only.articles for s in a.spans]
    assert lazy and all(isinstance(w, LazySpans) and w._spans is None for w in lazy)
    out = correct(page)
    assert out.corrections and out.corrections[0].corrected == "merchant"
    found = {(s.field, s.index) for a in out.articles for s in a.spans
             if not (isinstance(s.words, LazySpans) and s.words._spans is None)}
    fixed = {(c.field, c.paragraph) for c in out.corrections}
    assert fixed == found == {("paragraph", 1)}  # (the headline's and the first paragraph's
    # lines moved no word: their spans are left unfound)
    for words in lazy:
        found = tuple(words)
        assert words == found and found == words and hash(words) == hash(found)
        assert pickle.loads(pickle.dumps(words)) == found
        assert type(pickle.loads(pickle.dumps(words))) is tuple
    _spans_spell_their_words(out)


def test_spans_read_by_several_threads_at_once_are_the_same_for_each() -> None:
    """Spans not found yet, read by four threads together (a tracer makes them switch
    inside the finding): each thread, and the item afterwards, sees every span."""
    import sys
    import threading

    from ocr.pipeline import default_stages
    from ocr.profiles import load_profile

    text = (FIXTURES / "text" / "en-herald.txt").read_text(encoding="utf-8")
    stages = default_stages(load_profile(None))[:-1]  # (no correction: spans left unread)
    want = [len(s.words) for a in ocr.process(text, stages=stages).articles for s in a.spans]

    def tracer(frame, event, arg):  # type: ignore[no-untyped-def]
        return tracer if frame.f_code.co_name in ("_find", "spans") else None

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        for _ in range(6):
            lazies = [s.words for a in ocr.process(text, stages=stages).articles
                      for s in a.spans]
            start = threading.Barrier(4)
            seen: list[list[int]] = []

            def read(lazies: list = lazies, start: threading.Barrier = start,  # type: ignore[type-arg]
                     seen: list[list[int]] = seen) -> None:
                mine = []
                for spans in lazies:
                    start.wait()
                    mine.append(len(spans))
                seen.append(mine)

            threading.settrace(tracer)
            try:
                threads = [threading.Thread(target=read) for _ in range(4)]
                for t in threads:
                    t.start()
                for t in threads:
                    t.join()
            finally:
                threading.settrace(None)  # type: ignore[arg-type]
            assert seen == [want] * 4
            assert [len(spans) for spans in lazies] == want
    finally:
        sys.setswitchinterval(interval)
