"""A Chinese brief signed by a note in brackets after its last stop (``…举行。（记者 韩青）``)
ends there, the note broken over its line end or not, and no text after it is the
brief's.

``typography.ends_sentence`` read a brief's last line alone: where the column broke the
note (``…改在文化馆举行。（记者`` / ``韩青）``) the line ``韩青）`` ended no sentence, so
the headline under the brief was read as a line its sentence ran on to, and the next
story's text as the brief's. A block's sentence ends where its text does
(``ends_sentence(block.text)``).
"""

from __future__ import annotations

from conftest import article_holding

import ocr

BRIEF = """社区书市周六开张
市作家协会将于6月3日9时在滨河
广场举办社区书市，免费入场。如
遇雨天，改在文化馆举行。（记者
韩青）"""

STORY = """老城区雨污分流改造完工

本报记者 郑远
记者从市住建局了解到，历时八
个月的老城区雨污分流改造工程
日前完工，12条街巷告别了雨天
积水的老问题。

“以前一下雨，巷子里的水能没过
脚踝。”住在柳巷的李阿姨说。"""


def test_a_note_broken_over_the_line_end_closes_the_brief() -> None:
    page = ocr.process("\n\n".join([BRIEF, STORY]), lang="zh", correct=False)
    brief = article_holding(page, "社区书市")
    assert "".join(brief.paragraphs).endswith("（记者韩青）")
    story = article_holding(page, "雨污分流")
    assert story is not brief
    assert story.headlines == ("老城区雨污分流改造完工",)
