"""A photo's caption written before the heading of the story under the photo, its credit
after that heading.

An extractor that writes a box at a time (pdfminer) takes a caption set at the left under
a photo's frame and the credit set at its right as two boxes, and writes the story under
the photo between them, its label or headline first: caption / ``教育`` / credit /
``本报讯（记者 …）…``. The credit then has a heading on one side and the story's opening
on the other, and no caption beside it; the caption was read into a story and the label
taken for the photo's title. ``caption_places.caption_over_heading`` gives the credit the
block over the heading that reads as a caption, and ``photo_joins.credit_past_heading`` puts
the two in one photo. A story's last paragraph over the next story's heading, which
shares the words of the paragraph above it, stays the story's.
"""

from __future__ import annotations

import ocr

PAGE = """本报讯（记者 韩立群）3月5日，市交通
运输局发布消息，东环路拓宽工程进入
收尾阶段，预计本月底全线通车。

工程全长6.8公里，双向四车道拓宽为
双向六车道，沿线新建公交港湾12处。

3月4日，学生在新落成的城东实验学校图书馆阅读。

教育

本报记者 邵一鸣 摄

城东实验学校新校区启用

本报讯（记者 邵一鸣）3月4日，城东实
验学校新校区正式启用，首批1200名学
生搬进新教室。新校区占地80亩，设有
图书馆、体育馆和科创实验室。

学校负责人介绍，新校区今年秋季将再
招收6个班，周边居民子女可就近入学。
"""

STORY_END = """本报讯（记者 韩立群）3月5日，市交通
运输局发布消息，东环路拓宽工程进入
收尾阶段，预计本月底全线通车。

东环路拓宽工程全线通车后，市交通运
输局将同步调整沿线公交线路，东环路
早晚高峰通行时间预计缩短一半。

教育

本报记者 邵一鸣 摄

城东实验学校新校区启用

本报讯（记者 邵一鸣）3月4日，城东实
验学校新校区正式启用，首批1200名学
生搬进新教室。
"""


def test_caption_before_heading_is_the_credits() -> None:
    page = ocr.process(PAGE, lang="zh", correct=False)
    photo = next(p for p in page.photos if p.credit)
    assert photo.caption == "3月4日，学生在新落成的城东实验学校图书馆阅读。"
    assert photo.credit.replace(" ", "") == "本报记者邵一鸣摄"
    assert photo.title != "教育"
    for a in page.articles:
        assert "图书馆阅读" not in "".join(a.paragraphs)
    school = next(a for a in page.articles if "城东实验学校新校区启用" in a.headlines)
    assert "".join(school.paragraphs).startswith("3月4日，城东实")


def test_story_end_over_next_heading_stays_the_storys() -> None:
    page = ocr.process(STORY_END, lang="zh", correct=False)
    road = next(a for a in page.articles if "东环路拓宽" in "".join(a.paragraphs))
    assert "早晚高峰" in "".join(road.paragraphs)
    assert all("早晚高峰" not in (p.caption or "") for p in page.photos)
