"""Chinese crossheads (小标题) in text without geometry: a short line between two paragraphs
of one story is a paragraph of that story, not the headline of a headless story under it;
the headline of a brief set under another story stays a headline. Drawn in pdftotext's
style (a column's lines, blank lines between blocks)."""

from __future__ import annotations

import ocr

STORY_WITH_CROSSHEAD = """河道整治工程全面完工

本报讯（记者 林志远）记者从市水利局获悉，城西
片区河道综合整治工程日前全面完工，共疏浚河道18
条，新建生态护岸26公里，沿河新增绿地12万平方米。
整治后，片区河道水质稳定达到地表水Ⅳ类标准。

生态护岸成为亮点

此次整治中，生态护岸采用透水砖和水生植物相
结合的做法，既稳固了河道岸坡，又为鱼类和水鸟提
供了栖息场所。市水利局有关负责人介绍，片区河道
的生态护岸明年还将向城东延伸。

部分区域明日停电

因电力线路检修，11月24日8时至17时，城东区
建设路、解放路部分路段将暂停供电，请相关单位和
居民提前做好准备。
"""


def _story(page: ocr.Page, words: str) -> ocr.Article:
    return next(a for a in page.articles if words in "".join(a.paragraphs))


def test_a_crosshead_keeps_its_story_whole() -> None:
    page = ocr.process(STORY_WITH_CROSSHEAD, lang="zh", correct=False)
    story = _story(page, "城西")
    assert "生态护岸成为亮点" in story.paragraphs
    assert "栖息场所" in "".join(story.paragraphs)
    assert story.headlines == ("河道整治工程全面完工",)


def test_a_briefs_headline_under_a_story_stays_a_headline() -> None:
    page = ocr.process(STORY_WITH_CROSSHEAD, lang="zh", correct=False)
    brief = _story(page, "电力线路检修")
    assert brief.headlines == ("部分区域明日停电",)
    assert "城西" not in "".join(brief.paragraphs)


# A section that turns to a new subject shares few letter pairs with the story above; it
# says by its form that it goes on: two paragraphs under the line, where a brief under
# its headline holds one.
STORY_WITH_A_NEW_SECTION = """暴雪预警发布 全市进入应急状态

本报讯（记者 沈立群）记者从市应急管理局获悉，受
强冷空气南下影响，今夜至后天我市将迎来入冬以来最
强降雪，局部积雪深度可达15厘米。市应急管理局已于
今天上午启动低温雨雪冰冻灾害四级应急响应。
气象部门提醒，此次降雪持续时间长、影响范围广，
山区道路可能出现结冰，市民出行需格外小心。

各区县连夜排查
东山县组织干部逐户走访独居老人，为困难家庭
送去棉被和取暖器，排查危旧房屋三百余间。
南岸区在主要坡道提前撒布融雪剂，环卫工人分
班值守，确保积雪随下随清。
"""

# The same section as pdfminer writes it: each paragraph a block of its own.
SECTION_IN_BLOCKS = """暴雪预警发布 全市进入应急状态

本报讯（记者 沈立群）记者从市应急管理局获悉，受
强冷空气南下影响，今夜至后天我市将迎来入冬以来最
强降雪，局部积雪深度可达15厘米。市应急管理局已于
今天上午启动低温雨雪冰冻灾害四级应急响应。

各区县连夜排查

东山县组织干部逐户走访独居老人，为困难家庭
送去棉被和取暖器，排查危旧房屋三百余间。

南岸区在主要坡道提前撒布融雪剂，环卫工人分
班值守，确保积雪随下随清，保障群众安全出行。
"""

# A section that opens on words referring back: one paragraph, as a brief holds.
SECTION_THAT_REFERS_BACK = """老旧小区加装电梯提速

本报讯（记者 韦晓光）今年以来，我市已为老旧小区
加装电梯二百一十部，惠及居民五千余户。市住建局将
加装电梯纳入民生实事，简化审批流程，实行一窗受理。

配套设施同步跟进

据了解，下一步有关部门还将统筹建设停车泊位、
充电桩和无障碍坡道，让群众出门更方便。
"""

# A brief under its headline, as pdfminer writes it, with the next story's headline and
# deck after it: the brief's headline stays a headline.
BRIEF_OVER_A_HEADLINE = """社区食堂开进老街

本报讯（记者 韦晓光）城南老街首家社区食堂昨日开
业，六十岁以上老人就餐可享八折优惠，食堂每天供应
早午晚三餐，荤素搭配，价格实惠，深受居民欢迎。

旧书交换集市周末开张

周六上午，市图书馆将在北广场举办旧书交换集
市，市民可凭旧书兑换图书馆的漂流书。

冬季献血活动启动 血站呼吁市民参与
全市设立十二个固定献血点，节假日照常开放

本报讯（记者 沈立群）记者从市中心血站获悉，为
保障冬季临床用血，血站即日起开展冬季献血活动。
"""


def test_a_section_on_a_new_subject_keeps_its_story_whole() -> None:
    page = ocr.process(STORY_WITH_A_NEW_SECTION, lang="zh", correct=False)
    story = _story(page, "应急管理局")
    assert "各区县连夜排查" in story.paragraphs
    assert "随下随清" in "".join(story.paragraphs)
    assert len(page.articles) == 1


def test_a_section_written_a_paragraph_a_block_keeps_its_story_whole() -> None:
    page = ocr.process(SECTION_IN_BLOCKS, lang="zh", correct=False)
    story = _story(page, "应急管理局")
    assert "各区县连夜排查" in story.paragraphs
    assert "保障群众安全出行" in "".join(story.paragraphs)


def test_a_section_that_refers_back_keeps_its_story_whole() -> None:
    page = ocr.process(SECTION_THAT_REFERS_BACK, lang="zh", correct=False)
    story = _story(page, "加装电梯二百一十部")
    assert "配套设施同步跟进" in story.paragraphs
    assert "无障碍坡道" in "".join(story.paragraphs)


def test_a_one_paragraph_brief_over_another_headline_stays_a_brief() -> None:
    page = ocr.process(BRIEF_OVER_A_HEADLINE, lang="zh", correct=False)
    brief = _story(page, "旧书兑换")
    assert brief.headlines == ("旧书交换集市周末开张",)
    assert "社区食堂" not in "".join(brief.paragraphs)


# The section as pdftotext writes it with a photo set in the column between its two
# paragraphs; the first paragraph ends on a full line, the second opens set two in.
SECTION_OVER_A_PHOTO = """暴雪预警发布 全市进入应急状态

本报讯（记者 沈立群）记者从市应急管理局获悉，受强
冷空气南下影响，今夜至后天我市将迎来入冬以来最强降
雪，局部积雪深度可达15厘米。市应急管理局已于今天上
午启动低温雨雪冰冻灾害四级应急响应。

各区县连夜排查
东山县组织干部逐户走访独居老人，为困难家庭送去
棉被和取暖器，并排查危旧房屋三百余间，转移群众。

环卫工人在人民路清扫积雪。
特约摄影 王一凡

南岸区在主要坡道提前撒布融雪剂，环卫工人
分班值守，确保积雪随下随清，保障群众安全出行。
"""

# ... and with the page's editors' line written between the story's text and the section.
SECTION_AFTER_FURNITURE = STORY_WITH_A_NEW_SECTION.replace(
    "\n各区县连夜排查", "\n\n责任编辑：周明 美术编辑：孙悦 校对：何丽\n\n各区县连夜排查")


def test_a_section_with_a_photo_in_its_column_keeps_its_story_whole() -> None:
    page = ocr.process(SECTION_OVER_A_PHOTO, lang="zh", correct=False)
    story = _story(page, "应急管理局")
    assert "各区县连夜排查" in story.paragraphs
    assert "保障群众安全出行" in "".join(story.paragraphs)


def test_a_section_after_the_editors_line_keeps_its_story_whole() -> None:
    page = ocr.process(SECTION_AFTER_FURNITURE, lang="zh", correct=False)
    story = _story(page, "应急管理局")
    assert "各区县连夜排查" in story.paragraphs
    assert "随下随清" in "".join(story.paragraphs)


# The same kind of section with a column break right after its second paragraph's first
# line: pdftotext writes a blank line where the column turns (``…撒布融`` / blank /
# ``雪剂，…``); pdfminer also writes each paragraph a block, so that first line is a block
# of its own.
SECTION_ACROSS_A_COLUMN = """暴雪预警发布 全市进入应急状态

本报讯（记者 沈立群）记者从市应急管理局获悉，
受强冷空气南下影响，今夜至后天我市将迎来入冬以
来最强降雪，局部积雪深度可达15厘米。市应急管理
局已于今天上午启动低温雨雪冰冻灾害四级应急响应。

各区县连夜排查
东山县组织干部逐户走访独居老
人，为困难家庭送去棉被和取暖器，
排查危旧房屋三百余间，转移安置群
众一百二十余人，确保大家温暖过冬。
同时，南岸区在主要坡道撒布融

雪剂，环卫工人分班值守，确保积雪
随下随清，保障群众安全出行和生活
物资供应。
"""

SECTION_ACROSS_A_COLUMN_IN_BLOCKS = SECTION_ACROSS_A_COLUMN.replace(
    "各区县连夜排查\n", "各区县连夜排查\n\n").replace("过冬。\n", "过冬。\n\n")


def test_a_section_broken_by_a_column_keeps_its_story_whole() -> None:
    for text in (SECTION_ACROSS_A_COLUMN, SECTION_ACROSS_A_COLUMN_IN_BLOCKS):
        page = ocr.process(text, lang="zh", correct=False)
        story = _story(page, "应急管理局")
        assert "各区县连夜排查" in story.paragraphs
        assert "生活物资供应" in "".join(story.paragraphs)
        assert len(page.articles) == 1
