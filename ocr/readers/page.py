"""PAGE-XML reader: OCR-D, Transkribus, eScriptorium, Eynollah and Kraken pages into the model.

PRImA's PAGE content format (``PcGts``) is read by local names, whatever the
namespace date (2009 to 2019). Decisions worth knowing (docs/page-and-mets.md says
the same for users):

- Geometry: a region's, line's or word's ``Coords`` polygon (``points="x,y x,y"``, or the
  2009 ``Point`` children) becomes its bounding box. Real files are messy: negative
  coordinates are clipped to 0, points past the image edge to the edge, and each kind of
  repair is reported once in the page's ``warnings``.
- Text (``page_text``): the lowest-``index`` ``TextEquiv``; a line's own text wins over
  stale words; ``comments="ocr"`` is the OCR reading kept beside a correction.
- Kinds (decided by ``ocr.layout.engine_kinds``): ``TextRegion/@type`` maps through its
  :data:`~ocr.layout.engine_kinds.TEXT_TYPES` (``heading`` is a headline,
  ``page-number``/``header``/``footer`` are furniture, ...); image, graphic, chart, map and
  line-drawing regions are illustrations; separators are rules; noise regions are skipped.
  A file that types no region as a heading gets headlines by type size as ALTO does.
- Reading order: ``ReadingOrder`` groups are flattened depth first, an ``OrderedGroup``'s
  members by their ``index``, an ``UnorderedGroup``'s as written. It is the engine's order,
  which the order stage keeps or rebuilds (``--order``).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ..errors import InputError
from ..files import file_stem, page_stem
from ..layout.engine_kinds import ENGINE_ELEMENTS, engine_headlines, engine_kind
from ..model import Block, BlockKind, Box, Page, Source, Step
from ..typography import HEADLINE_RATIO
from ..xmlsafe import children, first_child, local_name, parse_xml, read_source
from .alto import DEFAULT_DPI, dedupe_ids, quarter_turn, text_lang
from .page_text import integer, line_of, number, region_text_lines, text_equiv

#: ``primaryLanguage`` values (ISO 639 English names) -> newsocr's language codes.
LANGUAGES = {"Chinese": "zh", "English": "en", "German": "de", "French": "fr", "Italian": "it"}
_KIND = re.compile(r"blockKind\s*\{[^}]*value:\s*([a-z]+)")
#: Transkribus also writes each region's place in ``custom="readingOrder {index:3;}"``.
_CUSTOM_INDEX = re.compile(r"readingOrder\s*\{[^}]*index:\s*(\d+)")
_KINDS = {k.value: k for k in BlockKind}
_POINT = re.compile(r"(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)")
_DATE = re.compile(r"/pagecontent/(\d{4}-\d{2}-\d{2})")


def page_version(root: etree._Element) -> str:
    """The PAGE schema date from the namespace (``2013-07-15``), else ``?``."""
    match = _DATE.search(etree.QName(root).namespace or "")
    return match.group(1) if match else "?"


def read_page_xml(source: Path | str | bytes, name: str | None = None) -> Page:
    """Read a PAGE-XML file's (first) page; see :func:`read_page_xml_pages`."""
    return read_page_xml_pages(source, name)[0]


def read_page_xml_pages(source: Path | str | bytes, name: str | None = None) -> list[Page]:
    """Every ``Page`` of a PAGE-XML file (the schema allows one; some tools write more).

    Pages are named as ALTO pages are: after the file (``p001.xml`` -> ``p001``), the
    pages of a file holding several ``p001-p1``, ...; bytes keep the image file's stem.
    """
    data, label = read_source(source, name)
    root = parse_xml(data, label)
    if local_name(root) != "PcGts":
        raise InputError(label, f"not a PAGE file (root element is <{local_name(root)}>)")
    page_els = list(children(root, "Page"))
    if not page_els:
        raise InputError(label, "PAGE file has no Page element")
    path = None if isinstance(source, bytes | bytearray) else Path(source)
    info = Source(path=path.name if path else name, sha256=hashlib.sha256(data).hexdigest(),
                  kind="page")
    steps = _steps(root)
    pages = []
    for n, el in enumerate(page_els, 1):
        if path:
            page_id = page_stem(file_stem(path), n, len(page_els))
        else:
            stem = Path(el.get("imageFilename") or "page").stem or "page"
            page_id = page_stem(stem, n, len(page_els))
        pages.append(_page(el, page_id, info, steps))
    return pages


@dataclass
class _Reading:
    """What one page's reading collects besides blocks: size limits, repairs, groups."""

    width: int | None
    height: int | None
    repairs: Counter[str] = field(default_factory=Counter)
    #: A container region's id -> the ids of the blocks it became (for the reading order).
    members: dict[str, list[str]] = field(default_factory=dict)
    languages: Counter[str] = field(default_factory=Counter)
    #: Written by newsocr (``blockKind`` in ``custom``): kinds are explicit, not guessed.
    own: bool = False

    def box(self, el: etree._Element) -> Box | None:
        coords = first_child(el, "Coords")
        if coords is None:
            return None
        raw = coords.get("points")
        if raw is not None:
            pts = [(float(x), float(y)) for x, y in _POINT.findall(raw)]
        else:  # PAGE 2009: <Point x= y=/>
            pts = [(number(p.get("x")), number(p.get("y"))) for p in children(coords, "Point")]
        if not pts:
            self.repairs["empty or unreadable Coords (no box)"] += 1
            return None
        if all(p == (0.0, 0.0) for p in pts):
            return None  # newsocr's "0,0 0,0": an element of a page without geometry
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        if min(xs) < 0 or min(ys) < 0:
            self.repairs["negative coordinates clipped to 0"] += 1
        x0, y0 = max(0, round(min(xs))), max(0, round(min(ys)))
        x1, y1 = max(x0, round(max(xs))), max(y0, round(max(ys)))
        if (self.width and x1 > self.width) or (self.height and y1 > self.height):
            self.repairs["coordinates past the image edge clipped to it"] += 1
            x1 = min(x1, self.width) if self.width else x1
            y1 = min(y1, self.height) if self.height else y1
            x0, y0 = min(x0, x1), min(y0, y1)
        return Box(x0, y0, x1 - x0, y1 - y0)


def _page(el: etree._Element, page_id: str, info: Source, steps: tuple[Step, ...]) -> Page:
    width, height = integer(el.get("imageWidth")), integer(el.get("imageHeight"))
    ctx = _Reading(width or None, height or None)
    if el.get("primaryLanguage"):
        ctx.languages[el.get("primaryLanguage") or ""] += 1_000_000
    blocks: list[Block] = []
    for child in el:
        blocks.extend(_region(child, ctx))
    blocks = engine_headlines(dedupe_ids(blocks), stated=ctx.own, dpi=DEFAULT_DPI,
                              ratio=HEADLINE_RATIO)
    order = _reading_order(el, ctx, [b.id for b in blocks]) or _custom_order(el, blocks)
    lang = next((LANGUAGES.get(k, "") for k, _ in ctx.languages.most_common(1)), "")
    warnings = tuple(f"PAGE: {what} ({n}x)" for what, n in sorted(ctx.repairs.items()))
    return Page(
        id=page_id,
        source=info,
        lang=lang or text_lang(blocks),
        size=(width, height) if width and height else None,
        blocks=tuple(blocks),
        reading_order=order,
        steps=steps,
        warnings=warnings,
        turn=quarter_turn(el.get("orientation")),
    )


def _region(el: etree._Element, ctx: _Reading) -> list[Block]:
    """The blocks of one region: itself when it has lines or is not text, then nested ones."""
    name = local_name(el)
    if name != "TextRegion" and name not in ENGINE_ELEMENTS:
        return []  # NoiseRegion, PrintSpace, Border, ReadingOrder, Relations, ...
    own_kind = _KIND.search(el.get("custom") or "")
    role = None
    if own_kind and own_kind.group(1) in _KINDS:  # newsocr's own PAGE says the kind
        role = _KINDS[own_kind.group(1)]
        ctx.own = True
    rid = el.get("id") or f"region{len(ctx.members) + 1}"
    if el.get("primaryLanguage"):
        ctx.languages[el.get("primaryLanguage") or ""] += 1
    box = ctx.box(el)
    for tl in children(el, "TextLine"):
        if tl.get("primaryLanguage"):
            ctx.languages[tl.get("primaryLanguage") or ""] += 1
    lines = [ln for tl in children(el, "TextLine")
             if (ln := line_of(tl, ctx.box, ctx.repairs)) is not None]
    if not lines:
        lines = region_text_lines(el)
    inner = [b for c in el for b in _region(c, ctx)]
    own: list[Block] = []
    if lines or not inner:
        kind = engine_kind(name, el.get("type") or "", role=role, has_text=bool(lines))
        own = [Block(rid, kind, tuple(lines), box, None, _font_size(el), _region_conf(el))]
    ctx.members[rid] = [b.id for b in own + inner]
    return own + inner


def _font_size(region: etree._Element) -> float | None:
    """The type size (points) most characters of the region are set in (``TextStyle``)."""
    sizes: Counter[float] = Counter()
    for style in region.iter("{*}TextStyle"):
        size = number(style.get("fontSize"))
        parent = style.getparent()
        text = text_equiv(parent)[0] if parent is not None else ""
        if size > 0:
            sizes[size] += max(1, len(text))
    return sizes.most_common(1)[0][0] if sizes else None


def _region_conf(region: etree._Element) -> float | None:
    return text_equiv(region)[1]


def _reading_order(
    page_el: etree._Element, ctx: _Reading, ids: list[str]
) -> tuple[str, ...]:
    ro = first_child(page_el, "ReadingOrder")
    if ro is None:
        return ()
    known = set(ids)
    out: list[str] = []

    def add(ref: str | None) -> None:
        for bid in ctx.members.get(ref or "", [ref or ""]):
            if bid in known and bid not in out:
                out.append(bid)

    def walk(group: etree._Element) -> None:
        kids = [c for c in group if local_name(c) in _REFS]
        if local_name(group).startswith("OrderedGroup"):
            kids.sort(key=lambda c: integer(c.get("index"), default=1 << 30))
        for kid in kids:
            if local_name(kid) in ("RegionRef", "RegionRefIndexed"):
                add(kid.get("regionRef"))
            else:
                walk(kid)
        # a group may stand for a region (a table, an article's frame): what of it the
        # members did not name follows them
        add(group.get("regionRef"))

    for group in ro:
        if local_name(group) in _REFS:
            walk(group)
    return tuple(out)


def _custom_order(page_el: etree._Element, blocks: list[Block]) -> tuple[str, ...]:
    """Without ``ReadingOrder``: the regions' ``custom`` reading-order indexes, if any."""
    ids = {b.id for b in blocks}
    found: list[tuple[int, int, str]] = []
    for el in page_el.iter("{*}*"):
        match = _CUSTOM_INDEX.search(el.get("custom") or "")
        if match and el.get("id") in ids and local_name(el).endswith("Region"):
            found.append((int(match.group(1)), len(found), el.get("id") or ""))
    return tuple(rid for _, _, rid in sorted(found))


_REFS = {"RegionRef", "RegionRefIndexed", "OrderedGroup", "OrderedGroupIndexed",
         "UnorderedGroup", "UnorderedGroupIndexed"}


def _steps(root: etree._Element) -> tuple[Step, ...]:
    """Provenance: ``Metadata/Creator`` and OCR-D's ``MetadataItem`` agents."""
    meta = first_child(root, "Metadata")
    if meta is None:
        return ()
    steps: list[Step] = []
    creator = first_child(meta, "Creator")
    if creator is not None and (creator.text or "").strip():
        steps.append(Step(software=(creator.text or "").strip(), version="", action="PAGE"))
    for item in children(meta, "MetadataItem"):
        params = tuple(
            (p.get("name") or "", p.get("value") or "")
            for labels in children(item, "Labels") for p in children(labels, "Label")
        )
        steps.append(Step(software=item.get("value") or item.get("name") or "unknown",
                          version="", action=item.get("type") or "", parameters=params))
    return tuple(steps)
