"""A Chinese notice's standing head on a line of its own (``遗失声明``, ``讣告``,
``金婚志喜``) heads an item of its own, never a crosshead of the story above it.

A paper sets its notices under the news in the same column, each under its kind as a
head; the extractor writes the head and the notice's text as the story's next blocks.
``crossheads.crosshead`` keeps a short line between two paragraphs in the story when
the text under it shares the story's letter pairs, and a notice of the paper's own town
does: ``澜溪县青峪镇…`` under a story from ``澜溪县青峪镇`` shares five pairs from one
name. Before ``leads.notice_head`` the head stayed body and the notice ran on as the
story's last paragraphs (S7 zh780, S4 zh678, S6 zh749 and zh755 on the study sets).
"""

from __future__ import annotations

from conftest import article_holding

import ocr
from ocr.leads import notice_head

STORY = """青峪镇老街完成改造

本报讯（记者 阙晓）澜溪县青峪镇老街
改造工程日前完工，全长860米的街面铺上
了青石板，沿街42户商铺统一更换了门头。

改造期间，青峪镇在老街两头设置了临
时摊位，商户照常营业。镇政府表示，下一
步将在老街开设夜市，方便周边村民购物。"""

NOTICE = """遗失声明

澜溪县青峪镇惠民农资店遗失
营业执照副本一份，统一社会信用
代码：92510000MA7K3L0P2X，声明
作废。"""


def test_a_notice_under_a_story_of_its_town_is_its_own_item() -> None:
    page = ocr.process("\n\n".join([STORY, NOTICE]), lang="zh", correct=False)
    story = article_holding(page, "青石板")
    notice = article_holding(page, "营业执照副本")
    assert notice is not story
    assert "声明作废。" not in "".join(story.paragraphs)
    assert "遗失声明" in notice.headlines


OBITUARY = """讣告

东屿港引航站原站长林守礼同志，因病医
治无效，于2026年12月3日凌晨逝世，享年
89岁。遗体告别仪式定于12月6日上午9时
在市殡仪馆福寿厅举行。"""

PILOT_STORY = """老船长走了，他的航海日志还在

本报记者 贝立群
林守礼是东屿港的第一代引航员，在引
航站工作了三十一年，引领进出港船舶一万
多艘次，从未出过一次事故。

日志

他留下的二十多本航海日志，记着每一
次引航的潮位、风向和船名。"""


def test_an_obituary_under_the_story_of_its_man_is_its_own_item() -> None:
    """The story sets a short crosshead (``日志``), so a short line under its end reads
    as another of the set (``crossheads._in_series``): the head's kind tells it apart."""
    page = ocr.process("\n\n".join([PILOT_STORY, OBITUARY]), lang="zh", correct=False)
    story = article_holding(page, "航海日志，记着")
    obituary = article_holding(page, "遗体告别仪式")
    assert obituary is not story
    assert "讣告" in obituary.headlines


def test_only_a_notices_kind_makes_a_notice_head() -> None:
    assert notice_head("遗失声明") and notice_head("征订启事") and notice_head("讣告")
    assert notice_head("金婚志喜") and notice_head("福利彩票开奖公告")
    # a story's crossheads say what their section tells
    assert not notice_head("补偿方案怎么定")
    assert not notice_head("声明发布后")
    assert not notice_head("市政府发布通知要求各区做好防寒工作")
