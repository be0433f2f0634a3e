"""A Chinese listing under its head: entries that give a time are no headings.

A TV guide or a tide table is set as a brief of lines with no stop (``今晚荧屏`` /
``城市频道 19:00 城市新闻`` / ``20:05 电视剧《江畔人家》（5、6）``). pdfminer writes each as
a block, and short lines with no stop read as headlines: the head and its entries
became one heading stack and the listing lost its text. An entry gives a clock time
(``heading_words.listing_entry``): it is text, and a line under its last entry may be
the next brief's head, no fragment of a sentence it left open.
"""

from __future__ import annotations

from conftest import article_holding

import ocr
from ocr.heading_words import listing_entry

NOTICE = """招领启事

5月7日，市民在3路公交车上拾
到钱包一个，请失主到公交公司
客服中心认领。"""

LISTING = """今晚荧屏

城市频道 19:00 城市新闻

20:05 电视剧《江畔人家》（5、6）

生活频道 21:30 百姓故事"""

NEXT = """银婚志庆

家住南湖镇的周建国、林秀兰夫
妇，2001年5月结婚，风雨同舟二
十五载。亲友们祝二人幸福美满。"""


def test_entries_are_the_listing_text() -> None:
    page = ocr.process("\n\n".join([NOTICE, LISTING, NEXT]), lang="zh", correct=False)
    listing = article_holding(page, "19:00")
    assert listing.headlines == ("今晚荧屏",)
    assert "百姓故事" in "".join(listing.paragraphs)
    nxt = article_holding(page, "风雨同舟")
    assert nxt.headlines == ("银婚志庆",)
    assert nxt is not listing


def test_an_entry_gives_a_clock_time() -> None:
    assert listing_entry("生活频道 21:30 百姓故事")
    assert listing_entry("、18:08（潮高421厘米）")
    assert not listing_entry("2小时11分08秒！纪录被改写")
    assert not listing_entry("男子组：杨海川2:14:37")
    assert not listing_entry("时间：19:30")
