"""Columns run together with single spaces (pdfplumber ``extract_text``): put apart.

pdfplumber writes every printed line of all columns as one line, the columns' pieces
apart by one space, like words, and gives a line of its own to a column's line that
is not level with its neighbours'. Without x positions the columns are found from the
text itself, by two regularities of set type:

- a column line has a near-constant width (body type in one measure): in Chinese a
  full line is W ems, a paragraph's first line W - 2 (its indent dropped), and a
  space between two Chinese characters is almost never inside a column line. So each
  printed line is cut at the spaces that leave pieces of the column's width (dynamic
  programming over the spaces);
- a column goes on: a full line that ends without a sentence end is followed, in the
  same column, by more of the sentence, and a paragraph end by a paragraph's first
  line. A line with fewer pieces than columns (a photo in a column, lines that are
  not level) is placed on the columns that best carry this on from the line before
  (a Viterbi path over the lines of a band).

The pieces are then laid on a character grid, column by column (``textrows``), and
read as ``pdftotext -layout`` grids are (``textgrid.read_grid``).

English (Latin) text is read the same way, measured in characters (half an em
each): a justified column line is the measure less a few characters (its stretched
spaces are written as one; pdfplumber even drops some, ``Pedestriansandcyclists``,
which are counted back), a word broken at a column end (``build-``) ends a column
line and no space ever follows a hyphen inside one, and its next piece in the same
column starts in lower case. The measure is the period of the page's line lengths
(lines hold one, two, three... column lines).
"""

from __future__ import annotations

import re

import numpy as np

from ..markers import ReaderMarks, reader_marks
from ..script import CJK_BMP_SPAN
from .linecuts import cut_line, split_line
from .textbands import (
    held_band,
)
from .textcuts import heads_under_label, mend_cuts
from .textgrid import is_grid
from .textlevels import level_lines
from .textmeasure import (
    ENDS,
    Measure,
    column_width,
    fits_band,
    latin_width,
    line_kind,
    width_period,
)
from .textrows import grid_rows
from .textspace import NBSP, respace

__all__ = ["Measure", "read_runs", "split_line"]

#: A space between two wide (CJK) characters: the cue that columns run together.
_WIDE_SPACE = re.compile(r"[^\x00-\x7f] [^\x00-\x7f]")
#: Each space between two wide characters, found fast (a space is a literal ``re``
#: scans for, where ``_WIDE_SPACE`` tries a class at each character): ``wide_spaces``.
_WIDE_SPACE_AT = re.compile(r" (?<=[^\x00-\x7f] )(?=[^\x00-\x7f])")


def wide_spaces(text: str) -> int:
    """How many times ``_WIDE_SPACE`` matches in ``text`` (``len(findall)``), counted
    from the spaces between two wide characters: a match takes the characters on both
    sides, so of two spaces that share one (``中 文 字``) the second starts no match;
    each next match is the first space at least three characters on."""
    count, last = 0, -3
    for hit in _WIDE_SPACE_AT.finditer(text):
        if hit.start() - last >= 3:
            count, last = count + 1, hit.start()
    return count
#: Lines holding two column pieces or more needed to read a page as columns.
MIN_COLUMN_LINES = 8
#: ... and this share of the page's text lines. Latin lines are told by width alone
#: (no space between Chinese characters to go on) once words broken at line ends
#: show that the lines are the printed ones: a page's own lines (pdfminer) are wider
#: than its measure only for headlines, decks and captions, a few in a hundred.
MIN_COLUMN_SHARE = 0.3
MIN_LATIN_SHARE = 0.1
#: Words broken at a column end (``build- ing``): text that keeps the printed lines
#: (pdfminer, pdfplumber) has them, text that joins a paragraph's lines (pdftotext,
#: a plain text file) has none.
_BROKEN = re.compile(r"[a-z]-(?: |$)", re.MULTILINE)
MIN_BROKEN_WORDS = 3
#: A sentence's end, then a word in lower case, inside a line (``in 1952. ratios``): no
#: running text goes on so, but two columns' lines run together do, where one column's
#: paragraph ends and the other's sentence goes on. Text set without hyphenation
#: breaks no word at its line ends, and this tells its columns run together instead.
_RUN_ON = re.compile(r"(?:[a-z]{3}[.!?]|[.!?][”’\"]) [a-z]")
#: Sentences run on so that a page's columns ran together: two (a page of three wide
#: columns, few of whose lines end a paragraph level with another column's line,
#: shows no more; text that keeps each column's lines apart shows none).
MIN_RUN_ONS = 2
#: The hyphen of a ``_BROKEN`` match: a literal first, which ``re`` finds fast.
_HYPHEN_END = re.compile(r"-(?: |$)", re.MULTILINE)
#: The stop of a ``_RUN_ON`` match and what follows it (a closing quote, a space, a
#: letter): a pattern opening on the stops' class, which ``re`` scans for fast, where
#: ``_RUN_ON``'s alternatives were tried at each character (over half of reading an
#: English page's text into runs).
_STOP_RUN = re.compile(r"[.!?][”’\"]? [a-z]")


def _broken_words(text: str, enough: int = MIN_BROKEN_WORDS) -> int:
    """``len(_BROKEN.findall(text))``, counted up to ``enough``: the hyphens are found
    first (a few on a page), then the letter before each is looked at."""
    n = 0
    for found in _HYPHEN_END.finditer(text):
        at = found.start()
        if at > 0 and "a" <= text[at - 1] <= "z":
            n += 1
            if n >= enough:
                break
    return n


def _run_ons(text: str, enough: int = MIN_RUN_ONS) -> int:
    """``len(_RUN_ON.findall(text))``, counted up to ``enough``. A match starts three
    letters before its stop or at the stop (before its closing quote), and each stop
    followed so is a ``_STOP_RUN`` match: ``_RUN_ON`` is tried only at those starts, in
    order, each next try past the last match, so the matches are ``findall``'s own."""
    n = pos = 0
    for stop in _STOP_RUN.finditer(text):
        for start in (stop.start() - 3, stop.start()):
            if start >= pos and (found := _RUN_ON.match(text, start)) is not None:
                n, pos = n + 1, found.end()
                if n >= enough:
                    return n
    return n
#: A line is cut again to the count of the lines around it when it costs this little more.
_REGRID = 1.0
#: Chinese characters, if this many of a page's characters, make it Chinese.
_CJK = re.compile(f"[{CJK_BMP_SPAN}]")


def read_runs(text: str, marks: ReaderMarks | None = None) -> str:
    """Text whose columns ran together laid out as a character grid; ``text``
    unchanged when it does not read as such (one column, OCR text, other extractors).
    ``marks``: the page profile's credits and bylines (``markers.reader_marks``; the
    generic profile's when not given).
    """
    marks = marks or reader_marks()
    # One fast pass: columns run together put such a space on most lines; running
    # Chinese text has few (a byline's name), and Latin text none.
    found = 0 if text.isascii() else wide_spaces(text)
    if found < max(MIN_COLUMN_LINES, MIN_COLUMN_SHARE * text.count("\n")):
        return _read_latin(text, marks) if found < MIN_COLUMN_LINES else text
    lines = text.split("\n")
    if is_grid(lines):
        return text  # columns already apart by runs of spaces (pdftotext -layout)
    m = Measure(column_width(lines), marks=marks)
    if m.width < 6:
        return text
    split = level_lines([split_line(ln, m) for ln in lines], m)
    multi = [_band_line(p, m) for p in split]
    filled = sum(1 for p in split if p)
    if sum(multi) < max(MIN_COLUMN_LINES, MIN_COLUMN_SHARE * filled) and held_band(
            split, multi) < MIN_COLUMN_LINES:
        return text
    return "\n".join(grid_rows(split, multi, m))


#: The marks of running Chinese text, which a headline seldom holds: the reader's own
#: set (``script.CJK_PUNCTUATION`` is every full-width form, a headline's ！ and 《》 too).
_CJK_MARKS = "，。、；：“”（）"
#: A Chinese paragraph's last line ends so (a headline seldom does): a line of such
#: pieces only is the columns' paragraphs ending level, a line of the band.
_PARAGRAPH_END = frozenset("。！？”")
#: Marks and figures a line of running Chinese text holds and a headline seldom does.
_RUNNING = re.compile(f"[{_CJK_MARKS}0-9]")


def _band_line(pieces: list[str], m: Measure) -> bool:
    """A line of a band of Chinese columns: two pieces or more, of which two are
    column lines, or one is and reads as running text (a mark or a figure in it).
    A headline beside a label (``本土企业研发投入连续三年增长超两成 天气预报``) is as
    wide as a column line but holds neither. ('' holds the place of a column that a
    line of columns not level lacks.)"""
    cols = [x for x in pieces if x and line_kind(x, m) != "short"]
    return len(pieces) >= 2 and (len(cols) >= 2 or any(_RUNNING.search(x) for x in cols) or (
        "" in pieces and bool(cols))  # a band's line whose columns were not level
        or all(x[-1] in _PARAGRAPH_END for x in pieces if x))  # columns' paragraphs end


def _read_latin(text: str, marks: ReaderMarks) -> str:
    """Latin columns run together: lines holding two full column lines or more, on a
    tenth of the page's lines, in text that keeps the printed lines (words broken at
    their ends, or sentences run on into another column's lower case), read as the
    Chinese ones are."""
    if _broken_words(text) < MIN_BROKEN_WORDS and _run_ons(text) < MIN_RUN_ONS:
        return text  # words broken at line ends: the lines are the print's, not joined
    lines = text.split("\n")
    # Fast, in characters: lines wider than 1.7 measures hold two column lines or more.
    raw = np.fromiter(map(len, filter(str.strip, lines)), dtype=np.float64) + 1
    if np.count_nonzero(raw > 3.4 * width_period(raw) + 1) < max(
            MIN_COLUMN_LINES, MIN_LATIN_SHARE * raw.size):
        return text
    if len(_CJK.findall(text)) > 0.2 * len(text) or is_grid(lines):
        return text
    lines = [respace(ln) for ln in lines]
    m = Measure(latin_width(lines), latin=True, marks=marks)
    if m.width < 7:
        return text
    split: list[list[str]] = []
    for ln in lines:
        split.append(split_line(ln, m, bool(split and split[-1]
                                            and marks.byline(split[-1][0]))))
    split = _on_grid(lines, split, m)
    multi = [len(p) >= 2 and sum(line_kind(x, m) == "full" for x in p) >= 2 for p in split]
    filled = sum(1 for p in split if p)
    if sum(multi) < max(MIN_COLUMN_LINES, MIN_LATIN_SHARE * filled):
        return text
    # Bands start at any line of two pieces one of which is a column line (a byline
    # beside a column), as in Chinese.
    split = level_lines(split, m)
    # A band's line: two pieces or more, each a column line (a short one ends its
    # paragraph or is a byline); a headline cut at the measure leaves a short rest.
    # ('' holds the place of a column a line of a band not level lacks.)
    # A byline's second line beside its columns' lines stays in the band too.
    heads = heads_under_label(split, m)
    multi = [len(p) >= 2 and all(fits_band(x, m) for x in p if x) and (any(
        line_kind(x, m) == "full" and m.column(x) for x in p) or all(
        x[-1] in ENDS for x in p if x) or _under_byline(split, i, m))
        and not _above_byline(split, i, m) and not heads[i]
        for i, p in enumerate(split)]
    # A word moved across a cut keeps the count of pieces: the bands stay as found.
    return "\n".join(grid_rows(mend_cuts(split, m), multi, m)).replace(NBSP, " ")


def _above_byline(split: list[list[str]], i: int, m: Measure) -> bool:
    """The line right above a byline that opens a line is the story's headline or
    deck, however it cuts: column lines of other stories do not stand there."""
    return i + 1 < len(split) and bool(split[i + 1]) and m.marks.byline(split[i + 1][0])


def _under_byline(split: list[list[str]], i: int, m: Measure) -> bool:
    """Line ``i`` holds as many pieces as the line above, which opens with a byline:
    the byline's second line (``Ledger Staff Writer``) beside its columns' lines."""
    return i > 0 and len(split[i - 1]) == len(split[i]) and bool(split[i - 1]) and (
        m.marks.byline(split[i - 1][0]))


def _on_grid(lines: list[str], split: list[list[str]], m: Measure) -> list[list[str]]:
    """Lines cut again into as many pieces as the lines on both sides of them have
    (the next ones, or those two away where columns not level alternate), when that
    costs little more: the page's columns go on, a word too many or too few in a
    piece does not tell them apart on its own."""
    out = [list(p) for p in split]
    for i, ln in enumerate(lines):
        for step in (2, 1):
            if i < step or i + step >= len(split):
                continue
            k = _grid_count(split, i, step)
            if len(split[i]) < 2 or k < 2 or k == len(split[i]):
                continue  # a lone line may be a headline: it is not cut to fit
            if m.marks.byline(split[i][0]) or (split[i - 1] and m.marks.byline(split[i - 1][0])):
                break  # a story's first lines: byline beside column lines, counts differ
            base, _ = cut_line(ln, m)
            cost, pieces = cut_line(ln, m, False, k)
            if pieces and cost - base < _REGRID:
                out[i] = pieces
            break
    return out


def _grid_count(split: list[list[str]], i: int, step: int) -> int:
    """The pieces the lines around line ``i`` agree on, ``step`` lines apart: those on
    both sides of it, or the next two on one side (a band of columns not level starts
    or ends there); 0 when they do not agree."""
    n = len(split)
    counts = {len(split[i - step]), len(split[i + step])}
    if len(counts) == 1:
        return counts.pop()
    for a, b in ((i + step, i + 2 * step), (i - step, i - 2 * step)):
        if 0 <= b < n and len(split[a]) == len(split[b]):
            return len(split[a])
    return 0
