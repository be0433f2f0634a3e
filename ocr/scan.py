"""The scan path: page image -> preprocess -> layout -> Tesseract per block -> Page.

Every box in the returned page is in the ORIGINAL image's pixels: layout and
recognition run on the deskewed image, and each word, line and block box is
mapped back through the preprocessing transform. Reading order and article
assembly are not done here: the pipeline runs the shared stages afterwards.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from statistics import median

import cv2
import numpy as np

from .closing_quotes import close_quotes
from .decks import first_line_under, heading_over
from .grain_words import off_grain_all
from .layout import Layout, Region, detect_layout
from .layout.heading_kinds import DECK_LINES
from .line_crop import neighbours_out
from .marked_parts import deck_over_byline_block, split_marked
from .model import HEADING_KINDS, Block, BlockKind, Box, Line, Page, Step, Turn, Word
from .orientation import (
    BETTER_BY,
    LEGIBLE_SHARE,
    OSD_CONFIDENCE,
    detect_turn,
    legibility,
    turned,
    turned_back,
)
from .photo_grain import photo_grain
from .preprocess import Prepared, Transform, preprocess
from .profiles import CompiledMarkers, Profile, load_profile
from .readers.image import ScanImage, iter_image
from .recognize import (
    PSM_SINGLE_COLUMN,
    PSM_SINGLE_LINE,
    Job,
    body_scale,
    crop_origin,
    page_threads,
    recognize_all,
    scale_for,
    speck,
    tesseract_version,
)
from .reread import reread_skipped
from .reread_last import reread_last
from .reread_merged import reread_merged
from .reread_short import reread_short
from .rule_bars import off_rules, vertical_rules
from .scan_language import choose_language, probe_band
from .tessapi import LanguageDataError

#: Kinds whose text is read; illustrations and rules are not sent to Tesseract.
READ_KINDS = frozenset(BlockKind) - {BlockKind.ILLUSTRATION, BlockKind.RULE}


def read_scan(
    path: str | Path | bytes, *, lang: str = "auto", profile: Profile | str | None = None
) -> list[Page]:
    """Every page of an image file (a multi-page TIFF gives several), with geometry and text."""
    return list(iter_scan(path, lang=lang, profile=profile))


def iter_scan(
    path: str | Path | bytes, *, lang: str = "auto", profile: Profile | str | None = None
) -> Iterator[Page]:
    """``read_scan`` one page at a time, each recognised when it is asked for (a caller
    that writes each page at once keeps the finished pages of a 200-page TIFF)."""
    prof = load_profile(profile)
    for img in iter_image(path, max_pixels=prof.scan.max_pixels):  # one frame decoded at a time
        page = scan_page(img, lang=lang, profile=prof)
        del img  # not held while the next frame is decoded
        yield page


def scan_page(
    image: ScanImage, *, lang: str = "auto", profile: Profile | str | None = None
) -> Page:
    """One loaded page image to a ``Page`` (blocks in layout order, no reading order yet).

    A page that reads badly as it lies is asked whether it was scanned turned, and read
    turned upright when that reads clearly better (``ocr.orientation``)."""
    prof = load_profile(profile)
    page, regions, unread = _read_page(image, lang, prof)
    # (a sideways page's blocks mostly read as nothing and are dropped: what is left of
    # it may read well enough)
    if regions and (legibility(page) < LEGIBLE_SHARE or 2 * unread > regions):
        try:
            turn, confidence = detect_turn(image.gray)
        except LanguageDataError:  # (Debian's tesseract-ocr brings it; a bare build may not)
            note = "page reads badly; not checked for a turned scan: Tesseract's osd data missing"
            return dataclasses.replace(page, warnings=(*page.warnings, note))
        if turn and confidence >= OSD_CONFIDENCE:
            upright, _, unread_upright = _read_page(turned(image, turn), lang, prof,
                                                    (image, turn))
            if (legibility(upright) >= legibility(page) + BETTER_BY
                    and unread_upright <= unread):
                note = f"page scanned turned: read turned {turn} degrees clockwise"
                return dataclasses.replace(upright, warnings=(note, *upright.warnings),
                                           turn=turn)
    return page


def _read_page(
    image: ScanImage, lang: str, prof: Profile,
    scanned: tuple[ScanImage, Turn] | None = None,
) -> tuple[Page, int, int]:
    """``image`` read (``scanned``: the image as scanned, which ``image`` is turned from,
    and the turn; boxes are mapped back to it), how many blocks of type were read, and
    in how many of them nothing was read."""
    version = tesseract_version()
    timeout = prof.scan.tesseract_timeout
    if page_threads() > 1:
        with ThreadPoolExecutor(max_workers=1) as pool:
            # The script probe reads a band across the page while the page is prepared.
            probe = pool.submit(probe_band, image.gray, lang, prof, timeout)
            prepared, layout = _prepare(image, prof)
            guess = probe.result()
    else:  # one core per page (a batch worker): the same probe, in turn
        # OpenCV's own worker threads would only spin against the other pages' cores.
        cv2.setNumThreads(1)
        prepared, layout = _prepare(image, prof)
        guess = probe_band(image.gray, lang, prof, timeout) if layout is not None else None
    if scanned is not None:
        prepared = _back_to(prepared, *scanned)
    page = Page(
        id=image.page_id,
        source=image.source,
        lang="en" if lang == "en" else "zh" if lang == "zh" else "und",
        size=(scanned[0] if scanned else image).size,
        warnings=(*image.warnings, *prepared.warnings, *(layout.warnings if layout else ())),
    )
    if layout is None:
        return dataclasses.replace(
            page, warnings=(*page.warnings, "page is almost all ink: no text read")
        ), 0, 0
    text_regions = [r for r in layout.regions if r.kind in READ_KINDS and _can_hold_type(r, layout)]
    if not text_regions:
        note = "no text found on the page"
        warnings = page.warnings if page.warnings else (note,)
        return dataclasses.replace(page, warnings=warnings,
                                   columns=_columns(layout, prepared)), 0, 0
    jobs = [_job(prepared, r, layout.char_h, layout.regions) for r in text_regions]
    page_lang, tess = guess or choose_language(lang, prof, jobs, text_regions, timeout)
    results = recognize_all(jobs, tess, timeout)
    margins = [_margin(r, layout.char_h) for r in text_regions]
    results = reread_short(prepared.gray, text_regions, jobs, margins, results, tess, timeout)
    results = reread_merged(prepared.gray, text_regions, jobs, margins, results, tess, timeout)
    results = reread_last(prepared.gray, text_regions, jobs, margins, results, tess, timeout)
    results, lost = reread_skipped(prepared.gray, text_regions, jobs, margins,
                                   results, tess, timeout, char_h=layout.char_h)
    results, grain = off_grain_all(results, layout.body)
    blocks = _blocks(layout, text_regions, results, prepared, prof.patterns(page_lang))
    unread = _unread(layout, text_regions, results, prepared)
    step = Step(
        software="tesseract",
        version=version,
        action="layout analysis and text recognition",
        parameters=(
            ("lang", tess),
            ("psm", f"{PSM_SINGLE_LINE} single-line blocks, {PSM_SINGLE_COLUMN} others"),
            ("binarize", prof.scan.binarize),
            ("deskew", f"{prepared.angle:.2f}"),
            ("timeout", f"{timeout:g}"),
        ),
    )
    return dataclasses.replace(
        page,
        lang=page_lang,
        blocks=tuple(blocks),
        columns=_columns(layout, prepared),
        steps=(*page.steps, step),
        warnings=(*page.warnings, *unread, *lost, *grain),
        skew=prepared.angle,
    ), len(text_regions), len(unread)


def _back_to(prepared: Prepared, scanned: ScanImage, turn: Turn) -> Prepared:
    """``prepared`` of an image turned from ``scanned``, its boxes mapped back to
    ``scanned`` (the turn after the deskewing's own map)."""
    (a, b, c), (d, e, f) = turned_back(turn, scanned.size)
    (p, q, r), (s, t, u) = prepared.transform.matrix
    matrix = ((a * p + b * s, a * q + b * t, a * r + b * u + c),
              (d * p + e * s, d * q + e * t, d * r + e * u + f))
    transform = Transform(matrix, prepared.transform.size, scanned.size)
    return dataclasses.replace(prepared, transform=transform)


def _unread(
    layout: Layout, regions: list[Region], results: list[list[Line]], prepared: Prepared
) -> tuple[str, ...]:
    """A warning for each block of several lines of type in which Tesseract read nothing.

    Such a block is dropped (an empty block is no use to a reader), but a page that
    loses a column of text must say so.
    """
    out = []
    for r, lines in zip(regions, results, strict=True):
        if (not lines or speck(lines)) and len(r.lines) >= 2 and r.box.h >= 2 * layout.body:
            b = prepared.transform.to_original(r.box)
            out.append(f"no text read in a block of {len(r.lines)} lines at "
                       f"x={b.x} y={b.y} w={b.w} h={b.h}: dropped")
    return tuple(out)


def _prepare(image: ScanImage, prof: Profile) -> tuple[Prepared, Layout | None]:
    """Deskewed, binarized page and its layout; no layout when the page is nearly all ink."""
    prepared = preprocess(image, prof)
    ink = prepared.binary == 0
    inked = cv2.countNonZero(ink.view(np.uint8))  # as ink.mean(), a tenth of the time
    # Laid out at full resolution: on a reduced copy (``detect_layout(..., em=, glyph=)``)
    # layout costs a quarter, but NZZ mastheads still come out in another order there
    # (docs/scan-path.md, "Layout on a reduced copy").
    if inked > 0.9 * ink.size:  # (an empty image has no ink to lay out either)
        return dataclasses.replace(prepared, marks=None), None
    # The body's em holds the unit gutters are asked in (``held_glyph``); not reduced.
    layout = detect_layout(prepared.gray, ink, em=prepared.text_height, marks=prepared.marks)
    return dataclasses.replace(prepared, marks=None), layout  # a page-sized array let go


def _margin(r: Region, char_h: float) -> int:
    """White kept around a block's crop: a third of its type, but never as much as the
    gap to the next line of body type (a masthead's crop would take in the date line
    under it, and Tesseract reads both as one garbled line)."""
    return max(2, int(min(0.3 * r.size, 0.6 * char_h if char_h > 0 else r.size)))


def _job(prepared: Prepared, r: Region, char_h: float,
         regions: Sequence[Region] = ()) -> Job:
    b = r.box
    margin = _margin(r, char_h)
    h, w = prepared.gray.shape
    x, y = crop_origin(b, margin)
    crop = prepared.gray[y : min(h, b.bottom + margin), x : min(w, b.right + margin)]
    # One "line" much taller than its type is several lines layout could not part
    # (a skewed or warped column): read as a line, Tesseract would return nothing.
    one_line = len(r.lines) == 1 and r.box.h <= LINE_SLACK * max(r.size, 1.0)
    if one_line:
        crop = neighbours_out(crop, (x, y), r, regions)
    psm = PSM_SINGLE_LINE if one_line else PSM_SINGLE_COLUMN
    # Big type is shrunk only as far as the block's smallest line allows, and only when
    # layout parted its lines: a masthead block whose imprint line layout could not part
    # from it (one 564 px "line" of 120 px type) would lose that line at a third of its size.
    parted = all(ln.h <= LINE_SLACK * max(r.size, 1.0) for ln in r.lines)
    smallest = min((r.size, *(ln.h for ln in r.lines)))
    scale = scale_for(smallest) if parted else 1.0
    if scale == 1.0 and psm == PSM_SINGLE_COLUMN:
        scale = body_scale(r.size)  # body type is read a little smaller: less CPU
    heading = r.size if r.kind in HEADING_KINDS else 0.0  # (``recognize.second_readings``)
    return Job(image=crop, psm=psm, scale=scale, heading_px=heading)


#: A one-line block no taller than this many times its type size is read as one line.
LINE_SLACK = 2.0
#: A block lower than this share of the body's glyph height holds no type (6-point
#: notes beside 10-point body are 0.6 of it): it is a photo's edge or a smear, and
#: Tesseract reads one as ``ii`` or ``一`` that then splits an article.
MIN_TYPE_SHARE = 0.4


#: A block smaller than this share of the body's line both ways holds no character of
#: the text: it is a speck or a stroke's fragment left by a degraded scan (S3 s830's 64
#: blocks of 4-15 px beside 31 px lines), and Tesseract reads each as a guess
#: (``覃``, ``昌``, ``=`` at confidence 0) for 5-9 ms of a CJK model's CPU (s830: 75
#: reads, 0.3-0.5 s of its 8-9 s), most then dropped as specks. The body's
#: line, not ``char_h``: on such a page the glyph height is measured on the fragments
#: (s830: 10 px for 28 px type).
MIN_LINE_SHARE = 0.5


def _can_hold_type(r: Region, layout: Layout) -> bool:
    return (r.box.h >= MIN_TYPE_SHARE * layout.char_h
            and max(r.box.w, r.box.h) >= MIN_LINE_SHARE * layout.body)


def _blocks(
    layout: Layout,
    regions: list[Region],
    results: list[list[Line]],
    prepared: Prepared,
    markers: CompiledMarkers,
) -> list[Block]:
    """Blocks in original coordinates; text blocks in which nothing was read are dropped."""
    ordered = sorted(layout.regions, key=lambda r: (r.box.y, r.box.x))
    # A column rule's edge read as a bar is taken off each block's lines once, here,
    # before anything reads a line's first or last word: the line under a deck
    # (``firsts``), a line's indent, the joins of wrapped lines.
    rules = vertical_rules([r.box for r in ordered if r.kind == BlockKind.RULE])
    lines_of = {id(r): off_rules(res, crop_origin(r.box, _margin(r, layout.char_h)), rules,
                                 layout.char_h)
                for r, res in zip(regions, results, strict=True)}
    out: list[Block] = []
    to_original = prepared.transform.to_original
    pictures = [r.box for r in ordered if r.kind == BlockKind.ILLUSTRATION]
    heads = [r.box for r in ordered if r.kind == BlockKind.HEADLINE]
    firsts = [(r.box, raw[0].text) for r in ordered if (raw := lines_of.get(id(r)))]
    for r in ordered:
        if r.kind not in READ_KINDS:
            out.append(
                Block(
                    id=f"b{len(out) + 1:03d}", kind=r.kind, box=to_original(r.box), column=r.column
                )
            )
            continue
        raw = lines_of.get(id(r), [])
        if not raw or speck(raw) or photo_grain(
                raw, r.box, pictures, layout.char_h / 2, layout.char_h):
            continue
        margin = _margin(r, layout.char_h)
        dx, dy = crop_origin(r.box, margin)
        char = max(r.size, 1.0)
        lines = []
        for ln in raw:
            words = tuple(
                Word(w.text, to_original(w.box.shift(dx, dy)) if w.box else None, w.confidence)
                for w in ln.words
            )
            left = (ln.box.x + dx) if ln.box else r.box.x
            indent = max(0.0, (left - r.box.x) / char)
            box = Box.enclosing([w.box for w in words if w.box])
            lines.append(Line(words=words, box=box, indent=round(indent, 2)))
        if r.kind in HEADING_KINDS:  # (a quote the heading opened, its close misread)
            lines = close_quotes(lines)
        # (only body text is parted at a byline: ``marked_parts.split_marked``)
        deck = (DECK_LINES if r.kind == BlockKind.BODY and heading_over(r.box, heads, layout.body)
                else 0)
        parts = split_marked(r.kind, lines, markers, deck)
        if deck and len(parts) == 1 and deck_over_byline_block(
                lines, first_line_under(r.box, firsts, layout.body), markers, deck):
            parts = [(BlockKind.SUBHEADLINE, lines)]
        for kind, part in parts:
            confs = [w.confidence for ln in part for w in ln.words if w.confidence is not None]
            heights = [ln.box.h for ln in part if ln.box]
            whole = len(part) == len(lines)
            out.append(
                Block(
                    id=f"b{len(out) + 1:03d}",
                    kind=kind,
                    lines=tuple(part),
                    box=to_original(r.box) if whole else _within(part, to_original(r.box)),
                    column=r.column,
                    font_size=_points(float(median(heights)), prepared.dpi) if heights else None,
                    confidence=round(float(np.mean(confs)), 3) if confs else None,
                )
            )
    return out


def _within(part: list[Line], region: Box) -> Box | None:
    """The box of ``part``, lines taken off a block (``split_marked``), within the block's
    region: Tesseract's word boxes overhang it (a CJK bracket's box a line tall), and a
    part reaching past the region's foot touches the rule under it, which then joins the
    story's row in ``order`` (its columns read by height)."""
    box = Box.enclosing([ln.box for ln in part if ln.box])
    return (box.intersection(region) or box) if box is not None else None


def _points(line_height_px: float, dpi: float | None) -> float:
    """Type size in points, as ALTO's FONTSIZE wants it: a text line's ink is about one
    em high; pages of unknown resolution are taken as 300 dpi."""
    return round(line_height_px * 72.0 / (dpi or 300.0), 1)


def _columns(layout: Layout, prepared: Prepared) -> tuple[Box, ...]:
    return tuple(prepared.transform.to_original(c) for c in layout.columns)
