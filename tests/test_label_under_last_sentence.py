"""A section label that pdftotext writes under the last sentence of the block before, in
the same block (``…每天9时至17时开放。`` / ``科技``): the next story's kicker, not the
brief's last words left open, which the story's later section (its crosshead and text)
would take for the brief's sentence going on."""

from __future__ import annotations

import ocr

PAGE = """本报讯（记者 林凡）市民服务中心新增夜间
办事窗口，每周二、周四延长至20时，社保、
公积金等42个事项可在夜间办理。
市民服务中心地址为人民路88号，窗口每
天9时至17时开放。
科技

新型路面材料在城西试用

本报讯（记者 吴桐）记者从市交通局获悉，
一种能吸收汽车尾气的新型路面材料日前在
城西大道试铺成功，试铺路段长约800米。
这种材料掺入了光催化成分，在阳光照射
下可分解部分氮氧化物，试铺半年来路面状况
良好。

明年扩大试铺范围
据了解，明年我市将在城区主干道扩大试
铺范围，并同步开展尾气削减效果监测。
"""


def _article(page: ocr.Page, words: str) -> ocr.Article:
    return next(a for a in page.articles if words in "".join(a.paragraphs))


def test_the_label_heads_the_next_story() -> None:
    page = ocr.process(PAGE, lang="zh", correct=False)
    story = _article(page, "试铺成功")
    assert "科技" in (story.kicker, *story.headlines)
    assert "新型路面材料在城西试用" in story.headlines


def test_the_brief_ends_at_its_last_sentence() -> None:
    page = ocr.process(PAGE, lang="zh", correct=False)
    brief = _article(page, "夜间办事窗口")
    text = "".join(brief.paragraphs)
    assert text.endswith("窗口每天9时至17时开放。")
    assert "扩大试铺范围" not in text
