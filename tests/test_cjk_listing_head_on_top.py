"""A Chinese listing's head written on top of its first entry, no blank line between.

pdftotext writes a briefs column's listing as one block when the head and its entries
stand close (``班轮时刻`` / ``南湖—北岛 06:40 10:10 14:20`` / ``17:50``): the head read as
the listing's first line, and the block as a paragraph of the item above or as a
headline of four short lines. A few letters with no mark over a line that gives a
clock time (``heading_words.listing_entry``) are the listing's head
(``heading_words.listing_head``): the text reader parts them, and no crosshead of the
story above is. The times a timetable's row wraps to the next line are an entry too.
"""

from __future__ import annotations

from conftest import article_holding

import ocr
from ocr.heading_words import listing_entry, listing_head

STORY = """湖区渡口新建候船亭

本报讯（记者 钱如雪）记者昨日从市交
通运输局获悉，北岛渡口新建的候船亭
已完工，可容纳旅客一百二十人，并设
有母婴室和无障碍通道。
交通部门表示，春节前还将在东滩渡口
增设两处遮雨棚，方便岛上居民出行。"""

FERRY = """班轮时刻
南湖—北岛 06:40 10:10 14:20
17:50
南湖—东滩 07:30 15:00
逢大雾班轮推迟开航。"""

TV = """今晚荧屏
都市频道 19:00 都市新闻
20:10 电视剧《江畔人家》（7、8）
生活频道 21:30 百姓故事
22:15 纪录片《湖上人家》"""

NOTICE = """寻物启事

本人于5月6日在南湖公园遗失黑色
钱包一个，内有身份证等证件，有拾到
者请联系：137××××2218，必有重谢。"""


def test_the_head_on_top_heads_its_listing() -> None:
    page = ocr.process("\n\n".join([STORY, FERRY, TV, NOTICE]), lang="zh", correct=False)
    ferry = article_holding(page, "06:40")
    assert ferry.headlines == ("班轮时刻",)
    assert "17:50" in "".join(ferry.paragraphs)
    assert "推迟开航" in "".join(ferry.paragraphs)
    assert "06:40" not in "".join(article_holding(page, "遮雨棚").paragraphs)
    tv = article_holding(page, "19:00")
    assert tv.headlines == ("今晚荧屏",)
    assert tv is not ferry
    assert "百姓故事" in "".join(tv.paragraphs)
    assert article_holding(page, "必有重谢") is not tv


def test_a_listing_head() -> None:
    assert listing_head(["班轮时刻", "南湖—北岛 06:40 10:10 14:20"]) == 1
    assert listing_head(["便民信息", "今晚荧屏", "都市频道 19:00 都市新闻"]) == 2
    assert listing_entry("17:50")
    assert listing_entry("10:10 14:20")
    # an entry's rest wrapped under it, a head alone, a line of running text
    assert not listing_head(["闻联播", "20:10 电视剧"], above="都市频道 19:00 都市新")
    assert not listing_head(["班轮时刻"])  # (a head with no entry under it)
    assert not listing_head(["记者从市交通运输局获悉，", "南湖—北岛 06:40"])
    assert not listing_entry("2:14:37")
