"""Noisy text from OCR or PDF extraction: decode bytes, then reflow lines into blocks.

The page reader: a file, bytes or a string decoded (``textdecode``), a file's pages
parted at its form feeds, a degenerate page read as running text (``textcoarse``), an
extractor's scattered pieces laid out again (``textruns``, ``textgrid``, the Chinese
``textweave``), and the lines handed to ``textreflow.reflow``, which cuts them into
blocks; ``classify`` then names each block's kind and the shared assembly stage joins
them into articles.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..files import page_stem
from ..markers import reader_marks
from ..model import Page, Source, Step
from ..profiles import Profile, load_profile
from ..script import guess_lang
from ..version import newsocr_version
from .textbeside import part_joined
from .textcaption import part_captions
from .textcoarse import RUNNING_TEXT, coarse_blocks, degenerate
from .textdeal import deal
from .textdecode import PAGE_BREAK, decode, read_bytes
from .textgrid import read_grid
from .textreflow import reflow
from .textruns import read_runs
from .textweave import unweave


def read_text(
    source: str | Path | bytes,
    *,
    name: str | None = None,
    lang: str = "auto",
    profile: Profile | str | None = None,
    encoding: str | None = None,
) -> Page:
    """Read a page of noisy text (a path, raw bytes, or an already decoded ``str``);
    ``encoding`` forces the codec of bytes (default: detected, see ``decode``).

    Returns a page whose blocks are in text order, of kind ``body`` but for marker
    lines (see ``reflow``): the ``classify`` stage names them, assembly comes later.
    """
    prof = load_profile(profile)
    if isinstance(source, Path):
        data = read_bytes(source)
        name = name or str(source)
        text = decode(data, name, encoding)
    elif isinstance(source, bytes):
        data = source
        name = name or "<bytes>"
        text = decode(data, name, encoding)
    else:
        name = name or "<text>"
        data = source.encode("utf-8")
        text = decode(data, name)
    page_id = Path(name).stem if not name.startswith("<") else "page"
    return _text_page(text, page_id, Source(path=Path(name).name,
                      sha256=hashlib.sha256(data).hexdigest(), kind="text"), lang, prof)


def read_text_pages(
    path: Path, *, lang: str = "auto", profile: Profile | str | None = None,
    encoding: str | None = None,
) -> list[Page]:
    """The pages of a text file: form feeds part them (``pdftotext`` ends each page of a
    PDF with one), named ``NAME-p1``, ``NAME-p2`` ... as a multi-page TIFF's are; a page
    without text (a PDF page of pictures) is a blank page, so the numbers stay the PDF's.
    A file of one page is ``read_text``'s page."""
    prof = load_profile(profile)
    data = read_bytes(path)
    text = decode(data, str(path), encoding, form_feeds=True)
    parts = text.split(PAGE_BREAK)
    if len(parts) > 1 and not parts[-1].strip():
        parts.pop()  # (what follows the last page's form feed: pdftotext ends each so)
    else:  # a printer's form feeds (one may open the file): empty parts are no pages
        parts = [part for part in parts if part.strip()]
    source = Source(path=path.name, sha256=hashlib.sha256(data).hexdigest(), kind="text")
    if len(parts) <= 1:
        return [_text_page(text.replace(PAGE_BREAK, "\n\n"), path.stem, source, lang, prof)]
    return [_text_page(part, page_stem(path.stem, n, len(parts)), source, lang, prof,
                       () if part.strip() else (BLANK_PAGE,))
            for n, part in enumerate(parts, 1)]


#: The warning a page of a text file that holds no text carries.
BLANK_PAGE = "no text on this page (a PDF page of pictures, or an empty one)"


def _text_page(text: str, page_id: str, source: Source, lang: str, prof: Profile,
               warnings: tuple[str, ...] = ()) -> Page:
    """A page of decoded ``text``: its blocks in text order (see ``read_text``)."""
    page_lang = guess_lang(text) if lang == "auto" else lang
    steps: tuple[Step, ...] = ()
    as_written = True
    if shape := degenerate(text):
        unit, many, mean = shape
        blocks = coarse_blocks(text)
        warnings = (f"{unit} averaging {mean:,.1f} characters ({many:,} of them) are "
                    "no newspaper columns: read as running text (its words kept in order; "
                    "its line and paragraph breaks not) and not corrected",)
        steps = (Step("newsocr", newsocr_version(), RUNNING_TEXT,
                      ((unit, str(many)), ("mean_chars", f"{mean:.1f}"))),)
    else:
        marks = reader_marks(prof)
        runs = read_runs(text, marks)
        laid = read_grid(runs, marks, own_rows=runs == text)
        as_written = laid == text
        if as_written and page_lang == "zh":
            laid = deal(unweave(part_joined(part_captions(text, marks), marks), marks, prof), marks)
        blocks = reflow(laid, page_lang, prof, as_written=as_written)
    page = Page(
        id=page_id,
        source=source,
        lang=page_lang,
        blocks=blocks,
        reading_order=tuple(b.id for b in blocks),
        warnings=warnings,
        steps=steps,
        from_grid=not as_written,
    )
    return page
