"""A headline written between two pieces of running text, after a column cut mid-sentence.

pdftotext writes a page's modules one after another, a column left short: a story's
column ends mid-sentence (``…市场购销较为活跃，各类企业``), then another module's headline,
broken over short lines (``上半年空气优良`` / ``天数比例达`` / ``88.4%``) or one line wider
than a column (``市人民医院新门诊大楼投入使用``). No column's running text is set so (a
line that goes on is justified to the measure), so the lines are a heading, not the
words that finish the sentence left open. The pages are drawn here in extractor style.
"""

from __future__ import annotations

import ocr

PAGE = """春茶上市 茶农增收

本报讯（记者 杨帆）
连日来，在青山县白云镇
的高山茶园里，茶农们穿
梭在茶垄间，忙着采摘新
茶。今年春季气温回升
快、雨水充沛，茶叶长势
良好，全县春茶开采时间
比去年提前了一周左右。
近年来，青山县大力
发展生态茶产业，推广病
虫害绿色防控和有机肥替
代化肥技术，建成标准化
茶园示范基地18个。同

上半年空气优良
天数比例达
88.4%

时，县里搭建电商直播基
地，帮助茶农拓宽销路，
去年线上销售额同比增长
45%。

本报讯（记者 孙若楠
通讯员 何静）记者从市生
态环境局获悉，今年1至6
月，我市环境空气质量优
良天数为160天，优良天数
比例为88.4%，同比上升
3.2个百分点。今年以来，
我市持续深入打好蓝天保

市人民医院新门诊大楼投入使用

卫战，完成钢铁、水泥等
重点行业超低排放改造。
"""


def test_short_headline_lines_are_no_column_text() -> None:
    page = ocr.process(PAGE, lang="zh", correct=False)
    body = ["".join(a.paragraphs) for a in page.articles]
    assert not any("空气优良天数比例达" in t for t in body)
    assert not any("投入使用" in t for t in body)
    heads = ["".join("".join(a.headlines).split()) for a in page.articles]
    assert any("上半年空气优良" in h for h in heads)
