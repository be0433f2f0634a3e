"""A photo credit run in after its caption and wrapped inside a word.

A caption's last line breaks where the column does, inside the credit's words as well
(``…赏花拍照。（通`` / ``讯员 杨帆 摄）``, ``（本报记者 黄`` / ``一鸣 摄）``). The credit is
asked whole, its lines joined as the text reads on: the caption is the photo's, not a
paragraph that glued the brief under it to the story above. The page is drawn here.
"""

from __future__ import annotations

import ocr
from ocr.markers import run_in_credit
from ocr.profiles import load_profile

PAGE = """社区长者食堂覆盖所有街道

本报讯（记者 王晓琳）中午11点，城西街道幸福里社区的
长者食堂里已经坐满了前来就餐的老人。今天的菜单是红烧
鱼块、青椒肉丝、清炒时蔬和番茄蛋汤，两荤两素一汤。

荷塘月色

连日来，城南湿地公园内荷花竞相绽放，吸引众多市民前来赏花拍照。（通
讯员 杨帆 摄）

近日，市红十字会组织
开展“无偿献血 热血助人”
主题活动，共有236名爱心
人士参与献血，献血总量达
7.8万毫升。
"""


def test_credit_wrapped_inside_a_word_ends_the_caption() -> None:
    m = load_profile(None).patterns("zh")
    assert run_in_credit("组装电路板。（本报记者 黄\n一鸣 摄）", m) is not None
    assert run_in_credit("赏花拍照。（通\n讯员 杨帆 摄）", m) is not None
    assert run_in_credit("采访了他。（记者 张\n三）", m) is None  # a story's signature


def test_caption_with_wrapped_credit_is_the_photos() -> None:
    page = ocr.process(PAGE, lang="zh", correct=False)
    assert [p.title for p in page.photos] == ["荷塘月色"]
    assert "荷花" in (page.photos[0].caption or "")
    items = ["".join(a.paragraphs) for a in page.articles]
    assert not any("荷花" in t for t in items)
    assert any(t.startswith("近日，市红十字会") for t in items)
