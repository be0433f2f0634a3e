"""A Chinese service notice with no heading, set under a listing in a column of briefs.

pdftotext writes a briefs column's TV guide and the notice under it as one block when
they stand close (``生活频道 21:30 百姓故事`` / ``因供水管网改造施工，6月3日8时…``), and
sets the notice's closing note on a line of its own (``（记者 何晓岚）``). The notice
opens on its cause then the day (``leads.opens_lead``), and the entry over it is
complete with no stop (``heading_words.closes_line``): the notice opens the next item,
not the entry's rest. The note, the chunk's last line right under the notice's stop,
closes it (``briefs.closed_by_note``): no byline over the next item.
"""

from __future__ import annotations

from conftest import article_holding

import ocr
from ocr.heading_words import closes_line
from ocr.leads import opens_lead

LISTING = """今晚荧屏
都市频道 19:00 都市新闻
20:10 电视剧《江畔人家》（7、8）
生活频道 21:30 百姓故事
因供水管网改造施工，6月3日8时至
20时，江北区滨湖路、桂花巷一带将
暂停供水，请居民提前做好储水准备。
（记者 何晓岚）"""

STORY = """湖区渡口新建候船亭
本报记者 钱如雪
北岛渡口新建的候船亭昨日完工，可
容纳旅客一百二十人，并设有母婴室
和无障碍通道。"""


def test_the_notice_under_a_listing_is_an_item_of_its_own() -> None:
    page = ocr.process("\n\n".join([LISTING, STORY]), lang="zh", correct=False)
    notice = article_holding(page, "暂停供水")
    tv = article_holding(page, "19:00")
    assert notice is not tv
    assert "百姓故事" in "".join(tv.paragraphs)
    assert not notice.headlines
    assert "".join(notice.paragraphs).endswith("储水准备。（记者何晓岚）")
    story = article_holding(page, "候船亭昨日完工")
    assert story is not notice
    assert "何晓岚" not in (story.byline or "")


def test_a_notice_opens_on_its_cause_then_the_day() -> None:
    assert opens_lead("因供水管网改造施工，6月3日8时至")
    assert not opens_lead("因病医治无效，于2026年12月3日凌晨逝世")
    assert closes_line("生活频道 21:30 百姓故事")
    assert closes_line("请居民提前做好储水准备。")
    assert not closes_line("20时，江北区滨湖路、桂花巷一带将")
