"""A photographer's credit measured as a deck (held-out S s809: ``RUTH ALDERMAN / Staff
Photographer`` in capitals, a little larger than the body, under the lead's photo) is
the photo's credit (``classify``), not a deck that opens an article of its own."""

from __future__ import annotations

from conftest import IMAGE_SOURCE as SRC
from conftest import scanned_block as _block

from ocr.classify import classify
from ocr.model import BlockKind, Box, Page

PHOTO = Box(660, 770, 1190, 360)


def _lead(credit: str) -> Page:
    blocks = (
        _block("kick", BlockKind.KICKER, Box(660, 410, 140, 25), "BUSINESS"),
        _block("head", BlockKind.HEADLINE, Box(660, 440, 1700, 240),
               "Old Grain Depot to Become Library"),
        _block("photo", BlockKind.ILLUSTRATION, PHOTO),
        _block("cap", BlockKind.CAPTION, Box(670, 1150, 880, 40),
               "The depot beside the canal, seen from the lock."),
        _block("credit", BlockKind.SUBHEADLINE, Box(2040, 1150, 330, 27), credit),
        _block("by", BlockKind.BYLINE, Box(670, 1220, 400, 45), "By CLARA WEBB"),
        _block("text", BlockKind.BODY, Box(670, 1270, 520, 420),
               "MILLBROOK — The grain depot that has stood empty since",
               "1985 will reopen as the town's library next year."),
    )
    return classify(Page("p", SRC, "en", (2480, 3508), blocks=blocks))


def _kind(page: Page, i: str) -> BlockKind:
    return next(b.kind for b in page.blocks if b.id == i)


def test_a_photographer_s_credit_measured_as_a_deck_is_a_credit() -> None:
    assert _kind(_lead("RUTH ALDERMAN / Staff Photographer"), "credit") is BlockKind.CREDIT


def test_a_deck_that_names_no_photographer_stays_a_deck() -> None:
    assert _kind(_lead("Town council backs the plan"), "credit") is BlockKind.SUBHEADLINE
    assert _kind(_lead("RUTH ALDERMAN / Staff Writer"), "credit") is not BlockKind.CREDIT
