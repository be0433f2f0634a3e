"""One page in, one ordered, assembled, corrected page out, whatever the entry.

Readers turn a source into ``Page`` objects (text, scan, ALTO, hOCR); then the
same stages run for all of them: ``classify -> order -> assemble -> correct``.
Each stage is a plain ``Page -> Page`` function, so a caller can pass its own.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator, Sequence
from functools import cache, partial, wraps
from pathlib import Path

from .assemble import assemble
from .classify import classify
from .engine_order import OrderMode
from .errors import InputError, PagesFailed
from .model import Page, Step
from .order import order
from .patterns import page_budget
from .profiles import Profile, load_profile
from .readers.sniff import INPUT_SUFFIXES as INPUT_SUFFIXES  # re-exported for batches
from .readers.sniff import SourceKind, sniff, sniff_bytes
from .readers.text import read_text, read_text_pages
from .readers.textcoarse import RUNNING_TEXT
from .runtime import freeze_long_lived, paused_gc
from .version import newsocr_version

Stage = Callable[[Page], Page]


def source_kind(path: Path) -> SourceKind:
    """``text``, ``image``, ``pdf``, ``alto``, ``page`` or ``hocr``, from the file's content."""
    return sniff(path)


def read_pages(
    source: str | Path | bytes,
    *,
    lang: str = "auto",
    profile: Profile | str | None = None,
    pages: Sequence[int] | None = None,
    encoding: str | None = None,
) -> list[Page]:
    """Read a source into pages (a multi-page TIFF gives several), before any stage runs.

    ``pages`` picks pages of a multi-page file by number, from 1 (default: all); a PDF
    reads only those. ``encoding`` forces the codec of a text page.

    ``source`` is a path, raw bytes of a text page, or a ``str``: a ``str`` naming an
    existing file (one line, no newline) is read as that file, any other ``str`` as
    the page's text.
    """
    prof = load_profile(profile)
    if isinstance(source, bytes) or (isinstance(source, str) and sniff_path(source) is None
                                     and not _names_a_file(source)):
        return [read_text(_page_text(source), lang=lang, profile=prof, encoding=encoding)]
    path = Path(source)
    if not path.exists():
        raise InputError(path, "no such file")
    if path.is_dir():
        raise InputError(path, "is a directory, not a page (use `newsocr batch` for folders)")
    kind = source_kind(path)
    if pages is not None and kind != "pdf":  # other files are read whole, then picked from
        every = read_pages(path, lang=lang, profile=prof, encoding=encoding)
        missing = [n for n in pages if not 1 <= n <= len(every)]
        if missing:
            raise InputError(path, f"has {len(every)} page(s); there is no page {missing[0]}")
        return [every[n - 1] for n in pages]
    if kind == "image":
        from .scan import read_scan  # OpenCV and Tesseract load only for scans

        return read_scan(path, lang=lang, profile=prof)
    if kind == "alto":
        from .readers.alto import read_alto_pages

        return [_with_lang(page, lang) for page in read_alto_pages(path)]
    if kind == "hocr":
        from .readers.hocr import read_hocr

        return [_with_lang(read_hocr(path), lang)]
    if kind == "page":
        from .readers.page import read_page_xml_pages

        return [_with_lang(page, lang) for page in read_page_xml_pages(path)]
    if kind == "pdf":
        from .readers.pdf import read_pdf  # PDFium loads only for PDFs

        return read_pdf(path, lang=lang, profile=prof, pages=pages)
    return read_text_pages(path, lang=lang, profile=prof, encoding=encoding)


#: What the bytes of a file that is not a text page are, for the one line refusing them.
_NOT_TEXT: dict[SourceKind, str] = {"pdf": "a PDF", "image": "a scan", "alto": "an XML (ALTO) file",
             "page": "a PAGE-XML file", "hocr": "an hOCR file"}


def _names_a_file(source: str) -> bool:
    """Whether ``source``, a ``str`` naming no file to read, is still a path rather than a
    page's text: one line that is a folder, or is named like a page file (``.txt``,
    ``.pdf``, ...: a mistyped or moved path, which as text would be a page of one word)."""
    if "\n" in source or len(source) > 4096 or not source.strip():
        return False
    path = Path(source)
    try:
        return path.suffix.lower() in INPUT_SUFFIXES or path.is_dir()
    except OSError:  # a line too long for a file name (ENAMETOOLONG)
        return False


def _page_text(source: str | bytes) -> str | bytes:
    """``source``, refused with one line when it is bytes of a file that is not a text
    page: read as text, a PDF's or a scan's bytes make articles of PDF syntax or junk,
    and ALTO's of its tags."""
    if isinstance(source, bytes):
        kind = sniff_bytes(source[:4096])
        if kind != "text":
            what = _NOT_TEXT.get(kind, kind)
            raise InputError("<bytes>", f"the bytes of {what}, not of a text page "
                                        "(pass the file's path)")
    return source


def _with_lang(page: Page, lang: str) -> Page:
    return page if lang == "auto" else dataclasses.replace(page, lang=lang)


# Misread English words, so the warm-up loads what their correction needs (trigram model,
# word shelves, level sets: +30 MB, 0.15 s off the first page). Chinese correction's tables
# (+150 MB) load on a worker's first Chinese page instead, so English workers stay small.
WARM_UP_TEXT = "warm up: of tbe land, the wharf aud tho govornment.\n"


@cache
def warm_up(profile: Profile | str | None = None) -> None:
    """Load what every page needs (profile, lexicons, segmenter, and what correcting a
    misread English word loads: ``WARM_UP_TEXT``) once, then freeze it out of the garbage
    collector's scans: long-running workers call this at start, and it takes about 4% off
    each text page after."""
    prof = load_profile(profile)
    if prof.correction.enabled:
        from .lexicon import general, segmenter

        general("en")
        general("zh")
        segmenter()
    process(WARM_UP_TEXT, profile=prof)
    freeze_long_lived()


def default_stages(
    profile: Profile, correct: bool = True, order_mode: OrderMode = "auto"
) -> tuple[Stage, ...]:
    """The stages every page goes through after its reader, in order."""
    correcting = correct and profile.correction.enabled
    plain = partial(assemble, profile=profile, spans=False)
    stages: list[Stage] = [partial(classify, profile=profile),
                           partial(order, mode=order_mode, profile=profile),
                           _unless_running_text(partial(assemble, profile=profile,
                                                        spans=True), plain)
                           if correcting else plain]
    if correcting:
        from .correct import correct as correct_stage
        from .origin import by_origin  # a text page from a PDF's text layer stays exact

        stages.append(_unless_running_text(
            by_origin(partial(correct_stage, profile=profile), profile.correction.source)))
    return tuple(stages)


def _unless_running_text(stage: Stage, instead: Stage | None = None) -> Stage:
    """``stage``, except on a page the text reader read as running text (millions of
    one-word lines, no newspaper's): that page is not corrected, and ``instead`` runs
    (default: nothing), so its cost stays linear and small; its warning says so."""
    @wraps(stage)  # provenance names the wrapped stage
    def run(page: Page) -> Page:
        if any(s.action == RUNNING_TEXT for s in page.steps):
            return instead(page) if instead is not None else page
        return stage(page)

    return run


def stage_name(stage: Stage) -> str:
    """What provenance calls a stage: its function's name, through ``partial`` and wrappers."""
    while isinstance(stage, partial):
        stage = stage.func
    inner = getattr(stage, "__wrapped__", None)
    return stage_name(inner) if inner is not None else getattr(stage, "__name__", repr(stage))


def run_stages(page: Page, stages: Sequence[Stage], profile: Profile) -> Page:
    """``page`` through ``stages``; a scan read turned (``Page.turn``) goes through them
    upright, its boxes then back in the scan's pixels."""
    turn = page.turn
    if turn:
        from .orientation import as_scanned, upright

        page = upright(page)
    for stage in stages:
        page = stage(page)
    if turn:
        page = as_scanned(page, turn)
    step = Step(
        software="newsocr",
        version=newsocr_version(),
        action=", ".join(stage_name(s) for s in stages) or "no stages",
        parameters=(("profile", profile.name), ("lang", page.lang)),
    )
    return page.replaced(steps=(*page.steps, step))


def process_pages(
    source: str | Path | bytes,
    *,
    lang: str = "auto",
    profile: Profile | str | None = None,
    correct: bool = True,
    stages: Sequence[Stage] | None = None,
    order_mode: OrderMode = "auto",
    pages: Sequence[int] | None = None,
    encoding: str | None = None,
) -> list[Page]:
    """Every page of ``source`` (a multi-page TIFF, PDF or text file gives several), fully
    processed; ``pages`` picks some by number, from 1; ``encoding`` forces a text page's
    codec.

    Raises ``PagesFailed`` carrying the processed pages when some pages of a file fail.
    """
    return list(iter_pages(source, lang=lang, profile=profile, correct=correct, stages=stages,
                           order_mode=order_mode, pages=pages, encoding=encoding))


def iter_pages(
    source: str | Path | bytes,
    *,
    lang: str = "auto",
    profile: Profile | str | None = None,
    correct: bool = True,
    stages: Sequence[Stage] | None = None,
    order_mode: OrderMode = "auto",
    pages: Sequence[int] | None = None,
    encoding: str | None = None,
) -> Iterator[Page]:
    """``process_pages`` one page at a time: each page of a multi-page TIFF is yielded as
    soon as it is done, so a caller that writes it at once keeps the finished pages of a
    long file when it is stopped."""
    prof = load_profile(profile)
    chosen = tuple(stages) if stages is not None else default_stages(prof, correct, order_mode)
    try:
        read = _read_lazily(source, lang, prof, pages, encoding)
        while True:
            # reading and the stages, with one budget for the profile's patterns; not
            # while the caller has the page
            with paused_gc(), page_budget():
                page = next(read, None)
                if page is None:
                    break
                done = run_stages(page, chosen, prof)
            yield done
    except PagesFailed as partial:  # the pages that were read are still processed
        done_pages = []
        for p in partial.pages:
            with page_budget():
                done_pages.append(run_stages(p, chosen, prof))
        partial.pages = done_pages
        raise


def _read_lazily(
    source: str | Path | bytes,
    lang: str,
    prof: Profile,
    pages: Sequence[int] | None,
    encoding: str | None,
) -> Iterator[Page]:
    """``read_pages``, but a scan's pages are recognised one by one as they are asked for."""
    if pages is None and isinstance(source, str | Path) and sniff_path(source) == "image":
        from .scan import iter_scan  # OpenCV and Tesseract load only for scans

        yield from iter_scan(Path(source), lang=lang, profile=prof)
    else:
        yield from read_pages(source, lang=lang, profile=prof, pages=pages, encoding=encoding)


def sniff_path(source: str | Path) -> SourceKind | None:
    """The kind of the file ``source`` names, or ``None`` when it names no file."""
    if isinstance(source, str) and ("\n" in source or len(source) > 4096):
        return None
    path = Path(source)
    try:
        found = path.is_file()
    except OSError:  # a line of text longer than a file name may be (ENAMETOOLONG)
        return None
    return source_kind(path) if found else None


def process(
    source: str | Path | bytes,
    *,
    lang: str = "auto",
    profile: Profile | str | None = None,
    correct: bool = True,
    stages: Sequence[Stage] | None = None,
    order_mode: OrderMode = "auto",
) -> Page:
    """Process one newspaper page: noisy text, a scan, or another engine's ALTO/hOCR.

    Args:
        source: a path (``.txt``, ``.png``/``.jpg``/``.tif``, ``.xml`` ALTO, ``.hocr``),
            the raw bytes of a text page, or the page's text as a ``str``.
        lang: ``"zh"``, ``"en"`` or ``"auto"`` (detected from the text).
        profile: a layout profile name (``ocr/layouts/NAME.toml``), path, ``Profile``, or
            ``None`` for the generic one.
        correct: run dictionary correction (off: the text stays as read, and the
            items carry no word spans, which only correction reads).
        stages: replace the stages after reading (default: classify, order,
            assemble, correct); each is a ``Page -> Page`` function. A scan read
            turned (``Page.turn``) reaches them upright, its boxes on the upright page
            and ``turn`` 0; its boxes are mapped back to the scan after the last.
        order_mode: what becomes of the reading order an ALTO or PAGE input carries:
            ``"keep"`` it, ``"rebuild"`` it from the geometry, or ``"auto"`` (keep it
            unless the geometry refutes it; see ``ocr.engine_order``).

    Returns:
        The page with blocks, reading order, articles, photo items and corrections.
        For a file of several pages (a TIFF, PDF or ALTO file, or a text file whose
        pages form feeds part, as ``pdftotext`` writes them) this is the first page; use
        ``process_pages`` for all. Text given as a ``str`` or ``bytes`` is one page.

    Raises:
        InputError: the source cannot be read (the message names it and says why).
    """
    return process_pages(source, lang=lang, profile=profile, correct=correct, stages=stages,
                         order_mode=order_mode)[0]
