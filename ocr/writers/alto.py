"""ALTO 4.4 writer: the page as libraries load it into viewers and search indexes.

How the page model maps onto ALTO (docs/alto.md says the same for users):

- blocks are written in reading order inside ``PrintSpace`` (text as ``TextBlock``,
  ``BlockKind.ILLUSTRATION`` as ``Illustration``, ``BlockKind.RULE`` as
  ``GraphicalElement``; a picture or rule block that carries text stays a ``TextBlock``
  so no word is dropped), and ``ReadingOrder`` lists them explicitly;
- each article is a ``StructureTag`` (TYPE ``article``); its blocks name it in ``TAGREFS``
  and its runs of blocks in the reading order are ``OrderedGroup``s with the same TAGREFS;
  photo items likewise (TYPE ``photo``);
- each block kind is a ``RoleTag`` (TYPE ``blockKind``, LABEL ``headline``, ``body``...);
  the column index is a ``LayoutTag`` (TYPE ``column``);
- font sizes (with ``FONTSTYLE="bold"`` where the source says so) are ``TextStyle``s
  referenced from the blocks; a line's indentation is a ``ParagraphStyle`` with
  ``FIRSTLINE`` referenced from the ``TextLine``;
- a line-final hyphen is ``HYP`` with ``SUBS_TYPE``/``SUBS_CONTENT`` on both halves;
- a corrected word keeps the OCR reading as ``<ALTERNATIVE PURPOSE="ocr">``;
- text input has no geometry: positions are then simply left out (they are optional
  in ALTO 4), rather than invented.

The document is streamed into the output file element by element (``ocr.writers.xmlout``),
never built as a tree: a 10 MB text page is millions of lines, and its ALTO is written
in time and memory linear in the page. A block's lines are written by
``ocr.writers.alto_lines``.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from lxml import etree

from ..alto_vocab import ALTO_NS, ARTICLE_TAG, COLUMN_TAG, KIND_TAG, PHOTO_TAG
from ..files import atomic_write
from ..model import Block, BlockKind, Page
from ..script import HYPHENS
from .alto_lines import LineIds, clean, num, text_lines
from .xmlout import Ids, Sink, XmlOut

XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{ALTO_NS} http://www.loc.gov/alto/v4/alto-4-4.xsd"
_LANGUAGE = re.compile(r"[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*")
_HEAD = f' xmlns="{ALTO_NS}" xmlns:xsi="{XSI_NS}" xsi:schemaLocation="{SCHEMA_LOCATION}"'


def write_alto(page: Page, path: Path | str) -> None:
    """Write ``page`` as ALTO 4.4 to ``path`` atomically (a reader never sees half a file)."""
    atomic_write(Path(path), lambda fh: write_alto_to(page, fh))


def alto_bytes(page: Page) -> bytes:
    """``page`` as an ALTO 4.4 document (UTF-8 bytes with an XML declaration)."""
    buf = io.BytesIO()
    write_alto_to(page, buf)
    return buf.getvalue()

def write_alto_to(page: Page, fh: BinaryIO) -> None:
    """Write the ALTO 4.4 document of ``page`` to the binary stream ``fh``, element by
    element (see the module docstring for the mapping)."""
    sink = Sink(fh)
    sink.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out = XmlOut(sink.write)
    ids = Ids()
    block_ids = {b.id: ids.claim(b.id) for b in page.blocks}
    page_id = ids.claim(page.id or "page")

    out.open("alto", {"SCHEMAVERSION": "4.4"}, head=_HEAD)
    _description(out, page, ids)

    sizes = sorted({(b.font_size, b.bold) for b in page.blocks if b.font_size is not None})
    indents = sorted({ln.indent for b in page.blocks for ln in b.lines if ln.indent})
    size_ids = {s: ids.claim(f"TS_{i + 1}") for i, s in enumerate(sizes)}
    indent_ids = {v: ids.claim(f"PS_INDENT_{i + 1}") for i, v in enumerate(indents)}
    if sizes or indents:
        out.open("Styles")
        for (s, bold), sid in size_ids.items():
            style = {"ID": sid, "FONTSIZE": num(s)} | ({"FONTSTYLE": "bold"} if bold else {})
            out.empty("TextStyle", style)
        for v, pid in indent_ids.items():
            out.empty("ParagraphStyle", {"ID": pid, "FIRSTLINE": num(v)})
        out.close()

    tagrefs, article_of = _tags(out, page, ids, block_ids)
    _reading_order(out, page, ids, block_ids, article_of)

    out.open("Layout")
    pg = {"ID": page_id, "PHYSICAL_IMG_NR": "1"}
    space = {"ID": ids.claim(f"{page_id}_PS")}
    if page.size is not None:
        w, h = page.size
        pg |= {"WIDTH": str(w), "HEIGHT": str(h)}
        space |= {"HPOS": "0", "VPOS": "0", "WIDTH": str(w), "HEIGHT": str(h)}
    if _LANGUAGE.fullmatch(page.lang or ""):
        pg["LANG"] = page.lang
    out.open("Page", pg)
    blocks = page.ordered_blocks()
    if blocks:
        out.open("PrintSpace", space)
        _blocks(out, blocks, block_ids, LineIds(ids), size_ids, indent_ids, tagrefs)
        out.close()
    else:
        out.empty("PrintSpace", space)
    for _ in range(3):  # Page, Layout, alto
        out.close()
    sink.flush()


def _blocks(out: XmlOut, blocks: tuple[Block, ...], block_ids: dict[str, str],
            line_ids: LineIds, size_ids: dict[tuple[float, bool], str],
            indent_ids: dict[float, str], tagrefs: dict[str, list[str]]) -> None:
    """Each block in reading order, as its ALTO element. Its attributes are ids and
    numbers, which need no escaping: they are written as they are (a page of text input
    is a hundred thousand blocks)."""
    ind = out.indent
    for block in blocks:
        bid = block_ids[block.id]
        box = block.box
        attrs = f' ID="{bid}"' + ("" if box is None else (
            f' HPOS="{box.x}" VPOS="{box.y}" WIDTH="{box.w}" HEIGHT="{box.h}"'))
        if block.font_size is not None:
            attrs += f' STYLEREFS="{size_ids[(block.font_size, block.bold)]}"'
        if refs := tagrefs.get(block.id):
            attrs += f' TAGREFS="{" ".join(refs)}"'
        if block.kind is BlockKind.ILLUSTRATION and not block.lines:
            out.write(f"{ind}<Illustration{attrs}/>\n")
        elif block.kind is BlockKind.RULE and not block.lines:
            out.write(f"{ind}<GraphicalElement{attrs}/>\n")
        elif not block.lines:
            out.write(f"{ind}<TextBlock{attrs}/>\n")
        else:
            out.write(f"{ind}<TextBlock{attrs}>\n")
            out.depth += 1
            text_lines(out, block.lines, bid, line_ids, indent_ids)
            out.depth -= 1
            out.write(f"{ind}</TextBlock>\n")


def _description(out: XmlOut, page: Page, ids: Ids) -> None:
    out.open("Description")
    out.leaf("MeasurementUnit", "pixel")
    info: list[tuple[str, str, dict[str, str]]] = []
    if page.source.path:
        info.append(("fileName", clean(Path(page.source.path).name), {}))
    if page.source.sha256:
        info.append(("fileIdentifier", clean(page.source.sha256),
                     {"fileIdentifierLocation": "sha256"}))
    if info:
        out.open("sourceImageInformation")
        for tag, content, attrs in info:
            out.leaf(tag, content, attrs)
        out.close()
    else:
        out.empty("sourceImageInformation")
    for n, step in enumerate(page.steps, 1):
        out.open("Processing", {"ID": ids.claim(f"PROC_{n}")})
        if step.action:
            out.leaf("processingStepDescription", clean(step.action))
        if step.parameters:
            settings = "\n".join(f"{k}={v}" for k, v in step.parameters)
            out.leaf("processingStepSettings", clean(settings))
        out.open("processingSoftware")
        out.leaf("softwareName", clean(step.software))
        out.leaf("softwareVersion", clean(step.version))
        out.close()
        out.close()
    out.close()


def _tags(
    out: XmlOut, page: Page, ids: Ids, block_ids: dict[str, str]
) -> tuple[dict[str, list[str]], dict[str, str]]:
    """Write ``Tags``; return each block's TAGREFS and the article tag id of each block."""
    refs: dict[str, list[str]] = {b.id: [] for b in page.blocks}
    article_of: dict[str, str] = {}
    entries: list[tuple[str, dict[str, str]]] = []
    kinds: dict[BlockKind, str] = {}
    for kind in sorted({b.kind for b in page.blocks}, key=list(BlockKind).index):
        kinds[kind] = ids.claim(f"KIND_{kind.value.upper()}")
        entries.append(("RoleTag", {"ID": kinds[kind], "TYPE": KIND_TAG, "LABEL": kind.value}))
    columns: dict[int, str] = {}
    for col in sorted({b.column for b in page.blocks if b.column is not None}):
        columns[col] = ids.claim(f"COL_{col}")
        entries.append(("LayoutTag", {"ID": columns[col], "TYPE": COLUMN_TAG, "LABEL": str(col)}))
    for b in page.blocks:  # a block has one kind and at most one column: its kind's tag first
        refs[b.id].append(kinds[b.kind])
        if b.column is not None:
            refs[b.id].append(columns[b.column])
    groups: list[tuple[str, str, str, tuple[str, ...]]] = [
        (ARTICLE_TAG, a.id, a.headlines[0] if a.headlines else a.id, a.block_ids)
        for a in page.articles
    ] + [(PHOTO_TAG, p.id, p.title or p.caption or p.id, p.block_ids) for p in page.photos]
    for type_, gid, label, members in groups:
        tid = ids.claim(f"{type_.upper()}_{gid}")
        attrs = {"ID": tid, "TYPE": type_, "LABEL": clean(label), "DESCRIPTION": clean(gid)}
        entries.append(("StructureTag", attrs))
        for bid in members:
            if bid in refs:
                refs[bid].append(tid)
                if type_ == ARTICLE_TAG:
                    article_of.setdefault(bid, tid)
    if entries:
        out.open("Tags")
        for tag, attrs in entries:
            out.empty(tag, attrs)
        out.close()
    return refs, article_of


def _reading_order(
    out: XmlOut,
    page: Page,
    ids: Ids,
    block_ids: dict[str, str],
    article_of: dict[str, str],
) -> None:
    """One page-wide ``OrderedGroup``; each run of an article's blocks is a nested group."""
    if not page.reading_order:
        return
    out.open("ReadingOrder")
    out.open("OrderedGroup", {"ID": ids.claim("RO_PAGE")})
    run_tag: str | None = None
    in_run = False
    for bid in page.reading_order:
        tag = article_of.get(bid)
        if tag != run_tag and in_run:
            out.close()
            in_run = False
        if tag is not None and not in_run:
            out.open("OrderedGroup", {"ID": ids.claim(f"RO_{tag}"), "TAGREFS": tag})
            in_run = True
        run_tag = tag
        ref = block_ids[bid]  # (ids, which need no escaping)
        out.write(f'{out.indent}<ElementRef ID="{ids.claim(f"RO_{ref}")}" REF="{ref}"/>\n')
    if in_run:
        out.close()
    out.close()
    out.close()

def iter_string_contents(root: etree._Element) -> Iterable[str]:
    """Each ``String``'s CONTENT, with the line's ``HYP`` glued to the last one (a printed word)."""
    for tl in root.iter("{*}TextLine"):
        kids = [k for k in tl if isinstance(k.tag, str)]
        for i, k in enumerate(kids):
            if etree.QName(k).localname != "String":
                continue
            text = k.get("CONTENT", "")
            nxt = kids[i + 1] if i + 1 < len(kids) else None
            if nxt is not None and etree.QName(nxt).localname == "HYP" and text[-1:] not in HYPHENS:
                text += nxt.get("CONTENT", "")
            if text:
                yield text
