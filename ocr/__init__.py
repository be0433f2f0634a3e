"""newsocr: newspaper pages (scans, noisy text, other engines' ALTO) to ordered articles and ALTO 4.

The small public API::

    import ocr
    page = ocr.process("page.txt")            # or a .png/.tif scan, an ALTO .xml, a str of text
    for article in page.articles:
        print(article.headlines, article.paragraphs)
    ocr.write_page(page, Path("out/page"))     # out/page.json, .txt, .alto.xml (atomic)

The stages (``classify``, ``order``, ``assemble``, ``correct``) are plain ``Page -> Page``
functions for those who compose their own pipeline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .assemble import assemble
from .classify import classify
from .correct import correct
from .errors import DependencyError, EngineError, InputError, NewsocrError, ProfileError
from .model import Article, Block, BlockKind, Box, Jump, Line, Page, Photo, Word
from .order import order
from .pipeline import process, process_pages, read_pages
from .profiles import Profile, available_profiles, load_profile
from .readers.text import read_text
from .writers import write_page
from .writers.json import page_dict

if TYPE_CHECKING:
    from .issues import write_issue_mets
    from .readers.alto import read_alto
    from .readers.hocr import read_hocr
    from .readers.page import read_page_xml
    from .readers.pdf import read_pdf
    from .scan import read_scan
    from .writers.alto import write_alto
    from .writers.page import write_page_xml

__all__ = [
    "Article", "Block", "BlockKind", "Box", "DependencyError", "EngineError", "InputError",
    "Jump", "Line", "NewsocrError", "Page", "Photo", "Profile", "ProfileError", "Word",
    "assemble", "available_profiles", "classify", "correct", "load_profile", "order",
    "page_dict", "process", "process_pages", "read_alto", "read_hocr", "read_pages",
    "read_scan", "read_text", "write_alto", "write_page",
    "read_page_xml", "write_page_xml", "write_issue_mets", "read_pdf",
]

# Heavy dependencies (lxml, OpenCV, Tesseract, jieba) load only when their entry is used.
_LAZY = {
    "read_alto": ("readers.alto", "read_alto"),
    "read_hocr": ("readers.hocr", "read_hocr"),
    "read_scan": ("scan", "read_scan"),
    "write_alto": ("writers.alto", "write_alto"),
    "read_page_xml": ("readers.page", "read_page_xml"),
    "read_pdf": ("readers.pdf", "read_pdf"),
    "write_page_xml": ("writers.page", "write_page_xml"),
    "write_issue_mets": ("issues", "write_issue_mets"),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        module, attr = _LAZY[name]
        return getattr(import_module(f".{module}", __name__), attr)
    raise AttributeError(f"module 'ocr' has no attribute {name!r}")
