"""Work the text path no longer does where it cannot change the answer (issue 11, tx56speed).

Each cut is exact: the page's output is the same, only asked later or not at all. These tests
hold the cuts (the skipped call is not made) and, beside each, the near case that still makes
it and reads as before. Lines are a study page's kind, written out here.
"""

from __future__ import annotations

import bisect
import re
import sys

import pytest

from ocr import heading_words, linejoin, marker_scan
from ocr.heading_words import in_title_case, listing_entry, name_entry
from ocr.markers import reader_marks
from ocr.readers import textbeside, textmeasure

GERMAN = "Der Rat der Stadt hat am Montag über das neue Ver-"


def _counting(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list[object]:
    """The first arguments ``module.name`` is called with from now on (it still answers)."""
    asked: list[object] = []
    real = getattr(module, name)

    def counted(first: object, *rest: object) -> object:
        asked.append(first)
        return real(first, *rest)

    monkeypatch.setattr(module, name, counted)
    return asked


def test_an_english_wrap_does_not_ask_the_language(monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _counting(monkeypatch, linejoin, "foreign_language")
    lines = ["Volunteers will be on hand to help resi-", "dents fill out the forms."]
    joined = linejoin.join_lines(lines)
    assert joined == "Volunteers will be on hand to help residents fill out the forms."
    assert asked == []  # (the lexicon read the wrap as English: no language to ask)


def test_a_german_wrap_still_asks_the_language(monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _counting(monkeypatch, linejoin, "foreign_language")
    assert "neue Verfahren abgestimmt" in linejoin.join_lines([GERMAN, "fahren abgestimmt."])
    assert len(asked) == 1


#: A Chinese chunk of running text with one line pdftotext wrote with a space between two
#: characters (a byline's name), and none of two columns' lines side by side.
PLAIN_CHUNK = ["本报讯（记者 顾远）“这批樱桃个头大、", "口感甜，上市第一天就卖了两千多斤！”",
               "5月7日，在南山镇果品交易市场，种植户", "老周一边装箱一边说。"]


def test_a_chunk_without_joined_lines_is_not_measured(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(lines: list[str]) -> float:
        raise AssertionError("measured")

    monkeypatch.setattr(textbeside, "column_width", refused)
    assert textbeside._part_chunk(PLAIN_CHUNK, reader_marks()) is None


LEFT = ["去年以来，城西街道先后建成社区食", "堂六家，每天为辖区老人提供午餐和",
        "晚餐。食堂由街道委托专业餐饮企业", "运营，菜品每周更新，价格比市场低", "三成左右。"]
RIGHT = ["据了解，食堂开业半年来累计接", "待就餐居民五万余人次，其中八十岁", "以上老人占四成。",
         "不少年轻上班族也成了常客。在", "附近写字楼工作的陈女士说，这里饭"]


def test_a_chunk_with_joined_lines_is_still_put_apart() -> None:
    rows = [LEFT[0], RIGHT[0], LEFT[1], RIGHT[1], f"{LEFT[2]} {RIGHT[2]}",
            f"{LEFT[3]} {RIGHT[3]}", f"{LEFT[4]} {RIGHT[4]}"]
    assert textbeside._part_chunk(rows, reader_marks()) == [*LEFT, "", *RIGHT]


def test_a_listing_row_of_figures_needs_a_space() -> None:
    assert listing_entry("红球 03 08 15 22 27 31")
    assert listing_entry("3D 第2026190期\t4 0 7")
    assert not listing_entry("全市今年新增就业岗位03081522个")  # (no space: no row)


def test_a_name_entry_opens_on_a_capital_or_figure_and_holds_a_comma() -> None:
    assert name_entry("Margaret Hale, 91, of Pike Valley")
    assert name_entry("12. Tom Ward, Ashford")
    assert not name_entry("Margaret Hale of Pike Valley")
    assert not name_entry("the Ashford Players, 7 p.m.")


def test_title_case_opens_words_as_the_old_pattern_did() -> None:
    old = re.compile(r"^[A-Z0-9“\"'‘(]")
    assert heading_words._TITLE_FIRST == {
        chr(i) for i in range(sys.maxunicode + 1) if old.match(chr(i))}
    assert in_title_case("Warehouse Fire Forces Evacuation of Nearby Homes")
    assert in_title_case("“Ghost Lights” Return to Harbor")
    assert not in_title_case("Warehouse fire forces evacuation")


#: A Chinese page's column lines as ``unweave`` and then ``deal`` read them.
COLUMN = ["去年以来，城西街道先后建成社区食", "堂六家，每天为辖区老人提供午餐和",
          "晚餐。食堂由街道委托专业餐饮企业", "运营，菜品每周更新，价格比市场低"]


def test_lines_measured_again_are_not_measured_anew(monkeypatch: pytest.MonkeyPatch) -> None:
    measured = _counting(monkeypatch, textmeasure, "em_width")
    first = textmeasure.column_width(list(COLUMN))
    assert measured and first == 16.0
    measured.clear()
    assert textmeasure.column_width(list(COLUMN)) == first  # (deal, after unweave)
    assert measured == []
    assert textmeasure.column_width(COLUMN[:2] + ["据了解，食堂开业半年来累计接待就餐居民"]) == 16.0
    assert measured  # (other lines: measured)


def test_lines_holding_an_opening_literal_are_those_it_stands_in() -> None:
    lines = ["By ELLEN MARSH", "Staff Writer", "the council voted 5-2 on", "PHOTO: J. FOX",
             "Pablo Ruiz/Harbor Ledger", "a | rule", "本报记者 王晓琳 摄", ""]
    literals = ("/", "B", "F", "P", "b", "f", "|")
    page = "\n" + "\n".join(lines)
    starts = [1]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    placed = sorted({bisect.bisect_right(starts, i) - 1
                     for i in marker_scan._literals_at(page, literals)})
    searched = [i for i, line in enumerate(lines) if marker_scan._any_of(literals).search(line)]
    assert searched == placed == [0, 1, 3, 4, 5]
