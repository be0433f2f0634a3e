"""--order keep|rebuild|auto: another engine's reading order is evidence, weighed by geometry."""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path

import pytest
from conftest import CORPUS, needs_corpus

import ocr
from ocr.classify import classify
from ocr.engine_order import choose_order, conflicts, merge, must_precede
from ocr.model import Block, BlockKind, Box, Line, Page, Source, Word
from ocr.order import order
from ocr.qa import compare
from ocr.readers.alto import read_alto
from ocr.readers.page import read_page_xml
from ocr.writers.alto import alto_bytes

NZZ = sorted((CORPUS / "nzz").glob("*.xml"))


def _text(page: Page, ids: tuple[str, ...]) -> str:
    by_id = {b.id: b for b in page.blocks}
    return "\n\n".join(by_id[i].text for i in ids if by_id[i].text.strip())


def _cer(ref: str, hyp: str) -> float:
    c = compare(ref, hyp)
    return c.char_edits / max(1, c.ref_chars)


def _naive(page: Page) -> tuple[str, ...]:
    return tuple(b.id for b in sorted(page.blocks, key=lambda b: (b.box.y, b.box.x)))


def _named(order: tuple[str, ...], named: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(i for i in order if i in set(named))


def _given(page: Page, ids: tuple[str, ...]) -> Page:
    return dataclasses.replace(page, reading_order=ids)


def _block(bid: str, box: Box, kind: BlockKind = BlockKind.BODY) -> Block:
    return Block(bid, kind, (Line((Word(bid),), box),), box)


@needs_corpus
@pytest.mark.parametrize("path", NZZ, ids=lambda p: p.stem)
def test_keep_gives_the_files_order_back_exactly(path: Path) -> None:
    page = ocr.process(path, order_mode="keep", correct=False)
    truth = read_page_xml(path).reading_order
    assert _named(page.reading_order, truth) == truth
    assert set(page.reading_order) == {b.id for b in page.blocks}  # rules, pictures placed too


@needs_corpus
@pytest.mark.parametrize("path", NZZ, ids=lambda p: p.stem)
def test_auto_is_no_worse_than_the_input_order(path: Path) -> None:
    page = classify(read_page_xml(path))
    truth = page.reading_order
    ref = _text(page, truth)
    after = _cer(ref, _text(page, order(_given(page, truth), "auto").reading_order))
    assert after == 0.0  # a true order is kept as it is
    assert _named(order(_given(page, truth), "auto").reading_order, truth) == truth
    naive = order(_given(page, _naive(page)), "auto").reading_order
    kept, rebuilt = (order(_given(page, _naive(page)), m).reading_order
                     for m in ("keep", "rebuild"))
    assert naive in (kept, rebuilt)


@needs_corpus
def test_auto_improves_a_naive_top_down_order_on_the_whole() -> None:
    before = after = 0.0
    for path in NZZ:
        page = classify(read_page_xml(path))
        ref = _text(page, page.reading_order)
        before += _cer(ref, _text(page, _naive(page)))
        after += _cer(ref, _text(page, order(_given(page, _naive(page)), "auto").reading_order))
    assert after < before


@needs_corpus
@pytest.mark.parametrize("path", NZZ, ids=lambda p: p.stem)
def test_a_shuffled_order_is_refuted_and_rebuilt(path: Path) -> None:
    page = classify(read_page_xml(path))
    ids = list(page.reading_order)
    random.Random(7).shuffle(ids)
    shuffled = _given(page, tuple(ids))
    rebuilt = order(shuffled, "rebuild").reading_order
    assert order(shuffled, "auto").reading_order == rebuilt
    assert rebuilt == order(_given(page, ()), "rebuild").reading_order  # input ignored


@needs_corpus
def test_alto_with_the_true_order_is_not_the_alto_with_a_naive_one() -> None:
    """Issue 10, kind 9: the engine's true order used to be thrown away."""
    page = classify(read_page_xml(CORPUS / "nzz" / "nzz_18141004_0_0_a1_p1_1.xml"))
    truth = page.reading_order
    ref = _text(page, truth)
    results = {}
    for name, given in (("truth", truth), ("naive", _naive(page))):
        alto = read_alto(alto_bytes(_given(page, given)), name="p.alto.xml")
        results[name] = _cer(ref, _text(alto, order(classify(alto), "auto").reading_order))
        # without a ReadingOrder element the block order is the evidence
        data = alto_bytes(_given(page, given))
        start, end = data.index(b"<ReadingOrder>"), data.index(b"</ReadingOrder>") + 15
        bare = read_alto(data[:start] + data[end:], name="p.alto.xml")
        assert bare.reading_order == ()
        blocks = _cer(ref, _text(bare, order(classify(bare), "auto").reading_order))
        assert blocks == results[name]
    assert results["truth"] == 0.0 < results["naive"]


def test_must_precede_is_column_then_row() -> None:
    top, below = Box(0, 0, 100, 50), Box(0, 60, 100, 50)
    left, right = Box(0, 0, 100, 200), Box(120, 50, 100, 50)
    assert must_precede(top, below) and not must_precede(below, top)
    assert must_precede(left, right) and not must_precede(right, left)
    assert not must_precede(Box(0, 0, 10, 10), Box(500, 500, 10, 10))  # neither


def test_merge_puts_unnamed_blocks_after_their_rebuilt_predecessor() -> None:
    assert merge(("b", "a"), ("a", "x", "b", "y")) == ("b", "y", "a", "x")
    assert merge(("c",), ("z", "c")) == ("z", "c")


def test_auto_moves_a_spanning_headline_before_the_columns_under_it() -> None:
    head = _block("h", Box(0, 0, 400, 40), BlockKind.HEADLINE)
    c1 = _block("c1", Box(0, 50, 190, 300))
    c2 = _block("c2", Box(210, 50, 190, 300))
    src = Source("p.xml", "0" * 64, "page")
    page = Page("p", src, "en", (400, 400), (head, c1, c2), reading_order=("c1", "h", "c2"))
    assert order(page, "auto").reading_order == ("h", "c1", "c2")
    assert order(page, "keep").reading_order == ("c1", "h", "c2")


def test_only_other_engines_files_carry_evidence() -> None:
    a, b = _block("a", Box(0, 0, 100, 50)), _block("b", Box(0, 100, 100, 50))
    for kind, expected in (("image", ("a", "b")), ("page", ("b", "a"))):
        page = Page("p", Source("x", "0" * 64, kind), "en", None, (a, b), reading_order=("b", "a"))
        assert choose_order(page, ("a", "b"), "keep") == expected
    assert conflicts([b, a]) == (1, 1)
    with pytest.raises(ValueError, match="unknown order mode"):
        choose_order(page, ("a", "b"), "sideways")  # type: ignore[arg-type]


def test_cli_order_flag_is_a_closed_set(capsys: pytest.CaptureFixture[str]) -> None:
    from ocr.cli import main

    with pytest.raises(SystemExit) as exc:
        main(["process", "x.txt", "-o", "out", "--order", "sideways"])
    assert exc.value.code == 2
    assert "keep" in capsys.readouterr().err


@needs_corpus
def test_batch_passes_order_on_and_a_new_order_redoes_the_page(tmp_path: Path) -> None:
    import json

    from ocr.cli import main

    src = tmp_path / "in"
    src.mkdir()
    path = CORPUS / "nzz" / "nzz_18141004_0_0_a1_p1_1.xml"
    (src / "p1.xml").write_bytes(path.read_bytes())
    out = tmp_path / "out"
    truth = read_page_xml(path).reading_order
    args = ["batch", str(src), "-o", str(out), "-j", "1", "-q", "--format", "json"]
    assert main([*args, "--order", "rebuild"]) == 0
    rebuilt = tuple(json.loads((out / "p1.json").read_text())["reading_order"])
    assert main([*args, "--order", "keep"]) == 0  # not skipped: the order is a setting
    kept = tuple(json.loads((out / "p1.json").read_text())["reading_order"])
    assert _named(kept, truth) == truth != _named(rebuilt, truth)


def test_all_pairs_at_once_agree_with_the_pairwise_rule() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    box = st.builds(Box, st.integers(0, 500), st.integers(0, 500), st.integers(0, 200),
                    st.integers(0, 200))

    @settings(max_examples=200, deadline=None)
    @given(st.lists(box, min_size=0, max_size=12))
    def check(boxes: list[Box]) -> None:
        blocks = [_block(f"b{i}", b) for i, b in enumerate(boxes)]
        broken = rules = 0
        for i, a in enumerate(boxes):
            for b in boxes[i + 1:]:
                broken += must_precede(b, a)
                rules += must_precede(b, a) or must_precede(a, b)
        assert conflicts(blocks) == (broken, rules)

    check()
