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
from itertools import chain
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from ..alto_vocab import ALTO_NS, ARTICLE_TAG, COLUMN_TAG, KIND_TAG, PHOTO_TAG
from ..files import atomic_write
from ..model import Block, BlockKind, Page
from ..script import HYPHENS
from .alto_lines import LineIds, LinesOut, clean, num
from .xmlout import PIECES, Ids, Sink, XmlOut, attr, stated_lang

if TYPE_CHECKING:  # lxml loads only to read ALTO back (73 M instructions, ~30 ms)
    from lxml import etree

XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{ALTO_NS} http://www.loc.gov/alto/v4/alto-4-4.xsd"
_LANGUAGE = re.compile(r"[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*")
_INDENT = attrgetter("indent")
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
    indents = sorted(v for v in set(map(_INDENT, chain.from_iterable(b.lines for b in page.blocks)))
                     if v)
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
    if _LANGUAGE.fullmatch(lang := stated_lang(page) or ""):
        pg["LANG"] = lang
    if page.turn:  # the scan lies turned: its text runs this many degrees counter-clockwise
        pg["ROTATION"] = str(page.turn)
    out.open("Page", pg)
    blocks = page.ordered_blocks()
    if blocks:
        out.open("PrintSpace", space)
        lines = LinesOut(sink.parts, sink.flush, out.depth + 1, LineIds(ids), indent_ids)
        _blocks(sink, out.indent, blocks, block_ids, lines, size_ids, tagrefs)
        out.close()
    else:
        out.empty("PrintSpace", space)
    for _ in range(3):  # Page, Layout, alto
        out.close()
    sink.flush()


def _blocks(sink: Sink, ind: str, blocks: tuple[Block, ...], block_ids: dict[str, str],
            lines: LinesOut, size_ids: dict[tuple[float, bool], str],
            tagrefs: dict[str, str]) -> None:
    """Each block in reading order, as its ALTO element at indentation ``ind``. Its
    attributes are ids and numbers, which need no escaping: they are written as they
    are (a page of text input is a hundred thousand blocks)."""
    parts = sink.parts
    for block in blocks:
        if len(parts) >= PIECES:
            lines.flush()
        bid = block_ids[block.id]
        box = block.box
        attrs = f' ID="{bid}"' + ("" if box is None else (
            f' HPOS="{box.x}" VPOS="{box.y}" WIDTH="{box.w}" HEIGHT="{box.h}"'))
        if block.font_size is not None:
            attrs += f' STYLEREFS="{size_ids[(block.font_size, block.bold)]}"'
        if refs := tagrefs.get(block.id):
            attrs += f' TAGREFS="{refs}"'
        if block.lines:
            parts.append(f"{ind}<TextBlock{attrs}>\n")
            lines.block(block.lines, bid)
            parts.append(f"{ind}</TextBlock>\n")
        elif block.kind is BlockKind.ILLUSTRATION:
            parts.append(f"{ind}<Illustration{attrs}/>\n")
        elif block.kind is BlockKind.RULE:
            parts.append(f"{ind}<GraphicalElement{attrs}/>\n")
        else:
            parts.append(f"{ind}<TextBlock{attrs}/>\n")


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
) -> tuple[dict[str, str], dict[str, str]]:
    """Write ``Tags``; return each block's TAGREFS and the article tag id of each block.

    The tags are written as preformatted lines: their ids are claimed (valid, needing no
    escaping), and only labels and descriptions are escaped."""
    ind = "  " * (out.depth + 1)  # inside Tags
    entries: list[str] = []
    kinds: dict[BlockKind, str] = {}
    for kind in sorted({b.kind for b in page.blocks}, key=list(BlockKind).index):
        kinds[kind] = ids.claim(f"KIND_{kind.value.upper()}")
        entries.append(f'{ind}<RoleTag ID="{kinds[kind]}" TYPE="{KIND_TAG}"'
                       f' LABEL="{attr(kind.value)}"/>\n')
    columns: dict[int, str] = {}
    for col in sorted({b.column for b in page.blocks if b.column is not None}):
        columns[col] = ids.claim(f"COL_{col}")
        entries.append(f'{ind}<LayoutTag ID="{columns[col]}" TYPE="{COLUMN_TAG}"'
                       f' LABEL="{col}"/>\n')
    article_of: dict[str, str] = {}
    grouped: dict[str, list[str]] = {}  # the article and photo tags of each block
    groups: list[tuple[str, str, str, tuple[str, ...]]] = [
        (ARTICLE_TAG, a.id, a.headlines[0] if a.headlines else a.id, a.block_ids)
        for a in page.articles
    ] + [(PHOTO_TAG, p.id, p.title or p.caption or p.id, p.block_ids) for p in page.photos]
    for type_, gid, label, members in groups:
        tid = ids.claim(f"{type_.upper()}_{gid}")
        entries.append(f'{ind}<StructureTag ID="{tid}" TYPE="{type_}"'
                       f' LABEL="{attr(clean(label))}" DESCRIPTION="{attr(clean(gid))}"/>\n')
        for bid in members:
            if bid in block_ids:
                grouped.setdefault(bid, []).append(tid)
                if type_ == ARTICLE_TAG:
                    article_of.setdefault(bid, tid)
    refs: dict[str, str] = {}
    for b in page.blocks:  # a block has one kind and at most one column: its kind's tag first
        ref = kinds[b.kind] if b.column is None else f"{kinds[b.kind]} {columns[b.column]}"
        if (more := grouped.get(b.id)) is not None:
            ref = " ".join([ref, *more])
        refs[b.id] = ref
    if entries:
        out.open("Tags")
        for entry in entries:
            out.write(entry)
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
    # An entry a block (a text page has a hundred thousand): looked up once, not each.
    write, claim, get, ind = out.write, ids.claim_valid, article_of.get, out.indent
    for bid in page.reading_order:
        tag = get(bid)
        if tag != run_tag and in_run:
            out.close()
            in_run, ind = False, out.indent
        if tag is not None and not in_run:
            out.open("OrderedGroup", {"ID": ids.claim(f"RO_{tag}"), "TAGREFS": tag})
            in_run, ind = True, out.indent
        run_tag = tag
        ref = block_ids[bid]  # (ids, which need no escaping)
        write(f'{ind}<ElementRef ID="{claim(f"RO_{ref}")}" REF="{ref}"/>\n')
    if in_run:
        out.close()
    out.close()
    out.close()

def iter_string_contents(root: etree._Element) -> Iterable[str]:
    """Each ``String``'s CONTENT, with the line's ``HYP`` glued to the last one (a printed word)."""
    from lxml import etree  # (not loaded to write ALTO: the writer streams text)

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
