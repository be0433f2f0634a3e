"""Reading order kept, rebuilt or weighed (``--order``) on real PAGE truth (../shared/corpus/nzz).

For each PAGE file the reference is the text of its regions in the file's own
``ReadingOrder``. The page is fed in with that order, with a naive top-down order
(what an engine that does not order gives), and shuffled (5 seeds); each is put through
classify + the order stage under each mode, and the order-aware CER of the resulting
reading-order text against the reference is printed. The truth is also fed in as
newsocr's ALTO, with and without its ``ReadingOrder`` element (block order only).
"""

from __future__ import annotations

import dataclasses
import random
import sys

from ocr.classify import classify
from ocr.engine_order import OrderMode
from ocr.model import Page
from ocr.order import order
from ocr.qa import compare
from ocr.readers.alto import read_alto
from ocr.readers.page import read_page_xml
from ocr.writers.alto import alto_bytes
from scripts.common import CORPUS as SHARED_CORPUS

CORPUS = SHARED_CORPUS / "nzz"
SEEDS = range(5)


def order_text(page: Page, ids: tuple[str, ...] | list[str]) -> str:
    by_id = {b.id: b for b in page.blocks}
    return "\n\n".join(by_id[i].text for i in ids if i in by_id and by_id[i].text.strip())


def cer(ref: str, hyp: str) -> float:
    c = compare(ref, hyp)
    return c.char_edits / max(1, c.ref_chars)


def ordered(page: Page, given: tuple[str, ...], mode: OrderMode) -> tuple[str, ...]:
    return order(dataclasses.replace(page, reading_order=given), mode).reading_order


def naive(page: Page) -> tuple[str, ...]:
    boxed = [b for b in page.blocks if b.box is not None]
    return tuple(b.id for b in sorted(boxed, key=lambda b: (b.box.y, b.box.x)))  # type: ignore[union-attr]


def without_reading_order(data: bytes) -> bytes:
    start, end = data.find(b"<ReadingOrder>"), data.find(b"</ReadingOrder>")
    return data[:start] + data[end + len(b"</ReadingOrder>"):] if start >= 0 else data


def main(argv: list[str]) -> int:
    files = sorted(CORPUS.glob("*.xml"))
    if not files:
        print(f"no PAGE files in {CORPUS}", file=sys.stderr)
        return 1
    cols = ("keep", "auto", "naive", "naive>auto", "naive>rebuild", "shuf>auto", "shuf>rebuild",
            "alto-RO>auto", "alto-blocks>auto", "alto-naive>auto")
    print(f"{'page':28}" + "".join(f"{c:>17}" for c in cols))
    sums = [0.0] * len(cols)
    for path in files:
        page = classify(read_page_xml(path))
        truth = page.reading_order
        ref = order_text(page, truth)
        row = [
            cer(ref, order_text(page, ordered(page, truth, "keep"))),
            cer(ref, order_text(page, ordered(page, truth, "auto"))),
            cer(ref, order_text(page, naive(page))),
            cer(ref, order_text(page, ordered(page, naive(page), "auto"))),
            cer(ref, order_text(page, ordered(page, naive(page), "rebuild"))),
        ]
        shuffles = []
        for seed in SEEDS:
            ids = list(truth)
            random.Random(seed).shuffle(ids)
            shuffles.append(tuple(ids))
        row.append(sum(cer(ref, order_text(page, ordered(page, s, "auto")))
                       for s in shuffles) / len(shuffles))
        row.append(sum(cer(ref, order_text(page, ordered(page, s, "rebuild")))
                       for s in shuffles) / len(shuffles))
        for given, strip in ((truth, False), (truth, True), (naive(page), True)):
            alto = alto_bytes(dataclasses.replace(page, reading_order=given))
            back = read_alto(without_reading_order(alto) if strip else alto, name=path.name)
            row.append(cer(ref, order_text(back, order(classify(back), "auto").reading_order)))
        sums = [s + r for s, r in zip(sums, row, strict=True)]
        print(f"{path.stem[:28]:28}" + "".join(f"{r:17.3f}" for r in row))
    print(f"{'mean':28}" + "".join(f"{s / len(files):17.3f}" for s in sums))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
