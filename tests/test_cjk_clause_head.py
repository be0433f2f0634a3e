"""A Chinese headline holding a clause mark (``，？！``) after a story's end, over the
text it heads (held-out S8 zh793, S12 zh896, S5 zh729, S6 zh753: ``学校门口的斑马线能
不能再画清楚些？`` over ``编辑同志：``; ``雾中追尾谁之过？`` over its story): the mark made
it running text (``looks_like_headline``), and with no byline under it nothing else asked,
so the letter ran into the story above. One line far shorter than a column's, after a
sentence's end, over a first line that ends no sentence: a heading
(``cjk_heading_lines.clause_head``, ``text_under_heads``). Drawn in pdfminer's style.
"""

from __future__ import annotations

import ocr

STORY = """本报记者 石磊
今天起，枫港地铁3号
线开始空载试运行。这意味
着3号线距离正式开通又近
了一步。

3号线一期工程北起高
铁枫港北站，南至海湾新区，
全长约21公里，共设车站
15座，预计明年年初开通。
"""

LETTER = """读者来信

学校门口的斑马线能不能再画清楚些？

编辑同志：

我家孩子在实验小学读
二年级，每天早上我都送他
上学。学校门口那条斑马线
已经磨得快看不清了，早高
峰车多人多，不少司机根本
不减速。读者 温晴
"""

# a paragraph's first line written apart from its last (pdfminer), a comma in it
CUT = """主演、国家一级演员范秋萍说，为演好船娘
一角，她和剧组成员多次到运河沿线采风，
向老船工学习撑篙、摇橹等动作。

据悉，《运河谣》将在本市连演5

场，明年春节后开始全省巡演。

本报讯（记者 霍晓东）记者从市自来水公
司获悉，今年全市已完成3.2万户老旧水表
智能化更换，居民可通过手机实时查询用水
量，明年将实现城区全覆盖。
"""


def _heads(page: ocr.Page) -> list[str]:
    return ["".join(h.split()) for a in page.articles
            for h in (a.kicker, *a.headlines, a.subheadline) if h]


def test_question_headline_after_a_story_heads_the_letter() -> None:
    page = ocr.process("\n".join([STORY, LETTER]), lang="zh", correct=False)
    assert "学校门口的斑马线能不能再画清楚些？" in _heads(page)
    story = next(a for a in page.articles if "空载试运行" in "".join(a.paragraphs))
    assert not any("斑马线能不能" in p for p in story.paragraphs)


def test_line_over_its_sentence_end_stays_text() -> None:
    page = ocr.process(CUT, lang="zh", correct=False)
    assert not any("运河谣" in h for h in _heads(page))
    assert any("本市连演5" in p for a in page.articles for p in a.paragraphs)

