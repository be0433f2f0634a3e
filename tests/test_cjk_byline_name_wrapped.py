"""A Chinese byline whose last writer's name wraps onto a line of its own.

An extractor writes a byline set on a narrow column as it was set: ``本报记者 贺嘉 实习生
吕一`` / ``凡`` (pdfminer), or ``本报记者 许望舒 见习记者`` / ``骆青禾`` (pdftotext), the
name's rest a block of its own. One to three letters with no mark have a heading's shape,
so the rest of the name was read as a headline: it headed the story's text, and the story's
own headline and byline stood as an item with no text (S6, S8). The rest of a name is the
byline's (``byline_words.name_rest``); a short crosshead under a byline whose name is whole
(``本报记者 石磊`` / ``提示``) is not.
"""

from __future__ import annotations

from conftest import article_holding

import ocr
from ocr.byline_words import name_rest

PAGE = """课后服务覆盖九成八的学校
家长最关心的是“质量”

本报记者 贺嘉 实习生 吕一
凡

下午4点半，城南小学
的放学铃响了，但大部分孩
子并没有离开。他们留在教
室里，有的做作业，有的去
了操场踢球。

“以前孩子放学没人接，
只能去托管班。”家长周女士
说，现在学校的课后服务一
直到六点，她下班正好来接。

渔港码头改造下月开工

本报记者 许望舒 见习记者
骆青禾

沙尾渔港码头改造工程将于
下月开工，新建泊位十二个，
可停靠渔船三百余艘。工程
预计明年汛期前完工。"""


def test_name_rest_is_the_bylines() -> None:
    assert name_rest("本报记者 贺嘉 实习生 吕一", "凡")
    assert name_rest("本报记者 许望舒 见习记者", "骆青禾")
    assert name_rest("本报通讯员祝警宣记者贺", "嘉")
    # A name already whole: a short line under it is no part of it.
    assert not name_rest("本报记者 石磊", "提示")
    assert not name_rest("本报记者 邝小川", "凡")
    assert not name_rest("本报讯（记者 林晓）", "明")
    assert not name_rest("本报记者 许望舒 见习记者", "码头作业")


def test_story_keeps_its_headline_over_a_wrapped_name() -> None:
    page = ocr.process(PAGE, lang="zh", correct=False)
    story = article_holding(page, "放学铃")
    assert "课后服务覆盖九成八的学校" in [story.kicker, *story.headlines]
    assert "凡" not in story.headlines
    assert story.byline is not None and "吕一" in story.byline
    assert "托管班" in "".join(story.paragraphs)


def test_name_alone_under_its_post_is_the_bylines() -> None:
    page = ocr.process(PAGE, lang="zh", correct=False)
    story = article_holding(page, "沙尾渔港")
    assert "渔港码头改造下月开工" in [story.kicker, *story.headlines]
    assert "骆青禾" not in story.headlines
    assert not any(a.headlines == ("骆青禾",) for a in page.articles)


CREDIT_PAGE = """古籍修复室里的“慢功夫”

修复师温静在修补一部清代县志。
本报记者 阙晓 通讯员 卢青
摄

本报讯 7月15日，市图书馆古籍修
复室里，修复师温静正在修补一部
清代县志。一张书页，从清洗、揭
开到补洞，要花上大半天。"""


def test_credit_wrapped_is_no_name() -> None:
    # ``摄`` under a byline's line makes a photo's credit of it, no name.
    page = ocr.process(CREDIT_PAGE, lang="zh", correct=False)
    assert not any(b.kind.name == "BYLINE" and b.text == "摄" for b in page.blocks)
