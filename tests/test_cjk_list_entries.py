"""The entries of a list inside a Chinese story are its text, never headings.

A story lists its winners or its changes, an entry a line (``1. 小学组：西湾小学（蜂箱
计数器）``, ``• 末班车提前至21:40。``). Short and unstopped, an entry read as a headline
when pdfminer boxed it apart (or wrapped it in a narrow column): the story was cut at its
list, the entries made a headless article and the story's last paragraph went with them.
An entry opens on its number and a full stop, or a bullet; a headline may open on a
figure (``3台变压器 9个小时``), not on an ordinal so.
"""

from __future__ import annotations

from conftest import article_holding

import ocr
from ocr.heading_words import never_a_heading

PAGE = """科技节落幕 186件作品获奖
本报讯（记者 卫思源）12月11日，
第二十届全市青少年科技节在市少
年宫闭幕，全市14所学校选送的
186件作品参加评选。

各组一等奖名单如下：
1. 小学组：西湾小学（蜂箱计

数器）

2. 初中组：第三中学（雨水花园）
3. 高中组：第一中学（潮汐发电）

本届科技节同时开展了开源硬件
体验活动，吸引了三千多名学生和
家长参加。"""


def test_list_entries_stay_in_their_story() -> None:
    page = ocr.process(PAGE, lang="zh", correct=False)
    story = article_holding(page, "市少")
    text = "".join(story.paragraphs)
    for entry in ("小学组", "初中组", "高中组", "三千多名学生"):
        assert entry in text, entry
    assert not any(a.headlines and "组：" in "".join(a.headlines) for a in page.articles)


def test_ordinals_and_bullets_open_no_heading() -> None:
    for line in ("1. 小学组：西湾小学（蜂箱计", "2、初中组：第三中学", "（3）高中组",
                 "•票价不变，全票4.5元，儿"):
        assert never_a_heading([line]), line
    for line in ("3台变压器 9个小时 1200户", "2.5万人参加马拉松", "2026环湖自行车赛落幕"):
        assert not never_a_heading([line]), line
