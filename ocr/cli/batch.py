"""``newsocr batch``: a thin adapter over ``ocr.batch`` (parallel, resumable, failure log)."""

from __future__ import annotations

import argparse
import math
import os
import sys
from pathlib import Path
from typing import Any

from ..batch import Policy, run_batch
from ..errors import UsageError
from ..profiles import load_profile
from ..readers.sniff import INPUT_SUFFIXES
from ..writers import DEFAULT_FORMATS, FORMATS
from .options import (
    EXIT_PAGE_FAILED,
    add_encoding_option,
    add_page_options,
    formats,
    page_numbers,
    rate,
)


def cmd_batch(args: argparse.Namespace) -> int:
    if args.executor == "local" and args.scheduler:
        raise UsageError("--scheduler needs --executor dask")
    policy = Policy(
        timeout=args.timeout if args.timeout > 0 else None,
        overwrite=args.overwrite,
        retry_failed=args.retry_failed,
        max_failure_ratio=args.max_failure_ratio,
        formats=args.format,
        follow_links=args.follow_links,
        encoding=args.encoding,
        pages=args.pages,
    )
    cores = os.cpu_count() or 1
    if args.workers and args.workers > cores:
        print(f"newsocr: warning: -j {args.workers} is more than this machine's {cores} "
              "cores: pages will wait for each other and each worker costs memory",
              file=sys.stderr)
    load_profile(args.layout)  # a bad profile is a usage error before any work starts
    executor: Any = None
    if args.executor == "dask":
        from ..executors import DaskExecutor

        executor = DaskExecutor(args.scheduler, args.workers, policy.timeout)
    progress: Any = None
    if not args.quiet:
        from ..progress import TqdmProgress

        progress = TqdmProgress()
    try:
        result = run_batch(args.input, args.output, profile=args.layout, lang=args.lang,
                           correct=not args.no_correct, policy=policy, executor=executor,
                           workers=args.workers, progress=progress, order=args.order)
    finally:
        if executor is not None:
            executor.close()
    done, skipped, failed = (result.count(s) for s in ("done", "skipped", "failed"))
    if not args.quiet:
        print(f"newsocr: {done} page(s) done, {skipped} skipped, {failed} failed"
              + (" (aborted: too many failures)" if result.aborted else "")
              + f"; see {args.output}/batch.jsonl", file=sys.stderr)
    for o in result.outcomes:
        if o.status == "failed":
            print(f"newsocr: error: {o.error}", file=sys.stderr)
        elif o.status == "skipped" and o.error and o.error.startswith("a link"):
            print(f"newsocr: warning: {o.path}: {o.error}", file=sys.stderr)
    return EXIT_PAGE_FAILED if result.exit_code else 0


def _count(value: str) -> int:
    """``-j``: a whole number of workers, at least 1."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, not {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"needs at least 1 worker, not {n}")
    return n


def _seconds(value: str) -> float:
    """``--timeout``: seconds, 0 for none; NaN, infinite and negative values are refused."""
    try:
        x = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected seconds, not {value!r}") from None
    if not math.isfinite(x) or x < 0:
        raise argparse.ArgumentTypeError(f"expected a number of seconds >= 0, not {value}")
    return x


def register(sub: Any) -> None:
    """Add ``batch`` to the ``newsocr`` command."""
    p = sub.add_parser(
        "batch", help="process a folder or manifest: parallel, resumable, failure log",
        description="Process every page of a folder (recursively: "
                    f"{' '.join(INPUT_SUFFIXES)}) or of a CSV/JSONL manifest (path, page_id, "
                    "profile, lang) into OUTDIR, mirroring the input tree. Re-running skips "
                    "pages whose outputs are current; OUTDIR/batch.jsonl lists every page, "
                    "OUTDIR/failures.jsonl the failed ones. Exit status 1 if any page failed.",
    )
    p.add_argument("input", type=Path, metavar="INPUT", help="folder or manifest (.csv, .jsonl)")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="OUTDIR")
    p.add_argument("-j", "--workers", type=_count, default=None,
                   help="worker processes (default: one per core; never more than pages)")
    p.add_argument("--executor", choices=("local", "dask"), default="local",
                   help="local process pool (default) or a Dask cluster")
    p.add_argument("--scheduler", metavar="tcp://HOST:PORT", default=None,
                   help="Dask scheduler address; without it a LocalCluster is started")
    p.add_argument("--timeout", type=_seconds, default=Policy().timeout, metavar="SECONDS",
                   help=f"per-page time limit, 0 for none (default: {Policy().timeout:g})")
    p.add_argument("--overwrite", action="store_true", help="redo pages whose outputs are current")
    p.add_argument("--retry-failed", action="store_true",
                   help="only redo the pages in OUTDIR/failures.jsonl")
    default = Policy()
    p.add_argument("--max-failure-ratio", type=rate, default=default.max_failure_ratio,
                   metavar="R", help="stop when more than this share of pages failed "
                   f"(after {default.min_pages}; default: {default.max_failure_ratio:g})")
    p.add_argument("--format", type=formats, default=DEFAULT_FORMATS,
                   help=f"comma-separated outputs among {','.join(FORMATS)}")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")
    p.add_argument("--follow-links", action="store_true",
                   help="also read links in INPUT that point outside it (default: skipped)")
    add_page_options(p)
    add_encoding_option(p)
    p.add_argument("--pages", type=page_numbers, default=None, metavar="N-M,K",
                   help="only these pages of each multi-page PDF, TIFF or text file (form "
                        "feeds part its pages; from 1: 1-3,5); "
                        "outputs keep the page's number, NAME-pN")
    p.set_defaults(handler=cmd_batch)
