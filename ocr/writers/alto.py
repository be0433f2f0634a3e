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
in time and memory linear in the page.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from operator import attrgetter
from pathlib import Path
from typing import BinaryIO

from lxml import etree

from ..alto_vocab import ALTO_NS, ARTICLE_TAG, COLUMN_TAG, KIND_TAG, OCR_PURPOSE, PHOTO_TAG
from ..files import atomic_write
from ..model import Block, BlockKind, Box, Line, Page, Word
from ..script import ANY_CJK, HYPHENS, is_cjk
from .xmlout import Ids, Sink, XmlOut, attr

XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{ALTO_NS} http://www.loc.gov/alto/v4/alto-4-4.xsd"
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
#: A character an attribute value escapes (a line without one is written as it is).
_ESCAPED = re.compile('[&<>"\n\r\t]')
_LANGUAGE = re.compile(r"[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*")
#: An id a line's or word's generated id could equal (``B_L3``, ``B_L3_S1``).
_GENERATED = re.compile(r"_[LS][0-9]")
_HEAD = f' xmlns="{ALTO_NS}" xmlns:xsi="{XSI_NS}" xsi:schemaLocation="{SCHEMA_LOCATION}"'


def write_alto(page: Page, path: Path | str) -> None:
    """Write ``page`` as ALTO 4.4 to ``path`` atomically (a reader never sees half a file)."""
    atomic_write(Path(path), lambda fh: write_alto_to(page, fh))


def alto_bytes(page: Page) -> bytes:
    """``page`` as an ALTO 4.4 document (UTF-8 bytes with an XML declaration)."""
    buf = io.BytesIO()
    write_alto_to(page, buf)
    return buf.getvalue()


class _LineIds:
    """Ids of lines (``B_L1``) and words (``B_L1_S1``), claimed last, in document order.

    When no id claimed before them looks like one (holds ``_L`` or ``_S`` and a digit),
    none of them can collide with another id, so they are made directly and not
    remembered: five million lines need no five-million-entry set. Otherwise every one
    is claimed, which gives the same ids as always.
    """

    def __init__(self, ids: Ids) -> None:
        self.ids = ids
        self.direct = not any(_GENERATED.search(i) for i in ids.used)

    def claim(self, wanted: str) -> str:
        return wanted if self.direct else self.ids.claim(wanted)


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
            style = {"ID": sid, "FONTSIZE": _num(s)} | ({"FONTSTYLE": "bold"} if bold else {})
            out.empty("TextStyle", style)
        for v, pid in indent_ids.items():
            out.empty("ParagraphStyle", {"ID": pid, "FIRSTLINE": _num(v)})
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
        _blocks(out, blocks, block_ids, _LineIds(ids), size_ids, indent_ids, tagrefs)
        out.close()
    else:
        out.empty("PrintSpace", space)
    for _ in range(3):  # Page, Layout, alto
        out.close()
    sink.flush()


def _blocks(out: XmlOut, blocks: tuple[Block, ...], block_ids: dict[str, str],
            line_ids: _LineIds, size_ids: dict[tuple[float, bool], str],
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
            _text_lines(out, block.lines, bid, line_ids, indent_ids)
            out.depth -= 1
            out.write(f"{ind}</TextBlock>\n")


def _description(out: XmlOut, page: Page, ids: Ids) -> None:
    out.open("Description")
    out.leaf("MeasurementUnit", "pixel")
    info: list[tuple[str, str, dict[str, str]]] = []
    if page.source.path:
        info.append(("fileName", _clean(Path(page.source.path).name), {}))
    if page.source.sha256:
        info.append(("fileIdentifier", _clean(page.source.sha256),
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
            out.leaf("processingStepDescription", _clean(step.action))
        if step.parameters:
            settings = "\n".join(f"{k}={v}" for k, v in step.parameters)
            out.leaf("processingStepSettings", _clean(settings))
        out.open("processingSoftware")
        out.leaf("softwareName", _clean(step.software))
        out.leaf("softwareVersion", _clean(step.version))
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
        attrs = {"ID": tid, "TYPE": type_, "LABEL": _clean(label), "DESCRIPTION": _clean(gid)}
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


def _contents(line: Line) -> tuple[list[str], tuple[str, str, int] | None]:
    """The CONTENT of each ``String`` of ``line`` (cleaned), and its line-end hyphen."""
    words = line.words
    if not words:
        return [""], None
    hyp = _split_hyphen(words[-1])
    texts = [w.text for w in words]
    if hyp:
        texts[-1] = hyp[0]
    if _INVALID_XML.search(line.text) is None:  # the line's text holds every word's
        return texts, hyp
    return [_clean(t) for t in texts], hyp


def _text_lines(out: XmlOut, lines: tuple[Line, ...], bid: str, line_ids: _LineIds,
                indent_ids: dict[float, str]) -> None:
    """The block's ``TextLine``s; a hyphen at a line's end and the next line's first word
    are the two halves of one word (``HypPart1``/``HypPart2``, ``SUBS_CONTENT`` whole).

    A line's hyphen looks one line ahead; lines are written a few thousand characters at
    a time, so the block is never held whole. This is the loop a page of millions of
    lines spends its time in: lines are written as preformatted text, a plain one in
    one step (``_Templates``), and escaping and script checks are skipped for a line
    whose text needs none."""
    part2: str | None = None  # SUBS_CONTENT of this line's first word, the second half
    ind = out.indent
    inner = ind + "  "  # a String's indentation
    templates = _Templates(ind) if line_ids.direct else None
    parts: list[str] = []  # written to ``out`` in one piece now and then (``_GATHER``)
    whole_out, out = out, XmlOut(parts.append)
    out.depth = whole_out.depth
    size = 0  # characters in ``parts`` from plain lines
    for n, line in enumerate(lines, 1):
        if size >= _GATHER or len(parts) >= _GATHER // 64:
            whole_out.write("".join(parts))
            parts.clear()
            size = 0
        if templates is not None and part2 is None:
            done = templates.line(line, f"{bid}_L{n}", indent_ids)
            if done is not None:
                parts.append(done)
                size += len(done)
                continue
        contents, hyp = _contents(line)
        subs: dict[int, tuple[str, str]] = {}
        if part2 is not None:
            subs[0] = ("HypPart2", part2)
        part2 = None
        first_next = _contents(lines[n])[0][0] if hyp and n < len(lines) else ""
        if hyp and first_next:
            whole = contents[-1] + first_next
            subs.setdefault(len(contents) - 1, ("HypPart1", whole))
            part2 = whole
        line_id = line_ids.claim(f"{bid}_L{n}")
        box = line.box
        head = f'{ind}<TextLine ID="{line_id}"' + ("" if box is None else (
            f' HPOS="{box.x}" VPOS="{box.y}" WIDTH="{box.w}" HEIGHT="{box.h}"'))
        if line.indent:
            head += f' STYLEREFS="{indent_ids[line.indent]}"'
        plain = _plain_strings(line, contents, hyp, subs, line_id, line_ids, inner)
        if plain is not None:  # the line in one piece
            out.write(f"{head}>\n{plain}{ind}</TextLine>\n")
            continue
        out.write(head + ">\n")
        out.depth += 1
        _strings(out, line, contents, hyp, subs, line_id, line_ids)
        out.depth -= 1
        out.write(f"{ind}</TextLine>\n")
    whole_out.write("".join(parts))


#: Characters of a block's lines gathered before they are written (one write, not one a
#: line); at most this many pieces, each of at most a line.
_GATHER = 1 << 14


#: A word's attributes other than its text; all None in a plain word.
_EXTRAS = attrgetter("box", "confidence", "original")
_PLAIN = (None, None, None).__eq__
#: What needs more than a line's text copied into ``CONTENT``: escapes, characters to
#: replace (``_ESCAPED`` and ``_INVALID_XML``), a hyphen that may be a ``HYP``.
_NOT_AS_IS = re.compile('[&<>"\n\r\t\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]')


class _Templates:
    """Plain lines (most lines of text input: no geometry, confidence, reading before
    correction, hyphen, character to replace or CJK beside a space) written whole, each
    with one ``str.format`` of a template made once for its indentation and number of
    words: a 10 MB page is a million of them, and the ALTO writer's time goes there.

    A plain line's text is its words a space apart (``model.join_words`` puts a space
    between every two words when neither is CJK), so its words are its text split at
    spaces, not read word by word; escaping the text escapes each word (no escape holds
    a space)."""

    by_shape: dict[tuple[str, int], str] = {}  # (indentation, words): a few dozen

    def __init__(self, ind: str) -> None:
        self.ind = ind

    def template(self, count: int) -> str:
        ind, inner = self.ind, self.ind + "  "
        strings = f"{inner}<SP/>\n".join(
            f'{inner}<String ID="{{0}}_S{i}" CONTENT="{{{i + 1}}}"/>\n'
            for i in range(1, count + 1))
        out = f'{ind}<TextLine ID="{{0}}"{{1}}>\n{strings}{ind}</TextLine>\n'
        self.by_shape[(ind, count)] = out
        return out

    def line(self, line: Line, line_id: str, indent_ids: dict[float, str]) -> str | None:
        """The line's ``TextLine`` as text, or None when it is not plain (``_strings``)."""
        words, text = line.words, line.text
        if line.box is not None or not words or text[-1] in HYPHENS:
            return None
        if not (len(words) == 1 or text.isascii() or ANY_CJK.search(text) is None):
            return None
        if not all(map(_PLAIN, map(_EXTRAS, words))):
            return None
        if _NOT_AS_IS.search(text) is not None:
            if _INVALID_XML.search(text) is not None:
                return None
            text = attr(text)
        texts = text.split(" ")
        if len(texts) != len(words):
            return None
        style = f' STYLEREFS="{indent_ids[line.indent]}"' if line.indent else ""
        template = self.by_shape.get((self.ind, len(texts))) or self.template(len(texts))
        return template.format(line_id, style, *texts)


def _plain_strings(line: Line, contents: list[str], hyp: tuple[str, str, int] | None,
                   subs: dict[int, tuple[str, str]], line_id: str, line_ids: _LineIds,
                   ind: str) -> str | None:
    """Most lines of text input, plain words a space apart (no geometry, confidence,
    reading before correction or hyphen; Latin, or one word), as the text of their
    ``String``s and ``SP``s at indentation ``ind``; None for any other line (``_strings``)."""
    words = line.words
    if subs or hyp or not words or not line_ids.direct:
        return None
    if not (line.text.isascii() or len(words) == 1):  # CJK: spaces only between Latin
        return None
    if not all(w.box is None and w.confidence is None and w.original is None for w in words):
        return None
    escape = _ESCAPED.search(line.text) is not None
    ends = f'"/>\n{ind}<SP/>\n{ind}<String ID="{line_id}_S'
    return f'{ind}<String ID="{line_id}_S' + ends.join([  # a list joins faster
        f'{i}" CONTENT="{attr(c) if escape else c}'
        for i, c in enumerate(contents, 1)]) + '"/>\n'


def _strings(out: XmlOut, line: Line, contents: list[str], hyp: tuple[str, str, int] | None,
             subs: dict[int, tuple[str, str]], line_id: str, line_ids: _LineIds) -> None:
    """A line's ``String``s, ``SP``s between them and its ``HYP``."""
    ind = out.indent
    words = line.words
    if not words:
        # ALTO needs at least one String per TextLine; an empty line is an empty String.
        out.empty("String", {"ID": line_ids.claim(f"{line_id}_S1"), "CONTENT": ""})
        return
    escape = _ESCAPED.search(line.text) is not None
    latin = line.text.isascii()  # no CJK: a space between every two words
    last = len(words) - 1
    for i, word in enumerate(words):
        box = word.box
        if i == last and hyp and box is not None:
            box = Box(box.x, box.y, max(0, box.w - hyp[2]), box.h)
        geometry = "" if box is None else (
            f' HPOS="{box.x}" VPOS="{box.y}" WIDTH="{box.w}" HEIGHT="{box.h}"')
        extra = "" if word.confidence is None else f' WC="{_num(word.confidence)}"'
        if i in subs:
            extra += f' SUBS_TYPE="{subs[i][0]}" SUBS_CONTENT="{attr(subs[i][1])}"'
        content = attr(contents[i]) if escape else contents[i]
        head = (f'{ind}<String ID="{line_ids.claim(f"{line_id}_S{i + 1}")}"{geometry}'
                f' CONTENT="{content}"{extra}')
        if word.original is None:
            out.write(head + "/>\n")
        else:
            out.write(head + ">\n")
            out.depth += 1
            out.leaf("ALTERNATIVE", _clean(word.original), {"PURPOSE": OCR_PURPOSE})
            out.depth -= 1
            out.write(f"{ind}</String>\n")
        if i < last and (latin or not (is_cjk(word.text[-1]) or is_cjk(words[i + 1].text[0]))):
            out.empty("SP", _space(word.box, words[i + 1].box))
    if hyp:
        hattrs = {"CONTENT": hyp[1]}
        wb = words[-1].box
        if wb is not None:
            hattrs |= _geometry(Box(wb.right - hyp[2], wb.y, hyp[2], wb.h))
        out.empty("HYP", hattrs)


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


def _space(left: Box | None, right: Box | None) -> dict[str, str]:
    if left is None or right is None or right.x < left.right:
        return {}
    return {"HPOS": str(left.right), "VPOS": str(left.y), "WIDTH": str(right.x - left.right)}


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
