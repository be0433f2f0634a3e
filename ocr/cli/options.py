"""What the subcommands share: exit codes, argument types and the page options.

A module of its own so that the subcommand modules import it and ``ocr.cli`` imports
them, never the other way round (no cycle inside the command line either).
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable

from ..engine_order import ORDER_MODES
from ..errors import UsageError
from ..writers import check_formats

EXIT_OK, EXIT_PAGE_FAILED, EXIT_USAGE = 0, 1, 2

Handler = Callable[[argparse.Namespace], int]


def page_numbers(value: str) -> tuple[int, ...]:
    """``1-3,5`` -> (1, 2, 3, 5): pages counted from 1, in the order given."""
    out: list[int] = []
    try:
        for part in (p.strip() for p in value.split(",")):
            lo, _, hi = part.partition("-")
            first, last = int(lo), int(hi or lo)
            if first < 1 or last < first or last - first > 100_000:
                raise ValueError(part)
            out.extend(range(first, last + 1))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"--pages wants page numbers from 1 like 1-3,5, not {value!r}") from None
    return tuple(out)


def _lang(value: str) -> str:
    """``auto``, ``zh``, ``en`` or Tesseract language names joined by ``+`` (``deu+frk``)."""
    if not re.fullmatch(r"[a-z][a-z_]*(\+[a-z][a-z_]*)*", value):
        raise argparse.ArgumentTypeError(
            f"--lang wants auto, zh, en or Tesseract languages like frk or deu+frk, "
            f"not {value!r}")
    return value


def formats(value: str) -> tuple[str, ...]:
    try:
        return check_formats([f.strip() for f in value.split(",") if f.strip()])
    except UsageError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def rate(value: str) -> float:
    """A share between 0 and 1 (``--max-failure-ratio``, ``diff --max-cer``); NaN refused."""
    try:
        x = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number from 0 to 1, not {value!r}") from None
    if not 0.0 <= x <= 1.0:  # false for NaN too
        raise argparse.ArgumentTypeError(f"expected a number from 0 to 1, not {value}")
    return x


def add_page_options(p: argparse.ArgumentParser) -> None:
    """Options every command that processes pages shares."""
    p.add_argument("--lang", type=_lang, default="auto",
                   help="page language: auto (detected from the text), zh, en, or for scans "
                        "Tesseract language data such as frk (black letter), deu, deu+frk "
                        "(default: auto)")
    p.add_argument("--layout", metavar="PROFILE", default=None,
                   help="layout profile: a name from `newsocr profiles` or a .toml path "
                        "(default: generic)")
    p.add_argument("--no-correct", action="store_true",
                   help="skip dictionary correction: keep the text exactly as read")
    p.add_argument("--order", choices=ORDER_MODES, default="auto",
                   help="the reading order an ALTO or PAGE input carries: keep it, rebuild it "
                        "from the geometry, or auto: keep it unless the geometry refutes it "
                        "(default: auto)")


def add_encoding_option(p: argparse.ArgumentParser) -> None:
    """``--encoding``: the codec of text pages when detection cannot be trusted."""
    p.add_argument("--encoding", type=_encoding, default=None, metavar="CODEC",
                   help="codec of text pages, e.g. big5, big5hkscs, gb18030, utf-16 (default: "
                        "detected: UTF-8/16/32 with or without BOM, GB18030 or Big5)")


def _encoding(value: str) -> str:
    from ..readers.textdecode import check_encoding

    try:
        check_encoding(value)
    except UsageError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return value
