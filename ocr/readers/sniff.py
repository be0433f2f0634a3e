"""What a source is, from its content: magic bytes and the XML root, not the suffix alone.

A PDF named ``.txt`` read as text comes out as articles made of PDF syntax, and a
PAGE file named ``.xml`` is not ALTO; so every path is recognised by its first bytes.
The suffix decides only where the content does not (plain text has no magic).
"""

from __future__ import annotations

import re
from pathlib import Path

from ..model import SourceKind

#: Suffixes a folder batch picks up. ``.html`` hOCR is read when named, not walked into:
#: a folder of pages often holds HTML reports too.
INPUT_SUFFIXES = (
    ".alto", ".hocr", ".jpeg", ".jpg", ".pdf", ".png", ".text", ".tif", ".tiff", ".txt", ".xml",
)

_HEAD = 4096
_IMAGE_MAGIC = (
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",  # JPEG
    b"II*\x00",  # TIFF, little-endian
    b"MM\x00*",  # TIFF, big-endian
    b"II+\x00",  # BigTIFF
    b"MM\x00+",
)
#: Suffixes of formats that are never plain text or markup. A file so named whose first
#: bytes are not its format's is a damaged download or an error page saved under the
#: page's name: it goes to the text reader, which refuses it by this name
#: (``textdecode.read_bytes``), and is never read as text or hOCR into articles of junk.
BINARY_SUFFIXES = {".pdf": "a PDF", ".png": "a PNG image", ".jpg": "a JPEG image",
                   ".jpeg": "a JPEG image", ".tif": "a TIFF image", ".tiff": "a TIFF image"}
_XML_SUFFIXES = frozenset({".xml", ".alto", ".hocr", ".html", ".htm", ".xhtml"})
# The prolog, comments and doctype before the first element, and that element's local name.
# A DOCTYPE's internal subset ([...], where entity bombs live) is skipped whole.
_SKIP = re.compile(rb"\s*(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\]\s*)?>)\s*",
                   re.DOTALL | re.IGNORECASE)
_ROOT = re.compile(rb"<(?:[\w.-]+:)?([\w.-]+)")
_ROOTS: dict[bytes, SourceKind] = {
    b"alto": "alto", b"PcGts": "page", b"html": "hocr", b"HTML": "hocr",
}


def sniff(path: Path) -> SourceKind:
    """The kind of the file at ``path``: from its first bytes, else from its suffix.

    An unreadable file is called ``text`` here; its reader reports the error.
    """
    try:
        with path.open("rb") as f:
            head = f.read(_HEAD)
    except OSError:
        head = b""
    return sniff_bytes(head, path.suffix.lower())


def sniff_bytes(head: bytes, suffix: str = "") -> SourceKind:
    """The kind of a source whose first bytes are ``head`` (``suffix`` breaks ties)."""
    if head.startswith(b"%PDF-") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(_IMAGE_MAGIC):
        return "image"
    if suffix in BINARY_SUFFIXES:
        return "text"
    kind = _markup_kind(head, suffix)
    if kind is not None:
        return kind
    if suffix in (".hocr", ".html", ".htm") and b"<" in head:
        return "hocr"
    return "text"


def _markup_kind(head: bytes, suffix: str) -> SourceKind | None:
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    text = _SKIP.sub(b"", stripped)
    match = _ROOT.match(text)
    if match is None:
        return None
    known = _ROOTS.get(match.group(1))
    if known is not None:
        return known
    # Other XML goes to the ALTO reader, which names the root it found; a text page
    # that merely starts with "<" stays text.
    if suffix in _XML_SUFFIXES or stripped.startswith(b"<?xml"):
        return "alto"
    return None
