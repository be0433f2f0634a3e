"""PDF text-layer pages: newsocr's speed beside pdftotext's on the same pages, and accuracy.

``python -m scripts.bench pdf [PDF ...] [--repeat N]`` (default: ../shared/devset/textpdf).
One process, one core: pages/s of reading the text layer alone, of the whole pipeline
(read, layout, classify, order, assemble; text layers are not corrected), and of poppler's
``pdftotext`` run on the same files. With the dev set, each page is scored with
score_text.py (items, headline lines, paragraph-break F1, body CER).
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

from scripts.common import DEVSET as SHARED_DEVSET
from scripts.common import load_score_text

DEVSET = SHARED_DEVSET / "textpdf"


def _cpu() -> float:
    """CPU seconds of this process and its finished children (pdftotext)."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def _timed(fn, repeat: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Best wall-clock and best CPU seconds of ``repeat`` runs: on a shared machine the
    CPU time is the per-core figure; wall time grows with everyone else's load."""
    wall = cpu = float("inf")
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), _cpu()
        fn()
        wall, cpu = min(wall, time.perf_counter() - t0), min(cpu, _cpu() - c0)
    return wall, cpu


def _rate(pages: int, times: tuple[float, float]) -> str:
    wall, cpu = times
    return f"{pages / cpu:7.1f} pages/s per core (CPU)  {pages / wall:7.1f} pages/s wall"


def main(argv: list[str]) -> int:
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    import ocr
    from ocr.pipeline import read_pages, warm_up
    from ocr.readers.pdf import page_count
    from ocr.writers.json import page_dict

    repeat = 3
    if "--repeat" in argv:
        i = argv.index("--repeat")
        repeat = int(argv[i + 1])
        del argv[i : i + 2]
    files = [Path(a) for a in argv] or sorted(DEVSET.glob("*.pdf"))
    if not files:
        print("no PDFs given and ../shared/devset/textpdf is absent", file=sys.stderr)
        return 2
    pages = sum(page_count(f) for f in files)
    warm_up()
    for f in files:  # load lexicons, fonts and caches once before timing
        ocr.process_pages(f)
    read_s = _timed(lambda: [read_pages(f) for f in files], repeat)
    full_s = _timed(lambda: [ocr.process_pages(f) for f in files], repeat)
    print(f"{len(files)} file(s), {pages} page(s), best of {repeat}, one core")
    print(f"  newsocr text layer read   {_rate(pages, read_s)}")
    print(f"  newsocr whole pipeline    {_rate(pages, full_s)}")
    tool = shutil.which("pdftotext")
    if tool:
        def poppler() -> None:
            for f in files:
                subprocess.run([tool, "-enc", "UTF-8", str(f), os.devnull], check=True)

        pdftotext_s = _timed(poppler, repeat)
        print(f"  pdftotext (poppler)       {_rate(pages, pdftotext_s)} "
              f"(text only: no positions, sizes or articles)")
    else:
        print("  pdftotext not installed (apt-get install poppler-utils)")
    truths = [f.with_name(f.name.replace(".pdf", ".truth.json")) for f in files]
    if all(t.exists() for t in truths):
        score = load_score_text(files[0].parent.parent)

        tot = dict.fromkeys(("assembled", "items", "headlines", "headline_total", "para_tp",
                             "para_fp", "para_fn", "edits", "chars"), 0)
        for f, t in zip(files, truths, strict=True):
            res = score(json.loads(t.read_text(encoding="utf-8")),
                        page_dict(ocr.process(f)))
            for k in tot:
                tot[k] += res[k]
            print(f"  {f.stem:6} items {res['assembled']}/{res['items']}  headlines "
                  f"{res['headlines']}/{res['headline_total']}  paraF1 {res['para_f1']:.3f}  "
                  f"CER {res['cer']:.4f}")
        prec = tot["para_tp"] / max(1, tot["para_tp"] + tot["para_fp"])
        rec = tot["para_tp"] / max(1, tot["para_tp"] + tot["para_fn"])
        f1 = 0.0 if prec + rec == 0 else 2 * prec * rec / (prec + rec)
        print(f"  pooled items {tot['assembled'] / tot['items']:.0%}  headlines "
              f"{tot['headlines'] / tot['headline_total']:.0%}  paraF1 {f1:.3f}  "
              f"CER {tot['edits'] / max(1, tot['chars']):.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
