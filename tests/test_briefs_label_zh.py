"""A Chinese briefs column's label (``简讯``, ``本地快讯``) and the weather strip's readings
(``风力：…``, ``空气质量：…``) are furniture; a brief's headline under the label, written
right on top of its text, still heads it. Drawn in pdftotext's style."""

from __future__ import annotations

import ocr
from ocr.markers import marker_kind
from ocr.model import BlockKind
from ocr.profiles import load_profile
from ocr.readers.heads_on_top import heading_on_top
from ocr.typography import text_widths

M = load_profile(None).patterns("zh")

BOX = """部分区域明日停电
因电力线路检修，11月24日8时至17
时，城东区建设路、解放路部分路段将
暂停供电，请相关单位和居民提前做好
准备。

本地快讯

周六举办大型招聘会
11月28日上午，市人力资
源市场将举办冬季大型招聘会，
预计有210余家企业进场，提供
岗位5600余个。
"""


def test_labels_and_weather_readings_are_furniture() -> None:
    for text in ("简讯", "本地快讯", "新闻速递", "风力：北风4到5级", "空气质量：优 PM2.5 68"):
        assert marker_kind(text, M) is BlockKind.FURNITURE, text
    for text in ("空气质量持续改善", "高铁快讯员", "简讯发布后，市民纷纷"):
        assert marker_kind(text, M) is not BlockKind.FURNITURE, text


def test_a_briefs_headline_on_top_of_a_first_line_a_figure_left_short() -> None:
    """``11月28日上午，市人力资`` is a paragraph's first line (two ems of indent dropped)
    that its figures left a little shorter still: the headline over it is cut off."""
    texts = BOX.split("\n\n")[2].splitlines()
    assert heading_on_top(texts, text_widths(texts), M) == 1


def test_the_brief_under_a_label_keeps_its_headline() -> None:
    page = ocr.process(BOX, lang="zh", correct=False)
    assert [b.text for b in page.blocks if b.kind is BlockKind.FURNITURE] == ["本地快讯"]
    fair = next(a for a in page.articles if "招聘会" in "".join(a.paragraphs))
    assert fair.headlines == ("周六举办大型招聘会",)
    assert "停电" not in "".join(fair.paragraphs)
