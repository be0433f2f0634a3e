"""ALTO reader: other engines' pages (ABBYY, Tesseract, Kraken, newsocr) into the page model.

Every ALTO generation is read by local names, whatever the namespace: CCS/ALTO 1.x
(``http://schema.ccs-gmbh.com/ALTO``), 2.x, 3.x and 4.x. Decisions worth knowing:

- Coordinates become pixels. ``mm10`` and ``inch1200`` need the scan resolution, which
  ALTO does not record: ``dpi`` (default 300, the usual for newspaper scans) is used.
- A line-final ``HYP`` is glued to the last word ("Har" + "-" = "Har-"), as printed, so
  the shared dehyphenation in assembly treats ALTO like text. ``SUBS_CONTENT`` is not
  turned into words: the two halves stay two words and nothing is duplicated.
- Kinds are decided by ``ocr.layout.engine_kinds`` from what the file says: newsocr's own
  ``RoleTag``s are trusted; otherwise a text block whose font is clearly larger than the
  page's median body size (:data:`HEADLINE_RATIO`) is a headline, blocks in the top or
  bottom margin are furniture, ``Illustration`` (and an illustration ``ComposedBlock``)
  is a picture, ``GraphicalElement`` a rule. A file without ``TextStyle`` sizes
  (Tesseract's) gets each block's size from its median line height, in points at
  ``dpi``. Font sizes are points, as ALTO's ``FONTSIZE`` is.
- Reading order comes from ``ReadingOrder`` when the file has one; otherwise it is left
  empty, and the order stage takes the block order as the engine's (``--order``: kept,
  rebuilt, or kept unless the geometry refutes it; ``ocr.engine_order``).
- ``Line.indent`` is newsocr's ``ParagraphStyle/@FIRSTLINE`` when referenced, else
  ``(line.x - block.x) / line height`` from geometry.
"""

from __future__ import annotations

import hashlib
import math
import unicodedata
from collections import Counter
from pathlib import Path
from typing import cast

from lxml import etree

from ..alto_vocab import KIND_TAG, OCR_PURPOSE
from ..errors import InputError
from ..files import file_stem, page_stem
from ..layout.engine_kinds import engine_headlines, engine_kind
from ..model import Block, BlockKind, Box, Line, Page, Source, Turn, Word
from ..script import HYPHENS, guess_lang
from ..typography import HEADLINE_RATIO
from ..xmlsafe import children, first_child, local_name, parse_xml, read_source
from .alto_processing import processing_steps

DEFAULT_DPI = 300.0
NAMESPACE_VERSIONS = {
    "http://schema.ccs-gmbh.com/ALTO": "1",
    "http://www.loc.gov/standards/alto/ns-v2#": "2",
    "http://www.loc.gov/standards/alto/ns-v3#": "3",
    "http://www.loc.gov/standards/alto/ns-v4#": "4",
}
_BLOCKS = {"TextBlock", "Illustration", "GraphicalElement", "ComposedBlock"}
_KINDS = {k.value: k for k in BlockKind}


def alto_version(root: etree._Element) -> str:
    """ALTO major version from the namespace ("1" for CCS), else SCHEMAVERSION, else "?"."""
    ns = etree.QName(root).namespace or ""
    if ns in NAMESPACE_VERSIONS:
        return NAMESPACE_VERSIONS[ns]
    return (root.get("SCHEMAVERSION") or "?").split(".")[0]


def read_alto(
    source: Path | str | bytes,
    name: str | None = None,
    *,
    dpi: float = DEFAULT_DPI,
    headline_ratio: float = HEADLINE_RATIO,
) -> Page:
    """Read the first ``Page`` of an ALTO file (most files hold one); see ``read_alto_pages``."""
    return read_alto_pages(source, name, dpi=dpi, headline_ratio=headline_ratio)[0]


def read_alto_pages(
    source: Path | str | bytes,
    name: str | None = None,
    *,
    dpi: float = DEFAULT_DPI,
    headline_ratio: float = HEADLINE_RATIO,
) -> list[Page]:
    """Every ``Layout/Page`` of an ALTO file, each a :class:`Page`.

    A file's page is named after the file (``p001.alto.xml`` -> ``p001``), the pages
    of a file holding several ``p001-p1``, ``p001-p2``, ... as for a multi-page TIFF;
    bytes keep each page's ALTO ``ID``. The reading order and styles are the file's,
    shared by its pages.
    """
    data, label = read_source(source, name)
    root = parse_xml(data, label)
    if local_name(root) != "alto":
        raise InputError(label, f"not an ALTO file (root element is <{local_name(root)}>)")
    layout = first_child(root, "Layout")
    page_els = list(children(layout, "Page")) if layout is not None else []
    if not page_els:
        raise InputError(label, "ALTO file has no Layout/Page element")
    scale = _scale(root, dpi, label)
    try:
        ctx = _Context(root, scale)
    except _BadCoordinate as exc:  # a style's size that is no number
        raise InputError(label, str(exc)) from None
    path = None if isinstance(source, bytes | bytearray) else Path(source)
    source_info = Source(
        path=path.name if path else name, sha256=hashlib.sha256(data).hexdigest(), kind="alto"
    )
    steps = processing_steps(root)
    pages = []
    try:  # a coordinate that is not a number a page can have fails the file
        for n, page_el in enumerate(page_els, 1):
            if path:
                page_id = page_stem(file_stem(path), n, len(page_els))
            else:
                page_id = page_el.get("ID") or page_stem("page", n, len(page_els))
            blocks = _page_blocks(page_el, ctx, dpi, headline_ratio)
            size = None
            if page_el.get("WIDTH") and page_el.get("HEIGHT"):
                size = (ctx.px(page_el.get("WIDTH")), ctx.px(page_el.get("HEIGHT")))
            pages.append(Page(
                id=page_id,
                source=source_info,
                lang=page_el.get("LANG") or text_lang(blocks),
                size=size,
                blocks=tuple(blocks),
                reading_order=_reading_order(root, ctx, {b.id for b in blocks}),
                steps=steps,
                # ALTO 4.4's ROTATION: the text's, degrees counter-clockwise
                turn=quarter_turn(page_el.get("ROTATION")),
            ))
    except _BadCoordinate as exc:
        raise InputError(label, str(exc)) from None
    return pages


def quarter_turn(degrees: str | None) -> Turn:
    """An engine's page rotation (ALTO's ``ROTATION``, PAGE's ``orientation``: by their
    definitions both the clockwise turn that sets the page upright) as a ``Turn``: a
    quarter turn, else none (a slight rotation is a skew, which the boxes already hold)."""
    try:
        turn = round(float(degrees or 0)) % 360
    except (ValueError, OverflowError):
        return 0
    return cast(Turn, turn) if turn in (90, 180, 270) else 0


def _page_blocks(
    page_el: etree._Element, ctx: _Context, dpi: float, headline_ratio: float
) -> list[Block]:
    blocks: list[Block] = []
    for space in page_el:
        where = local_name(space)
        if where in ("TopMargin", "LeftMargin", "RightMargin", "BottomMargin", "PrintSpace"):
            for attr in ("HPOS", "VPOS", "WIDTH", "HEIGHT"):  # unused, but not to be garbage
                if space.get(attr) is not None:
                    _coord(space.get(attr), attr, space)
            for el in space:
                blocks.extend(ctx.blocks(el, margin=where in ("TopMargin", "BottomMargin")))
    # newsocr's own file says each block's kind
    return engine_headlines(dedupe_ids(blocks), stated=ctx.own, dpi=dpi, ratio=headline_ratio)


def _scale(root: etree._Element, dpi: float, label: str) -> float:
    desc = first_child(root, "Description")
    unit_el = first_child(desc, "MeasurementUnit") if desc is not None else None
    unit = (unit_el.text or "pixel").strip() if unit_el is not None else "pixel"
    if unit == "pixel":
        return 1.0
    if unit == "mm10":
        return dpi / 254.0
    if unit == "inch1200":
        return dpi / 1200.0
    raise InputError(label, f"unknown ALTO MeasurementUnit {unit!r} (pixel, mm10, inch1200)")


class _Context:
    """What block reading needs from the rest of the file: styles, tags, scale."""

    def __init__(self, root: etree._Element, scale: float) -> None:
        self.scale = scale
        self.font: dict[str, float] = {}
        self.firstline: dict[str, float] = {}
        self.kind_tags: dict[str, BlockKind] = {}
        #: Written by newsocr (its block-kind tags): kinds, sizes and indents are all explicit.
        self.own = False
        self.column_tags: dict[str, int] = {}
        self.composed: dict[str, list[str]] = {}  # ComposedBlock id -> the block ids it became
        for el in root.iter("{*}TextStyle"):
            if el.get("ID") and el.get("FONTSIZE"):
                self.font[el.get("ID")] = _finite(el.get("FONTSIZE"), "FONTSIZE", el)
        for el in root.iter("{*}ParagraphStyle"):
            if el.get("ID") and el.get("FIRSTLINE"):
                self.firstline[el.get("ID")] = _finite(el.get("FIRSTLINE"), "FIRSTLINE", el)
        tags = first_child(root, "Tags")
        for tag in tags if tags is not None else ():
            tid, label, type_ = tag.get("ID"), (tag.get("LABEL") or "").strip(), tag.get("TYPE")
            if not tid:
                continue
            if label.lower() in _KINDS and (type_ == KIND_TAG or local_name(tag) == "RoleTag"):
                self.kind_tags[tid] = _KINDS[label.lower()]
                self.own = self.own or type_ == KIND_TAG
            elif type_ == "column" and label.isdigit():
                self.column_tags[tid] = int(label)

    def px(self, value: str | None) -> int:
        return round(_coord(value, "size") * self.scale)

    def box(self, el: etree._Element) -> Box | None:
        if el.get("HPOS") is None or el.get("VPOS") is None:
            return None
        x, y = _coord(el.get("HPOS"), "HPOS", el), _coord(el.get("VPOS"), "VPOS", el)
        w = max(0.0, _coord(el.get("WIDTH"), "WIDTH", el))
        h = max(0.0, _coord(el.get("HEIGHT"), "HEIGHT", el))
        left, top = round(x * self.scale), round(y * self.scale)
        return Box(left, top, round((x + w) * self.scale) - left, round((y + h) * self.scale) - top)

    def blocks(self, el: etree._Element, margin: bool) -> list[Block]:
        name = local_name(el)
        if name not in _BLOCKS:
            return []
        bid = el.get("ID") or f"block{id(el)}"
        refs = (el.get("TAGREFS") or "").split()
        kind = next((self.kind_tags[r] for r in refs if r in self.kind_tags), None)
        column = next((self.column_tags[r] for r in refs if r in self.column_tags), None)
        box = self.box(el)
        if name == "ComposedBlock":
            inner = [b for c in el for b in self.blocks(c, margin)]
            is_picture = "illustration" in (el.get("TYPE") or "").lower()
            if is_picture and not any(b.lines for b in inner):
                inner = [Block(bid, engine_kind("Illustration", role=kind), box=box,
                               column=column)]
            self.composed[bid] = [b.id for b in inner]
            return inner
        own = self._size(el.get("STYLEREFS"))
        if name in ("Illustration", "GraphicalElement"):
            return [Block(bid, engine_kind(name, role=kind), (), box, column, own)]
        lines = tuple(self.line(tl, box) for tl in children(el, "TextLine"))
        # The size most characters are set in; a String without a style has the block's.
        sizes: Counter[float] = Counter()
        for tl in children(el, "TextLine"):
            for s in children(tl, "String"):
                size = self._size(s.get("STYLEREFS")) or own
                if size is not None:
                    sizes[size] += len(s.get("CONTENT") or "")
        font = sizes.most_common(1)[0][0] if sizes else own
        kind = engine_kind(name, role=kind, has_text=bool(lines), margin=margin)
        return [Block(bid, kind, lines, box, column, font)]

    def _size(self, refs: str | None) -> float | None:
        return next((self.font[r] for r in (refs or "").split() if r in self.font), None)

    def line(self, tl: etree._Element, block_box: Box | None) -> Line:
        box = self.box(tl)
        words: list[Word] = []
        kids = [k for k in tl if local_name(k) in ("String", "HYP")]
        for i, s in enumerate(kids):
            if local_name(s) != "String":
                continue
            text = s.get("CONTENT") or ""
            sbox = self.box(s)
            nxt = kids[i + 1] if i + 1 < len(kids) else None
            if nxt is not None and local_name(nxt) == "HYP":
                if text[-1:] not in HYPHENS:  # some engines print it in CONTENT and in HYP
                    text += (nxt.get("CONTENT") or "-").strip() or "-"
                hbox = self.box(nxt)
                sbox = sbox.union(hbox) if sbox is not None and hbox is not None else sbox
            elif s.get("SUBS_TYPE") == "HypPart1" and i + 1 == len(kids):
                text += "" if text[-1:] in HYPHENS else "-"
            words.extend(_words(text, sbox, s))
        indent = next(
            (self.firstline[r] for r in (tl.get("STYLEREFS") or "").split() if r in self.firstline),
            None,
        )
        if indent is None:
            indent = 0.0
            # newsocr writes every non-zero indent as a style: in its files, none means 0.
            if box is not None and block_box is not None and box.h > 0 and not self.own:
                indent = round(max(0, box.x - block_box.x) / box.h, 2)
        return Line(tuple(words), box, indent)


def _words(text: str, box: Box | None, s: etree._Element) -> list[Word]:
    """One ALTO String as model words (a CONTENT with spaces, rare, becomes several)."""
    wc, cc = s.get("WC"), (s.get("CC") or "").replace(" ", "")
    conf = min(1.0, max(0.0, _finite(wc, "WC", s))) if wc else None
    if conf is None and cc.isdigit():  # per-character 0 (sure) .. 9 (unsure), older ABBYY
        conf = round(1.0 - sum(map(int, cc)) / (9.0 * len(cc)), 3)
    alt = next(
        (a.text for a in children(s, "ALTERNATIVE") if a.get("PURPOSE") == OCR_PURPOSE and a.text),
        None,
    )
    parts = text.split()
    if len(parts) == 1:
        return [Word(_nfc(parts[0]), box, conf, alt)]
    out: list[Word] = []
    total = sum(len(p) for p in parts) or 1
    offset = 0
    for p in parts:
        pbox = None
        if box is not None:
            x = box.x + box.w * offset // total
            pbox = Box(x, box.y, box.x + box.w * (offset + len(p)) // total - x, box.h)
        out.append(Word(_nfc(p), pbox, conf))
        offset += len(p)
    return out


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


#: Coordinates beyond this, in any ALTO unit, describe no printed page (1e7 1/1200 inch
#: is 200 m); NaN, infinity and such numbers are refused rather than carried into boxes.
MAX_COORD = 1e7


class _BadCoordinate(ValueError):
    pass


def _coord(value: str | None, attr: str, el: etree._Element | None = None) -> float:
    x = _float(value)
    if not math.isfinite(x) or abs(x) > MAX_COORD:
        where = f"<{local_name(el)} ID={el.get('ID')!r}> " if el is not None else ""
        raise _BadCoordinate(f"{where}{attr}={(value or '')[:40]!r} is not a coordinate "
                             f"(finite, at most {MAX_COORD:g})")
    return x


def _finite(value: str | None, attr: str, el: etree._Element) -> float:
    """A number the file states (a confidence, a font size): NaN or infinity is refused,
    as a coordinate's is, not clamped into a plausible value."""
    x = _float(value)
    if not math.isfinite(x):
        raise _BadCoordinate(f"<{local_name(el)} ID={el.get('ID')!r}> {attr}="
                             f"{(value or '')[:40]!r} is not a finite number")
    return x


def _float(value: str | None) -> float:
    try:
        return float(value) if value is not None else 0.0
    except ValueError:
        return 0.0


def dedupe_ids(blocks: list[Block]) -> list[Block]:
    """Block ids made unique (``b1``, ``b1_2``, ...): engines repeat them; PAGE reads alike."""
    seen: set[str] = set()
    out = []
    for b in blocks:
        bid, n = b.id, 1
        while bid in seen:
            n += 1
            bid = f"{b.id}_{n}"
        seen.add(bid)
        out.append(b if bid == b.id else Block(bid, b.kind, b.lines, b.box, b.column, b.font_size))
    return out


def _reading_order(root: etree._Element, ctx: _Context, ids: set[str]) -> tuple[str, ...]:
    ro = first_child(root, "ReadingOrder")
    if ro is None:
        return ()
    out: list[str] = []
    for el in ro.iter():
        if local_name(el) != "ElementRef":
            continue
        for ref in (el.get("REF") or "").split():
            for bid in ctx.composed.get(ref, [ref]):
                if bid in ids and bid not in out:
                    out.append(bid)
    return tuple(out)


def text_lang(blocks: list[Block]) -> str:
    """ALTO and PAGE rarely say the language: guessed from the text as every reader does."""
    return guess_lang("".join(b.text for b in blocks))
