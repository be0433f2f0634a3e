"""Text without geometry: a column's line written among the headlines goes back."""

from __future__ import annotations

from typing import Any

import pytest

import ocr
from ocr.model import BlockKind

PAGE = """B2

CITY NEWS

THE VALLEY COURIER | MONDAY, MAY 6, 2024

Heat wave pushes power demand to
record for early May
will be sent to the east side depot

Main Street to close for repaving

By LAURA MENDEZ

Main Street between First and Fifth avenues will
close to traffic for three weeks starting Monday
while crews strip and repave the road, the city said.
About 9,000 cars use the street each day. Buses

on routes 2 and 5, the transit agency said. Parking
on the side streets will be free during the work.
Shop owners said they were told of the plan in March.

By OMAR HASSAN

Power use across the region set a record for early
May on Sunday as temperatures reached 96 degrees,
the grid operator said. It asked residents to raise
their thermostats in the afternoon and to run
dishwashers and washing machines after 9 p.m.
"""


def test_a_column_line_among_the_headlines_goes_back_into_its_story() -> None:
    page = ocr.process(PAGE, lang="en", correct=False)
    arts = {a.headlines[0] if a.headlines else "": a for a in page.articles}
    street = arts["Main Street to close for repaving"]
    text = " ".join(street.paragraphs)
    assert "Buses will be sent to the east side depot on routes 2 and 5" in text
    heat = [a for a in page.articles if "Power use across" in " ".join(a.paragraphs)][0]
    assert heat.headlines == ("Heat wave pushes power demand to record for early May",)
    assert not any(a.paragraphs == ("will be sent to the east side depot",)
                   for a in page.articles)


FOLIO_BAND = """B2

CITY NEWS

ROAD WORK

THE VALLEY COURIER | MONDAY, MAY 6, 2024

Main Street to close for repaving

By LAURA MENDEZ

Main Street between First and Fifth avenues will close to
traffic for three weeks while crews repave the road, the
city said. About 9,000 cars use the street each day.
"""


def test_a_kicker_in_the_folio_band_stays_with_its_story() -> None:
    """The section label (first in the band) is furniture; a later label that names
    what a story talks about (road) is that story's kicker."""
    page = ocr.process(FOLIO_BAND, lang="en", correct=False)
    furniture = [b.text for b in page.blocks if b.kind is BlockKind.FURNITURE]
    assert "CITY NEWS" in furniture
    assert "ROAD WORK" not in furniture
    art = page.articles[0]
    assert "ROAD WORK" in (art.kicker, *art.headlines)



ZH_PAGE = """本报讯（记者 林志远）6月20日上午，随着最后一座车站——滨

临江马拉松9月开跑 即日起报名

本报讯（记者 郑凯）昨日，
2024临江马拉松新闻发布会举行。
本届赛事定于9月22日鸣枪开跑，
设全程马拉松、半程马拉松和5公
里健康跑三个项目，总规模3万
人。赛事报名即日起开放，至7月
15日截止。

今年的赛道在去年基础上进行
了优化，起点设在市民广场，终点
设在江滨公园，途经老城街区、滨
江大道、湿地公园等城市地标。

河路站围挡施工启动，地铁3号线
一期工程21座车站全面进入施工阶
段，沿线交通将分段实施导改措施。
"""


def test_a_chinese_paragraph_start_does_not_resume_an_earlier_story() -> None:
    """A block whose first line is set two characters short starts a paragraph of the
    story it follows; only a full line goes on with a sentence left open earlier."""
    page = ocr.process(ZH_PAGE, lang="zh", correct=False)
    race = next(a for a in page.articles if any("马拉松新闻发布会" in p for p in a.paragraphs))
    assert any(p.startswith("今年的赛道") for p in race.paragraphs)
    metro = next(a for a in page.articles if any("随着最后一座车站" in p for p in a.paragraphs))
    assert "滨河路站围挡施工启动" in "".join(metro.paragraphs)


#: A story left mid-sentence at its column's foot, as the pages below end.
FERRY_LEFT_OPEN = """By PAUL GREEN

The regional ferry authority will raise fares
by 50 cents on Sept. 1 to cover higher fuel
and crew costs. The service carries about 4,200
riders on its 38
"""


COLUMNS_BEFORE_THEIR_START = """A6

REGION

THE VALLEY COURIER | WEDNESDAY, MAY 8, 2024

SCHOOLS

Board backs longer school day

by a vote of 6 to 1, with the change taking
effect in the fall term. Parents will be told
of the new hours by letter in July.

The district said the cost of the school day
would be met from its reserve fund.

By HELEN TRAN

The county school board on Tuesday approved
adding 30 minutes to the school day at all
eleven elementary schools, a plan teachers
had backed and some parents had opposed. The
measure passed

HARBOR

Ferry fares to rise in September

crossings each weekday, the authority said,
and the rise is the first since 2019.

""" + FERRY_LEFT_OPEN


def test_a_story_s_later_column_written_before_its_start_goes_after_it() -> None:
    """pdfminer writes a story's later columns before its byline and first column, right
    under its headline or under the next story's: a column that starts mid-sentence
    under a heading goes on with the story left mid-sentence that it shares its terms
    with, whether that story comes later (the school board) or earlier (not the school
    story just before the ferry's heading, but the ferry story after it)."""
    page = ocr.process(COLUMNS_BEFORE_THEIR_START, lang="en", correct=False)
    assert len(page.articles) == 2
    school, ferry = page.articles
    assert (school.kicker, school.headlines) == ("SCHOOLS", ("Board backs longer school day",))
    text = " ".join(school.paragraphs)
    assert "The measure passed by a vote of 6 to 1" in text
    assert "reserve fund" in text
    assert (ferry.kicker, ferry.headlines) == ("HARBOR", ("Ferry fares to rise in September",))
    assert "riders on its 38 crossings each weekday" in " ".join(ferry.paragraphs)


WORDS_AS_BLOCKS = """Fire guts Dock Street warehouse

By DANIEL OKAFOR

A

fire

four-alarm

tore through a vacant warehouse on Dock Street
early Wednesday, sending a column of smoke over
the waterfront, fire officials said.

Crews from four stations fought the blaze for
more than three hours before bringing it under
control. No one was hurt.
"""


def test_a_sentence_s_first_word_written_as_a_block_is_not_a_headline() -> None:
    """pdfminer writes a justified line's words as blocks of their own (``A`` / ``fire``):
    a title never ends on an article, so ``A`` is a broken sentence, not a headline that
    would part the story from its opening words."""
    page = ocr.process(WORDS_AS_BLOCKS, lang="en", correct=False)
    assert [a.headlines for a in page.articles] == [("Fire guts Dock Street warehouse",)]
    assert not any(b.kind is BlockKind.HEADLINE and b.text == "A" for b in page.blocks)


LOST_DROP_CAP = """SCHOOLS

Board backs longer school day

By HELEN TRAN

The county school board on Tuesday approved
adding 30 minutes to the school day at all
eleven elementary schools.

HARBOR

Ferry fares to rise in September

he regional ferry authority will raise fares
by 50 cents on Sept. 1 to cover higher fuel
and crew costs.
"""


LATER_OPEN_STORY = """
TRANSIT

Bus riders face longer waits

By PAUL GREEN

The transit agency cuts service on six routes to save
fuel, and the agency said riders
"""


@pytest.mark.parametrize("later", ["", LATER_OPEN_STORY])
def test_a_story_whose_drop_cap_was_lost_stays_under_its_own_heading(later: str) -> None:
    """A column starting in lower case under a heading is that heading's story (its
    first letter, a drop cap, lost), not more of the finished story before it, nor of a
    later story left mid-sentence that shares one word with it (``fuel``)."""
    page = ocr.process(LOST_DROP_CAP + later, lang="en", correct=False)
    assert [a.headlines for a in page.articles][:2] == [("Board backs longer school day",),
                                                        ("Ferry fares to rise in September",)]
    assert page.articles[1].paragraphs[0].startswith("he regional ferry authority")


SHORT_COLUMNS = """SCHOOLS

Board backs longer school day

By HELEN TRAN

The county school board on Tuesday approved
adding minutes to the school day. The
measure passed

NEWS

Pool opens

by a vote of six to one after a long debate.

WEATHER

Rain today

and parents will be told of it by letter.

""" + FERRY_LEFT_OPEN


def test_columns_that_share_no_term_with_either_story_stay_where_they_were_read() -> None:
    """Two short columns under headings, each sharing no content word with the school
    story left open before them or the ferry story left open after: they go on with the
    school story, in the order they were read (a tie is no evidence to move them)."""
    page = ocr.process(SHORT_COLUMNS, lang="en", correct=False)
    school = " ".join(page.articles[0].paragraphs)
    assert school.endswith("The measure passed by a vote of six to one after a long debate. "
                           "and parents will be told of it by letter.")
    ferry = [a for a in page.articles if "ferry" in " ".join(a.paragraphs)][0]
    assert " ".join(ferry.paragraphs).endswith("riders on its 38")


TITLES_ENDING_ON_A = """Juventus Return to Top of Serie A

Juventus beat Lazio 2-0 on Sunday to move back to the top of the table,
a point clear of Inter with six games to play.

County Confirms Three Cases of Hepatitis A

Health officials on Monday confirmed three cases of the liver infection
among diners at a downtown restaurant.
"""


def test_a_title_ending_on_a_capital_a_is_still_a_headline() -> None:
    page = ocr.process(TITLES_ENDING_ON_A, lang="en", correct=False)
    assert [a.headlines for a in page.articles] == [("Juventus Return to Top of Serie A",),
                                                    ("County Confirms Three Cases of Hepatitis A",)]


PHOTO_IN_A_COLUMN = """SCHOOLS

Board backs longer school day

by a vote of 6 to 1, with the change taking
effect in the fall term. Parents will be told

Students leave Lincoln Elementary on Tuesday.

Photo by Nina Park

of the new school hours by letter in July.
Board members said the longer day would
give pupils more time to read.

By HELEN TRAN

The county school board on Tuesday approved
adding 30 minutes to the school day at all
eleven elementary schools. The measure passed
"""


def test_a_photo_read_inside_a_column_goes_with_the_column_s_story() -> None:
    page = ocr.process(PHOTO_IN_A_COLUMN, lang="en", correct=False)
    assert len(page.articles) == 1
    story = page.articles[0]
    assert " ".join(story.paragraphs).endswith("The measure passed by a vote of 6 to 1, with the "
                                               "change taking effect in the fall term. Parents "
                                               "will be told of the new school hours by letter "
                                               "in July. Board members said the longer day "
                                               "would give pupils more time to read.")
    assert [p.article_id for p in page.photos] == [story.id]


def test_placing_many_columns_under_headings_reads_each_story_once(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A huge page of short columns under headings, each going on with one long story
    left open: each article's own terms are made once, not once a column (that was a
    story's whole text again for every column: 16 s for 2,000 columns)."""
    import ocr.pending_columns as pending_columns
    import ocr.terms as terms_module

    n = 300
    parts = ["Harbor story headline", "", "By NORA BLAKE", ""]
    parts += [f"The harbor board met on day {i} and talked about dredging." for i in range(n)]
    parts += ["", "The board will vote on the plan when it meets", ""]
    for k in range(n):
        parts += ["NEWS", "", f"Board Backs Plan {k}", "", f"and item {k} goes on", ""]
    made: list[int] = []  # the length of each text the term rules read
    stems, among = terms_module.latin_stems, terms_module.terms_among

    def counted_stems(text: str) -> set[str]:
        made.append(len(text))
        return stems(text)

    def counted_among(text: str, *rest: Any) -> frozenset[str]:
        made.append(len(text))
        return among(text, *rest)

    monkeypatch.setattr(pending_columns, "latin_stems", counted_stems)
    monkeypatch.setattr(terms_module, "latin_stems", counted_stems)
    monkeypatch.setattr(terms_module, "terms_among", counted_among)
    page = ocr.process("\n".join(parts), lang="en", correct=False)
    text = " ".join(p for a in page.articles for p in a.paragraphs)
    assert all(f"and item {k} goes on" in text for k in range(n))  # nothing lost
    assert sum(made) < 20 * len("\n".join(parts))  # the texts read stay linear in the page


#: A dogleg as pdfminer writes it: the library story's first columns, the bus story's
#: first column (its own byline), the library story's last column (set under the bus
#: story's headline), the bus story's last column. Each column ends a sentence and
#: opens a paragraph.
DOGLEG_ZH = """第5版

城市

市图书馆新馆周末试开放

夜间公交新增三条线路

本报记者 李静

市图书馆新馆位于滨江新区文化中心东侧，总建筑面积约4.2万平方米，
设有少儿阅览区、古籍阅览室和数字体验区，可容纳读者3000人同时阅读。

试开放期间，新馆每周六、周日9时至21时开放，读者凭身份证即可入馆。

本报讯（记者 周晓）记者从市公交集团获悉，为方便市民夜间出行，
本月起我市将新开通三条夜间公交线路，覆盖主城区主要商圈和居民区。

市图书馆有关负责人介绍，新馆试开放期间，图书借阅、自助还书和少儿阅览区
将全部开放，古籍阅览室和数字体验区需在图书馆官网提前预约。

三条夜间公交线路每晚21时至次日1时运营，发车间隔20分钟，
票价2元，乘客可使用公交卡或手机扫码乘车。
"""


def test_a_column_set_under_another_story_s_headline_goes_back_to_its_story() -> None:
    """Of two Chinese stories written column by column in turn, a paragraph that opens
    after a story ended goes with the story whose terms it shares clearly more densely."""
    page = ocr.process(DOGLEG_ZH, lang="zh", correct=False)
    texts = ["".join(a.paragraphs) for a in page.articles]
    library = next(t for t in texts if "滨江新区" in t)
    bus = next(t for t in texts if "市公交集团" in t)
    assert "古籍阅览室和数字体验区需在图书馆官网提前预约" in library
    assert "发车间隔20分钟" in bus and "预约" not in bus


#: Two stories left open at their columns' feet, written one after the other, then each
#: one's next column in turn (the metro story's first), then a jump line written after the
#: next story's headline.
TWO_OPEN_ZH = """要闻

地铁五号线南段下月试运营

本报讯（记者 王磊）记者昨日从市轨道交通
集团获悉，地铁五号线南段工程已完成全部
车站装修和设备调试，计划于下月底开通试
运营。五号线南段全长十八公里，共设车站
十二座，串联起南部新城和高铁站等客流集

老旧小区加装电梯提速

本报讯（记者 李娜）今年以来，我市老旧小
区加装电梯工作明显提速，截至上月底已有
三百二十台电梯完成安装并投入使用，另有
一百五十台正在施工。市住建局相关负责人

中区域。开通后，从高铁站乘地铁到市中心
只需二十五分钟。轨道交通集团表示，五号
线北段工程也在加紧建设，预计明年年底前

城东湿地公园开园

（下转第2版）

本报讯（记者 赵敏）城东湿地公园昨日正式
开园，公园占地一千二百亩，建有环湖步道
和观鸟平台，免费向市民开放。
"""


def test_of_two_open_chinese_stories_a_column_goes_on_with_the_one_it_talks_of() -> None:
    """Both stories end mid-sentence: the column that goes on (地铁, 高铁站, 开通) is the
    metro story's though the housing story was read last; the story taken back keeps
    the column after it, and the jump line read after a headline is the metro story's,
    which ends just above it (not the story opened last)."""
    page = ocr.process(TWO_OPEN_ZH, lang="zh", correct=False)
    metro = next(a for a in page.articles if any("五号线南段" in p for p in a.paragraphs))
    lift = next(a for a in page.articles if any("加装电梯" in p for p in a.paragraphs))
    assert "客流集中区域。开通后" in "".join(metro.paragraphs)
    assert "明年年底前" in "".join(metro.paragraphs)
    assert "".join(lift.paragraphs).endswith("相关负责人")
    assert metro.jump is not None and lift.jump is None
    park = next(a for a in page.articles if any("湿地公园" in p for p in a.paragraphs))
    assert park.headlines == ("城东湿地公园开园",)


def test_a_column_after_a_story_taken_back_goes_on_with_the_other_open_story() -> None:
    """Once the metro story was taken back and ends its sentence, the next column that
    goes on (表示，…) is the housing story's, though that story opened after it."""
    text = TWO_OPEN_ZH.split("城东湿地公园开园")[0].replace(
        "五号\n线北段工程也在加紧建设，预计明年年底前",
        "试运\n营期间将加密列车班次，保障乘客出行。") + (
        "表示，加装电梯由业主自愿申请，政府按每\n台十五万元给予补贴，居民可通过社区提出\n"
        "申请，住建部门将简化审批流程。\n")
    page = ocr.process(text, lang="zh", correct=False)
    lift = next(a for a in page.articles if any("加装电梯" in p for p in a.paragraphs))
    assert "相关负责人表示，加装电梯由业主自愿申请" in "".join(lift.paragraphs)


#: A deck set across columns (wider than a column's line, a clause but no sentence end)
#: written between one story's columns and its photo, away from its own headline.
DECK_AWAY_ZH = """今年中考6月24日开考

新建城市书房向市民开放

本报讯（记者 陈晨）位于滨江公
园北门的城市书房昨日正式向市
民开放，书房藏书一万余册，设
有阅读区、自习区和亲子区。

全市4.3万名考生报名，考点增至58个

读者在城市书房内阅读。

记者 陈晨 摄

据悉，城市书房每天8时至22时
开放，市民凭借书证即可免费借
阅图书，书房还将定期举办读书
分享会。

本报讯（记者 孙悦）记者从市教
育局获悉，今年全市共有4.3万名
考生报名参加中考，考点58个。
"""


def test_a_deck_across_columns_written_away_from_its_headline_is_a_heading() -> None:
    """The deck heads the exam story (its terms: 考生, 考点), and the reading room's
    paragraph after the photo goes on with its story, which it talks of (城市书房)."""
    page = ocr.process(DECK_AWAY_ZH, lang="zh", correct=False)
    exam = next(a for a in page.articles if any("教育局" in p for p in a.paragraphs))
    room = next(a for a in page.articles if any("滨江公" in p for p in a.paragraphs))
    assert "全市4.3万名考生报名，考点增至58个" in (*exam.headlines, exam.subheadline)
    assert any(p.startswith("据悉，城市书房") for p in room.paragraphs)
    assert len(page.articles) == 2


#: Two stories left open at their columns' feet, then a short column end that shares no
#: term with either: only the word the break cut (一经发 / 现: 发现) says whose it is.
CUT_WORD_ZH = """中考下周开考

本报讯（记者 孙悦）记者从市教育局获悉，
今年全市共有4.3万名考生报名参加中考。
市教育考试院提醒，考生不得携带手机、
智能手表等各类电子设备进入考场，一经发

医院签约共建诊疗中心

本报讯（记者 何畅）临江市第一人民医院
昨日与上海一家三甲医院签署合作协议，
共建心血管病诊疗中心，合作医院将定期派
出国内知名心血管病专家团队的专家来

现将按违纪处理。

临江坐诊、手术和带教，让本地群众在家门
口就能享受到优质医疗资源。
"""


def test_a_column_end_goes_on_with_the_story_whose_word_it_finishes() -> None:
    page = ocr.process(CUT_WORD_ZH, lang="zh", correct=False)
    exam = next(a for a in page.articles if any("教育局" in p for p in a.paragraphs))
    clinic = next(a for a in page.articles if any("三甲医院" in p for p in a.paragraphs))
    assert "一经发现将按违纪处理。" in "".join(exam.paragraphs)
    assert "的专家来临江坐诊" in "".join(clinic.paragraphs)


#: pdfminer writes a column's last lines (滤食性鱼类，…) before the column they finish: after
#: a paragraph that ended, and before the block that stops mid-sentence (…投放) ahead of
#: a paragraph's first line (监测数据显示, set two ems short).
EARLY_COLUMN_ZH = """城区河道水质全面达标

本报记者 黄立新

清晨，沿着城西的玉带河漫步，河水清澈
见底，岸边垂柳依依，不少市民在步道上
晨练、散步。谁能想到，几年前这里还是
一条淤积严重、异味扑鼻的臭水沟。

滤食性鱼类，构建水生态系统，增强河道
自净能力，河水从此变得清澈起来了。

截污之后，如何让河水保持清澈？我
市的做法是引水活水。通过新建3座引水
泵站，每天从长江引入优质水源约50万立
方米，同时在河道中种植沉水植物、投放

监测数据显示，今年1至5月，城区
18条河道水质全部达到地表水Ⅳ类标准。
"""


def test_a_column_written_before_its_place_goes_where_its_story_left_a_sentence_open() -> None:
    page = ocr.process(EARLY_COLUMN_ZH, lang="zh", correct=False)
    (river,) = page.articles
    text = "".join(river.paragraphs)
    assert "投放滤食性鱼类，构建水生态系统" in text
    assert text.index("臭水沟。") < text.index("截污之后") < text.index("投放滤食性") < text.index(
        "监测数据显示")


#: A story's first column, its photo between two of its sentences, and its next column
#: ending on a jump line whose slug (FIRE) is a word of the story; then a brief after a
#: photo with a jump line of its own subject (PARADE).
SLUGGED = """Fire guts Dock Street warehouse

By DANIEL OKAFOR

A four-alarm fire tore through a vacant warehouse on
Dock Street early Wednesday, closing Harbor Boulevard
for most of the morning.

Smoke pours from the upper floors before dawn.

DANIEL OKAFOR/HARBOR LEDGER

Firefighters were called to the building, a former
cold-storage plant at 410 Dock St., at
See FIRE, Page A6

Crowds line Front Street for the Fourth.

ANNA KOWALSKI/HARBOR LEDGER

The city will close Front Street on Thursday for the
parade, which starts at 10 a.m. at the
See PARADE, Page A5
"""


def test_a_column_whose_jump_slug_names_the_story_before_it_is_that_story_s() -> None:
    """A photo between two sentences parts English text; the jump line's slug (a word
    of the story, printed to find it on the page it jumps to) puts the column back."""
    page = ocr.process(SLUGGED, lang="en", correct=False)
    fire = next(a for a in page.articles if any("four-alarm" in p for p in a.paragraphs))
    assert "Firefighters were called" in " ".join(fire.paragraphs)
    assert fire.jump is not None and fire.jump.page == "A6"
    parade = next(a for a in page.articles if any("parade" in p for p in a.paragraphs))
    assert parade is not fire and parade.jump is not None and parade.jump.page == "A5"


def test_a_story_that_opens_with_its_byline_is_no_slugged_tail() -> None:
    """No blank lines (pdftotext -raw): a story's byline runs into its text, in a
    headless draft that ends on ``See FIRE``, after a brief that mentions the Fire
    Station: it is a story's start, not the brief's tail (the same draft without the
    byline is)."""
    from ocr.drafts import Draft
    from ocr.misplaced_columns import slugged_tails
    from ocr.model import Block, Jump, Line, Word
    from ocr.profiles import load_profile

    def block(i: int, *lines: str) -> Block:
        return Block(f"b{i}", BlockKind.BODY,
                     tuple(Line(tuple(Word(w) for w in t.split())) for t in lines))

    markers = load_profile(None).patterns("en")
    for first, merged in (("By DANIEL OKAFOR", False), ("Firefighters were called", True)):
        brief = Draft(start=0, blocks=[block(0, "A bicycle registration behind the",
                                             "Central Fire Station on Saturday.")], end=0)
        story = Draft(start=1, blocks=[block(1, first, "to the warehouse at")], end=1,
                      jump=Jump("See FIRE, Page A6", "A6"), headless=True)
        out = slugged_tails([brief, story], markers)
        assert (len(out) == 1) is merged


def test_a_brief_whose_jump_names_its_own_subject_is_no_slugged_tail() -> None:
    """A headless brief ending on ``See COUNCIL, Page A3`` after a story that mentions the
    council once talks of the council more than that story: its slug names its own
    subject, and it stays apart. A jump line with no slug (``Continued on Page A3``,
    ``Turn to Page A3``, ``CONT'D ON A3``: only the words of the profile's jump forms)
    names no story."""
    from ocr.drafts import Draft
    from ocr.misplaced_columns import slugged_tails
    from ocr.model import Block, Jump, Line, Word
    from ocr.profiles import load_profile

    def block(i: int, *lines: str) -> Block:
        return Block(f"b{i}", BlockKind.BODY,
                     tuple(Line(tuple(Word(w) for w in t.split())) for t in lines))

    markers = load_profile(None).patterns("en")
    story_lines = ("The school board approved the budget on Monday after a long",
                   "debate, and the council must now sign off on the new tax rate.")
    cases = (("See COUNCIL, Page A3", ("The City Council will vote Tuesday on the",
                                       "plan, council members said, after a hearing")),
             ("See COUNCIL, Page A3", ("Residents may speak at the hearing on",
                                       "Tuesday before the vote on the plan")),
             ("Continued on Page A3", ("Residents may speak at the hearing on",
                                       "Tuesday before the vote on the plan")),
             ("Turn to Page A3", ("Residents may speak at the hearing on",
                                  "Tuesday before the vote on the plan")),
             ("CONT'D ON A3", ("Residents may speak at the hearing on",
                               "Tuesday before the vote on the plan")))
    for (jump, lines), merged in zip(cases, (False, True, False, False, False), strict=True):
        story = Draft(start=0, blocks=[block(0, *story_lines)], end=0)
        brief = Draft(start=1, blocks=[block(1, *lines)], end=1,
                      jump=Jump(jump, "A3"), headless=True)
        out = slugged_tails([story, brief], markers)
        assert (len(out) == 1) is merged, jump


#: A story left open at its column's foot (the metro's), then a story that ends its
#: sentence (the lifts'), then a column that goes on, full at its first line, which talks
#: of the lifts and shares only common pairs (记者, 表示) with the metro story.
COMMON_PAIRS_ZH = """要闻

地铁五号线南段下月试运营

本报讯（记者 王磊）记者昨日从市轨道交通
集团获悉，地铁五号线南段工程已完成全部
车站装修和设备调试，计划于下月底开通试
运营。轨道交通集团表示，五号线南段串联
起南部新城和高铁站等客流集

老旧小区加装电梯提速

本报讯（记者 李娜）今年以来，我市老旧小
区加装电梯工作明显提速，截至上月底已有
三百二十台电梯完成安装并投入使用，另有
一百五十台正在施工。

{}
"""


@pytest.mark.parametrize("column", [
    "记者了解到，加装电梯由业主自愿申请，政府\n按每台十五万元给予补贴，居民可通过社区提\n出申请，住建部门将简化审批流程。",
    "记者了解到，住建局表示加装电梯由业主自愿\n申请，政府按每台十五万元给予补贴，居民可\n通过社区提出申请，审批流程将简化。",
])
def test_a_column_sharing_only_common_pairs_with_an_open_story_stays(column: str) -> None:
    """The column shares 记者 (and 表示) with the metro story left open, words every
    story holds, and talks of the lifts: it stays with the lift story, which it goes on
    with, not the open story (``SHARED_TO_RESUME`` pairs, ``DENSER_TO_RESUME``)."""
    page = ocr.process(COMMON_PAIRS_ZH.format(column), lang="zh", correct=False)
    metro = next(a for a in page.articles if any("五号线南段" in p for p in a.paragraphs))
    lift = next(a for a in page.articles if any("加装电梯工作" in p for p in a.paragraphs))
    assert "".join(metro.paragraphs).endswith("客流集")
    assert "政府按每台十五万元给予补贴" in "".join(lift.paragraphs)
