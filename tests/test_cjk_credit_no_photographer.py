"""A Chinese photo credit that names no photographer: a photo from the paper's files
(``本报资料图片``, ``（资料图）``) or one an office gave (``图片由市观鸟协会提供``).

No credit pattern knew these, so the credit line was read as text and the caption over
it ran into the story beside the photo. A sentence that speaks of files goes on
(``资料图片显示，该桥建于1958年。``) and is no credit.
"""

from __future__ import annotations

import pytest

import ocr
from ocr.markers import marker_kind
from ocr.model import BlockKind
from ocr.profiles import load_profile

ZH = load_profile().patterns("zh")

PAGE = """老街换新颜
本报记者 苏映川
整治后的青石板路重新铺好，沿街
二十六家老字号的招牌统一换成木匾，
临河的一段骑楼也修缮一新。
街道办负责人说，整治坚持修旧如旧，
老房子的格局一间没动。

改造前的老街一角（2018年摄）。
（资料图）

湿地迎来首批越冬候鸟
本报讯（记者 邵青禾）11月28日，
三百余只小天鹅飞抵西湾湿地，比去年
早到了一周。

小天鹅在西湾湿地浅滩上休憩。
图片由市观鸟协会提供

社区卫生服务站开诊
本报讯（记者 邵青禾）12月1日，
东关社区卫生服务站开诊，居民在家
门口就能看常见病、取慢病药。"""


@pytest.mark.parametrize(("text", "credit"), [
    ("本报资料图片", True),
    ("（资料图）", True),
    ("资料照片", True),
    ("图片由市观鸟协会提供", True),
    ("资料图片显示，该桥建于1958年。", False),
    ("图片由他本人拍摄后发到群里", False),
])
def test_credits_that_name_no_photographer(text: str, credit: bool) -> None:
    assert (marker_kind(text, ZH) is BlockKind.CREDIT) is credit


def test_a_file_photos_caption_is_not_the_storys_text() -> None:
    page = ocr.process(PAGE, lang="zh", correct=False)
    photo = next(p for p in page.photos if p.credit == "（资料图）")
    assert photo.caption == "改造前的老街一角（2018年摄）。"
    assert all("改造前" not in "".join(a.paragraphs) for a in page.articles)


def test_a_given_photos_caption_is_not_the_storys_text() -> None:
    page = ocr.process(PAGE, lang="zh", correct=False)
    photo = next(p for p in page.photos if p.credit == "图片由市观鸟协会提供")
    assert photo.caption == "小天鹅在西湾湿地浅滩上休憩。"
    assert all("浅滩" not in "".join(a.paragraphs) for a in page.articles)
