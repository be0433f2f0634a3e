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
from ocr.cjk_heading_lines import clause_head
from ocr.model import BODY, Block, Line, Word

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


# a story's paragraph cut at a column's foot (pdfminer writes the columns' pieces apart):
# the break cuts a word (``防汛`` / ``汛``), the next column goes on at the measure
FOOT_CUT = """本报讯（记者 欧阳岚）今年入汛以来，我市已累计
发生强降雨过程六次，全市平均降雨量较常年同期偏
多三成。市水利局已于昨日启动防汛四级应急响应。

各乡镇连夜巡堤
青石镇组织党员干部分组巡查河
堤，排查险情隐患十七处，转移群
众八十余人，确保人员安全。

此外，北湖区在低洼路段提前布设防

汛沙袋，抢险队伍分班值守，确保积
水及时排出，保障群众安全出行和生
产生活秩序。
"""

# a headline wrapped over two blocks, the break inside a word (``…两村共`` / ``同管护``): its
# rest is far shorter than its first line, as a headline's is, not a column's next line
WRAPPED_HEAD = """本报讯（记者 韩笑）昨日，市图书馆新馆试开放，首日
接待读者一万二千余人次。

调解员上门协商，老井由两村共

同管护使用

东岭村和西岭村之间有一口百年老井，两
村村民为这口井的归属争了二十年。今年
春天，镇调解员第一次走进两个村子。
"""

# a quotation's rest written after the page's foot line (pdfminer's order): it closes a
# quote it never opened, and the story it belongs to goes on under it
QUOTE_TAIL = """本报讯（记者 汤宁）昨日，滨江公园北门改造完成，
新增停车位一百二十个，方便市民周末出行。停车
场实行分时收费，夜间免费开放。

（转第6版）

责任编辑：岑蓉 美术编辑：鞠文 校对：宫一帆

不动路的老人怎么办？”

对此，市交通运输局回应，
将在新老码头之间开通免费短驳
车，每二十分钟一班，老年人凭
证免费乘坐。
"""


def test_sentence_cut_at_a_column_foot_stays_in_its_story() -> None:
    page = ocr.process(FOOT_CUT, lang="zh", correct=False)
    assert not any("北湖区" in h for h in _heads(page))
    story = next(a for a in page.articles if "北湖区" in "".join(a.paragraphs))
    assert "产生活秩序" in "".join(story.paragraphs)


def test_headline_wrapped_over_two_blocks_is_a_heading() -> None:
    page = ocr.process(WRAPPED_HEAD, lang="zh", correct=False)
    heads = "".join(_heads(page))
    assert "调解员上门协商，老井由两村共" in heads
    story = next(a for a in page.articles if "新馆试开放" in "".join(a.paragraphs))
    assert not any("调解员" in p for p in story.paragraphs)


def test_a_quotations_rest_is_no_headline() -> None:
    page = ocr.process(QUOTE_TAIL, lang="zh", correct=False)
    assert not any("怎么办" in h for h in _heads(page))


def _one_block(*lines: str) -> Block:
    return Block("b1", BODY, tuple(Line(tuple(map(Word, t.split()))) for t in lines))


def test_clause_head_counts_characters_marks_and_spread_lines() -> None:
    """The shape ``clause_head`` asks, line by line: a headline's question says
    ``CLAUSE_HEAD_CHARS`` characters (``雾中追尾谁之过？``); a paragraph's last line cut
    from its question says fewer (``请复核吗？``); running text strings more clause marks
    than ``CLAUSE_HEAD_MARKS``; a line spread to its measure is justified text."""
    full = 20.0
    assert clause_head(_one_block("雾中追尾谁之过？"), full, False)
    assert not clause_head(_one_block("请复核吗？"), full, False)
    assert not clause_head(_one_block("说到底，为民办事，贵在及时，重"), full, False)
    assert not clause_head(_one_block("雾 中 追 尾 谁 之 过 ？"), full, False)
    assert not clause_head(_one_block("雾中追尾谁之过？"), full, True)  # (from a grid)
