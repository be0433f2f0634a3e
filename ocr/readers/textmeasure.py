"""Column lines in text whose columns ran together: their measure and the cuts.

A line of pdfplumber text holds the printed lines of several columns joined by single
spaces. Set type gives the cuts away: a column line has a near-constant width (the
measure), so each line is cut at the spaces that leave pieces of that width (dynamic
programming over the spaces). Chinese is measured in ems (a CJK character one, other
characters half) and its full lines are exact; Latin is measured in characters
weighted by their usual widths, its justified lines a few characters either side of
the measure, and a word broken at a line end (``build-``) ends a column line. The cuts
themselves (the cheapest pieces of a line, what each costs) are ``readers.linecuts``'.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache, partial
from itertools import repeat
from operator import itemgetter, le
from typing import Literal

import numpy as np

from ..markers import ReaderMarks, reader_marks
from ..typography import LATIN_CHAR_WIDTH
from .textspace import NBSP

#: A piece ending with these ends a sentence or a paragraph. The reader's own set, not
#: the marks of ``typography.SENTENCE_END``: it adds the colons (a column piece ending
#: in one, ``记者了解到：``, ``said:``, ends its printed line as a paragraph end does)
#: and leaves out the straight ``'`` (``the players'`` goes on); the cut costs were
#: measured with it.
ENDS = frozenset("。！？；：”」』）…!?.:;’\")")
#: Widths within this of the column width are a full line; up to FIRST under it, a
#: paragraph's first line (two ems of indent dropped, digits half an em).
_FULL = 1.2
FIRST = 2.6
OVER = 0.6
#: A justified Chinese line that ends on a mark (one that may not open a line, pulled
#: back onto it: ``，。、；`` or a quotation's ``。”``) sets its marks (``，。、；“”（）``)
#: half an em wide to hold a character more than the measure: with two marks or more
#: each widens what a column line may measure by half an em, ``_SQUEEZED`` at most. A
#: headline seldom ends so (its quotes close a name: ``…推出“你选书我买单”``), and a
#: caption set in a photo's width holds only its last mark.
_SQUEEZE = re.compile("[，。、；“”（）]")
_SQUEEZE_END = re.compile("(?:[，。、；]|[。！？]”)$")
_SQUEEZED = 3
#: What each half-width character (a figure, a Latin letter) of a Chinese piece widens
#: the full and first-line bands by, in ems (at most ``FIRST - _FULL``): a justified
#: line spreads what an unbreakable figure left short over its gaps (``line_kinds``).
_HALF_SLACK = 0.3
#: A line that ends mid-sentence goes on below down to this far under the measure: a
#: letter-spaced column sets a character fewer to the line than the page's commonest
#: count, and nothing else so wide in a column ends without a mark.
_GOES_ON = 3.1
#: Latin: a justified line is up to three ems (six characters) short of the measure,
#: its paragraph's first line too (a small indent dropped).
LATIN_FULL = 3.0
_LATIN_OVER = 3.0
#: Spaces pdfplumber dropped in a token: a lower-case letter before a capital, a
#: letter after a comma or a full stop, a letter beside a figure.
_LOST = re.compile(r"[a-z][A-Z]|[,.;:”’)][A-Za-z“‘(]|[a-zA-Z]\d|\d[a-zA-Z]")
_CAPITALS = re.compile(r"[a-z][A-Z]")


DATELINE = re.compile(r"[A-Z]{3,}[A-Z ,.]*(?:\(\w+\))? [—–-]")
_SMALL_WORDS = frozenset({"of", "the", "and", "for", "by", "at", "in", "on", "to", "a"})
#: A column line's measure is looked for between these many characters (Latin).
_PERIODS = np.arange(14, 91)


@dataclass(frozen=True)
class Measure:
    """A page's column measure in ems, and how its type is counted: Chinese by
    characters (a CJK character an em, anything else half), Latin by characters with
    the spaces the extractor dropped counted back; and the marker lines (a credit, a
    byline alone) the page's profile tells, which stand among the columns' lines."""

    width: float
    latin: bool = False
    marks: ReaderMarks = field(default_factory=reader_marks)
    #: A piece's width in ems (``em_width`` or ``latin_em``), and how far under the
    #: measure a full line and a paragraph's first line reach and over it a line may,
    #: by the type counted: set once, where a page's pieces are measured some forty
    #: times over (a method or property call each was most of a measure kept).
    em: Callable[[str], float] = field(init=False, repr=False, compare=False)
    full: float = field(init=False, repr=False, compare=False)
    first: float = field(init=False, repr=False, compare=False)
    over: float = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        latin = self.latin
        object.__setattr__(self, "em", latin_em if latin else em_width)
        object.__setattr__(self, "full", LATIN_FULL if latin else _FULL)
        object.__setattr__(self, "first", LATIN_FULL if latin else FIRST)
        object.__setattr__(self, "over", _LATIN_OVER if latin else OVER)

    def column(self, text: str) -> bool:
        """``text`` is no wider than a column line may be (wider: a headline or caption
        across columns): Chinese marks counted as a justified line may squeeze them."""
        w, most = self.em(text), self.width + self.over
        return w <= most or (not self.latin and w <= most + squeeze(text))


@lru_cache(maxsize=1 << 16)
def latin_em(text: str) -> float:
    """Width in ems of Latin text (``Measure.em``), kept as ``em_width`` is."""
    return (sum(map(_token_chars, text.split(" "))) + text.count(" ")) / 2.0


@lru_cache(maxsize=1 << 16)
def squeeze(text: str) -> float:
    """How much narrower than ``em_width`` a Chinese column line may be set: half an em
    a mark, ``_SQUEEZED`` marks at most."""
    if text.isascii() or not _SQUEEZE_END.search(text):
        return 0.0
    marks = len(_SQUEEZE.findall(text))
    return 0.5 * min(_SQUEEZED, marks) if marks >= 2 else 0.0


@lru_cache(maxsize=1 << 16)
def em_width(text: str) -> float:
    """Width in ems: a CJK character (or a full-width mark) one, anything else half.

    Counted, not added up a character at a time (halves and wholes add up exactly in
    any order), and kept: reading a page's runs as columns measures each of its pieces
    some forty times over (61,000 measures of 1,600 pieces on a 5 KB page)."""
    if not text:
        return 0
    if text.isascii():
        return 0.5 * len(text)
    # The characters not ASCII, less those that are not an em wide all the same (few:
    # found by one pattern, not a look-up a character).
    wide = len(text) - len(text.encode("ascii", "ignore"))
    wide -= sum(1 for c in _not_wide().findall(text) if not _wide(c))
    return 0.5 * (len(text) + wide)


@cache
def _wide(c: str) -> bool:
    """A character an em wide (East Asian width wide, full or ambiguous)."""
    return not c.isascii() and unicodedata.east_asian_width(c) in "WFA"


@cache
def _not_wide() -> re.Pattern[str]:
    """The characters past ASCII that may be less than an em wide (``_wide``): those of
    the Basic Multilingual Plane that are not, and every one past it (asked one by one).
    Made on a page's first measure of a character past ASCII."""
    narrow = [i for i in range(0x80, 0x10000)
              if unicodedata.east_asian_width(chr(i)) not in "WFA"]
    runs: list[tuple[int, int]] = []
    for i in narrow:
        if runs and runs[-1][1] == i - 1:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    ranges = "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in runs)
    return re.compile(f"[{ranges}\\U00010000-\\U0010ffff]")


def _token_chars(tok: str) -> float:
    """Width of a Latin token in average characters (capitals and ``m`` wider, ``i``,
    ``l`` and stops narrower), with the spaces a long one lost counted back (at least
    one a word, about six characters)."""
    w = sum(map(LATIN_CHAR_WIDTH.get, tok, repeat(1.0)))  # in order, as a loop would add them
    n = len(tok)
    if n <= 12 or NBSP in tok:  # short, or its spaces already put back
        return w
    return w + max(len(_LOST.findall(tok)), (n - 8) // 6)


def broken_word(tok: str) -> bool:
    """A word broken at a line end: ``build-`` (not a dash, not ``5-``)."""
    return len(tok) > 2 and tok[-1] == "-" and tok[-2].isalpha()


def column_width(lines: Sequence[str]) -> float:
    """The body measure: the commonest width of the page's space-free runs of six ems
    or more (most column lines hold no space)."""
    key = tuple(lines)
    last = _MEASURED[0]
    if len(last[0]) == len(key) and last[0] == key:  # (lines of another count: at once)
        return last[1]
    # The page's tokens in order (a line holds no line break), measured and counted from C.
    widths = map(em_width, " ".join(key).split())
    count = Counter(map(round, filter(partial(le, 6), widths)))
    # (``most_common(1)``'s first, without its call through ``heapq``: a Chinese page's
    # chunks are measured a hundred times over a few tokens each)
    found = float(max(count.items(), key=itemgetter(1))[0]) if count else 0.0
    _MEASURED[0] = key, found  # (one tuple: a thread reads a whole slot or the one before)
    return found


#: The lines ``column_width`` measured last, and their measure: the Chinese readers before
#: reflow measure a page's lines in turn, and ``deal`` the very lines ``unweave`` measured
#: where it left the text as it was (a whole page's tokens, measured again).
_MEASURED: list[tuple[tuple[str, ...], float]] = [((), 0.0)]


def latin_width(lines: Sequence[str]) -> float:
    """The Latin measure in ems: the period that most line widths (in characters) are
    a multiple of, give or take two, above the share that would fit by chance."""
    return width_period(np.array([sum(_token_chars(t) + 1.0 for t in ln.split(" ") if t)
                             for ln in lines if ln.strip()], dtype=np.float64))


def width_period(widths: np.ndarray) -> float:
    if widths.size == 0:
        return 0.0
    values, counts = np.unique(widths, return_counts=True)  # raw lengths: few values
    p = _PERIODS[:, None].astype(np.float64)
    k = np.rint(values[None, :] / p)
    fit = (((k >= 1) & (np.abs(values[None, :] - k * p) <= 2)) * counts[None, :]).sum(axis=1)
    score = fit - widths.size * 5.0 / _PERIODS
    return (float(_PERIODS[int(np.argmax(score))]) - 1.0) / 2.0


def fits_band(piece: str, m: Measure) -> bool:
    """A Latin piece that can stand in a band's line: a column line (short only when it
    ends a paragraph, opens one with a dateline, or is a byline or credit), or a
    caption run together across columns. A headline cut at the measure leaves a
    short rest that is none of these."""
    return (line_kind(piece, m) != "short" or piece[-1] in ENDS or capitalised(piece)
            or bool(DATELINE.match(piece)))


def capitalised(piece: str) -> bool:
    """A byline (``By ELLEN MARSH``) or its second line (``Associated Press``), a
    credit: two capitalised words or more, or one run together from them."""
    words = piece.split()
    if len(words) == 1:
        return len(_CAPITALS.findall(piece)) >= 2 and piece.isalpha()
    return all((w[0].isupper() or w in _SMALL_WORDS) and w.strip(".,’'").isalpha()
               for w in words) and words[0][0].isupper()


#: A line's width against the column's measure: a full line, a paragraph's first line
#: (indent dropped), or a short one (a paragraph's last, a headline's).
LineKind = Literal["full", "first", "short"]


def line_kind(piece: str, m: Measure) -> LineKind:
    w = m.em(piece)
    if w >= m.width - m.full:
        return "full"
    if w >= m.width - m.first:
        return "first"
    return "short"


def line_kinds(piece: str, m: Measure) -> frozenset[LineKind]:
    """What a Chinese column piece may be. Full lines are justified: a figure that may
    not be broken, or a mark that may not open a line taking its character along,
    leaves a line up to an em and a half short, spread over its gaps. Half-width
    characters (figures, Latin) are where that happens, so each widens what a full
    line, or a paragraph's first line, may measure: such a piece may be either."""
    kind = line_kind(piece, m)
    if m.latin:
        return frozenset((kind,))
    # (the half-width characters counted from C: those ASCII, less the spaces)
    half = len(piece.encode("ascii", "ignore")) - piece.count(" ")
    slack = min(FIRST - _FULL, _HALF_SLACK * half)
    w = m.em(piece)
    kinds: set[LineKind] = {kind}
    if w >= m.width - m.full - slack:
        kinds.add("full")
    if m.width - m.first - slack <= w < m.width - m.full + slack:
        kinds.add("first")
    if len(kinds) > 1:
        kinds.discard("short")
    return frozenset(kinds)


def goes_on_below(piece: str, m: Measure) -> bool:
    """The column goes on under ``piece``: a full line, or a paragraph's first line
    (its indent dropped), that ends mid-sentence."""
    if m.latin:
        return line_kind(piece, m) != "short" and piece[-1] not in ENDS
    return m.em(piece) >= m.width - _GOES_ON and piece[-1] not in ENDS
