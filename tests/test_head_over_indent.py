"""A Chinese brief's head between a column left open and an indented paragraph, on a
page ``pdftotext -layout`` wrote as a grid (``open_line_heads.head_over_indent``).

A rail of briefs beside a story is read after the story's column, which the band cut
leaves open at its foot (``…全市已建成老年助餐点284个，每``). The brief's head is a
short line ending no sentence under it, so ``text_headings`` took it for the open
sentence's next words and the brief ran on into the story. ``-layout`` keeps each
line's printed indent: the line under the head is set in, a paragraph's first, so the
head is no paragraph's last line (that ends its sentence) nor a line inside one. A
crosshead after a paragraph's end is a line of the same shape, and stays in its story:
the text above it is closed.
"""

from __future__ import annotations

import pytest
from conftest import article_holding, layout_grid

import ocr
from ocr.readers.text import read_text


def _side_by_side(left: str, right: str, cells: int = 22, gutter: int = 6) -> str:
    """Two columns on one character grid, as ``pdftotext -layout`` writes them."""
    return layout_grid([left.split("\n"), right.split("\n")], cells + gutter)


#: A story's opening: its headline, byline and first paragraph.
OPENING_ZH = """“一刻钟助老圈”铺到每个社区
本报记者 严书远
  清早7点，家住柳岸社区的82岁老人
秦大爷来到楼下的社区助老站，量血压、
吃早饭、和老邻居们下跳棋，一上午过得
有滋有味。“孩子们白天上班，我一个人
在家闷得慌，这里热闹。”秦大爷说。
"""

#: A story's first column, left open at the band's foot.
STORY_ZH = OPENING_ZH + """  柳岸社区助老站是我市今年新建的29
个社区嵌入式助老站之一，设有助餐点、
日间照料室和康复理疗室。
  在各类服务中，助餐最受老人欢迎。
目前，全市已建成老年助餐点284个，每"""

#: A rail of two briefs beside it, each head flush over an indented first line.
RAIL_ZH = """周日举办冬季招聘会
  12月6日上午，市人才市场将举
办冬季招聘会，预计有180余家企业
进场，提供岗位4200余个，涉及装备
制造、物流、护理等行业。

部分路段明日停水
  因管网改造，12月4日9时至18时，
城西区新华路、人民路部分路段将暂
停供水，请居民提前做好储水准备。"""

#: The same story, its column closed on a paragraph's end over a crosshead with white
#: above it (without it the crosshead is written as the paragraph's last line, and no
#: one-line block is asked).
STORY_WITH_CROSSHEAD_ZH = OPENING_ZH + """
助餐服务最受欢迎
  在各类服务中，助餐最受老人欢迎。
目前，全市已建成老年助餐点284个，每
天为1.3万余名老人提供就餐服务。"""

#: The story's column closed by a quotation whose closing mark wrapped alone, over a
#: crosshead with white above it.
STORY_WITH_QUOTE_ZH = """“一刻钟助老圈”铺到每个社区
本报记者 严书远
  清早7点，家住柳岸社区的82岁老人
秦大爷来到楼下的社区助老站，量血压、
吃早饭、和老邻居们下跳棋。“孩子们白
天上班，我一个人在家闷得慌，这里热闹。
”

助餐服务最受欢迎
  在各类服务中，助餐最受老人欢迎。
目前，全市已建成老年助餐点284个，每
天为1.3万余名老人提供就餐服务。"""


def test_a_brief_head_over_an_indent_parts_the_brief_from_the_open_story() -> None:
    text = _side_by_side(STORY_ZH, RAIL_ZH)
    assert read_text(text, lang="zh").from_grid
    page = ocr.process(text, lang="zh", correct=False)
    brief = article_holding(page, "市人才市场将举")
    assert "周日举办冬季招聘会" in brief.headlines
    assert brief is not article_holding(page, "秦大爷来到楼下")


@pytest.mark.parametrize("story", [STORY_WITH_CROSSHEAD_ZH, STORY_WITH_QUOTE_ZH],
                         ids=["after_a_paragraphs_end", "under_a_closing_quote_wrapped_alone"])
def test_a_crosshead_stays_in_its_story(story: str) -> None:
    """Guards: a crosshead after a paragraph's end, or under a closing quote wrapped onto a
    line of its own (which closes its sentence), is the story's, not a brief's head."""
    page = ocr.process(_side_by_side(story, RAIL_ZH), lang="zh", correct=False)
    held = article_holding(page, "秦大爷来到楼下")
    assert held is article_holding(page, "助餐最受老人欢迎")
    assert "助餐服务最受欢迎" not in held.headlines


def test_a_line_as_wide_as_the_column_under_it_is_no_head() -> None:
    """Guard: a head is broken by hand, narrower than any paragraph's first line in the
    column under it; a line as wide as the column's lines may be the open sentence's
    next line, and stays the story's text."""
    rail = RAIL_ZH.replace("周日举办冬季招聘会", "市人才市场本周日将举办冬季招聘会")
    page = ocr.process(_side_by_side(STORY_ZH, rail, cells=24), lang="zh", correct=False)
    story = article_holding(page, "秦大爷来到楼下")
    assert "市人才市场本周日将举办冬季招聘会" not in story.headlines
    assert "市人才市场本周日将举办冬季招聘会" in "".join(story.paragraphs)
