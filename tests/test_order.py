"""Reading order: text pages keep their order; scanned pages read zone by zone, column by column."""

from __future__ import annotations

from ocr.model import Block, BlockKind, Box, Line, Page, Source, Word
from ocr.order import order

SRC = Source(path=None, sha256="0" * 64, kind="text")


def _block(i: str, kind: BlockKind = BlockKind.BODY, box: Box | None = None) -> Block:
    return Block(id=i, kind=kind, lines=(Line(words=(Word(i),)),), box=box)


def test_page_without_geometry_keeps_given_order() -> None:
    ids = ["b3", "b1", "b2", "h0"]
    page = Page(id="p", source=SRC, lang="en", blocks=tuple(_block(i) for i in ids))
    assert order(page).reading_order == tuple(ids)


def test_empty_page_has_empty_order() -> None:
    assert order(Page(id="p", source=SRC, lang="en")).reading_order == ()


def test_spanning_headline_precedes_its_columns_then_next_zone() -> None:
    # Zone 1: headline across two columns, two body columns under it.
    # Zone 2: a full-width rule, then three columns.
    boxes = {
        "body_b": Box(520, 200, 400, 500),
        "head": Box(100, 100, 820, 60),
        "body_a": Box(100, 200, 400, 500),
        "rule": Box(100, 720, 820, 4),
        "c3": Box(720, 740, 200, 300),
        "c1": Box(100, 740, 200, 300),
        "c2": Box(410, 740, 200, 300),
        "kicker": Box(100, 60, 400, 30),
    }
    page = Page(
        id="p",
        source=SRC,
        lang="en",
        blocks=tuple(_block(k, box=v) for k, v in boxes.items()),
    )
    assert order(page).reading_order == (
        "kicker",
        "head",
        "body_a",
        "body_b",
        "rule",
        "c1",
        "c2",
        "c3",
    )
