"""A one-line block's crop keeps white around it: a deck set a few pixels under a heavy
headline must not have the headline's feet in its margin, which Tesseract, reading the
crop as one line, joins to the deck's glyphs (S7 s876's deck read ``我市穴队地得勇子…``)."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from ocr.layout import Region
from ocr.model import BlockKind, Box
from ocr.preprocess import preprocess
from ocr.recognize import PSM_SINGLE_LINE, recognize
from ocr.scan import _job

UMING = "/usr/share/fonts/truetype/arphic/uming.ttc"  # fonts-arphic-uming (Makefile APT_PKGS)
HEAD = "全县龙舟邀请赛在湖畔开幕"
DECK = "本县代表队夺得男子200米直道竞速冠军"


def _ink_box(page: np.ndarray, top: int) -> Box:
    ys, xs = np.nonzero(page[top:] < 128)
    return Box(int(xs.min()), top + int(ys.min()), int(xs.max() - xs.min() + 1),
               int(ys.max() - ys.min() + 1))


def _head_and_deck(gap: int) -> tuple[np.ndarray, Box, Box]:
    """A bold 64 px headline and a 36 px deck whose ink starts ``gap`` px under it."""
    img = Image.new("L", (900, 200), 255)
    draw = ImageDraw.Draw(img)
    draw.text((20, 10), HEAD, font=ImageFont.truetype(UMING, 64), fill=0,
              stroke_width=3, stroke_fill=0)
    head = _ink_box(np.asarray(img), 0)
    deck_font = ImageFont.truetype(UMING, 36)
    ascent = deck_font.getbbox(DECK)[1]
    draw.text((20, head.bottom + gap - ascent), DECK, font=deck_font, fill=0)
    page = np.asarray(img).copy()
    return page, head, _ink_box(page, head.bottom + 1)


def test_a_deck_three_pixels_under_its_headline_reads_without_the_headline_s_feet() -> None:
    page, head_box, deck_box = _head_and_deck(gap=3)
    prepared = preprocess(page)
    head = Region(BlockKind.HEADLINE, head_box, (head_box,), 60.0)
    deck = Region(BlockKind.SUBHEADLINE, deck_box, (deck_box,), 34.0)
    job = _job(prepared, deck, 34.0, regions=[head, deck])
    assert job.psm == PSM_SINGLE_LINE
    text = "".join(w.text for ln in recognize(job, "chi_sim", 30.0) for w in ln.words)
    assert text == DECK


def test_pieces_of_the_block_s_own_glyphs_and_a_column_are_left_as_they_are() -> None:
    """Guard: on a degraded scan layout cuts a heading line into blocks of glyph pieces
    that touch or overlap it (S3 s830: a 55 px line over pieces of 5-14 px at no gap);
    whitening them cut the line's glyphs apart (cer 0.113 -> 0.231). A column is read as
    it is: it takes a neighbour's feet as a line of their own."""
    page, head_box, deck_box = _head_and_deck(gap=3)
    prepared = preprocess(page)
    head = Region(BlockKind.HEADLINE, head_box, (head_box,), 60.0)
    foot = Box(head_box.x + 40, head_box.bottom, 60, 8)  # glyph feet cut off, no gap
    over = Box(head_box.x, head_box.y + 30, 200, head_box.h)  # a box reaching into it
    pieces = [Region(BlockKind.CAPTION, foot, (foot,), 8.0),
              Region(BlockKind.HEADLINE, over, (over,), 60.0)]
    assert np.array_equal(_job(prepared, head, 34.0, regions=[head, *pieces]).image,
                          _job(prepared, head, 34.0).image)
    two = Box.enclosing([head_box, deck_box])
    assert two is not None
    column = Region(BlockKind.BODY, two, (head_box, deck_box), 34.0)
    deck = Region(BlockKind.SUBHEADLINE, deck_box, (deck_box,), 34.0)
    assert np.array_equal(_job(prepared, column, 34.0, regions=[deck, column]).image,
                          _job(prepared, column, 34.0).image)
