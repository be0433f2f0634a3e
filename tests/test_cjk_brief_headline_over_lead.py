"""A brief's Chinese headline over its lead in a narrow column is its headline.

In a column a dozen ems wide a brief's one-line headline (``市中心医院开设夜门诊``, ten
ems) is nearly a full line, so it was read as running text: written on top of its lead
(pdftotext), ``readers.heads_on_top.heading_on_top`` asked it to stop at three quarters of
the measure; written as a block of its own (pdfminer), ``text_headings._cut_body_line``
took it for a line a column break cut off. The lead under it (``即日起，…``,
``leads.opens_lead``: a story's first words) says it is a heading: over one, it need only
stop short of the measure, and is no cut line.
"""

from __future__ import annotations

from conftest import article_holding

import ocr

STORY = """少儿阅览室改造后开放
本报讯（记者 邵敏）
3月11日，市图书馆少儿
阅览室完成改造，新增绘本
区和亲子阅读区，藏书增加
到两万余册。

阅览室每周二至周日开
放，周末上午安排故事会，家
长可带孩子免费参加。
"""

HEAD = "市中心医院开设夜门诊"

BRIEF = """即日起，市中心医院开
设儿科夜间门诊，接诊时间
为每天18时至22时，方便家
长带孩子就医。
"""


def test_headline_on_top_of_its_lead() -> None:
    page = ocr.process("\n\n".join([STORY, HEAD + "\n" + BRIEF]), lang="zh", correct=False)
    brief = article_holding(page, "夜间门诊")
    assert brief.headlines == (HEAD,)
    assert "".join(brief.paragraphs).startswith("即日起")


def test_headline_as_a_block_over_its_lead() -> None:
    page = ocr.process("\n\n".join([STORY, HEAD, BRIEF]), lang="zh", correct=False)
    brief = article_holding(page, "夜间门诊")
    assert brief.headlines == (HEAD,)
    assert "阅览室" not in "".join(brief.paragraphs)
