"""A Chinese story's stack (headline wrapped, deck wrapped) written as one block right
over the story's byline or lead is its heading (``stack_in_block.cjk_stack_over_story``).

pdfminer (and pdftotext, where no blank line parts them) writes a narrow column's
headline and deck as one block of five lines: longer than any heading, ending no
sentence, it was read as running text, the story under it opened on its byline with no
headline, and the stack ran into the story above. What stands right over a byline is a
stack or the last lines of the story above, which end a sentence; a column's text cut
there fills the measure to its last line. The stack's lines break where no paragraph
breaks: far short of the measure without ending a sentence.
"""

from __future__ import annotations

from conftest import article_holding

import ocr
from ocr.heading_words import quote_not_whole
from ocr.model import BODY, Block, Line, Word
from ocr.stack_in_block import cjk_stack_over_story, heading_wraps

# pdfminer: a story's last paragraphs in a column twelve ems wide, a stack of four lines
# (a quoted headline wrapped over two, its deck over two), the byline, the story.
ABOVE = """本报讯（记者 简舟）昨天，
市图书馆少儿阅览室完成改
造，新增绘本区和亲子阅读
区，藏书增加到两万余册。

阅览室每周二至周日开放，
周末上午安排故事会，家长
可带孩子免费参加。"""

STACK = """“门一开，浓烟
就扑到了脸上”
快递员冲进起火民房救
出独居老人"""

BYLINE = "本报记者 严青"

STORY = """前天上午10点多，南湖街
道一栋民房的二楼冒出浓
烟。正在楼下送件的快递员
钟小满听到呼救声，用湿毛
巾捂住口鼻冲上了楼。

十多分钟后，消防员赶到
现场扑灭了明火。老人被送
往医院检查，身体并无大碍。"""

# The guard: the story above's column cut at its foot, its next column written after
# the next story's byline (pdftotext): a paragraph's first line short by its indent,
# the lines under it filling the measure to the last, no sentence ended.
COLUMN_FOOT = """停车场改造期间，附近
居民可以把车停到南湖小学
操场，学校每天傍晚6点后
向周边居民开放，次日早上"""


def _block(texts: list[str]) -> Block:
    return Block("b1", BODY, tuple(Line((Word(t),)) for t in texts))


def test_a_stack_in_one_block_over_its_byline_heads_its_story() -> None:
    page = ocr.process("\n\n".join([ABOVE, STACK, BYLINE, STORY]), lang="zh", correct=False)
    story = article_holding(page, "钟小满听到呼救声")
    heading = (story.kicker, *story.headlines, story.subheadline)
    assert "“门一开，浓烟就扑到了脸上”" in heading
    assert "快递员冲进起火民房救出独居老人" in heading
    above = article_holding(page, "阅览室每周二至周日开放")
    assert "浓烟" not in "".join(above.paragraphs)
    assert "独居老人" not in "".join(above.paragraphs)


def test_a_column_cut_at_its_foot_over_a_byline_stays_text() -> None:
    """A paragraph cut where a column ends, over another story's byline, ends no
    sentence either; its lines fill the measure (its first short by the indent the
    extractor dropped), and no line breaks short."""
    page = ocr.process("\n\n".join([ABOVE, COLUMN_FOOT, BYLINE, STORY]), lang="zh",
                       correct=False)
    assert not any("停车场" in h for a in page.articles for h in a.headlines)
    assert not cjk_stack_over_story(_block(COLUMN_FOOT.splitlines()), 12.0, opens_story=True)


def test_the_place_and_the_breaks_both_tell() -> None:
    """The stack is one only over what opens a story; and a headline short of the
    measure over a full line is a deck's only where the break cuts no word (``获`` /
    ``悉``: a paragraph's first two lines), and the headline holds no clause mark."""
    stack = STACK.splitlines()
    assert cjk_stack_over_story(_block(stack), 12.0, opens_story=True)
    assert not cjk_stack_over_story(_block(stack), 12.0, opens_story=False)
    assert cjk_stack_over_story(_block(["流感疫苗周末接种点开放", "无需预约，六个月以上均可接种"]),
                                12.5, opens_story=True)
    first_lines = ["市民昨日从市疾控中心获", "悉，本周末起流感疫苗接种点"]
    assert not cjk_stack_over_story(_block(first_lines), 12.5, opens_story=True)
    asking = ["台风过后，菜价怎么样", "了？昨天一早，记者走访了"]
    assert not cjk_stack_over_story(_block(asking), 11.5, opens_story=True)


def test_contact_lines_and_listing_rows_are_no_stack() -> None:
    """A notice's contact lines (a label over its value) and a TV guide's rows stand
    short of the measure over the next notice's lead; no heading ends on a colon or
    gives a clock time."""
    contacts = ["新闻热线：", "0571-8866110（24小时）", "投诉维权：", "0571-8866119"]
    assert not cjk_stack_over_story(_block(contacts), 11.5, opens_story=True)
    guide = ["综合频道18:30南湖", "新闻", "19:35电视剧《渔火", "人家》（5、6）"]
    assert not cjk_stack_over_story(_block(guide), 12.5, opens_story=True)


def test_a_chinese_heading_line_left_open_goes_on() -> None:
    """A heading line that ends on a comma or leaves a quotation open goes on in the line
    under it; a headline that ends on a letter over its deck does not (the widths and the
    story's words tell those, in ``heading_roles``)."""
    assert heading_wraps("“来不及多想，先", "把人拉上来再说”")
    assert heading_wraps("骑手驿站里，有热水、", "充电宝和一碗姜汤")
    assert not heading_wraps("12条公交线路优化调整", "新开2条地铁接驳线，明")


def test_the_chinese_wrap_marks_are_asked_of_chinese_lines_only() -> None:
    """An English headline that ends on an ellipsis or quotes a cry it never closes, over
    its deck, makes two heading lines: ``leads_on`` and ``quote_left_open`` are Chinese
    rules."""
    assert not heading_wraps("Not again…", "Residents brace for the third flood")
    assert not heading_wraps("“Bring them home", "Families march on city hall")


def test_a_headline_quotes_whole() -> None:
    """A quotation or title left open, or closed where it was never opened (the rest of a
    sentence begun above), is no headline's; one quoted whole is."""
    assert not quote_not_whole("“悦读清河”活动启动")
    assert quote_not_whole("“今年头茬茶卖到每斤1200")
    assert quote_not_whole("人怎么办？”")
    assert quote_not_whole("《城市记忆》与“老街")
