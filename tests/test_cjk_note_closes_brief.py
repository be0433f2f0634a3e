"""A Chinese brief that closes on a note in brackets after its last stop has ended.

A wire brief names its source after its last sentence (``…稳步提高。（据新华社电）``), and
the extractor writes the brief or notice set under it next, its headline first
(``招领启事``). ``typography.ends_sentence`` read the bracket's last letter (``电``) and
took the brief's sentence for open: the headline was read as a line it cut, and the
notice under it as the brief's text. A note after a stop is no sentence
(``typography.ends_on_note``).
"""

from __future__ import annotations

from conftest import article_holding

import ocr
from ocr.typography import ends_sentence

STORY = """菜篮子价格总体平稳
本报讯（记者 陆一鸣）5月8日，
记者走访城区多家农贸市场发现，
本周蔬菜、肉类价格总体平稳，
部分叶菜价格小幅回落。

据市场管理方介绍，近期本地蔬
菜集中上市，供应充足。
"""

WIRE = """记者从国家林业和草原局获悉，今
年全国完成造林面积超过六千万亩，
森林覆盖率稳步提高。（据新华社电）"""

NOTICE = """招领启事
5月7日，市民在3路公交车上拾
到钱包一个，请失主到公交公司
客服中心认领。"""


def test_notice_under_a_wire_brief_is_its_own() -> None:
    page = ocr.process("\n\n".join([STORY, WIRE, NOTICE]), lang="zh", correct=False)
    wire = article_holding(page, "造林面积")
    assert "".join(wire.paragraphs).endswith("（据新华社电）")
    notice = article_holding(page, "拾到钱包")
    assert notice.headlines == ("招领启事",)
    assert notice is not wire


def test_a_note_after_a_stop_ends_the_sentence() -> None:
    assert ends_sentence("森林覆盖率稳步提高。（据新华社电）")
    assert ends_sentence("全文完。（完）")
    # a bracket inside a sentence, or a name's with no stop before it, closes nothing
    assert not ends_sentence("全市新增造林面积（含补植")
    assert not ends_sentence("市第一人民医院（东院区）")


WEATHER = """气象台预报，明天本市多云转小
雨，气温12至18摄氏度，市民出
行请带好雨具。（据新华社电）"""


def test_a_label_after_a_closing_note_sets_no_crossheads() -> None:
    """Short crossheads come in sets (``crossheads._in_series``), but a two-letter label
    after a wire brief's note (``招领`` under ``…（据新华社电）``) opens the next item:
    it makes no set with the brief's own label (``天气``), which heads its brief, not a
    section of the story above."""
    parts = [STORY, "天气", WEATHER, "招领", NOTICE.split("\n", 1)[1]]
    page = ocr.process("\n\n".join(parts), lang="zh", correct=False)
    story = article_holding(page, "农贸市场")
    weather = article_holding(page, "气象台预报")
    assert weather is not story
    assert weather.headlines == ("天气",)
    assert "天气" not in story.paragraphs
