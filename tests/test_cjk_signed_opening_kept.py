"""A Chinese story's one-line opening under its headline and byline keeps the paragraph
under it.

A feature opens on a line of its own (``雨停了，街还淹着。``) before its news; under it,
the first full paragraph names the town a brief or a caption above the story named
too (``临江县白沙镇``). ``continuity.resumed_by_terms`` weighs what the paragraph talks
of: the story so far held one short line, the brief above held the town, and the
paragraph went back to the brief as a column of its set under another heading (a
dogleg), leaving the story its opening alone (pdftotext ``-layout`` reads each indented
paragraph as a block of its own). A writer signs a story, not a paragraph:
``briefs.signed_opening`` (a headed story signed by its writer whose text so far is a
short opening with no lead) keeps the paragraph with its story, as ``lead_brief`` does.
A signed story whose opening is its news lead is no such opening: a column of another
story read after it still goes back to that story.

Where a blank row parts the paragraph's first line from the rest (``-layout``'s grid),
the line opens a block that ends no sentence, and ``continuity.resumed`` (an item left
mid-sentence goes on) gave it to the notice above, left open at its column's foot. The
same check keeps it, asked there only of an opening whose every block ends its sentence:
a signed text left open (``…相关负责人``) may be cut short by the column, and a signed
story's full paragraph is no opening, so a column left open further back still goes on
there.
"""

from __future__ import annotations

from conftest import article_holding
from test_continuity import TWO_OPEN_ZH

import ocr

#: A notice, a photo's caption and credit, then a story under its kicker, headline,
#: deck and byline whose one-line opening stands above its first paragraph.
OPENING_UNDER_BYLINE = """银婚志喜
  家住临江县白沙镇的周德明、温秀兰
夫妇，2001年10月结为伉俪，风雨同舟
二十五载。值此银婚之际，亲友们祝二老
身体健康、阖家幸福。

10月5日，志愿者在临江县白沙镇老街清理淤泥。

本报通讯员 岑远帆 摄

抢险救灾

暴雨过后
临江县连夜抢修排水管道，沿街商户陆续开门
记者 陆远舟 实习生 韩知夏
    雨停了，街还淹着。
    10月5日一早，临江县白沙镇老街上，
抽水机、铲车和穿着雨靴的志愿者挤满了
半条街。两天前，受连续强降雨影响，白
沙河水位暴涨，最高超过警戒水位1.8米，
老街一带最深处积水没过膝盖。
"""

#: Two headed, signed stories; the second opens on its news lead, and the first one's
#: last column is written after it (a dogleg).
LEAD_THEN_COLUMN = """第5版

市图书馆新馆周末试开放

本报记者 李静

市图书馆新馆位于滨江新区文化中心东侧，总建筑面积约4.2万平方米，
设有少儿阅览区、古籍阅览室和数字体验区，可容纳读者3000人同时阅读。

试开放期间，新馆每周六、周日9时至21时开放，读者凭身份证即可入馆。

夜间公交新增三条线路

本报记者 周晓

记者从市公交集团获悉，本月起我市新开三条夜间公交线路。

市图书馆有关负责人介绍，新馆试开放期间，图书借阅、自助还书和少儿阅览区
将全部开放，古籍阅览室和数字体验区需在图书馆官网提前预约。

三条夜间公交线路每晚21时至次日1时运营，发车间隔20分钟，
票价2元，乘客可使用公交卡或手机扫码乘车。
"""


def test_a_one_line_opening_keeps_the_paragraph_under_it() -> None:
    page = ocr.process(OPENING_UNDER_BYLINE, lang="zh", correct=False)
    story = article_holding(page, "雨停了，街还淹着。")
    assert story is article_holding(page, "抽水机、铲车")
    assert story is not article_holding(page, "阖家幸福")


def test_a_column_after_a_lead_that_opened_its_story_goes_back() -> None:
    page = ocr.process(LEAD_THEN_COLUMN, lang="zh", correct=False)
    library = article_holding(page, "滨江新区文化中心")
    assert library is article_holding(page, "需在图书馆官网提前预约")
    assert library is not article_holding(page, "记者从市公交集团获悉")


#: A notice left open at its column's foot, then a story under its kicker, headline and
#: byline: a one-line opening that ends its sentence, and the first line of the paragraph
#: under it parted from the rest by a blank row.
OPENING_THEN_PARTED_LINE = """第3版

金婚志喜

  家住青山县柳塘镇的陶德旺、许秀英
夫妇，1976年11月结为伉俪，相濡以沫
五十载。值此金婚

乡村振兴

青山县冬季大棚蔬菜喜获丰收
记者 尹春阳 实习生 杜若溪

    雪落了，棚里还是绿的。

    11月28日清晨，青山县柳塘镇

南坡村的蔬菜大棚里，菜农们正忙着采摘
黄瓜和西红柿。今年以来，全镇新建大棚
三百余个，种植面积比去年增加四成。
"""


def test_a_line_parted_from_its_paragraph_under_a_closed_opening_stays() -> None:
    page = ocr.process(OPENING_THEN_PARTED_LINE, lang="zh", correct=False)
    story = article_holding(page, "雪落了，棚里还是绿的。")
    assert story is article_holding(page, "11月28日清晨")
    assert story is article_holding(page, "种植面积比去年增加四成")
    assert story is not article_holding(page, "相濡以沫")


def test_a_signed_full_paragraph_hands_the_column_on_to_the_story_left_open() -> None:
    """The housing story ends its sentence, but its text is a full paragraph, no short
    opening: the column left open (``中区域。开通后…``) is still the metro story's."""
    text = TWO_OPEN_ZH.replace("一百五十台正在施工。市住建局相关负责人\n",
                               "一百五十台正在施工。\n")
    page = ocr.process(text, lang="zh", correct=False)
    metro = article_holding(page, "五号线南段")
    assert metro is article_holding(page, "中区域。开通后")
    assert metro is not article_holding(page, "加装电梯")
