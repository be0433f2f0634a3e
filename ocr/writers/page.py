"""PAGE-XML 2019-07-15 writer: the page as OCR-D, Transkribus and eScriptorium load it.

How the page model maps onto PAGE (docs/page-and-mets.md says the same for users):

- blocks are regions written in reading order: text as ``TextRegion`` with ``type`` from
  :data:`REGION_TYPES` (``heading``, ``caption``, ``credit``, ``header``/``footer``,
  ``paragraph``), pictures without text as ``ImageRegion``, rules as ``SeparatorRegion``;
  newsocr's own kind (``byline``, ``kicker``...) is kept in ``custom`` as
  ``blockKind {value:byline;}``, which the reader trusts over ``type``;
- lines are ``TextLine``, words ``Word``, each with ``Coords`` (the box as a four-point
  polygon) and ``TextEquiv``; region and line ``TextEquiv`` hold their text too, so a
  tool that reads only one level gets everything;
- a corrected word has ``TextEquiv index="0"`` with the corrected text and
  ``index="1" comments="ocr"`` with what the OCR read (the line's the same way);
- ``ReadingOrder`` is one ``OrderedGroup``; each run of an article's blocks is a nested
  ``OrderedGroupIndexed`` of ``type="article"`` whose ``caption`` is the headline and whose
  ``custom`` is ``structure {type:article; id:a1;}`` (OCR-D's convention, also on the
  article's regions); a run after the first of one article has ``continuation="true"``;
  photo items likewise with ``type="figure"``;
- font sizes are the region's ``TextStyle fontSize``;
- text input has no geometry; PAGE requires ``Coords``, so such elements get the
  degenerate polygon ``0,0 0,0``, which the reader reads back as no geometry.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from lxml import etree

from ..model import HEADING_KINDS, Block, BlockKind, Box, Line, Page
from . import atomic_write
from .alto import clean, num
from .xmlout import Ids

PAGE_NS = "http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{PAGE_NS} {PAGE_NS}/pagecontent.xsd"
#: Block kind -> ``TextRegion/@type`` (furniture is ``header`` or ``footer`` by position).
REGION_TYPES: dict[BlockKind, str] = {
    BlockKind.HEADLINE: "heading",
    BlockKind.KICKER: "heading",
    BlockKind.SUBHEADLINE: "heading",
    BlockKind.CAPTION: "caption",
    BlockKind.CREDIT: "credit",
}
#: newsocr language codes -> PAGE ``LanguageSimpleType`` names.
LANGUAGE_NAMES = {"zh": "Chinese", "en": "English", "de": "German", "fr": "French",
                  "it": "Italian"}
NO_GEOMETRY = "0,0 0,0"
OCR_COMMENT = "ocr"


def write_page_xml(page: Page, path: Path | str) -> None:
    """Write ``page`` as PAGE-XML 2019 to ``path`` atomically."""
    atomic_write(Path(path), page_xml_bytes(page))


def page_xml_bytes(page: Page) -> bytes:
    """``page`` as a PAGE-XML 2019-07-15 document (UTF-8 bytes with an XML declaration)."""
    body = etree.tostring(page_xml_tree(page), encoding="UTF-8", pretty_print=True)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + body


def _el(parent: etree._Element, tag: str, attrs: dict[str, str] | None = None) -> etree._Element:
    el = etree.SubElement(parent, f"{{{PAGE_NS}}}{tag}")
    for k, v in (attrs or {}).items():
        el.set(k, v)
    return el


def _stamp() -> str:
    """Now, or ``SOURCE_DATE_EPOCH`` when set (reproducible output, as build tools do)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    when = datetime.fromtimestamp(int(epoch), UTC) if epoch else datetime.now(UTC)
    return when.strftime("%Y-%m-%dT%H:%M:%S")


def page_xml_tree(page: Page) -> etree._Element:
    """Build the PAGE-XML element tree of ``page`` (mapping in the module docstring)."""
    ids = Ids()
    region_ids = {b.id: ids.claim(b.id) for b in page.blocks}
    root = etree.Element(f"{{{PAGE_NS}}}PcGts", nsmap={None: PAGE_NS, "xsi": XSI_NS})
    root.set(f"{{{XSI_NS}}}schemaLocation", SCHEMA_LOCATION)
    root.set("pcGtsId", ids.claim(f"pc_{page.id or 'page'}"))
    _metadata(root, page)
    width, height = page.size or (0, 0)
    pg = _el(root, "Page", {
        "imageFilename": clean(Path(page.source.path).name if page.source.path else page.id),
        "imageWidth": str(width), "imageHeight": str(height),
    })
    if page.lang in LANGUAGE_NAMES:
        pg.set("primaryLanguage", LANGUAGE_NAMES[page.lang])
    structure = _structures(page)
    _reading_order(pg, page, ids, region_ids)
    for block in page.ordered_blocks():
        _region(pg, block, region_ids[block.id], ids, structure.get(block.id), height)
    return root


def _metadata(root: etree._Element, page: Page) -> None:
    meta = _el(root, "Metadata")
    creator = next((s for s in reversed(page.steps) if s.software == "newsocr"), None)
    _el(meta, "Creator").text = f"newsocr {creator.version}" if creator else "newsocr"
    stamp = _stamp()
    _el(meta, "Created").text = stamp
    _el(meta, "LastChange").text = stamp
    for step in page.steps:
        item = _el(meta, "MetadataItem", {
            "type": "processingStep", "name": clean(step.action or "processing"),
            "value": clean(f"{step.software} {step.version}".strip()),
        })
        if step.parameters:
            labels = _el(item, "Labels")
            for key, value in step.parameters:
                _el(labels, "Label", {"type": clean(key), "value": clean(value)})


def _structures(page: Page) -> dict[str, str]:
    """Each block's OCR-D ``structure`` custom value (its article or photo item)."""
    out: dict[str, str] = {}
    for a in page.articles:
        for bid in a.block_ids:
            out.setdefault(bid, f"structure {{type:article; id:{_custom(a.id)};}}")
    for p in page.photos:
        for bid in p.block_ids:
            out.setdefault(bid, f"structure {{type:photo; id:{_custom(p.id)};}}")
    return out


def _custom(value: str) -> str:
    """A value safe inside PAGE's ``custom`` mini-syntax (no braces, colons, semicolons)."""
    return clean("".join("_" if c in "{}:;" else c for c in value))


def _reading_order(
    pg: etree._Element, page: Page, ids: Ids, region_ids: dict[str, str]
) -> None:
    """One page-wide ``OrderedGroup``; each run of an article's or photo's blocks nested."""
    if not page.reading_order:
        return
    owner: dict[str, tuple[str, str, str]] = {}  # block -> (group type, item id, caption)
    for a in page.articles:
        for bid in a.block_ids:
            owner.setdefault(bid, ("article", a.id, a.headlines[0] if a.headlines else a.id))
    for p in page.photos:
        for bid in p.block_ids:
            owner.setdefault(bid, ("figure", p.id, p.title or p.caption or p.id))
    ro = _el(pg, "ReadingOrder")
    top = _el(ro, "OrderedGroup", {"id": ids.claim("ro_page"), "caption": "reading order"})
    runs_seen: set[str] = set()
    run_key: str | None = None
    run: etree._Element | None = None
    index = 0
    for bid in page.reading_order:
        own = owner.get(bid)
        if own is None:
            _el(top, "RegionRefIndexed", {"index": str(index), "regionRef": region_ids[bid]})
            index += 1
            run_key = None
            continue
        kind, item, caption = own
        if item != run_key or run is None:
            structure = "article" if kind == "article" else "photo"
            run = _el(top, "OrderedGroupIndexed", {
                "id": ids.claim(f"ro_{item}"), "index": str(index), "caption": clean(caption),
                "type": kind, "custom": f"structure {{type:{structure}; id:{_custom(item)};}}",
            })
            if item in runs_seen:
                run.set("continuation", "true")
            runs_seen.add(item)
            index += 1
            run_key = item
        _el(run, "RegionRefIndexed", {"index": str(len(run)), "regionRef": region_ids[bid]})


def _coords(parent: etree._Element, box: Box | None) -> None:
    if box is None:
        points = NO_GEOMETRY
    else:
        x0, y0, x1, y1 = box.x, box.y, box.right, box.bottom
        points = f"{x0},{y0} {x1},{y0} {x1},{y1} {x0},{y1}"
    _el(parent, "Coords", {"points": points})


def _region(
    pg: etree._Element, block: Block, rid: str, ids: Ids, structure: str | None, height: int
) -> None:
    custom = f"blockKind {{value:{block.kind.value};}}"
    if structure:
        custom = f"{structure} {custom}"
    attrs = {"id": rid, "custom": custom}
    if block.kind is BlockKind.ILLUSTRATION and not block.lines:
        _coords(_el(pg, "ImageRegion", attrs), block.box)
        return
    if block.kind is BlockKind.RULE and not block.lines:
        _coords(_el(pg, "SeparatorRegion", attrs), block.box)
        return
    region = _el(pg, "TextRegion", {**attrs, "type": _region_type(block, height)})
    _coords(region, block.box)
    for n, line in enumerate(block.lines, 1):
        _text_line(region, line, ids.claim(f"{rid}_l{n}"), ids)
    _text_equiv(region, block.text, None, _original_text(block.lines))
    if block.font_size is not None:
        _el(region, "TextStyle", {"fontSize": num(block.font_size)})


def _region_type(block: Block, height: int) -> str:
    if block.kind in REGION_TYPES:
        return REGION_TYPES[block.kind]
    if block.kind is BlockKind.FURNITURE:
        below = block.box is not None and height and block.box.y > height / 2
        return "footer" if below else "header"
    return "heading" if block.kind in HEADING_KINDS else "paragraph"


def _text_line(region: etree._Element, line: Line, lid: str, ids: Ids) -> None:
    tl = _el(region, "TextLine", {"id": lid})
    _coords(tl, line.box)
    for n, word in enumerate(line.words, 1):
        w = _el(tl, "Word", {"id": ids.claim(f"{lid}_w{n}")})
        _coords(w, word.box)
        _text_equiv(w, word.text, word.confidence, word.original)
    original = None
    if any(w.original is not None for w in line.words):
        original = " ".join(w.original or w.text for w in line.words)
    _text_equiv(tl, line.text, None, original)


def _original_text(lines: tuple[Line, ...]) -> str | None:
    if not any(w.original is not None for ln in lines for w in ln.words):
        return None
    return "\n".join(" ".join(w.original or w.text for w in ln.words) for ln in lines)


def _text_equiv(
    parent: etree._Element, text: str, conf: float | None, original: str | None
) -> None:
    """The text (index 0) and, when correction changed it, the OCR reading (index 1)."""
    te = _el(parent, "TextEquiv", {"index": "0"} if original is not None else {})
    if conf is not None:
        te.set("conf", num(conf))
    _el(te, "Unicode").text = clean(text)
    if original is not None:
        ocr = _el(parent, "TextEquiv", {"index": "1", "comments": OCR_COMMENT})
        _el(ocr, "Unicode").text = clean(original)
