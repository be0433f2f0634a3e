"""Scans end to end: every synthetic page's articles, headlines and photos against its truth.

The truth (fixtures/images/*.truth.json, written by scripts/fixtures/make_fixtures.py) says which
printed blocks make each article. A page's blocks are matched to the truth's by where they
sit, so these tests judge layout, reading order and assembly, not Tesseract's spelling.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest
from conftest import FIXTURES

import ocr
from ocr.model import BlockKind, Box, Page
from ocr.writers.alto import alto_bytes
from ocr.xmlsafe import alto_errors

IMAGES = FIXTURES / "images"
TRUTHS = sorted(IMAGES.glob("*.truth.json"))

pytestmark = pytest.mark.integration


@cache
def _pages(image: str) -> tuple[Page, ...]:
    return tuple(ocr.process_pages(IMAGES / image, correct=False))


def _page_and_truth(truth_path: Path) -> tuple[Page, dict]:
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    return _pages(truth["image"])[truth.get("frame", 0)], truth


def _overlap(a: Box, b: Box) -> float:
    inter = a.intersection(b)
    return inter.area / min(a.area, b.area) if inter and min(a.area, b.area) else 0.0


def _where(page: Page, box: list[int]) -> str | None:
    """The article (or photo) holding the page block that best covers a truth box."""
    target = Box(*box)
    best = max(
        (b for b in page.blocks if b.box is not None and b.lines),
        key=lambda b: _overlap(b.box, target),  # type: ignore[arg-type]
        default=None,
    )
    if best is None or _overlap(best.box, target) < 0.5:  # type: ignore[arg-type]
        return None
    for a in page.articles:
        if best.id in a.block_ids:
            return a.id
    return next((p.id for p in page.photos if best.id in p.block_ids), None)


@pytest.mark.parametrize("truth_path", TRUTHS, ids=[t.stem for t in TRUTHS])
def test_every_article_is_found_with_its_own_headline(truth_path: Path) -> None:
    page, truth = _page_and_truth(truth_path)
    blocks = {b["id"]: b for b in truth["blocks"]}
    assert len(page.articles) == len(truth["articles"])
    for art in truth["articles"]:
        kinds = {k: [blocks[i] for i in art["block_ids"] if blocks[i]["kind"] == k]
                 for k in ("headline", "kicker", "body")}
        body_homes = [_where(page, b["box"]) for b in kinds["body"]]
        home = max(set(body_homes), key=body_homes.count)
        assert home is not None and home.startswith("a"), art["id"]
        assert body_homes.count(home) == len(body_homes), f"{art['id']}: body split"
        for b in kinds["headline"] + kinds["kicker"]:
            assert _where(page, b["box"]) == home, f"{art['id']}: {b['text']!r} elsewhere"
        found = page.articles[int(home[1:]) - 1]
        if not art["headlines"]:
            assert not found.headlines, "given another's headline"
        if art["jump"]:
            assert found.jump is not None and found.jump.page == art["jump"]["page"]
            assert not any(art["jump"]["text"] in p for p in found.paragraphs)


@pytest.mark.parametrize("truth_path", TRUTHS, ids=[t.stem for t in TRUTHS])
def test_photos_are_items_of_their_own_and_pages_write_valid_alto(truth_path: Path) -> None:
    page, truth = _page_and_truth(truth_path)
    assert len(page.photos) == len(truth["photos"])
    assert all(p.caption for p in page.photos)
    caption_ids = {i for p in page.photos for i in p.block_ids}
    assert not any(set(a.block_ids) & caption_ids for a in page.articles)
    assert not any(b.kind is BlockKind.CAPTION and b.id not in caption_ids for b in page.blocks)
    assert alto_errors(alto_bytes(page)) == []
