"""Benchmarks: ``python -m scripts.bench WHAT [options]`` prints figures (no assertions).

WHAT is one of: text (pages/s of the text path), correct (correction quality and
speed on injected noise), correct-real (correction on real OCR with truth),
correct-scans (correction on the scan path's own reads of the study sets' English pages,
with and without Tesseract's word confidences), image
(scan path against plain Tesseract), batch (workers and Dask),
alto (ALTO read, write and validation speed), preprocess (image loading and
preprocessing speed, skew accuracy), textpdf (text path figures per extractor
and language on ../shared/devset/textpdf), scans (scan path against plain
Tesseract on ../shared/devset/scans and ../shared/corpus/nzz), pdf (PDF text layers:
pages/s beside pdftotext on the same pages, and accuracy on ../shared/devset/textpdf).
order (--order keep, rebuild, auto on the NZZ PAGE truth in ../shared/corpus/nzz).
text-big (seconds and peak memory of 10 MB text pages and of a diff of two).
engines (plain Tesseract's hOCR and ALTO of the scan-path pages, read by newsocr and
scored as scans scores newsocr's own reading).
fonts (the scan path on the drawer's layouts set in fonts it was not drawn for, at 300 dpi).
Run from the repository root (each is scripts/bench/WHAT.py, with - as _).
"""

from __future__ import annotations

import importlib
import sys

BENCHES = ("text", "correct", "correct-real", "correct-scans", "image", "batch", "alto",
           "preprocess", "textpdf", "scans", "pdf", "order", "text-big", "engines", "fonts")


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in BENCHES:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    return int(importlib.import_module(f"scripts.bench.{argv[0].replace('-', '_')}").main(argv[1:]))


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
