"""Columns the cut must find though a block seems to cross their gutter: a column's last
line joined by the reader with the kicker beside it (``order_gutters.line_across_to``),
and a deck beyond its headline's own span widened over a photo's columns
(``headline_reach``).

Either block was the one block across a gutter every other block respects: no gutter
parted the region, and it was read row by row or its blocks sorted across their first
lines. The pages are fresh draws' blocks as read (fresh pool Y en s3196, pool C with ten
stories zh s3147: boxes upright, line counts and first-line indents as read), the text
in other words: every line a whole sentence.
"""

from __future__ import annotations

from conftest import IMAGE_SOURCE as SRC
from conftest import indented_block

from ocr.headline_reach import headline_reach
from ocr.model import Block, Box, Page
from ocr.order import order
from ocr.order_gutters import line_across_to

Row = tuple[str, str, int, int, int, int, int, float]

#: Fresh pool Y en s3196, five columns: the lead over columns 1-4 (headline, deck, photo,
#: four columns of text), beside it in column 5 a box of briefs (b014-b041) over the
#: football story (b048); under the lead the letters (b031), the police appeal (b032,
#: b033), the tribute in column 4 (b030-b047) and the level-crossing story. The tribute's
#: column's last line and the football story's kicker beside it were read as one line
#: (b045, 856 px wide, the columns 439).
S3196: list[Row] = [
    ("b001", "furniture", 731, 131, 1005, 123, 1, 0.0),
    ("b002", "rule", 95, 284, 2280, 1, 0, 0.0),
    ("b003", "furniture", 95, 306, 370, 31, 1, 0.0),
    ("b004", "furniture", 1189, 307, 91, 33, 1, 0.0),
    ("b005", "furniture", 2145, 308, 229, 28, 1, 0.0),
    ("b006", "rule", 95, 350, 2280, 1, 0, 0.0),
    ("b007", "rule", 1933, 380, 442, 1, 0, 0.0),
    ("b008", "rule", 2370, 378, 7, 1851, 0, 0.0),
    ("b009", "rule", 1931, 379, 7, 1850, 0, 0.0),
    ("b010", "headline", 97, 387, 185, 24, 1, 0.0),
    ("b011", "furniture", 2004, 409, 300, 30, 1, 0.0),
    ("b012", "headline", 96, 443, 1790, 192, 2, 0.1),
    ("b013", "rule", 1955, 464, 398, 1, 0, 0.0),
    ("b014", "headline", 1956, 486, 189, 33, 1, 0.0),
    ("b015", "body", 1955, 530, 397, 414, 9, 0.0),
    ("b016", "headline", 95, 680, 1724, 48, 1, 0.0),
    ("b017", "illustration", 95, 755, 1819, 284, 0, 0.0),
    ("b018", "headline", 1956, 982, 287, 34, 1, 0.0),
    ("b019", "body", 1956, 1027, 396, 320, 7, 0.0),
    ("b020", "credit", 1686, 1051, 228, 20, 1, 0.0),
    ("b021", "caption", 96, 1082, 1186, 26, 1, 0.0),
    ("b022", "byline", 95, 1149, 292, 33, 1, 0.0),
    ("b023", "body", 556, 1149, 439, 321, 7, 0.0),
    ("b024", "body", 1015, 1149, 440, 313, 7, 0.0),
    ("b025", "body", 1475, 1149, 439, 318, 7, 0.0),
    ("b026", "body", 96, 1196, 439, 267, 6, 0.0),
    ("b027", "headline", 1955, 1383, 128, 26, 1, 0.0),
    ("b028", "body", 1954, 1428, 398, 368, 8, 0.1),
    ("b029", "rule", 95, 1499, 1820, 1, 0, 0.0),
    ("b030", "kicker", 1474, 1527, 143, 25, 1, 0.0),
    ("b031", "body", 95, 1529, 440, 845, 18, 1.7),
    ("b032", "body", 555, 1528, 440, 699, 15, 1.7),
    ("b033", "body", 1015, 1528, 439, 697, 15, 0.0),
    ("b034", "headline", 1475, 1576, 405, 179, 3, 0.0),
    ("b035", "byline", 1474, 1789, 291, 32, 1, 0.0),
    ("b036", "body", 1956, 1812, 128, 32, 1, 0.0),
    ("b037", "body", 1475, 1835, 438, 411, 9, 0.0),
    ("b038", "headline", 1955, 1881, 161, 25, 1, 0.0),
    ("b039", "body", 1956, 1925, 325, 80, 2, 0.0),
    ("b040", "headline", 1956, 2021, 397, 80, 2, 0.0),
    ("b041", "headline", 1957, 2117, 313, 80, 2, 0.0),
    ("b042", "rule", 1933, 2227, 442, 1, 0, 0.0),
    ("b043", "rule", 1933, 2249, 442, 1, 0, 0.0),
    ("b044", "rule", 554, 2263, 901, 1, 0, 0.0),
    ("b045", "body", 1476, 2268, 856, 32, 1, 0.0),
    ("b046", "kicker", 555, 2291, 232, 21, 1, 0.0),
    ("b047", "body", 1475, 2316, 439, 174, 4, 0.0),
    ("b048", "headline", 1934, 2326, 436, 182, 3, 0.0),
    ("b049", "headline", 555, 2338, 843, 240, 3, 0.0),
    ("b050", "rule", 95, 2407, 441, 1, 0, 0.0),
    ("b051", "kicker", 97, 2435, 136, 24, 1, 0.0),
    ("b052", "headline", 96, 2480, 373, 212, 4, 0.0),
    ("b053", "rule", 1473, 2522, 442, 1, 0, 0.0),
    ("b054", "subheadline", 1933, 2525, 431, 129, 3, 0.0),
    ("b055", "illustration", 1473, 2543, 440, 237, 0, 0.0),
    ("b056", "byline", 555, 2631, 267, 32, 1, 0.0),
    ("b057", "body", 1015, 2630, 439, 653, 14, 0.0),
    ("b058", "byline", 555, 2678, 351, 30, 1, 0.0),
    ("b059", "illustration", 1933, 2682, 440, 245, 0, 0.0),
    ("b060", "illustration", 96, 2720, 439, 230, 0, 0.0),
    ("b061", "body", 557, 2726, 438, 561, 12, 1.7),
    ("b062", "credit", 1675, 2791, 239, 16, 1, 0.0),
    ("b063", "caption", 1475, 2823, 364, 62, 2, 0.0),
    ("b064", "kicker", 1475, 2924, 150, 25, 1, 0.0),
    ("b065", "credit", 2150, 2940, 223, 16, 1, 0.0),
    ("b066", "rule", 107, 2949, 93, 1, 0, 0.0),
    ("b067", "caption", 358, 2963, 177, 15, 1, 0.0),
    ("b068", "caption", 1932, 2970, 400, 128, 4, 0.0),
    ("b069", "headline", 1485, 2972, 421, 182, 3, 0.0),
    ("b070", "caption", 96, 2993, 410, 21, 1, 0.0),
    ("b071", "caption", 96, 3029, 396, 62, 2, 0.0),
    ("b072", "byline", 96, 3132, 280, 32, 1, 0.0),
    ("b073", "body", 1933, 3145, 442, 125, 3, 1.9),
    ("b074", "body", 96, 3181, 439, 125, 3, 0.0),
    ("b075", "subheadline", 1475, 3182, 432, 130, 3, 0.0),
    ("b076", "rule", 95, 3355, 2280, 1, 0, 0.0),
    ("b077", "furniture", 96, 3373, 689, 31, 1, 0.0),
]

#: Fresh pool C zh s3147 (ten stories), seven columns: a rail of briefs and two stories in
#: columns 1-2; the metro story over columns 3-7 (kicker, headline in two pieces, a second
#: headline line b019), under it the photo over columns 3-6 (b020, caption b030) and the
#: four columns of text under that (b034-b038), and its last column in column 7 opening on
#: a line read as a deck (b021) beside the photo.
S3147: list[Row] = [
    ("b001", "furniture", 864, 119, 756, 145, 1, 0.0),
    ("b002", "rule", 112, 315, 2257, 1, 0, 0.0),
    ("b003", "furniture", 114, 334, 315, 30, 1, 0.0),
    ("b004", "furniture", 1905, 334, 461, 30, 1, 0.0),
    ("b005", "furniture", 1208, 337, 64, 30, 1, 0.0),
    ("b006", "rule", 112, 382, 2257, 1, 0, 0.0),
    ("b007", "rule", 112, 412, 614, 1, 0, 0.0),
    ("b008", "rule", 110, 411, 7, 1026, 0, 0.0),
    ("b009", "rule", 721, 411, 7, 1026, 0, 0.0),
    ("b010", "kicker", 770, 416, 307, 27, 1, 0.0),
    ("b011", "furniture", 343, 438, 152, 36, 1, 0.4),
    ("b012", "headline", 1411, 467, 795, 114, 1, 0.0),
    ("b013", "headline", 774, 468, 632, 113, 1, 0.0),
    ("b014", "rule", 1407, 469, 3, 111, 0, 0.0),
    ("b015", "rule", 134, 494, 570, 1, 0, 0.0),
    ("b016", "headline", 136, 513, 136, 31, 1, 0.0),
    ("b017", "rule", 745, 551, 6, 2748, 0, 0.0),
    ("b018", "body", 136, 553, 566, 194, 5, 0.0),
    ("b019", "headline", 772, 615, 1510, 57, 1, 0.0),
    ("b020", "illustration", 769, 705, 1270, 416, 0, 0.0),
    ("b021", "subheadline", 2085, 707, 282, 174, 4, 0.0),
    ("b022", "byline", 2153, 870, 214, 52, 1, 2.2),
    ("b023", "body", 2084, 912, 283, 541, 10, 0.0),  # (13 lines 51 px high, as read)
    ("b024", "rule", 2059, 713, 6, 1438, 0, 0.0),
    ("b025", "headline", 136, 786, 136, 31, 1, 0.0),
    ("b026", "body", 135, 827, 567, 158, 4, 0.0),
    ("b027", "headline", 136, 1018, 66, 31, 1, 0.0),
    ("b028", "body", 136, 1059, 566, 158, 4, 0.0),
    ("b029", "credit", 1936, 1132, 101, 19, 1, 0.0),
    ("b030", "caption", 770, 1163, 412, 25, 1, 0.0),
    ("b031", "rule", 1073, 1202, 6, 321, 0, 0.0),
    ("b032", "rule", 1402, 1202, 6, 2097, 0, 0.0),
    ("b033", "rule", 1730, 1202, 6, 949, 0, 0.0),
    ("b034", "byline", 839, 1221, 214, 47, 1, 2.2),
    ("b035", "body", 771, 1258, 282, 247, 6, 1.0),
    ("b036", "body", 1100, 1221, 280, 284, 7, 0.0),
    ("b037", "body", 1757, 1221, 280, 284, 7, 0.0),
    ("b038", "body", 1427, 1222, 283, 284, 7, 0.0),
    ("b039", "headline", 136, 1249, 276, 32, 1, 0.0),
    ("b040", "body", 135, 1291, 567, 115, 3, 0.0),
    ("b041", "rule", 112, 1435, 614, 1, 0, 0.0),
    ("b042", "rule", 112, 1456, 614, 1, 0, 0.0),
    ("b043", "kicker", 114, 1479, 151, 28, 1, 0.0),
    ("b044", "headline", 116, 1522, 594, 188, 2, 0.0),
    ("b045", "rule", 769, 1532, 1600, 1, 0, 0.0),
    ("b046", "body", 1756, 1552, 281, 411, 10, 2.7),
    ("b047", "byline", 1427, 1553, 217, 32, 1, 0.0),
    ("b048", "body", 1427, 1590, 282, 373, 9, 2.2),
    ("b049", "body", 2085, 1553, 282, 368, 9, 0.0),
    ("b050", "kicker", 770, 1556, 223, 28, 1, 0.0),
    ("b051", "headline", 772, 1600, 605, 194, 3, 0.0),
    ("b052", "headline", 116, 1733, 316, 77, 1, 0.0),
    ("b053", "illustration", 769, 1823, 613, 220, 0, 0.0),
    ("b054", "byline", 114, 1847, 258, 47, 1, 0.0),
    ("b055", "body", 113, 1893, 282, 532, 13, 0.2),
    ("b056", "body", 443, 1847, 281, 578, 13, 0.0),
    ("b057", "rule", 416, 1853, 6, 590, 0, 0.0),
    ("b058", "credit", 1246, 2054, 135, 19, 1, 0.0),
    ("b059", "caption", 770, 2085, 358, 25, 1, 0.0),
    ("b060", "rule", 769, 2160, 1600, 1, 0, 0.0),
    ("b061", "illustration", 1426, 2179, 941, 430, 0, 0.0),
    ("b062", "headline", 772, 2189, 566, 254, 3, 0.1),
    ("b063", "rule", 112, 2452, 614, 1, 0, 0.0),
    ("b064", "headline", 770, 2466, 576, 82, 2, 0.0),
    ("b065", "headline", 115, 2477, 546, 162, 2, 0.6),
    ("b066", "byline", 839, 2578, 213, 32, 1, 2.2),
    ("b067", "body", 770, 2614, 283, 668, 16, 0.7),
    ("b068", "body", 1100, 2578, 280, 662, 16, 0.0),
    ("b069", "rule", 1073, 2584, 6, 715, 0, 0.0),
    ("b070", "credit", 2232, 2620, 135, 19, 1, 0.0),
    ("b071", "caption", 1428, 2651, 507, 25, 1, 0.0),
    ("b072", "headline", 114, 2662, 583, 80, 2, 0.0),
    ("b073", "kicker", 1427, 2711, 208, 28, 1, 0.0),
    ("b074", "headline", 1431, 2759, 909, 216, 2, 0.0),
    ("b075", "byline", 114, 2772, 254, 60, 1, 0.0),
    ("b076", "body", 114, 2792, 281, 474, 11, 2.7),
    ("b077", "body", 443, 2772, 281, 494, 12, 0.0),
    ("b078", "rule", 416, 2778, 6, 521, 0, 0.0),
    ("b079", "byline", 1428, 3014, 258, 47, 1, 0.0),
    ("b080", "body", 1428, 3060, 281, 238, 6, 0.2),
    ("b081", "body", 1756, 3014, 282, 284, 7, 2.2),
    ("b082", "body", 2085, 3014, 282, 284, 7, 0.3),
    ("b083", "rule", 1730, 3020, 6, 279, 0, 0.0),
    ("b084", "rule", 2059, 3020, 6, 279, 0, 0.0),
    ("b085", "rule", 112, 3342, 2257, 1, 0, 0.0),
    ("b086", "furniture", 114, 3355, 651, 30, 1, 0.0),
]


def _blocks(rows: list[Row], lang: str, **wide: int) -> list[Block]:
    """Blocks of ``rows`` (id, kind, box, lines, first line's indent in characters);
    ``wide`` sets a block's width (its id, the new width)."""
    text = "The harbour trust met on Monday." if lang == "en" else "街坊们说这一变化让出行方便。"
    out = []
    for i, kind, x, y, w, h, n, indent in rows:
        box = Box(x, y, wide.get(i, w), h)
        out.append(indented_block(i, kind, box, [(indent, text)] + [(0.0, text)] * (n - 1)))
    return out


def _order(blocks: list[Block], lang: str) -> tuple[str, ...]:
    return order(Page("p", SRC, lang, (2480, 3508), blocks=tuple(blocks))).reading_order


def test_a_column_s_line_joined_with_the_kicker_beside_it_parts_no_gutter() -> None:
    """s3196: the tribute's last line joined with the football story's kicker (b045) is
    column 4's: the lead and the stories under it are read before the box of briefs in
    column 5 (read row by row, the briefs went first and the stories under the lead
    were read across: order-aware CER 0.60 against 0.001 order-free)."""
    got = _order(_blocks(S3196, "en"), "en")
    assert got.index("b012") < got.index("b022") < got.index("b025") < got.index("b014"), got
    assert got.index("b031") < got.index("b032") < got.index("b037") < got.index("b014"), got
    assert got.index("b037") < got.index("b045") < got.index("b047"), got
    assert got.index("b014") < got.index("b018") < got.index("b027") < got.index("b048"), got


def test_a_deck_beyond_its_headline_heads_its_own_column() -> None:
    """s3147: the line read as a deck in column 7 (b021), beyond the headline piece over
    it, is no deck over the photo's columns: the four columns under the photo are read
    in turn, then column 7 (sorted across their first lines, they went b036, b037,
    b038, b035, and column 7 before them: 0.235 against 0.042)."""
    got = _order(_blocks(S3147, "zh"), "zh")
    assert got.index("b030") < got.index("b034") < got.index("b035") < got.index("b036"), got
    assert got.index("b036") < got.index("b038") < got.index("b037") < got.index("b021"), got
    assert got.index("b021") < got.index("b022") < got.index("b023"), got


def test_a_line_across_a_box_s_measure_keeps_its_span() -> None:
    """The guard: a one-line body across two columns that goes on from no column of
    running text ending right over its start (a line set to a box's two-column measure,
    over short items; the columns under it start level with it and end short of it, but
    the line does not go on from them) is no joined line: it keeps its span."""
    blocks = _blocks([
        ("a1", "body", 100, 100, 900, 40, 1, 0.0),
        ("a2", "body", 100, 150, 430, 80, 2, 0.0),
        ("a3", "body", 570, 150, 430, 80, 2, 0.0),
        ("a4", "body", 100, 400, 430, 300, 8, 0.0),
        ("a5", "body", 570, 400, 430, 300, 8, 0.0),
    ], "en")
    assert line_across_to(blocks[0], blocks) == 1000


def test_a_deck_under_its_headline_beside_its_photo_still_heads_its_columns() -> None:
    """The guard: a subheadline whose middle stands under its headline (held-out S3 s835:
    the second writer's name under the school story's headline, beside its photo) heads
    the columns the headline reaches, as before."""
    blocks = _blocks([
        ("h", "headline", 100, 100, 900, 100, 2, 0.0),
        ("p", "illustration", 100, 230, 430, 200, 0, 0.0),
        ("d", "subheadline", 570, 230, 300, 60, 2, 0.0),
        ("t1", "body", 100, 460, 430, 400, 10, 0.0),
        ("t2", "body", 570, 320, 430, 540, 13, 0.0),
        ("t3", "body", 1040, 320, 430, 540, 13, 0.0),
    ], "en")
    wide = {b.id: b.box for b in headline_reach(blocks, [])}
    assert wide["d"].x <= 100 and wide["d"].right >= 1000, wide["d"]


def test_a_line_under_a_column_with_no_column_beside_keeps_its_span() -> None:
    """The guard's other half: a one-line body going on from a column ending right over
    its start, but running into no column of running text (only a short item beside the
    column), crosses no gutter between two columns: it keeps its span."""
    blocks = _blocks([
        ("a1", "body", 100, 100, 430, 300, 8, 0.0),
        ("a2", "body", 570, 100, 430, 80, 2, 0.0),
        ("a3", "body", 100, 410, 900, 40, 1, 0.0),
    ], "en")
    assert line_across_to(blocks[2], blocks) == 1000
