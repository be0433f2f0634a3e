"""Chinese columns that pdftotext joined line by line (one space between), put apart.

The page is drawn here: a story of two 16-em columns whose lines are level for three
lines only, so pdftotext writes those as one text line each (``…价格比市场低 不少年轻…``)
and the lines that are not level one after another; and a brief of two columns set
beside a story's column, whose first line pdftotext writes before the brief.
"""

from __future__ import annotations

import ocr
from ocr.markers import reader_marks
from ocr.readers.textbeside import part_joined

LEFT = ["去年以来，城西街道先后建成社区食", "堂六家，每天为辖区老人提供午餐和",
        "晚餐。食堂由街道委托专业餐饮企业", "运营，菜品每周更新，价格比市场低", "三成左右。",
        "街道负责人介绍，明年还将在另", "外两个社区增设助餐点，为行动不便",
        "的老人提供送餐上门服务。"]
RIGHT = ["据了解，食堂开业半年来累计接", "待就餐居民五万余人次，其中八十岁", "以上老人占四成。",
         "不少年轻上班族也成了常客。在", "附近写字楼工作的陈女士说，这里饭",
         "菜干净又实惠，下班路过就能吃上一", "顿热饭。"]


def _joined_story() -> str:
    rows = [LEFT[0], RIGHT[0], LEFT[1], RIGHT[1], f"{LEFT[2]} {RIGHT[2]}",
            f"{LEFT[3]} {RIGHT[3]}", f"{LEFT[4]} {RIGHT[4]}", LEFT[5], RIGHT[5], LEFT[6],
            RIGHT[6], LEFT[7]]
    return "\n".join(["民生", "", "社区食堂成了居民“暖心饭堂”", "", *rows, "",
                      "责任编辑：周岚", ""])


def test_joined_columns_are_written_one_after_the_other() -> None:
    text = part_joined(_joined_story(), reader_marks())
    assert text.split("\n") == ["民生", "", "社区食堂成了居民“暖心饭堂”", "", *LEFT, "",
                                *RIGHT, "", "责任编辑：周岚", ""]


def test_the_story_reads_on_across_its_columns() -> None:
    page = ocr.process(_joined_story(), lang="zh", correct=False)
    text = "".join("".join(a.paragraphs) for a in page.articles)
    assert "".join(LEFT) + "".join(RIGHT) in text


BRIEF = (["本报讯（记者 沈岚）5月8日起，市体育", "中心游泳馆恢复对外开放，市民持身份证"],
         ["可在网上预约，每人每次限游两小时，票", "价20元。"])
STORY = ["本报讯（记者 顾远）“这批樱桃个头大、", "口感甜，上市第一天就卖了两千多斤！”",
         "5月7日，在南山镇果品交易市场，种植户", "老周一边装箱一边说。今年全镇樱桃种植",
         "面积达到1.3万亩，预计总产量比去年增", "长一成以上。", "近年来，南山镇引进新品种，推广避",
         "雨栽培技术，樱桃品质明显提升，亩均收"]


def _beside() -> str:
    """pdftotext's: the story's first line (its column set half a line higher), then two
    lines holding the brief's two columns and the story's column, then the story."""
    rows = [STORY[0], f"{BRIEF[0][0]} {BRIEF[1][0]} {STORY[1]}",
            f"{BRIEF[0][1]} {BRIEF[1][1]}", *STORY[2:]]
    return "\n".join(["南山樱桃喜获丰收", "", *rows, ""])


def test_a_brief_of_two_columns_beside_a_story_is_put_apart() -> None:
    lines = part_joined(_beside(), reader_marks()).split("\n")
    assert lines == ["南山樱桃喜获丰收", "", *BRIEF[0], "", *BRIEF[1], "", *STORY, ""]


def test_lines_that_hold_no_columns_are_left_as_they_are() -> None:
    # Headlines side by side, a byline's name, a line set letter-spaced; and a block with
    # one wide line only (a deck run onto a column's line is no evidence of columns).
    text = "\n".join([
        "城西社区食堂开业 南山樱桃喜获丰收", "", "本报讯（记者 沈岚）5月8日起，市体育",
        "中心游泳馆恢复对外开放，市民持身份证", "", "高 只 有 1.52 米 的 小 门 将 说 ：", "",
        f"{LEFT[2]} {RIGHT[2]}", LEFT[3], LEFT[4], ""])
    assert part_joined(text, reader_marks()) == text


def test_text_without_blank_lines_is_pdfplumber_s_and_left_to_textruns() -> None:
    text = _joined_story().replace("\n\n", "\n").rstrip("\n")
    assert part_joined(text, reader_marks()) == text


def test_a_wide_space_is_a_space_between_two_wide_characters_only() -> None:
    """``_WIDE_SPACE`` opens on the space (a fast scan) and finds the spaces the look
    behind and ahead of the plain pattern found: between two characters past ASCII."""
    import re

    from ocr.readers.textbeside import _WIDE_SPACE

    plain = re.compile(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])")
    lines = ["全程6.8公里， 间基本衔接。", "本报讯（记者 潘慧） 近日，", "By ANNA LEE 记者 王宁",
             " 开头 ", "高 只 有 1.52 米", "a 中 b", "中  文", "", " ", "中 "]
    for line in lines:
        assert ([m.span() for m in _WIDE_SPACE.finditer(line)]
                == [m.span() for m in plain.finditer(line)]), line
    assert [m.start() for m in _WIDE_SPACE.finditer("公里， 间 衔接 a 中")] == [3, 5]
