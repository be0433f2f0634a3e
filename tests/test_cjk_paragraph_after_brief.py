"""A Chinese story's paragraph written after a whole brief goes back to the story.

An extractor writes a story's column, then a brief set under or beside it (its head and
its one paragraph), then the story's next paragraph. Before this rule the paragraph
stayed with the brief whose heading it followed: it shares only a few common words
with the story (a name, ``转账``, ``银行``), under the bars a column woven into
another story's text must clear (``letter_pairs.DENSE_TO_RESUME``). The brief is whole
(one paragraph, its sentence ended) and the paragraph shares not one letter pair with
it: ``continuity._after_whole_brief`` gives it back to the story read just before the
brief when it shares ``SHARED_AFTER_BRIEF`` pairs with it. A paragraph that talks of
the brief, or one after a story's own column, stays where it is.
"""

from __future__ import annotations

from conftest import article_holding

import ocr

STORY = """她差点转走8万元

本报通讯员 祝警宣 记者 贺嘉
“您开通的‘百万保障’
服务即将扣费，如不关闭，
每月将扣除800元。”前天
下午，市民林女士接到一个
自称某购物平台客服的电
话。对方要求她开启屏幕共
享，并把银行卡里的钱转到
“安全账户”进行“验证”。"""

BRIEF = """全国秋粮收获过六成

据新华社电 农业农村
部最新农情调度显示，目前
全国秋粮已收获六成以上，
收获进度快于去年同期。"""

STORY_ON = """就在林女士准备转账8
万元时，银行工作人员发现
异常，立即联系了辖区派出
所。民警赶到后，及时帮她
挂断了电话。"""


def test_a_story_paragraph_after_a_whole_brief_goes_back_to_the_story() -> None:
    page = ocr.process("\n\n".join([STORY, BRIEF, STORY_ON]), lang="zh", correct=False)
    story = article_holding(page, "市民林女士接到")
    assert "就在林女士准备转账8万元时" in "".join(story.paragraphs)
    brief = article_holding(page, "全国秋粮已收获")
    assert brief is not story
    assert "林女士准备转账" not in "".join(brief.paragraphs)


BRIEF_ON = """秋粮收获进度加快，农业
农村部有关负责人表示，各地
要抓住晴好天气抢收抢晒，确
保颗粒归仓。"""


def test_a_paragraph_that_talks_of_the_brief_stays_with_it() -> None:
    """The brief's own next paragraph shares its pairs (``秋粮``, ``收获``, ``农业``):
    the brief was not whole, whatever it shares with the story before."""
    page = ocr.process("\n\n".join([STORY, BRIEF, BRIEF_ON]), lang="zh", correct=False)
    brief = article_holding(page, "全国秋粮已收获")
    assert "抢收抢晒" in "".join(brief.paragraphs)
    assert "抢收抢晒" not in "".join(article_holding(page, "市民林女士接到").paragraphs)


WEATHER_ON = """今日下午起，全市出现
大风降温天气，气象台预计
本周后期气温逐步回升，市民
外出注意防寒保暖。"""


def test_a_paragraph_sharing_two_words_with_the_story_stays() -> None:
    """Two common pairs (``下午``, ``市民``) tell no story's paragraph: the bar is
    ``SHARED_AFTER_BRIEF``, a name and a few words."""
    page = ocr.process("\n\n".join([STORY, BRIEF, WEATHER_ON]), lang="zh", correct=False)
    assert "大风降温" not in "".join(article_holding(page, "市民林女士接到").paragraphs)
