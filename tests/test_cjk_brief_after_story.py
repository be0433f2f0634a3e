"""Chinese briefs stacked under a story with no heading of their own are items of their
own: a run of marked briefs (``▲7月14日，…``, ``■夏季献血活动启动 7月18日…``), a notice
whose label is run in (``寻物启事：本人于…``), and a notice's text under its standing head
(``讣告``) that names the man a story beside it tells of.

The extractor writes each as the story's next block. Before ``leads.opens_marked_lead``
the mark hid the brief's lead from ``briefs.lead_brief``; before ``leads.opens_notice``
a notice, set flush, read as a column's rest (its first line as full as a column's
next) and went to the story above; before ``misplaced_columns.tail_after_heading``
asked the head over it, an obituary went back to the story left open that talks of its
man (S7 zh775, zh777; S5 zh724, zh721; S6 zh751 on the study sets).
"""

from __future__ import annotations

from conftest import article_holding

import ocr
from ocr.leads import opens_marked_lead, opens_notice
from ocr.typography import text_width

#: A column's full line, in ems: a paragraph's first line is set two characters in.
FULL = 17.0


def column(*paragraphs: str, indent: bool = True) -> str:
    """``paragraphs`` as an extractor writes a narrow Chinese column: lines of ``FULL``
    ems, a paragraph's first ``indent`` two short (a notice's or a marked brief's not)."""
    lines: list[str] = []
    for text in paragraphs:
        line, room = "", FULL - (2 if indent else 0)
        for ch in text:
            if line and text_width(line + ch) > room:
                lines.append(line)
                line, room = "", FULL
            line += ch
        lines.append(line)
    return "\n".join(lines)


FILM_STORY = "首届澜溪青年影展落幕\n\n本报记者 阙晓\n" + column(
    "7月14日晚，为期五天的首届澜溪青年影展在澜溪大剧院闭幕。纪录片《夜班》获得最佳影片，"
    "剧情长片《回乡的路》获评审团特别奖。",
    "本届影展共收到报名作品436部，最终72部入围展映，作者大多是35岁以下的青年导演。影展期间"
    "举办了38场放映、6场大师课，累计观众超过2.3万人次。",
    "影展组委会表示，明年将增设短片单元和乡村题材单元。")

MARKED_BRIEFS = column(
    "▲7月14日，澜溪经济开发区新能源电池产业园一期项目竣工投产，年产值预计可达30亿元。",
    "▲日前，澜溪县石桥乡被评为全省“美丽乡村示范乡镇”。",
    "▲7月13日，市老年大学2026年秋季招生报名启动，共开设书法、声乐等42个专业。",
    indent=False)


def test_a_run_of_marked_briefs_after_a_story_is_one_item_of_its_own() -> None:
    page = ocr.process("\n\n".join([FILM_STORY, MARKED_BRIEFS]), lang="zh", correct=False)
    story = article_holding(page, "乡村题材单元")
    briefs = article_holding(page, "新能源电池产业园")
    assert briefs is not story
    assert "产业园" not in "".join(story.paragraphs)
    # the run's later paragraphs, under the same mark, go on with its first
    assert article_holding(page, "市老年大学") is briefs


COUNCIL_STORY = "市委常委会召开会议\n\n" + column(
    "本报讯 7月15日，市委书记邢建国主持召开市委常委会会议，听取全市防汛抗旱和安全生产工作"
    "情况汇报，研究部署下一阶段重点工作。",
    "会议指出，当前我市正处于“七下八上”防汛关键期，又面临持续高温干旱，防汛抗旱形势复杂。"
    "各地各部门要立足防大汛、抗大旱，做好两手准备，确保人民群众生命财产安全。",
    "会议强调，要深刻汲取事故教训，立即在全市范围内开展矿山、危化品、建筑施工等重点行业"
    "领域安全隐患排查整治。",
    "会议还研究了其他事项。")

TITLED_BRIEFS = column(
    "■夏季献血活动启动 7月18日至20日，市中心血站将在人民广场设立流动献血车。",
    "■市民中心延时服务 即日起至8月31日，市民中心各窗口每天延时至19时办理业务。",
    indent=False)


def test_marked_briefs_with_run_in_titles_after_a_story_are_their_own_item() -> None:
    page = ocr.process("\n\n".join([COUNCIL_STORY, TITLED_BRIEFS]), lang="zh", correct=False)
    story = article_holding(page, "其他事项")
    briefs = article_holding(page, "流动献血车")
    assert briefs is not story
    assert article_holding(page, "延时至19时") is briefs


BAKERY_STORY = "老面包房要搬了？店主：不搬\n\n本报记者 郁晨\n" + column(
    "“听说你们要搬走了？”这几天，开在前街上的“荣记面包房”几乎每天都要回答这个问题。店主"
    "荣建国说，面包房不但不搬，还要在本月底办一场三十周年店庆。",
    "1996年，荣建国的父亲在前街开了这家小店，最早只卖肉松面包和桃酥。如今店里一天要烤出"
    "上千个面包，很多老顾客是从小吃到大的。",
    "店庆当天，第一款产品肉松面包将按1996年的价格每个5角出售，售完为止。")

LOST_NOTICE = column(
    "寻物启事：本人于12月12日在市图书馆门口遗失蓝色儿童自行车一辆，车铃为瓢虫形状。"
    "有拾到者请与图书馆服务台联系。", indent=False)


def test_a_notice_run_in_under_a_story_is_its_own_item() -> None:
    """The notice is set flush: its first line is as full as a column's next, which on a
    page that indents its paragraphs reads as a column's rest."""
    page = ocr.process("\n\n".join([BAKERY_STORY, LOST_NOTICE]), lang="zh", correct=False)
    story = article_holding(page, "售完为止")
    notice = article_holding(page, "蓝色儿童自行车")
    assert notice is not story


PILOT_STORY = """老船长走了，他的航海日志还在

特约通讯员 贝立群
12月3日凌晨，东屿港引航站原站长林
守礼因病在家中去世，享年89岁。
林守礼1937年出生在东屿县一个渔民
家庭，16岁上船当水手，1962年考取船长
证书，1978年起从事引航工作，引领进出
港船舶一万"""

HARBOUR_STORY = """千帆竞发渔港沸腾

本报记者 钟海燕
锣鼓声中，三百多艘渔船鸣响汽笛，
依次驶出沙尾渔港。本届开渔节为期五天，
安排了祭海、渔市和海鲜美食等活动。"""

OBITUARY = """讣告

东屿港引航站原站长林守礼同志，因病医
治无效，于2026年12月3日凌晨逝世，享年
89岁。遗体告别仪式定于12月6日上午9时
在市殡仪馆福寿厅举行。"""


def test_an_obituary_under_its_head_stays_with_its_head() -> None:
    """The pilot's story is left open (its column goes on elsewhere) and the obituary
    names him: under its head the text is the notice's, not the story's tail."""
    page = ocr.process("\n\n".join([PILOT_STORY, HARBOUR_STORY, OBITUARY]), lang="zh",
                       correct=False)
    story = article_holding(page, "考取船长")
    obituary = article_holding(page, "遗体告别仪式")
    assert obituary is not story
    assert "讣告" in obituary.headlines


def test_what_opens_a_marked_brief_or_a_notice() -> None:
    assert opens_marked_lead("▲7月14日，澜溪经济开发区新能源电池产业园")
    assert opens_marked_lead("▲日前，澜溪县石桥乡被评为全省")
    assert opens_marked_lead("■夏季献血活动启动7月18日至20日，市中心血站")
    assert opens_marked_lead("■市民中心延时服务即日起至8月31日，")
    # a story's own marked lines go on from it, or list what it found
    assert not opens_marked_lead("▲当日，全市用电负荷达到386万千瓦")
    assert not opens_marked_lead("▲城东区惠邻生鲜超市销售的韭菜，腐霉利")
    assert not opens_marked_lead("7月14日，澜溪经济开发区")  # (no mark)
    assert opens_notice("寻物启事：本人于12月12日在市图书馆")
    assert opens_notice("停水通知：因供水管道改造，12月17日9")
    assert not opens_notice("集装箱：21.3万标箱，增长11%")
