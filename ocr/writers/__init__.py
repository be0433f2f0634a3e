"""Writers: every output format of a page, written atomically (temp file + rename)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..errors import UsageError
from ..files import atomic_write
from ..model import Page
from .json import json_bytes
from .text import text_bytes


def _alto_bytes(page: Page) -> bytes:
    from .alto import alto_bytes  # lxml loads only when ALTO is asked for

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


__all__ = ["DEFAULT_FORMATS", "FORMATS", "atomic_write", "check_formats", "write_page"]


def check_formats(formats: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise UsageError(f"unknown output format {unknown[0]!r} (known: {', '.join(FORMATS)})")
    return tuple(formats)


def write_page(
    page: Page, out_base: Path, formats: tuple[str, ...] = DEFAULT_FORMATS
) -> list[Path]:
    """Write ``page`` as ``out_base`` + each format's suffix; returns the paths written.

    Every serializer runs before the first file is written, so a failure leaves no
    output of this page behind.
    """
    blobs = [
        (Path(str(out_base) + FORMATS[f][0]), FORMATS[f][1](page)) for f in check_formats(formats)
    ]
    for path, data in blobs:
        atomic_write(path, data)
    return [p for p, _ in blobs]
