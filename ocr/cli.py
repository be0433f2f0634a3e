"""The ``newsocr`` command: a thin adapter over the library API.

Exit codes are mapped in one place (``main``): 0 success, 1 a page failed,
2 bad usage or an invalid profile, 3 a missing dependency.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from .engine_order import ORDER_MODES
from .errors import NewsocrError, PagesFailed, UsageError
from .files import ensure_dir
from .model import Page
from .origin import TEXT_ORIGINS
from .pipeline import iter_pages, process_pages, source_kind
from .profiles import Profile, load_profile
from .writers import DEFAULT_FORMATS, FORMATS, check_formats, file_stem, page_stem, write_page

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


def _formats(value: str) -> tuple[str, ...]:
    try:
        return check_formats([f.strip() for f in value.split(",") if f.strip()])
    except UsageError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


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


def _unique_base(outdir: Path, stem: str, used: set[str]) -> Path:
    name, n = stem, 2
    while name in used:
        name, n = f"{stem}-{n}", n + 1
    used.add(name)
    return outdir / name


def add_encoding_option(p: argparse.ArgumentParser) -> None:
    """``--encoding``: the codec of text pages when detection cannot be trusted."""
    p.add_argument("--encoding", type=_encoding, default=None, metavar="CODEC",
                   help="codec of text pages, e.g. big5, big5hkscs, gb18030, utf-16 (default: "
                        "detected: UTF-8/16/32 with or without BOM, GB18030 or Big5)")


def _encoding(value: str) -> str:
    from .readers.text import check_encoding

    try:
        check_encoding(value)
    except UsageError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return value


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
    if args.output is not None and not args.corrections_only:
        ensure_dir(args.output)  # a file in the way is one line, before any page is read
    profile = load_profile(args.layout)
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
                                      pages=args.pages)
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
    from .model import Page

    assert isinstance(page, Page)
    for c in page.corrections:
        print(f"{page.id}\t{c.article_id}\t{c.paragraph}\t{c.offset}\t"
              f"{c.original}\t{c.corrected}\t{c.score:.1f}\t{c.reason}")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsocr",
        description="Turn newspaper pages (scans, noisy OCR/PDF text, other engines' ALTO) "
                    "into correctly ordered articles and valid ALTO 4 XML.",
        epilog="Exit status: 0 success, 1 a page failed, 2 bad usage or profile, "
               "3 missing dependency (e.g. Tesseract).",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
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
    p.add_argument("--format", type=_formats, default=DEFAULT_FORMATS,
                   help=f"comma-separated outputs among {','.join(FORMATS)} "
                        f"(default: {','.join(DEFAULT_FORMATS)})")
    p.add_argument("--corrections-only", action="store_true",
                   help="print the corrections (page, article, paragraph, offset, original, "
                        "corrected, score, reason) instead of writing files")
    p.add_argument("-q", "--quiet", action="store_true", help="no summary line")
    p.add_argument("--pages", type=page_numbers, default=None, metavar="N-M,K",
                   help="only these pages of a multi-page PDF or TIFF (from 1: 1-3,5); "
                        "outputs keep the page's number, NAME-pN")
    add_page_options(p)
    p.add_argument("--source", choices=TEXT_ORIGINS, default=None,
                   help="where text pages come from: ocr (corrected), exact (a PDF text layer: "
                        "never corrected) or auto (corrected only when the fixes are as dense "
                        "as OCR noise); default: the profile's [correction] source, auto")
    add_encoding_option(p)
    p.set_defaults(handler=cmd_process)
    from importlib import import_module

    for module in COMMAND_MODULES:
        import_module(module).register_cli(sub)
    return parser


#: Modules that add a subcommand beside their library code: each has ``register_cli(sub)``
#: adding its parser with ``set_defaults(handler=...)``.
COMMAND_MODULES: tuple[str, ...] = ("ocr.batch_cli", "ocr.qa_report", "ocr.writers.overlay",
                                    "ocr.mets_cli")


def main(argv: Sequence[str] | None = None) -> int:
    try:  # Ctrl-C while the command modules load ends with one line too
        parser = build_parser()
        args = parser.parse_args(argv)
        handler: Handler = args.handler
        return handler(args)
    except NewsocrError as exc:
        print(f"newsocr: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("newsocr: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
