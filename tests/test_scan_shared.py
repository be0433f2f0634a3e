"""The scan path on pages it was not drawn for: ../shared/devset/scans and ../shared/corpus/nzz.

On every page there: layout does not crash, no patch of ink is left out of every
block, the text read loses no more than plain Tesseract (``--psm 3``, same
language data) does, order aside (bag-of-characters CER), and its reading order costs
little: the order-aware CER is near that of the same text with its blocks put in the
truth's order.
"""

from __future__ import annotations

import json
import os
import subprocess
from functools import cache
from pathlib import Path

import cv2
import numpy as np
import pytest
from conftest import ROOT
from rapidfuzz import fuzz

from ocr.layout import detect_layout
from ocr.layout.blocks import char_height, despeckle
from ocr.model import Page
from ocr.pipeline import process_pages
from ocr.preprocess import preprocess
from ocr.qa import compare
from ocr.qa_load import doc_from_page
from ocr.readers.image import load_image
from ocr.xmlsafe import parse_xml
from scripts.bench.order import in_truth_order
from scripts.bench.scan_truth import Truth, devset_truth, page_truth

SHARED = ROOT.parent / "shared"
DEVSET = SHARED / "devset" / "scans"
NZZ = SHARED / "corpus" / "nzz"
needs_shared = pytest.mark.skipif(
    not (DEVSET.is_dir() and NZZ.is_dir()), reason="../shared is not beside this clone"
)
PAGES = sorted(DEVSET.glob("*.png")) + sorted(NZZ.glob("*.tif")) if SHARED.is_dir() else []
IDS = [p.stem[:24] for p in PAGES]

def _truth(path: Path) -> tuple[str, str]:
    """The page's printed text (any order) and the language data both sides use."""
    if path.suffix == ".png":
        doc = json.loads(path.with_suffix(".truth.json").read_text(encoding="utf-8"))
        text = "\n".join(b.get("text", "") for b in doc["blocks"])
        return text, {"en": "eng", "zh": "chi_sim"}[doc["lang"]]
    root = parse_xml(path.with_suffix(".xml").read_bytes(), path.name)
    ns = {"p": root.nsmap.get(None, "")}
    lines = root.iterfind(".//p:TextRegion/p:TextLine/p:TextEquiv/p:Unicode", ns)
    return "\n".join(u.text or "" for u in lines), "frk"


def _fold(text: str) -> str:
    return text.replace("ſ", "s")  # long s: the truth keeps it, readers may not


@cache
def _processed(path: Path, lang: str) -> Page:
    return process_pages(path, lang=lang, correct=False)[0]


def _in_order(path: Path) -> Truth:
    """The page's truth in reading order (as ``bench scans`` scores it)."""
    if path.suffix == ".png":
        return devset_truth(path.with_suffix(".truth.json"))[0]
    return page_truth(path.with_suffix(".xml"))


@needs_shared
@pytest.mark.corpus
@pytest.mark.parametrize("path", PAGES, ids=IDS)
def test_no_ink_left_out_of_every_block(path: Path) -> None:
    """Every word-sized patch of ink lies in some block (text, rule or picture)."""
    prepared = preprocess(load_image(path)[0])
    ink = prepared.binary == 0
    layout = detect_layout(prepared.gray, ink)
    assert layout.regions
    char_h = char_height(ink)
    covered = np.zeros_like(ink)
    pad = int(0.5 * char_h)
    for r in layout.regions:
        b = r.box
        assert 0 <= b.x and b.right <= layout.width and 0 <= b.y and b.bottom <= layout.height
        covered[max(0, b.y - pad) : b.bottom + pad, max(0, b.x - pad) : b.right + pad] = True
    rest = (despeckle(ink, char_h) & ~covered).astype(np.uint8)
    k = max(3, int(char_h))
    grouped = cv2.dilate(rest, cv2.getStructuringElement(cv2.MORPH_RECT, (k, max(1, k // 3))))
    n, _, stats, _ = cv2.connectedComponentsWithStats(grouped, connectivity=8)
    lost = [
        tuple(int(v) for v in stats[i][:4])
        for i in range(1, n)
        if rest[stats[i][1] : stats[i][1] + stats[i][3], stats[i][0] : stats[i][0] + stats[i][2]]
        .sum() >= 2 * char_h * char_h
    ]
    assert not lost, f"ink outside every block at (x, y, w, h) {lost[:5]}"


@needs_shared
@pytest.mark.corpus
@pytest.mark.integration
@pytest.mark.parametrize("path", [p for p in PAGES if p.suffix == ".png"],
                         ids=[i for p, i in zip(PAGES, IDS, strict=True) if p.suffix == ".png"])
def test_every_printed_block_is_read(path: Path) -> None:
    """Each block of the truth (of three characters or more) is found in the output,
    misreadings aside: a line Tesseract skipped in a column block (a letter-spaced byline
    line, a paragraph's short last line) is read again (``ocr.reread``), not lost."""
    doc = json.loads(path.with_suffix(".truth.json").read_text(encoding="utf-8"))
    page = _processed(path, {"en": "eng", "zh": "chi_sim"}[doc["lang"]])
    ours = "".join(doc_from_page(page).text.split())
    lost = []
    for block in doc["blocks"]:
        text = "".join(block.get("text", "").split())
        if len(text) >= 3 and fuzz.partial_ratio(text, ours) < 60:
            lost.append(text)
    assert not lost, lost


@needs_shared
@pytest.mark.corpus
@pytest.mark.integration
@pytest.mark.parametrize("path", PAGES, ids=IDS)
def test_text_read_loses_no_more_than_plain_tesseract(path: Path) -> None:
    """Order-free CER within 1.1x plain ``tesseract --psm 3`` with the same language data."""
    truth, lang = _truth(path)
    page = _processed(path, lang)
    ours = compare(_fold(truth), _fold(doc_from_page(page).text)).cer_bag
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    plain = subprocess.run(
        ["tesseract", str(path), "-", "--psm", "3", "-l", lang],
        capture_output=True, text=True, timeout=600, check=True, env=env,
    ).stdout
    theirs = compare(_fold(truth), _fold(plain)).cer_bag
    assert ours <= 1.1 * theirs + 0.005, (round(ours, 4), round(theirs, 4))


@needs_shared
@pytest.mark.corpus
@pytest.mark.integration
@pytest.mark.parametrize("path", PAGES, ids=IDS)
def test_reading_order_costs_little_beyond_recognition(path: Path) -> None:
    """Order-aware CER within 1.1x (+ 0.01) of the same output with its blocks put in the
    truth's order: what order costs, apart from misreadings (which the bag figure hides)."""
    page = _processed(path, _truth(path)[1])
    ref, ours = _fold(_in_order(path).text), _fold(doc_from_page(page).text)
    got = compare(ref, ours).cer
    floor = compare(ref, in_truth_order(ref, ours, "\n\n")).cer
    assert got <= 1.1 * floor + 0.01, (round(got, 4), round(floor, 4))
