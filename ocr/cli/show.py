"""``newsocr show``: process a scan and draw what was found on it (adapter over the
pipeline and ``ocr.writers.overlay``, which only draws)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from PIL import Image

from ..errors import UsageError
from ..pipeline import process_pages
from ..writers.overlay import write_overlay
from .options import add_page_options


def cmd_show(args: argparse.Namespace) -> int:
    """``newsocr show PAGE -o overlay.png``: process a scan and draw what was found."""
    from ..readers.image import iter_image

    path = Path(args.page)
    pages = process_pages(path, lang=args.lang, profile=args.layout, correct=False)
    frames = iter_image(path)  # one frame decoded at a time
    out = Path(args.output)
    for n, (page, frame) in enumerate(zip(pages, frames, strict=True), 1):
        if page.size is None:
            raise UsageError(f"{path}: has no geometry to draw (text input)")
        pixels = frame.colour if frame.colour is not None else frame.gray
        target = out if n == 1 else out.with_name(f"{out.stem}_p{n}{out.suffix}")
        write_overlay(page, Image.fromarray(pixels), target)
        print(
            f"newsocr: {target}: {len(page.columns)} columns, {len(page.blocks)} blocks, "
            f"{len(page.articles)} articles",
            file=sys.stderr,
        )
    return 0


def register(sub: Any) -> None:
    """Add ``show`` to the ``newsocr`` command."""
    p = sub.add_parser(
        "show",
        help="draw columns, blocks and reading order of a scan on a PNG",
        description="Process a page image and write an overlay PNG: columns shaded, "
        "blocks outlined in a colour per kind, reading order as numbered arrows. "
        "A multi-page TIFF gives NAME_p2.png and so on for the later pages.",
    )
    p.add_argument("page", metavar="PAGE", help="page image (.png .jpg .tif)")
    p.add_argument("-o", "--output", required=True, metavar="PNG", help="overlay file to write")
    add_page_options(p)
    p.set_defaults(handler=cmd_show)
