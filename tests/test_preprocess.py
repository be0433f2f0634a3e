"""Preprocessing on rendered pages whose skew and ink are known exactly."""

from __future__ import annotations

import dataclasses
import json
import math
from functools import cache
from pathlib import Path

import cv2
import numpy as np
import pytest
from conftest import FIXTURES
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from ocr.model import Box
from ocr.preprocess import (
    Transform,
    _has_ink,
    _median_of,
    binarize,
    estimate_skew,
    otsu,
    preprocess,
    remove_specks,
    rotate,
    sauvola_threshold,
    speck_limit,
)
from ocr.preprocess.skew import _profile_score
from ocr.profiles import load_profile
from ocr.readers.image import load_image
from scripts.fixtures import fixture_degrade, make_fixtures

IMAGES = FIXTURES / "images"
TRUTHS = sorted(IMAGES.glob("*.truth.json"))


def profile_with(binarize: str):  # noqa: ANN201
    base = load_profile()
    return dataclasses.replace(base, scan=dataclasses.replace(base.scan, binarize=binarize))


@cache
def clean_page(name: str) -> np.ndarray:
    return np.asarray(Image.open(IMAGES / name).convert("L"))


@pytest.mark.parametrize("page", ["zh-4col-clean.png", "en-3col-colour.png"])
@pytest.mark.parametrize("angle", [0.5, -0.5, 1.5, -1.5, 3.0, -3.0])
def test_deskew_finds_a_known_rotation(page: str, angle: float) -> None:
    base = Image.fromarray(clean_page(page))
    turned = np.asarray(base.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255))
    prepared = preprocess(turned)
    assert abs(prepared.angle - angle) <= 0.3, prepared.angle
    # and the deskewed page is level: measuring it again finds (almost) no skew
    assert abs(estimate_skew(prepared.binary == 0, 5.0, prepared.text_height)) <= 0.15


def _per_pixel_score(ys: np.ndarray, xs: np.ndarray, width: int, deg: float) -> float:
    """The skew score by its definition: every ink pixel binned on its sheared row."""
    t = math.tan(math.radians(deg))
    rows = np.rint(ys.astype(np.float64) + (xs.astype(np.float64) - width / 2) * t)
    counts = np.bincount((rows - rows.min()).astype(np.int64)).astype(np.float64)
    return float(np.sum(np.diff(counts) ** 2))


@pytest.mark.parametrize("width_extra", [0, 1])  # the shear's centre on a pixel, between two
def test_skew_score_summed_by_columns_is_the_per_pixel_score(width_extra: int) -> None:
    """Deskewing scores some 80 angles from the columns' row counts; each score is the one
    binning every pixel gives, also where a column's shift lies on a half pixel."""
    base = Image.fromarray(clean_page("en-3col-colour.png"))
    page = np.asarray(base.rotate(1.3, resample=Image.Resampling.BICUBIC, fillcolor=255))
    mask = (otsu(page) == 0).view(np.uint8)
    ink = cv2.resize(mask, None, fx=0.4, fy=0.4, interpolation=cv2.INTER_AREA) > 0
    ys, xs = np.nonzero(ink)
    width = ink.shape[1] + width_extra
    score = _profile_score(ys, xs, width)
    # tan(26.565...) is 0.5 to a few ulps: half-pixel shifts on every other column
    angles = [
        *np.arange(-5.0, 5.0 + 1e-9, 0.2),
        *np.arange(1.06, 1.54, 0.02),
        0.0,
        math.degrees(math.atan(0.5)),
    ]
    for deg in angles:
        assert score(deg) == _per_pixel_score(ys, xs, width, deg), deg


@pytest.mark.parametrize("angle", [0.0, 0.3, -1.5])  # not turned, turned, turned and remeasured
def test_otsu_binary_taken_once_is_the_deskewed_grey_binarized(angle: float) -> None:
    """Preprocessing binarizes by Otsu with the threshold it already took of the grey (as
    scanned, or levelled and measured again), never of a grey it has turned since."""
    base = Image.fromarray(clean_page("en-3col-colour.png"))
    turned = np.asarray(base.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255))
    prepared = preprocess(turned, profile_with("otsu"))
    assert (prepared.angle != 0.0) == (angle != 0.0)
    level = turned if prepared.angle == 0.0 else rotate(turned, -prepared.angle)[0]
    want, _, _ = remove_specks(otsu(level), speck_limit(prepared.glyph_height, prepared.dpi))
    assert np.array_equal(prepared.binary, want)


@pytest.mark.parametrize("path", TRUTHS, ids=lambda p: p.name.removesuffix(".truth.json"))
def test_fixture_skew_and_resolution(path: Path) -> None:
    truth = json.loads(path.read_text(encoding="utf-8"))
    scan = load_image(IMAGES / truth["image"], frames=(truth["frame"],))[0]
    prepared = preprocess(scan)
    assert abs(prepared.angle - truth["skew"]) <= 0.3
    assert prepared.text_height is not None and prepared.dpi is not None
    # DPI: from metadata when present, else estimated from the type within a third
    assert abs(prepared.dpi - truth["dpi"]) <= truth["dpi"] / 3
    assert prepared.dpi_estimated == (scan.dpi is None)
    assert prepared.warnings == ()


def test_rotation_transform_maps_marks_back_to_where_they_were() -> None:
    original = np.full((700, 900), 255, np.uint8)
    spots = [(50 + 97 * i, 40 + 61 * j) for i in range(9) for j in range(11)]
    for x, y in spots:
        original[y - 2 : y + 3, x - 2 : x + 3] = 0
    turned, transform = rotate(original, 2.3)
    assert transform.original_size == (900, 700) and transform.size == turned.shape[::-1]
    assert turned.shape[0] > 700 and turned.shape[1] > 900  # enlarged: no corner cut off
    n, _, _, centroids = cv2.connectedComponentsWithStats((turned < 128).astype(np.uint8))
    assert n - 1 == len(spots)
    for cx, cy in centroids[1:]:
        ox, oy = transform.point_to_original(cx, cy)
        nearest = min(spots, key=lambda s: (s[0] - ox) ** 2 + (s[1] - oy) ** 2)
        assert abs(nearest[0] - ox) < 1.0 and abs(nearest[1] - oy) < 1.0
    box = Box(100, 200, 300, 40)
    back = transform.to_original(transform.to_deskewed(box))
    assert back.intersection(box) == box  # the round trip encloses the box
    assert back.w - box.w < 20 and back.h - box.h < 30
    corner = transform.to_original(Box(0, 0, transform.size[0], transform.size[1]))
    assert corner == Box(0, 0, 900, 700)  # clipped to the original image
    ident = Transform.identity((10, 10))
    assert ident.is_identity and ident.to_original(Box(1, 2, 3, 4)) == Box(1, 2, 3, 4)


def test_ink_found_after_deskew_lies_in_the_truth_boxes() -> None:
    """Marks of the deskewed binary, mapped to the original, fall in truth boxes."""
    truth = json.loads((IMAGES / "zh-6col-heavy.truth.json").read_text(encoding="utf-8"))
    prepared = preprocess(load_image(IMAGES / "zh-6col-heavy.jpg")[0])
    assert not prepared.transform.is_identity
    boxes = [Box(*b["box"]) for b in truth["blocks"]]
    n, _, stats, _ = cv2.connectedComponentsWithStats((prepared.binary == 0).astype(np.uint8))
    outside = 0
    for x, y, w, h, _area in stats[1:]:
        mark = prepared.transform.to_original(Box(int(x), int(y), int(w), int(h)))
        if not any(b.intersection(mark) == mark for b in (_grow(b, 4) for b in boxes)):
            outside += 1
    assert outside <= 0.01 * (n - 1), f"{outside} of {n - 1} marks outside every truth box"


def _grow(b: Box, d: int) -> Box:
    return Box(b.x - d, b.y - d, b.w + 2 * d, b.h + 2 * d)


def f_measure(found_ink: np.ndarray, true_ink: np.ndarray) -> float:
    """The DIBCO score: harmonic mean of ink precision and recall."""
    tp = float((found_ink & true_ink).sum())
    precision, recall = tp / max(1.0, found_ink.sum()), tp / max(1.0, true_ink.sum())
    return 2 * precision * recall / max(1e-9, precision + recall)


def degraded_render(
    name: str, **change: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """A fixture page rendered again without skew: degraded grey, true ink, text, paper.

    Without skew no resampling stands between the two, so the comparison measures the
    binarization alone; the text mask leaves out the photos, whose 'ink' means nothing.
    """
    spec = next(s for s, _ in make_fixtures.PAGES if s.name == name)
    spec = dataclasses.replace(spec, skew=0.0, **change)
    img, truth = make_fixtures.compose(spec)
    true_ink = np.asarray(img.convert("L")) < 128
    text = np.zeros_like(true_ink)
    paper = np.ones_like(true_ink)
    for b in truth["blocks"]:
        x, y, w, h = b["box"]
        paper[max(0, y - 4) : y + h + 4, max(0, x - 4) : x + w + 4] = False
        if b["kind"] != "illustration":
            text[y : y + h, x : x + w] = True
    degraded = np.asarray(fixture_degrade.degrade(img, truth, spec).convert("L"))
    return degraded, true_ink, text, paper


@pytest.mark.parametrize("method", ["otsu", "sauvola"])
@pytest.mark.parametrize("page", ["en-5col-heavy", "zh-6col-heavy"])
def test_binarization_of_a_degraded_page_matches_the_rendered_ink(method: str, page: str) -> None:
    degraded, true_ink, text, _ = degraded_render(page)
    prepared = preprocess(degraded, profile_with(method))
    assert prepared.transform.is_identity
    score = f_measure((prepared.binary == 0) & text, true_ink & text)
    assert score > 0.8, score


def test_specks_are_removed_from_a_grainy_page() -> None:
    degraded, true_ink, text, paper = degraded_render("en-5col-heavy", noise=40.0, jpeg=0)
    prepared = preprocess(degraded)
    raw = binarize(degraded, "otsu") == 0
    ours = prepared.binary == 0
    stray_raw, stray_ours = int((raw & paper).sum()), int((ours & paper).sum())
    assert stray_ours < stray_raw / 20, (stray_ours, stray_raw)  # grain on the paper is gone
    assert f_measure(ours & text, true_ink & text) > f_measure(raw & text, true_ink & text)


def test_specks_go_from_the_grey_tesseract_reads_and_the_scan_is_untouched() -> None:
    """Tesseract binarizes the grey by itself: grain left there is read as `:` or `‘`."""
    degraded, _, _, paper = degraded_render("en-5col-heavy", noise=40.0, jpeg=0)
    before = degraded.copy()
    prepared = preprocess(degraded)
    assert np.array_equal(degraded, before)
    seen = binarize(prepared.gray, "otsu") == 0  # what Tesseract's own threshold keeps
    raw = binarize(degraded, "otsu") == 0
    assert int((seen & paper).sum()) < int((raw & paper).sum()) / 20


def test_full_stops_survive_whatever_resolution_the_file_claims() -> None:
    """Specks are sized by the measured type, not the dpi tag: a page tagged 600 dpi
    whose type is small keeps its full stops and i-dots (a 600 dpi rule dropped marks
    under 64 px, which is all of them at this size)."""
    gray = clean_page("en-3col-colour.png")
    tagged = [preprocess(gray, dpi=dpi) for dpi in (150.0, 600.0)]
    assert np.array_equal(tagged[0].binary, tagged[1].binary)
    _, _, stats, _ = cv2.connectedComponentsWithStats((tagged[1].binary == 0).astype(np.uint8))
    assert int((stats[1:, cv2.CC_STAT_AREA] < 64).sum()) > 100  # the dots are there


def test_sauvola_survives_uneven_light_where_otsu_fails() -> None:
    page = clean_page("zh-4col-clean.png").astype(np.float64)
    true_ink = page < 128
    h, w = page.shape
    shade = np.linspace(1.0, 0.45, w)[None, :] * np.linspace(1.0, 0.8, h)[:, None]
    lit = np.clip(page * shade, 0, 255).astype(np.uint8)
    sauvola = binarize(lit, "sauvola", 22.0) == 0
    otsu = binarize(lit, "otsu") == 0
    assert f_measure(sauvola, true_ink) > 0.85
    assert f_measure(otsu, true_ink) < f_measure(sauvola, true_ink) - 0.2
    t = sauvola_threshold(lit, 31)
    assert t.shape == lit.shape and np.isfinite(t).all()


@pytest.mark.parametrize("level", [0, 255])
@pytest.mark.parametrize("noise", [0.0, 10.0])
def test_blank_pages_come_back_empty_with_a_warning(level: int, noise: float) -> None:
    rng = np.random.default_rng(level)
    page = np.clip(level + rng.normal(0, noise, (877, 620)), 0, 255).astype(np.uint8)
    prepared = preprocess(page)
    assert prepared.angle == 0.0 and prepared.text_height is None
    assert not (prepared.binary == 0).any()
    assert prepared.warnings and "blank page" in prepared.warnings[0]


def test_a_negative_is_turned_positive() -> None:
    negative = 255 - clean_page("zh-4col-clean.png")
    prepared = preprocess(negative)
    assert prepared.inverted and "negative" in prepared.warnings[0]
    assert abs(prepared.angle) <= 0.3
    ink = prepared.binary == 0
    assert 0.02 < ink.mean() < 0.3


def test_sauvola_threshold_equals_the_definition_across_stripes() -> None:
    """Integral images, stripes and clipped edges give exactly m * (1 + k (s / R - 1))."""
    rng = np.random.default_rng(7)
    gray = rng.integers(0, 256, (1100, 90), dtype=np.uint8)  # taller than one stripe
    window, k, r = 15, 0.4, 128.0
    t = sauvola_threshold(gray, window, k, r)
    half = window // 2
    for y, x in [(0, 0), (511, 45), (512, 45), (513, 89), (1099, 3), *rng.integers(0, 90, (20, 2))]:
        patch = gray[max(0, y - half) : y + half + 1, max(0, x - half) : x + half + 1]
        m, s = patch.astype(np.float64).mean(), patch.astype(np.float64).std()
        assert t[y, x] == pytest.approx(m * (1 + k * (s / r - 1)), rel=1e-5), (y, x)


@settings(max_examples=60, deadline=None)
@given(
    angle=st.floats(-5.0, 5.0),
    x=st.integers(0, 500),
    y=st.integers(0, 400),
    w=st.integers(0, 300),
    h=st.integers(0, 200),
)
def test_mapping_a_box_there_and_back_encloses_it(angle: float, x: int, y: int, w: int,
                                                  h: int) -> None:
    """Boxes only grow through the transform, never lose a pixel, and stay on the page."""
    _, transform = rotate(np.full((700, 900), 255, np.uint8), angle)
    box = Box(x, y, w, h)
    there = transform.to_deskewed(box)
    assert there.right <= transform.size[0] and there.bottom <= transform.size[1]
    back = transform.to_original(there)
    assert back.x <= box.x and back.y <= box.y
    assert back.right >= box.right and back.bottom >= box.bottom
    assert back.right <= 900 and back.bottom <= 700


def test_medians_from_grey_histograms_are_numpys() -> None:
    # Whether a page has ink compares the median grey of its ink and of its paper, read
    # from histograms rather than from copies of the pixels: numpy's figures exactly.
    rng = np.random.default_rng(3)
    for _ in range(3000):
        values = rng.integers(0, int(rng.integers(1, 257)), int(rng.integers(0, 60)))
        hist = np.bincount(values, minlength=256).astype(np.float32)
        want = float(np.median(values)) if values.size else float("nan")
        got = _median_of(hist)
        assert got == want or (np.isnan(got) and np.isnan(want))
    for name in ("zh-6col-heavy.jpg", "en-4col-grey16.png"):
        gray = load_image(IMAGES / name)[0].gray
        ink = otsu(gray) == 0
        small, dark = gray[::2, ::2], ink[::2, ::2]
        gap = abs(float(np.median(small[~dark])) - float(np.median(small[dark])))
        assert _has_ink(gray, ink) == (gap > 60)
        assert _has_ink(gray, ink)
        blank = np.clip(rng.normal(200, 8, gray.shape), 0, 255).astype(np.uint8)
        assert not _has_ink(blank, otsu(blank) == 0)
