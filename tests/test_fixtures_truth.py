"""The rendered fixture pages tell the truth: their truth files are consistent with
themselves and with the pixels, so the layout and bench figures measured against them mean
something."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from conftest import FIXTURES
from PIL import Image

from ocr.model import BlockKind

IMAGES = FIXTURES / "images"
TRUTHS = sorted(IMAGES.glob("*.truth.json"))
KINDS = {k.value for k in BlockKind}


def load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def frame(truth: dict[str, Any]) -> np.ndarray:
    with Image.open(IMAGES / truth["image"]) as im:
        im.seek(truth["frame"])
        if im.mode.startswith("I;16"):
            return (np.asarray(im).astype(np.uint32) >> 8).astype(np.uint8)
        return np.asarray(im.convert("L"))


def test_fixture_set_covers_the_formats_the_reader_must_handle() -> None:
    truths = [load(p) for p in TRUTHS]
    assert 6 <= len({t["image"] for t in truths}) <= 8
    assert {t["lang"] for t in truths} == {"zh", "en"}
    assert {len(t["columns"]) for t in truths} == {3, 4, 5, 6}
    suffixes = {Path(t["image"]).suffix for t in truths}
    assert {".png", ".jpg", ".tif"} <= suffixes
    tif_frames = [t["frame"] for t in truths if t["image"].endswith(".tif")]
    assert sorted(tif_frames) == [0, 1]
    assert sum(abs(t["skew"]) >= 1.0 for t in truths) >= 2
    size = sum(p.stat().st_size for p in IMAGES.iterdir())
    assert size < 6_000_000, f"fixtures/images is {size} bytes"


@pytest.mark.parametrize("path", TRUTHS, ids=lambda p: p.name.removesuffix(".truth.json"))
def test_truth_is_consistent(path: Path) -> None:
    t = load(path)
    assert t["schema"] == "newsocr.truth/1"
    w, h = t["size"]
    ids = [b["id"] for b in t["blocks"]]
    assert len(set(ids)) == len(ids)
    by_id = {b["id"]: b for b in t["blocks"]}
    for b in t["blocks"]:
        assert b["kind"] in KINDS
        x, y, bw, bh = b["box"]
        assert 0 <= x and 0 <= y and bw > 0 and bh > 0 and x + bw <= w and y + bh <= h, b
        assert (b["text"] == "") == (b["kind"] in ("rule", "illustration")), b["id"]
        if b["column"] is not None:
            assert 0 <= b["column"] < len(t["columns"])
        if b["text"]:
            assert "\n".join(ln["text"] for ln in b["lines"]) == b["text"], b["id"]
        for ln in b["lines"]:
            lx, ly, lw, lh = ln["box"]
            assert x <= lx and y <= ly and lx + lw <= x + bw and ly + lh <= y + bh, b["id"]
    assert set(t["reading_order"]) <= set(ids)
    assert len(set(t["reading_order"])) == len(t["reading_order"])
    unordered = {b["id"] for b in t["blocks"] if b["kind"] != "rule"} - set(t["reading_order"])
    assert not unordered
    xs = [c[0] for c in t["columns"]]
    assert xs == sorted(xs)
    owned: list[str] = []
    for a in t["articles"]:
        assert a["block_ids"] and set(a["block_ids"]) <= set(ids)
        owned += a["block_ids"]
        told = (a["kicker"] or "") + "".join(a["headlines"]) + (a["byline"] or "")
        told += "".join(a["paragraphs"]) + (a["jump"]["text"] if a["jump"] else "")
        printed = "".join(by_id[i]["text"] for i in a["block_ids"])
        assert squash(told) == squash(printed), a["id"]
        kinds = [by_id[i]["kind"] for i in a["block_ids"]]
        assert "body" in kinds
        if a["jump"]:
            assert kinds[-1] == "jump" and a["jump"]["page"] in a["jump"]["text"]
    for p in t["photos"]:
        owned += p["block_ids"]
        kinds = [by_id[i]["kind"] for i in p["block_ids"]]
        assert kinds == ["illustration", "caption", "credit"]
        assert squash(p["caption"]) == squash(by_id[p["block_ids"][1]]["text"])
    assert len(owned) == len(set(owned)), "a block belongs to two items"
    furniture = [b["text"] for b in t["blocks"] if b["kind"] == "furniture"]
    assert furniture == t["furniture"]
    # every block and the furniture is in the reading order once
    assert set(owned) | {b["id"] for b in t["blocks"] if b["kind"] == "furniture"} == set(
        t["reading_order"]
    )


def test_truth_covers_the_required_page_elements() -> None:
    truths = [load(p) for p in TRUTHS]
    for t in truths:
        kinds = {b["kind"] for b in t["blocks"]}
        assert {"furniture", "headline", "body", "caption", "credit", "illustration",
                "rule", "jump"} <= kinds, t["image"]
        assert any(a["kicker"] for a in t["articles"])
        assert any(not a["headlines"] for a in t["articles"]), "an article without headline"
        spans = [b["span"] for b in t["blocks"] if b["kind"] == "headline"]
        assert any(s[0] == s[1] for s in spans) and any(s[1] > s[0] for s in spans)
        # body text flows from one column to the next inside one article
        assert any(
            len({t_b["column"] for t_b in t["blocks"] if t_b["id"] in a["block_ids"]
                 and t_b["kind"] == "body"}) > 1
            for a in t["articles"]
        )
    assert any(len([b for b in t["blocks"] if b["kind"] == "rule"]) > 2 for t in truths)


@pytest.mark.parametrize("path", TRUTHS, ids=lambda p: p.name.removesuffix(".truth.json"))
def test_boxes_hold_ink_and_gutters_are_blank(path: Path) -> None:
    """The boxes match the pixels: text boxes are inked, the page outside them is paper."""
    t = load(path)
    grey = frame(t)
    assert grey.shape == (t["size"][1], t["size"][0])
    ink = grey < 110
    covered = np.zeros_like(ink)
    for b in t["blocks"]:
        x, y, w, h = b["box"]
        if b["kind"] not in ("illustration", "rule"):
            assert ink[y : y + h, x : x + w].mean() > 0.02, b["id"]
        covered[max(0, y - 3) : y + h + 3, max(0, x - 3) : x + w + 3] = True
    stray = ink & ~covered
    assert stray.sum() < 0.002 * ink.size, f"{stray.sum()} inked pixels outside every box"
