"""Two stories side by side whose heading rows pdftotext wrote in turn, labels first.

Each story has a section label over its headline, and the left one a deck: read across
the page the rows come ``民生`` / ``人物`` / the left headline / the right headline / the
left deck, then the left story's byline and text, then the right one's. The labels tell
nothing by their words and the rows are five, so the pairing in turn
(``heading_splits._interleaved``: every row leaning to its story, an even run) missed them
and the whole stack went to the story read under it: the right story, headless. Rows
that share words lean by turns; a label a story, at most, is placed in that turn too.
"""

from __future__ import annotations

from conftest import article_holding

import ocr

ROWS = ["民生", "人物", "老旧电梯换新以后", "九旬剪纸艺人：“一把剪刀剪了七十年”",
        "春晖小区六部电梯完成更新，居民出行不再爬楼"]

LEFT = """本报记者 蒋若溪
11月30日，春晖小区最后一部新电
梯通过验收。这批电梯建于上世纪九十
年代，近两年故障频发，居民出行常常
只能爬楼。
小区业委会主任介绍，六部电梯更新
费用由维修资金和财政补贴共同承担，
居民出行终于不用再爬楼了。"""

RIGHT = """本报通讯员 冯一苇
走进92岁的剪纸艺人华秀英家，满墙
都是红彤彤的剪纸。她从十几岁起学剪
纸，一把剪刀剪了七十年。
“剪纸要心静，手才稳。”如今，她每
周都去社区教孩子们剪窗花。"""


def test_rows_in_turn_go_to_their_stories() -> None:
    text = "\n\n".join(["\n\n".join(ROWS), LEFT, RIGHT])
    page = ocr.process(text, lang="zh", correct=False)
    left, right = article_holding(page, "维修资金"), article_holding(page, "剪窗花")
    left_heads = [left.kicker or "", *left.headlines, left.subheadline or ""]
    right_heads = [right.kicker or "", *right.headlines, right.subheadline or ""]
    assert ROWS[3] in right_heads and "人物" in right_heads
    assert ROWS[2] in left_heads and ROWS[4] in left_heads
    assert not set(ROWS[2:3] + ROWS[4:]) & set(right_heads)
