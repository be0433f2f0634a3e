"""A photo's title written on the line under its caption's run-in credit, in one chunk.

pdfminer writes a caption across columns, its credit run in in brackets, and the photo's
title on the next line with no blank line between (``…收割早稻。（本报记者 王晓琳 摄）`` /
``丰收``). The caption ends on its credit, so the title is none of its text: read as one
block, the caption and title glued the brief after them to the story above. The page is
drawn here in extractor style.
"""

from __future__ import annotations

import ocr

PAGE = """春茶上市 茶农增收

本报讯（记者 杨帆）连日来，
在青山县白云镇的高山茶园
里，茶农们穿梭在茶垄间，忙
着采摘新茶。今年春季气温回
升快、雨水充沛，茶叶长势良
好，全县春茶开采时间比去年
提前了一周左右。

青山县白云镇的农民在田间收割早稻。（本报记者 王晓琳 摄）
丰收

记者从市公安局交
警支队获悉，因地下管
线施工需要，自本周六
起，人民路与解放路交
叉口将实施为期一个月
的半幅封闭施工，过往
车辆请提前绕行。
"""


def test_title_under_a_run_in_credit_is_the_photo_s() -> None:
    page = ocr.process(PAGE, lang="zh", correct=False)
    assert "丰收" in [p.title for p in page.photos]
    items = ["".join(a.paragraphs) for a in page.articles]
    tea = next(t for t in items if "茶园" in t)
    assert "交警" not in tea and "收割早稻" not in tea
