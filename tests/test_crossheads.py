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
