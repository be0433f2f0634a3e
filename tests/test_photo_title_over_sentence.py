"""A photo's title written on top of its one-line caption, its credit written elsewhere, is
parted off (``readers.textphoto.title_over_sentence``).

pdftotext and pdfminer write a photo's title and its one-line caption as one chunk
(``老码头`` / ``建于1956年的第一码头候船厅。``); the credit stands apart (under another
photo, at the column's foot), so ``titled_caption``'s credit beside it did not vouch, and
the title ran into the caption as its first words: the photo had no title. A short
heading over one sentence is no part of it, a photo's title or a brief's headline.
"""

from __future__ import annotations

from conftest import article_holding

import ocr
from ocr.profiles import load_profile
from ocr.readers.textphoto import title_over_sentence

ABOVE = """本报讯（记者 简舟）昨天，
市图书馆少儿阅览室完成改
造，新增绘本区和亲子阅读
区，藏书增加到两万余册。"""

TITLED = """老船坞
建于1958年的东屿第一船坞，如今已改作展馆。"""

STORY = """东屿港区今年新开通外贸航线
9条

本报讯（记者 钟雨）11月份，东屿港
完成集装箱吞吐量21.3万标箱，同比
增长11%。"""


def test_a_title_over_its_one_line_caption_is_parted_off() -> None:
    page = ocr.process("\n\n".join([ABOVE, TITLED, STORY]), lang="zh", correct=False)
    photo = article_holding(page, "如今已改作展馆")
    assert "老船坞" in photo.headlines
    assert not any("老船坞" in p for p in photo.paragraphs)


def test_a_heading_over_a_story_opening_or_over_two_lines_is_not_asked() -> None:
    """The byline or dateline under a heading is the story's (``reflow`` parts it by its
    marker); a chunk of three lines is a paragraph's or ``heading_on_top``'s."""
    m = load_profile().patterns("zh")
    assert title_over_sentence(["老船坞", "建于1958年的东屿第一船坞。"], m)
    assert not title_over_sentence(["寒潮来袭", "本报讯（记者 龚澜）昨天，寒潮抵达。"], m)
    assert not title_over_sentence(["老船坞", "建于1958年的东屿第一", "船坞。"], m)
