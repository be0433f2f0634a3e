"""A Chinese headline that asks or calls out, then tells: one headline, over its byline.

``三百户居民停水两天？供水管网抢修今晚完工`` asks and answers in one headline; a call
and its news run so too (``连续七年！我市空气优良天数居全省首位``). Its ``？`` or ``！``
inside read as a sentence's end, so the line, right over the story's byline, was taken
for running text of the story above, and the story lost its headline. pdfminer writes it
on one line, pdftotext wraps it in a narrow column; a story's last line, which also
stands over the next byline, ends its sentence. (Wrapped, its call may be read as the
headline's kicker: still the story's heading.)
"""

from __future__ import annotations

from conftest import article_holding

import ocr

ABOVE = """社区食堂开进老小区
本报记者 邹语桐
11月28日，河西街道第三家社区
食堂在春晖小区开门迎客，老人凭卡
就餐可享八折优惠。
“天冷了，还要天天买菜做饭吗？
不用了，下楼就能吃上热乎饭。”"""

HEAD = "三百户居民停水两天？供水管网抢修今晚完工"
BYLINE = "本报记者 卫思源 通讯员 楚涵"
STORY = """“水龙头拧开，一滴水都没有。”
12月2日一早，住在桂园小区的葛阿
姨提着水桶下楼，排在了应急送水车
后面。
市自来水公司介绍，小区附近一段
铺设于上世纪九十年代的供水主管爆
裂，抢修人员已连续作业30多个小时。"""


def _story_page(head_lines: list[str]) -> str:
    return "\n\n".join([ABOVE, "\n".join(head_lines), BYLINE, STORY])


def test_headline_asks_then_tells_over_its_byline() -> None:
    for head in ([HEAD], ["三百户居民停水两天？", "供水管网抢修今晚完工"]):
        page = ocr.process(_story_page(head), lang="zh", correct=False)
        story = article_holding(page, "葛阿")
        assert "".join([story.kicker or "", *story.headlines]) == HEAD
        above = article_holding(page, "春晖小区")
        assert "停水" not in "".join(above.paragraphs)


def test_a_story_ending_on_a_question_keeps_its_last_line() -> None:
    """The story above ends on a quoted question and its answer (a sentence's end):
    its last lines stay its text, under the next story's headline no more than before."""
    page = ocr.process(_story_page([HEAD]), lang="zh", correct=False)
    above = article_holding(page, "春晖小区")
    assert "".join(above.paragraphs).endswith("下楼就能吃上热乎饭。”")
