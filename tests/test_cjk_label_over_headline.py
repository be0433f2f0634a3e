"""A Chinese section label goes with the headline set under it.

A section label (``城市更新``, ``以案释法``) names a page's section, not its story, so
letter pairs of it (``城市``, ``更新``) are in other stories' text by chance; placed by the pairs it
shares, it went to another story, which already had its headline, and was lost
(``section_labels.cjk_label``, asked by ``heading_splits.split_groups``). The page is drawn
here in pdftotext's style: the label, a blank line, the headline over its byline.
"""

from __future__ import annotations

import ocr

BEFORE = """旧厂房变身城市书房
本报讯（记者 邵敏）近日，位于城市东部的原纺织机械厂旧厂房完成改造，
变身为一座面积约1800平方米的城市书房，免费向市民开放。
城市书房保留了老厂房的红砖外墙和钢结构屋架，内设阅览区、展览区和
咖啡吧，藏书三万余册，馆内设施每年更新一次。
"""

LABELLED = """城市更新

老街改造完成后迎来首批商户
本报讯（记者 童欣）历时十个月，南门老街改造工程日前完工，首批
二十六家商户入驻营业，其中老字号店铺九家。
据介绍，老街改造坚持“修旧如旧”，保留了沿街的青石板路和木质门窗。
"""

PAGE = "\n".join([BEFORE, LABELLED])


def test_label_goes_with_the_headline_under_it() -> None:
    page = ocr.process(PAGE, lang="zh", correct=False)
    street = next(a for a in page.articles if "南门老街" in "".join(a.paragraphs))
    heads = [h for h in (street.kicker, *street.headlines, street.subheadline) if h]
    assert heads == ["城市更新", "老街改造完成后迎来首批商户"]
    books = next(a for a in page.articles if "城市书房保留" in "".join(a.paragraphs))
    assert "城市更新" not in (books.kicker, *books.headlines, books.subheadline)
