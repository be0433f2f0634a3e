"""Captions in text without positions: the text beside a photo's credit, and a caption that
carries its credit run in, as extractors write them from real pages."""

from __future__ import annotations

import pytest

from ocr import assemble, classify, order, read_text
from ocr.markers import run_in_credit
from ocr.model import BlockKind, Page
from ocr.profiles import load_profile

ZH = load_profile().patterns("zh")

#: A story's columns, a caption with its credit run in between two of them, more of the
#: story: what ``pdftotext`` writes of a photo set inside a story's columns.
STORY_WITH_RUN_IN = """东湖新区开放三座口袋公园

本报讯（记者 陈立新）记者昨日从市园林局获悉，
东湖新区今年新建的三座口袋公园已于本周正式
对市民开放，三座公园总面积约1.2万平方米。

据介绍，三座公园均利用城市边角地改造而成，
园内设有健身步道、儿童游乐区和休憩座椅，并

{caption}

种植了樱花、桂花等乡土树种四十余种。园林部门
表示，今年还将在老城区新建口袋公园五座，让
市民出门五分钟就能走进绿地。
"""


@pytest.mark.parametrize("caption", [
    "市民在新开放的口袋公园里散步休闲。（本报记者 陈立新 摄）",
    # wrapped on the column's measure, the credit too
    "市民在新开放的口袋公园里散步休闲，孩子们在\n"
    "游乐区里追逐玩耍，老人在树荫下下棋。（记者\n陈立新 摄）",
    "市民在新开放的口袋公园里散步休闲。（新华社记者 王晓东 摄）",
])
def test_a_caption_with_its_credit_run_in_is_the_photos_not_the_storys(caption: str) -> None:
    """Chinese papers set the credit in brackets at the end of the caption: the block is
    the photo's caption, and the story around it stays whole."""
    page = _assembled(STORY_WITH_RUN_IN.format(caption=caption))
    assert len(page.articles) == 1
    story = "".join(page.articles[0].paragraphs)
    assert "口袋公园里散步" not in story
    assert "并种植了樱花" in story  # the sentence cut by the photo goes on
    assert [p.caption is not None and "散步" in p.caption for p in page.photos] == [True]


@pytest.mark.parametrize(("text", "credit"), [
    ("市民在公园里散步休闲。（本报记者 陈立新 摄）", True),
    ("市民在公园里散步休闲。（记者 陈立新摄）", True),
    ("活动将持续到本月底。（记者 陈立新）", False),  # a story's closing reporter: no photo
    ("活动将持续到本月底。（完）", False),
    ("市民可拨打热线（12345）咨询", False),
    ("摄影展在市美术馆开幕（记者 陈立新 摄）", False),  # no sentence before: a headline's
])
def test_a_run_in_credit_is_asked_of_the_profiles_credit_markers(text: str, credit: bool) -> None:
    assert (run_in_credit(text, ZH) is not None) is credit


def test_two_photos_stacked_each_keep_their_own_caption() -> None:
    """Caption, credit, caption, credit: the text between the two credits is the
    second photo's caption, the text before the first is the first's (it had been taken
    for the first photo's, and the first caption left in the story before)."""
    text = """市区道路完成夜间改造

本报讯 记者从市政部门获悉，中山路改造工程已于昨日全部完工，
道路通行能力提升三成，沿线公交站点也同步完成了改造。

青山县的农民在田间收割早稻。
本报记者 杨帆 摄

工人在高新区一家电子企业生产线上组装电路板。
通讯员 李沐阳 摄
"""
    page = _assembled(text)
    captions = sorted(p.caption or "" for p in page.photos)
    assert captions == ["工人在高新区一家电子企业生产线上组装电路板。",
                        "青山县的农民在田间收割早稻。"]
    assert all("早稻" not in "".join(a.paragraphs) for a in page.articles)
    kinds = [b.kind for b in classify(read_text(text, lang="zh")).blocks]
    assert kinds.count(BlockKind.CAPTION) == 2


def _assembled(text: str) -> Page:
    return assemble(order(classify(read_text(text, lang="zh"))))
