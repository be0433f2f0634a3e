"""ALTO speed: read, write and schema-validate one newspaper page, in ms per page (one core).

The page is Chronicling America's New-York Tribune page (5,122 words, ../shared/corpus)
when the corpus is beside the clone, else the Tesseract fixture page repeated to a
similar number of words. CPU time of this process, so a busy machine does not skew it.
"""

from __future__ import annotations

import argparse
import dataclasses
import time
from collections.abc import Callable

from ocr.readers.alto import read_alto
from ocr.writers.alto import alto_bytes
from ocr.xmlsafe import alto_errors
from scripts.common import CORPUS, ROOT

CHRONAM = CORPUS / "chronam" / "ocr.xml"
FIXTURE = ROOT / "fixtures" / "xml" / "tesseract-2col.alto.xml"


def sample() -> tuple[str, bytes]:
    if CHRONAM.is_file():
        return "chronam ocr.xml", CHRONAM.read_bytes()
    page = read_alto(FIXTURE)
    copies = 5000 // max(1, sum(len(ln.words) for b in page.blocks for ln in b.lines)) + 1
    blocks = tuple(dataclasses.replace(b, id=f"{b.id}_{n}") for n in range(copies)
                   for b in page.blocks)
    big = dataclasses.replace(page, blocks=blocks, reading_order=())
    return f"fixture x{copies}", alto_bytes(big)


def per_call_ms(fn: Callable[[], object], seconds: float) -> float:
    n, start = 0, time.process_time()
    while time.process_time() - start < seconds or n < 3:
        fn()
        n += 1
    return (time.process_time() - start) / n * 1000


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="scripts.bench alto", description=__doc__)
    ap.add_argument("--seconds", type=float, default=2.0, help="time per measurement")
    args = ap.parse_args(argv)
    name, data = sample()
    page = read_alto(data)
    words = sum(len(ln.words) for b in page.blocks for ln in b.lines)
    out = alto_bytes(page)
    alto_errors(out)  # compile the schema once, outside the measurement
    print(f"{name}: {len(data) / 1e6:.2f} MB in, {len(page.blocks)} blocks, {words} words")
    for label, fn in (("read_alto", lambda: read_alto(data)),
                      ("alto_bytes", lambda: alto_bytes(page)),
                      ("validate", lambda: alto_errors(out))):
        print(f"{label:<12}{per_call_ms(fn, args.seconds):8.1f} ms/page")
    return 0
