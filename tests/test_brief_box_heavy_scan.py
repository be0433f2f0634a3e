"""A ruled box of briefs on a heavy scan, where one brief ends and the next begins
(``layout.brief_box._cuts``): the line boxes and measures (type size, stroke) of pages
drawn from the study pools (pool Y s2225, pool S s2204, pool V s2216, all heavy), as
layout measured them, written out here. On main each box's briefs were one brief: the
page lost an article to the brief above it."""

from __future__ import annotations

import numpy as np

from ocr.layout.blocks import Region
from ocr.layout.brief_box import _core, _cuts
from ocr.model import BlockKind, Box

#: (x, y, w, h, type size, stroke) of a line
Measured = tuple[int, int, int, int, float, float]


def _cut_heads(pieces: list[list[Measured]]) -> list[int]:
    """The tops of the heads ``_cuts`` finds among ``pieces`` (each a piece's lines)."""
    measures = {(x, y, w, h): (size, weight) for piece in pieces for x, y, w, h, size, weight
                in piece}
    regions = []
    for piece in pieces:
        boxes = [Box(x, y, w, h) for x, y, w, h, _, _ in piece]
        box = Box.enclosing(boxes)
        assert box is not None
        regions.append(Region(BlockKind.BODY, box, tuple(boxes)))

    def measure(ln: Box) -> Region:
        """A line's measures; a row joined from pieces measures as its widest piece."""
        inside = [(w, k) for k in measures if (w := k[2]) and ln.x <= k[0]
                  and k[0] + w <= ln.right and ln.y <= k[1] and k[1] + k[3] <= ln.bottom]
        size, weight = measures[max(inside)[1]]
        return Region(BlockKind.BODY, ln, (ln,), size, weight=weight)

    return [heads[0].y for _, _, heads in _cuts(regions, measure) if heads]


#: s2225 (pool Y, English, heavy): a box's title, then ``50 years ago`` over five lines,
#: a row of specks strewn 23 px deep over the white under them (its marks 10 px against
#: 27 px type), ``Planning applications`` over five, a speck, ``Shipping movements``.
S2225 = [
    [(1913, 424, 236, 32, 31.3, 8.82)],
    [(1681, 503, 210, 35, 27.0, 7.68)],
    [(1681, 549, 621, 35, 26.0, 4.44), (1681, 597, 702, 36, 27.0, 4.52),
     (1682, 646, 701, 39, 27.0, 4.4), (1681, 696, 702, 41, 27.0, 4.34),
     (1682, 745, 476, 31, 25.3, 4.47), (1938, 784, 291, 23, 10.0, 8.78),
     (1681, 814, 351, 36, 27.2, 7.21), (1686, 862, 697, 35, 26.5, 4.46),
     (1681, 910, 700, 36, 27.0, 4.35), (1681, 959, 700, 36, 27.0, 4.39),
     (1683, 1009, 698, 34, 25.7, 4.46), (1682, 1058, 389, 35, 27.0, 4.39),
     (2073, 1095, 11, 23, 10.0, 10.2)],
    [(1682, 1127, 387, 36, 30.0, 7.15)],
    [(1682, 1173, 701, 36, 27.0, 4.44), (1682, 1223, 701, 35, 27.0, 4.53),
     (1681, 1271, 700, 36, 27.0, 4.35), (1682, 1320, 646, 36, 26.0, 4.38)],
]


def test_a_row_of_specks_between_two_briefs_is_no_line_of_the_box() -> None:
    """The specks' row, kept as a line, took the 38 px of white between the briefs for
    two gaps of leading (8 and 7 px): ``Planning applications`` opened no brief."""
    assert _cut_heads(S2225) == [503, 814, 1127]


def test_a_line_of_small_letters_between_two_briefs_is_still_a_line() -> None:
    """Guard: a line measuring as lower-case type does (0.7 of the box's: ``a.m.``) is
    type, and the white either side of it is leading: no brief opens under it."""
    lower = [[*p[:5], (1938, 784, 291, 23, 19.0, 4.4), *p[6:]] if len(p) > 6 else p
             for p in S2225]
    assert 814 not in _cut_heads(lower)


#: s2204 (pool S, Chinese, heavy): a box across the page, its title ``新闻速递`` and three
#: briefs of a bold head over one line of text each; the last text line in two pieces
#: (the XY-cut's white under it), specks.
S2204 = [
    [(2356, 2074, 4, 6, 6.0, 4.0)], [(1966, 1995, 11, 10, 10.0, 10.6)],
    [(1572, 2116, 11, 10, 10.0, 10.3)], [(1131, 2067, 271, 35, 34.0, 3.7)],
    [(878, 2067, 225, 35, 33.4, 3.91)], [(195, 2024, 218, 34, 34.0, 7.65)],
    [(198, 2066, 652, 36, 34.7, 3.95)], [(194, 1906, 764, 44, 34.9, 7.09)],
    [(195, 1955, 1316, 37, 34.0, 3.85)], [(1467, 1883, 6, 6, 6.0, 6.0)],
    [(194, 1799, 255, 36, 35.0, 7.25)], [(198, 1842, 1564, 36, 34.0, 3.93)],
    [(1194, 1700, 4, 4, 4.0, 4.0), (1336, 1707, 8, 8, 8.0, 8.0)],
    [(1187, 1722, 161, 39, 38.0, 7.32)], [(233, 1738, 30, 7, 6.7, 5.45)],
]


def test_briefs_of_one_line_each_in_a_box_across_the_page_are_parted() -> None:
    """Counted by lines, the heads were half the box: their stroke was taken for the
    text's and the white between briefs for its leading (median 18 px, the text's 7-8),
    and the one line in two pieces for two measures side by side. Weighed by the lines'
    length, each head opens its brief."""
    assert _cut_heads(S2204) == [1799, 1906, 2024]


#: s2216 (pool V, Chinese, heavy): a box across the page, three briefs (a bold head set
#: tight over one or two lines of text), the long lines in pieces over the columns under
#: the box, specks.
S2216 = [
    [(208, 1397, 157, 38, 38.0, 10.22), (212, 1436, 1717, 36, 36.0, 3.76)],
    [(2048, 1317, 56, 22, 20.8, 4.89), (2048, 1340, 28, 12, 11.2, 3.48)],
    [(2051, 1146, 311, 36, 36.0, 3.93)], [(2267, 1091, 10, 11, 11.0, 8.83)],
    [(1813, 1315, 226, 38, 37.0, 3.92)], [(1814, 1146, 206, 37, 36.3, 3.73)],
    [(1735, 1316, 68, 36, 33.4, 3.98)], [(1753, 1251, 9, 8, 8.0, 8.38)],
    [(1792, 1139, 9, 6, 6.0, 6.14), (1736, 1152, 44, 30, 21.1, 3.36)],
    [(210, 1277, 157, 38, 38.0, 12.36), (210, 1316, 1516, 37, 37.0, 3.83)],
    [(1463, 1241, 4, 5, 5.0, 3.8)], [(1455, 1146, 270, 37, 34.8, 3.68)],
    [(1441, 1171, 5, 5, 5.0, 4.4)], [(1380, 1250, 5, 4, 4.0, 4.75)],
    [(1200, 1146, 228, 37, 36.0, 4.04)], [(1353, 1094, 7, 7, 7.0, 5.71)],
    [(1172, 1159, 10, 10, 8.9, 2.22)], [(1004, 1146, 152, 36, 35.5, 3.69)],
    [(1138, 1087, 6, 6, 6.0, 6.0)], [(964, 1147, 31, 35, 34.8, 3.45)],
    [(927, 1175, 4, 6, 6.0, 2.83)], [(556, 1245, 6, 6, 6.0, 6.0)],
    [(209, 1196, 316, 37, 36.1, 3.86)],
    [(209, 1106, 340, 39, 39.0, 10.83), (213, 1146, 705, 36, 36.0, 3.72)],
    [(2018, 1038, 10, 10, 10.0, 10.0)], [(1199, 1019, 274, 43, 40.4, 8.34)],
    [(1006, 1001, 6, 7, 7.0, 5.0)], [(824, 1023, 4, 4, 4.0, 4.0)],
    [(637, 1023, 7, 6, 6.0, 6.17)],
]


def test_briefs_whose_long_lines_lie_in_pieces_are_parted() -> None:
    """Ten pieces joined into rows of eight were taken for two measures side by side;
    a line in one piece runs most of the rows' width (1,717 of 2,021 px): one measure.
    The heads set tight over their text weigh little in the leading (13 px, not 1), so
    no brief's short last line is parted from it."""
    assert _cut_heads(S2216) == [1106, 1277, 1397]


def test_two_measures_side_by_side_in_a_box_are_not_parted() -> None:
    """Guard: a box of two measures (every row two pieces, no line across both) is not
    one measure of briefs, however its white falls."""
    rows = [(y, y + 20 * (k % 3 == 2)) for k, y in enumerate(range(100, 600, 50))]
    pieces = [[(100, y, 300, 36, 27.0, 4.4), (460, y, 300, 36, 27.0, 4.4)] for y, _ in rows]
    pieces[3] = [(100, 250 + 30, 150, 36, 27.0, 7.5), (460, 250 + 30, 300, 36, 27.0, 4.4)]
    assert _cut_heads(pieces) == []


def test_a_boxed_story_s_headline_across_its_columns_makes_it_no_measure_of_briefs() -> None:
    """Guard (S6 s869, a story boxed by rules): its headline and deck run across the two
    columns of its text; they are no line of the box's text, so the columns' rows, two
    pieces each, still say two measures and the story is not cut into briefs."""
    pieces: list[list[Measured]] = [
        [(734, 504, 1060, 86, 77.2, 21.7)], [(727, 628, 784, 82, 80.0, 19.6)],
        [(725, 865, 1027, 54, 41.4, 6.95)], [(725, 930, 814, 55, 43.0, 7.15)]]
    for k, y in enumerate(range(1015, 1600, 49)):
        gap = 30 * (k % 5 == 4)
        pieces.append([(727, y + gap, 520, 39, 30.0, 5.6), (1290, y + gap, 530, 39, 30.0, 5.6)])
    assert _cut_heads(pieces) == []


def test_a_box_whose_side_joined_the_column_rule_beside_it_is_found() -> None:
    """s2201 (pool X, English, heavy): the box's left side, a few pixels off the column
    rule under it, was found joined with it, from where the column rule begins (542) down
    the page; the box's top rule (388) lay outside the span the sides share, and no box
    was found: its five briefs were one article. Both sides run along the white between
    its top and foot rules: a box."""
    from ocr.layout.brief_box import ruled_boxes

    vrules = [Box(0, 0, 91, 3508), Box(2405, 389, 7, 2115), Box(1840, 542, 7, 2769),
              Box(1262, 1346, 7, 1967), Box(683, 1347, 7, 1171), Box(684, 2790, 6, 525)]
    hrules = [Box(119, 286, 2290, 8), Box(120, 1876, 1710, 7), Box(120, 358, 2289, 7),
              Box(121, 2525, 1709, 6), Box(122, 3367, 2288, 7), Box(1855, 2499, 556, 6),
              Box(1855, 388, 555, 6), Box(1856, 2520, 554, 6), Box(1877, 475, 510, 6)]
    assert Box(1847, 394, 558, 2105) in ruled_boxes(hrules, vrules, 18.0)


def test_a_box_whose_side_joined_the_scan_s_dark_edge_is_found() -> None:
    """s2213 (pool U, English, heavy): the box's right side ran into the scan's dark edge
    strip (one "rule" 166 px wide); its top and foot rules end inside the strip, 39 px
    past its inner edge, not at the strip's outer edge: the box is found."""
    from ocr.layout.brief_box import ruled_boxes

    vrules = [Box(2386, 52, 166, 3507), Box(1852, 554, 8, 2847), Box(695, 1294, 6, 290),
              Box(1274, 1294, 6, 1044), Box(694, 1936, 7, 1464), Box(1273, 2853, 6, 546)]
    hrules = [Box(133, 299, 2291, 8), Box(134, 370, 2289, 7), Box(1868, 2484, 556, 7),
              Box(1869, 401, 556, 7), Box(1892, 487, 510, 6)]
    assert Box(1860, 408, 526, 2076) in ruled_boxes(hrules, vrules, 18.0)


def test_rules_across_a_row_of_columns_that_end_short_of_a_side_close_no_box() -> None:
    """Guard: two rules over and under a row of stories, ending a gutter short of a column
    rule that runs the page (S6 s871's layout, sides apart): no box between them."""
    from ocr.layout.brief_box import ruled_boxes

    vrules = [Box(600, 100, 7, 3000), Box(1800, 100, 7, 3000)]
    hrules = [Box(700, 1000, 1000, 6), Box(700, 1800, 1000, 6)]
    assert ruled_boxes(hrules, vrules, 18.0) == []


#: s2237 (pool V, English, heavy): ink a row across the line over the head ``Port cargo up 8
#: percent`` (its last rows: a speck 8 px wide under the descenders, a white row between),
#: across the head (a speck over it, white rows, then the head's type), and across a line
#: of running text (descender rows, no white row in them).
OVER = [1, 27, 61, 64, 58, 59, 55, 56, 56, 49, 46, 36, 47, 183, 329, 344, 279, 231, 244, 245,
        199, 193, 191, 197, 206, 202, 192, 197, 241, 331, 359, 204, 43, 7, 8, 8, 8, 9, 9, 11,
        15, 16, 13, 0, 0, 8, 8, 8, 8, 8, 8, 9, 9]
HEAD = [8, 8, 8, 8, 8, 8, 8, 8, 0, 0, 0, 14, 17, 27, 25, 23, 29, 34, 35, 35, 36, 40, 150, 230,
        256, 240, 197, 182, 182, 170, 153, 153, 155, 157, 161, 160, 159, 157, 190, 223, 224, 145,
        40, 23, 21, 19, 22, 20, 20, 23, 23, 31, 31, 28, 7]
TEXT = [19, 51, 68, 67, 68, 60, 65, 59, 46, 42, 44, 56, 231, 496, 557, 465, 377, 360, 348, 319,
        323, 328, 333, 339, 330, 317, 337, 391, 493, 568, 371, 74, 18, 15, 16, 16, 14, 12, 13,
        19, 22, 20, 6]


def _ink(rows: list[int], width: int) -> np.ndarray:
    """A line's ink with ``rows[i]`` pixels inked in row ``i``."""
    out = np.zeros((len(rows), width), dtype=bool)
    for i, n in enumerate(rows):
        out[i, :n] = True
    return out


def test_a_speck_a_white_row_parts_from_a_line_is_not_the_line_s() -> None:
    """The specks over the head and under the line above it left 18 px of the 40 between
    the two briefs, under the box's leading and a half: ``Port cargo`` opened no brief.
    Without them the line ends at its descenders and the head starts at its type."""
    assert _core(_ink(OVER, 642), Box(0, 0, 642, len(OVER)), 43.0) == Box(0, 0, 642, 43)
    assert _core(_ink(HEAD, 558), Box(0, 0, 558, len(HEAD)), 43.0) == Box(0, 11, 558, 44)


def test_a_line_s_descenders_and_accents_joined_to_its_type_are_kept() -> None:
    """Guard: a line of running text whose descender rows hold little ink but no white row
    keeps its box."""
    assert _core(_ink(TEXT, 1061), Box(0, 0, 1061, len(TEXT)), 43.0) == Box(0, 0, 1061, 43)
