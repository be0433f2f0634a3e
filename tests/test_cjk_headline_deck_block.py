"""A Chinese headline and its deck written as one paragraph over the story's byline.

pdftotext writes a headline set across the columns and the deck under it as one
paragraph. Their widths add up past a heading's (``HEADING_EMS``), so the two read as
running text and the story lost both; each line is a heading's width at most
(``heading_shape.headline_shape``). Drawn here in pdftotext's style.
"""

from __future__ import annotations

import ocr

BEFORE = """本报讯（记者 何平）昨天，市图书馆新馆试运行，首日接待读者三千余人
次。新馆设有少儿阅览区、自习区和数字体验区，藏书八十余万册。
"""

HEADED = """法治在线

非法集资案一审宣判 两名主犯分别获刑八年和九年
涉案金额3600余万元，受害人遍及全国9个省份
本报记者 邓林 通讯员 石法宣
11月12日，市中级人民法院对一起非法集资案
公开宣判，两名主犯分别被判处有期徒刑八年和九年，
并处罚金。
法院审理查明，被告人以投资养老项目为名，向社会
公众吸收资金，承诺高额回报。
"""

PAGE = "\n".join([BEFORE, HEADED])


def test_headline_and_deck_in_one_paragraph_head_the_story() -> None:
    page = ocr.process(PAGE, lang="zh", correct=False)
    story = next(a for a in page.articles if "非法集资案" in "".join(a.paragraphs))
    heads = [h for h in (story.kicker, *story.headlines, story.subheadline) if h]
    assert "非法集资案一审宣判两名主犯分别获刑八年和九年" in ["".join(h.split()) for h in heads]
    assert "涉案金额3600余万元，受害人遍及全国9个省份" in heads
    assert not any("涉案金额" in p for a in page.articles for p in a.paragraphs)
