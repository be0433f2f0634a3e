"""Load and preprocess speed and accuracy on the fixture pages (``scripts.bench preprocess``).

For each page: load time, preprocess time with Otsu and with Sauvola, the skew found
against the truth, and the resolution (metadata or estimated); then the same on one page
scaled to 600 dpi, and the process's peak resident memory. Prints figures, asserts nothing.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import time

import cv2

from ocr.preprocess import preprocess
from ocr.profiles import load_profile
from ocr.readers.image import load_image
from scripts.common import FIXTURES, peak_rss_mb

IMAGES = FIXTURES / "images"


def _ms(t0: float) -> float:
    return (time.perf_counter() - t0) * 1000


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="scripts.bench preprocess", description=__doc__)
    parser.add_argument("--repeat", type=int, default=3, help="runs per page (best is kept)")
    args = parser.parse_args(argv)
    base = load_profile()
    profiles = {
        m: dataclasses.replace(base, scan=dataclasses.replace(base.scan, binarize=m))
        for m in ("otsu", "sauvola")
    }
    print(f"{'page':<22}{'load ms':>9}{'otsu ms':>9}{'sauv ms':>9}{'skew':>7}{'found':>7}"
          f"{'dpi':>6}{'est':>5}")
    errors = []
    for truth_path in sorted(IMAGES.glob("*.truth.json")):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        times: dict[str, list[float]] = {"load": [], "otsu": [], "sauvola": []}
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            scan = load_image(IMAGES / truth["image"], frames=(truth["frame"],))[0]
            times["load"].append(_ms(t0))
            for m, prof in profiles.items():
                t0 = time.perf_counter()
                prepared = preprocess(scan, prof)
                times[m].append(_ms(t0))
        errors.append(abs(prepared.angle - truth["skew"]))
        name = truth_path.name.removesuffix(".truth.json")
        print(f"{name:<22}{min(times['load']):>9.0f}{min(times['otsu']):>9.0f}"
              f"{min(times['sauvola']):>9.0f}{truth['skew']:>7.2f}{prepared.angle:>7.2f}"
              f"{prepared.dpi or 0:>6.0f}{'yes' if prepared.dpi_estimated else 'no':>5}")
    print(f"skew error: max {max(errors):.3f} deg, mean {sum(errors) / len(errors):.3f} deg")
    big = cv2.resize(load_image(IMAGES / "zh-3col-skew.png")[0].gray, None, fx=4, fy=4,
                     interpolation=cv2.INTER_CUBIC)
    t0 = time.perf_counter()
    prepared = preprocess(big)
    print(f"600 dpi page {big.shape[1]}x{big.shape[0]}: {_ms(t0):.0f} ms, "
          f"skew {prepared.angle:.2f}, estimated dpi {prepared.dpi:.0f}")
    peak = peak_rss_mb()
    print(f"peak resident memory: {peak:.0f} MB")
    return 0
