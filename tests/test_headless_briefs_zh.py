"""Text without geometry: Chinese headless briefs stacked in a column.

pdfminer writes a briefs column a block a brief; a brief with no heading and no byline
under one that ended its sentence is told from that brief's second paragraph by what it
talks of: two paragraphs of one brief share letter pairs (``条例``), two briefs none. A story
signed by its writer may run on to a paragraph on another matter: it keeps it.
"""

from __future__ import annotations

from typing import Any

import ocr

PAGE = """第6版

城市新闻

本报讯 因燃气管道检修，9月6日
8时至18时，江南路以东、滨河路以北
区域将暂停供气，请居民提前做好准备。

第十届市民运动会将于9月20日在市
体育中心开幕，设田径、游泳、篮球等
12个大项，全市4000余名运动员参赛。

本报讯（记者 林晓）9月2日，市人大
常委会表决通过《市电动自行车管理条例》，
条例将于明年1月1日起施行。

条例规定，电动自行车不得在楼道、
楼梯间停放，违者最高可处500元罚款。

本报讯（记者 周明）9月3日晚，市气
象台发布暴雨橙色预警，预计未来24小
时本市将出现大暴雨，局地有特大暴雨。

各区已转移低洼地带群众800余人，
全市预置抢险队伍60支，防汛物资全部
到位，地铁各站出入口备好挡水板。
"""


def _articles() -> list[dict[str, Any]]:
    return ocr.page_dict(ocr.process(PAGE, lang="zh", correct=False))["articles"]


def test_a_headless_brief_under_another_is_an_article_of_its_own() -> None:
    texts = ["".join(a["paragraphs"]) for a in _articles()]
    gas = next(t for t in texts if "暂停供气" in t)
    games = next(t for t in texts if "运动会" in t)
    assert gas != games and "运动会" not in gas


def test_a_brief_s_second_paragraph_that_talks_of_it_stays_its_own() -> None:
    law = next(a for a in _articles() if "电动自行车管理条例" in "".join(a["paragraphs"]))
    assert any("楼梯间停放" in p for p in law["paragraphs"])


def test_a_signed_story_keeps_a_paragraph_on_another_matter() -> None:
    storm = next(a for a in _articles() if "暴雨橙色预警" in "".join(a["paragraphs"]))
    assert any("抢险队伍" in p for p in storm["paragraphs"])
