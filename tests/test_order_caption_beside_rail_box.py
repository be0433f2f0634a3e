"""A photo's credit row beside a rail whose box of notices runs on past it
(``order_stacks.boxed_beside``): the row closes no zone across the white gutter
between the photo's columns and the rail.

Closed there, the rail's top story was read between the photo and the story under it,
and the notices in the rail's box after that story (held-out S7 s874: order-aware CER
0.38 against 0.04 order-free).
"""

from __future__ import annotations

from conftest import IMAGE_SOURCE as SRC
from conftest import scanned_block as _block

from ocr.model import Block, BlockKind, Box, Page
from ocr.order import order

B, H, R = BlockKind.BODY, BlockKind.HEADLINE, BlockKind.RULE
PITCH = 48


def _text(i: str, kind: BlockKind, box: Box, *lines: str) -> Block:
    """A block of ``box.h // PITCH`` lines, the first ``lines`` given, the rest filler
    (a sentence ending at each line: no column runs on into the next mid-sentence)."""
    n = max(1, box.h // PITCH)
    filler = "the county board heard from the water crews."
    return _block(i, kind, box, *lines, *[filler] * (n - len(lines)))


def _page(boxed: bool) -> tuple[str, ...]:
    """Two columns: the lead over its photo, the credit alone in its row at the photo's
    right foot, a story under it; a rail beside them, its story over a box of notices
    whose title ends above the credit row (with ``boxed``, the box's sides run down
    past the row)."""
    sides = [Block("box_left", R, (), Box(1640, 1330, 4, 900)),
             Block("box_right", R, (), Box(2300, 1330, 4, 900))] if boxed else []
    blocks = [
        _text("lead_head", H, Box(100, 400, 1460, 150), "Mine crews bring out trapped men"),
        _text("lead_1", B, Box(100, 600, 700, 384), "By Ada Quint", "HOLLOW RUN — All four"),
        _text("lead_2", B, Box(860, 600, 700, 384), "came up the slope at dawn"),
        Block("photo", BlockKind.ILLUSTRATION, (), Box(100, 1040, 1460, 440)),
        _text("credit", BlockKind.CREDIT, Box(1300, 1500, 260, 24), "Staff photo"),
        _text("bird_head", H, Box(100, 1580, 1460, 100), "Bird count finds eagles nesting"),
        _text("bird_1", B, Box(100, 1700, 700, 672), "Volunteers logged 118 species"),
        _text("bird_2", B, Box(860, 1700, 700, 672), "along the river islands"),
        _text("rail_head", H, Box(1620, 400, 700, 100), "Water rates hearing"),
        _text("rail", B, Box(1620, 520, 700, 768), "The utility board will hear"),
        Block("box_top", R, (), Box(1640, 1330, 664, 3)),
        _text("box_title", BlockKind.FURNITURE, Box(1880, 1400, 180, 40), "NOTICES"),
        Block("title_rule", R, (), Box(1660, 1545, 620, 3)),
        _text("lost_head", H, Box(1660, 1570, 300, 40), "Lost and found"),
        _text("lost", B, Box(1660, 1620, 620, 288), "A brown wallet was handed in"),
        *sides,
    ]
    return order(Page("p", SRC, "en", (2480, 3508), blocks=tuple(blocks))).reading_order


def test_the_photo_s_story_is_read_before_a_rail_whose_box_runs_past_the_credit() -> None:
    """The box's sides run past the credit row: the two columns are read down, the
    story under the photo included, then the rail, its box after its story."""
    got = _page(boxed=True)
    assert got.index("lead_2") < got.index("credit") < got.index("bird_head") < got.index(
        "bird_2") < got.index("rail_head"), got
    assert got.index("rail") < got.index("box_title") < got.index("lost_head") < got.index(
        "lost"), got


def test_a_credit_row_beside_a_rail_that_ends_over_it_still_closes_the_zone() -> None:
    """Nothing of the rail runs past the credit row (no box's sides): the row closes the
    zone, the rail's story over it read before the story under the photo."""
    got = _page(boxed=False)
    assert got.index("credit") < got.index("rail_head") < got.index("bird_head"), got
