"""Chinese columns not level, written a line a block (pdfminer, pdftotext): woven back.

The page is drawn here: a story of three columns whose first column sits under its
byline, so the other columns' lines stand half a line higher and the extractor
writes the band's lines in turn, the second column's, the third's, the first's.
"""

from __future__ import annotations

from ocr.markers import reader_marks
from ocr.profiles import load_profile
from ocr.readers.text import read_text
from ocr.readers.textweave import unweave

COL1 = ["记者从市水务局获悉，今年全市新建改造", "供水管网一百二十公里，新增加压泵站六座，",
        "城区高峰时段水压不足、部分小区夜间停水的", "问题基本得到解决，群众反映强烈的用水难题",
        "有了明显改善。"]
COL2 = ["东城片区是此次改造的重点，施工单位利", "用夜间分段作业，老旧铸铁管道全部更换为球",
        "墨铸铁管，漏损率由百分之十八降到了百分", "之九，每年可节约自来水四十多万吨。"]
COL3 = ["“过去一到夏天楼上就没水，现在随时打", "开龙头都有水。”住在东城新村六楼的陈先生",
        "说。", "水务局有关负责人表示，下半年还将启动", "北区管网更新，并推进智能水表安装工作。"]
HEAD = ["城区供水管网改造完成", "记者 王立"]
OTHER = ("本报讯（记者 李明）日前，市图书馆夏季阅读推广活动启动，活动期间\n"
         "将举办亲子阅读、名家讲座、读书分享会等三十余场活动。\n")


def _in_turn() -> str:
    """The band as pdfminer writes it: a block a line, the columns in turn."""
    seq = []
    for i in range(max(map(len, (COL1, COL2, COL3)))):
        seq += [c[i] for c in (COL2, COL3, COL1) if i < len(c)]
    return "\n\n".join([*HEAD, *seq]) + "\n\n" + OTHER


def _unweave(text: str) -> str:
    prof = load_profile()
    return unweave(text, reader_marks(prof), prof)


def test_columns_written_in_turn_are_read_column_by_column() -> None:
    text = _unweave(_in_turn())
    flat = "".join(text.split())
    assert flat.startswith("".join(HEAD + COL1 + COL2 + COL3).replace(" ", ""))
    assert OTHER.replace("\n", "") in "".join(text.split("\n"))


def test_the_page_reads_each_column_whole() -> None:
    page = read_text(_in_turn(), lang="zh")
    body = "".join(ln.text.replace(" ", "") for b in page.blocks for ln in b.lines)
    assert "".join(COL1) in body and "".join(COL2) in body and "".join(COL3) in body
    assert body.index("".join(COL1)) < body.index("".join(COL2)) < body.index("".join(COL3))


def test_columns_written_whole_are_left_as_they_are() -> None:
    whole = "\n\n".join([*HEAD, "\n".join(COL1), "\n".join(COL2), "\n".join(COL3)])
    text = whole + "\n\n" + OTHER
    assert _unweave(text) == text


def _pdftotext_form() -> str:
    """pdftotext's: the headline run onto the second column's first line (level with
    the byline, over the first column), then the two columns a line a block in turn,
    the third column written whole after them."""
    seq = [HEAD[0] + "\n" + COL2[0], HEAD[1]]
    for i in range(max(len(COL1), len(COL2) - 1)):
        seq += [c[i] for c in (COL1, COL2[1:]) if i < len(c)]
    return "\n\n".join([*seq, "\n".join(COL3)]) + "\n\n" + OTHER


def test_headline_and_byline_top_the_first_column() -> None:
    flat = "".join(_unweave(_pdftotext_form()).split())
    assert flat.startswith("".join(HEAD + COL1 + COL2 + COL3).replace(" ", ""))


#: Two columns in turn, the left one's paragraph ending on a line two ems short of
#: the measure (as wide as a paragraph's first line) while the right one has just
#: ended its paragraph; a story written whole under them sets the measure.
LEFT = ["今年以来，全市新建社区长者食堂二十六", "个，覆盖所有街道，老年人凭卡就餐每餐只需",
        "十二元，行动不便的老人可以预约送餐。", "民政部门表示，下半年将继续增加助餐点",
        "数量，并探索引入品牌餐饮企业参与运营，提", "升饭菜质量。"]
RIGHT = ["“饭菜软烂，适合我们的牙口，价钱也实", "惠。”张大爷说。",
         "据介绍，食堂由街道提供场地，社会组织", "负责日常运营，区里按照就餐人次给予运营补",
         "贴，确保食堂长期办下去，让老人吃得安心、", "放心。"]
WHOLE = """本报讯（记者赵雪）连日来，青山县白云
镇的茶农们忙着采摘新茶。今年春季气温回升
快、雨水充沛，茶叶长势良好，全县春茶开采
时间比去年提前了一周左右。县里搭建电商直
播基地，帮助茶农拓宽销路，去年线上销售额
同比增长百分之四十五，带动三万多户茶农增
收。"""


def test_a_paragraph_s_last_line_two_ems_short_ends_its_own_column() -> None:
    turn = [line for pair in zip(LEFT, RIGHT, strict=True) for line in pair]
    text = "社区长者食堂覆盖所有街道\n\n" + "\n\n".join(turn) + "\n\n" + WHOLE + "\n"
    flat = "".join(_unweave(text).split())
    assert "".join(LEFT + RIGHT) in flat
