"""A Chinese byline that names the paper before its writer's desk or standing, its
bureau, or its commentator.

A party daily signs ``本报全媒体记者 X``, ``本报见习记者 X``, ``本报驻湖滨记者站记者 X`` and
its commentaries ``本报评论员``. The patterns knew ``本报记者 X`` and ``融媒体记者 X`` but not
the two together, so such a line was read as a deck or as text: the story's heading ran
into the item above it, or the commentary's signature into its first paragraph. Running
text that opens so goes on past a name (``本报驻湖滨记者站记者走访了多家农户``).
"""

from __future__ import annotations

from conftest import article_holding

import ocr
from ocr.markers import own_line_byline
from ocr.profiles import load_profile

PAGE = """渡口新码头通航

本报讯（记者 季远舟）12月3日，
江北渡口新码头正式通航，往返两岸
的轮渡由每小时两班增至四班。

老茶馆里的评弹声
本报见习记者 宁书瑶
下午两点，西街茶馆的竹帘一挑，
三弦声就漏了出来。老板端出一壶
碧螺春，台下已坐了二十多位老茶客。
“听了四十年，还是听不厌。”八十
一岁的顾老伯说。

冬修水利正当时
本报驻湖滨记者站记者 严秋池
连日来，湖滨镇组织三千余名群众
清淤疏浚，加固圩堤十二公里。

让老人吃上热乎饭
本报评论员
社区食堂开一家，要的是长久办下去。
价格要让老人吃得起，口味要让老人
愿意来，账也要让经营者算得过来。"""


def test_paper_post_bylines_are_read_as_bylines() -> None:
    m = load_profile(None).patterns("zh")
    for line in ("本报全媒体记者 滕远", "本报见习记者 宁书瑶", "本报融媒体记者甘知夏",
                 "本报驻湖滨记者站记者 严秋池", "本报评论员", "本报特约评论员 齐安"):
        assert own_line_byline(line, m), line
    for line in ("本报驻湖滨记者站记者走访了多家农户", "本报评论员指出，社区食堂",
                 "本报全媒体记者从市交通局获悉，"):
        assert not own_line_byline(line, m), line


def test_paper_post_byline_keeps_its_story_under_its_headline() -> None:
    page = ocr.process(PAGE, lang="zh", correct=False)
    story = article_holding(page, "三弦声")
    assert story.byline is not None and "宁书瑶" in story.byline
    assert "老茶馆里的评弹声" in [story.kicker, *story.headlines]
    assert "轮渡" not in "".join(story.paragraphs)
    bureau = article_holding(page, "清淤疏浚")
    assert bureau.byline is not None and "严秋池" in bureau.byline
    assert "冬修水利正当时" in [bureau.kicker, *bureau.headlines]
    assert "听不厌" not in "".join(bureau.paragraphs)


def test_commentary_signature_is_its_byline() -> None:
    page = ocr.process(PAGE, lang="zh", correct=False)
    comment = article_holding(page, "长久办下去")
    assert comment.byline == "本报评论员"
    assert not "".join(comment.paragraphs).startswith("本报评论员")
    assert "让老人吃上热乎饭" in [comment.kicker, *comment.headlines]
