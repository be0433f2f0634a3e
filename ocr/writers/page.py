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

import io
import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from ..files import atomic_write
from ..model import HEADING_KINDS, Block, BlockKind, Box, Line, Page, Word
from .alto_lines import clean, num
from .xmlout import Ids, Sink, XmlOut, stated_lang
from .xmlout import text as xml_text

PAGE_NS = "http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{PAGE_NS} {PAGE_NS}/pagecontent.xsd"
_HEAD = f' xmlns="{PAGE_NS}" xmlns:xsi="{XSI_NS}" xsi:schemaLocation="{SCHEMA_LOCATION}"'
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
    atomic_write(Path(path), lambda fh: write_page_xml_to(page, fh))


def page_xml_bytes(page: Page) -> bytes:
    """``page`` as a PAGE-XML 2019-07-15 document (UTF-8 bytes with an XML declaration)."""
    buf = io.BytesIO()
    write_page_xml_to(page, buf)
    return buf.getvalue()


def _stamp() -> str:
    """Now, or ``SOURCE_DATE_EPOCH`` when set (reproducible output, as build tools do)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    when = datetime.fromtimestamp(int(epoch), UTC) if epoch else datetime.now(UTC)
    return when.strftime("%Y-%m-%dT%H:%M:%S")


def write_page_xml_to(page: Page, fh: BinaryIO) -> None:
    """Write the PAGE-XML document of ``page`` to the binary stream ``fh``, element by
    element (mapping in the module docstring): a 10 MB text page is 1.7 million words,
    each a ``Word`` of four elements, gigabytes as a tree. The bytes are lxml's pretty
    print of the same tree (``ocr.writers.xmlout``)."""
    sink = Sink(fh)
    sink.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out = XmlOut(sink.write)
    ids = Ids()
    region_ids = {b.id: ids.claim(b.id) for b in page.blocks}
    out.open("PcGts", {"pcGtsId": ids.claim(f"pc_{page.id or 'page'}")}, head=_HEAD)
    _metadata(out, page)
    width, height = page.size or (0, 0)
    pg = {
        "imageFilename": clean(Path(page.source.path).name if page.source.path else page.id),
        "imageWidth": str(width), "imageHeight": str(height),
    }
    if (lang := stated_lang(page)) in LANGUAGE_NAMES:
        pg["primaryLanguage"] = LANGUAGE_NAMES[lang]
    if page.turn:  # the clockwise turn that sets the scan upright, within PAGE's -180..180
        pg["orientation"] = str(page.turn if page.turn <= 180 else page.turn - 360)
    blocks = page.ordered_blocks()
    if not page.reading_order and not blocks:
        out.empty("Page", pg)
    else:
        out.open("Page", pg)
        structure = _structures(page)
        _reading_order(out, page, ids, region_ids)
        claim = _generated_ids(ids)
        for block in blocks:
            _region(out, block, region_ids[block.id], claim, structure.get(block.id), height)
        out.close()
    out.close()
    sink.flush()


def _metadata(out: XmlOut, page: Page) -> None:
    out.open("Metadata")
    creator = next((s for s in reversed(page.steps) if s.software == "newsocr"), None)
    out.leaf("Creator", clean(f"newsocr {creator.version}") if creator else "newsocr")
    stamp = _stamp()
    out.leaf("Created", stamp)
    out.leaf("LastChange", stamp)
    for step in page.steps:
        item = {
            "type": "processingStep", "name": clean(step.action or "processing"),
            "value": clean(f"{step.software} {step.version}".strip()),
        }
        if not step.parameters:
            out.empty("MetadataItem", item)
            continue
        out.open("MetadataItem", item)
        out.open("Labels")
        for key, value in step.parameters:
            out.empty("Label", {"type": clean(key), "value": clean(value)})
        out.close()
        out.close()
    out.close()


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


def _reading_order(out: XmlOut, page: Page, ids: Ids, region_ids: dict[str, str]) -> None:
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
    out.open("ReadingOrder")
    out.open("OrderedGroup", {"id": ids.claim("ro_page"), "caption": "reading order"})
    runs_seen: set[str] = set()
    run_key: str | None = None
    in_run = 0  # regions written in the open run (0: none open)
    index = 0
    for bid in page.reading_order:
        own = owner.get(bid)
        if own is not None and own[1] == run_key and in_run:
            out.empty("RegionRefIndexed", {"index": str(in_run), "regionRef": region_ids[bid]})
            in_run += 1
            continue
        if in_run:
            out.close()
            in_run = 0
        if own is None:
            out.empty("RegionRefIndexed", {"index": str(index), "regionRef": region_ids[bid]})
            index += 1
            run_key = None
            continue
        kind, item, caption = own
        structure = "article" if kind == "article" else "photo"
        group = {
            "id": ids.claim(f"ro_{item}"), "index": str(index), "caption": clean(caption),
            "type": kind, "custom": f"structure {{type:{structure}; id:{_custom(item)};}}",
        }
        if item in runs_seen:
            group["continuation"] = "true"
        runs_seen.add(item)
        index += 1
        run_key = item
        out.open("OrderedGroupIndexed", group)
        out.empty("RegionRefIndexed", {"index": "0", "regionRef": region_ids[bid]})
        in_run = 1
    if in_run:
        out.close()
    out.close()
    out.close()


#: Claims a line's or word's id (``r1_l1``, ``r1_l1_w1``).
Claim = Callable[[str], str]

def _generated_ids(ids: Ids) -> Claim:
    """How lines' and words' ids are claimed, the last ids of the document.

    When no id claimed before them could equal one (``Ids.holds_generated``), they are
    taken as made and not remembered (a 10 MB page's 2 million words: 200 MB of set);
    otherwise each is claimed, which gives the same ids. As ``alto_lines.LineIds``."""
    return ids.claim if ids.holds_generated("lw") else str


def _coords(out: XmlOut, box: Box | None) -> None:
    if box is None:
        points = NO_GEOMETRY
    else:
        x0, y0, x1, y1 = box.x, box.y, box.right, box.bottom
        points = f"{x0},{y0} {x1},{y0} {x1},{y1} {x0},{y1}"
    out.empty("Coords", {"points": points})


def _region(
    out: XmlOut, block: Block, rid: str, claim: Claim, structure: str | None, height: int
) -> None:
    custom = f"blockKind {{value:{block.kind.value};}}"
    if structure:
        custom = f"{structure} {custom}"
    attrs = {"id": rid, "custom": custom}
    if block.kind is BlockKind.ILLUSTRATION and not block.lines:
        tag = "ImageRegion"
    elif block.kind is BlockKind.RULE and not block.lines:
        tag = "SeparatorRegion"
    else:
        tag = "TextRegion"
        attrs["type"] = _region_type(block, height)
    out.open(tag, attrs)
    _coords(out, block.box)
    if tag == "TextRegion":
        for n, line in enumerate(block.lines, 1):
            _text_line(out, line, claim(f"{rid}_l{n}"), claim)
        _text_equiv(out, block.text, None, _original_text(block.lines))
        if block.font_size is not None:
            out.empty("TextStyle", {"fontSize": num(block.font_size)})
    out.close()


def _region_type(block: Block, height: int) -> str:
    if block.kind in REGION_TYPES:
        return REGION_TYPES[block.kind]
    if block.kind is BlockKind.FURNITURE:
        below = block.box is not None and height and block.box.y > height / 2
        return "footer" if below else "header"
    return "heading" if block.kind in HEADING_KINDS else "paragraph"


def _text_line(out: XmlOut, line: Line, lid: str, claim: Claim) -> None:
    out.open("TextLine", {"id": lid})
    _coords(out, line.box)
    ind = out.indent
    for n, word in enumerate(line.words, 1):  # preformatted: a page's millions of elements
        out.write(_word(ind, claim(f"{lid}_w{n}"), word))
    original = None
    if any(w.original is not None for w in line.words):
        original = " ".join(w.original or w.text for w in line.words)
    _text_equiv(out, line.text, None, original)
    out.close()


def _word(ind: str, wid: str, word: Word) -> str:
    """A ``Word`` element at indentation ``ind``, as ``_coords`` and ``_text_equiv``
    would write it (its id is valid as made or claimed: it needs no escaping)."""
    box = word.box
    if box is None:
        points = NO_GEOMETRY
    else:
        x0, y0, x1, y1 = box.x, box.y, box.right, box.bottom
        points = f"{x0},{y0} {x1},{y0} {x1},{y1} {x0},{y1}"
    conf = "" if word.confidence is None else f' conf="{num(word.confidence)}"'
    head = f'{ind}<Word id="{wid}">\n{ind}  <Coords points="{points}"/>\n'
    foot = f"{ind}</Word>\n"
    unicode = f"{ind}    <Unicode>{xml_text(clean(word.text))}</Unicode>\n"
    if word.original is None:
        return f"{head}{ind}  <TextEquiv{conf}>\n{unicode}{ind}  </TextEquiv>\n{foot}"
    ocr = (f'{ind}  <TextEquiv index="1" comments="{OCR_COMMENT}">\n'
           f"{ind}    <Unicode>{xml_text(clean(word.original))}</Unicode>\n{ind}  </TextEquiv>\n")
    return f'{head}{ind}  <TextEquiv index="0"{conf}>\n{unicode}{ind}  </TextEquiv>\n{ocr}{foot}'


def _original_text(lines: tuple[Line, ...]) -> str | None:
    if not any(w.original is not None for ln in lines for w in ln.words):
        return None
    return "\n".join(" ".join(w.original or w.text for w in ln.words) for ln in lines)


def _text_equiv(out: XmlOut, text: str, conf: float | None, original: str | None) -> None:
    """The text (index 0) and, when correction changed it, the OCR reading (index 1)."""
    attrs = {"index": "0"} if original is not None else {}
    if conf is not None:
        attrs["conf"] = num(conf)
    out.open("TextEquiv", attrs)
    out.leaf("Unicode", clean(text))
    out.close()
    if original is not None:
        out.open("TextEquiv", {"index": "1", "comments": OCR_COMMENT})
        out.leaf("Unicode", clean(original))
        out.close()
