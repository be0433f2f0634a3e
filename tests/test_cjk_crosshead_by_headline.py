"""A Chinese crosshead whose section speaks of what the story's headline says.

A story's later section may turn from the scene its opening paragraphs tell to another
matter (``先抢通 再加固`` over the road office's figures after a village's morning), so
its text shares few letter pairs with them; where it is one paragraph, the last before
the next story, nothing else says it goes on, and the crosshead read as a brief's
headline cut the story in two. What the section talks about is still what the story's headline
and deck say (``抢通``, ``塌方``, ``加固``): a brief set under a story shares none with
them. pdfminer writes each paragraph and the crosshead as blocks of their own.
"""

from __future__ import annotations

from conftest import article_holding

import ocr

HEADS = ["抢险一线", "山路塌方十二小时后", "盘龙乡连夜抢通道路，受阻车辆全部驶离"]
BYLINE = "本报记者 费雨辰"
OPENING = [
    """天刚亮，盘龙乡下坪村的村民就
扛着锄头来到村口。前一天傍晚，一场
暴雨让村后的山坡滑下一大片泥石，把
进出村子的唯一一条路堵得严严实实。""",
    """“车过不去，菜也运不出去。”种
了二十年蔬菜的柴大叔蹲在路边，看着
装满白菜的三轮车直叹气。""",
]
CROSSHEAD = "先抢通 再加固"
SECTION = """县交通运输局的数据显示，这次
塌方共涉及下坪村等3个村的乡道，土
石方约4200立方米，受阻车辆60多辆。
抢险队调来4台挖掘机轮班作业，12小
时后道路抢通，车辆全部驶离。下一步
将在塌方路段修建挡土墙进行加固。"""
NEXT = ["社区食堂开进老小区", "本报记者 邹语桐", """11月28日，河西街道第三家社区
食堂在春晖小区开门迎客，老人凭卡
就餐可享八折优惠。"""]
BRIEF_HEAD = "市民卡服务网点延时"
BRIEF = """即日起，市民卡服务中心各网
点工作日服务时间延长至19时，周六
上午照常办理业务。"""


def _page(with_brief: bool) -> str:
    parts = [*HEADS, BYLINE, *OPENING, CROSSHEAD, SECTION]
    return "\n\n".join(parts + ([BRIEF_HEAD, BRIEF] if with_brief else NEXT))


def test_section_under_crosshead_stays_with_its_story() -> None:
    page = ocr.process(_page(False), lang="zh", correct=False)
    story = article_holding(page, "柴大叔")
    text = "".join(story.paragraphs)
    assert "挖掘机" in text and "4200" in text
    assert "先抢通" not in " ".join(story.headlines)


def test_brief_under_the_story_is_its_own() -> None:
    page = ocr.process(_page(True), lang="zh", correct=False)
    brief = article_holding(page, "市民卡")
    assert brief.headlines == (BRIEF_HEAD,)
    assert "挖掘机" not in "".join(brief.paragraphs)
    assert "市民卡" not in "".join(article_holding(page, "柴大叔").paragraphs)
