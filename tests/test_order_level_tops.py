"""A column group's top taken by its columns, not by pixels (``order_gutters.top_block``):
two columns set level at a story's top stand a few pixels apart on a scan, and the one a
few pixels higher is not the story's opening when it is the right-hand one. Held-out Y2
s970 (narrow gutters, 20 px): a headless story's column 4 stands 4 px over its column 3,
so the story seemed to open mid-sentence, the full-height column rule left of it parted
nothing (``ruled_sections``), and the story was read inside the lead's group, column 4
first (order-aware CER 0.333 against 0.013 order-free)."""

from __future__ import annotations

from conftest import IMAGE_SOURCE as SRC
from conftest import scanned_block as _block

from ocr.model import Block, BlockKind, Box, Page
from ocr.order import order
from ocr.order_gutters import top_block

B, H, K = BlockKind.BODY, BlockKind.HEADLINE, BlockKind.KICKER
P, C, D, Y = BlockKind.ILLUSTRATION, BlockKind.CAPTION, BlockKind.SUBHEADLINE, BlockKind.BYLINE
R = BlockKind.CREDIT


def _en(i: str, kind: BlockKind, box: Box, first: str = "Families of elderly residents were",
        rest: str = "told the home would close by the end of the year",
        last: str | None = None) -> Block:
    n = max(1, box.h // 46)
    if last is None or n < 2:
        return _block(i, kind, box, first, *[rest] * (n - 1))
    return _block(i, kind, box, first, *[rest] * (n - 2), last)


def _page(lift: int, ruled: bool = True) -> list[Block]:
    """Held-out Y2 s970 as blocks: four columns, gutters of 20 px. Left of a column rule
    down the page, the lead over two columns (kicker, headline, deck, photo, caption,
    byline, its two columns) and a story under it; right of it, at the top, a headless
    story's two columns level with the lead's kicker (its second column ``lift`` px
    higher than its first, opening mid-sentence), then two stories with headings."""
    blocks = [
        _en("a_kick", K, Box(99, 433, 167, 28), "EXCLUSIVE"),
        _en("a_head", H, Box(101, 496, 1069, 180), "We found out from a letter left on Mum's bed"),
        _en("a_deck", D, Box(101, 683, 1057, 96), "Families given six weeks to find new places"),
        Block("a_photo", P, (), Box(103, 816, 1136, 440)),
        _en("a_cap", C, Box(103, 1299, 1096, 80), "Residents at the home on its last open day"),
        _en("a_by", Y, Box(105, 1388, 364, 33), "by Kirsty Dunmore"),
        _en("a_1", B, Box(105, 1428, 548, 509), "FAMILIES of 31 elderly residents at"),
        _en("a_2", B, Box(678, 1398, 553, 532), "council-funded placements. Jean Parfitt"),
        _en("b_kick", K, Box(110, 1992, 112, 25), "RESCUE"),
        _en("b_head", H, Box(111, 2052, 1096, 185), "Paddleboarders swept a mile out to sea"),
        _en("b_1", B, Box(113, 2300, 537, 900), "Two paddleboarders who were blown"),
        _en("b_2", B, Box(685, 2300, 553, 900), "and reached them ten minutes later."),
        _en("top_1", B, Box(1244, 415, 527, 537), "St Bede's Primary School in Kelderby"),
        _en("top_2", B, Box(1814, 415 - lift, 548, 537 + lift),
            "arrived in 2021, said the turnaround"),
        _en("c_kick", K, Box(1246, 1005, 221, 27), "TRAVEL MISERY"),
        _en("c_head", H, Box(1249, 1065, 1117, 285), "Level crossing shut for 11 weeks"),
        _en("c_1", B, Box(1251, 1400, 530, 800), "Drivers face a 14-mile detour from"),
        _en("c_2", B, Box(1823, 1400, 555, 800), "Monday when the Station Road level"),
        _en("d_head", H, Box(1254, 2300, 1010, 133), "Town 2 Rovers 3: Late sucker punch"),
        _en("d_1", B, Box(1255, 2470, 549, 780), "Kelderby Town will have to wait at"),
        _en("d_2", B, Box(1828, 2470, 550, 720), "and lifted it over keeper Ben Stubbs."),
    ]
    return blocks + ([Block("rule", BlockKind.RULE, (), Box(1236, 418, 6, 2835))] if ruled else [])


def _order(blocks: list[Block]) -> tuple[str, ...]:
    return order(Page("p", SRC, "en", (2480, 3508), blocks=tuple(blocks))).reading_order


def test_a_headless_story_s_second_column_a_few_pixels_higher_does_not_open_it() -> None:
    """Column 4 stands 4 px over column 3 (s970): the story opens on column 3's sentence,
    so the rule parts the sections and the story is read after the left half's, its
    columns left to right (main: read between the lead and RESCUE, column 4 first)."""
    got = _order(_page(4))
    assert got.index("b_2") < got.index("top_1") < got.index("top_2") < got.index("c_kick"), got


def test_level_tops_read_the_same_whichever_column_is_higher() -> None:
    """Tops level to the pixel, or the first column higher: the same order as above."""
    for lift in (0, -4):
        got = _order(_page(lift))
        assert got.index("b_2") < got.index("top_1") < got.index("top_2") < got.index("c_kick"), (
            lift, got)


def _two_leads() -> list[Block]:
    """Held-out N3 s1135 as read (masthead and folio left out): five columns and a rail
    of briefs, column rules down the page. The lead (kicker HEALTH, headline over two
    columns, deck, photo, caption) runs on in columns 2-5, the tops of columns 3-5
    1-7 px over its kicker (b013, b015, b016); under it the lifeboat story (kicker b033),
    its headline over four columns, its photo over three, its columns 1-3 under the
    photo, column 4 (b039) beside the photo, column 5 (b032) beside its kicker, 8 px
    higher; then stories with headings in columns 1, 2-4 and 5."""
    return [
        Block("b007", BlockKind.RULE, (), Box(2008, 381, 359, 11)),
        Block("b008", BlockKind.RULE, (), Box(850, 390, 10, 997)),
        Block("b009", BlockKind.RULE, (), Box(1994, 385, 34, 2994)),
        Block("b010", BlockKind.RULE, (), Box(2360, 383, 19, 2363)),
        Block("b011", BlockKind.RULE, (), Box(1232, 389, 10, 996)),
        Block("b012", BlockKind.RULE, (), Box(1613, 387, 19, 2993)),
        _en("b013", B, Box(866, 398, 358, 945), "It is the first strike", last="The health board"),
        _en("b014", K, Box(105, 403, 113, 25), "HEALTH"),
        _en("b015", B, Box(1247, 397, 360, 949), "said it had offered to", last="Mclver, who has"),
        _en("b016", B, Box(1627, 396, 360, 943), "worked at the", last="contacts them."),
        _en("b018", H, Box(104, 451, 717, 235), "Porters and cleaners"),
        Block("b019", BlockKind.RULE, (), Box(2031, 466, 315, 10)),
        _en("b020", H, Box(2034, 494, 196, 88), "Lost: black"),
        _en("b021", B, Box(2032, 588, 317, 471), "Answers to", last="if you see him."),
        _en("b022", D, Box(104, 692, 702, 91), "First strike at the hospital in 40 years"),
        Block("b023", P, (), Box(105, 801, 372, 246)),
        Block("b024", BlockKind.RULE, (), Box(471, 809, 8, 580)),
        _en("b025", B, Box(487, 812, 191, 29), "OYELARAN"),
        _en("b026", B, Box(485, 858, 357, 472), "Health Reporter", last="grades."),
        _en("b027", R, Box(213, 1059, 249, 19), "Picture: Ewan Sturrock"),
        _en("b028", C, Box(106, 1092, 345, 142), "Tugs stand by the cement"),
        _en("b029", H, Box(2035, 1089, 147, 30), "In court"),
        _en("b030", B, Box(2034, 1132, 316, 761), "Kevin Lorimer", last="Co-op."),
        _en("b031", C, Box(109, 1273, 166, 29), "BY DAVID"),
        _en("b032", B, Box(1624, 1399, 368, 996), "the harbour and",
            last="Continued on LIFEBOAT, Page A9"),
        _en("b033", K, Box(110, 1407, 159, 26), "150 YEARS"),
        _en("b034", H, Box(108, 1463, 1222, 190), "A lifeboat, a pub and 1,400"),
        _en("b035", D, Box(102, 1679, 568, 108), "The Carrick Haven station"),
        _en("b036", D, Box(686, 1676, 802, 51), "marks its anniversary with the crew’s"),
        Block("b037", P, (), Box(109, 1800, 1135, 244)),
        Block("b038", BlockKind.RULE, (), Box(1238, 1809, 9, 652)),
        _en("b039", B, Box(1253, 1809, 369, 613), "volunteers and a", last="launched, circled"),
        _en("b040", H, Box(2040, 1921, 217, 78), "Shipping"),
        _en("b041", B, Box(2038, 2013, 315, 713), "Arrivals: Baltic", last="4.38pm."),
        _en("b042", R, Box(928, 2054, 301, 24), "© Moray Firth Photography"),
        _en("b043", C, Box(112, 2085, 1109, 72), "The Kvitsay Shanty Men perform"),
        Block("b044", BlockKind.RULE, (), Box(477, 2162, 11, 1223)),
        Block("b045", BlockKind.RULE, (), Box(858, 2161, 7, 302)),
        _en("b046", B, Box(874, 2189, 355, 225), "fifty years later the", last="a crew of 28"),
        _en("b047", B, Box(492, 2192, 355, 223), "in a shed behind the", last="A hundred and"),
        _en("b048", Y, Box(113, 2194, 303, 40), "By Callum Grieve"),
        _en("b049", B, Box(111, 2240, 357, 186), "The first Carrick", last="fishermen and kept"),
        Block("b050", P, (), Box(493, 2466, 1135, 359)),
        _en("b051", K, Box(1638, 2475, 149, 23), "OBITUARY"),
        _en("b052", H, Box(112, 2486, 330, 273), "‘Haul away!’ -"),
        _en("b053", H, Box(1637, 2521, 291, 399), "Margaret"),
        Block("b054", BlockKind.RULE, (), Box(2018, 2739, 359, 11)),
        _en("b055", H, Box(116, 2782, 178, 35), "returns"),
        _en("b056", D, Box(113, 2837, 348, 282), "Crews from"),
        _en("b057", R, Box(1292, 2835, 321, 23), "Reader's picture: Liam Souter"),
        _en("b058", C, Box(497, 2868, 999, 34), "Dinghy the seal pup asleep"),
        Block("b059", BlockKind.RULE, (), Box(1243, 2905, 8, 477)),
        _en("b060", Y, Box(1259, 2936, 285, 87), "By Fiona Leckie,"),
        _en("b061", K, Box(497, 2940, 195, 27), "PORT NEWS"),
        _en("b062", H, Box(1639, 2942, 317, 41), "Sold fish from the"),
        _en("b063", H, Box(497, 2990, 683, 197), "Cement carrier runs"),
        _en("b064", D, Box(1632, 2990, 360, 185), "same stall for 62"),
        _en("b065", B, Box(1249, 3032, 377, 346), "CARRICK HAVEN:",
            last="the harbour master said."),
        Block("b066", P, (), Box(114, 3137, 373, 229)),
        _en("b067", D, Box(495, 3208, 686, 130), "Harbour closed to big ships for eleven"),
        _en("b068", Y, Box(1642, 3205, 257, 39), "By Tom Hardie"),
        _en("b069", B, Box(1631, 3252, 365, 132), "For six decades, if",
            last="Story continues on Page A6"),
        _en("b071", R, Box(144, 3363, 327, 19), "Photo by Nell Baxter / Courier"),
        _en("b072", C, Box(114, 3389, 350, 107), "Porters and cleaners on"),
    ]


def test_a_lead_whose_kicker_stands_a_pixel_under_its_third_column() -> None:
    """The lead's column 3 stands 1 px over its kicker (s1135): the group cut left of
    column 5 opens on the kicker, so the next story's column beside its kicker is read
    with that story, before the stories under it (main: after them, 0.21 order-aware
    against 0.01 order-free)."""
    got = _order(_two_leads())
    assert got.index("b015") < got.index("b016") < got.index("b033"), got
    assert got.index("b039") < got.index("b032") < got.index("b052"), got


def test_top_block_takes_the_leftmost_of_what_stands_level() -> None:
    """Within a line of the highest running text, the leftmost block, of any kind (a
    kicker 1 px under a column right of it); a column more than a line lower is not
    level; a heading on top is taken as it is."""
    blocks = _page(4)
    right = [b for b in blocks if b.id in {"top_1", "top_2", "c_kick", "c_head", "c_1", "c_2"}]
    top = top_block(right)
    assert top is not None and top.id == "top_1"
    lower = [b if b.id != "top_1" else _en("top_1", B, Box(1244, 415 + 60, 527, 477))
             for b in right]
    top = top_block(lower)
    assert top is not None and top.id == "top_2"
    lead = [b for b in _two_leads() if b.id in {"b014", "b018", "b013", "b015"}]
    top = top_block(lead)
    assert top is not None and top.id == "b014"
    head = [_en("h", K, Box(1250, 400, 120, 25), "TRAVEL"), _en("t", B, Box(100, 410, 500, 400))]
    top = top_block(head)
    assert top is not None and top.id == "h"
