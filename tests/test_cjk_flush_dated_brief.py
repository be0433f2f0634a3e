"""On a Chinese page set flush, a brief whose lead says when opens an item of its own.

Most pages set a paragraph's first line two characters in, so a block whose first line
is full goes on a paragraph a column break cut (``story_flow.mid_paragraph``): it waits
for the story it fits (``pending_columns``). A page set flush gives every paragraph a full
first line; a headless brief stacked under another (``2027环湖自行车赛将于5月18日…``) then
waited too, and went to the brief above. There (``story_flow.indented`` says the page is
flush), a block that opens with a lead that says when (``leads.opens_dated_lead``) opens
no column's rest. (On an indented page a full line that opens so, ``11月9日，…`` in the
middle of a paragraph, still waits for its story: the page's geometry says so.)
"""

from __future__ import annotations

from conftest import article_holding

import ocr

FLUSH = """东门大桥维修完工恢复通行

本报讯（记者 岳明川）经过四个月的
封闭维修，东门大桥3月12日上午恢
复通行。维修期间，施工单位更换了
桥面铺装和伸缩缝。

大桥恢复通行后限高3.5米，限重20
吨，大型货车须绕行南环路。交警部
门提醒，过桥车辆应按标志限速行
驶。

据介绍，东门大桥建于1987年，是连
接老城区和东部新区的主要通道，
日均通行车辆约3.2万辆次。

本报讯 因燃气管道迁改施工，5月9
日9时至17时，城南区桂花路沿线将
暂停供气，请居民提前做好准备。

2027环湖自行车赛将于5月18日8时
在湖滨广场发车，比赛期间环湖路
将实行临时交通管制，请市民绕行。
"""


def test_flush_brief_that_says_when_is_its_own() -> None:
    page = ocr.process(FLUSH, lang="zh", correct=False)
    race = article_holding(page, "自行车赛")
    assert "".join(race.paragraphs).startswith("2027环湖自行车赛将于")
    assert "暂停供气" not in "".join(race.paragraphs)
