"""A photo's credit set flush right under the photo, over its caption set flush left,
stays the caption block's first line when layout finds no white between them; its words
tell it only while they are read right (``split_marked``), and a heavy or light scan
misreads them (``. PHOTO: Aarort Whitby``, ``iurtesy of the Ashtord Kennel Ciub``,
``Pichare: Wandoriy RNL``). The item's text then read the credit before the caption it
follows: held-out scans S3–S8, 15 pages. Its place tells it: far right of the caption's
left edge, ending at the caption's right end or past it (``credit_set_right``)."""

from __future__ import annotations

import pytest
from conftest import IMAGE_SOURCE as SRC
from conftest import scanned_block as _block

from ocr.assemble import assemble
from ocr.marked_parts import credit_set_right
from ocr.model import Block, BlockKind, Box, Line, Page, Word
from ocr.order import order

#: A caption line's height (px) at 300 dpi, and the photo's (and caption's) measure.
LINE, LEFT, WIDTH = 36, 668, 1110


def _line(text: str, x: int, y: int, height: int = LINE) -> Line:
    """A line of ``text`` from ``x``, its words 18 px a character and a space apart."""
    words, at = [], x
    for w in text.split():
        words.append(Word(w, Box(at, y, 18 * len(w), height), 0.8))
        at += 18 * (len(w) + 1)
    return Line(words=tuple(words), box=Box.enclosing([w.box for w in words if w.box]))


def _set_right(text: str, y: int, right: int = LEFT + WIDTH) -> Line:
    return _line(text, right - 18 * len(text), y, LINE - 8)


CAPTION = ("Captain Ray Dufresne, center, is helped from a Coast Guard",
           "helicopter at Port Langley airport on Tuesday after 16 hours",
           "in a life raft.")


def _caption_lines(*credit: Line, first: Line | None = None) -> list[Line]:
    y = 1140 + 32 * len(credit)
    body = [first or _line(CAPTION[0], LEFT, y)]
    body += [_line(t, LEFT, y + 40 * (k + 1)) for k, t in enumerate(CAPTION[1:])]
    return [*credit, *body]


@pytest.mark.parametrize("credit", [
    (". PHOTO: Aarort Whitby",),  # a speck read before the marker
    ("iurtesy of the Ashtord Kennel Ciub",),  # its first letters lost
    ("RRR PLEO", "Photo by Neil Baxter / Courier"),  # a name in capitals misread, its post
])
def test_a_credit_set_right_over_its_caption_is_told_by_its_place(
        credit: tuple[str, ...]) -> None:
    lines = _caption_lines(*(_set_right(t, 1132 + 32 * k) for k, t in enumerate(credit)))
    assert credit_set_right(lines) == len(credit)


def test_a_credit_ending_past_a_ragged_caption_at_the_photo_s_edge() -> None:
    """The caption's lines ragged right, the credit set at the photo's right edge past
    them (``Pichare: Wandoriy RNL`` over ``Kelderby's inshore lifeboat …``)."""
    lines = _caption_lines(_set_right("Pichare: Wandoriy RNL", 1132, LEFT + WIDTH + 60))
    assert credit_set_right(lines) == 1


@pytest.mark.parametrize("first", [
    _line("In a life raft.", LEFT + (WIDTH - 18 * 15) // 2, 1172),  # a centred first line
    _line("Captain Ray Dufresne, center, is helped", LEFT + 36, 1172),  # an em's indent
])
def test_a_caption_s_own_first_line_stays_with_it(first: Line) -> None:
    assert credit_set_right(_caption_lines(first=first)) == 0


def test_a_caption_set_right_whole_keeps_its_lines() -> None:
    """Every line set right: no caption flush left under it, no credit told."""
    lines = [_set_right(t, 1140 + 40 * k) for k, t in enumerate(("A ship at Port", "Calder."))]
    assert credit_set_right(lines) == 0


def _photo_page(credit: str) -> Page:
    """A story's photo and, under it, one caption block: the credit set right over the
    caption's lines, as layout left them; the story's text under them."""
    lines = _caption_lines(_set_right(credit, 1132))
    blocks: list[Block] = [
        _block("head", BlockKind.HEADLINE, Box(LEFT, 640, WIDTH, 90), "Skipper rescued"),
        _block("photo", BlockKind.ILLUSTRATION, Box(LEFT, 800, WIDTH, 320), ""),
        Block("cap", BlockKind.CAPTION, tuple(lines),
              Box.enclosing([ln.box for ln in lines if ln.box])),
        _block("b1", BlockKind.BODY, Box(LEFT, 1320, WIDTH, 500),
               "PORT LANGLEY — A fishing boat captain missing", "since Monday was found alive",
               "on Tuesday."),
    ]
    return assemble(order(Page("p", SRC, "en", (2480, 3508), blocks=tuple(blocks))))


def test_the_photo_item_reads_the_credit_after_its_caption() -> None:
    (photo,) = _photo_page(". PHOTO: Aarort Whitby").photos
    assert photo.caption == " ".join(CAPTION)
    assert photo.credit == ". PHOTO: Aarort Whitby"
