"""A Chinese brief under its headline, written right before a photo's credit, is no caption.

pdftotext writes a photo's credit between the brief set over the photo and the caption
set under it (``食堂开门迎客`` / ``即日起，…`` / ``图/城西街道提供`` / ``居民在…``). Both
blocks beside the credit end a sentence as a caption does; the one before was taken,
the brief lost its text to the photo and the caption became a headless item. A brief's
headline sums it up in its own words, so a letter pair of it is in the brief
(``leads.cjk_headed_by``: ``食堂``), where a photo's title names the scene its caption
describes in other words: the caption is on the credit's other side.
"""

from __future__ import annotations

from conftest import article_holding

import ocr

STORY = """老街改造进入收尾阶段
本报讯（记者 韩晓松）5月8日，
城西老街改造工程进入收尾阶段，
沿街三十余家店铺将于月底前陆续
恢复营业。

据介绍，改造后的老街铺设了透
水砖，新增停车位六十个。
"""

BRIEF = """社区食堂开门迎客
即日起，城西街道社区食堂正式
对外开放，每天供应早、午、晚三
餐，辖区老人凭卡就餐可享八折优
惠。
"""

CREDIT = "图/城西街道提供"

CAPTION = "居民在社区食堂窗口排队取餐。"

NEXT = """本报讯（记者 梁思远）5月9日，
市图书馆举行读书月启动仪式，
现场发放借阅卡两百余张。
"""


def test_caption_is_not_the_brief_under_its_headline() -> None:
    page = ocr.process("\n\n".join([STORY, BRIEF, CREDIT, CAPTION, NEXT]), lang="zh",
                       correct=False)
    photo = next(p for p in page.photos if p.credit and "城西街道提供" in p.credit)
    assert (photo.caption or "").startswith("居民在社区食堂")
    brief = article_holding(page, "八折优惠")
    assert brief.headlines == ("社区食堂开门迎客",)
    assert "排队取餐" not in "".join(brief.paragraphs)


TITLED = """春耕正忙

5月6日，农户在南湖镇田间驾驶
插秧机作业。

通讯员 许文 摄

城东片区将于5月10日起实施道路
改造，施工期间公交12路临时绕行
城东大道，请市民提前安排出行。
"""


def test_photo_title_over_its_caption_keeps_it() -> None:
    page = ocr.process(TITLED, lang="zh", correct=False)
    photo = next(p for p in page.photos if p.credit and "许文" in p.credit)
    assert (photo.caption or "").startswith("5月6日，农户")
