"""A reader's letter: its head, in the writer's words (a clause mark, a question), printed
right on top of the salutation that opens the letter (``编辑同志：``) and its text, with no
blank line between (``readers.heads_on_top._head_over_salutation``; in ``classify``, the
salutation vouches for the head as a byline does: ``text_headings``).

pdftotext writes a letters column's kicker apart, then the letter's head, its salutation
and its text as one chunk. ``_on_top`` refuses a head's clause mark or question mark (the
line of running text it most often asks holds them) and asks the line under a head to be
full, so the head stayed the text's first line and the letter had none. A line of a few
characters set alone, ending on its colon, introduces what follows: the text opens there,
and what stands right over it is a head.
"""

from __future__ import annotations

from conftest import article_holding

import ocr
from ocr.leads import salutation
from ocr.profiles import CompiledMarkers, load_profile
from ocr.readers.heads_on_top import heading_on_top
from ocr.typography import text_widths

ABOVE = """本报讯（记者 骆天）昨天上午，城西区
第二届社区运动会在体育公园开幕，
来自12个街道的600余名居民参加。"""

KICKER = "读者来信"

LETTER = """老旧小区的路灯，什么时候能修好？
编辑同志：
我住在城西区桂花苑小区，小区里的
路灯坏了快两个月，一到晚上黑漆漆
的，老人出门散步都不敢走远。上周
还有居民在台阶上摔了一跤。希望有
关部门尽快派人来修一修。
读者 范立新"""


def _m() -> CompiledMarkers:
    return load_profile().patterns("zh")


def test_the_letters_head_heads_the_letter() -> None:
    page = ocr.process("\n\n".join([ABOVE, KICKER, LETTER]), lang="zh", correct=False)
    letter = article_holding(page, "小区里的路灯坏了快两个月")
    assert "老旧小区的路灯，什么时候能修好？" in letter.headlines
    assert letter.paragraphs[0].startswith("编辑同志：")
    above = article_holding(page, "社区运动会在体育公园开幕")
    assert "路灯" not in "".join(above.paragraphs + above.headlines)


def test_the_reader_parts_the_head_from_its_salutation() -> None:
    texts = LETTER.splitlines()
    assert heading_on_top(texts, text_widths(texts), _m(), lang="zh") == 1


def test_a_head_of_two_lines_is_parted_whole() -> None:
    texts = ["老旧小区的路灯，什么", "时候能修好？", *LETTER.splitlines()[1:]]
    assert heading_on_top(texts, text_widths(texts), _m(), lang="zh") == 2


def test_a_notice_line_spread_to_its_measure_is_no_salutation() -> None:
    """The guard: a legal notice's lines, justified, put a colon at a spread line's end
    (``许 可 证 编 号 ：``); the lines over it are its text, no head."""
    texts = ["城东区建设路便民超市遗失",
             "食品经营许可证正本一份，许可",
             "证 编 号 ：",
             "JY13301020045678 ， 声 明 作 废 。",
             "特此声明。"]
    assert not salutation(texts[2])
    assert heading_on_top(texts, text_widths(texts), _m(), lang="zh") == 0


def test_a_speakers_name_is_no_salutation() -> None:
    """An interview's answer opens on its speaker's name or ``问：``, under a question's
    last line: no head over it."""
    assert not salutation("王建国：")
    assert not salutation("问：")
    assert salutation("编辑同志：")
