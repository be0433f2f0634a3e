"""Stories stacked under a lead's columns (``order_stacks.stacked_stories``): the band
under the lead opens a box of briefs with its title in one column, or closes the lead's
photo with its caption in the columns the photo stands in.

Cut into columns first, the column the box stands in was read down through the lead's
text and the whole box before the lead's other columns (held-out S5 s852: order-aware
CER 0.35 against 0.04 order-free); and the lead's column beside its photo was read after
the story under the photo (s849: 0.29 against 0.05).
"""

from __future__ import annotations

from conftest import IMAGE_SOURCE as SRC
from conftest import scanned_block as _block

from ocr.model import Block, BlockKind, Box, Page
from ocr.order import order

B, H = BlockKind.BODY, BlockKind.HEADLINE
PITCH = 48


def _text(i: str, kind: BlockKind, box: Box, *lines: str) -> Block:
    """A block of ``box.h // PITCH`` lines, the first ``lines`` given, the rest filler
    (a sentence ending at each line: no column runs on into the next mid-sentence)."""
    n = max(1, box.h // PITCH)
    filler = "the harbor board heard from the ferry crews."
    return _block(i, kind, box, *lines, *[filler] * (n - len(lines)))


def _order(blocks: list[Block]) -> tuple[str, ...]:
    return order(Page("p", SRC, "en", (2480, 3508), blocks=tuple(blocks))).reading_order


def _lead(bottom: int) -> list[Block]:
    """The lead: its headline across the page's three columns, its text in all three
    ending at ``bottom``."""
    h = bottom - 600
    return [
        _text("lead_head", H, Box(100, 400, 2220, 150), "Blackout leaves north side dark"),
        _text("lead_1", B, Box(100, 600, 700, h), "By Hana Lowe", "KELSO — The lights went"),
        _text("lead_2", B, Box(860, 600, 700, h), "out across Ridgeway at 4:52"),
        _text("lead_3", B, Box(1620, 600, 700, h), "crews worked through the night"),
    ]


def test_a_box_of_briefs_under_the_lead_s_first_column_is_read_after_the_lead() -> None:
    """Under the lead, a box of briefs opens with its rule and title in the first column,
    a story under its own headline in the other two: the lead's three columns, then the box,
    then the story."""
    blocks = [
        *_lead(1080),
        Block("box_rule", BlockKind.RULE, (), Box(100, 1140, 700, 2)),
        _text("box_title", BlockKind.FURNITURE, Box(300, 1180, 300, 40), "IN BRIEF"),
        _text("ferry_head", H, Box(100, 1240, 500, 44), "Ferry timetable"),
        _text("ferry", B, Box(100, 1290, 700, 288), "The 7:15 crossing runs again"),
        _text("pool_head", H, Box(100, 1600, 500, 44), "Pool closed"),
        _text("pool", B, Box(100, 1650, 700, 384), "The Quarry Lane pool shuts"),
        _text("depot_head", H, Box(860, 1160, 1460, 140), "Bus depot plan goes to vote"),
        _text("depot_1", B, Box(860, 1320, 700, 720), "By Ivo Marsh"),
        _text("depot_2", B, Box(1620, 1320, 700, 720), "objections from the harbor"),
    ]
    got = _order(blocks)
    assert got.index("lead_1") < got.index("lead_2") < got.index("lead_3") < got.index(
        "box_title") < got.index("ferry"), got
    assert got.index("pool") < got.index("depot_head") < got.index("depot_1"), got


def _wrapped(beside_head: bool) -> list[Block]:
    """The lead's photo and caption across its first two columns under two short pieces
    of its text, its third column running down beside them to the caption's foot (or, with
    ``beside_head``, a story of its own there under its own headline); under them, past a
    story's white, a headless story under the photo and a brief in the third column."""
    third = ([_text("mill_head", H, Box(1620, 400, 700, 150), "Mill to reopen"),
              _text("mill", B, Box(1620, 600, 700, 936), "OAKFORD — The old mill")]
             if beside_head else
             [_text("lead_3", B, Box(1620, 600, 700, 936), "crews worked through the night")])
    head = Box(100, 400, 1460 if beside_head else 2220, 150)
    return [
        _text("lead_head", H, head, "Blackout leaves north side dark"),
        _text("lead_1", B, Box(100, 600, 700, 240), "By Hana Lowe", "KELSO — The lights went"),
        _text("lead_2", B, Box(860, 600, 700, 240), "out across Ridgeway at 4:52"),
        Block("photo", BlockKind.ILLUSTRATION, (), Box(100, 870, 1460, 600)),
        _text("caption", BlockKind.CAPTION, Box(100, 1490, 1460, 40), "Crews at the substation"),
        *third,
        _text("school_1", B, Box(100, 1640, 700, 624), "A line of about 200 people"),
        _text("school_2", B, Box(860, 1640, 700, 624), "stretched down Main Street"),
        _text("harbor_head", H, Box(1620, 1640, 700, 100), "Harbor dues rise"),
        _text("harbor", B, Box(1620, 1760, 700, 480), "Berths will cost more"),
    ]


def test_the_lead_s_column_beside_its_photo_is_read_before_the_story_under_it() -> None:
    """The lead wrapped round its photo: its third column, beside the photo, is read
    after its caption and before the headless story under the photo."""
    got = _order(_wrapped(beside_head=False))
    assert got.index("lead_2") < got.index("caption") < got.index("lead_3") < got.index(
        "school_1") < got.index("school_2") < got.index("harbor_head"), got


def test_a_story_beside_a_story_closed_by_its_photo_keeps_its_column() -> None:
    """A story of its own beside the photo (its own headline over the third column): no
    story runs across the columns, each is read down (the story under the photo before
    the story beside it)."""
    got = _order(_wrapped(beside_head=True))
    assert got.index("caption") < got.index("school_1") < got.index("school_2") < got.index(
        "mill_head") < got.index("mill") < got.index("harbor_head"), got
