"""A jump line set flush right in its column and wider than it runs left over the
gutter (``DOGSHOW, continued on Page A6`` in a 340 px column), past the edge of the
column beside it. Its box overhangs that column by more than the slack the order gives
columns (held-out S5 s855: 19 px over 14), so no gutter is found down the two and they
are read row by row: the court story's deck and its last line, its byline and its text
were read after the dog show's column. The jump line belongs to the column its right
end stands in (``order._from``)."""

from __future__ import annotations

from conftest import IMAGE_SOURCE as SRC
from conftest import scanned_block as _block

from ocr.model import Block, BlockKind, Box, Page
from ocr.order import order

B, H, J = BlockKind.BODY, BlockKind.HEADLINE, BlockKind.JUMP
FILLER = "the judge heard the case for two days."


def _page(jump_x: int) -> list[Block]:
    """S5 s855's two right columns as its layout leaves them: the lead's last column
    and under its rule the court story (kicker, headline, deck, byline, text) on the
    left; the dog show down the right, its column ending on its jump line from
    ``jump_x``, a rule and a boxed brief under it."""
    return [
        _block("lead_col", B, Box(1650, 785, 340, 911), "warming center, and 63",
               *[FILLER] * 19, "the substation by noon."),
        Block("lead_rule", BlockKind.RULE, box=Box(1640, 1732, 356, 6)),
        _block("dog_kick", BlockKind.KICKER, Box(2039, 387, 196, 19), "BEST IN SHOW"),
        _block("dog_head", H, Box(2075, 428, 268, 52), "Champion!"),
        _block("dog_top", B, Box(2038, 820, 340, 500), "ASHFORD — Pepper",
               *[FILLER] * 10, "afternoon. That, her owner"),
        _block("court_kick", BlockKind.KICKER, Box(1650, 1760, 120, 22), "IN COURT"),
        _block("court_head", H, Box(1654, 1801, 337, 135), "Judge rules for",
               "farmer in 14-year", "fight over a strip of"),
        _block("court_head2", H, Box(1702, 1948, 240, 28), "river meadow"),
        _block("court_deck", B, Box(1650, 2002, 340, 117), "Developer's claim to the",
               "3.2-acre parcel rested", "on a 1952 survey the"),
        _block("court_deck_end", B, Box(1650, 2131, 298, 24), "court calls unreliable"),
        _block("court_by", BlockKind.BYLINE, Box(1650, 2194, 197, 29), "By Lorna Pike"),
        _block("court_text", B, Box(1650, 2240, 340, 420), "A Superior Court judge on",
               *[FILLER] * 8, "belongs to the Hollis family."),
        _block("dog_col", B, Box(2036, 1374, 340, 736), "said afterward, may have",
               *[FILLER] * 15, "\u201cThe rest of us were"),
        _block("dog_jump", J, Box(jump_x, 2129, 2383 - jump_x, 26),
               "DOGSHOW, continued on Page A6"),
        Block("dog_rule", BlockKind.RULE, box=Box(2037, 2182, 347, 6)),
        _block("coast_head", H, Box(2040, 2230, 330, 40), "ALONG THE COAST"),
        _block("coast_text", B, Box(2037, 2290, 347, 370), "Harbor tides ran high",
               *[FILLER] * 6, "on the north shore."),
    ]


def _order(blocks: list[Block]) -> tuple[str, ...]:
    return order(Page("p", SRC, "en", (2480, 3508), blocks=tuple(blocks))).reading_order


def test_a_jump_line_over_the_gutter_leaves_the_columns_apart() -> None:
    """(main: the dog show's heading read first, its column and jump line between the
    court story's deck and the deck's last line, its byline and text after them)"""
    got = _order(_page(1971))
    court = ["court_kick", "court_head", "court_head2", "court_deck", "court_deck_end",
             "court_by", "court_text"]
    assert [b for b in got if b in court] == court
    # the court story is read whole, then the dog show's column and its jump line
    assert got.index("court_text") < got.index("dog_top")
    assert got.index("dog_jump") == got.index("dog_col") + 1


def test_a_jump_line_within_its_column_is_read_as_before() -> None:
    """The same page with the jump line inside its column: the two orders agree."""
    inside = _order(_page(2040))
    over = _order(_page(1971))
    assert inside == over
