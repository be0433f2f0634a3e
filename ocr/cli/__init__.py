"""The ``newsocr`` command: a thin adapter over the library API.

Each subcommand lives in a module of its own (``process``, ``batch``, ``diff``, ``show``,
``profiles``, ``mets``) that registers its parser; what they share (exit codes, argument
types, page options) is in ``options``. Imports run one way: this module imports the
subcommands, they import ``options`` and the library, and nothing outside ``ocr.cli``
imports ``ocr.cli``.

Exit codes are mapped in one place (``main``): 0 success, 1 a page failed,
2 bad usage or an invalid profile, 3 a missing dependency, 130 interrupted (Ctrl-C),
143 terminated (SIGTERM).
"""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Sequence

from ..errors import NewsocrError
from ..runtime import keep_freed_memory, run_settings
from . import batch, diff, mets, process, profiles, show
from .options import (
    EXIT_OK,
    EXIT_PAGE_FAILED,
    EXIT_USAGE,
    Handler,
    add_encoding_option,
    add_page_options,
    formats,
    page_numbers,
    rate,
)

__all__ = ["EXIT_OK", "EXIT_PAGE_FAILED", "EXIT_USAGE", "add_encoding_option",
           "add_page_options", "build_parser", "formats", "main", "page_numbers", "rate"]

#: ``interrupted``: the shell's status for a process ended by SIGINT (128 + 2).
EXIT_INTERRUPTED = 130
#: ``terminated``: the shell's status for a process ended by SIGTERM (128 + 15).
EXIT_TERMINATED = 143


class Terminated(KeyboardInterrupt):
    """SIGTERM (a job scheduler's stop, ``kill``), raised where the program is so that it
    unwinds as on Ctrl-C: files being written are removed, not left as ``.part`` files."""


def _terminated(signum: int, frame: object) -> None:
    raise Terminated


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsocr",
        description="Turn newspaper pages (scans, noisy OCR/PDF text, other engines' ALTO) "
                    "into correctly ordered articles and valid ALTO 4 XML.",
        epilog="Exit status: 0 success, 1 a page failed, 2 bad usage or profile, "
               "3 missing dependency (e.g. Tesseract), 130 interrupted, 143 terminated.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for command in (process, batch, profiles, diff, show, mets):  # the order of --help
        command.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        before = signal.signal(signal.SIGTERM, _terminated)
    except ValueError:  # not the main thread: the caller's handlers stay
        return _run(argv)
    try:
        return _run(argv)
    finally:  # a caller's handler back (None: one set outside Python, the default here)
        signal.signal(signal.SIGTERM, signal.SIG_DFL if before is None else before)


def _run(argv: Sequence[str] | None) -> int:
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        handler: Handler = args.handler
        run_settings()  # a bad NEWSOCR_* value is refused before a command writes anything
        keep_freed_memory()  # a program's setting: a library call leaves the allocator be
        return handler(args)
    except NewsocrError as exc:
        print(f"newsocr: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except Terminated:
        print("newsocr: terminated", file=sys.stderr)
        return EXIT_TERMINATED
    except KeyboardInterrupt:
        print("newsocr: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
