"""Block kinds have one owner (ocr.layout.kinds, and engine_kinds for another engine's
page): the same evidence gives the same kind whether another engine wrote it as ALTO,
PAGE or hOCR."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from ocr.layout.engine_kinds import PAGE_FURNITURE, engine_headlines, engine_kind
from ocr.model import Block, BlockKind, Box, Line, Page, Word
from ocr.readers.alto import read_alto
from ocr.readers.hocr import read_hocr
from ocr.readers.page import read_page_xml


@dataclass(frozen=True)
class Zone:
    """One block as an engine reports it: what it says it is, its type size, its text."""

    id: str
    said: str  # "text", "caption", "rule" or "picture"
    size: float
    text: str
    box: tuple[int, int, int, int]


BODY = "The harbor strike ended on Tuesday after talks that lasted through the night"
ZONES = [
    Zone("head", "text", 28.0, "HARBOR STRIKE ENDS", (100, 80, 800, 60)),
    Zone("body1", "text", 9.0, BODY, (100, 200, 380, 30)),
    Zone("body2", "text", 9.0, BODY + " and into the morning", (520, 200, 380, 30)),
    Zone("body3", "text", 9.0, BODY, (100, 260, 380, 30)),
    Zone("cap", "caption", 9.0, "The quay at dawn", (520, 600, 380, 30)),
    Zone("masthead", "text", 0.0, "", (100, 10, 800, 50)),
    Zone("rule", "rule", 0.0, "", (100, 160, 800, 4)),
    Zone("photo", "picture", 0.0, "", (520, 300, 380, 290)),
]
EXPECTED = {"head": BlockKind.HEADLINE, "body1": BlockKind.BODY, "body2": BlockKind.BODY,
            "body3": BlockKind.BODY, "cap": BlockKind.CAPTION,
            "masthead": BlockKind.ILLUSTRATION, "rule": BlockKind.RULE,
            "photo": BlockKind.ILLUSTRATION}


def _alto(zones: list[Zone]) -> bytes:
    styles = "".join(f'<TextStyle ID="s{z.id}" FONTSIZE="{z.size}"/>' for z in zones if z.size)
    out = []
    for z in zones:
        x, y, w, h = z.box
        geo = f'ID="{z.id}" HPOS="{x}" VPOS="{y}" WIDTH="{w}" HEIGHT="{h}"'
        if z.said == "rule":
            out.append(f"<GraphicalElement {geo}/>")
        elif z.said == "picture":
            out.append(f"<Illustration {geo}/>")
        else:
            role = ' TAGREFS="role-caption"' if z.said == "caption" else ""
            words = "".join(f'<String CONTENT="{t}"/><SP/>' for t in z.text.split())
            line = f'<TextLine {geo.replace(z.id, z.id + "l")}>{words}</TextLine>' if words else ""
            out.append(f'<TextBlock {geo} STYLEREFS="s{z.id}"{role}>{line}</TextBlock>')
    return (
        '<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Description>'
        "<MeasurementUnit>pixel</MeasurementUnit></Description>"
        f'<Styles>{styles}</Styles><Tags><RoleTag ID="role-caption" LABEL="caption"/></Tags>'
        f'<Layout><Page ID="p1" WIDTH="1000" HEIGHT="1400"><PrintSpace>{"".join(out)}'
        "</PrintSpace></Page></Layout></alto>"
    ).encode()


def _points(box: tuple[int, int, int, int]) -> str:
    x, y, w, h = box
    return f'<Coords points="{x},{y} {x + w},{y} {x + w},{y + h} {x},{y + h}"/>'


def _page(zones: list[Zone]) -> bytes:
    out = []
    for z in zones:
        if z.said == "rule":
            out.append(f'<SeparatorRegion id="{z.id}">{_points(z.box)}</SeparatorRegion>')
        elif z.said == "picture":
            out.append(f'<ImageRegion id="{z.id}">{_points(z.box)}</ImageRegion>')
        else:
            kind = ' type="caption"' if z.said == "caption" else ""
            style = f'<TextStyle fontSize="{z.size}"/>' if z.size else ""
            line = (f'<TextLine id="{z.id}l">{_points(z.box)}<TextEquiv><Unicode>{z.text}'
                    "</Unicode></TextEquiv></TextLine>") if z.text else ""
            out.append(f'<TextRegion id="{z.id}"{kind}>{_points(z.box)}{line}{style}'
                       "</TextRegion>")
    ns = "http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15"
    return (f'<PcGts xmlns="{ns}"><Page imageFilename="p1.png" imageWidth="1000" '
            f'imageHeight="1400">{"".join(out)}</Page></PcGts>').encode()


def _hocr(zones: list[Zone]) -> bytes:
    def bbox(box: tuple[int, int, int, int]) -> str:
        x, y, w, h = box
        return f"bbox {x} {y} {x + w} {y + h}"

    out = []
    for z in zones:
        if z.said == "rule":
            out.append(f'<div class="ocr_separator" title="{bbox(z.box)}"></div>')
        elif z.said == "picture":
            out.append(f'<div class="ocr_photo" title="{bbox(z.box)}"></div>')
        elif not z.text:
            out.append(f'<div class="ocr_carea" id="{z.id}" title="{bbox(z.box)}"></div>')
        else:
            cls = "ocr_caption" if z.said == "caption" else "ocr_line"
            words = "".join(f'<span class="ocrx_word" title="{bbox(z.box)}">{t}</span> '
                            for t in z.text.split())
            out.append(f'<p class="ocr_par" id="{z.id}" title="{bbox(z.box)}">'
                       f'<span class="{cls}" title="{bbox(z.box)}; x_fsize {z.size}">{words}'
                       "</span></p>")
    return ('<html><body><div class="ocr_page" title="bbox 0 0 1000 1400">'
            f'{"".join(out)}</div></body></html>').encode()


@pytest.mark.parametrize(("name", "make", "read"), [
    ("alto", _alto, read_alto), ("page", _page, read_page_xml), ("hocr", _hocr, read_hocr),
])
def test_the_same_evidence_gives_the_same_kinds_in_every_format(
    name: str, make, read  # type: ignore[no-untyped-def]
) -> None:
    page: Page = read(make(ZONES), f"p1.{name}")
    kinds = [b.kind for b in page.blocks]
    assert kinds == [EXPECTED[z.id] for z in ZONES], name
    head = page.blocks[0]
    assert head.text == "HARBOR STRIKE ENDS" and head.font_size == 28.0


def test_a_page_xml_margin_note_is_furniture_as_the_bench_counts_it() -> None:
    """PAGE's furniture types are one set (``PAGE_FURNITURE``), for the reader's kinds
    and the scan bench's body: a margin note (``marginalia``) was body to the reader and
    furniture to the bench (review of the forty-second session)."""
    from scripts.bench import scan_truth

    assert scan_truth.PAGE_FURNITURE is PAGE_FURNITURE
    assert engine_kind("TextRegion", "marginalia") is BlockKind.FURNITURE
    assert all(engine_kind("TextRegion", t) is BlockKind.FURNITURE for t in PAGE_FURNITURE)
    assert engine_kind("TextRegion", "paragraph") is BlockKind.BODY


def test_a_stated_kind_wins_and_a_page_that_names_headlines_keeps_them() -> None:
    assert engine_kind("TextBlock", role=BlockKind.BYLINE, margin=True) is BlockKind.BYLINE
    assert engine_kind("TextBlock", margin=True) is BlockKind.FURNITURE
    assert engine_kind("TextRegion", "page-number") is BlockKind.FURNITURE
    assert engine_kind("TableRegion", has_text=False) is BlockKind.BODY  # not a text zone
    big = Block("a", BlockKind.BODY, (Line((Word("Big"),)),), Box(0, 0, 10, 10), font_size=30.0)
    small = [Block(f"b{i}", BlockKind.BODY, (Line((Word("small"), Word("text"))),), font_size=9.0)
             for i in range(3)]
    assert engine_headlines([big, *small])[0].kind is BlockKind.HEADLINE
    named = [Block("h", BlockKind.HEADLINE, small[0].lines, font_size=9.0), big, *small]
    assert engine_headlines(named)[1].kind is BlockKind.BODY
    assert engine_headlines([big, *small], stated=True)[0].kind is BlockKind.BODY
