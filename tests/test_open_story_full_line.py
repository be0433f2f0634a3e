"""Chinese text without geometry: a block that does not open on a full line finishes no
other story's sentence (``continuity._open_story``).

Two stories side by side: the flood story's column is cut mid-sentence (``…背着喷雾器，``)
and its rest is written after the factory story, whose lead ends its sentence and goes on
under a crosshead (``补偿方案怎么定``, a line far short of the column) and a paragraph set
two characters short. Neither talks of either story's letter pairs enough to tell, and
before the rule the walk gave the crosshead to the story read before (the open flood
story), then the factory's paragraph after it, and the flood story's real rest to the
factory story.
"""

from __future__ import annotations

import ocr
from ocr.model import Article, Page

SIDE_BY_SIDE_ZH = """民生

洪水退去 清淤消杀忙

本报讯（记者 陶然）连日来，青峪县组织机
关干部、民兵和志愿者一千余人，帮助受灾
群众清理淤泥、修缮房屋。镇卫生院和县疾
控中心的工作人员则背着喷雾器，

经济

老纺织厂停产搬迁

本报讯（记者 葛平）12月1日，有着62年
历史的澄湖第二纺织厂正式停产。受原材料
价格上涨、订单减少等因素影响，该厂近三
年持续亏损，生产线将迁往中西部一家合作
工厂。

补偿方案怎么定

停产涉及在岗职工436人。企业已与全
部职工签订协议，按工龄给予经济补偿，对
距退休不满五年的职工缴纳社会保险至退
休。

挨家挨户对清理过的房屋、水井和道路进行
消毒，防止灾后出现疫情。
"""


def _story(page: Page, words: str) -> Article:
    return next(a for a in page.articles if any(words in p for p in a.paragraphs))


def test_a_crosshead_and_a_paragraph_start_stay_with_the_story_they_follow() -> None:
    page = ocr.process(SIDE_BY_SIDE_ZH, lang="zh", correct=False)
    factory = "".join(_story(page, "纺织厂").paragraphs)
    assert "补偿方案怎么定" in factory
    assert "缴纳社会保险至退休。" in factory
    assert "挨家挨户" not in factory


def test_a_column_on_a_full_line_still_finishes_the_open_sentence() -> None:
    """The flood story's rest (``挨家挨户…``, a full line) goes on with it, read after
    the other story's text."""
    page = ocr.process(SIDE_BY_SIDE_ZH, lang="zh", correct=False)
    flood = "".join(_story(page, "清理淤泥").paragraphs)
    assert "背着喷雾器，挨家挨户对清理过的房屋" in flood
    assert "补偿方案" not in flood


#: The lights story's column is cut mid-sentence; its rest, one short line that ends the
#: sentence (its paragraph's last line), is written after the library story's lead.
LAST_LINE_ZH = """要闻

村里路灯改造完工

本报讯（记者 许清）青石村三百多盏老旧路
灯近日全部换成太阳能路灯，村民夜里出行更
方便了。按照村里定下的规矩，路灯每天傍晚
六点亮起，到晚上十一点全

市图书馆延长开放时间

本报讯（记者 沈佳）记者昨日从市图书馆获
悉，从下月起，图书馆每天开放到晚上九点，
周一不再闭馆，市民凭身份证即可借阅图书。

部熄灭。
"""


def test_a_short_last_line_that_ends_a_sentence_still_finishes_the_open_one() -> None:
    """One short line that ends a sentence is a paragraph's last line, the rest of a
    sentence left open: it goes on with the open story read before, not with the story
    whose lead ended its sentence."""
    page = ocr.process(LAST_LINE_ZH, lang="zh", correct=False)
    assert "到晚上十一点全部熄灭。" in "".join(_story(page, "路灯").paragraphs)
    assert "部熄灭" not in "".join(_story(page, "图书馆").paragraphs)
