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

The pieces are then laid on a character grid, column by column, and read as
``pdftotext -layout`` grids are (``textgrid.read_grid``).

English column lines vary more in length (justified lines lose their stretched
spaces), so this reads Chinese text only for now.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

from .textgrid import is_grid

#: A space between two wide (CJK) characters: the cue that columns run together.
_WIDE_SPACE = re.compile(r"[^\x00-\x7f] [^\x00-\x7f]")
#: A piece ending with these ends a sentence or a paragraph.
_ENDS = frozenset("。！？；：”」』）…!?.")
#: A Chinese sentence end, and one followed by a space.
_CJK_ENDS = frozenset("。！？；")
_SENTENCE_SPACE = re.compile(r"[。！？；][”」』）]? ")
#: Paired marks: a column line that closes one its column's line above opened.
_OPENERS = dict(zip("《（“「『", "》）”」』", strict=True))
#: Lines holding two column pieces or more needed to read a page as columns.
MIN_COLUMN_LINES = 8
#: ... and this share of the page's text lines.
MIN_COLUMN_SHARE = 0.3
#: Widths within this of the column width are a full line; up to _FIRST under it, a
#: paragraph's first line (two ems of indent dropped, digits half an em).
_FULL = 1.2
_FIRST = 2.6
_OVER = 0.6


def _em(text: str) -> float:
    """Width in ems: a CJK character (or a full-width mark) one, anything else half."""
    return sum(1.0 if not c.isascii() and unicodedata.east_asian_width(c) in "WFA" else 0.5
               for c in text)


def _column_width(lines: Sequence[str]) -> float:
    """The body measure: the commonest width of the page's space-free runs of six ems
    or more (most column lines hold no space)."""
    count: Counter[int] = Counter()
    for ln in lines:
        for tok in ln.split():
            w = _em(tok)
            if w >= 6:
                count[round(w)] += 1
    return float(count.most_common(1)[0][0]) if count else 0.0


def _piece_cost(w: float, text: str, width: float) -> float:
    if width - _FIRST <= w <= width + _OVER:
        return 0.0
    if w < width:
        return 1.0 if text[-1] in _ENDS else 2.0
    return 5.0 + 2.0 * (w - width)


def split_line(line: str, width: float) -> list[str]:
    """The line cut at the spaces that leave pieces closest to the column width; a
    space after a Chinese sentence end is a cut too (no column line holds one)."""
    toks = line.split()
    if len(toks) < 2 or (_em(line) <= width + _OVER and not _SENTENCE_SPACE.search(line)):
        return [line.strip()] if toks else []
    ems = [_em(t) for t in toks]
    n = len(toks)
    best = [0.0] + [float("inf")] * n
    back = [0] * (n + 1)
    for j in range(1, n + 1):
        w = -0.5
        for i in range(j - 1, -1, -1):
            w += ems[i] + 0.5
            if w > 2 * width + 2:
                break
            c = best[i] + _piece_cost(w, toks[j - 1], width) + 3.0 * sum(
                toks[k][-1] in _CJK_ENDS for k in range(i, j - 1)) + (
                0.4 if i and toks[i - 1][-1].isdigit() and not toks[i][0].isascii() else 0.0)
            if c < best[j]:
                best[j], back[j] = c, i
    out: list[str] = []
    j = n
    while j:
        out.append(" ".join(toks[back[j] : j]))
        j = back[j]
    return out[::-1]


def _kind(piece: str, width: float) -> str:
    w = _em(piece)
    if w >= width - _FULL:
        return "full"
    if w >= width - _FIRST:
        return "first"
    return "short"


def _open(piece: str, width: float) -> bool:
    """The column goes on under ``piece``: a full line that ends mid-sentence."""
    return _kind(piece, width) == "full" and piece[-1] not in _ENDS


def _closes(before: str, piece: str) -> int:
    """1 when ``piece`` closes a paired mark that ``before`` left open, -1 when it
    closes one that ``before`` did not open, else 0."""
    for o, c in _OPENERS.items():
        if before.count(o) > before.count(c):
            if c in piece and piece.find(c) < (piece.find(o) if o in piece else len(piece)):
                return 1
        elif c in piece and piece.find(c) < (piece.find(o) if o in piece else len(piece)):
            return -1
    return 0


def _step_cost(prev: dict[int, str], lasts: dict[int, str], cur: dict[int, str],
               width: float) -> float:
    """How badly the pieces of a line carry on their columns: ``lasts`` holds each
    column's last piece so far, ``prev`` the line before's pieces."""
    cost = 0.0
    for slot, piece in cur.items():
        before = lasts.get(slot)
        if not piece or _em(piece) > width + _OVER:
            cost += 0.3  # the rest of a headline across columns, or the headline
            continue
        kind = _kind(piece, width)
        if not before:
            cost += 0.3
            continue
        cost -= 0.5 * _closes(before, piece)
        if _open(before, width):
            cost += {"full": 0.0, "first": 1.0}.get(kind, 0.0 if piece[-1] in _ENDS else 1.5)
            cost -= 0.6 * _joins(before, piece)
        else:
            cost += {"first": 0.0, "full": 1.0}.get(kind, 0.5)
    for slot, before in prev.items():
        if slot not in cur:
            cost += 0.6 if _open(before, width) else 0.2
    cost += 0.3 * len(set(cur) ^ set(prev))
    return cost


def _joins(before: str, piece: str) -> bool:
    """A word of the general lexicon runs across the line break: ``…创新成`` + ``果的…``."""
    from ..lexicon import general  # loaded only for pages read here

    words = general("zh")
    for a in (1, 2, 3):
        for b in (1, 2, 3):
            w = before[-a:] + piece[:b]
            if a + b <= 4 and _em(w) == len(w) and w in words:
                return True
    return False


def _span(piece: str, width: float, ncols: int) -> int:
    """Columns a piece covers: a headline wider than the measure covers two or more."""
    w = _em(piece)
    return 1 if w <= width + _OVER else max(1, min(ncols, round((w + 1) / (width + 1))))


def _placements(pieces: list[str], spans: list[int], ncols: int,
                start: int = 0) -> list[dict[int, str]]:
    """Every way to lay the pieces, in order, on the columns; a piece covering several
    columns leaves '' on the ones after its first."""
    if not pieces:
        return [{}]
    out: list[dict[int, str]] = []
    rest = sum(spans[1:])
    for slot in range(start, ncols - rest - spans[0] + 1):
        head = {slot: pieces[0], **{slot + k: "" for k in range(1, spans[0])}}
        out.extend({**head, **tail} for tail in _placements(pieces[1:], spans[1:], ncols,
                                                            slot + spans[0]))
    return out


_Cell = tuple[dict[int, str], float, int, dict[int, str]]


def _place(band: list[list[str]], width: float) -> list[dict[int, str]]:
    """Each line's pieces on columns: the cheapest path over the band (Viterbi, each
    state keeping its path's last piece of every column)."""
    spans = [[_span(x, width, 99) for x in pieces] for pieces in band]
    ncols = max(sum(s) for s in spans)
    layers: list[list[_Cell]] = []
    for pieces, sp in zip(band, spans, strict=True):
        states = _placements(pieces, sp, ncols) or [{0: " ".join(pieces)}]
        if not layers:
            layers.append([(s, 0.0, -1, s) for s in states])
            continue
        prev = layers[-1]
        layer: list[_Cell] = []
        for s in states:
            k, c = min(((k, p[1] + _step_cost(p[0], p[3], s, width))
                        for k, p in enumerate(prev)), key=lambda kc: kc[1])
            layer.append((s, c, k, {**prev[k][3], **s}))
        layers.append(layer)
    k = min(range(len(layers[-1])), key=lambda i: layers[-1][i][1])
    path: list[dict[int, str]] = []
    for layer in reversed(layers):
        path.append(layer[k][0])
        k = layer[k][2]
    return path[::-1]


def read_runs(text: str) -> str:
    """Text whose columns ran together laid out as a character grid; ``text``
    unchanged when it does not read as such (one column, OCR text, other extractors).
    """
    # One fast pass: columns run together put such a space on most lines; running
    # Chinese text has few (a byline's name), and Latin text none.
    found = len(_WIDE_SPACE.findall(text))
    if found < max(MIN_COLUMN_LINES, MIN_COLUMN_SHARE * text.count("\n")):
        return text
    lines = text.split("\n")
    if is_grid(lines):
        return text  # columns already apart by runs of spaces (pdftotext -layout)
    width = _column_width(lines)
    if width < 6:
        return text
    split = [split_line(ln, width) for ln in lines]
    multi = [len(p) >= 2 and any(_kind(x, width) != "short" for x in p) for p in split]
    filled = sum(1 for p in split if p)
    if sum(multi) < max(MIN_COLUMN_LINES, MIN_COLUMN_SHARE * filled):
        return text
    return "\n".join(_grid(split, multi, width))


def _grid(split: list[list[str]], multi: list[bool], width: float) -> list[str]:
    """Rows of a character grid: each band's pieces at their column's cell, lines
    that span the columns (headlines) on rows of their own, set apart by blank rows."""
    rows: list[str] = []
    i, n = 0, len(split)
    while i < n:
        if not multi[i]:
            rows.extend(["", " ".join(split[i]), ""] if split[i] else [""])
            i += 1
            continue
        j = _band_end(split, multi, i, width)
        band = split[i:j]
        cell = max(len(x) for p in band for x in p if _em(x) <= width + _OVER) + 4
        for placed in _place(band, width):
            row = ""
            for slot in sorted(placed):
                if placed[slot]:
                    row = (row + "    " if row and len(row) > slot * cell - 2 else
                           row.ljust(slot * cell)) + placed[slot]
            rows.append(row)
        i = j
    return rows


def _band_end(split: list[list[str]], multi: list[bool], j: int, width: float) -> int:
    """Where a band that reached line ``j`` ends. Lone column pieces after its lines
    belong to it when they read as a column's lines (a caption and its credit, a
    crosshead) and the band goes on below them; after its last line only full lines
    and paragraph ends do. A line wider than a column, or two short lines without a
    sentence end, is the next story's headline and deck."""
    n = len(split)
    while j < n and split[j]:
        if multi[j]:
            j += 1
            continue
        k = j
        while k < n and split[k] and not multi[k]:
            k += 1
        run = split[j:k]
        shorts = [len(p) == 1 and _kind(p[0], width) == "short" and p[0][-1] not in _ENDS
                  for p in run]
        if (k < n and multi[k] and all(len(p) == 1 and _em(p[0]) <= width + _OVER for p in run)
                and not any(a and b for a, b in zip(shorts, shorts[1:], strict=False))):
            j = k
            continue
        while j < k and len(split[j]) == 1 and _em(split[j][0]) <= width + _OVER \
                and not shorts[j - (k - len(run))]:
            j += 1
        return j
    return j
