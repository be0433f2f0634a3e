"""A brief's headline right under the brief before it in a briefs column
(``pdftotext -layout``): the neighbouring column's lines, not level with the briefs',
take rows of their own between them, and a column read on past such rows
(``_interleaved``) ran the headline and its brief into the brief above. A sentence
ended, a line short of the measure ending none, and an indented first line under it
are the white the extractor dropped (ocr/readers/textgaps.py, ``_heads_next``)."""

from __future__ import annotations

from conftest import layout_grid

from ocr.readers.textgrid import read_grid

#: (briefs column, a story's column beside it) row by row.
ROWS = [
    ("  本报讯（记者 方静）本周六上", "  本报讯（记者 严飞）记者从市"),
    ("午，市青少年宫将举办冬季书法", "住建局获悉，今年全市共完成老"),
    ("体验课，面向8至14岁学生免费", "旧小区改造52个，惠及居民1.6"),
    ("开放，名额120个，家长可通过", "万户，加装电梯138部，新增停"),
    ("青少年宫公众号预约，每人限报", "车位2100个，改造资金中市级"),
    ("一门课程。", "财政补助约占四成。"),
    ("", "  市住建局有关负责人介绍，改"),
    ("", "造内容包括外墙保温、管网更新"),
    ("东湖步道明起封闭", ""),
    ("  因步道路面翻修，东湖公园环", "和停车位增设等，居民可通过社"),
    ("湖步道自12月2日起封闭施工，", "区公示栏查看改造进度。"),
    ("预计工期一个月，其间公园东门", "  明年，我市计划再改造老旧小"),
    ("和南门正常开放，请市民绕行。", "区60个，重点解决停车难问题。"),
]


def _page() -> str:
    return layout_grid([[a for a, _ in ROWS], [b for _, b in ROWS]], 20)


def test_a_brief_s_headline_is_not_run_into_the_brief_above() -> None:
    blocks = [b.replace(" ", "").replace("\n", "") for b in read_grid(_page()).split("\n\n")]
    first = next(b for b in blocks if "书法" in b)
    assert "东湖公园" not in first
    assert any(b.startswith("东湖步道明起封闭") for b in blocks)
