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
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from lxml import etree

from ..alto_vocab import ALTO_NS, ARTICLE_TAG, COLUMN_TAG, KIND_TAG, OCR_PURPOSE, PHOTO_TAG
from ..model import BlockKind, Box, Line, Page, Word
from ..script import HYPHENS, is_cjk
from . import atomic_write

XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{ALTO_NS} http://www.loc.gov/alto/v4/alto-4-4.xsd"
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_NCNAME = re.compile(r"[A-Za-z_][A-Za-z0-9._-]*")
_LANGUAGE = re.compile(r"[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*")


def write_alto(page: Page, path: Path | str) -> None:
    """Write ``page`` as ALTO 4.4 to ``path`` atomically (a reader never sees half a file)."""
    atomic_write(Path(path), alto_bytes(page))


def alto_bytes(page: Page) -> bytes:
    """``page`` as an ALTO 4.4 document (UTF-8 bytes with an XML declaration)."""
    body = etree.tostring(alto_tree(page), encoding="UTF-8", pretty_print=True)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + body


class _Ids:
    """Hands out unique, valid ``xs:ID`` values; wanted names are kept when possible."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def claim(self, wanted: str) -> str:
        base = re.sub(r"[^A-Za-z0-9._-]", "_", wanted) or "_"
        if not _NCNAME.fullmatch(base):
            base = "_" + base
        out, n = base, 1
        while out in self.used:
            n += 1
            out = f"{base}_{n}"
        self.used.add(out)
        return out


def _el(parent: etree._Element, tag: str, attrs: dict[str, str] | None = None) -> etree._Element:
    el = etree.SubElement(parent, f"{{{ALTO_NS}}}{tag}")
    for k, v in (attrs or {}).items():
        el.set(k, v)
    return el


def _text(parent: etree._Element, tag: str, text: str) -> etree._Element:
    el = _el(parent, tag)
    el.text = _clean(text)
    return el


def _clean(text: str) -> str:
    """Replace characters XML 1.0 cannot carry (controls, lone surrogates)."""
    return _INVALID_XML.sub("\ufffd", text)


def _num(v: float) -> str:
    """A float as the shortest text that reads back to the same value."""
    return str(int(v)) if float(v).is_integer() and abs(v) < 1e15 else repr(float(v))


def _geometry(box: Box | None) -> dict[str, str]:
    if box is None:
        return {}
    return {"HPOS": str(box.x), "VPOS": str(box.y), "WIDTH": str(box.w), "HEIGHT": str(box.h)}


def alto_tree(page: Page) -> etree._Element:
    """Build the ALTO 4.4 element tree of ``page`` (see the module docstring for the mapping)."""
    ids = _Ids()
    block_ids = {b.id: ids.claim(b.id) for b in page.blocks}
    page_id = ids.claim(page.id or "page")

    root = etree.Element(f"{{{ALTO_NS}}}alto", nsmap={None: ALTO_NS, "xsi": XSI_NS})
    root.set(f"{{{XSI_NS}}}schemaLocation", SCHEMA_LOCATION)
    root.set("SCHEMAVERSION", "4.4")
    _description(root, page, ids)

    sizes = sorted({(b.font_size, b.bold) for b in page.blocks if b.font_size is not None})
    indents = sorted({ln.indent for b in page.blocks for ln in b.lines if ln.indent})
    size_ids = {s: ids.claim(f"TS_{i + 1}") for i, s in enumerate(sizes)}
    indent_ids = {v: ids.claim(f"PS_INDENT_{i + 1}") for i, v in enumerate(indents)}
    if sizes or indents:
        styles = _el(root, "Styles")
        for (s, bold), sid in size_ids.items():
            style = {"ID": sid, "FONTSIZE": _num(s)} | ({"FONTSTYLE": "bold"} if bold else {})
            _el(styles, "TextStyle", style)
        for v, pid in indent_ids.items():
            _el(styles, "ParagraphStyle", {"ID": pid, "FIRSTLINE": _num(v)})

    tagrefs, article_of = _tags(root, page, ids, block_ids)
    _reading_order(root, page, ids, block_ids, article_of)

    layout = _el(root, "Layout")
    pg = _el(layout, "Page", {"ID": page_id, "PHYSICAL_IMG_NR": "1"})
    space = _el(pg, "PrintSpace", {"ID": ids.claim(f"{page_id}_PS")})
    if page.size is not None:
        w, h = page.size
        pg.set("WIDTH", str(w))
        pg.set("HEIGHT", str(h))
        space.attrib.update({"HPOS": "0", "VPOS": "0", "WIDTH": str(w), "HEIGHT": str(h)})
    if _LANGUAGE.fullmatch(page.lang or ""):
        pg.set("LANG", page.lang)

    for block in page.ordered_blocks():
        bid = block_ids[block.id]
        attrs = {"ID": bid, **_geometry(block.box)}
        if block.font_size is not None:
            attrs["STYLEREFS"] = size_ids[(block.font_size, block.bold)]
        if tagrefs.get(block.id):
            attrs["TAGREFS"] = " ".join(tagrefs[block.id])
        if block.kind is BlockKind.ILLUSTRATION and not block.lines:
            _el(space, "Illustration", attrs)
        elif block.kind is BlockKind.RULE and not block.lines:
            _el(space, "GraphicalElement", attrs)
        else:
            tb = _el(space, "TextBlock", attrs)
            for n, line in enumerate(block.lines, 1):
                _text_line(tb, line, ids.claim(f"{bid}_L{n}"), ids, indent_ids)
            _hyphen_pairs(tb)
    return root


def _description(root: etree._Element, page: Page, ids: _Ids) -> None:
    desc = _el(root, "Description")
    _text(desc, "MeasurementUnit", "pixel")
    info = _el(desc, "sourceImageInformation")
    if page.source.path:
        _text(info, "fileName", Path(page.source.path).name)
    if page.source.sha256:
        ident = _text(info, "fileIdentifier", page.source.sha256)
        ident.set("fileIdentifierLocation", "sha256")
    for n, step in enumerate(page.steps, 1):
        proc = _el(desc, "Processing", {"ID": ids.claim(f"PROC_{n}")})
        if step.action:
            _text(proc, "processingStepDescription", step.action)
        if step.parameters:
            settings = "\n".join(f"{k}={v}" for k, v in step.parameters)
            _text(proc, "processingStepSettings", settings)
        sw = _el(proc, "processingSoftware")
        _text(sw, "softwareName", step.software)
        _text(sw, "softwareVersion", step.version)


def _tags(
    root: etree._Element, page: Page, ids: _Ids, block_ids: dict[str, str]
) -> tuple[dict[str, list[str]], dict[str, str]]:
    """Write ``Tags``; return each block's TAGREFS and the article tag id of each block."""
    refs: dict[str, list[str]] = {b.id: [] for b in page.blocks}
    article_of: dict[str, str] = {}
    entries: list[tuple[str, dict[str, str]]] = []
    for kind in sorted({b.kind for b in page.blocks}, key=list(BlockKind).index):
        tid = ids.claim(f"KIND_{kind.value.upper()}")
        entries.append(("RoleTag", {"ID": tid, "TYPE": KIND_TAG, "LABEL": kind.value}))
        for b in page.blocks:
            if b.kind is kind:
                refs[b.id].append(tid)
    for col in sorted({b.column for b in page.blocks if b.column is not None}):
        tid = ids.claim(f"COL_{col}")
        entries.append(("LayoutTag", {"ID": tid, "TYPE": COLUMN_TAG, "LABEL": str(col)}))
        for b in page.blocks:
            if b.column == col:
                refs[b.id].append(tid)
    groups: list[tuple[str, str, str, tuple[str, ...]]] = [
        (ARTICLE_TAG, a.id, a.headlines[0] if a.headlines else a.id, a.block_ids)
        for a in page.articles
    ] + [(PHOTO_TAG, p.id, p.title or p.caption or p.id, p.block_ids) for p in page.photos]
    for type_, gid, label, members in groups:
        tid = ids.claim(f"{type_.upper()}_{gid}")
        attrs = {"ID": tid, "TYPE": type_, "LABEL": _clean(label), "DESCRIPTION": _clean(gid)}
        entries.append(("StructureTag", attrs))
        for bid in members:
            if bid in refs:
                refs[bid].append(tid)
                if type_ == ARTICLE_TAG:
                    article_of.setdefault(bid, tid)
    if entries:
        tags = _el(root, "Tags")
        for tag, attrs in entries:
            _el(tags, tag, attrs)
    return refs, article_of


def _reading_order(
    root: etree._Element,
    page: Page,
    ids: _Ids,
    block_ids: dict[str, str],
    article_of: dict[str, str],
) -> None:
    """One page-wide ``OrderedGroup``; each run of an article's blocks is a nested group."""
    if not page.reading_order:
        return
    ro = _el(root, "ReadingOrder")
    top = _el(ro, "OrderedGroup", {"ID": ids.claim("RO_PAGE")})
    run_tag: str | None = None
    run: etree._Element | None = None
    for bid in page.reading_order:
        tag = article_of.get(bid)
        parent = top
        if tag is not None:
            if tag != run_tag or run is None:
                run = _el(top, "OrderedGroup", {"ID": ids.claim(f"RO_{tag}"), "TAGREFS": tag})
            parent = run
        run_tag = tag
        _el(parent, "ElementRef", {"ID": ids.claim(f"RO_{block_ids[bid]}"), "REF": block_ids[bid]})


def _text_line(
    block: etree._Element, line: Line, line_id: str, ids: _Ids, indent_ids: dict[float, str]
) -> None:
    tl = _el(block, "TextLine", {"ID": line_id, **_geometry(line.box)})
    if line.indent:
        tl.set("STYLEREFS", indent_ids[line.indent])
    words = list(line.words)
    if not words:
        # ALTO needs at least one String per TextLine; an empty line is an empty String.
        _el(tl, "String", {"ID": ids.claim(f"{line_id}_S1"), "CONTENT": ""})
        return
    hyp = _split_hyphen(words[-1])
    for n, word in enumerate(words, 1):
        last = n == len(words)
        text = hyp[0] if last and hyp else word.text
        box = word.box
        if last and hyp and box is not None:
            box = Box(box.x, box.y, max(0, box.w - hyp[2]), box.h)
        _string(tl, word, text, box, ids.claim(f"{line_id}_S{n}"))
        if not last and not (is_cjk(word.text[-1]) or is_cjk(words[n].text[0])):
            _el(tl, "SP", _space(word.box, words[n].box))
    if hyp:
        attrs = {"CONTENT": hyp[1]}
        wb = words[-1].box
        if wb is not None:
            attrs |= _geometry(Box(wb.right - hyp[2], wb.y, hyp[2], wb.h))
        _el(tl, "HYP", attrs)


def _split_hyphen(word: Word) -> tuple[str, str, int] | None:
    """(stem, hyphen, hyphen width in px) when ``word`` ends in a printed line-end hyphen."""
    text = word.text
    if len(text) < 2 or text[-1] not in HYPHENS or not any(c.isalnum() for c in text[:-1]):
        return None
    if text[-2] in HYPHENS:  # "re--": readers take a hyphen before HYP as the printed one
        return None
    width = 0
    if word.box is not None:
        width = min(word.box.w, round(word.box.w / len(text)))
    return text[:-1], text[-1], width


def _string(tl: etree._Element, word: Word, text: str, box: Box | None, sid: str) -> None:
    attrs = {"ID": sid, **_geometry(box), "CONTENT": _clean(text)}
    if word.confidence is not None:
        attrs["WC"] = _num(word.confidence)
    s = _el(tl, "String", attrs)
    if word.original is not None:
        alt = _text(s, "ALTERNATIVE", word.original)
        alt.set("PURPOSE", OCR_PURPOSE)


def _space(left: Box | None, right: Box | None) -> dict[str, str]:
    if left is None or right is None or right.x < left.right:
        return {}
    return {"HPOS": str(left.right), "VPOS": str(left.y), "WIDTH": str(right.x - left.right)}


def _hyphen_pairs(tb: etree._Element) -> None:
    """Mark the halves of a word hyphenated across lines of one block (HypPart1/HypPart2)."""
    lines = [el for el in tb if el.tag == f"{{{ALTO_NS}}}TextLine"]
    for cur, nxt in zip(lines, lines[1:], strict=False):
        if cur[-1].tag != f"{{{ALTO_NS}}}HYP":
            continue
        first = _first_string(nxt)
        part1 = cur[-2]
        if first is None or not first.get("CONTENT"):
            continue
        whole = part1.get("CONTENT", "") + first.get("CONTENT", "")
        for el, kind in ((part1, "HypPart1"), (first, "HypPart2")):
            if el.get("SUBS_TYPE") is None:
                el.set("SUBS_TYPE", kind)
                el.set("SUBS_CONTENT", whole)


def _first_string(tl: etree._Element) -> etree._Element | None:
    for el in tl:
        if el.tag == f"{{{ALTO_NS}}}String":
            return el
    return None


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
