"""A Chinese notice whose label is run in before a colon (``停电通知：因线路检修，…``) opens
an item of its own, though no heading stands over it.

A paper sets a short notice (停电通知, 寻人启事, 遗失声明) as one paragraph whose first
words are its kind, a colon after them, and the extractor writes it as the next
paragraph of the story or brief above. ``leads.opens_lead`` reads the label as a lead,
so ``briefs.lead_brief`` parts it from a story it shares no words with, and the text
reader parts it from a paragraph it was written under with no blank line.
"""

from __future__ import annotations

from conftest import article_holding

import ocr
from ocr.leads import opens_lead

STORY = """老城区雨污分流改造完工

本报记者 郑远
记者从市住建局了解到，历时
八个月的老城区雨污分流改造工程
日前完工，12条街巷告别了雨天积
水的老问题。

“以前一下雨，巷子里的水能
没过脚踝。”住在柳巷的李阿姨说。"""

NOTICE = """停电通知：因线路检修，6月
5日8时至15时，东关街、南塘路一
带将暂停供电，请用户提前做好准
备。"""

LOST = """遗失声明：本人不慎遗失居
民身份证一张，证号尾号为0412，
声明作废。"""


def test_a_notice_under_a_story_is_its_own_item() -> None:
    page = ocr.process("\n\n".join([STORY, NOTICE, LOST]), lang="zh", correct=False)
    story = article_holding(page, "雨污分流")
    notice = article_holding(page, "暂停供电")
    lost = article_holding(page, "身份证")
    assert notice is not story and lost is not notice
    assert "".join(notice.paragraphs).startswith("停电通知：")


def test_written_under_the_story_with_no_blank_line() -> None:
    page = ocr.process("\n\n".join([STORY + "\n" + NOTICE]), lang="zh", correct=False)
    assert article_holding(page, "暂停供电") is not article_holding(page, "雨污分流")


def test_only_a_notices_label_opens_so() -> None:
    assert opens_lead("寻人启事：王某某，男，72岁，")
    assert opens_lead("温馨提示：即日起")
    # a list's entry, a speaker's turn and a sentence that announces a list go on
    assert not opens_lead("客运量：312万人次，增长6%")
    assert not opens_lead("记者：这项工作什么时候开始？")
    assert not opens_lead("主要变化有以下几点：")
    assert not opens_lead("市政府发布通知，要求各区")
