"""Placing a band's lines on its columns, for text an extractor wrote with the columns
side by side (pdfplumber, ``pdftotext -layout``): each line's pieces go on the columns by
the cheapest path over the band (Viterbi), and lone pieces join the printed line beside
them. ``textruns`` finds the bands and the pieces; this module places them, and parts
a band where other stories stand in it (a brief stacked under a story, a photo beside it)."""

from __future__ import annotations

import re
from functools import lru_cache
from math import comb

from .gridcuts import HELD_ROWS
from .textlevels import CJK_OPENER, joins, step_cost
from .textmeasure import ENDS, Measure, em_width, goes_on_below, line_kind, line_kinds
from .textphases import two_phases

__all__ = ["NOT_HEAD", "band_rows", "caption_within", "heads_row", "one_heading", "opening_below",
           "opens_columns", "packed", "photo_lines", "place"]


def _span(piece: str, m: Measure, ncols: int) -> int:
    """Columns a piece covers: a headline wider than the measure covers two or more."""
    w = m.em(piece)
    return 1 if m.column(piece) else max(1, min(ncols, round((w + 1) / (m.width + 1))))


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


#: A page has at most this many columns (a broadsheet nine or ten): a band wider than
#: that is no band of columns (one letter of each of several lines not level, as an
#: extractor interleaves them), and a line cut into more pieces is kept whole.
MAX_COLUMNS = 12
#: A line is laid on its band's columns in at most this many ways (``_placements``; a
#: line of 5 pieces on 10 columns has 252); past that it is kept whole. And the cheapest
#: ``BEAM`` paths go on from each line once it is priced (a band's first line, every way
#: at no cost, keeps them all): placing stays linear in the band, whatever it holds (53
#: pieces on a line once tried billions of placements).
MAX_PLACEMENTS = 128
BEAM = 32
#: (placement, path cost, back pointer, each column's last piece, the last line of
#: two pieces or more on the path, each column's first piece)
_Cell = tuple[dict[int, str], float, int, dict[int, str], dict[int, str], dict[int, str],
              dict[int, str]]
#: A line whose word or sentence goes on at the top of the next column is that
#: column's last.
_TURNS = 0.6


def _turns(last: str, first: str, m: Measure) -> bool:
    """A column's last line goes on at the top of the next column: a word runs across,
    or its sentence runs on into a full line that opens no story."""
    return joins(last, first) or (goes_on_below(last, m) and line_kind(first, m) == "full"
                                  and not CJK_OPENER.match(first))


def place(band: list[list[str]], m: Measure) -> list[dict[int, str]]:
    """Each line's pieces on columns: the cheapest path over the band (Viterbi, each
    state keeping its path's last piece of every column). A lone line among a band's
    (a caption, a credit, a column's line not level with the others) is placed by what
    it carries on alone, and the band's next line is weighed against the band's line
    before it: the columns go on past it. In Chinese, such a lone line ending in a word
    that the next column's first line finishes (``记者看`` / ``到，企业…``) is its
    column's last, and that column takes no more lone lines: the story turns there;
    so does a column whose last line's sentence runs on into the next column's first
    (a full line opening no story): a brief alone under a photo beside the story is
    not laid under it, though its lines would carry the column's sentence on too.
    (A line of several pieces is placed by its neighbours: a word made across a line
    end by chance is too common to weigh there.)"""
    spans = [[_span(x, m, 99) for x in pieces] for pieces in band]
    ncols = max((sum(s) for s in spans if sum(s) <= MAX_COLUMNS), default=1)
    layers: list[list[_Cell]] = []
    memo: dict[tuple[str | None, str], float] = {}  # a piece after a column's last: its cost
    for pieces, sp in zip(band, spans, strict=True):
        states = (_placements(pieces, sp, ncols) if sum(sp) <= ncols and comb(
            ncols - sum(sp) + len(sp), len(sp)) <= MAX_PLACEMENTS else []) or [
            {0: " ".join(pieces)}]
        if not layers:
            layers.append([(s, 0.0, -1, s, s, _held(s, m), _held(s, m)) for s in states])
            continue
        prev = layers[-1]
        helds = [_held(p[4], m) for p in prev]  # held by each path's last line of pieces
        layer: list[_Cell] = []
        for s in states:
            lone = sum(1 for x in s.values() if x) < 2
            opens = _openings(s, m)

            def cost(p: _Cell, last: dict[int, str], s: dict[int, str] = s, lone: bool = lone,
                     opens: dict[int, frozenset[str]] = opens) -> float:
                c = p[1] + step_cost({} if lone else last, p[3], s, m, memo) - (
                    _talks_of(opens, p[3], p[6], m) if opens else 0.0)
                if m.latin or not lone:
                    return c  # (a level line's columns are told by its neighbours)
                nxt = p[5]
                return c + _TURNS * sum(
                    (1 if k in p[3] and k + 1 in nxt and _turns(p[3][k], nxt[k + 1], m) else 0)
                    - (1 if k + 1 in nxt and k + 1 not in s and joins(x, nxt[k + 1]) else 0)
                    for k, x in s.items() if x)

            costs = [cost(p, h) for p, h in zip(prev, helds, strict=True)]
            k = min(range(len(prev)), key=costs.__getitem__)
            held = {} if lone and _heading(s, m) else _held(s, m)
            layer.append((s, costs[k], k, {**prev[k][3], **held},
                          prev[k][4] if lone else s,
                          {**{c: x for c, x in held.items() if x}, **prev[k][5]},
                          {**prev[k][6], **{c: (prev[k][6].get(c, "") + x)[-_RECENT:]
                                            for c, x in held.items() if x}}))
        if len(layer) > BEAM:  # the cheapest, in their order (ties go as before)
            kept = sorted(sorted(range(len(layer)), key=lambda i: layer[i][1])[:BEAM])
            layer = [layer[i] for i in kept]
        layers.append(layer)
    k = min(range(len(layers[-1])), key=lambda i: layers[-1][i][1])
    path: list[dict[int, str]] = []
    for layer in reversed(layers):
        path.append(layer[k][0])
        k = layer[k][2]
    # (a Latin run of lone lines is read again over the run: ``two_phases``)
    return two_phases(path[::-1], ncols, m) if m.latin else path[::-1]


#: A Chinese piece that opens a paragraph where columns ended theirs goes on the column
#: whose story it talks of: this much less a letter pair of it found in the column's
#: latest ``_RECENT`` characters, up to ``_TOPIC_MOST`` pairs (a tie-breaker: widths and
#: sentences say more).
_TOPIC, _TOPIC_MOST, _RECENT = 0.05, 4, 200


def _openings(cur: dict[int, str], m: Measure) -> dict[int, frozenset[str]]:
    """The Chinese letter pairs of each piece of ``cur`` that may open a paragraph."""
    if m.latin:
        return {}
    return {slot: _pairs(x) for slot, x in cur.items() if x and "first" in line_kinds(x, m)}


@lru_cache(maxsize=1 << 12)
def _pairs(x: str) -> frozenset[str]:
    return frozenset(x[k : k + 2] for k in range(len(x) - 1) if em_width(x[k : k + 2]) == 2)


def _talks_of(openings: dict[int, frozenset[str]], lasts: dict[int, str],
              recent: dict[int, str], m: Measure) -> float:
    """How much the pieces that open a paragraph (``_openings``) under a column's ended
    one share, in Chinese letter pairs, with those columns' latest text."""
    total = 0.0
    for slot, pairs in openings.items():
        before = lasts.get(slot)
        if before and not goes_on_below(before, m):
            text = recent.get(slot, "")
            total += _TOPIC * min(_TOPIC_MOST, sum(1 for q in pairs if q in text))
    return total


#: What a line of running Chinese text holds and a heading does not (a mark, a figure;
#: not the enumeration comma 、, which headlines print: ``图书馆、博物馆延时开放``).
_RUNNING = re.compile("[，。；：“”（）！？0-9]")


def _heading(placed: dict[int, str], m: Measure) -> bool:
    """A lone Chinese line short of the measure with no mark or figure: a heading set
    among a band's lines (the next story's, over columns that start below it). It
    holds no column: the columns go on past it, and a column laid under it starts."""
    x = "".join(placed.values())
    return not m.latin and m.em(x) < m.width - m.first and not _RUNNING.search(x)


def _held(placed: dict[int, str], m: Measure) -> dict[int, str]:
    """The columns a line holds: '' beside a headline across columns is the
    headline's (its columns start again under it); else it only holds the place of a
    column whose line was not level with this one, and that column goes on."""
    if any(not m.column(x) for x in placed.values()):
        return placed
    return {k: x for k, x in placed.items() if x}


def packed(placed: list[dict[int, str]], m: Measure) -> list[dict[int, str]]:
    """A lone piece of a band (a column's line not level with the others', a caption's
    last line, a credit) joins the printed line next to it that lacks its column: the
    band's rows stay full, so no white band across the other columns parts them, and
    each column reads in the same order. (Not beside a headline across columns.)"""
    out = [dict(p) for p in placed]

    def free(row: dict[int, str], slot: int) -> bool:
        return not row.get(slot) and not any(not m.column(x) for x in row.values())

    k = 0
    while k < len(out):
        filled = [s for s, x in out[k].items() if x]
        if len(filled) == 1 and len(out) > 1:
            slot = filled[0]
            to = k + 1 if k + 1 < len(out) and free(out[k + 1], slot) else (
                k - 1 if k > 0 and free(out[k - 1], slot) else None)
            if to is not None and sum(1 for x in out[to].values() if x) >= 2:
                out[to][slot] = out[k][slot]
                del out[k]
                continue
        k += 1
    return out


#: A line that closes a mark it did not open goes on a line above (``图》。``).
_UNOPENED = re.compile(r"[^《（“「『]*[》）”」』]")


def photo_lines(band: list[list[str]], m: Measure) -> tuple[list[list[str]], list[str]]:
    """The band without the lines of a photo set beside its columns: a credit on a
    line of its own and the caption line just above it (a line apart at most), and
    the caption's line before that when it is wider than a column. The
    extractor writes them among the columns' lines where their height falls, and
    placed on a column they cut its sentence in two. (Latin credits are told later,
    by the page's markers.)"""
    taken: set[int] = set()
    for n, pieces in enumerate(band):
        if n and len(pieces) == 1 and m.marks.credit(pieces[0]):
            cap = next((c for c in (n - 1, n - 2) if c > 0 and len(band[c]) == 1
                        and band[c][0][-1] in ENDS and not _UNOPENED.match(band[c][0])), None)
            if cap is not None:
                taken |= {cap, n}
                # the caption's first line, set wider than a column in the photo's width
                taken |= {c for c in (cap - 1, cap - 2) if c > 0 and len(band[c]) == 1
                          and not m.column(band[c][0]) and band[c][0][-1] not in ENDS}
    if not taken or len(taken) == len(band):
        return band, []
    return ([p for n, p in enumerate(band) if n not in taken],
            [band[n][0] for n in sorted(taken)])


def caption_within(above: list[str], run: list[list[str]], below: list[str], m: Measure) -> bool:
    """A lone Chinese line wider than a column (a photo's caption set in the photo's
    width) written between two lines of a band whose columns all run on across it:
    each column above ends mid-sentence, and the line below holds as many pieces. The
    band goes on under it (``photo_lines`` sets the caption apart)."""
    return (not m.latin and len(run) == 1 and len(above) >= 2 and len(below) == len(above)
            and all(goes_on_below(x, m) for x in above))


def opens_columns(pieces: list[str], m: Measure) -> bool:
    """A line of a band whose first piece opens a story (its bracketed byline): the
    story's columns start there, level, and the band's columns above it, which an
    extractor gives no white between, are another story's."""
    return not m.latin and len(pieces) >= 2 and bool(CJK_OPENER.match(pieces[0]))


def _cell(band: list[list[str]], m: Measure) -> int:
    """Characters a column takes on the grid: its widest line and a gutter."""
    return max((len(x) for p in band for x in p if m.column(x)),
               default=0) + 4


def _row(placed: dict[int, str], cell: int) -> str:
    row = ""
    for slot in sorted(placed):
        if placed[slot]:
            row = (row + "    " if row and len(row) > slot * cell - 2 else
                   row.ljust(slot * cell)) + placed[slot]
    return row


#: The last band placed, and how (``heads_row`` asks first for the band ``band_rows``
#: then lays: the placing is the costly part of reading a band).
_LAST_PLACED: list[tuple[tuple[object, ...], list[dict[int, str]]]] = []


def _placed(band: list[list[str]], m: Measure) -> list[dict[int, str]]:
    key = (id(m), m.width, m.latin, *map(tuple, band))
    if _LAST_PLACED and _LAST_PLACED[0][0] == key:
        return [dict(p) for p in _LAST_PLACED[0][1]]
    got = packed(place(band, m), m)
    _LAST_PLACED[:] = [(key, [dict(p) for p in got])]
    return got


def band_rows(band: list[list[str]], m: Measure) -> list[str]:
    """A band's lines as grid rows, each piece at its column's cell."""
    cell = _cell(band, m)
    return [_row(placed, cell) for placed in _placed(band, m)]


#: A band's first lines where the stories over its columns open (their bylines).
_OPENING_ROWS = 3


def heads_row(band: list[list[str]], m: Measure, heads: list[str]) -> str | None:
    """Headlines side by side over a band, as one grid row, each over the column where
    its story opens: the band's first column and each column whose first lines open a
    story with its bracketed byline (as ``pdftotext -layout`` sets them, over their
    columns). None when the band opens other than one story a headline."""
    placed = _placed(band, m)[:_OPENING_ROWS]
    if not placed or not placed[0]:
        return None
    slots = {min(placed[0])} | {s for row in placed for s, x in row.items()
                                if x and CJK_OPENER.match(x)}
    if len(slots) != len(heads):
        return None
    return _row(dict(zip(sorted(slots), heads, strict=True)), _cell(band, m))


def opening_below(split: list[list[str]], multi: list[bool], i: int, j: int) -> int:
    """Where the band ``i:j`` right under a headline holds its story's opening at its
    foot: the line that opens a story (its bracketed byline) and those after it, when
    the band's first line opens none and the opening's last piece runs on. A photo set
    under the headline across the story's first columns puts their first lines under
    it, and the extractor writes them after every line beside the photo. ``i`` when
    the band holds no such opening."""
    above = next((h for h in range(i - 1, max(-1, i - 3), -1) if split[h]), None)
    if above is None or multi[above] or any(CJK_OPENER.match(x) for x in split[i]):
        return i
    for k in range(max(i + 1, j - 3), j):
        if split[k] and CJK_OPENER.match(split[k][0]):
            last = split[j - 1][-1]
            return k if last and last[-1] not in ENDS else i
    return i


#: Marks of running text and of a caption's end: a headline has none (nor is it a
#: photo's credit, ``Measure.marks``).
NOT_HEAD = re.compile("[，。、；：“”（）！？]")
#: Two phrases of one headline are of like length (``非遗展演周开幕 百余个项目集中亮相``);
#: a label beside a headline is far shorter (``本土企业研发投入连续三年增长超两成 天气预报``).
_PHRASES = 0.5


def one_heading(split: list[list[str]], multi: list[bool], i: int, m: Measure) -> bool:
    """Line ``i``, of no band, cut in two pieces of like length, neither holding a mark
    of running text, over a band whose first line opens one story at most: one
    headline of two phrases, set apart by a space as Chinese headlines are (the cut
    is at that space, the line being wider than a column). Over a band that opens two
    stories, they are those stories' headlines side by side."""
    pieces = split[i]
    if len(pieces) != 2 or any(NOT_HEAD.search(x) or m.marks.credit(x) for x in pieces):
        return False
    a, b = sorted(m.em(x) for x in pieces)
    if a < _PHRASES * b:
        return False
    band = next((k for k in range(i + 1, min(len(split), i + 5)) if multi[k]), None)
    return band is None or sum(1 for x in split[band] if CJK_OPENER.match(x)
                               or m.marks.byline(x)) < 2


#: Lone lines in a row that end a run of band lines (``held_band``): one is a row not
#: level, its lower column's line written apart.
_RUN_BREAK = 2


def held_band(split: list[list[str]], multi: list[bool]) -> int:
    """The band lines (``multi``) in runs of ``HELD_ROWS`` or more, each within a text
    line of the last: a page of single-column items holds its columns' lines on fewer
    than the page's share of lines (``textruns.MIN_COLUMN_SHARE``), but its band holds
    them down a run of rows, where a byline's spaced name stands alone. A column set a
    little lower than its neighbours writes each printed row as two lines, a band line
    and its own lone line (rows not level): one lone line between two band lines goes
    on the run, two end it."""
    held = run = lone = 0
    for band in (mu for p, mu in zip(split, multi, strict=True) if p):
        if not band:
            lone += 1
            run = run if lone < _RUN_BREAK else 0
            continue
        run, lone = run + 1, 0
        held += HELD_ROWS if run == HELD_ROWS else run > HELD_ROWS
    return held
