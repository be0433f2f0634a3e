"""A Chinese feature's opening scene or quote, then its news lead: one story.

A feature opens on a scene or a quote (``“船一靠岸，心就落了地。”…``) before the news it
leads into, and its second paragraph opens as a news item's lead does (``5月3日，…``,
``记者从市海洋渔业局了解到，…``). Under a headline and a byline, with no heading between,
``briefs.lead_brief`` took that paragraph for a headless brief's lead and parted the story
(the headline went with the larger part, the byline and opening stood alone). A writer
signs a story, not a paragraph: ``briefs.signed_opening`` keeps the lead with the opening
it follows. A brief under a story's last paragraph, or under a signed brief that opened
on its own lead, is still an item of its own.
"""

from __future__ import annotations

from conftest import article_holding

import ocr

#: A quote and a scene as the feature's opening, then its news lead that says when.
FEATURE = """渔港见闻
休渔期满第一天 渔船满载归港
本报记者 俞海澄 通讯员 渔宣
“船一靠岸，心就落了地。”5月3日
清晨，在东沙渔港码头，船老大蒋
阿福看着一筐筐鲳鱼卸上岸，咧嘴
笑了。
5月1日，我市海域伏季休渔期结
束，全市480余艘渔船陆续出海。
据市海洋渔业局统计，开海首日全
市渔获量达到1200吨，比去年同期
增长一成。
渔港管理站工作人员介绍，今年码
头新增冷链仓储2000平方米，渔获
上岸后半小时内即可入库。
"""

#: ... a signed opening then a lead that names its source, its paragraphs written apart
#: (pdftotext's blank lines).
MARKET = """市场观察
海鲜价格一周回落两成
本报记者 钱晓潮

“上礼拜一条要三十块，今天二十出
头就能拿下。”家住城东的柯阿姨拎
着菜篮子笑着说。

记者从市水产品批发市场了解到，受
开海后渔获集中上市影响，本周海鲜
批发价格普遍回落，其中带鱼批发均
价每公斤比上周下降21.3%。

市场负责人预计，月底前价格将保持
平稳。
"""

#: A signed brief that opens on its own lead, then a brief stacked under it.
BRIEFS = """本报讯（记者 邵敏）5月6日，市
图书馆新馆试运行，首日接待读者
3000余人次。
记者从市交通运输局获悉，5月
8日起，城东客运站迁至新址运营，
原站点停止售票。
"""


def test_a_features_lead_goes_on_from_its_opening() -> None:
    page = ocr.process(FEATURE, lang="zh", correct=False)
    story = article_holding(page, "船一靠岸")
    text = "".join(story.paragraphs)
    assert "全市480余艘渔船陆续出海" in text
    assert text.rstrip().endswith("即可入库。")
    assert story is article_holding(page, "开海首日")


def test_a_signed_opening_then_a_lead_naming_its_source() -> None:
    page = ocr.process(MARKET, lang="zh", correct=False)
    story = article_holding(page, "柯阿姨拎着菜篮子")
    assert story is article_holding(page, "记者从市水产品批发市场了解到")
    assert story is article_holding(page, "价格将保持")


def test_a_brief_that_opened_on_its_lead_is_no_opening() -> None:
    page = ocr.process(BRIEFS, lang="zh", correct=False)
    library = article_holding(page, "图书馆新馆试运行")
    station = article_holding(page, "客运站迁至新址")
    assert library is not station
