"""A Chinese crosshead whose section's first paragraph runs over a column break (text
without geometry): the section turns to a new subject, sharing few letter pairs with the
story above, and its first block holds one paragraph cut mid-sentence, so only what comes
after the break tells it from a brief under a headline: the paragraph ends in the next
block and a second one opens set in under it (``crossheads.goes_on``). A block of one
line cut on a clause's mark (a justified line the extractor parted) goes on too. A brief
whose text runs over the break and ends on a short line stays a brief where the next
block opens on a full line: another column's sentence going on."""

from __future__ import annotations

import ocr

STORY = """城区供暖提前五天启动

本报讯（记者 韩松涛）记者从市住
建局获悉，受冷空气提前到来影响，
今年城区集中供暖将于11月10日起提
前启动，比往年提前五天，惠及居民
四十余万户。
"""

SECTION = """
热源厂加紧调试

东郊热电厂工人们连日检修锅炉、
更换阀门，对厂内管道逐段试压查

漏，确保机组在寒潮到来前满负荷
稳定运行。

厂长介绍，今年新增的两台燃
气锅炉已完成点火，供热能力比去
年提高一成以上，可保障管网末端
用户室温达标。
"""

BRIEF = """
部分路段今起封闭施工

因燃气管道改造，解放路北段将封
闭施工一个月，施工期间过往社会

车辆请绕行建设路，请市民提前安
排出行。

站台迁至路口东侧，候车乘客可扫
码查询各线路首末班时间和发车间
隔。
"""


def _articles(text: str) -> list[ocr.Article]:
    return list(ocr.process(text, lang="zh", correct=False).articles)


def test_a_section_whose_first_paragraph_crosses_a_column_keeps_its_story_whole() -> None:
    (story,) = _articles(STORY + SECTION)
    assert story.headlines == ("城区供暖提前五天启动",)
    assert "热源厂加紧调试" in story.paragraphs
    assert story.paragraphs[-1].startswith("厂长介绍")


def test_a_section_whose_first_line_is_a_block_of_its_own_keeps_its_story_whole() -> None:
    section = SECTION.replace("锅炉、\n更换", "锅炉、\n\n更换")
    (story,) = _articles(STORY + section)
    assert "热源厂加紧调试" in story.paragraphs
    assert any(p.startswith("东郊热电厂工人们连日检修锅炉、更换阀门") for p in story.paragraphs)


def test_a_brief_whose_text_crosses_a_column_stays_a_brief() -> None:
    story, brief = _articles(STORY + BRIEF)
    assert brief.headlines == ("部分路段今起封闭施工",)
    assert brief.paragraphs[0].endswith("请市民提前安排出行。")
    assert brief.paragraphs[0].startswith("因燃气管道改造")
    assert story.headlines == ("城区供暖提前五天启动",)


JUMPED = """
热源厂加紧调试

东郊热电厂工人们连日检修锅炉、
更换阀门，对厂内管道逐段试压查

漏，确保机组在寒潮到来前满负荷

（下转第3版）
"""


def test_a_section_cut_by_the_jump_line_keeps_its_story_whole() -> None:
    """A section running on, no sentence ended, into the story's jump line is cut by the
    page's end: a brief under its headline is told whole on the page."""
    (story,) = _articles(STORY + JUMPED)
    assert "热源厂加紧调试" in story.paragraphs
    assert story.jump is not None and story.jump.page == "3"
