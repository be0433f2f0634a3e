"""A Chinese byline whose post has a short prefix other than 本报, and a last name wrapped.

A city paper signs its stories with a mark alone before the post (``□记者 X 通讯员 Y``) or
with its own name (``江城晚报记者 X``, ``江城晚报全媒体记者 X``; a station's, a site's, an
agency's: ``…电视台记者 X``). The patterns knew ``本报记者 X``, ``融媒体记者 X`` and a bare
``记者 X`` but not these, so the byline was read as text: the story's kicker, headline and
deck with it, and the story ran on into the item above (S12, three stories on eight
pages). A narrow column also wraps the last name onto a line of its own (``…通讯员 许`` /
``可``), which pdftotext writes with no blank line before the text: the name's rest opened
the first paragraph. Running text that holds 记者 goes on past a name and stays text.
"""

from __future__ import annotations

from conftest import article_holding

import ocr
from ocr.markers import own_line_byline
from ocr.profiles import load_profile

#: pdftotext's stream of a city paper's page: no blank line between a stack and its
#: byline, nor between the byline, the wrapped name and the text.
PAGE = """读者热线：0571-96811

社区食堂开到家门口
老城区新开四家长者食堂，
一荤两素十二元。菜价公示
在门口，老人吃得放心。

公园路的路灯亮了
绿化带里补种了两千株月季
江城晚报全媒体记者 简宁
过去一到晚上，公园路沿线
黑漆漆的，散步的市民只能
打着手电走。上周起，沿线
新装的一百二十盏路灯全部
点亮。

白天上班的车位晚上给谁停？
老小区试行错时共享
机关单位开放车位三百余个
□记者 程一苇 通讯员 许
可
晚上7点以后回到家，
绕小区转三圈都找不到车
位，这是住在建设路老小
区的不少居民的烦恼。

记者从市交通局获悉，本月
起街道协调五家机关单位，在
夜间向居民开放内部停车场。"""


def test_prefixed_posts_are_bylines() -> None:
    m = load_profile(None).patterns("zh")
    for line in ("□记者 程一苇", "□记者 程一苇 通讯员 许可", "■记者 方舟 实习生 邱雨",
                 "江城晚报记者 简宁", "江城晚报全媒体记者 简宁", "云岭电视台记者 汪洋",
                 "江城新闻网记者 冯远 通讯员 齐安"):
        assert own_line_byline(line, m), line
    # Running text holds 记者 and goes on past a name, or ends on the post.
    for line in ("江城晚报记者从市交通局获悉，", "市民告诉晚报记者", "记者从市交通局获悉，本月",
                 "江城晚报记者昨天走访了多家", "□记者手记：一盏灯的分量"):
        assert not own_line_byline(line, m), line


def test_story_under_a_paper_named_byline_keeps_its_stack() -> None:
    page = ocr.process(PAGE, lang="zh", correct=False)
    story = article_holding(page, "打着手电")
    assert "公园路的路灯亮了" in [story.kicker, *story.headlines]
    assert story.byline is not None and "简宁" in story.byline
    assert "公园路的路灯亮了" not in "".join(story.paragraphs)
    above = article_holding(page, "一荤两素")
    assert "打着手电" not in "".join(above.paragraphs)


def test_story_under_a_marked_byline_takes_its_wrapped_name() -> None:
    page = ocr.process(PAGE, lang="zh", correct=False)
    story = article_holding(page, "绕小区转三圈")
    assert story.byline is not None and story.byline.replace(" ", "").endswith("许可")
    assert "".join(story.paragraphs).startswith("晚上7点")
    assert any("车位晚上给谁停" in h for h in [story.kicker or "", *story.headlines])
    assert "记者从市交通局获悉" in "".join(page.articles[-1].paragraphs)


#: A photo's credit wrapped at ``摄`` under a column's line, no blank line around it.
CREDIT_PAGE = """古籍修复室里的“慢功夫”
修复师温静在修补一部清代县志。
本报记者 阙晓 通讯员 卢青
摄
本报讯 7月15日，市图书馆古籍修
复室里，修复师温静正在修补一部
清代县志。一张书页，从清洗、揭
开到补洞，要花上大半天。"""


def test_credit_wrapped_at_its_verb_is_no_name_rest() -> None:
    # ``卢青`` + ``摄`` makes three letters, a name's length: with it the line is a
    # photo's credit, so ``摄`` is not taken onto the byline's run as a name's rest.
    page = ocr.process(CREDIT_PAGE, lang="zh", correct=False)
    assert not any(b.text.replace("\n", "").endswith("卢青摄") for b in page.blocks)
