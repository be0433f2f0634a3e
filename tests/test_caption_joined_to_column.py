"""A photo's caption that pdftotext wrote on a column's line is put apart over its credit.

Where a caption stands level with a column's line beside it, pdftotext takes the
caption's line into the column's text line, one space between (``…符合条件的市 11月22日，
参赛选手…奋力骑行。``): the caption had no block of its own, was read into the story, and
the credit took a paragraph of the story for its caption. ``readers.textcaption`` cuts the
line at its space where the piece beside the column's line (and the pieces joined on the
next lines) ends a sentence, a credit stands a few lines under it or over it, and the
column's sentence is whole at the cut or goes on in its next line; the caption is
written as a block of its own beside its credit. Census and figures: docs/text-path.md,
forty-first session, branch tx49zh.
"""

from __future__ import annotations

import ocr
from ocr.markers import reader_marks
from ocr.readers.textcaption import part_captions

#: The caption's one line joined to a column's line that runs on; the credit under the
#: column's paragraph.
UNDER = """本报讯（记者 林晓）近日，市体育中心游泳馆
完成改造，恢复对外开放。改造后的游泳馆
新增恒温设备，冬季水温保持在26摄氏度。
馆方提醒，市民入场前须出示健康证明，儿 12月2日，游泳爱好者在市体育中心游泳馆内训练。
童须由成人陪同，每场限入200人。
开放时间为每天9时至21时。

本报记者 方舟 摄

公交线路调整

本报讯（记者 柏林）12月5日起，市公交
集团对6条线路作出调整，新开通的环城快线
每10分钟一班，途经火车站和市中心医院。
"""

#: The caption's two lines joined to a column's, the second after a figure that closes
#: the column's line; the credit right over them, inside the column's sentence.
OVER = """讣告

我市著名书法家陈守一先生，因病医治
无效，于2026年12月1日逝世，享年八十岁。
陈先生一生致力于书法教育，培养学生数
百人。他的学生、市书协秘书长回忆，老人
记者 孙苗 摄
晚年视力下降，仍坚持每天习字两小时。 东湖镇渔民在湖面收网。目前，全镇1.5万亩
陈守一老先生遗体告别仪式定于12 水产养殖进入捕捞旺季。
月5日上午在市殡仪馆举行。

周末举办迎新年长跑

本报讯（记者 魏然）记者从市体育局获悉，
12月28日上午，全市迎新年长跑活动将在滨
江公园举行，预计有3000余名市民参加。
"""


def _caption(page: ocr.Page, credit: str) -> str | None:
    return next((p.caption for p in page.photos
                 if (p.credit or "").replace(" ", "") == credit), None)


def _story_text(page: ocr.Page) -> str:
    return "".join("".join(a.paragraphs) for a in page.articles).replace(" ", "")


def test_a_caption_joined_to_a_column_line_is_its_credits() -> None:
    page = ocr.process(UNDER, lang="zh", correct=False)
    assert _caption(page, "本报记者方舟摄") == "12月2日，游泳爱好者在市体育中心游泳馆内训练。"
    text = _story_text(page)
    assert "游泳爱好者" not in text
    assert "市民入场前须出示健康证明，儿童须由成人陪同" in text


def test_a_caption_of_two_joined_lines_under_its_credit_is_its() -> None:
    page = ocr.process(OVER, lang="zh", correct=False)
    assert _caption(page, "记者孙苗摄") == (
        "东湖镇渔民在湖面收网。目前，全镇1.5万亩水产养殖进入捕捞旺季。")
    text = _story_text(page)
    assert "渔民" not in text
    assert "遗体告别仪式定于12月5日上午" in text
    assert "老人晚年视力下降" in text


def test_a_caption_rest_written_alone_goes_with_it() -> None:
    """The caption's last line, below the column's level, written alone after the joined
    line: it goes with the caption when a common word runs across the break with the
    caption's line and none with the column's."""
    text = UNDER.replace(
        "馆方提醒，市民入场前须出示健康证明，儿 12月2日，游泳爱好者在市体育中心游泳馆内训练。\n",
        "馆方提醒，市民入场前须出示健康证明，儿 12月2日，游泳爱好者在市体育中心游泳馆内进\n"
        "行训练。\n")
    parted = part_captions(text, reader_marks())
    assert "12月2日，游泳爱好者在市体育中心游泳馆内进\n行训练。\n\n本报记者 方舟 摄" in parted
    assert "健康证明，儿\n童须由成人陪同" in parted


def test_joined_lines_with_no_credit_near_stay_joined() -> None:
    """A sentence beside a column's line with no credit a few lines off is no caption:
    the text is left as written (``textbeside`` reads columns joined on several lines)."""
    text = UNDER.replace("本报记者 方舟 摄\n\n", "")
    assert part_captions(text, reader_marks()) == text


def test_a_piece_of_three_sentences_is_no_caption() -> None:
    """A Chinese caption holds one sentence or two; a piece of three is a story's."""
    text = UNDER.replace("游泳爱好者在市体育中心游泳馆内训练。",
                         "游泳爱好者训练。馆内人多。水温适宜。")
    assert part_captions(text, reader_marks()) == text
