"""A Chinese brief that announces what will be held, and when, opens an item of its own.

A notice's lead names its subject, then the day it is set for (``2027环湖自行车赛将于5月
18日…``); stacked under another brief with no blank line between (pdftotext), or under a
story's last paragraph, it was read as that item's next paragraph. ``leads.announced``
(asked by the text reader over the line and the next, since a narrow column breaks the
lead before its date, and by ``briefs.lead_brief``): a subject new to the item above opens
one. A subject the story told of (an obituary's farewell), or one that points back
(``本届赛事定于…``), is the story's own.
"""

from __future__ import annotations

from conftest import article_holding

import ocr

BRIEFS = """本报讯 因燃气管道迁改施工，
5月9日9时至17时，城南区桂
花路沿线将暂停供气，请居民
提前做好准备。
2027环湖自行车赛将于
5月18日8时在湖滨广场发
车，比赛期间环湖路将实行
临时交通管制，请市民绕行。
"""

#: An obituary's last paragraph: the subject (``汤老遗体告别仪式``) is the story's man.
OBITUARY = ("著名书法家汤国梁先生因病于5月6日逝世，享年88岁。汤国梁先生自幼习字，擅长行草，"
            "作品多次入选全国书法展览。晚年的汤老致力于培养青年书法人才。")
FAREWELL = ("汤老遗体告别仪式定于5月10", "日上午在市殡仪馆举行。")
#: ... and a brief's, under a story on another matter.
RACE_BRIEF = ("2027环湖自行车赛将于5月18", "日8时在湖滨广场发车。")

RACE = """自行车赛新闻发布会举行
本报讯（记者 邵敏）昨日，环湖自行
车赛新闻发布会在市体育中心举行。
本届赛事定于5月18日开赛，设专业
组和大众组两个组别。
"""


def test_announced_brief_under_a_brief_is_its_own() -> None:
    page = ocr.process(BRIEFS, lang="zh", correct=False)
    race = article_holding(page, "环湖自行车赛将于")
    assert "".join(race.paragraphs).startswith("2027环湖自行车赛将于")
    gas = article_holding(page, "暂停供气")
    assert race is not gas


def test_an_obituarys_farewell_stays_in_it() -> None:
    """The announced subject shares the story's letter pairs (``汤老``): no new item,
    though the farewell's opening holds too few of them for ``letter_pairs.talks``."""
    from ocr.briefs import lead_brief
    from ocr.drafts import Draft
    from ocr.model import Block, BlockKind, Line, Word
    from ocr.profiles import load_profile

    markers = load_profile(None).patterns("zh")

    def block(i: int, *lines: str) -> Block:
        return Block(f"b{i}", BlockKind.BODY, tuple(Line((Word(t),)) for t in lines))

    story = Draft(start=0, blocks=[block(0, OBITUARY)], end=0)
    assert not lead_brief(story, block(1, *FAREWELL), OBITUARY, markers)
    assert lead_brief(story, block(1, *RACE_BRIEF), OBITUARY, markers)


def test_a_subject_that_points_back_goes_on() -> None:
    page = ocr.process(RACE, lang="zh", correct=False)
    assert len(page.articles) == 1
    assert "".join(page.articles[0].paragraphs).endswith("两个组别。")
