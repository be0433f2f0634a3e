"""A Chinese byline that names its writers, then 报道, on a line of its own.

``通讯员 贺兰 记者 韩松 报道`` signs a story a correspondent filed with a reporter; no
byline pattern knew the form that opens on 通讯员 and ends on 报道, so the line was read
as a heading (the story cut under it) or as text. It opens its story as ``本报记者 X``
does; a line of running text that ends on 报道 says more than names.
"""

from __future__ import annotations

from conftest import article_holding

import ocr
from ocr.markers import own_line_byline
from ocr.profiles import load_profile

PAGE = """市民健步走活动周末开跑

本报讯（记者 邹语桐）11月28日，
全市首届健步走活动在滨河公园举
行，三千多名市民参加。

老码头变身市民书房
藏书两万册，每天开放到晚上九点
通讯员 贺兰 记者 韩松 报道
11月30日上午，由老码头候船厅
改建的市民书房正式开放。书房保
留了候船厅的木质长椅和售票窗口。
“以前在这里等船，现在在这里看
书。”市民老周说。"""


def test_reported_byline_is_read_as_one() -> None:
    m = load_profile(None).patterns("zh")
    for line in ("通讯员 贺兰 记者 韩松 报道", "通讯员贺兰记者韩松报道", "记者 韩松 报道",
                 "本报记者 韩松 通讯员 贺兰 报道"):
        assert own_line_byline(line, m), line
    for line in ("据通讯员介绍，当天共有三千人报道", "媒体纷纷报道"):
        assert not own_line_byline(line, m), line


def test_reported_byline_opens_its_story_under_its_headline() -> None:
    page = ocr.process(PAGE, lang="zh", correct=False)
    story = article_holding(page, "候船厅")
    assert story.byline is not None and "贺兰" in story.byline
    assert "老码头变身市民书房" in [story.kicker, *story.headlines]
    assert "市民老周说" in "".join(story.paragraphs)
