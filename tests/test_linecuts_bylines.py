"""A byline written on one line with other columns' lines (pdfplumber) is a piece of its
own: a column piece never runs on past it, never holds text before its ``By``, never
parts its name or its post (``ocr.readers.bylinecuts``). The lines are study pages'
pdfplumber lines, cut at their page's measure."""

from __future__ import annotations

from ocr.readers.bylinecuts import byline_spans
from ocr.readers.linecuts import split_line
from ocr.readers.textmeasure import Measure
from ocr.readers.textspace import respace


def _cut(line: str, measure: float) -> list[str]:
    return split_line(line, Measure(measure, latin=True))


def test_a_byline_beside_four_columns_ends_its_piece() -> None:
    """A wildlife story's byline and the first lines of its four columns, one printed row
    (fails on main: ``By Pieter Olivier The baboons keep coming`` / ``back. …``: every
    cut after it a word off)."""
    line = ("By Pieter Olivier The baboons keep coming back. Retired teacher Annelie Swart "
            "came Provincial conservation officials say reserve and the municipality will "
            "be held")
    assert _cut(line, 18.5) == [
        "By Pieter Olivier", "The baboons keep coming back.",
        "Retired teacher Annelie Swart came", "Provincial conservation officials say",
        "reserve and the municipality will be held"]


def test_a_writers_post_ends_its_piece() -> None:
    """A byline's second line beside a cricket report's columns (fails on main: ``Sports
    Reporter the Municipal Oval.``)."""
    line = ("Sports Reporter the Municipal Oval. in two overs, and with 11 needed said "
            "Westdene captain Bradley Sonderwater: 205 all out in")
    assert _cut(line, 14.0)[:2] == ["Sports Reporter", "the Municipal Oval."]


def test_a_bylines_name_is_not_cut() -> None:
    """Fails on main: ``By Ruth`` / ``Adeyemi The 1911 building closed``."""
    line = "By Ruth Adeyemi The 1911 building closed have moved to the bright upper"
    assert _cut(line, 13.5) == [
        "By Ruth Adeyemi", "The 1911 building closed", "have moved to the bright upper"]


def test_no_column_text_before_a_by_that_opens_a_byline() -> None:
    """A post, then a byline of the next story, then its columns (fails on main:
    ``Staff Writers By Dana Whitfield``); and a column's line ending beside a byline
    (fails on main: ``a 15-month pregnancy By`` / ``Dan Feltham``)."""
    line = ("Staff Writers By Dana Whitfield floodlights, one arm around a since Monday "
            "evening, when")
    assert _cut(line, 13.5)[:2] == ["Staff Writers", "By Dana Whitfield"]
    assert _cut("a 15-month pregnancy By Dan Feltham", 12.5) == [
        "a 15-month pregnancy", "By Dan Feltham"]


def test_a_signed_byline_keeps_its_verb() -> None:
    """Fails on main: ``Martin Osei reports withdrawn;``."""
    line = "Martin Osei reports withdrawn; the 11 a.m. and 1 because it got expensive.”"
    assert _cut(line, 12.5)[0] == "Martin Osei reports"


def test_guard_by_in_running_text_is_no_byline() -> None:
    """``by Ryan Feld`` inside a column's sentence: the line is cut as before, the name
    inside its piece."""
    line = respace("after the town warned residents to CONCORD — Twice the "
                   "hockeytitlesince1998andset period on goals by Ryan Feld more when Feld "
                   "scored his on-one early in overtime that")
    assert "period on goals by Ryan Feld" in _cut(line, 13.0)
    assert byline_spans("period on goals by Ryan Feld".split(" ")) == []


def test_guard_a_byline_with_its_post_on_its_row_stays_whole() -> None:
    """``By Dana Whitfield Staff Writer`` on one row (the dev pages' form): one piece."""
    line = "By Dana Whitfield Staff Writer The miners had been cut off"
    assert _cut(line, 13.5) == ["By Dana Whitfield Staff Writer", "The miners had been cut off"]


def test_guard_one_capitalised_word_after_by_is_no_byline() -> None:
    assert byline_spans("By Friday the council had voted".split(" ")) == []
    assert byline_spans("By the time the ferry".split(" ")) == []
