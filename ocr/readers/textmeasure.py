"""Column lines in text whose columns ran together: their measure and the cuts.

A line of pdfplumber text holds the printed lines of several columns joined by single
spaces. Set type gives the cuts away: a column line has a near-constant width (the
measure), so each line is cut at the spaces that leave pieces of that width (dynamic
programming over the spaces). Chinese is measured in ems (a CJK character one, other
characters half) and its full lines are exact; Latin is measured in characters
weighted by their usual widths, its justified lines a few characters either side of
the measure, and a word broken at a line end (``build-``) ends a column line.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache, partial
from itertools import accumulate, chain, pairwise, repeat
from operator import itemgetter, le
from typing import Literal

import numpy as np

from ..markers import ReaderMarks, reader_marks
from ..typography import LATIN_CHAR_WIDTH
from ..word_pairs import bigrams
from .textspace import NBSP

#: A piece ending with these ends a sentence or a paragraph. The reader's own set, not
#: the marks of ``typography.SENTENCE_END``: it adds the colons (a column piece ending
#: in one, ``记者了解到：``, ``said:``, ends its printed line as a paragraph end does)
#: and leaves out the straight ``'`` (``the players'`` goes on); the cut costs were
#: measured with it.
ENDS = frozenset("。！？；：”」』）…!?.:;’\")")
#: A Chinese sentence end: a space after one is a cut (no column line holds one). The
#: full-width stops of ``ENDS`` without the colon, which a line holds before a name or
#: a figure (``电话： 0571``).
_CJK_ENDS = frozenset("。！？；")
_SENTENCE_SPACE = re.compile(f"[{''.join(sorted(_CJK_ENDS))}][”」』）]? ")
#: Widths within this of the column width are a full line; up to _FIRST under it, a
#: paragraph's first line (two ems of indent dropped, digits half an em).
_FULL = 1.2
_FIRST = 2.6
_OVER = 0.6
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
#: the full and first-line bands by, in ems (at most ``_FIRST - _FULL``): a justified
#: line spreads what an unbreakable figure left short over its gaps (``line_kinds``).
_HALF_SLACK = 0.3
#: A line that ends mid-sentence goes on below down to this far under the measure: a
#: letter-spaced column sets a character fewer to the line than the page's commonest
#: count, and nothing else so wide in a column ends without a mark.
_GOES_ON = 3.1
#: Latin: a justified line is up to three ems (six characters) short of the measure,
#: its paragraph's first line too (a small indent dropped).
_LATIN_FULL = 3.0
_LATIN_OVER = 3.0
_LATIN_SPLIT_OVER = 2.0
#: A token whose spaces the extractor dropped is a whole piece: the spacing of a
#: printed line (a tightly justified one, a caption's) is what lost them.
_WHOLE = 1.5
#: Spaces pdfplumber dropped in a token: a lower-case letter before a capital, a
#: letter after a comma or a full stop, a letter beside a figure.
_LOST = re.compile(r"[a-z][A-Z]|[,.;:”’)][A-Za-z“‘(]|[a-zA-Z]\d|\d[a-zA-Z]")
_CAPITALS = re.compile(r"[a-z][A-Z]")
#: A sentence's end (a word of three letters or more and a stop, or a quote closed
#: after one; not ``a.m.`` or ``Lt.``): inside a column line a capital follows it, so
#: a lower-case word after it opens another column's line.
_SENTENCE_END = re.compile(r"(?:[a-z]{3}[.!?]|[.!?][”’\"])$")
_RUN_ON = 1.5
#: A cut between two words costs this much for each power of ten their pair is commoner
#: in running text than the second word alone (``Board members``, ``the river``): words
#: that stand together rarely end one column's line and open the next column's. A pair
#: no commoner than chance costs nothing (the widths decide), so does a cut after a
#: stop, a clause mark or a hyphen (a sentence or a broken word ends there) and one
#: before a capital that follows a word in lower case (``on The``: the model is of
#: lower-case words, and mid-sentence such a capital opens another column's sentence
#: or a name; between two capitalised words, ``Harbor City``, the pair counts).
_PAIR_COST = 0.3
#: The pair's lift counts up to this many powers of ten.
_PAIR_MOST = 3.0
#: A plain word: leading quotes or a parenthesis, letters, a closing mark or a comma.
_PLAIN_WORD = re.compile(r"[“‘\"(]*([A-Za-z][A-Za-z'’-]*?)[,”’\")]*")
#: After these a cut costs nothing: a sentence, a clause or a word broken at a line end.
_ENDS_PAIR = frozenset(".!?:;”\"-")


@lru_cache(maxsize=1 << 16)
def pair_cut_cost(a: str, b: str) -> float:
    """What cutting between the tokens ``a`` and ``b`` costs: how much likelier ``b`` is
    after ``a`` than on its own (word-bigram lift, in powers of ten, none below 0)."""
    if a[-1:] in _ENDS_PAIR:
        return 0.0
    wa, wb = _PLAIN_WORD.fullmatch(a), _PLAIN_WORD.fullmatch(b)
    if wa is None or wb is None or (wb.group(1)[0].isupper() and not wa.group(1)[0].isupper()):
        return 0.0  # a capital after a word in lower case: a sentence or a name opens
    x, y = (w.group(1).lower().replace("’", "'") for w in (wa, wb))
    lm = bigrams()
    return _PAIR_COST * max(0.0, min(_PAIR_MOST, lm.cond(x, y) - lm.logp(y)))


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
        object.__setattr__(self, "full", _LATIN_FULL if latin else _FULL)
        object.__setattr__(self, "first", _LATIN_FULL if latin else _FIRST)
        object.__setattr__(self, "over", _LATIN_OVER if latin else _OVER)

    def column(self, text: str) -> bool:
        """``text`` is no wider than a column line may be (wider: a headline or caption
        across columns): Chinese marks counted as a justified line may squeeze them."""
        w, most = self.em(text), self.width + self.over
        return w <= most or (not self.latin and w <= most + _squeeze(text))


@lru_cache(maxsize=1 << 16)
def latin_em(text: str) -> float:
    """Width in ems of Latin text (``Measure.em``), kept as ``em_width`` is."""
    return (sum(map(_token_chars, text.split(" "))) + text.count(" ")) / 2.0


@lru_cache(maxsize=1 << 16)
def _squeeze(text: str) -> float:
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
    # The page's tokens in order (a line holds no line break), measured and counted from C.
    widths = map(em_width, " ".join(lines).split())
    count = Counter(map(round, filter(partial(le, 6), widths)))
    # (``most_common(1)``'s first, without its call through ``heapq``: a Chinese page's
    # chunks are measured a hundred times over a few tokens each)
    return float(max(count.items(), key=itemgetter(1))[0]) if count else 0.0


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


def _piece_cost(w: float, text: str, width: float) -> float:
    if width - _FIRST <= w <= width + _OVER + _squeeze(text):
        return 0.0
    if w < width:
        return 1.0 if text[-1] in ENDS else 2.0
    return 5.0 + 2.0 * (w - width)


class _LatinRuns:
    """A Latin line's tokens, priced as pieces by ``cost``. What ``cost`` sums over a
    piece's tokens (words broken at their ends, words run together, sentences run on)
    is counted once for the line, as running sums: ``cut_line`` prices every run of
    tokens up to two measures long, and summed over each run anew, a line of three
    columns cost its tokens twenty times over (a pdfplumber page: half its cost)."""

    def __init__(self, toks: list[str]) -> None:
        self.toks = toks
        self.broken = list(accumulate(map(broken_word, toks), initial=0))
        self.joined = list(accumulate((NBSP in t for t in toks), initial=0))
        self.run_on = list(accumulate(
            (bool(_SENTENCE_END.search(a)) and b[:1].islower() for a, b in pairwise(toks)),
            initial=0))
        splits = [t.split() for t in toks]  # (a piece's words: its tokens' words)
        self.words = list(chain.from_iterable(splits))
        self.word_at = list(accumulate(map(len, splits), initial=0))
        self.cut = [0.0, *(pair_cut_cost(a, b) for a, b in pairwise(toks))]  # before toks[k]

    def cost(self, i: int, j: int, w: float, width: float, first: bool = False,
             under_byline: bool = False) -> float:
        """Tokens ``i`` to ``j`` as a piece ``w`` ems wide: full (about the measure,
        better for a broken word at its end), a paragraph's last line, a byline, or not a
        column line (a hyphen inside it). The measure is the lines' commonest width; the
        longest are an em or so wider. Under a line that starts with a byline, the first
        piece is the byline's second line (``Ledger Staff Writer``) when it can be."""
        toks = self.toks
        c = 4.0 * (self.broken[j - 1] - self.broken[i])
        c += self.cut[i]  # a cut before the piece parts two words that stand together
        if j - i > 1 and self.joined[j] > self.joined[i]:
            c += _WHOLE  # words run together were a printed line's (or a byline's) own
        words = self.words[self.word_at[i] : self.word_at[j]]
        if words[0] == "By" and len(words) > 2 and len({t.isupper() for t in words[1:]}) > 1:
            c += 2.0  # a byline's name is set in one case: the rest is a column's line
        c += _RUN_ON * (self.run_on[j - 1] - self.run_on[i])
        if _caps_tail(words):
            c += 2.0  # running text does not go on into a label in capitals (a photo's title)
        if first and under_byline and _capitalised(" ".join(toks[i:j])):
            return c - 1.0
        over = w - width - _LATIN_SPLIT_OVER
        if over > 0:
            return c + (over if over <= 2 else 4.0 + 2.0 * over)
        if w >= width - _LATIN_FULL:
            return c + 0.1 * abs(w - width) - (1.5 if broken_word(toks[j - 1]) else 0.0)
        if toks[j - 1][-1] in ENDS:
            return c + 0.8  # a paragraph's last line
        # a byline or its second line, a credit: capitalised words
        return c + (1.0 if _capitalised(" ".join(toks[i:j])) else 4.0)


def _caps_tail(words: list[str]) -> bool:
    """Words in lower case, then two or more in capitals to the end: a label or a
    title (``later MAKING A SPLASH``) set beside a column's line, not part of it."""
    k = len(words)
    while k and words[k - 1].isalpha() and words[k - 1].isupper():
        k -= 1
    return (len(words) - k >= 2 and k > 0 and any(c.islower() for c in words[k - 1])
            and words[0] != "By")


def fits_band(piece: str, m: Measure) -> bool:
    """A Latin piece that can stand in a band's line: a column line (short only when it
    ends a paragraph, opens one with a dateline, or is a byline or credit), or a
    caption run together across columns. A headline cut at the measure leaves a
    short rest that is none of these."""
    return (line_kind(piece, m) != "short" or piece[-1] in ENDS or _capitalised(piece)
            or bool(DATELINE.match(piece)))


def _capitalised(piece: str) -> bool:
    """A byline (``By ELLEN MARSH``) or its second line (``Associated Press``), a
    credit: two capitalised words or more, or one run together from them."""
    words = piece.split()
    if len(words) == 1:
        return len(_CAPITALS.findall(piece)) >= 2 and piece.isalpha()
    return all((w[0].isupper() or w in _SMALL_WORDS) and w.strip(".,’'").isalpha()
               for w in words) and words[0][0].isupper()


def split_line(line: str, width: float | Measure, under_byline: bool = False) -> list[str]:
    """The line cut at the spaces that leave pieces closest to the column width; a
    space after a Chinese sentence end is a cut too (no column line holds one)."""
    return cut_line(line, width if isinstance(width, Measure) else Measure(width),
                    under_byline)[1]


def cut_line(line: str, m: Measure, under_byline: bool = False,
             pieces: int | None = None) -> tuple[float, list[str]]:
    """(cost, pieces) of the cheapest cut of ``line``; into exactly ``pieces`` pieces
    when given (the count the lines around it have: the page's column grid)."""
    toks = line.split(" ") if m.latin else line.split()  # a respaced token stays whole
    toks = [t for t in toks if t]
    if len(toks) < 2 or (not m.latin and pieces is None and m.column(line)
                         and not _SENTENCE_SPACE.search(line)):
        return 0.0, ([line.strip()] if toks else [])
    ems = [m.em(t) for t in toks]
    runs = _LatinRuns(toks) if m.latin else None
    n = len(toks)
    top = pieces if pieces is not None else 1
    inf = float("inf")
    # best[k][j]: toks[:j] in k pieces (k counted only when ``pieces`` is given)
    best = [[0.0] + [inf] * n] + [[inf] * (n + 1) for _ in range(top)]
    back = [[0] * (n + 1) for _ in range(top + 1)]
    for j in range(1, n + 1):
        w = -0.5
        for i in range(j - 1, -1, -1):
            w += ems[i] + 0.5
            if w > 2 * m.width + 2 and i < j - 1:  # a token wider still stands alone
                break
            if runs is not None:
                c = runs.cost(i, j, w, m.width, i == 0, under_byline)
            else:
                c = _piece_cost(w, toks[j - 1], m.width) + 3.0 * sum(
                    toks[k][-1] in _CJK_ENDS for k in range(i, j - 1)) + (
                    0.4 if i and toks[i - 1][-1].isdigit() and not toks[i][0].isascii() else 0.0)
            for k in range(1, top + 1):
                before = best[k - 1 if pieces is not None else 0][i] if i else (
                    0.0 if k == 1 or pieces is None else inf)
                if before + c < best[k if pieces is not None else 1][j]:
                    best[k if pieces is not None else 1][j] = before + c
                    back[k if pieces is not None else 1][j] = i
                if pieces is None:
                    break
            if pieces is None:
                best[0][j] = best[1][j]
    k = top
    if best[k][n] == inf:
        return inf, []
    out: list[str] = []
    j = n
    while j:
        i = back[k][j]
        out.append(" ".join(toks[i:j]))
        j = i
        if pieces is not None:
            k -= 1
    return best[top][n], out[::-1]


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
    slack = min(_FIRST - _FULL, _HALF_SLACK * half)
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
