"""A Chinese story's stack written as one block, one of its lines set across the columns,
is its heading wherever the block stands (``stack_in_block.cjk_stack_across``).

pdftotext and pdfminer write a short headline (or a kicker that calls out) and the long
line set across the columns under it as one block of two lines. Standing over a photo's
caption, a listing or another stack rather than over the story's byline or lead, the
block had nothing by it to vouch for it: read as running text, it ran into the story
above, and the story under it opened with no headline. A column's lines never run past
its measure, and a caption set across a photo ends a sentence: a line that does neither
is heading matter, and the block that holds it with the rest of the stack is one.
"""

from __future__ import annotations

from conftest import article_holding

import ocr
from ocr.model import BODY, Block, Line, Word
from ocr.stack_in_block import cjk_stack_across

# pdfminer: a story's last paragraphs in a column eleven ems wide; a stack (a kicker that
# calls out over a headline set across three columns) written as one block; under it the
# story's later column, written before its byline and opening (the stack stands over no
# byline or lead); the byline and the story's first paragraphs.
ABOVE = """本报讯（记者 简舟）昨天，
市图书馆少儿阅览室完成改
造，新增绘本区和亲子阅读
区，藏书增加到两万余册。

阅览室每周二至周日开放，
周末上午安排故事会，家长
可带孩子免费参加。"""

STACK = """夺冠！
三岁柯基“豆包”在全市宠物运动会上拿下敏捷赛总冠军"""

LATER = """据了解，本届运动会共设敏捷赛、
飞盘赛等六个项目，参赛犬只全部
完成了疫苗接种和健康检查。"""

BYLINE = "本报讯（记者 钟雨）"

STORY = """11月30日，首届全市宠物运动
会在滨江公园落幕，来自各区的
二百多只犬参加了六个项目的比
赛。

一只名叫“豆包”的柯基犬在敏
捷赛中零失误完赛，用时比第二
名少了近四秒。"""


def _block(texts: list[str]) -> Block:
    return Block("b1", BODY, tuple(Line(tuple(Word(w) for w in t.split())) for t in texts))


def test_a_stack_with_a_line_across_the_columns_heads_its_story() -> None:
    page = ocr.process("\n\n".join([ABOVE, STACK, LATER, BYLINE, STORY]), lang="zh",
                       correct=False)
    above = article_holding(page, "阅览室每周二至周日开放")
    assert "敏捷赛总冠军" not in "".join(above.paragraphs)
    assert "夺冠" not in "".join(above.paragraphs)
    later = article_holding(page, "参赛犬只全部完成了疫苗接种")
    assert later.kicker == "夺冠！"
    assert later.headlines == ("三岁柯基“豆包”在全市宠物运动会上拿下敏捷赛总冠军",)


def test_the_line_across_tells_not_the_place() -> None:
    """Two lines with none past the measure say nothing without the place (a headline
    over its deck a column wide is the place rule's, ``cjk_stack_over_story``); one past
    it does, over whatever stands under the block."""
    assert cjk_stack_across(_block(STACK.splitlines()), 11.0, from_grid=False)
    assert not cjk_stack_across(_block(["夺冠！", "三岁柯基“豆包”拿下总冠军"]), 11.0,
                                from_grid=False)


def test_a_lead_and_a_caption_across_are_no_stack() -> None:
    """A lead's first line short of the measure over its text stays text (its lines fill
    the measure, none runs past it); a caption set across a photo ends its sentence."""
    lead = ["本报讯（记者 钟雨）", "11月30日，首届全市宠物运动", "会在滨江公园落幕，来自各区的"]
    assert not cjk_stack_across(_block(lead), 13.0, from_grid=False)
    caption = ["赛场", "11月30日，“豆包”在比赛中跨越障碍，现场观众为它鼓掌。"]
    assert not cjk_stack_across(_block(caption), 11.0, from_grid=False)


def test_a_listing_and_a_grid_row_are_no_stack() -> None:
    """A timetable's rows run past a column's measure and end on no stop; a row laid out
    again from a grid may hold two columns' lines side by side (``Page.from_grid``)."""
    rows = ["船期信息", "东屿—青屿 07:00 09:30 13:00 16:30 18:00 20:00"]
    assert not cjk_stack_across(_block(rows), 11.0, from_grid=False)
    grid = ["日，市图书馆“城市书房”第", "同比增长13.6%，外贸航线增至38条21家分馆在阳光社区正式开"]
    assert not cjk_stack_across(_block(grid), 12.5, from_grid=True)
