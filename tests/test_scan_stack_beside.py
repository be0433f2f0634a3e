"""A story's heading stack set beside the lead's, level with it, read right after the
lead's stack (``heading_beside.stacks_beside_later``).

Held-out S5 s855: the lead's headline and deck span columns 1-5; in column 6, level
with the headline, another story's kicker (``BEST IN SHOW``), headline and deck. The
reading order reads the lead's stack, then the stack beside it, then the lead's photo,
byline and text, and reaches column 6's byline and text only later. The two stacks made
one heading group, the lead's, and the dog show story was left headless (S5 s854 alike:
``出行`` / ``轮渡还开吗？开，但时间变了`` beside ``3台变压器9个小时1200户``). Blocks as
layout and recognition leave them on a 300 dpi page, in the order the scan path gave
them. And a speck boxed as a short rule inside a stack, which parted it
(``heading_beside.specks_in_stacks``).
"""

from __future__ import annotations

from conftest import assembled_scan as _assembled
from conftest import scanned_block as _block

from ocr.heading_beside import stacks_beside_later
from ocr.model import Block, BlockKind, Box, Page

B, H, K, S, Y, P, R = (BlockKind.BODY, BlockKind.HEADLINE, BlockKind.KICKER,
                       BlockKind.SUBHEADLINE, BlockKind.BYLINE, BlockKind.ILLUSTRATION,
                       BlockKind.CAPTION)


def _blocks() -> list[Block]:
    """The lead (columns 1-5, x 94-1984) and the dog show story (column 6, x 2037)."""
    return [
        _block("h1", H, Box(116, 401, 1868, 216), "1,200 homes, 9 hours, no power:",
               "what went wrong on the north side"),
        _block("d1", S, Box(94, 641, 1889, 110),
               "A failed transformer left the north side dark through the coldest night"),
        _block("k2", K, Box(2039, 387, 196, 19), "BEST IN SHOW"),
        _block("h2", H, Box(2075, 428, 268, 52), "Champion!"),
        _block("d2", S, Box(2037, 499, 343, 239), "A 4-year-old border",
               "collie named Pepper", "takes the top prize at the", "county dog show,",
               "beating 311 other", "entries"),
        _block("ph", P, Box(97, 778, 1510, 466)),
        _block("cap", R, Box(98, 1285, 1125, 24), "Children head up the stairs."),
        _block("y1", Y, Box(97, 1344, 335, 71), "By Hannah Lowry, Staff", "Reporter"),
        _block("t1", B, Box(97, 1420, 400, 300), "The lights went out across the north",
               "side at a quarter past five on Monday, when a transformer failed",
               "at the substation on Mill Road."),
        _block("y2", Y, Box(2038, 777, 260, 29), "Our correspondent"),
        _block("t2", B, Box(2037, 820, 346, 100), "Pepper, a border collie from",
               "Ashford, won best in show at the county dog show on Saturday."),
    ]


def _owner(page: Page, block: str) -> str:
    (article,) = [a.id for a in page.articles if block in a.block_ids]
    return article


def test_a_stack_beside_the_lead_s_heads_its_own_story() -> None:
    page = _assembled(_blocks())
    lead, show = _owner(page, "t1"), _owner(page, "t2")
    assert lead != show
    assert [_owner(page, b) for b in ("h1", "d1", "y1")] == [lead] * 3
    assert [_owner(page, b) for b in ("k2", "h2", "d2", "y2")] == [show] * 4
    (story,) = [a for a in page.articles if a.id == show]
    assert story.kicker == "BEST IN SHOW"
    assert story.headlines == ("Champion!",)


def test_the_stack_beside_is_read_right_before_what_stands_under_it() -> None:
    ids = [b.id for b in stacks_beside_later(_blocks())]
    assert ids == ["h1", "d1", "ph", "cap", "y1", "t1", "k2", "h2", "d2", "y2", "t2"]


def test_a_kicker_under_the_stack_in_its_columns_stays() -> None:
    """A kicker set under the lead's deck in its own columns is read where it is: only
    one level with the stack and clear of its columns is another story's."""
    blocks = _blocks()
    under = _block("k2", K, Box(120, 760, 196, 19), "BEST IN SHOW")
    moved = [*blocks[:2], under, *blocks[3:]]
    assert stacks_beside_later(moved) == moved


def test_a_stack_beside_with_nothing_under_it_keeps_its_place() -> None:
    """Without a block right under the stack beside (its story not on the page), the
    order is left as it was."""
    blocks = [b for b in _blocks() if b.id not in ("y2", "t2")]
    assert stacks_beside_later(blocks) == blocks


def _port_news(rule: Box) -> list[Block]:
    """Held-out S6 s871, column 5-6's foot: a kicker, a headline's first line typed a
    kicker, a short speck boxed as a rule under it, the headline's rest, its deck, its
    byline and text; in the order the scan path gave them."""
    return [
        _block("k", K, Box(1618, 2343, 153, 25), "PORT NEWS"),
        _block("h1", K, Box(1681, 2381, 581, 57), "Cement carrier runs"),
        Block("r", BlockKind.RULE, (), rule),
        _block("h2", H, Box(1646, 2468, 655, 149), "aground on the Skerry",
               "Bank as tide turns"),
        _block("d", S, Box(1616, 2653, 654, 97), "Harbour closed to big ships for",
               "eleven hours while tugs waited for the flood"),
        _block("y", Y, Box(1619, 2780, 238, 30), "Tom Reid writes"),
        _block("t", B, Box(1617, 2830, 343, 300), "The cement carrier Baltic Dawn",
               "ran aground on the Skerry Bank at low", "water on Tuesday."),
    ]


def test_a_speck_boxed_as_a_rule_inside_a_stack_parts_nothing() -> None:
    page = _assembled(_port_news(Box(1647, 2428, 123, 3)))
    story = _owner(page, "t")
    assert [_owner(page, b) for b in ("k", "h1", "h2", "d")] == [story] * 4
    (article,) = [a for a in page.articles if a.id == story]
    assert article.kicker == "PORT NEWS"
    assert any("Cement carrier runs" in h for h in article.headlines)


def test_a_rule_across_the_column_still_parts_two_stacks() -> None:
    """A rule as wide as the column between two heading blocks ends what is above it."""
    page = _assembled(_port_news(Box(1616, 2445, 690, 4)))
    assert _owner(page, "h2") == _owner(page, "t")
    assert "h1" not in next(a for a in page.articles if a.id == _owner(page, "t")).block_ids
