"""Where a line of column lines run together is cut: the cheapest pieces near the
measure, by dynamic programming over its spaces.

Split from ``ocr.readers.textmeasure`` (the measure and what a piece's width says of
it). A Chinese piece is priced by its width in ems and the sentence ends inside it; a
Latin one (``_LatinRuns``) also by the words broken at its end, words run together,
sentences run on, a label in capitals at its end and the word pairs a cut would part
(``pair_cut_cost``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate, chain, pairwise

from ..word_pairs import bigrams
from .textmeasure import (
    ENDS,
    FIRST,
    LATIN_FULL,
    OVER,
    Measure,
    broken_word,
    capitalised,
    squeeze,
)
from .textspace import NBSP

#: Latin: a piece may run this far over the measure before its width costs.
_LATIN_SPLIT_OVER = 2.0
#: A Chinese sentence end: a space after one is a cut (no column line holds one). The
#: full-width stops of ``ENDS`` without the colon, which a line holds before a name or
#: a figure (``电话： 0571``).
_CJK_ENDS = frozenset("。！？；")
_SENTENCE_SPACE = re.compile(f"[{''.join(sorted(_CJK_ENDS))}][”」』）]? ")
#: A token whose spaces the extractor dropped is a whole piece: the spacing of a
#: printed line (a tightly justified one, a caption's) is what lost them.
_WHOLE = 1.5
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


def _piece_cost(w: float, text: str, width: float) -> float:
    if width - FIRST <= w <= width + OVER + squeeze(text):
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
        if first and under_byline and capitalised(" ".join(toks[i:j])):
            return c - 1.0
        over = w - width - _LATIN_SPLIT_OVER
        if over > 0:
            return c + (over if over <= 2 else 4.0 + 2.0 * over)
        if w >= width - LATIN_FULL:
            return c + 0.1 * abs(w - width) - (1.5 if broken_word(toks[j - 1]) else 0.0)
        if toks[j - 1][-1] in ENDS:
            return c + 0.8  # a paragraph's last line
        # a byline or its second line, a credit: capitalised words
        return c + (1.0 if capitalised(" ".join(toks[i:j])) else 4.0)


def _caps_tail(words: list[str]) -> bool:
    """Words in lower case, then two or more in capitals to the end: a label or a
    title (``later MAKING A SPLASH``) set beside a column's line, not part of it."""
    k = len(words)
    while k and words[k - 1].isalpha() and words[k - 1].isupper():
        k -= 1
    return (len(words) - k >= 2 and k > 0 and any(c.islower() for c in words[k - 1])
            and words[0] != "By")


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
