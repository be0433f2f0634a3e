"""Gutters crossed by rules alone (``order_gutters.ruled_gutters``): a region no white band
and no free gutter parts is cut at the gutters no rule parting stories crosses.

A rule under a lead's three columns crosses their gutters; the page's foot rule crosses
every gutter, and a photo beside it in the fourth column, its box drawn a little loose,
runs down past it, so no white band parts the region either. With neither cut the region
was read line by line across: the three kickers of the stories under the lead one after
another, then their headlines, their texts after (held-out S5 s854: order-aware CER 0.83
against 0.07 order-free, its headings given to the wrong stories).
"""

from __future__ import annotations

from conftest import IMAGE_SOURCE as SRC
from conftest import scanned_block as _block

from ocr.model import Block, BlockKind, Box, Page
from ocr.order import order

B, H, K = BlockKind.BODY, BlockKind.HEADLINE, BlockKind.KICKER
PITCH = 48
COLS = (100, 700, 1300, 1900)  # four columns 540 wide, gutters 60
WIDTH = 540


def _text(i: str, kind: BlockKind, box: Box, *lines: str) -> Block:
    """A block of ``box.h // PITCH`` lines, the first ``lines`` given, the rest filler
    (a sentence ending at each line: no column runs on into the next mid-sentence)."""
    n = max(1, box.h // PITCH)
    return _block(i, kind, box, *lines, *["the ferry crews met the board."] * (n - len(lines)))


def _order(blocks: list[Block]) -> tuple[str, ...]:
    return order(Page("p", SRC, "en", (2480, 3508), blocks=tuple(blocks))).reading_order


def _page(mid_rule_over_rail: bool = False) -> list[Block]:
    """The lead over columns 1-3, a rule under it, three stories under the rule each with
    its kicker and headline level with the others'; a story down column 4 from the top,
    its photo at the foot a little past the foot rule; the folio under the foot rule."""
    right = COLS[2] + WIDTH + (300 if mid_rule_over_rail else 0)
    blocks = [
        _text("lead_head", H, Box(100, 400, 1740, 150), "Nine hours without power"),
        *[_text(f"lead_{k}", B, Box(x, 600, WIDTH, 576), "The lights went out at five")
          for k, x in enumerate(COLS[:3], 1)],
        Block("mid_rule", BlockKind.RULE, (), Box(100, 1230, right - 100, 2)),
        Block("foot_rule", BlockKind.RULE, (), Box(100, 3000, 2340, 2)),
        _text("folio", BlockKind.FURNITURE, Box(100, 3030, 600, 36), "Page 8 The Bay Herald"),
        _text("rail_head", H, Box(1900, 400, WIDTH, 150), "Ferry keeps its winter times"),
        _text("rail", B, Box(1900, 600, WIDTH, 1920), "GULL ISLAND — The ferry will"),
        Block("rail_photo", BlockKind.ILLUSTRATION, (), Box(1900, 2560, WIDTH, 470)),
    ]
    for k, x in enumerate(COLS[:3], 1):
        blocks += [
            _text(f"kicker_{k}", K, Box(x, 1280, 200, 36), ("RESCUE", "SHOW", "EXCLUSIVE")[k - 1]),
            _text(f"head_{k}", H, Box(x, 1330, WIDTH, 150), f"Story {k} makes the news"),
            _text(f"text_{k}", B, Box(x, 1520, WIDTH, 1440), f"Story {k} opens here today."),
        ]
    return blocks


def test_stories_under_a_rule_beside_a_column_past_it_are_read_each_under_its_heading() -> None:
    got = _order(_page())
    assert got.index("lead_1") < got.index("lead_2") < got.index("lead_3") < got.index(
        "kicker_1"), got
    for k in (1, 2):
        assert got.index(f"kicker_{k}") < got.index(f"head_{k}") < got.index(
            f"text_{k}") < got.index(f"kicker_{k + 1}"), got
    assert got.index("text_3") < got.index("rail"), got


def test_a_rule_run_into_a_column_that_runs_past_it_parts_nothing_there() -> None:
    """The rule under the lead run on over the rail's gutter into its column: the rail's
    text runs on past it there, so it parts no stories at that gutter, which is cut; the
    gutters under the lead, where it does, are not (the lead's first column would be read
    on into the story under it)."""
    got = _order(_page(mid_rule_over_rail=True))
    assert got.index("lead_3") < got.index("kicker_1") < got.index("head_1") < got.index(
        "text_1") < got.index("kicker_2"), got
