"""hOCR reader: Tesseract's HTML output (and other engines' hOCR) into the page model.

hOCR puts geometry and confidence in ``title`` properties (``bbox x0 y0 x1 y1;
x_wconf 96; x_size 20``). One ``ocr_par`` becomes one block (Tesseract's
``ocr_carea``, kraken's ``ocrx_block``, is a layout zone that can hold several
paragraphs; paragraphs are what articles are built from); a zone without paragraphs
becomes one block itself, and a paragraph of words without lines one line.
``ocr_separator`` is a rule, ``ocr_photo``/``ocr_image`` a picture. Lines outside any
zone or paragraph (kraken writes ``ocr_page`` > ``ocr_line`` > ``ocrx_word``, nothing
between) become blocks of the lines that stand under one another, and words outside any
line one line per parent element: no word of the file is left out. Type size comes
from ``x_fsize`` (points) or else ``x_size`` (line height in pixels, turned into
points at the page's ``scan_res``), and kinds follow the same rules as for ALTO and PAGE
(``ocr.layout.engine_kinds``: an ``ocr_caption`` zone is a caption, headlines by type size).
Reading order is left to the reading-order stage, as for ALTO.
"""

from __future__ import annotations

import hashlib
import re
import statistics
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from ..errors import InputError
from ..layout.engine_kinds import engine_headlines, engine_kind
from ..model import Block, BlockKind, Box, Line, Page, Source, Step, Word
from ..script import guess_lang
from ..typography import HEADLINE_RATIO
from ..xmlsafe import parse_html, read_source
from .alto import DEFAULT_DPI

_LINE_CLASSES = {"ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat"}
_PICTURE_CLASSES = {"ocr_photo", "ocr_image", "ocr_graphic"}
#: Layout zones that hold lines (kraken writes its regions as ``ocrx_block``).
_ZONE_CLASSES = {"ocr_carea", "ocrx_block"}
_TESSERACT_LANGS = {"eng": "en", "chi_sim": "zh", "chi_tra": "zh", "chi_sim_vert": "zh"}
_PROP = re.compile(r"\s*([A-Za-z_]+)\s*(.*)")
#: Properties are parted by ``;``; kraken parts them by ``,`` (``bbox 0 0 10 9, x_confs
#: 0.9``), which no property's own value holds before a property name.
_PROP_SEP = re.compile(r";|,(?=\s*[A-Za-z_]+\s)")
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def read_hocr(
    source: Path | str | bytes,
    name: str | None = None,
    *,
    dpi: float | None = None,
    headline_ratio: float = HEADLINE_RATIO,
) -> Page:
    """Read the first ``ocr_page`` of an hOCR file into a :class:`Page`.

    ``dpi`` overrides the page's ``scan_res`` (used only to express ``x_size`` in points).
    """
    data, label = read_source(source, name)
    root = parse_html(data, label)
    page_el = next(_with_class(root, {"ocr_page"}), None)
    if page_el is None:
        raise InputError(label, "not hOCR: no element with class 'ocr_page'")
    props = _props(page_el)
    res = dpi or _first_number(props.get("scan_res")) or DEFAULT_DPI
    reader = _Reader(res, headline_ratio)
    blocks: list[Block] = []
    zones: set[etree._Element] = set()  # the elements read as text blocks
    loose: list[tuple[etree._Element, list[Word]]] = []  # lines outside every zone

    def flush() -> None:  # the loose lines so far, as blocks in the file's order
        blocks.extend(reader.loose_blocks(loose, len(blocks)))
        loose.clear()

    for el in page_el.iter():
        cls = _classes(el)
        if "ocr_par" in cls or (cls & _ZONE_CLASSES
                                and next(_with_class(el, {"ocr_par"}), None) is None):
            flush()
            zones.add(el)
            blocks.append(reader.text_block(el, len(blocks)))
        elif (cls & _LINE_CLASSES or "ocrx_word" in cls) and not _inside(el, zones):
            if _holds_lines(el) or ("ocrx_word" in cls and _inside_line(el)):
                continue  # a line container's lines, a line's words: read with those
            if "ocrx_word" not in cls:
                loose.append((el, _line_words(el)))
            elif loose and loose[-1][0] is el.getparent():
                loose[-1][1].extend(_words(el))  # the words of one parent outside lines
            else:
                loose.append((el.getparent(), _words(el)))
        elif "ocr_separator" in cls:
            flush()
            blocks.append(Block(reader.block_id(el, len(blocks)), engine_kind("ocr_separator"),
                                box=_bbox(_props(el))))
        elif cls & _PICTURE_CLASSES:
            flush()
            blocks.append(Block(reader.block_id(el, len(blocks)),
                                engine_kind(min(cls & _PICTURE_CLASSES)), box=_bbox(_props(el))))
    flush()
    blocks = engine_headlines(blocks, ratio=headline_ratio)
    page_box = _bbox(props)
    path = None if isinstance(source, bytes | bytearray) else Path(source)
    return Page(
        id=path.stem if path else (page_el.get("id") or "page"),
        source=Source(
            path=path.name if path else name,
            sha256=hashlib.sha256(data).hexdigest(),
            kind="hocr",
        ),
        lang=_page_lang(page_el, blocks),
        size=(page_box.right, page_box.bottom) if page_box is not None else None,
        blocks=tuple(blocks),
        steps=_steps(root),
    )


def _steps(root: etree._Element) -> tuple[Step, ...]:
    """The engine that made the file, from ``<meta name="ocr-system">`` ("tesseract 5.3.0")."""
    for meta in root.iter("meta"):
        if meta.get("name") == "ocr-system" and (content := (meta.get("content") or "").strip()):
            software, _, version = content.rpartition(" ")
            if not software or not version[:1].isdigit():
                software, version = content, ""
            return (Step(software, version, "recognize (hOCR)"),)
    return ()


class _Reader:
    def __init__(self, dpi: float, headline_ratio: float) -> None:
        self.dpi = dpi
        self.headline_ratio = headline_ratio
        self.ids: set[str] = set()

    def block_id(self, el: etree._Element, n: int) -> str:
        return self.fresh_id(el.get("id") or f"block_{n + 1}")

    def fresh_id(self, bid: str) -> str:
        while bid in self.ids:
            bid += "_"
        self.ids.add(bid)
        return bid

    def text_block(self, el: etree._Element, n: int) -> Block:
        box = _bbox(_props(el))
        lines: list[Line] = []
        sizes: list[float] = []
        kinds: list[str] = []
        line_els = [ln for ln in _with_class(el, _LINE_CLASSES) if not _holds_lines(ln)]
        # a paragraph of words and no lines (another engine's): its words are one line
        for line_el in line_els or [el]:
            props = _props(line_el)
            lbox = _bbox(props)
            words = _line_words(line_el)
            if not words:
                continue
            indent = 0.0
            if lbox is not None and box is not None and lbox.h > 0:
                indent = round(max(0, lbox.x - box.x) / lbox.h, 2)
            lines.append(Line(tuple(words), lbox, indent))
            kinds.extend(_classes(line_el) & _LINE_CLASSES)
            if (fsize := _first_number(props.get("x_fsize"))) is not None:
                sizes.append(fsize)
            elif (xsize := _first_number(props.get("x_size"))) is not None:
                sizes.append(xsize * 72.0 / self.dpi)
        # the zone's type: the class all its lines share (``ocr_caption``), if they do
        kind = engine_kind("ocr_par", kinds[0] if len(set(kinds)) == 1 else "",
                           has_text=bool(lines))
        size = round(statistics.median(sizes), 1) if sizes else None
        return Block(self.block_id(el, n), kind, tuple(lines), box, None, size)

    def loose_blocks(self, loose: list[tuple[etree._Element, list[Word]]],
                     n: int) -> list[Block]:
        """Body blocks of lines read outside any zone, in the file's order: a line
        set under the one before (within a line's height, overlapping it across) goes
        on its block. Kinds and sizes are found later, as for lines without type size."""
        runs: list[list[Line]] = []
        for el, words in loose:
            if not words:
                continue
            box = _bbox(_props(el)) or Box.enclosing([w.box for w in words if w.box])
            line = Line(tuple(words), box)
            if runs and _under(runs[-1][-1].box, box, self.headline_ratio):
                runs[-1].append(line)
            else:
                runs.append([line])
        return [Block(self.fresh_id(f"block_{n + i + 1}"), BlockKind.BODY, tuple(lines),
                      Box.enclosing([ln.box for ln in lines if ln.box]))
                for i, lines in enumerate(runs)]


def _under(above: Box | None, box: Box | None, ratio: float) -> bool:
    """Whether ``box`` is the next line of a column under ``above``: close under it,
    overlapping it across, of type of about its size (a line ``ratio`` times taller,
    the reader's headline ratio, is a headline over its body: a block of its own). No
    geometry: yes."""
    if above is None or box is None:
        return True
    gap = box.y - above.bottom
    across = min(above.right, box.right) - max(above.x, box.x)
    alike = max(above.h, box.h) < ratio * min(above.h, box.h)
    return -above.h // 2 <= gap <= max(above.h, box.h) and across > 0 and alike


def _holds_lines(el: etree._Element) -> bool:
    """A line class around other lines (an ``ocr_caption`` of ``ocr_line``s) holds
    them: its lines are read, not it as one more line."""
    return any(_classes(d) & _LINE_CLASSES for d in el.iterdescendants())


def _inside(el: etree._Element, zones: set[etree._Element]) -> bool:
    return bool(zones) and any(a in zones for a in el.iterancestors())


def _inside_line(el: etree._Element) -> bool:
    return any(_classes(a) & _LINE_CLASSES for a in el.iterancestors())


def _line_words(line_el: etree._Element) -> list[Word]:
    return [w for word_el in _with_class(line_el, {"ocrx_word"}) for w in _words(word_el)]


def _words(el: etree._Element) -> list[Word]:
    text = unicodedata.normalize("NFC", "".join(el.itertext()))
    props = _props(el)
    conf = _first_number(props.get("x_wconf"))
    confidence = min(1.0, max(0.0, conf / 100.0)) if conf is not None else _mean_conf(props)
    box = _bbox(props)
    parts = text.split()
    return [Word(p, box if len(parts) == 1 else None, confidence) for p in parts]


def _with_class(root: etree._Element, names: set[str]) -> Iterator[etree._Element]:
    return (el for el in root.iter() if _classes(el) & names)


def _classes(el: etree._Element) -> set[str]:
    return set((el.get("class") or "").split()) if isinstance(el.tag, str) else set()


def _props(el: etree._Element) -> dict[str, str]:
    """hOCR ``title`` properties: ``"bbox 1 2 3 4; x_wconf 96"`` -> {"bbox": "1 2 3 4", ...}."""
    out: dict[str, str] = {}
    for part in _PROP_SEP.split(el.get("title") or ""):
        m = _PROP.match(part)
        if m:
            out[m.group(1)] = m.group(2).strip()
    return out


def _first_number(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return float(value.split()[0])
    except ValueError:
        return None


def _mean_conf(props: dict[str, str]) -> float | None:
    """A word's confidence from its characters' (``x_confs``: kraken's 0-1, Tesseract's
    0-100), when the engine gave no ``x_wconf``."""
    confs = [float(v) for v in _NUMBER.findall(props.get("x_confs", ""))]
    if not confs:
        return None
    mean = sum(confs) / len(confs)
    return min(1.0, max(0.0, mean / 100.0 if max(confs) > 1.0 else mean))


def _bbox(props: dict[str, str]) -> Box | None:
    numbers = _NUMBER.findall(props.get("bbox", ""))
    if len(numbers) != 4:
        return None
    x0, y0, x1, y1 = (int(float(v)) for v in numbers)
    return Box(x0, y0, max(0, x1 - x0), max(0, y1 - y0))


def _page_lang(page_el: etree._Element, blocks: list[Block]) -> str:
    langs = [_TESSERACT_LANGS.get(el.get("lang", ""), "") for el in page_el.iter()
             if isinstance(el.tag, str) and el.get("lang")]
    langs = [x for x in langs if x]
    if langs:
        return max(set(langs), key=langs.count)
    return guess_lang("".join(b.text for b in blocks))
