"""A Chinese story's lone short crosshead (``提示``, ``链接``) over its last section stays
the story's, where the section opens a paragraph on the story's own measure.

A paper closes a story with a short boxed section under a two-letter head: what readers
should do (``提示``), a related note (``链接``). The extractor writes the head as a line of
its own and the section under it, and before this rule the head was read as a headline
(a line of two letters is a kicker's or a label's shape, and ``提示`` a notice's kind),
so the section became an item of its own and the story lost its end (the study set S8:
24 of 116 Chinese story items on pdftotext and pdfminer). ``crossheads.crosshead`` now
keeps such a line when the text under it opens a paragraph set two characters in on
the story's measure, goes on in full lines and ends its sentence, after two paragraphs
of the story at least; a kicker over the next story's headline, or a short line after
a one-paragraph brief, stays a heading.
"""

from __future__ import annotations

from conftest import article_holding

import ocr
from ocr.crossheads import _section_on_measure
from ocr.model import BODY, Block, Line, Word

STORY = """河滨公园下周闭园维修

本报记者 乔远帆
河滨公园将于下周一起闭
园维修，为期三周，园内步道
和路灯将全部翻新，所需资金
由市财政安排。

闭园期间，公园东门停
车场照常开放，周边晨练的市
民可以改到滨江绿道活动，绿
道沿线已增设饮水点和座椅。"""

TIP = """提示
维修期间，请市民不要
翻越围挡进入园内，遛狗的市
民请绕行滨江绿道，注意看管
好宠物。"""

NEXT_STORY = """社区食堂推出夜间套餐

本报记者 韩素
城南社区食堂从本周起延长
营业时间，晚上七点到九点推
出夜间套餐，每份十二元。"""


def test_a_tip_under_a_story_is_its_last_section() -> None:
    page = ocr.process("\n\n".join([STORY, TIP, NEXT_STORY]), lang="zh", correct=False)
    story = article_holding(page, "闭园期间")
    assert "维修期间，请市民不要翻越围挡进入园内" in "".join(story.paragraphs)
    assert all("提示" not in a.headlines for a in page.articles)
    assert article_holding(page, "夜间套餐，每份") is not story


KICKER = """体育

青年篮球联赛今晚开打

本报记者 万里
市青年篮球联赛今晚在体育
中心开幕，来自全市的十六支
球队将进行为期一个月的比赛。"""


def test_a_kicker_over_the_next_story_stays_a_heading() -> None:
    """The line under a kicker is the next story's headline, a line of its own on no
    column's measure: the kicker is no section's head."""
    page = ocr.process("\n\n".join([STORY, KICKER]), lang="zh", correct=False)
    story = article_holding(page, "闭园期间")
    game = article_holding(page, "十六支")
    assert game is not story
    assert "青年篮球联赛今晚开打" not in "".join(story.paragraphs)


BRIEF = """全国冬小麦播种过半

据新华社电 农业农村部最新
调度显示，目前全国冬小麦已播
种过半，进度快于去年同期。"""


def _blocks(*texts: str) -> list[Block]:
    """Body blocks as the text reader makes them, a line a text line (blank lines out)."""
    return [Block(id=f"b{i}", kind=BODY, lines=tuple(
        Line(words=tuple(Word(text=w) for w in t.split())) for t in text.split("\n") if t))
        for i, text in enumerate(texts)]


def test_a_short_line_after_a_brief_heads_no_section() -> None:
    """A brief is told in one paragraph and sets no crossheads: a story's last section
    that pdftotext wrote after the brief beside it is not the brief's."""
    lead = BRIEF.split("\n\n")[1]
    section = TIP.split("\n", 1)[1]
    kinds = [BODY] * 3
    assert not _section_on_measure(_blocks(lead, "提示", section), kinds, 1, 0, 2)
    story = STORY.split("\n\n", 1)[1].split("\n", 1)[1]
    assert _section_on_measure(_blocks(story, "提示", section), kinds, 1, 0, 2)


WAITING_HEAD = """社区食堂推出夜间套餐

本报记者 韩素"""

WAITING_TEXT = """城南社区食堂从本周起延
长营业时间，晚上七点到九点
推出夜间套餐，每份十二元。"""


def test_a_section_under_a_kept_crosshead_is_no_waiting_storys_text() -> None:
    """pdftotext writes a story's headline and byline, then the column beside it, then
    the story's text (``signed_stories.waiting_story``): a paragraph opening after a
    column that broke off mid-sentence is the waiting story's. A crosshead kept as the
    column's text (``提示``) ends no sentence, but the paragraph under it is its section
    (``story_flow.ends_on_crosshead``), not the waiting story's text."""
    text = "\n\n".join([WAITING_HEAD, STORY, TIP, WAITING_TEXT])
    page = ocr.process(text, lang="zh", correct=False)
    story = article_holding(page, "闭园期间")
    canteen = article_holding(page, "夜间套餐，每份")
    assert "维修期间，请市民不要翻越围挡进入园内" in "".join(story.paragraphs)
    assert "维修期间" not in "".join(canteen.paragraphs)
