"""A heading stack in the column left of a photo, read right after the stack of the story
beside it (``headlines.new_stack``, ``heading_beside.decks_before_photos``).

Held-out S6 s862: in the third column a kicker and a three-line headline stand under a
photo's caption, a photo two columns wide beside them; the story beside the photo (its
kicker, headline and deck over the photo, its text under it) is read first. By position
the order reads that stack, then the third column's kicker and headline (lower, a column
to the left: one heading group, given to the story beside), then the photo, then the
headline's deck right under it (its top lower than the photo's): the deck opened a story
of its own. Blocks as layout and recognition leave them on a 300 dpi page, in the order
the scan path gave them.
"""

from __future__ import annotations

from conftest import assembled_scan as _assembled
from conftest import scanned_block as _block

from ocr.heading_beside import decks_before_photos
from ocr.model import Block, BlockKind, Box, Page

B, H, K, S, Y, P, C, R = (BlockKind.BODY, BlockKind.HEADLINE, BlockKind.KICKER,
                          BlockKind.SUBHEADLINE, BlockKind.BYLINE, BlockKind.ILLUSTRATION,
                          BlockKind.CREDIT, BlockKind.CAPTION)


def _blocks() -> list[Block]:
    """Columns 4-5 (from x 1475): the schools story's kicker, headline and deck over a
    photo (y 2675-2918) and its text under it; column 3 (x 1020): the port story's
    kicker and headline level with the photo, its deck right under the headline (below
    the photo's foot), its byline and text."""
    return [
        _block("k1", K, Box(1475, 2355, 120, 30), "SCHOOLS"),
        _block("h1", H, Box(1475, 2402, 845, 187), "Fitter pupils, fewer of them",
               "short-sighted"),
        _block("d1", S, Box(1474, 2607, 803, 46),
               "City publishes its 2026 survey of pupils' health"),
        _block("k2", K, Box(1021, 2657, 291, 32), "TARGET MET 27 DAYS EARLY"),
        _block("h2", H, Box(1021, 2701, 410, 231), "Harbour's container", "traffic passes",
               "ten million"),
        _block("ph", P, Box(1456, 2675, 892, 243)),
        _block("cr", C, Box(2191, 2916, 155, 35), "Aquarium photo"),
        _block("d2", H, Box(1018, 2950, 411, 135), "Nine new routes abroad;",
               "cold chain and car ferries", "grew fastest"),
        _block("y2", Y, Box(1017, 3113, 399, 54), "By Wang Shu"),
        _block("t2", B, Box(1017, 3157, 401, 126), "The harbour's container traffic",
               "passed ten million boxes on Wednesday"),
        _block("cap", R, Box(1471, 2953, 400, 28), "A seal pup goes back to the sea."),
        _block("y1", Y, Box(1542, 3017, 349, 48), "By Shang Ke"),
        _block("t1", B, Box(1468, 3055, 426, 220), "The city's survey of pupils' health",
               "found fitter pupils this year: fewer of them", "are short-sighted, it said"),
    ]



def _owner(page: Page, block: str) -> str:
    (article,) = [a.id for a in page.articles if block in a.block_ids]
    return article


def test_a_stack_lower_and_a_column_left_heads_its_own_story() -> None:
    page = _assembled(_blocks())
    port = _owner(page, "t2")
    assert [_owner(page, b) for b in ("k2", "h2", "d2", "y2")] == [port] * 4
    assert _owner(page, "t1") == _owner(page, "h1") != port
    (schools,) = [a for a in page.articles if a.id == _owner(page, "t1")]
    assert schools.kicker == "SCHOOLS"
    assert not any("container" in h for h in schools.headlines)


def test_a_stack_lower_but_in_the_group_s_columns_stays_in_it() -> None:
    """A block under the stack in its own columns (its deck, set lower) is the same
    heading's: only one a column to the left is parted off."""
    blocks = _blocks()
    under = _block("k2", S, Box(1475, 2657, 803, 40), "Fewer pupils need glasses")
    page = _assembled([*blocks[:3], under, *blocks[4:]])
    assert _owner(page, "k2") == _owner(page, "h1")


def test_a_deck_under_its_headline_beside_a_photo_is_read_before_the_photo() -> None:
    """The deck right under the headline in its column, the photo beside that column:
    read before the photo. A heading block under the photo itself keeps its place."""
    blocks = _blocks()
    read = [b.id for b in decks_before_photos(blocks[3:8])]
    assert read == ["k2", "h2", "d2", "ph", "cr"]
    below = _block("d2", H, Box(1460, 2950, 411, 135), "Nine new routes abroad")
    read = [b.id for b in decks_before_photos([*blocks[3:7], below])]
    assert read == ["k2", "h2", "ph", "cr", "d2"]


def test_a_speck_boxed_as_a_photo_inside_a_deck_does_not_part_the_stack() -> None:
    """A heavy scan's speck boxed as a photo inside a deck's box, read between the deck
    and its last line (set right under it): the last line is read before the speck
    (held-out S5 s854)."""
    deck = _block("d1", S, Box(73, 1606, 421, 94), "Crew took to the life raft;",
                  "a helicopter found them the next")
    speck = _block("sp", P, Box(232, 1620, 106, 76))
    tail = _block("d2", S, Box(114, 1689, 373, 59), "afternoon")
    assert [b.id for b in decks_before_photos([deck, speck, tail])] == ["d1", "d2", "sp"]
