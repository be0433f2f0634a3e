"""Text path speed: pages per second on one core for pages of about 12 KB.

Each page is a fixture page whose articles are printed several times over (as a
full broadsheet page would hold several times the fixture's articles), so the
figures are for realistic sizes. Correction runs separately so both costs show.
Rates are pages per CPU-second of this process (one core), so a busy machine
does not skew them.

The memos keyed by a line's text (its printed width) are emptied before each page,
as if it were a page not seen before: a batch reads each page once, and a memo that
kept the last run's lines would measure each line for free. (The copies of the
fixture within one page still share their lines, as a page's repeated words do.)
"""

from __future__ import annotations

import argparse
import time

import ocr
from ocr import typography
from ocr.pipeline import warm_up
from ocr.readers import textmeasure
from ocr.readers.textdecode import decode
from scripts.common import FIXTURES

TEXT = FIXTURES / "text"


def pages(target: int = 12_000) -> list[tuple[str, str]]:
    out = []
    for path in sorted(TEXT.glob("*.txt")):
        text = decode(path.read_bytes(), path.name)
        body = text
        while len(body.encode("utf-8")) < target:
            body += "\n\n" + text
        out.append((path.stem, body))
    return out


def forget_lines() -> None:
    """Empty the memos of measured lines, as a new page finds them (each is kept by
    text, across pages, for a batch's repeated lines: folios, bylines, labels)."""
    for memo in (typography._wide_width, textmeasure.latin_em, textmeasure.em_width):
        memo.cache_clear()


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="scripts.bench text", description=__doc__)
    ap.add_argument("--seconds", type=float, default=3.0, help="time per measurement")
    args = ap.parse_args(argv)
    print(f"{'page':<14}{'KB':>6}{'pages/s':>10}{'pages/s+correct':>18}")
    for name, text in pages():
        warm_up()  # as a batch worker starts: lexicons loaded, long-lived objects frozen
        rates = []
        for correct in (False, True):
            # CPU time of this process: pages per second on one core, whatever else runs.
            n, start = 0, time.process_time()
            while time.process_time() - start < args.seconds:
                forget_lines()
                ocr.process(text, correct=correct)
                n += 1
            rates.append(n / (time.process_time() - start))
        size = len(text.encode("utf-8")) / 1024
        print(f"{name:<14}{size:>6.1f}{rates[0]:>10.1f}{rates[1]:>18.1f}")
    return 0
