"""A Chinese byline that names its writer's desk or standing, or signs with a mark.

``融媒体记者 X`` (the paper's converged-media desk), ``特约通讯员 X`` with no 本报 before it,
and a review's or column's signature ``◎X`` are bylines on a line of their own; no
pattern knew them, so the line was read as a deck or headline (the story cut under it,
or its heading run into the item above). Running text that opens on such a post goes on
past a name (``融媒体记者走访了多家药店``), and a list's bullet (``●``) marks no byline.
"""

from __future__ import annotations

from conftest import article_holding

import ocr
from ocr.markers import own_line_byline
from ocr.profiles import load_profile

PAGE = """社区食堂开到家门口

本报讯（记者 邹语桐）12月2日，
南湖街道第三家社区食堂开业，六十
岁以上老人就餐每份减免三元。

周末夜市延长到十点
融媒体记者 甘知夏
“以前八点就收摊，现在能多卖两
个钟头。”在湖滨路夜市摆了六年
糖水摊的何阿姨说。从本周六起，
湖滨路夜市营业时间延长至22时。
夜市管理方表示，延时期间将增派
保洁人员，并在路口加设临时停车
点。

影评
纪录片《潮声》：一座岛的四十年
◎秦远帆
片子开头是一段长达三分钟的空镜：
退潮后的滩涂，一只小蟹慢慢爬过。
导演用四年时间跟拍岛上的三户人家，
镜头始终保持克制。"""


def test_desk_and_mark_bylines_are_read_as_bylines() -> None:
    m = load_profile(None).patterns("zh")
    for line in ("融媒体记者 甘知夏", "融媒体记者甘知夏", "特约通讯员 贝思远",
                 "见习记者 尚可 通讯员 李青", "全媒体记者 甘知夏 实习生 罗一", "◎秦远帆",
                 "文◎秦远帆"):
        assert own_line_byline(line, m), line
    for line in ("融媒体记者走访了多家药店", "特约通讯员发现，这里", "● 票价不变",
                 "◎ 现场：人山人海的夜市"):
        assert not own_line_byline(line, m), line


def test_desk_byline_keeps_its_story_under_its_headline() -> None:
    page = ocr.process(PAGE, lang="zh", correct=False)
    story = article_holding(page, "糖水摊")
    assert story.byline is not None and "甘知夏" in story.byline
    assert "周末夜市延长到十点" in [story.kicker, *story.headlines]
    assert "临时停车" in "".join(story.paragraphs)
    assert "减免三元" not in "".join(story.paragraphs)


def test_signed_review_keeps_its_heading() -> None:
    page = ocr.process(PAGE, lang="zh", correct=False)
    review = article_holding(page, "空镜")
    assert review.byline is not None and "秦远帆" in review.byline
    assert "纪录片《潮声》：一座岛的四十年" in [review.kicker, *review.headlines]
    assert "秦远帆" not in [review.subheadline, *review.headlines]
