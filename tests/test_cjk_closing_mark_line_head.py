"""A Chinese line that opens on a closing mark (行首禁则: ``”``, ``）``, ``，`` are never set
at a line's head by a careful setter) goes on the sentence above, never opens a
paragraph: a page set without the rule leaves ``“…信任。`` / ``”新当选…`` for the
extractor, the quote's first line short as a paragraph's last. Drawn in pdftotext's style
(a column's lines, the paragraph's first line set two characters in)."""

from __future__ import annotations

import ocr

QUOTE_CLOSED_BELOW = """老街夜市重新开张

本报讯（记者 封晓彤）11月15日晚，经过三个月
改造的老街夜市重新开张，一百二十多个摊位沿着
青石板路一字排开，小吃、手作、旧书摊吸引了不
少市民前来逛吃。
“摊位费减了一半，生意好多了。
”卖了二十年糖画的摊主崔德林一边浇糖一边说，
改造后夜市统一安装了照明和排烟设施，摊主们再
也不用自己拉电线了。
据介绍，老街夜市每天17时至23时开放，周一
休市。
"""


def test_a_line_opening_on_a_closing_quote_goes_on_the_paragraph_above() -> None:
    page = ocr.process(QUOTE_CLOSED_BELOW, lang="zh", correct=False)
    story = next(a for a in page.articles if "老街夜市" in "".join(a.paragraphs))
    assert not any(p.startswith("”") for p in story.paragraphs)
    assert ("“摊位费减了一半，生意好多了。”卖了二十年糖画的摊主崔德林一边浇糖一边说，"
            "改造后夜市统一安装了照明和排烟设施，摊主们再也不用自己拉电线了。"
            in story.paragraphs)
    assert story.paragraphs[-1] == "据介绍，老街夜市每天17时至23时开放，周一休市。"
