"""A story set without a heading at the top of a stack of its own, level with a story's
heading beside it, read with its stack (``order_stacks.own_headless_story``).

A headline is often set over fewer columns than its story, the story's last column
beside it: ``order_stacks`` and ``order_beside`` read a headless column level with a
heading as that story's. A headless story opening a stack (fresh draws of pool C, S10's
and S12's design, and pool Y) stands so too; read as the heading's column, it went
between that story and the one under it, or the region was read row by row. It is a
story of its own when its text opens a paragraph and runs lower than the story beside it
(a story fills its columns in turn to one foot, the column beside its heading last), or
is parted by a story's white (two stories one under another).

The pages are fresh draws' blocks as read (boxes upright, lines and first-line indents as
read), in other words: a paragraph's first line indented two characters.
"""

from __future__ import annotations

from conftest import IMAGE_SOURCE as SRC
from conftest import indented_block

from ocr.model import Block, Box, Page
from ocr.order import order

Row = tuple[str, str, int, int, int, int, int, float]

OPENING = "街坊们说这一变化让出行方便"  # a block's first line (indented when it opens a paragraph)
RUNNING = "许多居民都赶来看个究竟"  # its other lines

#: Fresh pool C zh s2959, five columns: the lead over columns 3-5, under it the parking
#: story (kicker, headline over columns 3-4, two columns of text), beside it in column 5
#: the cobbler story's headless lead-in (b027, opening a paragraph, its foot 20 px under
#: the parking story's), then the trade-in story and the cobbler story under both.
S2959: list[Row] = [
    ("b001", "furniture", 914, 139, 638, 122, 1, 0.0),
    ("b002", "rule", 90, 275, 2290, 1, 0, 0.0),
    ("b003", "furniture", 1905, 298, 473, 34, 1, 0.0),
    ("b004", "furniture", 1199, 299, 71, 36, 1, 0.0),
    ("b005", "furniture", 91, 300, 339, 33, 1, 0.0),
    ("b006", "rule", 91, 341, 2290, 1, 0, 0.0),
    ("b007", "kicker", 1019, 380, 335, 33, 1, 0.0),
    ("b008", "headline", 353, 398, 371, 91, 1, 0.0),
    ("b009", "headline", 1018, 445, 1360, 104, 1, 0.0),
    ("b010", "subheadline", 92, 503, 632, 51, 1, 0.0),
    ("b011", "headline", 1018, 562, 1360, 52, 1, 0.0),
    ("b012", "illustration", 90, 569, 897, 532, 0, 0.0),
    ("b013", "illustration", 1018, 635, 897, 429, 0, 0.0),
    ("b014", "body", 1947, 645, 431, 801, 18, 0.0),
    ("b015", "rule", 1019, 1063, 135, 1, 0, 0.0),
    ("b016", "credit", 1764, 1078, 150, 23, 1, 0.0),
    ("b017", "caption", 1020, 1110, 518, 30, 1, 0.0),
    ("b018", "credit", 812, 1115, 174, 23, 1, 0.0),
    ("b019", "caption", 92, 1147, 447, 29, 1, 0.0),
    ("b020", "byline", 1092, 1176, 352, 51, 1, 2.1),
    ("b021", "body", 1020, 1217, 430, 266, 6, 0.0),
    ("b022", "body", 1485, 1176, 429, 309, 7, 0.0),
    ("b023", "body", 556, 1213, 430, 438, 10, 0.0),
    ("b024", "body", 91, 1213, 430, 440, 10, 2.1),
    ("b025", "rule", 1020, 1502, 1362, 1, 0, 0.0),
    ("b026", "kicker", 1020, 1531, 154, 33, 1, 0.0),
    ("b027", "body", 1948, 1532, 431, 850, 18, 2.1),
    ("b028", "headline", 1020, 1584, 894, 178, 2, 0.0),
    ("b029", "rule", 91, 1674, 898, 1, 0, 0.0),
    ("b030", "rule", 91, 1695, 898, 1, 0, 0.0),
    ("b033", "furniture", 457, 1728, 163, 41, 1, 0.0),
    ("b034", "rule", 114, 1780, 854, 1, 0, 0.0),
    ("b035", "byline", 1021, 1779, 279, 52, 1, 0.0),
    ("b036", "body", 1020, 1820, 430, 539, 12, 2.1),
    ("b037", "body", 1485, 1779, 429, 576, 13, 0.0),
    ("b038", "headline", 114, 1803, 295, 37, 1, 0.0),
    ("b039", "body", 115, 1850, 824, 80, 2, 0.0),
    ("b040", "headline", 113, 1961, 220, 36, 1, 0.0),
    ("b041", "body", 114, 2007, 851, 84, 2, 0.0),
    ("b042", "headline", 114, 2116, 73, 37, 1, 0.0),
    ("b043", "body", 115, 2162, 850, 126, 3, 0.0),
    ("b044", "headline", 114, 2318, 146, 37, 1, 0.0),
    ("b045", "body", 114, 2363, 851, 126, 3, 0.0),
    ("b046", "rule", 1019, 2375, 899, 1, 0, 0.0),
    ("b047", "rule", 1947, 2397, 435, 1, 0, 0.0),
    ("b048", "headline", 1022, 2421, 871, 308, 3, 0.1),
    ("b049", "kicker", 1947, 2424, 203, 30, 1, 0.0),
    ("b050", "headline", 1949, 2476, 398, 226, 3, 0.0),
    ("b051", "headline", 115, 2519, 220, 36, 1, 0.0),
    ("b052", "body", 116, 2566, 849, 84, 2, 0.0),
    ("b053", "rule", 92, 2666, 899, 1, 0, 0.0),
    ("b054", "rule", 91, 2687, 899, 1, 0, 0.0),
    ("b055", "headline", 93, 2724, 895, 71, 1, 0.0),
    ("b056", "byline", 1949, 2729, 279, 38, 1, 0.0),
    ("b057", "body", 1948, 2769, 431, 626, 14, 2.1),
    ("b058", "illustration", 1023, 2775, 893, 224, 0, 0.0),
    ("b059", "subheadline", 92, 2799, 893, 87, 2, 0.0),
    ("b061", "byline", 94, 2917, 262, 47, 1, 0.0),
    ("b062", "body", 93, 2955, 431, 451, 10, 2.7),
    ("b063", "body", 558, 2918, 430, 485, 11, 0.0),
    ("b064", "rule", 1079, 2998, 228, 1, 0, 0.0),
    ("b065", "credit", 1775, 3012, 141, 23, 1, 0.0),
    ("b066", "caption", 1020, 3046, 387, 29, 1, 0.0),
    ("b067", "byline", 1093, 3111, 359, 46, 1, 2.1),
    ("b068", "body", 1021, 3151, 430, 222, 5, 0.0),
    ("b069", "body", 1485, 3111, 430, 260, 6, 0.0),
]

#: Fresh pool C zh s2950, six columns: under the lead the market story (kicker, headline
#: over columns 1-3) and beside it in columns 4-5 a headless story (b030, b031) running
#: lower than the market story's text; under them a box of briefs and the trade-in
#: story with its photo; the rail of column 6 beside all.
S2950: list[Row] = [
    ("b001", "furniture", 856, 144, 789, 153, 1, 0.0),
    ("b002", "furniture", 114, 208, 278, 34, 1, 0.0),
    ("b003", "rule", 113, 310, 2276, 1, 0, 0.0),
    ("b004", "furniture", 2081, 334, 303, 34, 1, 0.0),
    ("b005", "furniture", 1213, 335, 71, 36, 1, 0.0),
    ("b006", "furniture", 114, 335, 339, 33, 1, 0.0),
    ("b007", "rule", 113, 376, 2275, 1, 0, 0.0),
    ("b008", "headline", 114, 415, 367, 36, 1, 0.0),
    ("b009", "headline", 2040, 420, 341, 222, 3, 0.1),
    ("b010", "headline", 116, 491, 1508, 126, 1, 0.0),
    ("b011", "headline", 114, 634, 1887, 64, 1, 0.0),
    ("b012", "subheadline", 2035, 655, 343, 132, 3, 0.0),
    ("b013", "byline", 2072, 818, 307, 51, 1, 1.1),
    ("b014", "body", 2035, 873, 351, 1085, 22, 0.0),
    ("b015", "illustration", 114, 721, 1522, 436, 0, 0.0),
    ("b018", "body", 1650, 731, 351, 785, 15, 0.0),
    ("b019", "credit", 1470, 1171, 146, 22, 1, 0.0),
    ("b020", "caption", 114, 1204, 518, 29, 1, 0.0),
    ("b024", "body", 883, 1273, 350, 286, 6, 0.0),
    ("b025", "body", 1267, 1272, 350, 286, 6, 0.0),
    ("b026", "byline", 189, 1273, 277, 52, 1, 2.2),
    ("b027", "body", 114, 1319, 352, 239, 5, 0.0),
    ("b028", "body", 499, 1274, 350, 285, 6, 0.0),
    ("b029", "kicker", 116, 1617, 163, 34, 1, 0.0),
    ("b030", "body", 1267, 1617, 350, 786, 15, 2.1),
    ("b031", "body", 1652, 1617, 350, 735, 15, 0.0),
    ("b032", "headline", 115, 1671, 1119, 78, 1, 0.0),
    ("b033", "headline", 115, 1757, 1119, 68, 1, 0.0),
    ("b036", "byline", 116, 1856, 281, 52, 1, 0.0),
    ("b037", "body", 115, 1902, 350, 441, 9, 2.1),
    ("b038", "body", 499, 1856, 350, 485, 10, 0.1),
    ("b039", "body", 883, 1856, 351, 485, 10, 2.1),
    ("b040", "headline", 2035, 2026, 315, 215, 3, 0.5),
    ("b041", "subheadline", 2036, 2252, 349, 135, 3, 0.0),
    ("b042", "rule", 115, 2391, 1122, 1, 0, 0.0),
    ("b045", "byline", 2037, 2420, 264, 51, 1, 0.0),
    ("b046", "body", 2037, 2466, 351, 890, 18, 2.7),
    ("b047", "furniture", 594, 2424, 162, 41, 1, 0.0),
    ("b048", "illustration", 1252, 2452, 771, 359, 0, 0.0),
    ("b049", "rule", 138, 2476, 1078, 1, 0, 0.0),
    ("b050", "headline", 138, 2499, 147, 37, 1, 0.0),
    ("b051", "body", 138, 2545, 1074, 138, 3, 0.0),
    ("b052", "headline", 138, 2716, 220, 38, 1, 0.0),
    ("b053", "body", 1004, 2762, 208, 36, 1, 0.0),
    ("b054", "body", 138, 2762, 620, 89, 2, 0.0),
    ("b055", "body", 790, 2762, 183, 39, 1, 0.0),
    ("b056", "credit", 1894, 2825, 109, 22, 1, 0.0),
    ("b057", "caption", 1269, 2858, 443, 29, 1, 0.0),
    ("b058", "headline", 137, 2882, 295, 37, 1, 0.0),
    ("b059", "body", 995, 2927, 217, 37, 1, 0.0),
    ("b060", "body", 139, 2928, 827, 85, 2, 0.0),
    ("b061", "headline", 1269, 2940, 734, 282, 3, 0.4),
    ("b062", "rule", 115, 3039, 1123, 1, 0, 0.0),
    ("b066", "byline", 1340, 3251, 277, 51, 1, 2.0),
    ("b067", "body", 1269, 3296, 349, 94, 2, 0.0),
    ("b068", "body", 1653, 3251, 350, 135, 3, 0.0),
]

#: Fresh pool Y zh s2980, six columns: the lead over columns 1-4; in columns 5-6 from the
#: lead's kicker down, two headless stories one under the other (b009-b010, b015-b016,
#: 50 px of white between) over the rescue story (b028); under the lead the letters
#: story, the scam story and the canteen story.
S2980: list[Row] = [
    ("b001", "furniture", 803, 156, 847, 125, 1, 0.0),
    ("b002", "furniture", 117, 225, 344, 32, 1, 0.0),
    ("b003", "rule", 117, 321, 2224, 1, 0, 0.0),
    ("b004", "furniture", 117, 339, 343, 32, 1, 0.0),
    ("b005", "furniture", 1960, 340, 376, 31, 1, 0.0),
    ("b006", "furniture", 1193, 343, 67, 31, 1, 0.0),
    ("b007", "rule", 116, 388, 2224, 1, 0, 0.0),
    ("b008", "kicker", 134, 418, 269, 32, 1, 0.0),
    ("b009", "body", 1614, 419, 348, 622, 13, 2.2),
    ("b010", "body", 1988, 421, 349, 620, 13, 0.0),
    ("b011", "headline", 120, 469, 1366, 258, 2, 0.0),
    ("b012", "headline", 117, 758, 1413, 128, 2, 0.0),
    ("b013", "illustration", 116, 919, 1473, 354, 0, 0.0),
    ("b015", "body", 1613, 1100, 350, 671, 14, 2.1),
    ("b016", "body", 1988, 1100, 349, 622, 13, 0.0),
    ("b017", "rule", 1115, 1272, 49, 1, 0, 0.0),
    ("b018", "caption", 1422, 1271, 167, 33, 1, 0.5),
    ("b019", "caption", 118, 1312, 81, 28, 1, 0.0),
    ("b020", "caption", 398, 1312, 241, 27, 1, 0.0),
    ("b021", "caption", 219, 1312, 46, 27, 1, 0.0),
    ("b022", "caption", 285, 1313, 82, 26, 1, 0.0),
    ("b023", "byline", 116, 1378, 352, 48, 1, 0.0),
    ("b024", "body", 117, 1425, 349, 380, 8, 0.7),
    ("b025", "body", 490, 1378, 351, 426, 9, 0.1),
    ("b026", "body", 864, 1379, 349, 426, 9, 2.8),
    ("b027", "body", 1238, 1378, 350, 426, 9, 0.1),
    ("b028", "headline", 1613, 1835, 723, 182, 2, 0.6),
    ("b029", "body", 1239, 1863, 351, 377, 8, 0.0),
    ("b030", "kicker", 117, 1865, 114, 28, 1, 0.0),
    ("b031", "headline", 117, 1908, 1097, 55, 1, 0.0),
    ("b032", "body", 491, 1996, 349, 231, 5, 0.0),
    ("b033", "body", 117, 1997, 350, 230, 5, 2.2),
    ("b034", "body", 865, 1997, 349, 230, 5, 0.0),
    ("b035", "subheadline", 1613, 2039, 723, 92, 2, 0.0),
    ("b036", "byline", 1613, 2165, 292, 47, 1, 0.0),
    ("b037", "body", 1613, 2208, 350, 824, 17, 2.1),
    ("b038", "body", 1986, 2165, 350, 818, 17, 0.0),
    ("b039", "body", 865, 2299, 349, 720, 15, 0.0),
    ("b040", "kicker", 116, 2301, 130, 31, 1, 0.0),
    ("b041", "kicker", 1241, 2301, 226, 31, 1, 0.0),
    ("b042", "headline", 116, 2347, 723, 261, 3, 0.6),
    ("b043", "headline", 1239, 2348, 345, 189, 3, 0.0),
    ("b044", "headline", 1238, 2555, 339, 130, 3, 0.0),
    ("b045", "byline", 116, 2647, 348, 50, 1, 0.0),
    ("b046", "body", 116, 2694, 349, 281, 6, 0.0),
    ("b047", "body", 491, 2647, 348, 329, 7, 0.0),
    ("b048", "illustration", 1236, 2715, 353, 201, 0, 0.0),
    ("b049", "credit", 1505, 2926, 83, 40, 1, 10.3),
    ("b050", "caption", 1239, 2926, 334, 93, 2, 0.0),
    ("b051", "byline", 1238, 3058, 261, 33, 1, 0.0),
    ("b052", "body", 1239, 3101, 349, 235, 5, 2.2),
]


def _blocks(rows: list[Row], **foot: int) -> list[Block]:
    """Blocks of ``rows`` (id, kind, box, lines, first line's indent in characters);
    ``foot`` moves a block's foot (its id, the new foot's y)."""
    out = []
    for i, kind, x, y, w, h, n, indent in rows:
        box = Box(x, y, w, foot[i] - y if i in foot else h)
        if kind == "body":
            lines = [(indent, OPENING), *[(0.0, RUNNING)] * (n - 1)]
        else:
            lines = [(indent, "城里的新鲜事")] * n
        out.append(indented_block(i, kind, box, lines))
    return out


def _order(blocks: list[Block]) -> tuple[str, ...]:
    return order(Page("p", SRC, "zh", (2480, 3508), blocks=tuple(blocks))).reading_order


def test_a_headless_story_running_lower_than_the_heading_s_story_is_its_stack_s() -> None:
    """s2959: the cobbler story's lead-in beside the parking story's headline opens a
    paragraph and ends under the parking story's foot: no third column of that story.
    Its stack is read after the parking and trade-in stories' (it went between them,
    order-aware CER 0.19 against 0.03 order-free)."""
    got = _order(_blocks(S2959))
    assert got.index("b037") < got.index("b048") < got.index("b069") < got.index("b027"), got
    assert got.index("b027") < got.index("b049") < got.index("b057"), got


def test_a_headless_stack_top_makes_a_module_of_its_columns() -> None:
    """s2950: under the lead, the market story and the box of briefs in columns 1-3 are
    read before the headless story in columns 4-5 and the trade-in story under it (read
    row by row, the headless story went between the market story and the briefs: 0.29
    against 0.04)."""
    got = _order(_blocks(S2950))
    assert got.index("b032") < got.index("b050") < got.index("b060") < got.index("b030"), got
    assert got.index("b030") < got.index("b031") < got.index("b061"), got


def test_two_headless_stories_beside_the_lead_s_heading_are_the_rail_s() -> None:
    """s2980: the two headless stories in columns 5-6 beside the lead's heading, parted
    by a story's white, are no columns of the lead: the rail is read after the stories
    under the lead (read inside the lead: 0.58 against 0.03)."""
    got = _order(_blocks(S2980))
    assert got.index("b027") < got.index("b031") < got.index("b052") < got.index("b009"), got
    assert got.index("b009") < got.index("b015") < got.index("b028") < got.index("b038"), got


def test_a_column_ending_level_with_its_story_beside_its_headline_stays_the_story_s() -> None:
    """The guard: the column beside the parking story's headline opens a paragraph (a
    column break at a paragraph's end) but ends level with the story's other columns, one
    run of text: it is the story's column beside its headline, read with it, before the
    trade-in story under it, as before."""
    got = _order(_blocks(S2959, b027=2355))
    assert got.index("b037") < got.index("b027") < got.index("b048"), got
