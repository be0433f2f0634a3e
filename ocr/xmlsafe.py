"""The one place newsocr parses XML and HTML: no entities, no DTDs, no network.

ALTO and hOCR come from other people's archives, so every file is treated as
hostile: entity expansion (billion laughs), external entities (``file:///etc/passwd``)
and DTDs fetched over the network are refused with an :class:`InputError`, and
files above :data:`MAX_XML_BYTES` are refused before they are parsed (a newspaper
page's ALTO is a few MB; the largest real ones are around 30 MB).

The ALTO schemas are vendored in ``ocr/schemas`` and compiled offline: their
``xsd:import`` of XLink from loc.gov is pointed at the local ``xlink.xsd``.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from lxml import etree, html

from .errors import InputError

#: Largest XML/HTML file newsocr parses (bytes). Larger files are refused, not streamed.
MAX_XML_BYTES = 200 * 1024 * 1024

SCHEMA_DIR = Path(__file__).resolve().parent / "schemas"
#: ALTO schema files by version, all in :data:`SCHEMA_DIR`.
ALTO_XSD = {"4.4": "alto-4-4.xsd", "3.1": "alto-3-1.xsd", "2.1": "alto-2-1.xsd"}
#: PAGE content schema files by version (the namespace's date), all in :data:`SCHEMA_DIR`.
PAGE_XSD = {"2019-07-15": "pagecontent-2019-07-15.xsd", "2013-07-15": "pagecontent-2013-07-15.xsd"}
METS_XSD = "mets-1-12-1.xsd"
XLINK_NS = "http://www.w3.org/1999/xlink"
XSD_NS = "http://www.w3.org/2001/XMLSchema"


def read_source(
    source: Path | str | bytes, name: str | None = None, limit: int = MAX_XML_BYTES
) -> tuple[bytes, str]:
    """Bytes of ``source`` (a path or the bytes themselves) and the name to use in messages.

    The size is checked before reading, so a huge file is never loaded.
    """
    if isinstance(source, bytes | bytearray):
        label = name or "<bytes>"
        if len(source) > limit:
            raise InputError(label, _too_large(len(source), limit))
        return bytes(source), label
    path = Path(source)
    label = name or str(path)
    try:
        size = path.stat().st_size
        if size > limit:
            raise InputError(label, _too_large(size, limit))
        return path.read_bytes(), label
    except OSError as err:
        raise InputError(label, f"cannot read file: {err.strerror or err}") from None


def _too_large(size: int, limit: int) -> str:
    return f"file is {size / 1e6:.1f} MB, above the {limit / 1e6:.0f} MB limit for XML input"


def xml_parser() -> etree.XMLParser:
    """A fresh parser that never expands entities, loads DTDs or touches the network."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_pis=True,
    )


def parse_xml(data: bytes, name: str = "<bytes>") -> etree._Element:
    """Parse XML bytes safely and return the root element.

    Raises :class:`InputError` for malformed XML and for any DOCTYPE that declares
    entities or points at an external DTD (both are how XML attacks start; ALTO never
    needs them).
    """
    if not data.strip():
        raise InputError(name, "file is empty")
    if _declares_entities(data):
        raise InputError(name, "refused: DOCTYPE declares entities (XML entities are not allowed)")
    try:
        tree = etree.ElementTree(etree.fromstring(data, xml_parser()))
    except etree.XMLSyntaxError as err:
        raise InputError(name, f"not well-formed XML: {_one_line(err)}") from None
    _refuse_hostile_doctype(tree, name)
    return tree.getroot()


def _declares_entities(data: bytes) -> bool:
    """A cheap look before parsing, so an entity bomb is named as one (any common encoding).

    Outside a DTD, ``<!ENTITY`` can only occur in a comment or CDATA section; such a
    file is refused too, which costs nothing real.
    """
    for enc in ("ascii", "utf-16-le", "utf-16-be"):
        if "<!DOCTYPE".encode(enc) in data and "<!ENTITY".encode(enc) in data:
            return True
    return False


def _refuse_hostile_doctype(tree: etree._ElementTree, name: str) -> None:
    info = tree.docinfo
    if info.system_url or info.public_id:
        url = info.system_url or info.public_id
        raise InputError(name, f"refused: DOCTYPE points at an external DTD ({url})")
    dtd = info.internalDTD
    if dtd is not None:
        entities = [e.name for e in dtd.iterentities()]
        if entities:
            raise InputError(
                name, f"refused: DOCTYPE declares entities ({', '.join(entities[:3])})"
            )
    for el in tree.getroot().iter(etree.Entity):
        raise InputError(name, f"refused: undeclared entity reference {el.text}")


def parse_html(data: bytes, name: str = "<bytes>") -> etree._Element:
    """Parse HTML/XHTML (hOCR) with lxml's HTML parser: no network, entity declarations refused.

    The HTML parser never loads DTDs, so Tesseract's XHTML DOCTYPE is harmless; an
    ``<!ENTITY`` declaration has no business in hOCR and is refused outright.
    """
    if not data.strip():
        raise InputError(name, "file is empty")
    if any("<!ENTITY".encode(enc) in data for enc in ("ascii", "utf-16-le", "utf-16-be")):
        raise InputError(name, "refused: document declares XML entities")
    parser = html.HTMLParser(no_network=True, remove_pis=True, huge_tree=False)
    try:
        root = html.document_fromstring(data, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as err:
        raise InputError(name, f"not readable HTML: {_one_line(err)}") from None
    return root


def _one_line(err: Exception) -> str:
    text = str(err).strip().splitlines()
    return text[0] if text else type(err).__name__


@lru_cache(maxsize=4)
def alto_schema(version: str = "4.4") -> etree.XMLSchema:
    """The official ALTO schema (default 4.4), compiled offline from the vendored copy."""
    try:
        xsd = SCHEMA_DIR / ALTO_XSD[version]
    except KeyError:
        raise ValueError(f"no vendored ALTO schema {version!r}; have {sorted(ALTO_XSD)}") from None
    doc = etree.parse(str(xsd), xml_parser())
    for imp in doc.getroot().iter(f"{{{XSD_NS}}}import"):
        if imp.get("namespace") == XLINK_NS:
            imp.set("schemaLocation", (SCHEMA_DIR / "xlink.xsd").as_uri())
    return etree.XMLSchema(doc)


def alto_errors(data: bytes | etree._Element, version: str = "4.4") -> list[str]:
    """Schema violations of an ALTO document, one line each (empty when valid)."""
    root = parse_xml(data) if isinstance(data, bytes) else data
    schema = alto_schema(version)
    if schema.validate(root):
        return []
    return [f"line {e.line}: {e.message}" for e in schema.error_log]


@lru_cache(maxsize=2)
def page_schema(version: str = "2019-07-15") -> etree.XMLSchema:
    """The official PRImA PAGE content schema (default 2019-07-15), from the vendored copy."""
    try:
        xsd = SCHEMA_DIR / PAGE_XSD[version]
    except KeyError:
        raise ValueError(f"no vendored PAGE schema {version!r}; have {sorted(PAGE_XSD)}") from None
    return etree.XMLSchema(etree.parse(str(xsd), xml_parser()))


@lru_cache(maxsize=1)
def mets_schema() -> etree.XMLSchema:
    """METS 1.12.1, compiled offline: its XLink import is pointed at ``xlink-mets.xsd``."""
    doc = etree.parse(str(SCHEMA_DIR / METS_XSD), xml_parser())
    for imp in doc.getroot().iter(f"{{{XSD_NS}}}import"):
        if imp.get("namespace") == XLINK_NS:
            imp.set("schemaLocation", (SCHEMA_DIR / "xlink-mets.xsd").as_uri())
    return etree.XMLSchema(doc)


def schema_errors(data: bytes | etree._Element, schema: etree.XMLSchema) -> list[str]:
    """Violations of ``schema`` (PAGE, METS, ALTO), one line each (empty when valid)."""
    root = parse_xml(data) if isinstance(data, bytes) else data
    if schema.validate(root):
        return []
    return [f"line {e.line}: {e.message}" for e in schema.error_log]


def local_name(el: etree._Element) -> str:
    """An element's name without its namespace (ALTO and PAGE come in several versions);
    ``""`` for comments and processing instructions."""
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def children(el: etree._Element, name: str) -> Iterator[etree._Element]:
    """The children of ``el`` with local name ``name``, whatever their namespace."""
    return (c for c in el if local_name(c) == name)


def first_child(el: etree._Element, name: str) -> etree._Element | None:
    """The first child of ``el`` with local name ``name``, or ``None``."""
    return next(children(el, name), None)
