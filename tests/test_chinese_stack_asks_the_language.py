"""Chinese typography's rules are asked of a page in Chinese, and the script's ranges are
defined once (review of session 50's ``readers.heads_on_top._stack_across_on_top``).

The rule for a Chinese stack set across the columns reads a chunk's widths as a Chinese
column's: a line past the measure is a headline or deck. It was asked of any chunk whose
first line held a CJK character, whatever the page's language, so an English page that
quotes a few lines of Chinese (a sister city's notice, printed as received) had them read
by Chinese rules. ``reflow`` knows the page's language and now passes it; a caller that
gives none has the chunk's own lines tell. ``correct.han_marks`` kept its own copy of the
Han range's pattern beside ``script.HAN_CHAR``: two values for one rule.
"""

from __future__ import annotations

from ocr import script
from ocr.correct import han_marks
from ocr.profiles import load_profile
from ocr.readers.heads_on_top import heading_on_top
from ocr.typography import text_widths

# A short Chinese headline, its deck set across the columns (19 ems over a 16-em column),
# the text under them: a stack the Chinese rule parts whole on a Chinese page.
CHUNK = ["老街菜场改造完成今起恢复营业",
         "新增摊位四十个并设立便民服务点和公平秤",
         "按计划，菜场改造工期为三个月，改",
         "造期间商户临时搬到北侧空地经营，",
         "今天起全部回到原址，顾客反映良好。"]


def test_the_stack_across_is_not_asked_of_a_page_in_english() -> None:
    """On an English page, the lines are not read as a Chinese column's: the stack rule
    stays silent (``_on_top`` alone may still part the short first line)."""
    widths = text_widths(CHUNK)
    assert heading_on_top(CHUNK, widths, load_profile().patterns("en"), lang="en") < 2


def test_the_stack_across_is_still_asked_of_a_chinese_page() -> None:
    """The guard: on a Chinese page, given or told by its lines, the stack is parted whole."""
    widths = text_widths(CHUNK)
    m = load_profile().patterns("zh")
    assert heading_on_top(CHUNK, widths, m, lang="zh") == 2
    assert heading_on_top(CHUNK, widths, m) == 2


def test_han_marks_reads_han_by_the_script_rule() -> None:
    """One owner for the Han range's pattern: ``script.HAN_CHAR``."""
    assert han_marks.HAN_CHAR is script.HAN_CHAR
    assert not hasattr(han_marks, "_HAN_CHAR")
