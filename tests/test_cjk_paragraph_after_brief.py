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


BRIEF_ON = """据了解，今年秋粮收获
以来，林女士所在的村里不少
农户已把新粮卖给收购点，货
款直接存进银行。"""


def test_a_paragraph_that_talks_of_the_brief_stays_with_it() -> None:
    """A paragraph that shares a pair with the brief (``秋粮``, ``收获``) may be its own
    next paragraph: the brief was not whole, whatever it shares with the story before
    (``林女士``, ``银行``)."""
    page = ocr.process("\n\n".join([STORY, BRIEF, BRIEF_ON]), lang="zh", correct=False)
    assert "卖给收购点" not in "".join(article_holding(page, "市民林女士接到").paragraphs)


WEATHER_ON = """今日下午起，全市出现
大风降温天气，气象台预计
本周后期气温逐步回升，市民
外出注意防寒保暖。"""


def test_a_paragraph_sharing_two_words_with_the_story_stays() -> None:
    """Two common pairs (``下午``, ``市民``) tell no story's paragraph: the bar is
    ``SHARED_AFTER_BRIEF``, a name and a few words."""
    page = ocr.process("\n\n".join([STORY, BRIEF, WEATHER_ON]), lang="zh", correct=False)
    assert "大风降温" not in "".join(article_holding(page, "市民林女士接到").paragraphs)


SIGNED_BRIEF = """本报讯（记者 石秋菊）11月10日，
市人大常委会召开会议，审议通过
了《市养犬管理条例（修订草案）》，
条例将于明年3月1日起施行。"""


def test_a_paragraph_after_a_signed_brief_with_no_head_goes_back() -> None:
    """A brief with no head of its own opens on the paper's signature (``本报讯``): it is
    an item of one paragraph, whole when its sentence ends."""
    page = ocr.process("\n\n".join([STORY, SIGNED_BRIEF, STORY_ON]), lang="zh",
                       correct=False)
    story = article_holding(page, "市民林女士接到")
    assert "就在林女士准备转账8万元时" in "".join(story.paragraphs)


UNNAMED_HEAD = """田野里传来好消息

据新华社电 农业农村
部最新农情调度显示，目前
全国秋粮已收获六成以上，
收获进度快于去年同期。"""


def test_a_head_that_names_nothing_under_it_heads_more_to_come() -> None:
    """A head that shares no letter pair with the paragraph under it is no brief's (a
    story's stack over its first column): the story may go on, so the paragraph after
    is not taken from it."""
    page = ocr.process("\n\n".join([STORY, UNNAMED_HEAD, STORY_ON]), lang="zh",
                       correct=False)
    assert "林女士准备转账" not in "".join(article_holding(page, "市民林女士接到").paragraphs)


NOTICE = """停气通知

因燃气管网改造施工，12月
12日9时至18时，海港区渔人码头、
中山路一带将暂停供气。市民林女士
所在的小区也在其中，物业已在楼道
张贴告示，提醒住户提前储水备餐。
施工期间，抢修车辆将在现场值守，
燃气公司的师傅将逐户上门检查管
道和阀门，请住户留人在家配合。银
行网点、商户和学校食堂请提前做好
准备，必要时改用电磁炉等设备。给
大家带来不便，敬请谅解。施工结束
后，燃气公司将逐户恢复供气，住户
不要自行开启阀门。（记者 戴雨桐）"""


def test_a_paragraph_after_a_notice_signed_by_its_note_is_not_taken() -> None:
    """An item read before the brief that ends on its note (``（记者 戴雨桐）``) is whole
    itself: no story goes on there, whatever words the paragraph shares with it."""
    page = ocr.process("\n\n".join([NOTICE, BRIEF, STORY_ON]), lang="zh", correct=False)
    assert "林女士准备转账" not in "".join(article_holding(page, "暂停供气").paragraphs)
