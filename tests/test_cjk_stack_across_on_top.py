"""A Chinese story's headline and its deck set across the columns, written on top of the
story's text with no blank line between, are its heading (``readers.heads_on_top.
_stack_across_on_top``).

pdfminer writes a short headline, the deck set across the columns and the first lines of
the story's text (often a later column's, the byline written elsewhere) as one chunk.
``_on_top`` asks each line its own width: it parted the headline (short of the column's
measure) and left the deck on the text, so the story above ran on into the deck and the
story under it opened with half its heading. A column's lines never run past its
measure: a line that does is a headline or deck, and so is what stands over it in the
chunk.
"""

from __future__ import annotations

from conftest import article_holding

import ocr
from ocr.profiles import CompiledMarkers, load_profile
from ocr.readers.heads_on_top import heading_on_top
from ocr.typography import text_widths

# pdfminer: a brief about a library's new opening hours; then one chunk: a headline, its
# deck set across the columns (19 ems over a 16-em column), and the text's later column
# (its opening and byline written further down); then the rest.
ABOVE = """本报讯（记者 简舟）自下周一起，
市图书馆总馆延长开放时间，每天
开放到晚上9点，周末照常开放。"""

CHUNK = """一起快递丢件纠纷案调解结案
快递公司全额赔付货款并向收件人书面致歉
按约定，快递应在三日内送达，收
件人多次查询后才被告知包裹遗失，
网点此前一直以系统延误为由推托。"""

LATER = """调解员提醒，寄递贵重物品时应
如实声明价值并购买保价服务，保
留好寄件凭证和沟通记录。"""


def _markers() -> CompiledMarkers:
    return load_profile().patterns("zh")


def _on_top(texts: list[str]) -> int:
    return heading_on_top(texts, text_widths(texts), _markers())


def test_a_headline_and_its_deck_across_head_the_text_under_them() -> None:
    page = ocr.process("\n\n".join([ABOVE, CHUNK, LATER]), lang="zh", correct=False)
    above = article_holding(page, "市图书馆总馆延长开放时间")
    assert "快递公司全额赔付货款" not in "".join(above.paragraphs)
    story = article_holding(page, "网点此前一直以系统延误为由推托")
    assert "快递公司全额赔付货款并向收件人书面致歉" in story.headlines + (story.kicker or "",)
    assert "快递公司全额赔付货款" not in "".join(story.paragraphs)


def test_the_stack_across_is_parted_whole() -> None:
    """The headline and the deck both: ``_on_top`` alone parts the headline only."""
    assert _on_top(CHUNK.splitlines()) == 2


def test_a_column_line_an_em_past_the_measure_stays_text() -> None:
    """Under a deck set across, the text's first line may run an em past the measure the
    next lines set (it holds no mark, they hold some): it is no deck's line."""
    texts = ["快递公司全额赔付货款并向收件人书面致歉", "按约定快递应在三日内送达收件人多次",
             "查询后才被告知包裹已经遗失，网点",
             "此前一直以系统延误为由推托至今，"]
    assert _on_top(texts) < 2


def test_a_notice_set_with_full_width_marks_is_no_stack() -> None:
    """A notice's first line holds no mark, its next lines many: counted half an em each,
    they read narrower than the first line, which is no line across."""
    texts = ["寻猫启事", "本人于11月3日晚在青屿小区附近走失狸花猫",
             "一只，灰白色，长尾，名叫“团子”，戴蓝",
             "色项圈。有知其下落者请联系：137××××", "5120，必有重谢。"]
    assert _on_top(texts) == 1  # (the notice's head alone)


def test_not_on_lines_laid_out_again_from_a_grid() -> None:
    """A row laid out again from a grid (``-layout``, pdfplumber) may hold two columns'
    lines side by side, wider than either column: no line across."""
    texts = CHUNK.splitlines()
    assert heading_on_top(texts, text_widths(texts), _markers(), from_grid=True) < 2
