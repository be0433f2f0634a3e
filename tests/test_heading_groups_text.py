"""Text without geometry: two stories' headline groups written one after the other.

pdfminer writes the headline groups of two stories set side by side one after the
other, then the first story, then the second (headless in the text). The second group
shares none of its terms with the first story and a good part with the second: it is
the second story's, not the first story's deck, though it stands right above the first.
"""

from __future__ import annotations

import pytest

import ocr

PAGE = """第3版

城市新闻

2024年7月2日 星期二

市图书馆新馆今日起试运行
藏书总量超过150万册

暴雨红色预警发布
全市启动防汛二级应急响应

本报讯（记者 林晓）7月1日，
市图书馆新馆开始试运行，首日接
待读者8000余人次。新馆建筑面积
4.2万平方米，藏书总量超过150万
册，设有少儿阅览区和数字体验区。

新馆实行全年无休，每天开放12
小时，读者可凭身份证免费办理借
阅证。

本报讯（记者 周明）7月1日晚，
市气象台发布预警，预计未来24小时
本市将出现大暴雨，局地有特大暴雨。

各区已转移低洼地带群众1200余
人，全市预置抢险队伍86支，防汛
物资全部到位。
"""


def test_a_second_story_s_headline_group_written_after_the_first_goes_to_it() -> None:
    page = ocr.process(PAGE, lang="zh", correct=False)
    library = next(a for a in page.articles if "图书馆新馆开始试运行" in a.paragraphs[0])
    rain = next(a for a in page.articles if "市气象台发布预警" in a.paragraphs[0])
    assert library.headlines == ("市图书馆新馆今日起试运行",)
    assert library.subheadline == "藏书总量超过150万册"
    heads = (rain.kicker, *rain.headlines, rain.subheadline)
    assert "暴雨红色预警发布" in heads and "全市启动防汛二级应急响应" in heads
    assert len(page.articles) == 2


PHOTO_TITLE = """江阳日报

2024年6月19日 星期三

荷塘月色

城东水厂扩建工程开工
建成后日供水能力将翻一番
本报讯（记者 徐远）6月18日，城东
水厂扩建工程正式开工。工程总投资
9.6亿元，建成后全市日供水能力将由
40万吨提高到80万吨。
据介绍，扩建工程计划于2026年底
建成，届时可满足城东新区未来十年的
用水需求。

6月17日晚，市民在江阳湿地公园荷塘边
赏月纳凉。

记者 李想 摄
"""


def test_a_photo_s_title_written_among_the_headings_goes_to_its_photo() -> None:
    page = ocr.process(PHOTO_TITLE, lang="zh", correct=False)
    assert [p.title for p in page.photos] == ["荷塘月色"]
    water = next(a for a in page.articles if a.headlines)
    heads = (water.kicker, *water.headlines, water.subheadline)
    assert "城东水厂扩建工程开工" in heads and "荷塘月色" not in heads


def test_a_heading_that_the_story_under_it_names_stays_the_story_s() -> None:
    page = ocr.process(
        PHOTO_TITLE.replace("工程总投资", "荷塘月色公园旁的工程总投资"), lang="zh", correct=False
    )
    assert [p.title for p in page.photos] == [None]
    water = next(a for a in page.articles if a.headlines)
    assert "荷塘月色" in (water.kicker, *water.headlines, water.subheadline)


#: pdfminer's order: a headline, its deck set across the columns in sentence case and
#: written over the last lines of a column (no blank line between), then the byline.
DECK_OVER_COLUMN = """COUNTY

Board adopts $12 million road budget

Repaving will start on Route 4 and Elm Street in the spring, then move to Ferry Road
struction season ends in November,
officials said.

By HANNA REED

The county board voted 4-1 on Monday
to adopt a $12 million budget for road
repairs next year, the largest in a
decade. Most of the money will go to
repaving, and the rest to bridges.

The work will begin in April, when con-
"""


def test_a_deck_across_columns_written_over_a_column_s_lines_is_a_heading() -> None:
    """The deck is cut from the column's lines under it (far wider than they are, it
    opens in upper case and ends no sentence) and is read as the story's deck, not
    a paragraph."""
    page = ocr.process(DECK_OVER_COLUMN, lang="en", correct=False)
    board = next(a for a in page.articles if any("county board" in p for p in a.paragraphs))
    heads = (*board.headlines, board.subheadline)
    assert any(h and h.startswith("Repaving will start on Route 4") for h in heads), heads
    assert not any("Repaving" in p for p in board.paragraphs)


#: Headings printed right on top of their bodies, with no blank line between (each
#: story's heading, then its text).
ON_TOP_ZH = """要闻

城南新建三所公办幼儿园
今年秋季，城南片区将有三所公办幼儿
园建成招生，新增学位一千余个，缓解片
区入园难问题。

图书馆、博物馆延时开放
市图书馆昨日发布通知，暑期每天开放
时间延长至晚上九点，方便学生和上班
族借阅图书。
"""

ON_TOP_EN = """METRO

Library Extends Summer Hours
The main library will stay open until 9 p.m.
on weekdays through August, the city said,
after a survey found strong demand for
evening hours among students and workers.

Pool Reopens After Repairs
The Elm Street pool reopened on Saturday after
three weeks of repairs to its filters and pumps,
the parks department said in a statement.
"""


@pytest.mark.parametrize(("text", "lang", "heads"), [
    (ON_TOP_ZH, "zh", ("城南新建三所公办幼儿园", "图书馆、博物馆延时开放")),
    (ON_TOP_EN, "en", ("Library Extends Summer Hours", "Pool Reopens After Repairs")),
])
def test_a_heading_printed_on_top_of_its_body_heads_it(
        text: str, lang: str, heads: tuple[str, ...]) -> None:
    """A short line that ends no sentence, cut before the column's measure, over running
    text with no blank line between, is the heading of the text under it, not its
    paragraph's first words nor the story before's."""
    page = ocr.process(text, lang=lang, correct=False)
    for head in heads:
        art = next(a for a in page.articles if head in a.headlines)
        assert not any(head in p for p in art.paragraphs)
        assert len(art.paragraphs) == 1


#: A headless story's sentence-case headline wrapped over two short lines, between a
#: story that ended its sentence and the text it heads (no byline).
WRAPPED_EN = """Council approves plan to
dredge the harbor channel

By MARIA LOPEZ

The city council on Tuesday approved a plan to dredge
the harbor channel, a project that will cost about
$12 million and take two years, officials said.

School board picks new
superintendent after search

The school board named Dana Cole as superintendent
on Monday after a six-month search. She starts in July,
replacing a superintendent who retired in March.
"""


def test_a_sentence_case_headline_wrapped_over_two_short_lines_is_one_heading() -> None:
    """Its first line was broken before the next line's first word would have filled
    it, which running text never is: one heading over the story under it, not a
    paragraph of the story before."""
    page = ocr.process(WRAPPED_EN, lang="en", correct=False)
    school = next(a for a in page.articles if any("Dana Cole" in p for p in a.paragraphs))
    assert school.headlines == ("School board picks new superintendent after search",)
    council = next(a for a in page.articles if any("dredge" in p for p in a.paragraphs))
    assert not any("School board" in p for p in council.paragraphs)


#: A headline in larger type wrapped at fewer characters than the column's lines: its
#: first line is as long as running text would be, its last stops short, ending no
#: sentence, over text that opens one (two lines, and three in a narrow column).
LARGE_TYPE_EN = """Council approves harbor dredging plan

By MARIA LOPEZ

The city council on Tuesday approved a plan to
dredge the harbor channel, a project that will
cost about $12 million, officials said on Monday.
Residents can read the plan at the city hall
library through the end of the month.

{head}

The county fair opens on Friday with rides, a
livestock show and a pie contest for children.
The fair runs through Sunday at the grounds.

Tickets cost $8 for adults and $4 for children,
and parking is free on all three days.
"""


@pytest.mark.parametrize("head", ["County fair will add a late night\nconcert on Saturday",
                                  "County fair opens\nwith rides and\na pie contest"])
def test_a_headline_whose_last_line_stops_short_is_no_paragraph(head: str) -> None:
    """Running text that ends mid-sentence fills its line: a last line cut well short,
    ending no sentence, over a block that opens one, was broken by hand. The headline
    heads the story under it, not the paragraph of the story before."""
    page = ocr.process(LARGE_TYPE_EN.format(head=head), lang="en", correct=False)
    fair = next(a for a in page.articles if any("pie contest for" in p for p in a.paragraphs))
    assert fair.headlines == (head.replace("\n", " "),)
    council = next(a for a in page.articles if any("dredge" in p for p in a.paragraphs))
    assert not any("County fair" in p for p in council.paragraphs)


#: A briefs column narrower than the page's main one: its two-line block that ends no
#: sentence (a paragraph an extractor parted) fills that column's lines, though they
#: are short beside the main column's.
BRIEFS_EN = """Harbor dredging plan wins council vote

By MARIA LOPEZ

The city council on Tuesday approved a plan to dredge the harbor
channel, a project that will cost about $12 million and take two
years to finish, officials said after the vote on Tuesday night.

Work is to start in the spring, once the fishing season closes and
the last of the winter storms has passed, the harbor master said.

IN BRIEF

The county fair opens on Friday with
rides, a livestock show and a pie
contest for children under twelve.

Volunteers will plant trees along
the river path on Saturday morning

Residents who want to help can sign
up at the library desk before noon
on Friday, organisers said.
"""


def test_a_narrow_column_s_two_full_lines_are_no_wrapped_headline() -> None:
    """Short is measured against the column under the lines, not the page's widest."""
    page = ocr.process(BRIEFS_EN, lang="en", correct=False)
    assert not any(h.startswith("Volunteers") for a in page.articles for h in a.headlines)


#: A headless brief, then a story's headline set over its photo (credit, caption) and
#: its byline: the headline is the story's, not the brief's that ends right above it.
HEADLINE_OVER_PHOTO = """The Harbor City Police Department will hold a free bicycle
registration on Saturday behind the Central Fire Station on
Elm Street. Riders should bring proof of ownership.

Fire guts Dock Street warehouse

DANIEL OKAFOR/HARBOR LEDGER

Smoke pours from the upper floors as crews work from aerial ladders before dawn.

By DANIEL OKAFOR

A four-alarm fire tore through a vacant warehouse on Dock
Street early Wednesday, sending black smoke over the
waterfront. No one was hurt, fire officials said.
"""


def test_a_headline_set_over_its_story_s_photo_heads_the_story_under_the_photo() -> None:
    page = ocr.process(HEADLINE_OVER_PHOTO, lang="en", correct=False)
    fire = next(a for a in page.articles if any("four-alarm" in p for p in a.paragraphs))
    assert fire.headlines == ("Fire guts Dock Street warehouse",)


NARROW_SIDE_BY_SIDE = """第2版

城市

2024年7月2日 星期二

夏粮收购启动 粮农增收

市体育中心游泳馆完成改造重新开放

本报讯（记者 王敏）连日来，全市夏粮收购工作展
开，各点陆续开秤，粮农排队交售新麦。今年小麦
品质好，价格稳中有升，已入库新麦3.2万吨。

本报讯（记者 李华）经过半年改造，市体育中心
游泳馆昨日重新开放，新增恒温泳池一座，每天
开放12小时。
"""


def test_the_headlines_of_narrow_stories_side_by_side_go_to_their_own_stories() -> None:
    """Two one-column stories side by side: the extractor writes both headlines, then
    both bodies. The first headline shares only a quarter of its terms with its story
    (the rest of the story is on another page) and none with the second story, which
    the second headline clearly talks about: each story keeps its own headline."""
    page = ocr.process(NARROW_SIDE_BY_SIDE, lang="zh", correct=False)
    grain = next(a for a in page.articles if "夏粮收购工作" in a.paragraphs[0])
    pool = next(a for a in page.articles if "游泳馆" in a.paragraphs[0])
    assert grain.headlines == ("夏粮收购启动粮农增收",)
    assert pool.headlines == ("市体育中心游泳馆完成改造重新开放",)


@pytest.mark.parametrize(("heading", "titles"), [
    ("城南新建三所公办幼儿园", False),  # the story under it talks of it: its headline
    ("荷塘月色", True),  # it names nothing the story says: the photo's title
])
def test_a_heading_after_a_credit_over_a_story_it_talks_of_is_the_story_s(
        heading: str, titles: bool) -> None:
    """Right after a photo's credit, a heading over a story that opens with its byline
    run in heads that story when the story's first block holds a headline's share of its
    terms; a photo's title names what the caption shows, and stays the photo's."""
    text = ("第4版\n\n城市\n\n2024年7月2日 星期二\n\n"
            "市民在江阳湿地公园赏荷拍照。\n记者 张帆 摄\n\n"
            f"{heading}\n\n"
            "本报讯（记者 王敏）今年秋季，城南将新建三所公办幼儿园，\n"
            "新增学位1080个，可满足周边小区适龄儿童就近入园需求。\n")
    page = ocr.process(text, lang="zh", correct=False)
    story = next(a for a in page.articles if "新增学位" in " ".join(a.paragraphs))
    assert [p.title for p in page.photos] == ([heading] if titles else [None])
    assert story.headlines == (() if titles else (heading,))


def test_a_headline_that_fills_its_lines_after_a_jump_line_heads_the_story_under_it() -> None:
    """A two-line sentence-case headline in large type fills as many characters as a
    column's line, so its break tells nothing; but after a jump line (the story before
    ended) over text that opens a sentence on an article, two lines that end no
    sentence are no running text (which would go on below): a heading."""
    text = ("Council approves water plant\n\nBy ANNA LEE\n\n"
            "The council voted 5-2 on Tuesday night to build a water\n"
            "treatment plant on Mill Road, the first in forty years, and\n\n"
            "Please see WATER, Page A6\n\n"
            "Ferry operator plans two new\nboats for the harbor route\n\n"
            "The ferry company that runs the\nharbor route will buy two boats\n"
            "next year, its owner told the\ncouncil on Tuesday night.\n")
    page = ocr.process(text, lang="en", correct=False)
    ferry = next(a for a in page.articles if "ferry company" in a.paragraphs[0])
    assert ferry.headlines == ("Ferry operator plans two new boats for the harbor route",)


SIDE_BY_SIDE_EN = """Storm knocks out power to 9,000

homes

Transit agency proposes first fare increase in 9 years

By MARCUS WEBB

The storm cut power to thousands of homes on Tuesday, and crews
from two states worked through the night to bring it back.

By SAMUEL BRIGHT

The transit agency plans a higher base fare next summer, its first
increase in 9 years, saying that power and fuel now cost far more.
"""


def test_headlines_and_bodies_of_side_by_side_stories_in_one_order_pair_up() -> None:
    """Two narrow stories side by side, read as both headlines (the first wrapped, its
    last word written as a block of its own), then both bodies: the first headline
    leans to the story right under the group though it shares a word or a figure
    with the second (``power``, ``9``), and its wrapped rest goes with it."""
    page = ocr.process(SIDE_BY_SIDE_EN, lang="en", correct=False)
    storm = next(a for a in page.articles if "storm cut power" in a.paragraphs[0])
    fare = next(a for a in page.articles if "transit agency" in a.paragraphs[0])
    assert storm.headlines == ("Storm knocks out power to 9,000 homes",)
    assert fare.headlines == ("Transit agency proposes first fare increase in 9 years",)
