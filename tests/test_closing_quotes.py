"""A Chinese heading's closing quote read as ``-`` or ``"`` after a Han character, inside a
quote the heading opened (``ocr.closing_quotes``): the lines as Tesseract read them on
S12 s947, s945 and the fresh pages s2009, s2010."""

from __future__ import annotations

from ocr.closing_quotes import close_quotes
from ocr.model import Line, Word


def _lines(*texts: str) -> list[Line]:
    return [Line(words=tuple(Word(w) for w in t.split(" "))) for t in texts]


def _texts(lines: list[Line]) -> list[str]:
    return [" ".join(w.text for w in ln.words) for ln in lines]


def test_a_hyphen_after_han_inside_an_open_quote_is_its_close() -> None:
    """s947 ``演唱会门票实名制`` / ``黄牛还能“炒-吗?``; s945 ``“卡刚续了两年，店门`` / ``就锁了-``
    (the quote opened on the line above, closed at the block's end)."""
    assert _texts(close_quotes(_lines("演唱会门票实名制", "黄牛还能“炒-吗?"))) == [
        "演唱会门票实名制", "黄牛还能“炒”吗?"]
    assert _texts(close_quotes(_lines("“卡刚续了两年，店门", "就锁了-"))) == [
        "“卡刚续了两年，店门", "就锁了”"]


def test_a_straight_quote_or_a_hyphen_word_after_han_is_its_close() -> None:
    """fresh s2010 ``种粮大户算起“增收账"``; s2009 ``实现“一窗办、一日结`` and ``-`` read as a
    word of its own."""
    assert _texts(close_quotes(_lines("种粮大户算起“增收账\""))) == ["种粮大户算起“增收账”"]
    assert _texts(close_quotes(_lines("不动产登记实现“一窗办、一日结 -"))) == [
        "不动产登记实现“一窗办、一日结 ”"]


def test_marks_outside_an_open_quote_or_inside_a_closed_one_stay() -> None:
    """No quote open (``京-沪高铁``); a hyphen inside a quote closed later (``“京-沪”``);
    after a figure (``“5-8”月``); after Latin (``“best-ever”``)."""
    for text in ("京-沪高铁今起提速", "“京-沪”高铁今起提速", "全市“5-8月”用电高峰",
                 "The “best-ever” season"):
        assert _texts(close_quotes(_lines(text))) == [text]


def test_a_hyphen_inside_a_quote_whose_close_was_read_straight_stays() -> None:
    """``“京-沪”`` with its close read ``"`` (as s2010's ``增收账"``): the quote is closed
    later all the same, the hyphen is its own and the straight quote its close (read
    ``“京”沪"`` before the fix)."""
    for text in ("“京-沪\"高铁今起提速", "“一窗办-一日结\"再提速"):
        assert _texts(close_quotes(_lines(text))) == [text.replace('"', "”")]


def test_a_mark_after_a_figure_or_latin_at_an_open_quote_s_line_end_stays() -> None:
    """Guard for the Han before the mark, the quote open and closed past the block (a
    range or a compound broken at the line's end): only after Han is it the close."""
    for text in ("全市启动“2025-", "推动“AI-"):
        assert _texts(close_quotes(_lines(text))) == [text]
