"""A Chinese brief signed by a note in brackets after its last stop (``…举行。（记者 韩青）``)
ends there, the note broken over its line end or not, and no text after it is the
brief's.

``typography.ends_sentence`` read a brief's last line alone: where the column broke the
note (``…改在文化馆举行。（记者`` / ``韩青）``) the line ``韩青）`` ended no sentence, so
the headline under the brief was read as a line its sentence ran on to, and the next
story's text as the brief's. A block's sentence ends where its text does
(``ends_sentence(block.text)``). And a brief closed by its note takes no block after it
(``briefs.closed_by_note``): pdftotext writes a story's byline, a brief set beside it,
then the story's text.
"""

from __future__ import annotations

from conftest import article_holding

import ocr
from ocr.briefs import closed_by_note
from ocr.profiles import load_profile

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


HEADED = """老城区雨污分流改造完工

本报记者 郑远"""

SIGNED = """社区书市周六开张
市作家协会将于6月3日9时在滨河广
场举办社区书市，免费入场。如遇
雨天，改在文化馆举行。（记者 韩青）"""

TEXT = """6月2日傍晚，一场大雨过后，柳巷
的路面没有积水。历时八个月的老
城区雨污分流改造工程日前完工。

“以前一下雨，巷子里的水能没过
脚踝。”住在柳巷的李阿姨说。"""


def test_a_story_written_after_a_signed_brief_is_not_the_briefs() -> None:
    """pdftotext writes a story's headline and byline, a brief set beside them, then the
    story's text: the brief's note closed it, so the text is another item's."""
    page = ocr.process("\n\n".join([HEADED, SIGNED, TEXT]), lang="zh", correct=False)
    brief = article_holding(page, "社区书市")
    assert "".join(brief.paragraphs).endswith("（记者韩青）")
    assert "柳巷" not in "".join(brief.paragraphs)


MORE = """改造期间，施工单位采取分段封闭、
夜间不施工等办法，尽量减少对居民
出行的影响。工程共铺设污水管道约
6.2公里，新建检查井310座。

市住建局相关负责人表示，明年还将
对城东片区的8条街巷实施同类改造，
计划在汛期前完成主体工程。"""


def test_only_a_briefs_note_closes_it() -> None:
    """A story's paragraph may end on a note (a photo's run-in credit, an editor's note)
    and the story go on; a brief's text is a paragraph of a few lines."""
    m = load_profile(None).patterns("zh")
    page = ocr.process(SIGNED, lang="zh", correct=False)
    assert closed_by_note(_Flow(page.blocks), m)
    story = ocr.process("\n\n".join([STORY, MORE, SIGNED.split("\n", 1)[1]]), lang="zh",
                        correct=False)
    assert not closed_by_note(_Flow(story.blocks), m)
    credit = SIGNED.replace("（记者 韩青）", "（记者 韩青 摄）")
    assert not closed_by_note(_Flow(ocr.process(credit, lang="zh", correct=False).blocks), m)


class _Flow:
    def __init__(self, blocks: tuple[ocr.model.Block, ...]) -> None:
        self.blocks = list(blocks)
