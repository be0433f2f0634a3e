"""A Chinese heading's closing quote read as a hyphen, an underscore or a straight quote.

In heading type Tesseract's ``chi_sim`` reads the closing ``”`` after a Han character as
``-``, ``_`` or ``"`` (fresh s2009 ``不动产登记实现“一窗办、一日结-``, S12 s947 ``黄牛还能“炒-吗?``,
s945 ``“卡刚续了两年，店门就锁了-``, fresh s2010 ``种粮大户算起“增收账"``). The heading loses
its mark, and its last line, often a character or two (``账”``, ``锁了”``), no longer reads as
printed. Which of ``“`` and ``”`` a straight quote is cannot be told from one side
(``correct.han_marks`` leaves them as read); a quote the heading opened and has not closed
tells it, since Chinese sets its quotes in pairs (GB/T 15834): the mark after a quoted
run of Han, before the line's end, a Han character or a mark, with no ``”`` after it in the
heading, is its closing ``”``.

Asked of heading blocks only (``scan._blocks``, where a block's lines are first read), whose
quotes are short and closed on the heading's lines; a hyphen inside a quote closed later
(``“京-沪”``) is the quote's own, and one after a figure (``“5-8月”``) is no Han's.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from .model import Line
from .script import CJK_PUNCTUATION, HAN, HAN_CHAR

#: What Tesseract reads a heading's closing ``”`` as, after a Han character.
MISREAD_CLOSE = '-_"'
#: What may follow a closing quote: the line's end, Han, a CJK mark, or ``?``/``!`` read
#: as ASCII (``炒”吗？`` read ``炒-吗?``).
_AFTER = re.compile(f"[{HAN}{CJK_PUNCTUATION}?!]")


def close_quotes(lines: Sequence[Line]) -> list[Line]:
    """``lines`` (one heading block's, in reading order) with each misread closing quote
    of a quote the block opened read as ``”``; the lines themselves when none is."""
    chars = [(i, j, k, ch) for i, ln in enumerate(lines) for j, w in enumerate(ln.words)
             for k, ch in enumerate(w.text)]
    open_quotes = 0
    fixed: set[tuple[int, int, int]] = set()
    for n, (i, j, k, ch) in enumerate(chars):
        if ch == "“":
            open_quotes += 1
        elif ch == "”":
            open_quotes = max(0, open_quotes - 1)
        elif (ch in MISREAD_CLOSE and open_quotes and n and HAN_CHAR.match(chars[n - 1][3])
              and (n + 1 == len(chars) or chars[n + 1][0] != i
                   or _AFTER.match(chars[n + 1][3]))
              and not _closed_later(chars, n)):
            fixed.add((i, j, k))
            open_quotes -= 1
    if not fixed:
        return list(lines)
    out = []
    for i, ln in enumerate(lines):
        words = tuple(
            w if not any((i, j, k) in fixed for k in range(len(w.text))) else dataclasses.replace(
                w, text="".join("”" if (i, j, k) in fixed else c for k, c in enumerate(w.text)))
            for j, w in enumerate(ln.words))
        out.append(ln if words == ln.words else dataclasses.replace(ln, words=words))
    return out


def _closed_later(chars: Sequence[tuple[int, int, int, str]], n: int) -> bool:
    """The quote open at ``chars[n]`` is closed further on, before another opens: the
    mark at ``n`` is the quote's own text (``“京-沪”``), not its close. A straight quote
    further on closes it too: it is the close misread (``“京-沪"``), as the quote's own
    hyphen is not."""
    for *_, ch in chars[n + 1 :]:
        if ch in '“”"':
            return ch != "“"
    return False
