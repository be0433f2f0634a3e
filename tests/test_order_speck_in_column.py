"""A speck cut into a column its sentence runs on across is no rule between stories
(``column_flow.speck_rule``, asked by ``continued`` and by ``assemble``).

As held-out S6 s871 sets it: the rugby story's two columns under its photo's caption, the
first cut by the layout at a speck 39 px wide (boxed as a rule) under ``Carrick Haven
ended``; under it the column goes on ``a run of four defeats``. The column ending
mid-sentence with a rule next was read on into the second column's top (``from the
forwards``), its own foot after both, and the rule ended the story: the foot opened a
headless story (order-aware CER 0.175 against 0.004 order-free).
"""

from __future__ import annotations

from conftest import IMAGE_SOURCE as SRC
from conftest import assembled_scan
from conftest import scanned_block as _block

from ocr.model import Block, BlockKind, Box, Page
from ocr.order import order

B, H, K = BlockKind.BODY, BlockKind.HEADLINE, BlockKind.KICKER
FILLER = "the home side kicked the ball deep into the corner"


def _rugby(rule_w: int) -> list[Block]:
    """The rugby story over the shanty story; the first column cut at a rule ``rule_w``
    wide."""
    return [
        _block("kick", K, Box(159, 477, 91, 23), "RUGBY"),
        _block("head", H, Box(193, 512, 639, 319), "Haven hold on in", "the mud to beat",
               "Kelso 17-15"),
        Block("pic", BlockKind.ILLUSTRATION, box=Box(152, 878, 712, 446)),
        _block("credit", BlockKind.CREDIT, Box(664, 1335, 198, 18), "Picture: Ewan Sturrock"),
        _block("cap", BlockKind.CAPTION, Box(153, 1359, 694, 73),
               "Tugs stand by the cement carrier Baltic Dawn on the Skerry",
               "Bank at low water yesterday morning."),
        _block("col_1", B, Box(152, 1468, 341, 132), "Our Rugby Correspondent",
               "CARRICK HAVEN ended", "Carrick Haven ended"),
        Block("speck", BlockKind.RULE, box=Box(349 if rule_w < 100 else 152, 1621, rule_w, 4)),
        _block("col_1_foot", B, Box(147, 1630, 344, 582), "a run of four defeats at a",
               *[FILLER] * 11, "Haven's tries came"),
        _block("col_2", B, Box(520, 1469, 340, 133), "from the forwards. Prop",
               "Ross Tulloch was", "driven over from a"),
        _block("col_2_foot", B, Box(509, 1632, 353, 589), "lineout on 48 minutes,",
               *[FILLER] * 11, "Story continues on Page A4"),
        Block("foot_rule", BlockKind.RULE, box=Box(147, 2253, 711, 11)),
        _block("shanty_head", H, Box(156, 2279, 687, 245), "'Haul away!' - 6,000",
               "voices fill the quay"),
        _block("shanty_1", B, Box(141, 2766, 349, 447), "They came in oilskins,",
               *[FILLER] * 8, "in Breton"),
        _block("shanty_2", B, Box(500, 2717, 355, 496), "smocks and in borrowed",
               *[FILLER] * 9, "jumpers."),
    ]


def _order(blocks: list[Block]) -> list[str]:
    page = Page("p", SRC, "en", (2480, 3508), blocks=tuple(blocks))
    return list(order(page).reading_order)


_COLUMNS = ["col_1", "col_1_foot", "col_2", "col_2_foot"]


def test_a_column_cut_at_a_speck_is_read_down_to_its_foot_first() -> None:
    got = [i for i in _order(_rugby(39)) if i in _COLUMNS]
    assert got == _COLUMNS


def test_the_speck_leaves_the_story_whole() -> None:
    by_id = {b.id: b for b in _rugby(39)}
    page = assembled_scan([by_id[i] for i in _order(_rugby(39))])
    rugby = next(a for a in page.articles if "col_1" in a.block_ids)
    assert set(_COLUMNS) <= set(rugby.block_ids)
    assert any("Haven hold on" in h for h in rugby.headlines)


def test_a_rule_across_the_column_still_sends_its_sentence_to_the_next_column() -> None:
    got = [i for i in _order(_rugby(341)) if i in _COLUMNS]
    assert got[:2] == ["col_1", "col_2"]
