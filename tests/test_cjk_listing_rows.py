"""A Chinese listing's rows, written a block a line, stay one item under its standing head
(``listing_rows``).

A paper sets its listings (a draw's results, a tide table, a TV guide) under the news in
a narrow column, each row short and with no stop; pdfminer writes a wrapped row as a
block a line, its label alone (``双 色 球 第 2026093 期 红 球`` / ``02 09 14 21 28 33 蓝球
11``). Before ``listing_rows.rows_as_text`` each label was read as a headline and opened
an item of its own; the listing's standing head then went to a photo above it as its
title, or to the folio beside it as a section label (S4 and S7 on the study sets: tide
tables, lottery draws).
"""

from __future__ import annotations

from conftest import article_holding

import ocr
from ocr.listing_rows import closes_unopened, opens_listing

STORY = """城西菜市场完成提升改造

本报讯（记者 郎青）经过三个月的施工，城
西菜市场日前重新开门迎客。改造后的市场
增设了公平秤和食品快检室，摊位统一更换
了不锈钢台面。

市场管理方表示，下一步将推行电子价签，
方便市民比价。"""

#: pdfminer: the draw's rows, each wrapped row's label a block of its own.
DRAW = """福利彩票开奖公告

双 色 球 第 2026093 期 红 球

02 09 14 21 28 33 蓝球 11

快 乐 8 第 2026201 期 03 07

12 18 25 31 36 44 50 57

3D 第2026201期 5 2 8"""

NEXT = """老街夜市周末开张

本报讯（记者 郎青）12月12日起，老街夜
市每周五至周日开放，设摊位60个。"""


def test_a_draws_row_labels_stay_in_its_listing() -> None:
    page = ocr.process("\n\n".join([STORY, DRAW, NEXT]), lang="zh", correct=False)
    draw = article_holding(page, "蓝球11")
    assert draw is not article_holding(page, "公平秤")
    assert draw.headlines == ("福利彩票开奖公告",)
    assert "3D第2026201期528" in "".join("".join(p.split()) for p in draw.paragraphs)
    assert not any("期" in h for a in page.articles for h in a.headlines)


PHOTO_AND_TIDES = """城西菜市场完成提升改造

本报讯（记者 郎青）经过三个月的施工，城
西菜市场日前重新开门迎客。改造后的市场
增设了公平秤和食品快检室。

12月8日，市民在改造后的城西菜市场选购蔬菜。
摄影 柴越

潮汐预报
12月9日 高潮：06:15（潮高402厘米）
、18:47（潮高415厘米）
低潮：12:20（潮高81厘米）、次日
00:58（潮高95厘米）

金婚志喜

家住城西街道的钟永康、祁秀兰夫妇，
1976年12月结为伉俪，相濡以沫五十载。
值此金婚之际，子女们祝二老身体健康。"""


def test_a_tide_tables_head_is_no_photos_title() -> None:
    """Under a photo's credit, a short heading is the photo's title, unless the text under
    it is a listing's first row (a label and its clock time)."""
    page = ocr.process(PHOTO_AND_TIDES, lang="zh", correct=False)
    tides = article_holding(page, "潮高402厘米")
    assert tides.headlines == ("潮汐预报",)
    assert all(p.title != "潮汐预报" for p in page.photos)


FOLIO_AND_TIDES = """本报讯（记者 郎青）经过三个月的施工，城
西菜市场日前重新开门迎客。改造后的市场
增设了公平秤和食品快检室。

第3版

潮汐预报

12月9日 高潮：06:15（潮高402厘米）

、18:47（潮高415厘米）

低潮：12:20（潮高81厘米）、次日
00:58（潮高95厘米）"""


def test_a_tide_tables_head_by_the_folio_is_no_section_label() -> None:
    page = ocr.process(FOLIO_AND_TIDES, lang="zh", correct=False)
    tides = article_holding(page, "潮高402厘米")
    assert tides.headlines == ("潮汐预报",)


HEADLINE_OVER_TIMED_LEAD = """迎新春

新年音乐会12月20日上演

12月20日19:30，市交响乐团将在大剧院
举办新年音乐会，票价80元至280元。"""


def test_a_headline_with_a_figure_over_a_lead_with_a_clock_time_stays() -> None:
    """A lead may give a clock time, but it writes a sentence: no listing's row (the
    kicker over the headline is a heading, as a listing's standing head is)."""
    page = ocr.process(HEADLINE_OVER_TIMED_LEAD, lang="zh", correct=False)
    assert article_holding(page, "大剧院").headlines == ("新年音乐会12月20日上演",)


ROW_AFTER_A_STORY = """城西菜市场完成提升改造

本报讯（记者 郎青）经过三个月的施工，城
西菜市场日前重新开门迎客。改造后的市场
增设了公平秤和食品快检室。

低潮：12:20（潮高81厘

米）、次日00:58（潮高95厘米）"""


def test_a_row_label_after_a_storys_last_sentence_is_not_the_storys() -> None:
    """``-layout`` writes a table's rows beside the columns it stands among, away from its
    head: a label over no heading and no entry is left a heading, not run on as text."""
    page = ocr.process(ROW_AFTER_A_STORY, lang="zh", correct=False)
    assert "潮高" not in "".join(article_holding(page, "公平秤").paragraphs)


DECK_OVER_A_ROW = """长颈鹿宝宝满月了

这是市动物园31年来首只自然繁育的长颈鹿

12月9日 高潮：06:15（潮高402厘米）

本报讯（记者 郎青）12月4日，市动物园的
长颈鹿宝宝迎来满月，已能跟着妈妈小跑。"""


def test_a_deck_naming_a_figure_over_a_row_stays_a_heading() -> None:
    """``-layout`` weaves a table's row under a story's deck: the deck names a figure
    among its words (2 of 20 characters), a row's label is figures as much as words."""
    page = ocr.process(DECK_OVER_A_ROW, lang="zh", correct=False)
    heads = [h for a in page.articles for h in a.headlines]
    assert "这是市动物园31年来首只自然繁育的长颈鹿" in heads


def test_what_opens_a_listing() -> None:
    assert opens_listing("12月9日 高潮：06:15（潮高402厘米）")
    assert opens_listing("02 09 14 21 28 33 蓝球 11")
    assert opens_listing("东屿生活频道 20:00 海鲜大排档")
    assert not opens_listing("12月20日19:30，市交响乐团将在大剧院")
    assert not opens_listing("开幕式：12月20日")


def test_a_wrapped_entrys_rest_closes_what_it_never_opened() -> None:
    assert closes_unopened("18）") and closes_unopened("家》（5、6）")
    assert not closes_unopened("3D 第2026201期 5 2 8")
    assert not closes_unopened("电视剧《江上灯火》（17、18）")
