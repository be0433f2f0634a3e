"""Photo credits in the forms papers set them on a line of their own, and a Chinese
caption whose first line an extractor wrote apart.

A paper credits its own photographers by its short name (``(Herald photo / Ana Ruiz)``, in
brackets as agencies do), a freelancer as working for it (``Tom Byrne for The Courier``);
Chinese papers set a credit under the caption in brackets as they set one run in
(``（李青 摄）``) or give the photographer's title first (``摄影 周明远``). Unknown, the
credit line was read into a story or taken for a heading, and the caption beside it
with it.
"""

from __future__ import annotations

import pytest

import ocr
from ocr.markers import marker_kind
from ocr.model import BlockKind
from ocr.profiles import load_profile

EN = load_profile().patterns("en")
ZH = load_profile().patterns("zh")


@pytest.mark.parametrize(("text", "credit"), [
    ("(Herald photo / Ana Ruiz)", True),
    ("Staff photo/Ana Ruiz", True),
    ("Courier photo by Ana Ruiz", True),
    ("Tom Byrne for The Courier", True),
    ("Tom Byrne for The Harbor Courier", True),
    ("Tom Byrne for the weekend", False),  # a sentence's words, no paper after
    ("By Tom Byrne for The Courier", False),  # a writer's byline
    ("Photo op for mayor", False),
])
def test_english_credit_forms(text: str, credit: bool) -> None:
    assert (marker_kind(text, EN) is BlockKind.CREDIT) is credit


@pytest.mark.parametrize(("text", "credit"), [
    ("（李青 摄）", True),
    ("(本报记者 李青 摄)", True),
    ("李青 摄）", False),  # the end of a run-in credit wrapped onto its own line
    ("摄影 周明远", True),
    ("摄影展开幕", False),  # a headline's words
    ("摄影 周明远作品展在市美术馆开幕", False),
])
def test_chinese_credit_forms(text: str, credit: bool) -> None:
    assert (marker_kind(text, ZH) is BlockKind.CREDIT) is credit


ZH_PAGE = """本报讯（记者 严小川）3月8日，市文化
馆举办的春季书画展吸引了不少市民。

摄影 周明远

3月8日，市民在市文化馆欣赏书画作品。

城西菜市场完成改造

本报讯（记者 严小川）经过三个月施工，
城西菜市场昨日重新开门迎客。
"""


def test_a_photographers_title_and_name_apart_are_the_credit() -> None:
    """The space between 摄影 and the name, which the joined line loses, tells the credit."""
    page = ocr.process(ZH_PAGE, lang="zh", correct=False)
    photo = next(p for p in page.photos if p.credit)
    assert photo.credit.replace(" ", "") == "摄影周明远"
    assert photo.caption == "3月8日，市民在市文化馆欣赏书画作品。"
    for a in page.articles:
        assert "摄影周明远" not in "".join(a.headlines)


EN_PAGE = """Tickets are $18 for adults and $9 for
students, and may be bought at the door
or from the box office.

(Herald photo / Ana Ruiz)

Volunteers stack sandbags along the riverbank on Water Street in Millbrook
on Tuesday.

CITY HALL

Council delays vote on parking fees
"""


def test_a_papers_own_credit_over_its_caption_is_the_photos() -> None:
    """``(Herald photo / …)`` set under the frame, over the caption: the photo's credit,
    and the caption under it the photo's, not the column's end before it."""
    page = ocr.process(EN_PAGE, lang="en", correct=False)
    photo = next(p for p in page.photos if p.credit)
    assert photo.credit == "(Herald photo / Ana Ruiz)"
    assert photo.caption == ("Volunteers stack sandbags along the riverbank on Water Street "
                             "in Millbrook on Tuesday.")


ZH_CUT = """本报讯（记者 严小川）3月10日，记者
从市农业农村局获悉，全市今年早稻
种植面积预计达到42万亩，比去年增
加1.6万亩，机插秧比例超过七成。

3月10日，农民在青山镇的田里驾驶插秧机插秧，抢抓

农时。

本报通讯员 林海 摄

据介绍，今年全市新增插秧机300台，
农机合作社为农户提供代插服务。
"""

ZH_DECK = """今年早稻面积稳中有增

全市新增插秧机三百台，机插比例超过七成

3月10日，农民在青山镇的田里驾
驶插秧机插秧。

本报通讯员 林海 摄

本报讯（记者 严小川）3月10日，记者
从市农业农村局获悉，全市今年早稻
种植面积预计达到42万亩，比去年增
加1.6万亩，机插秧比例超过七成。
"""


def test_a_chinese_captions_first_line_apart_is_the_captions() -> None:
    """A line set across the photo that stops mid-sentence, over its end: one caption."""
    page = ocr.process(ZH_CUT, lang="zh", correct=False)
    photo = next(p for p in page.photos if p.credit)
    assert photo.caption == "3月10日，农民在青山镇的田里驾驶插秧机插秧，抢抓农时。"


def test_a_deck_over_a_caption_on_the_column_measure_stays_a_heading() -> None:
    """A deck wider than the column over a caption wrapped on the column's measure is
    no first line of that caption."""
    page = ocr.process(ZH_DECK, lang="zh", correct=False)
    photo = next(p for p in page.photos if p.credit)
    assert "插秧机三百台" not in (photo.caption or "")
    assert photo.caption is not None and photo.caption.startswith("3月10日")
