"""Reading order kept, rebuilt or weighed (``--order``) on real PAGE truth (../shared/corpus/nzz).

For each PAGE file the reference is the text of its regions in the file's own
``ReadingOrder``. The page is fed in with that order, with a naive top-down order
(what an engine that does not order gives), and shuffled (5 seeds); each is put through
classify + the order stage under each mode, and the order-aware CER of the resulting
reading-order text against the reference is printed. The truth is also fed in as
newsocr's ALTO, with and without its ``ReadingOrder`` element (block order only).

``--scans [devset|nzz|all]`` instead runs the scan path on the pages of ``bench scans``
and says how much of its order-aware CER is order (``scan_floors``).
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


def in_truth_order(ref: str, hyp: str, sep: str, n: int = 6) -> str:
    """``hyp``'s pieces (split at ``sep``) put in the order their text has in ``ref``.

    Each piece is placed where most of its character ``n``-grams that occur once in
    ``ref`` say it starts (white space ignored); a piece with none stays after the one
    before it. The order-aware CER of the result is what recognition alone costs, with
    the reading order of those pieces made perfect.
    """
    flat = "".join(ref.split())
    seen: dict[str, int] = {}
    for i in range(len(flat) - n + 1):
        seen[flat[i : i + n]] = -1 if flat[i : i + n] in seen else i
    placed, last = [], -1.0
    for k, piece in enumerate(hyp.split(sep)):
        text = "".join(piece.split())
        starts = sorted(seen[g] - i for i in range(len(text) - n + 1)
                        if seen.get(g := text[i : i + n], -1) >= 0)
        last = float(starts[len(starts) // 2]) if starts else last + 1e-3
        placed.append((last, k, piece))
    return sep.join(p for _, _, p in sorted(placed))


def scan_floors(which: str) -> int:
    """``--scans devset|nzz|all``: how much of the scan path's order-aware CER is order.

    Per page: ``cer`` (order-aware, as ``bench scans``), ``blocks`` and ``lines`` (the
    same output with its blocks, or its lines, put in the truth's order:
    ``in_truth_order``), ``bag`` (order-free). ``cer - blocks`` is what the order of
    blocks costs; ``lines - bag`` is what no order can win back: the bag distance
    counts a deletion and an insertion anywhere as one edit, so noisy recognition alone
    puts the order-aware CER well over it.
    """
    from ocr.pipeline import process_pages
    from ocr.qa_load import doc_from_page
    from scripts.bench.scan_truth import fold
    from scripts.bench.scans import bench_pages

    print(f"{'page':28}" + "".join(f"{c:>9}" for c in ("cer", "blocks", "lines", "bag")))
    for path, truth, lang, _ in bench_pages(which, None, "frk"):
        ours = fold(doc_from_page(process_pages(path, lang=lang, correct=False)[0]).text)
        ref = fold(truth.text)
        c = compare(ref, ours)
        row = (c.cer, cer(ref, in_truth_order(ref, ours, "\n\n")),
               cer(ref, in_truth_order(ref, ours, "\n")), c.cer_bag)
        print(f"{path.stem[:28]:28}" + "".join(f"{r:9.3f}" for r in row), flush=True)
    return 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["--scans"]:
        return scan_floors(argv[1] if len(argv) > 1 else "all")
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
