"""Writers: every output format of a page, written atomically (temp file + rename).

The formats are streamed into their files (``STREAMS``): a 10 MB text page's ALTO is
150 MB and its PAGE-XML 370 MB, never held in memory whole (nor as a tree), nor its text
as a string and bytes besides.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import BinaryIO

from ..errors import UsageError
from ..files import Content, atomic_write, atomic_write_all
from ..model import Page
from ..runtime import paused_gc
from .json import json_bytes, write_json_to
from .text import text_bytes, write_text_to


def _alto_bytes(page: Page) -> bytes:
    from .alto import alto_bytes  # the writer loads only when ALTO is asked for

    return alto_bytes(page)


def _page_xml_bytes(page: Page) -> bytes:
    from .page import page_xml_bytes

    return page_xml_bytes(page)


#: Output formats by name: (file suffix, serializer).
FORMATS: dict[str, tuple[str, Callable[[Page], bytes]]] = {
    "json": (".json", json_bytes),
    "txt": (".txt", text_bytes),
    "alto": (".alto.xml", _alto_bytes),
    "page": (".page.xml", _page_xml_bytes),
}
DEFAULT_FORMATS = ("json", "txt", "alto")


def _write_alto_to(page: Page, fh: BinaryIO) -> None:
    from .alto import write_alto_to

    write_alto_to(page, fh)


def _write_page_xml_to(page: Page, fh: BinaryIO) -> None:
    from .page import write_page_xml_to

    write_page_xml_to(page, fh)


#: Formats written into the open file as they are made, not as bytes first.
STREAMS: dict[str, Callable[[Page, BinaryIO], None]] = {
    "json": write_json_to,
    "txt": write_text_to,
    "alto": _write_alto_to,
    "page": _write_page_xml_to,
}


__all__ = ["DEFAULT_FORMATS", "FORMATS", "atomic_write", "check_formats", "write_page"]


def check_formats(formats: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """``formats`` as a tuple; an unknown one, or none at all (``--format ""``, which wrote
    nothing and said the pages were written), is a usage error."""
    if not formats:
        raise UsageError(f"no output format named (known: {', '.join(FORMATS)})")
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise UsageError(f"unknown output format {unknown[0]!r} (known: {', '.join(FORMATS)})")
    return tuple(formats)


def write_page(
    page: Page, out_base: Path, formats: tuple[str, ...] = DEFAULT_FORMATS
) -> list[Path]:
    """Write ``page`` as ``out_base`` + each format's suffix; returns the paths written.

    Every format is written to its temporary file before the first is renamed into
    place, so a failure leaves no output of this page behind.

    The collector is paused while the formats are made (the page's objects are not
    scanned again for each), and its youngest generation, the writers' own few objects,
    is collected before it runs again: otherwise the pause's allocations wake it at
    once, and that collection often takes in the middle generation too, where the page
    (millions of objects once processed) now is, only to find it alive: 0.7 s on a 10 MB
    text page. Deferred, it finds the page gone when the caller has dropped it.
    """
    collecting = gc.isenabled()  # a caller that turned the collector off keeps it off
    files: list[tuple[Path, Content]] = []
    with paused_gc():
        for f in check_formats(formats):
            content: Content
            if f in STREAMS:
                content = partial(STREAMS[f], page)
            else:
                content = FORMATS[f][1](page)
            files.append((Path(str(out_base) + FORMATS[f][0]), content))
        try:
            return atomic_write_all(files)
        finally:
            if collecting:
                gc.collect(0)
