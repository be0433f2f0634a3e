"""A section label written over two stories' headlines set level (pdftotext writes the
label, which stands higher, then the headlines left to right): the label is the story's
whose text names it (``健身节`` over ``全民健身月活动吸引十万人次参与``, whose story
opens ``第三届健身节…``), not the brief's whose headline was written next."""

from __future__ import annotations

import ocr

PAGE = """第3版

健身节

公园篮球场免费开放

全民健身月活动吸引十万人次参与

即日起，城东公园篮球场免费向市民开
放，开放时间为每天6时至22时，市民无需
预约，凭身份证登记即可入场。

今年参与人数创历届新高
本报讯（记者 方远）记者从市体育局获
悉，第三届健身节暨“全民健身月”活动
日前落下帷幕。活动期间，全市共举办健
步走、广场舞、羽毛球等赛事86场，参与市
民超过十万人次。
市体育局有关负责人表示，明年将继续
办好健身节，并新建社区健身场地30处。
"""


def _article(page: ocr.Page, words: str) -> ocr.Article:
    return next(a for a in page.articles if words in "".join(a.paragraphs))


def _heads(article: ocr.Article) -> list[str]:
    return [h for h in (article.kicker, *article.headlines, article.subheadline) if h]


def test_the_label_goes_to_the_story_that_names_it() -> None:
    page = ocr.process(PAGE, lang="zh", correct=False)
    story = _article(page, "落下帷幕")
    assert "健身节" in _heads(story)
    assert "全民健身月活动吸引十万人次参与" in _heads(story)


def test_the_brief_keeps_its_own_headline_only() -> None:
    page = ocr.process(PAGE, lang="zh", correct=False)
    brief = _article(page, "篮球场免费向市民开")
    assert _heads(brief) == ["公园篮球场免费开放"]
