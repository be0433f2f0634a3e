"""``newsocr diff``: QA figures of actual against expected text (adapter over ``ocr.qa``).

The figures are printed as a table or JSON, an HTML report is written on request, and
``--max-cer``/``--max-wer`` turn them into an exit status for a CI gate.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ..errors import UsageError
from ..qa_report import table, to_html
from .options import EXIT_PAGE_FAILED, rate


def cmd_diff(args: argparse.Namespace) -> int:
    """``newsocr diff``: print the table (or JSON), write HTML, fail above thresholds."""
    from ..qa_load import diff_paths

    if args.html is not None and args.html.is_dir():
        raise UsageError(f"{args.html}: is a folder; --html names the report file to write")
    report = diff_paths(args.expected, args.actual)
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(table(report, per_segment=not args.pages_only))
    if args.html:
        from ..writers import atomic_write

        atomic_write(args.html, to_html(report).encode("utf-8"))
    breaches = [
        f"{name} {100 * value:.2f}% above --max-{name.lower()} {100 * limit:.2f}%"
        for name, value, limit in (("CER", report.total.cer, args.max_cer),
                                   ("WER", report.total.wer, args.max_wer))
        if limit is not None and value > limit
    ]
    for b in breaches:
        print(f"newsocr: QA failed: {b}", file=sys.stderr)
    return EXIT_PAGE_FAILED if breaches else 0


def register(sub: Any) -> None:
    """Add ``diff`` to the ``newsocr`` command."""
    p = sub.add_parser(
        "diff", help="QA: CER/WER of actual against expected text (table, JSON, HTML)",
        description="Compare EXPECTED with ACTUAL: two files (plain text, newsocr JSON, ALTO "
                    "of any version) or two folders matched by page id. Prints CER and WER, "
                    "order-aware and order-free (bag), per article, per page and in total "
                    "(micro-averaged). Exit status 1 when a --max-* threshold is exceeded.",
    )
    p.add_argument("expected", type=Path, metavar="EXPECTED")
    p.add_argument("actual", type=Path, metavar="ACTUAL")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--html", type=Path, metavar="FILE",
                   help="write a side-by-side, colour-marked report per article")
    p.add_argument("--max-cer", type=rate, metavar="RATE",
                   help="fail (exit 1) when the total CER is above RATE, e.g. 0.02")
    p.add_argument("--max-wer", type=rate, metavar="RATE",
                   help="fail (exit 1) when the total WER is above RATE")
    p.add_argument("--pages-only", action="store_true", help="no per-article rows")
    p.set_defaults(handler=cmd_diff)
