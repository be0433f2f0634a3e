"""A Chinese brief of two lines set on two columns under its headline (``pdftotext
-layout``): the headline crosses the gutter and two rows are too few for a gutter, so
the brief was read row by row across, its first column's sentence broken off in the
middle and its second column's text read between (ocr/readers/textgrid.py,
``_head_on_top``; ocr/readers/gridcuts.py, ``_cjk_gutter``).

Chinese running text holds no run of spaces, so a run of three cells or more between
Chinese text on both rows parts two columns even there. The page is drawn here.
"""

from __future__ import annotations

from ocr.model import Box
from ocr.readers.gridcuts import _cjk_gutter, ink_mask
from ocr.readers.textgrid import read_grid

W = 24  # a column's cells, its gutter included

#: A story on three columns over the brief, the brief's two columns, and a story under
#: it: (first, second, third column) row by row.
ABOVE = [
    ("  本报讯（记者 周岚）记者", "物、书籍和生活用品，所得", "元将全部用于资助困难学"),
    ("从市团委获悉，第三届青年", "善款全部捐给山区学校。", "生，活动还将持续到月底。"),
    ("公益集市9日在中心广场举", "  据统计，当天共有两千余", "  主办方表示，今后每年"),
    ("办，40余家青年社团设摊义", "名市民参与，筹得善款3.6万", "春秋两季都将举办集市。"),
    ("卖，市民可用零钱换购手工", "", ""),
]
HEAD = "部分路段今晚封闭施工"
BRIEF = [("  因地铁施工需要，今晚22时", "时封闭，请过往车辆绕行。"),
         ("至次日5时，建设大道中段将临", "")]
BELOW = [
    ("  本报讯（记者 韩冬）今年", "口和居民小区的路段优先安", "  市交通部门提醒，新设施"),
    ("以来，我市在城区新增智能", "装，目前已完成工程总量的", "启用后，将按规定对违法停"),
    ("停车泊位1200个，主要集中", "七成，预计年底全部完工。", "车行为进行处罚。"),
    ("在学校、医院周边，商圈入", "", ""),
]


def _row(pieces: tuple[str, ...]) -> str:
    line = ""
    for k, piece in enumerate(pieces):
        if piece:
            line = line.ljust(k * W) + piece
    return line.rstrip()


def _page() -> str:
    rows = [_row(r) for r in ABOVE] + ["", " " * 12 + HEAD]
    rows += [_row(r) for r in BRIEF] + [""] + [_row(r) for r in BELOW]
    return "\n".join(rows) + "\n"


def test_a_two_line_brief_under_its_headline_is_read_column_by_column() -> None:
    """The headline, then the first column's two lines, then the second's: the
    sentence reads on from ``次日5时…将临`` into ``时封闭``."""
    out = read_grid(_page())
    first, last = BRIEF[0][0].strip(), BRIEF[0][1]
    assert out.index(HEAD) < out.index(first) < out.index(BRIEF[1][0]) < out.index(last)
    assert not any(first in x and last in x for x in out.split("\n"))


def test_two_rows_of_latin_text_are_not_parted_so() -> None:
    """Justified Latin word spaces may stand three cells wide on two rows at once: the
    rule is Chinese only, and a Latin brief under its headline keeps its rows whole."""
    text = [list("The board voted    to close"), list("Main Street on    Sunday.")]
    mask = ink_mask(text)
    assert not _cjk_gutter(text, Box(0, 0, mask.shape[1], mask.shape[0]), (15, 19))
