"""A photo's credit set over its caption, right under the photo (``RUTH ALDERMAN /
Staff Photographer`` / the caption's lines), leaves no white band for layout to cut
at: layout made one caption of both, and the credit was read as the caption's first
words. Its words tell it apart (``marked_parts.split_marked``), as they did a credit under
the caption, and the photo item then holds its caption and its credit apart."""

from __future__ import annotations

import pytest
from conftest import IMAGE_SOURCE as SRC
from conftest import scanned_block as _block

from ocr.assemble import assemble
from ocr.marked_parts import split_marked
from ocr.model import Block, BlockKind, Box, Line, Page, Word
from ocr.order import order
from ocr.profiles import load_profile

C, CR = BlockKind.CAPTION, BlockKind.CREDIT


def _lines(*texts: str) -> list[Line]:
    out = []
    for k, text in enumerate(texts):
        box = Box(120, 2000 + 36 * k, 700, 32)
        out.append(Line(words=tuple(Word(w, box, 0.9) for w in text.split()), box=box))
    return out


@pytest.mark.parametrize(("lang", "credit", "caption"), [
    ("en", "RUTH ALDERMAN / Staff Photographer", ("Tenants wait outside the housing",
                                                  "court on Friday morning.")),
    ("en", "JOSE MARTINEZ | Staff Photographer", ("Crews clear the flooded underpass",)),
    ("en", "Photo courtesy of the Lakeside Historical Society", ("The ferry landing in 1910.",)),
    ("en", "Photo by ANNA KOWALSKI", ("Shoppers crowd the new market hall.",)),
    ("en", "DANA WHITFIELD | The Gazette", ("Pickets outside the cannery gate.",)),
    ("zh", "本报记者王晓东摄", ("市民在新开放的滨江步道上散步。",)),
])
def test_a_credit_over_its_caption_is_taken_off_its_top(
        lang: str, credit: str, caption: tuple[str, ...]) -> None:
    parts = split_marked(C, _lines(credit, *caption), load_profile().patterns(lang))
    assert [(k, [ln.text for ln in p]) for k, p in parts] == [(CR, [credit]), (C, list(caption))]


@pytest.mark.parametrize("first", [
    "Courtesy of the two families, the",  # a sentence of the caption
    "JANE DOE / Staff Writer",  # a writer's post: no photographer
])
def test_a_caption_s_own_first_line_stays_with_it(first: str) -> None:
    lines = _lines(first, "museum's archive shows the pier in 1910.")
    parts = split_marked(C, lines, load_profile().patterns("en"))
    assert [k for k, _ in parts] == [C]


def _photo_page() -> Page:
    """A story's photo and, under it, its credit and caption as ``split_marked`` left
    them; the story's text under them."""
    credit, caption = split_marked(C, _lines("RUTH ALDERMAN / Staff Photographer",
                                             "Tenants wait outside the housing",
                                             "court on Friday morning."),
                                   load_profile().patterns("en"))
    blocks: list[Block] = [
        _block("head", BlockKind.HEADLINE, Box(120, 1450, 1300, 90), "Judge Orders Repairs"),
        _block("photo", BlockKind.ILLUSTRATION, Box(120, 1580, 700, 400), ""),
        Block("credit", credit[0], tuple(credit[1]), Box.enclosing([ln.box for ln in credit[1]
                                                                    if ln.box])),
        Block("cap", caption[0], tuple(caption[1]), Box.enclosing([ln.box for ln in caption[1]
                                                                   if ln.box])),
        _block("b1", BlockKind.BODY, Box(120, 2120, 700, 500),
               "NORTHFIELD — A housing court judge on Friday", "ordered the owner of two",
               "buildings to restore heat."),
    ]
    return assemble(order(Page("p", SRC, "en", (2480, 3508), blocks=tuple(blocks))))


def test_the_photo_item_holds_its_caption_and_credit_apart() -> None:
    (photo,) = _photo_page().photos
    assert photo.caption == "Tenants wait outside the housing court on Friday morning."
    assert photo.credit == "RUTH ALDERMAN / Staff Photographer"
