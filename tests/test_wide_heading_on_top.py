"""A headline wider than its columns, written right on top of them.

pdftotext writes a module's headline, set across its columns, with no blank line over
the first column's text (``全国夏粮收购量突破5000万吨`` / ``新华社北京7月15`` / …). No
line of running text at the column's measure is that wide, so it is the heading of the
text under it, not the last line of the brief above. The page is drawn here.
"""

from __future__ import annotations

import ocr
from ocr.profiles import load_profile
from ocr.readers.heads_on_top import heading_on_top
from ocr.typography import text_widths

PAGE = """本报讯（记者 郭婷）近日，市
红十字会组织开展“无偿献
血 热血助人”主题活动，共
有236名爱心人士参与献血，
献血总量达7.8万毫升。

全国夏粮收购量突破5000万吨
新华社北京7月15
日电（记者 林晓）记者
15日从国家粮食和物资
储备局了解到，目前全
国夏粮收购进度过半，
主产区各类粮食企业累
计收购小麦突破5000万
吨，收购进度快于上年
同期。
"""


def test_wide_headline_on_top_heads_its_story() -> None:
    page = ocr.process(PAGE, lang="zh", correct=False)
    grain = next(a for a in page.articles if "储备局" in "".join(a.paragraphs))
    assert grain.headlines == ("全国夏粮收购量突破5000万吨",)
    brief = next(a for a in page.articles if "献血" in "".join(a.paragraphs))
    assert "夏粮" not in "".join(brief.paragraphs)


def test_a_captions_first_line_is_no_wide_heading() -> None:
    """A caption's wrapped lines end on its credit: its first line, wider than the next,
    stays the caption's."""
    texts = ["新开通的社区微循环公交车停靠在", "北湖花园站。（本报记者 许嘉", "摄）"]
    m = load_profile(None).patterns("zh")
    assert heading_on_top(texts, text_widths(texts), m) == 0
