"""A 党报's column of short items: a headed notice, a draw's results, marked items.

pdftotext writes the column as it is set, the notice's text and the marked items under
it in one block (``…订阅热线：0571-8812345。`` / ``■社区义诊进小区 3月9日至…``), the
draw's rows after their head (``体育彩票开奖公告`` / ``大乐透 第2026031期 前区`` /
``02 09 17 24 33 后区 05 11``) and marked items under the rows. A paragraph that
opens on an item's mark set close to its words, after an unsigned brief that ended
its sentence or after a listing's rows, opens another item
(``briefs.marked_after_brief``); a row of figures set apart is a listing's entry
(``heading_words.listing_entry``), never a heading; a story's own marked paragraphs
(``▲当日，…``) stay its own.
"""

from __future__ import annotations

from conftest import article_holding

import ocr
from ocr.heading_words import listing_entry, listing_head
from ocr.typography import first_of_marked

COLUMN = """征订启事
2027年度《江城日报》征订工作现
已开始，全年订价360元。各邮局均
可办理，订阅热线：0571-8812345。
■社区义诊进小区 3月9日至11日，
市中医院专家将到桂园、柳岸等小区
开展义诊，免费测量血压血糖。
■图书馆延长开放 即日起，市图书
馆周末开放时间延长至21时。"""

DRAW = """体育彩票开奖公告
大乐透 第2026031期 前区
02 09 17 24 33 后区 05 11
排列3 第2026066期 3 8 1
▲3月7日，江城高新区智能装备产业
园开工建设，总投资约45亿元。
▲日前，柳岸镇被评为全省“森林城
镇”。"""

STORY = """江城气温创三月新高
本报讯 记者 马远 通讯员 林溪 3月7日
15时，江城国家基本气象站观测到最
高气温31.4℃，创下三月历史新高。
市气象台预计，未来两天仍将偏暖。
▲当日，全市用电负荷达到512万千瓦，
电网运行总体平稳。"""


def _page() -> ocr.Page:
    return ocr.process("\n\n".join([STORY, COLUMN, DRAW]), lang="zh", correct=False)


def test_marked_items_under_a_notice_are_an_item_of_their_own() -> None:
    page = _page()
    notice = article_holding(page, "征订工作")
    items = article_holding(page, "社区义诊进小区")
    assert items is not notice
    assert "".join(notice.paragraphs).endswith("0571-8812345。")
    assert article_holding(page, "图书馆延长开放") is items


def test_a_draw_is_an_item_and_the_marked_items_under_it_another() -> None:
    page = _page()
    draw = article_holding(page, "后区")
    assert list(draw.headlines) == ["体育彩票开奖公告"]
    assert "大乐透" in "".join(draw.paragraphs)
    news = article_holding(page, "产业园开工建设")
    assert news is not draw
    assert article_holding(page, "森林城镇") is news


def test_a_storys_own_marked_paragraph_stays_with_it() -> None:
    page = _page()
    story = article_holding(page, "三月历史新高")
    assert article_holding(page, "用电负荷") is story


def test_rows_of_figures_and_marks_set_close() -> None:
    assert listing_entry("02 09 17 24 33 后区 05 11")
    assert listing_entry("排列3 第2026066期 3 8 1")
    assert not listing_entry("最高气温31.4℃，创下三月历史新高。")
    assert listing_head(["体育彩票开奖公告", "大乐透 第2026031期 前区",
                         "02 09 17 24 33 后区 05 11"]) == 1
    assert first_of_marked("■社区义诊进小区 3月9日至11日，", ["可办理。"])
    assert not first_of_marked("■ 截污纳管 从源头上治", [])
    assert not first_of_marked("▲日前，柳岸镇被评为", ["▲3月7日，江城高新区"])
