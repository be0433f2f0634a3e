"""METS 1.12 for a newspaper issue: its page images, its ALTO files, its pages and its articles.

The METS/ALTO practice of newspaper digitisation, modelled on the Europeana Newspapers
METS/ALTO profile (ENMAP) and the DFG-Viewer METS profile, with the page-level
fileSec/structMap of LoC's NDNP issue METS (docs/page-and-mets.md says what goes where):

- ``fileSec``: ``fileGrp USE="IMAGE"`` with each page image and ``fileGrp USE="FULLTEXT"``
  with each page's ALTO (and ``USE="PAGEXML"`` when PAGE-XML was written), each ``file``
  with its MIME type, SHA-256 ``CHECKSUM`` and an ``FLocat`` relative to the METS file;
- ``structMap TYPE="PHYSICAL"``: one ``div TYPE="page"`` per page in issue order
  (``ORDER`` 1, 2, ...), pointing at the page's files;
- ``structMap TYPE="LOGICAL"``: the issue ``div TYPE="issue"`` holding one
  ``div TYPE="article"`` (``LABEL`` its headline) per article in reading order, page by
  page, and ``TYPE="illustration"`` for photo items; each part of an article is a ``div``
  (``TYPE`` ``heading``, ``byline``, ``body``, ``caption``...) whose
  ``fptr/area FILEID=ALTO BETYPE="IDREF" BEGIN=block ID`` points at the ALTO block;
- ``structLink``: each article linked to the page(s) it is printed on;
- ``dmdSec``: a small MODS record per issue and per article (its title), as ENMAP has.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from lxml import etree

from .alto import clean
from .xmlout import Ids

METS_NS = "http://www.loc.gov/METS/"
XLINK_NS = "http://www.w3.org/1999/xlink"
MODS_NS = "http://www.loc.gov/mods/v3"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = (f"{METS_NS} http://www.loc.gov/standards/mets/version1121/mets.xsd "
                   f"{MODS_NS} http://www.loc.gov/standards/mods/v3/mods-3-7.xsd")
#: ALTO block kind (newsocr's RoleTag LABEL) -> the part's ``div TYPE``.
PART_TYPES = {"headline": "heading", "kicker": "heading", "subheadline": "heading"}


@dataclass(frozen=True, slots=True)
class MetsFile:
    """One file of the issue: where it is (relative to the METS file) and what it is."""

    href: str
    mime: str
    sha256: str | None = None


@dataclass(frozen=True, slots=True)
class MetsItem:
    """An article (or photo item) of one page: its label and its parts in reading order,
    each ``(part type, ALTO block ID)``."""

    id: str
    type: str  # "article" or "illustration"
    label: str
    parts: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class MetsPage:
    id: str
    alto: MetsFile
    image: MetsFile | None = None
    page_xml: MetsFile | None = None
    items: tuple[MetsItem, ...] = ()


def _m(parent: etree._Element, tag: str, attrs: dict[str, str] | None = None) -> etree._Element:
    el = etree.SubElement(parent, f"{{{METS_NS}}}{tag}")
    for k, v in (attrs or {}).items():
        el.set(k, v)
    return el


def mets_bytes(
    issue: str, pages: list[MetsPage], software: str, created: datetime | None = None
) -> bytes:
    """The issue's METS document (UTF-8 bytes with an XML declaration)."""
    root = mets_tree(issue, pages, software, created)
    body = etree.tostring(root, encoding="UTF-8", pretty_print=True)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + body


def mets_tree(
    issue: str, pages: list[MetsPage], software: str, created: datetime | None = None
) -> etree._Element:
    ids = Ids()
    root = etree.Element(f"{{{METS_NS}}}mets",
                         nsmap={"mets": METS_NS, "xlink": XLINK_NS, "mods": MODS_NS, "xsi": XSI_NS})
    root.set(f"{{{XSI_NS}}}schemaLocation", SCHEMA_LOCATION)
    root.set("OBJID", clean(issue))
    root.set("TYPE", "Newspaper")
    root.set("LABEL", clean(issue))
    when = (created or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%S")
    hdr = _m(root, "metsHdr", {"CREATEDATE": when})
    agent = _m(hdr, "agent", {"ROLE": "CREATOR", "TYPE": "OTHER", "OTHERTYPE": "SOFTWARE"})
    _m(agent, "name").text = clean(software)

    issue_dmd = ids.claim("DMD_ISSUE")
    _mods(root, issue_dmd, issue, "issue")
    item_dmd: dict[tuple[str, str], str] = {}
    for page in pages:
        for item in page.items:
            dmd = ids.claim(f"DMD_{page.id}_{item.id}")
            item_dmd[(page.id, item.id)] = dmd
            _mods(root, dmd, item.label, item.type)

    file_ids = _file_sec(root, pages, ids)
    phys_ids = _physical(root, issue, pages, ids, file_ids)
    links = _logical(root, issue, issue_dmd, pages, ids, file_ids, item_dmd, phys_ids)
    if links:
        sl = _m(root, "structLink")
        for log_id, phys_id in links:
            _m(sl, "smLink", {f"{{{XLINK_NS}}}from": log_id, f"{{{XLINK_NS}}}to": phys_id})
    return root


def _mods(root: etree._Element, dmd_id: str, title: str, genre: str) -> None:
    dmd = _m(root, "dmdSec", {"ID": dmd_id})
    data = _m(_m(dmd, "mdWrap", {"MDTYPE": "MODS"}), "xmlData")
    mods = etree.SubElement(data, f"{{{MODS_NS}}}mods")
    info = etree.SubElement(mods, f"{{{MODS_NS}}}titleInfo")
    etree.SubElement(info, f"{{{MODS_NS}}}title").text = clean(title)
    etree.SubElement(mods, f"{{{MODS_NS}}}genre").text = genre


def _file_sec(
    root: etree._Element, pages: list[MetsPage], ids: Ids
) -> dict[tuple[str, str], str]:
    """Write the fileSec; return the file ID of each (page id, group)."""
    out: dict[tuple[str, str], str] = {}
    sec = _m(root, "fileSec")
    groups = (("IMAGE", "image", "IMG"), ("FULLTEXT", "alto", "ALTO"),
              ("PAGEXML", "page_xml", "PAGE"))
    for use, attr, prefix in groups:
        files = [(p.id, getattr(p, attr)) for p in pages if getattr(p, attr) is not None]
        if not files:
            continue
        grp = _m(sec, "fileGrp", {"USE": use})
        for page_id, f in files:
            fid = ids.claim(f"{prefix}_{page_id}")
            out[(page_id, use)] = fid
            el = _m(grp, "file", {"ID": fid, "MIMETYPE": f.mime})
            if f.sha256:
                el.set("CHECKSUM", f.sha256)
                el.set("CHECKSUMTYPE", "SHA-256")
            _m(el, "FLocat", {"LOCTYPE": "URL", f"{{{XLINK_NS}}}href": clean(f.href)})
    return out


def _physical(
    root: etree._Element, issue: str, pages: list[MetsPage], ids: Ids,
    file_ids: dict[tuple[str, str], str],
) -> dict[str, str]:
    smap = _m(root, "structMap", {"TYPE": "PHYSICAL"})
    seq = _m(smap, "div", {"ID": ids.claim("PHYS_0000"), "TYPE": "physSequence",
                           "LABEL": clean(issue)})
    out: dict[str, str] = {}
    for n, page in enumerate(pages, 1):
        pid = ids.claim(f"PHYS_{page.id}")
        out[page.id] = pid
        div = _m(seq, "div", {"ID": pid, "TYPE": "page", "ORDER": str(n), "LABEL": clean(page.id)})
        for use in ("IMAGE", "FULLTEXT", "PAGEXML"):
            if (page.id, use) in file_ids:
                _m(div, "fptr", {"FILEID": file_ids[(page.id, use)]})
    return out


def _logical(
    root: etree._Element, issue: str, issue_dmd: str, pages: list[MetsPage], ids: Ids,
    file_ids: dict[tuple[str, str], str], item_dmd: dict[tuple[str, str], str],
    phys_ids: dict[str, str],
) -> list[tuple[str, str]]:
    smap = _m(root, "structMap", {"TYPE": "LOGICAL"})
    top = _m(smap, "div", {"ID": ids.claim("LOG_ISSUE"), "TYPE": "issue", "LABEL": clean(issue),
                           "DMDID": issue_dmd})
    links: list[tuple[str, str]] = []
    order = 0
    for page in pages:
        alto_id = file_ids[(page.id, "FULLTEXT")]
        for item in page.items:
            order += 1
            log_id = ids.claim(f"LOG_{page.id}_{item.id}")
            div = _m(top, "div", {"ID": log_id, "TYPE": item.type, "ORDER": str(order),
                                  "LABEL": clean(item.label),
                                  "DMDID": item_dmd[(page.id, item.id)]})
            for n, (part, block) in enumerate(item.parts, 1):
                pdiv = _m(div, "div", {"ID": ids.claim(f"{log_id}_{n}"), "TYPE": part})
                area = _m(_m(_m(pdiv, "fptr"), "seq"), "area")
                area.attrib.update({"FILEID": alto_id, "BETYPE": "IDREF", "BEGIN": block})
            links.append((log_id, phys_ids[page.id]))
    return links
