"""Batch throughput: pages/minute with 1 and 2 local workers and with a Dask LocalCluster.

The same set of pages runs into fresh output folders; each run's
time includes starting its workers (they load the OCR engine and word lists), as
a user's run does. The Dask cluster's own start-up is reported apart: a cluster
usually outlives one batch. Image pages (fixtures/images) are used when the scan
path is installed, otherwise text pages (fixtures/text).

Run: .venv/bin/python -m scripts.bench batch [--kind image|text] [--copies N]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from ocr.batch import BatchResult, Policy, run_batch
from ocr.executors import DaskExecutor
from ocr.pipeline import INPUT_SUFFIXES
from ocr.runtime import PAGE_THREADS
from scripts.common import ROOT


def _scan_available() -> bool:
    try:
        import ocr.scan  # noqa: F401
    except ImportError:
        return False
    return True


def page_set(kind: str, copies: int, into: Path) -> int:
    """Copy the fixture pages ``copies`` times into ``into``; returns the page count."""
    src = ROOT / "fixtures" / ("images" if kind == "image" else "text")
    files = [p for p in sorted(src.iterdir())
             if p.suffix.lower() in INPUT_SUFFIXES and ".truth" not in p.name
             and ".expected" not in p.name]
    for n in range(copies):
        for f in files:
            shutil.copyfile(f, into / f"{f.stem}-{n}{f.suffix}")
    return len(files) * copies


def _burn(n: int) -> int:
    s = 0
    for i in range(n):
        s += i * i
    return s


def machine_parallelism(n: int = 10**7) -> float:
    """How much faster two CPU-bound processes finish than one doing both (ideal: 2.0).

    Printed beside the figures: on a shared or throttled machine it is near 1.0,
    and no executor can beat it.
    """
    import multiprocessing as mp

    with mp.get_context("spawn").Pool(2) as pool:
        pool.map(_burn, [10, 10])
        t0 = time.perf_counter()
        _burn(n)
        _burn(n)
        serial = time.perf_counter() - t0
        t0 = time.perf_counter()
        pool.map(_burn, [n, n], chunksize=1)
        return serial / (time.perf_counter() - t0)


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def timed(label: str, pages: int, run: Callable[[], BatchResult]) -> float:
    """Runs one batch; prints its time, pages/min and, for the local pool, the cores it kept busy.

    The local pool's workers (and their Tesseract processes) have ended when
    ``run`` returns, so their CPU time is in RUSAGE_CHILDREN; Dask's workers
    outlive the run, so no figure is printed for them.
    """
    cpu0, t0 = _children_cpu(), time.perf_counter()
    result: BatchResult = run()
    dt = time.perf_counter() - t0
    cores = (_children_cpu() - cpu0) / dt
    failed = result.count("failed")
    print(f"{label:<30} {dt:7.2f} s  {60 * pages / dt:8.1f} pages/min"
          + (f"  {cores:4.2f} cores busy" if cores > 0.05 else "")
          + (f"  ({failed} failed)" if failed else ""))
    return dt


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="scripts.bench batch", description=__doc__.splitlines()[0])
    ap.add_argument("--kind", choices=("auto", "image", "text"), default="auto")
    ap.add_argument("--copies", type=int, default=0, help="copies of each fixture page "
                    "(default: 2 for images, 25 for text)")
    args = ap.parse_args(argv)
    kind = args.kind if args.kind != "auto" else ("image" if _scan_available() else "text")
    copies = args.copies or (3 if kind == "image" else 25)
    policy = Policy(overwrite=True)
    with tempfile.TemporaryDirectory(prefix="newsocr-bench-") as tmp:
        src = Path(tmp) / "in"
        src.mkdir()
        pages = page_set(kind, copies, src)
        print(f"{pages} {kind} pages; machine parallelism (2 CPU-bound processes vs 1): "
              f"{machine_parallelism():.2f}x")
        t1 = timed("local pool, 1 worker", pages,
                   lambda: run_batch(src, Path(tmp) / "w1", workers=1, policy=policy))
        os.environ[PAGE_THREADS] = str(os.cpu_count() or 1)  # within-page threads
        tt = timed("local pool, 1 worker, threads", pages,
                   lambda: run_batch(src, Path(tmp) / "w1t", workers=1, policy=policy))
        del os.environ[PAGE_THREADS]
        t2 = timed("local pool, 2 workers", pages,
                   lambda: run_batch(src, Path(tmp) / "w2", workers=2, policy=policy))
        t0 = time.perf_counter()
        dask = DaskExecutor(workers=2, timeout=policy.timeout)  # as `newsocr batch` does
        start = time.perf_counter() - t0
        try:
            td = timed("Dask LocalCluster, 2 workers", pages,
                       lambda: run_batch(src, Path(tmp) / "dask", executor=dask, policy=policy))
        finally:
            dask.close()
    print(f"speed-up 1 -> 2 workers: {t1 / t2:.2f}x "
          f"(1 worker using {os.cpu_count()} threads per page: {t1 / tt:.2f}x)")
    print(f"Dask overhead vs local 2 workers: {100 * (td - t2) / t2:+.1f}% "
          f"(cluster start-up {start:.1f} s, not included)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
