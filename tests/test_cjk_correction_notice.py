"""A correction notice (更正) is an item of its own, not the story it corrects.

A notice opens by citing the paper's own earlier issue and the piece it corrects
(``本报3月8日第2版《…》一文中``), so it shares the corrected story's words; read right
under its standing head while that story was left open (its last column cut, to go on
elsewhere), it was taken for the story's tail (``misplaced_columns.tail_after_heading``)
and the head for the story's own. ``markers.opens_correction``, asked by
``markers.opens_article``: a block that opens so opens an item. The page is drawn here in
pdfminer's style, narrow columns, paragraphs indented, the notice set flush.
"""

from __future__ import annotations

from conftest import article_holding

import ocr

BRIDGE = """东门大桥维修完工恢复通行
本报讯（记者 岳明川）
经过四个月的封闭维修，东门
大桥3月12日上午恢复通行。维修期
间，施工单位更换了桥面铺装和伸
缩缝，加固了桥墩。

大桥恢复通行后限高3.5米，限
重20吨，大型货车须绕行南环路。交
警部门提醒，过桥车辆应按标志限
速行驶。

据介绍，东门大桥建于1987年，
是连接老城区和东部新区的主要通
道，日均通行
"""

LIBRARY = """少儿阅览室改造后开放
本报讯（记者 邵敏）
3月11日，市图书馆少儿阅览室
完成改造，新增绘本区和亲子阅读
区，藏书增加到两万余册。

阅览室每周二至周日开放，周
末上午安排故事会，家长可带孩子
免费参加。
"""

NOTICE = """更正

本报3月8日第2版《东门大桥下周恢
复通行》一文中，“限高3.5米”误为“
限高5.3米”，特此更正，并向读者致
歉。
"""


def test_correction_is_an_item_of_its_own() -> None:
    page = ocr.process("\n".join([BRIDGE, LIBRARY, NOTICE]), lang="zh", correct=False)
    notice = article_holding(page, "特此更正")
    assert "".join(notice.paragraphs).startswith("本报3月8日第2版")
    assert notice.headlines == ("更正",)
    bridge = article_holding(page, "大桥恢复通行后")
    assert "特此更正" not in "".join(bridge.paragraphs)
    assert "更正" not in (*bridge.headlines, bridge.subheadline)


def test_a_paragraph_citing_an_earlier_report_goes_on() -> None:
    """Only a block that opens on the citation is a notice: a story's paragraph may cite
    the paper's earlier report after its first words (``据本报3月8日报道``)."""
    text = BRIDGE.replace("据介绍，", "据本报3月8日《东门大桥下周恢复通行》报道，")
    page = ocr.process(text, lang="zh", correct=False)
    assert len(page.articles) == 1
