"""Heading matter beside a photo's top (``ocr.heading_beside``): a headline two columns
wide over a photo in its first column and its deck in the second, the deck's first line
level with the photo's top (the photo's pale sky found with it). Read by position the
photo came between the headline and its deck: the stack was parted, the headline left
over and the deck heading the story (held-out S3 s835). Blocks as layout and recognition
leave them on a 300 dpi page."""

from __future__ import annotations

from conftest import IMAGE_SOURCE as SRC
from conftest import scanned_block as _block

from ocr.assemble import assemble
from ocr.heading_beside import decks_before_photos
from ocr.model import Block, BlockKind, Box, Page
from ocr.order import order

B, H, S, P, C = (BlockKind.BODY, BlockKind.HEADLINE, BlockKind.SUBHEADLINE,
                 BlockKind.ILLUSTRATION, BlockKind.CAPTION)
HEAD = "Council delays vote on harbour bridge after residents pack hearing"


def _page(deck_y: int) -> Page:
    """A story under a headline two columns wide (y 460-640) set in the second column,
    its deck's top at ``deck_y``, its text under it; in the first, a photo (its top at
    670) and its caption, at the page's foot."""
    blocks = [
        _block("head", H, Box(120, 460, 730, 180), HEAD[:37], HEAD[38:]),
        _block("photo", P, Box(120, 670, 345, 200)),
        _block("cap", C, Box(120, 885, 345, 70), "Residents queue outside the",
               "council chamber on Tuesday."),
        _block("deck", S, Box(500, deck_y, 345, 80), "Opponents fear the toll",
               "will fall on commuters"),
        _block("a2", B, Box(500, deck_y + 110, 345, 500), "HARBOURTON — The council put",
               *["off its vote on the bridge for a month"] * 10),
    ]
    page = Page("p", SRC, "en", (2480, 3508), blocks=tuple(blocks))
    return assemble(order(page))


def _story(page: Page) -> tuple[tuple[str, ...], str | None]:
    (article,) = [a for a in page.articles if "a2" in a.block_ids]
    return article.headlines, article.subheadline


def test_a_deck_level_with_the_photo_s_top_stays_under_its_headline() -> None:
    headlines, deck = _story(_page(673))
    assert headlines == (HEAD,)
    assert deck == "Opponents fear the toll will fall on commuters"
    assert not _page(673).orphans


def test_only_heading_matter_beside_the_photo_s_top_is_read_before_it() -> None:
    """A deck well under the photo's top, or a block the headline does not span, keeps
    its place."""
    blocks = [
        _block("head", H, Box(120, 460, 730, 180), HEAD),
        _block("photo", P, Box(120, 670, 345, 200)),
        _block("deck", S, Box(500, 760, 345, 80), "Opponents fear the toll"),
        _block("wide", S, Box(500, 672, 900, 80), "Opponents fear the toll"),
    ]
    assert [b.id for b in decks_before_photos(blocks[:3])] == ["head", "photo", "deck"]
    assert [b.id for b in decks_before_photos([*blocks[:2], blocks[3]])] == [
        "head", "photo", "wide"]
    moved = [b.id for b in decks_before_photos([*blocks[:2], _shifted(blocks[2], 672)])]
    assert moved == ["head", "deck", "photo"]


def _shifted(block: Block, y: int) -> Block:
    return _block(block.id, block.kind, Box(block.box.x, y, block.box.w, block.box.h),
                  block.text) if block.box else block
