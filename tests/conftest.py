"""Shared test helpers: paths to fixtures and to the shared corpus."""

from __future__ import annotations

import signal
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from ocr.assemble import assemble
from ocr.layout import Region, detect_layout
from ocr.model import Article, Block, BlockKind, Box, Line, Page, Source, Word
from ocr.recognize import PSM_SINGLE_COLUMN, Job, crop_origin, recognize_all, scale_for

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
#: Real pages from public collections; CI always has it beside the clone, a user's clone may not.
CORPUS = ROOT.parent / "shared" / "corpus"
#: The vendored official ALTO 4.4 schema (ocr/schemas), so validation needs no corpus.
ALTO_XSD = ROOT / "ocr" / "schemas" / "alto-4-4.xsd"

needs_corpus = pytest.mark.skipif(
    not CORPUS.is_dir(), reason="../shared/corpus is not beside this clone"
)


def printed_text(doc: dict[str, Any]) -> str:
    """Every printed string of a ``newsocr.page/2`` document, for lossless-ness checks."""
    parts: list[str] = list(doc["furniture"])
    for a in doc["articles"]:
        parts += [a["kicker"] or "", a["subheadline"] or "", a["byline"] or "",
                  a["dateline"] or "", *a["headlines"], *a["paragraphs"]]
        parts += [j["text"] for j in (a["jump"], a["continued_from"]) if j]
    for p in doc["photos"]:
        parts += [p["title"] or "", p["caption"] or "", p["credit"] or ""]
    parts += [o["text"] for o in doc["orphans"]]
    return "".join(parts)


def article_holding(page: Page, words: str) -> Article:
    """The first of ``page``'s articles whose text (its paragraphs joined) holds ``words``:
    a story found by what it says, not by where assembly put it."""
    return next(a for a in page.articles if words in "".join(a.paragraphs))


def ink(text: str) -> Counter[str]:
    """Multiset of the non-space characters of ``text``."""
    return Counter(c for c in text if not c.isspace())


def scanned_line(words: list[tuple[str, float | None]], y: int) -> Line:
    """A line as Tesseract gives it: (text, confidence) words 12 px a letter, 8 px apart,
    at height ``y`` (tests of correction on scanned words)."""
    out, x = [], 10
    for text, conf in words:
        out.append(Word(text, Box(x, y, 12 * len(text), 20), conf))
        x += 12 * len(text) + 8
    return Line(tuple(out), Box.enclosing([w.box for w in out if w.box]))


def column_lines(*texts: tuple[str, float], em: int = 40, width: int = 480, pitch: int = 48,
                 height: int = 40) -> list[Line]:
    """Lines of one column at x 100, y 820 on: ``width`` px wide, ``pitch`` px apart, each
    (text, indent) indented ``indent`` ems of ``em`` px (scan tests of a column's lines:
    a deck, a byline, the text under a heading)."""
    out = []
    for k, (text, ind) in enumerate(texts):
        box = Box(100 + int(em * ind), 820 + pitch * k, width - int(em * ind), height)
        out.append(Line(words=tuple(Word(w, box, 0.9) for w in text.split()), box=box,
                        indent=ind))
    return out



#: The source of a page built in a test from blocks, not read from a file.
IMAGE_SOURCE = Source(path=None, sha256="0" * 64, kind="image")


#: A short news story in pdftotext's plain text, set over the item a test is about: the
#: story above that item on its page (a byline with the writer's post, a dateline).
STORY_ABOVE = """Library hours grow
By ANA PRUITT
Valley Times Staff Writer

CEDAR FORKS — The public library will open
on Sunday afternoons from January, the
library board decided on Monday night.
The change costs about $18,000 a year.

"""


def assembled_scan(blocks: tuple[Block, ...] | list[Block], lang: str = "en") -> Page:
    """A 300 dpi A4 scan's ``blocks`` assembled in the order given (the order the scan
    path's reading order left them in)."""
    page = Page("p", IMAGE_SOURCE, lang, (2480, 3508), blocks=tuple(blocks),
                reading_order=tuple(b.id for b in blocks))
    return assemble(page)


def scanned_block(i: str, kind: BlockKind, box: Box, *lines: str) -> Block:
    """A block as layout and recognition leave it: ``lines`` set one under another,
    each an equal share of ``box``'s height."""
    step = box.h // max(1, len(lines))
    return Block(i, kind, tuple(
        Line(tuple(Word(w) for w in t.split()), Box(box.x, box.y + n * step, box.w, step))
        for n, t in enumerate(lines)), box)


def filled_block(i: str, kind: BlockKind, box: Box, first: str, rest: str,
                 pitch: int) -> Block:
    """``scanned_block`` filling ``box`` at ``pitch`` px a line (one line at least): its
    first line ``first``, the rest ``rest`` (a column of running text in the order tests)."""
    return scanned_block(i, kind, box, first, *[rest] * (max(1, box.h // pitch) - 1))


def indented_block(i: str, kind: str, box: Box, lines: list[tuple[float, str]]) -> Block:
    """``scanned_block`` for a page's blocks recorded as read: ``lines`` as (indent in
    characters, text), the kind by its name."""
    step = box.h // max(1, len(lines))
    return Block(i, BlockKind(kind), tuple(
        Line(tuple(Word(w) for w in t.split()), Box(box.x, box.y + n * step, box.w, step),
             indent=indent)
        for n, (indent, t) in enumerate(lines)), box)


def rows_region(x: int, y: int, w: int, heights: list[int], pitch: int, size: float,
                weight: float) -> Region:
    """A layout region of body lines as the page's rows measure them (``heights`` at
    ``pitch``), of type ``size`` and stroke ``weight``: the layout's own input."""
    rows = tuple(Box(x, y + pitch * n, w, h) for n, h in enumerate(heights))
    return Region(BlockKind.BODY, Box.enclosing(list(rows)) or rows[0], rows, size=size,
                  weight=weight)


def layout_grid(columns: list[list[str]], width: int) -> str:
    """Rows as ``pdftotext -layout`` writes them: column ``k``'s line at cell
    ``k * width`` (one cell a character, as pdftotext counts)."""
    rows = []
    for i in range(max(map(len, columns))):
        row = ""
        for k, col in enumerate(columns):
            if i < len(col) and col[i]:
                row = row.ljust(k * width) + col[i]
        rows.append(row.rstrip())
    return "\n".join(rows) + "\n"


def zh_column(*paragraphs: str, measure: int = 20) -> str:
    """Paragraphs set in a Chinese column as an extractor writes it: each a first line
    two characters short of the measure (its indent dropped), then full lines."""
    out = []
    for p in paragraphs:
        lines, rest = [p[: measure - 2]], p[measure - 2 :]
        while rest:
            lines.append(rest[:measure])
            rest = rest[measure:]
        out.append("\n".join(lines))
    return "\n".join(out)


def type_line(gray: np.ndarray, x: int, y: int, width: int, size: int = 30) -> None:
    """A line of type drawn into ``gray``: glyph-sized black marks (two stems and three
    bars each), strokes a tenth of their size, white between: what layout takes for
    type, not for a picture's grey."""
    t = max(2, size // 10)
    for gx in range(x, x + width - size, int(size * 1.1)):
        gray[y : y + size, gx : gx + t] = 20
        gray[y : y + t, gx : gx + size - 6] = 20
        gray[y + size // 2 : y + size // 2 + t, gx : gx + size - 6] = 20
        gray[y : y + size, gx + size - 6 - t : gx + size - 6] = 20


def latin_line(gray: np.ndarray, x0: int, x1: int, y: int, glyph: int = 24,
               pitch: int = 16) -> None:
    """A line of Latin type drawn into ``gray``: letters of x-height with an ascender on
    every third, a word space every sixth letter (half a letter wide)."""
    x, k, gap = x0, 0, max(4, pitch // 5)
    while x + pitch <= x1:
        if k % 6 == 5:
            x, k = x + pitch // 2, k + 1
            continue
        gray[y + glyph // 4 : y + glyph, x : x + pitch - gap] = 20
        if k % 3 == 0:
            gray[y : y + glyph // 4, x : x + 3] = 20
        x, k = x + pitch, k + 1


def rule_and_next_story(gray: np.ndarray, y: int, x0: int, x1: int,
                        columns: tuple[tuple[int, int], ...], rows: int, pitch: int) -> None:
    """A 3 px rule from ``x0`` to ``x1`` at ``y`` closing a story, and the next story's
    ``columns`` of Latin body under it, ``rows`` lines each: what a drawn story's foot
    needs under it so that a layout test sees the story's end as a real page has it."""
    gray[y : y + 3, x0:x1] = 20
    for c0, c1 in columns:
        for k in range(rows):
            latin_line(gray, c0, c1, y + 30 + k * pitch)


def text_blocks_below(gray: np.ndarray, y: int) -> list[Box]:
    """The boxes of the text blocks ``detect_layout`` finds on drawn page ``gray`` whose
    foot is below ``y``, left to right: a layout test's rows at a story's foot."""
    layout = detect_layout(gray, gray < 128)
    return sorted((r.box for r in layout.regions if r.lines and r.kind is not BlockKind.RULE
                   and r.box.bottom > y), key=lambda b: b.x)


def cjk_line(gray: np.ndarray, x0: int, x1: int, y: int, glyph: int = 38, pitch: int = 40) -> None:
    """A line of CJK characters drawn into ``gray``, each two strokes set one a little
    under the other (a character is several marks, each shorter than the line: the
    page's glyph height is theirs, its lines' are half as much again)."""
    part = glyph * 5 // 8
    half = (pitch - 6) // 2
    for x in range(x0, x1 - pitch + 1, pitch):
        gray[y : y + part, x : x + half - 2] = 20
        gray[y + glyph - part : y + glyph, x + half + 2 : x + pitch - 6] = 20


def interactive_signals() -> None:
    """``preexec_fn`` for a child that a test interrupts as a user's Ctrl-C would: SIGINT
    at its default, as in a terminal. A job a non-interactive shell started in the
    background (a CI runner may) ignores SIGINT, and so would every child it starts."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


#: Bold Song type (Noto Serif CJK, installed by ``make setup``) for drawn CJK headlines.
CJK_HEAD_FONT = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"
#: White kept round a headline's box when it is cropped to be read, as the scan path does.
HEAD_MARGIN = 10


def drawn_cjk_head(lines: list[str], size: tuple[int, int],
                   speck: tuple[int, int, int, int] | None = None) -> tuple[np.ndarray, Region]:
    """A headline of 60 px bold Song type on a white page of ``size``, one text a line at
    an 80 px pitch (and a speck of dust at ``speck``, x0 y0 x1 y1, boxed as a line); the
    page's grey pixels and the headline's layout region with layout's line boxes."""
    img = Image.new("L", size, 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(CJK_HEAD_FONT, 60, index=0)
    boxes = []
    for n, text in enumerate(lines):
        at = (30, 20 + 80 * n)
        x0, y0, x1, y1 = draw.textbbox(at, text, font=font)
        draw.text(at, text, font=font, fill=0)
        boxes.append(Box(x0, y0, x1 - x0, y1 - y0))
    if speck is not None:
        draw.rectangle(speck, fill=0)
        boxes.append(Box(speck[0], speck[1], speck[2] - speck[0] + 1, speck[3] - speck[1] + 1))
    region = Region(BlockKind.HEADLINE, Box.enclosing(boxes) or boxes[0], tuple(boxes),
                    size=float(boxes[0].h))
    return np.asarray(img), region


def read_cjk_head(gray: np.ndarray, region: Region) -> tuple[Job, list[Line]]:
    """The headline's crop read by Tesseract (``chi_sim``) as the scan path reads a
    heading block: its job and the lines read."""
    x, y = crop_origin(region.box, HEAD_MARGIN)
    b = region.box
    job = Job(gray[y : b.bottom + HEAD_MARGIN, x : b.right + HEAD_MARGIN], psm=PSM_SINGLE_COLUMN,
              scale=scale_for(region.size))
    return job, recognize_all([job], "chi_sim", 60)[0]


def line_texts(lines: list[Line]) -> list[str]:
    """Each line's words run together (CJK lines: no spaces)."""
    return ["".join(w.text for w in ln.words) for ln in lines]
