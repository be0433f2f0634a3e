"""A CJK headline's short last line that ends in its mark (``了？``, ``锁了”``, ``家”了``:
fresh study pages s2504, s2519, s2522; S3 s825, S8 s886, S12 s945 print the same) is read
on the end of the line above as a last line of Han characters is (``ocr.reread_last``):
a mark is narrower in ink than its cell, so the cells the ink measures do not count the
characters, and main's check (as many Han characters as cells) turned such a reading down.
Guards: a lone mark is no last line; of the ends that fit, the one that leaves the line
above as first read is taken."""

from __future__ import annotations

import numpy as np
from conftest import HEAD_MARGIN, drawn_cjk_head, line_texts, read_cjk_head

from ocr.layout import Region
from ocr.model import Word
from ocr.recognize import crop_origin
from ocr.reread_last import _end, _last_words, reread_last

# A question set over two lines, its last line a character and the question mark.
HEAD = ["周末的早市上，街坊们都买什么", "菜了？"]


def _headline(lines: list[str]) -> tuple[np.ndarray, Region]:
    return drawn_cjk_head(lines, (1100, 220))


def test_a_lost_last_line_ending_in_its_question_mark_is_read_after_the_line_above() -> None:
    gray, region = _headline(HEAD)
    job, read = read_cjk_head(gray, region)
    assert line_texts(read)[0] == HEAD[0]
    lost = read[:1]  # the last line as Tesseract loses it set solid under the first (s2504)
    out = reread_last(gray, [region], [job], [HEAD_MARGIN], [lost], "chi_sim", 60)[0]
    texts = line_texts(out)
    assert texts[0] == HEAD[0]
    assert texts[1].replace("?", "？") == HEAD[1]
    x, y = crop_origin(region.box, HEAD_MARGIN)
    assert out[-1].box is not None and out[-1].box.shift(x, y) == region.lines[-1]


def test_the_end_that_fits_is_counted_with_its_marks() -> None:
    """``了”`` is 1.4 cells of ink (s2522), ``家”了`` 2.9 (s2519), ``了？`` 1.5 (s2504)."""
    assert _end("会员卡刚续了两年，店门就锁了”", "会员卡刚续了两年，店门就锁", 1.4) == 2
    assert _end("王阿姨终于不用“爬楼回家”了", "王阿姨终于不用“爬楼回", 2.9) == 3
    assert _end("孩子们去哪儿了?", "孩子们去哪儿", 1.49) == 2


def test_a_lone_mark_is_no_last_line() -> None:
    """A speck under a heading read as a mark: no Han character, nothing taken."""
    assert _end("孩子们去哪儿。", "孩子们去哪儿", 0.6) is None
    assert _end("孩子们去哪儿”", "孩子们去哪儿", 0.4) is None


def test_a_last_line_of_han_characters_is_counted_as_before() -> None:
    """Without a mark the end holds as many Han characters as cells, as on main."""
    assert _end("社区一餐十二元吃得饱", "社区一餐十二元吃得", 1.0) == 1
    assert _end("社区一餐十二元吃得饱", "社区一餐十二元吃得", 3.0) is None


def test_three_han_characters_unread_are_left_to_the_block() -> None:
    """A last line of three Han characters the block's reading mostly has; read again on
    the line above's end it comes back misread (S s805 ``的寻亲`` as ``的寻杀``): only a line
    that ends in a mark is taken past ``SHORT_LINE`` cells."""
    assert _end("一场跨越三十年的寻杀", "一场跨越三十年", 2.99) is None


def test_the_last_lines_confidence_is_its_own_words() -> None:
    """A character and its mark read as one word (``了？``): the last line's two
    characters are one word, and the line above's last word is not counted with it."""
    words = [Word("哪儿", confidence=0.9), Word("了？", confidence=0.4)]
    assert list(_last_words(words, 2)) == words[1:]
    assert list(_last_words(words, 3)) == words
    assert list(_last_words([Word("了", confidence=1.0)], 2)) == [Word("了", confidence=1.0)]


def test_a_full_width_digit_fills_its_cell_as_a_character_does() -> None:
    # ``长２`` is two cells of ink: read on the end of the line above, a one-cell last line
    # is not ``长`` and a full-width digit counted as a narrow mark (the digit's range lies
    # inside CJK_PUNCTUATION's); the one-cell end ``２`` holds no Han character either.
    assert _end("今年第一季度增长２", "今年第一季度增长", 1.0) is None
    assert _end("今年第一季度增长了？", "今年第一季度增长", 1.5) == 2
