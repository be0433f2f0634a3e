"""``newsocr mets``: one METS file per issue of a finished batch (adapter over ``ocr.issues``).

A command of its own rather than ``batch --mets``: an issue's METS needs all its pages
done, and a batch may be resumed, fail pages, or run on Dask; reading the finished
output folder gives every such run its METS the same way, and remakes it without
reprocessing a page.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def cmd_mets(args: argparse.Namespace) -> int:
    from ..issues import write_issue_mets
    from ..version import newsocr_version

    issues = write_issue_mets(args.outdir, args.manifest, f"newsocr {newsocr_version()}")
    for issue in issues:
        if issue.missing:
            print(f"newsocr: warning: {issue.mets_path}: {len(issue.missing)} failed page(s) "
                  f"left out: {', '.join(issue.missing[:5])}", file=sys.stderr)
    if not args.quiet:
        pages = sum(len(i.pages) for i in issues)
        print(f"newsocr: {len(issues)} METS file(s) written for {pages} page(s)", file=sys.stderr)
    return 0


def register(sub: Any) -> None:
    """Add ``mets`` to the ``newsocr`` command."""
    p = sub.add_parser(
        "mets", help="write a METS file per issue of a batch output folder",
        description="Write, for each issue in OUTDIR (the output of `newsocr batch` with ALTO "
                    "output), a METS 1.12 file: page images and ALTO files (fileSec), pages "
                    "(physical structMap) and articles pointing at ALTO block IDs (logical "
                    "structMap). An issue is a folder of pages (OUTDIR/ISSUE/ISSUE.mets.xml), "
                    "or the 'issue' column of --manifest (OUTDIR/ISSUE.mets.xml).",
    )
    p.add_argument("outdir", type=Path, metavar="OUTDIR", help="a batch output folder")
    p.add_argument("--manifest", type=Path, default=None,
                   help="the batch's CSV/JSONL manifest, with an 'issue' column")
    p.add_argument("-q", "--quiet", action="store_true", help="no summary line")
    p.set_defaults(handler=cmd_mets)
