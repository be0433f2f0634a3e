"""A Chinese headline that asks, then answers in a clause or two: one headline.

``公交夜班线还开吗？开，但只开到零点`` asks and answers in one headline, the answer in
two clauses; a reply may name who gives it (``老茶馆要拆了？馆主：不拆，还要再开十年``).
The comma or colon of the answer read as running text's, so the headline, right over the
story's byline, was taken for a paragraph and the story lost its heading (pdfminer
writes it over the byline; a deck under it on its own line). Running text that asks
quotes its question (``“听说你们要关门了？”这``), and a story's last line over the next
byline ends its sentence.
"""

from __future__ import annotations

from conftest import article_holding
from test_cjk_headline_call_answered import ABOVE  # the same story above: one rule

import ocr

BYLINE = "本报讯（记者 卫思源）"
STORY = """记者从市公交集团获悉，夜班线
路将于下月起调整运营时间，调整
后末班车由凌晨2时提前至零点。
公交集团有关负责人介绍，夜班
线路客流持续偏低，部分班次全程
载客不足五人，因此适当压减。"""


def _page(head: list[str], byline: str = BYLINE, story: str = STORY) -> str:
    return "\n\n".join([ABOVE, "\n".join(head), byline, story])


def test_question_answered_in_two_clauses_heads_its_story() -> None:
    head = "公交夜班线还开吗？开，但只开到零点"
    for lines in ([head], [head, "末班车下月起提前两小时"]):
        page = ocr.process(_page(lines), lang="zh", correct=False)
        story = article_holding(page, "夜班")
        assert head in [story.kicker, *story.headlines]
        assert not any("还开吗" in p for p in story.paragraphs)
        above = article_holding(page, "春晖小区")
        assert "还开吗" not in "".join(above.paragraphs)


def test_reply_with_its_speaker_wrapped() -> None:
    """The answer names who gives it and wraps on its comma (``…馆主：不拆，`` /
    ``还要再开十年``), over the writer's own line."""
    lines = ["老茶馆要拆了？馆主：不拆，", "还要再开十年"]
    story_text = """“听说你们要关门了？”这几
天，老街上的“清风茶馆”几乎每天
都要回答这个问题。
馆主说，茶馆不但不拆，还要在
月底办一场开业三十周年的茶会。"""
    page = ocr.process(_page(lines, "本报记者 卫思源", story_text), lang="zh",
                       correct=False)
    story = article_holding(page, "清风茶馆")
    heads = [story.kicker or "", *story.headlines, story.subheadline or ""]
    assert "".join(heads) == "".join(lines)


def test_a_quoted_question_and_its_answer_stay_text() -> None:
    """A story's last paragraph that quotes a question and its answer, set as a block of
    its own over the next story's byline, is that story's text, no headline."""
    above = """社区食堂开进老小区
本报记者 邹语桐
11月28日，河西街道第三家社区食
堂在春晖小区开门迎客，老人凭卡就
餐可享八折优惠，附近居民都来尝鲜。

“明年还开吗？”他笑着说，“开，
还要在城东再开两家。”"""
    page = ocr.process("\n\n".join([above, BYLINE, STORY]), lang="zh", correct=False)
    story = article_holding(page, "春晖小区")
    assert "还要在城东再开两家" in "".join(story.paragraphs)
    assert not any("还开吗" in h for h in story.headlines)
