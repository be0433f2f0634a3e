"""``newsocr process``: pages in, one set of outputs per page (adapter over ``ocr.pipeline``)."""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import unicodedata
from pathlib import Path
from typing import Any

from ..correct import check_files
from ..errors import NewsocrError, PagesFailed, UsageError
from ..files import ensure_dir, file_stem, page_stem
from ..model import Page
from ..pipeline import iter_pages, process_pages, source_kind
from ..profiles import TEXT_ORIGINS, Profile, load_profile
from ..writers import DEFAULT_FORMATS, FORMATS, write_page
from .options import (
    EXIT_OK,
    EXIT_PAGE_FAILED,
    add_encoding_option,
    add_page_options,
    formats,
    page_numbers,
)


def _unique_base(outdir: Path, stem: str, used: set[str]) -> Path:
    """``outdir/stem``, or ``stem-2``, ... when an earlier input took that name, in any case
    or Unicode form (``Page.tif`` and ``page.tif``: one file on the macOS and Windows disks
    archives are copied to, as ``batch`` refuses)."""
    name, n = stem, 2
    while _folded(name) in used:
        name, n = f"{stem}-{n}", n + 1
    used.add(_folded(name))
    return outdir / name


def _folded(name: str) -> str:
    return unicodedata.normalize("NFC", name).casefold()


def _write_streaming(path: Path, args: argparse.Namespace, profile: Profile,
                     used: set[str]) -> int:
    """Process a file and write each page as soon as it is done (a 200-page TIFF keeps
    its finished pages when stopped); returns the pages written. The first page is held
    until a second one shows whether the file has several (NAME or NAME-p1)."""
    written = 0
    held: Page | None = None

    def write(page: Page, stem: str) -> None:
        nonlocal written
        write_page(page, _unique_base(args.output, stem, used), args.format)
        written += 1
        for warning in page.warnings:
            print(f"newsocr: warning: {path}: {warning}", file=sys.stderr)

    pages = iter_pages(path, lang=args.lang, profile=profile, correct=not args.no_correct,
                       order_mode=args.order, encoding=args.encoding)
    for n, page in enumerate(pages, 1):
        if n == 1:
            held = page
            continue
        if held is not None:
            write(held, page_stem(file_stem(path), 1, 2))
            held = None
        write(page, page_stem(file_stem(path), n, n))
    if held is not None:
        write(held, file_stem(path))
    return written


def cmd_process(args: argparse.Namespace) -> int:
    if args.output is None and not args.corrections_only:
        raise UsageError("process: -o/--output OUTDIR is required (or use --corrections-only)")
    profile = load_profile(args.layout)  # a bad profile: exit 2 before OUTDIR is made
    if not args.no_correct:
        check_files(profile)  # a malformed lexicon or table: exit 2, not every page failed
    made: list[Path] = []  # the folders of OUTDIR this run creates, deepest first
    if args.output is not None and not args.corrections_only:
        made = [p for p in (args.output, *args.output.parents) if not os.path.lexists(p)]
        ensure_dir(args.output)  # a file in the way is one line, before any page is read
    try:
        return _process_files(args, profile)
    finally:  # a run that wrote nothing leaves no empty OUTDIR behind
        for folder in made:
            try:
                folder.rmdir()
            except OSError:  # not empty, or not ours to remove: the rest stay too
                break


def _process_files(args: argparse.Namespace, profile: Profile) -> int:
    """Each file's pages processed and written (or printed); one line per failure."""
    if args.source is not None:
        profile = dataclasses.replace(
            profile, correction=dataclasses.replace(profile.correction, source=args.source))
    failed = written = 0
    used: set[str] = set()
    for src in args.files:
        path = Path(src)
        try:
            if (args.pages is None and not args.corrections_only and path.is_file()
                    and source_kind(path) in ("image", "text")):  # a PDF keeps its partial pages
                written += _write_streaming(path, args, profile, used)
                continue
            lost: list[str] = []
            try:
                pages = process_pages(path, lang=args.lang, profile=profile,
                                      correct=not args.no_correct, order_mode=args.order,
                                      pages=args.pages, encoding=args.encoding)
            except PagesFailed as partial:  # the file's other pages are still written
                pages, lost = partial.pages, partial.failures
            for n, page in enumerate(pages, 1):
                # Chosen pages keep their number in the file (the reader's page id).
                numbered = args.pages or lost
                stem = page.id if numbered else page_stem(file_stem(path), n, len(pages))
                if args.corrections_only:
                    _print_corrections(page)
                    continue
                write_page(page, _unique_base(args.output, stem, used), args.format)
                written += 1
                for warning in page.warnings:
                    print(f"newsocr: warning: {path}: {warning}", file=sys.stderr)
            for problem in lost:
                failed += 1
                print(f"newsocr: error: {path}: {problem}", file=sys.stderr)
        except NewsocrError as exc:
            failed += 1
            print(f"newsocr: error: {exc}", file=sys.stderr)
        except Exception as exc:  # a bug must not stop the other pages
            failed += 1
            print(f"newsocr: error: {path}: internal error ({type(exc).__name__}: {exc})",
                  file=sys.stderr)
    if not args.quiet and not args.corrections_only:
        print(f"newsocr: {written} page(s) written to {args.output}/"
              + (f", {failed} failed" if failed else ""), file=sys.stderr)
    return EXIT_PAGE_FAILED if failed else EXIT_OK


def _print_corrections(page: object) -> None:
    assert isinstance(page, Page)
    for c in page.corrections:
        print(f"{page.id}\t{c.article_id}\t{c.paragraph}\t{c.offset}\t"
              f"{c.original}\t{c.corrected}\t{c.score:.1f}\t{c.reason}")


def register(sub: Any) -> None:
    """Add ``process`` to the ``newsocr`` command."""
    p = sub.add_parser(
        "process", help="process pages: ALTO, JSON and text out",
        description="Process one or more pages (image: .png .jpg .tif; text: .txt; "
                    "ALTO: .xml; hOCR: .hocr) and write, per page, OUTDIR/NAME.json, "
                    "NAME.txt and NAME.alto.xml. A page that fails is reported on one "
                    "line and the others are still written.",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="page files")
    p.add_argument("-o", "--output", type=Path, metavar="OUTDIR",
                   help="folder for the outputs (created if missing); required unless "
                        "--corrections-only")
    p.add_argument("--format", type=formats, default=DEFAULT_FORMATS,
                   help=f"comma-separated outputs among {','.join(FORMATS)} "
                        f"(default: {','.join(DEFAULT_FORMATS)})")
    p.add_argument("--corrections-only", action="store_true",
                   help="print the corrections (page, article, paragraph, offset, original, "
                        "corrected, score, reason) instead of writing files")
    p.add_argument("-q", "--quiet", action="store_true", help="no summary line")
    p.add_argument("--pages", type=page_numbers, default=None, metavar="N-M,K",
                   help="only these pages of a multi-page PDF, TIFF or text file (form feeds "
                        "part its pages; from 1: 1-3,5); "
                        "outputs keep the page's number, NAME-pN")
    add_page_options(p)
    p.add_argument("--source", choices=TEXT_ORIGINS, default=None,
                   help="where text pages come from: ocr (corrected), exact (a PDF text layer: "
                        "never corrected) or auto (corrected only when the fixes are as dense "
                        "as OCR noise); default: the profile's [correction] source, auto")
    add_encoding_option(p)
    p.set_defaults(handler=cmd_process)
