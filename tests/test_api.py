"""The public library API: what README shows works as shown."""

from __future__ import annotations

from pathlib import Path

from conftest import FIXTURES

import ocr

PAGE = FIXTURES / "text" / "en-herald.txt"


def test_process_accepts_a_path_bytes_or_text() -> None:
    by_path = ocr.process(PAGE, correct=False)
    by_bytes = ocr.process(PAGE.read_bytes(), correct=False)
    by_text = ocr.process(PAGE.read_bytes().decode("utf-8-sig"), correct=False)
    assert by_path.articles == by_bytes.articles == by_text.articles
    assert by_path.articles[0].headlines[0] == "CITY BUDGET DEAL REACHED"


def test_text_on_one_line_is_text_whatever_its_length() -> None:
    """A page's text given as a ``str`` of one line (a paragraph a line, joined) is read
    as text: past a file name's length, asking whether it names a file raised OSError."""
    one_line = " ".join(PAGE.read_text(encoding="utf-8-sig").split())
    assert len(one_line.encode()) > 255
    page = ocr.process(one_line, lang="en", correct=False)
    assert "council" in " ".join(p for a in page.articles for p in a.paragraphs).lower()
    assert ocr.process(one_line[:300], lang="en", correct=False).articles


def test_stages_are_functions_a_caller_can_replace() -> None:
    def my_pipeline(page: ocr.Page) -> ocr.Page:
        return ocr.assemble(ocr.order(ocr.classify(page)))

    page = ocr.process(PAGE, stages=[my_pipeline])
    assert page.articles and not page.corrections
    corrected = ocr.correct(page)
    assert isinstance(corrected, ocr.Page)


def test_writers_and_readers_are_reachable_from_the_package(tmp_path: Path) -> None:
    page = ocr.process(PAGE, correct=False)
    written = ocr.write_page(page, tmp_path / "herald")
    assert sorted(p.name for p in written) == [
        "herald.alto.xml", "herald.json", "herald.txt"]
    again = ocr.read_alto(tmp_path / "herald.alto.xml")
    assert [b.text for b in again.blocks] == [b.text for b in page.blocks]


def test_provenance_names_the_stages_that_ran() -> None:
    """The newsocr processing step says which stages ran, the caller's own included."""
    import ocr

    def drop_orphans(page: ocr.Page) -> ocr.Page:
        import dataclasses

        return dataclasses.replace(page, orphans=())

    text = "Town hall votes\n\nThe council met on Monday and voted.\n"
    default = ocr.process(text)
    assert default.steps[-1].action == "classify, order, assemble, correct"
    own = ocr.process(text, stages=[ocr.classify, ocr.order, drop_orphans])
    assert own.steps[-1].action == "classify, order, drop_orphans"
    assert ocr.process(text, correct=False).steps[-1].action == "classify, order, assemble"


def test_encoding_reaches_every_way_of_reading(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """``encoding`` forces the codec for process_pages, iter_pages and read_pages alike."""
    import ocr
    from ocr.pipeline import iter_pages

    text = "臺北市政府今日宣布新的交通計畫。\n\n市民對這項計畫的反應相當熱烈，許多人表示支持。\n"
    path = tmp_path / "big5.txt"
    path.write_bytes(text.encode("big5"))
    for pages in (ocr.process_pages(path, encoding="big5", correct=False),
                  list(iter_pages(path, encoding="big5", correct=False)),
                  ocr.read_pages(path, encoding="big5")):
        got = "".join(b.text for b in pages[0].blocks)
        assert "臺北市政府" in got and "熱烈" in got
