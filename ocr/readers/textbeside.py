"""Chinese lines of two or three columns that pdftotext wrote as one line, put apart.

pdftotext groups the words of a printed line into a text line, and where columns stand
close and their lines are level it takes the neighbour's line into the same text line,
one space between (``东湖路、学府路至地铁湖滨站，全程6.8公里， 间基本衔接。``); the
neighbour's lines that are not level come between as lines of their own. Read so, the
second column's text ran into the first's, a line at a time. Set type gives the joins
away: a column line is as wide as its block's measure (``textmeasure``), and no Chinese
column line holds a space between two characters (a byline's name aside), so a line
wider than the measure that cuts at spaces into column lines holds several columns.
Where a block (lines between blank lines) holds ``MIN_JOINED`` such lines, its lines
between the headings over and under them are laid on the columns, each piece on the
one it carries on best (``textlevels.pair_cost``: a line that ended mid-sentence goes
on, a paragraph's end is followed by a paragraph's first line), and the columns are
written one after the other. Text without such lines (most pages; pdfminer writes
each column's lines apart, pdfplumber's lines run together everywhere and
``textruns`` reads them) is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, partial
from itertools import combinations

from ..markers import ReaderMarks
from .linecuts import split_line
from .textlevels import CJK_OPENER, common_join, joins, pair_cost
from .textmeasure import (
    Measure,
    column_width,
    em_width,
    goes_on_below,
    line_kind,
    line_kinds,
)

#: A block's measure must be at least this many ems to tell column lines by it.
MIN_MEASURE = 8.0
#: A joined line is wider than the measure by this many ems at least (a byline's
#: name, ``本报讯（记者 潘慧）``, holds a space but fits its column).
WIDER = 2.0
#: A joined line holds this many spaces at most: more are a line set letter-spaced
#: (``高 只 有 1.52 米 的 小 门 将 说 ：``).
MAX_SPACES = 3
#: A line that reads as a full line or a paragraph's first, and ends a paragraph, after
#: a column's paragraph end would be a paragraph of one line: it costs this much more
#: there (``216个，培训农村电商主播1800余人次。``, figures in it, after ``…借期30天。``).
ONE_LINE = 0.5
_PARAGRAPH_END = frozenset("。！？”")
#: A full line after a full line that ends a sentence costs this at most: the
#: paragraph goes on as often as it ends there (``…两千多斤！”`` / ``5月7日，在…``).
FULL_AFTER_FULL = 0.3
#: What a column's line is set as, but for a paragraph's last.
_SET = frozenset({"full", "first"})
#: A space between two wide characters: where pdftotext joined two columns' lines. (The
#: pattern opens on the space, which ``re`` scans for, and looks around only there, as
#: ``textruns.wide_spaces`` does: a look behind first was tried at each character.)
_WIDE_SPACE = re.compile(r" (?<=[^\x00-\x7f] )(?=[^\x00-\x7f])")
#: Marks of running text: a piece without one that is short of the measure is a
#: headline beside another (``老画家邵启文辞世 享年九十二岁 耐盐碱水稻新品种试``).
_RUNNING = frozenset("，。、；：”")


def _column_piece(piece: str, m: Measure) -> bool:
    """A piece that is a column's line: no wider than the measure, and either as wide
    as a column's full line or written in sentences (a paragraph's last line)."""
    return m.column(piece) and (goes_on_below(piece, m) or any(c in _RUNNING for c in piece))


def _joined(line: str, m: Measure) -> list[str] | None:
    """The column lines ``line`` holds side by side, or None: it is wider than the
    measure, written in sentences (a headline beside another holds no mark), cuts
    into pieces at spaces between two characters, and each piece is a column's line:
    full, a paragraph's first (``line_kinds``) or a paragraph's last (a headline or a
    deck is none of them), the first with its brackets closed (a byline's space,
    ``本报讯（记者 潘慧）``, is no cut)."""
    if not _may_be_joined(line) or em_width(line) < m.width + WIDER:
        return None
    pieces = split_line(line, m)
    if len(pieces) < 2 or not all(_column_piece(p, m) for p in pieces):
        return None
    left = pieces[0]
    if left.count("（") != left.count("）") or not all(
            line_kinds(p, m) & _SET or p[-1] in _PARAGRAPH_END for p in pieces):
        return None
    return pieces


def _may_be_joined(line: str) -> bool:
    """What ``_joined`` asks of a line before its measure: a space between two wide
    characters, few spaces, a mark of running text."""
    return (_WIDE_SPACE.search(line) is not None and line.count(" ") <= MAX_SPACES
            and any(c in _RUNNING for c in line))


def _cost(last: str | None, line: str, m: Measure) -> float:
    """How badly ``line`` goes on the column whose last line is ``last``: a column
    none has gone on yet costs what a new one does. Only a common word across the
    break (``textlevels.COMMON_ZIPF``) is weighed: any word of the lexicon is made across a
    break with another column's line on one break in seven. After a paragraph's end,
    a line that ends one too is its paragraph's last rather than all of it
    (``ONE_LINE``); after a full line that ends a sentence, a full line may go on its
    paragraph (``FULL_AFTER_FULL``)."""
    if last is None:
        return 0.3
    cost = pair_cost(last, line, m)
    if goes_on_below(last, m):
        return cost + 0.6 * joins(last, line) - common_join(last, line)
    if line[-1] in _PARAGRAPH_END and "full" in line_kinds(line, m):
        cost += ONE_LINE  # a paragraph of one line: rarer than a full line ending one
    if "full" in line_kinds(last, m) and "full" in line_kinds(line, m):
        cost = min(cost, FULL_AFTER_FULL)  # a sentence ended at a full line's end
    return cost


#: Joined lines a chunk holds at least: columns side by side are level on several
#: lines (one line of two pieces may be a headline and its deck, set on one line).
MIN_JOINED = 2
#: pdftotext writes its blocks apart by blank lines, at least this share of the lines;
#: pdfplumber writes none (its columns run together on every line: ``textruns``).
BLOCKS_APART = 0.05
#: Columns side by side in one chunk told apart at most, and paths the search keeps.
MAX_STREAMS = 3
BEAM = 64
#: A lone line laid on a column costs this much for each other column it passes over
#: whose sentence runs on: of two columns it carries on alike, the one left
#: mid-sentence takes it (``…5斤`` / ``装只要29.9元！”…``, not after ``…借期30天。``).
PASSED = 0.1
#: ... and this much more on a column that lines of the others have passed over this
#: many times in a row: it has ended (the lines of columns not level alternate; once
#: one column ends, the other's come one after another).
IDLED, IDLE = 0.15, 3
#: A column whose last line runs on at the chunk's end, where none of its lines
#: follow, costs this much (``textlevels.step_cost`` weighs a column passed over so).
HANGING = 0.6
#: A lone line laid on a column that turned into the next costs this much more.
TURNED = 1.0

#: A path of the search: its cost, each column's lines, and where each column's last
#: line stands in the chunk.
_Path = tuple[float, tuple[tuple[str, ...], ...], tuple[int, ...]]


def _part_chunk(lines: list[str], marks: ReaderMarks) -> list[str] | None:
    """A chunk (lines between blank lines) with its columns written one after the
    other, or None when it holds too few joined lines. Between the last heading or
    credit over the first joined line and the first under it, each line's pieces go
    on the columns in order, the cheapest way over the chunk (a beam search: a lone
    line on the column it carries on, not on one that turned into the next nor on one
    long passed over; a column left mid-sentence at the end costs ``HANGING``)."""
    if sum(map(_may_be_joined, lines)) < MIN_JOINED:
        return None  # (most chunks: told before they are measured, as ``_joined`` would)
    m = Measure(column_width(lines), marks=marks)
    if m.width < MIN_MEASURE:
        return None
    joined = [_joined(ln, m) for ln in lines]
    found = [i for i, j in enumerate(joined) if j is not None]
    if len(found) < MIN_JOINED:
        return None
    first = found[0]
    n = max(len(j) for j in joined if j is not None)
    if n > MAX_STREAMS:
        return None
    # The chunk's lines down to the last heading or credit over the first joined line
    # stay where they are: what stands over the columns.
    top = next((i + 1 for i in range(first - 1, -1, -1)
                if not _column_piece(lines[i].strip(), m) or m.marks.credit(lines[i].strip())),
               0)
    # ... and from the first heading or credit under it on: what stands under them.
    end = next((i for i in range(first + 1, len(lines)) if joined[i] is None and (
        not _column_piece(lines[i].strip(), m) or m.marks.credit(lines[i].strip()))),
        len(lines))
    empty: tuple[tuple[str, ...], ...] = tuple(() for _ in range(n))
    paths: list[_Path] = [(0.0, empty, (top,) * n)]
    # The beam's paths share their columns' last lines: each pair's cost and each line's
    # going on are worked out once a chunk, not once a path (the study pages' Chinese
    # chunks asked 12 times as many costs as there were pairs, and 250 times as many
    # lines whether they go on as there were lines).
    cost_after = cache(partial(_cost, m=m))
    on_below = cache(partial(goes_on_below, m=m))
    for at, line, pieces in zip(range(top, end), lines[top:end], joined[top:end],
                                strict=True):
        text = line.strip()
        if pieces is None:
            cut = split_line(text, m) if _WIDE_SPACE.search(text) else [text]
            pieces = cut if len(cut) <= n and all(_column_piece(p, m) for p in cut) else None
        nxt: dict[tuple[str | None, ...], _Path] = {}
        for cost, cols, lasts in paths:
            if pieces is None:  # a wide line of no columns: kept whole, with the last
                ways: list[dict[int, str]] = [{n - 1: text}]
            else:
                ways = [{k: pieces[i] for i, k in enumerate(w)}
                        for w in combinations(range(n), len(pieces))]
            for way in ways:
                c = cost + sum(cost_after(cols[k][-1] if cols[k] else None, x)
                               for k, x in way.items()) if pieces is not None else cost
                if pieces is not None and len(pieces) == 1:
                    k = next(iter(way))
                    c += TURNED * _turned(cols, k, m, on_below) + PASSED * sum(
                        on_below(col[-1]) for j, col in enumerate(cols)
                        if j != k and col) + IDLED * (bool(cols[k]) and at - lasts[k] > IDLE)
                new = tuple((*col, way[k]) if k in way else col for k, col in enumerate(cols))
                key = tuple(col[-1] if col else None for col in new)
                if key not in nxt or c < nxt[key][0]:
                    nxt[key] = c, new, tuple(at if k in way else w for k, w in enumerate(lasts))
        paths = sorted(nxt.values(), key=lambda p: p[0])[:BEAM]
    cols = min(paths, key=lambda p: p[0] + HANGING * sum(
        on_below(col[-1]) and not _turned(p[1], k, m, on_below)
        for k, col in enumerate(p[1]) if col))[1]
    out = list(lines[:top])
    for k, col in enumerate(cols):
        if col:
            out.extend([*([""] if k and out else []), *col])
    return [*out, *lines[end:]]


def _turned(cols: tuple[tuple[str, ...], ...], k: int, m: Measure,
            on_below: Callable[[str], bool]) -> bool:
    """Column ``k`` has ended: its last line goes on at the top of the next column
    (``…读者在合作`` / ``书店选中图书后…``: a full line that opens no story), so a lone
    line is not its own. (A word made across the break is no evidence here: a column's
    first line is often the rest of the column before's last, not of this line.)
    ``on_below``: ``goes_on_below`` by the measure ``m``, as the chunk keeps it."""
    if k + 1 >= len(cols) or not cols[k] or not cols[k + 1]:
        return False
    first = cols[k + 1][0]
    return (on_below(cols[k][-1]) and line_kind(first, m) == "full"
            and not CJK_OPENER.match(first))


def part_joined(text: str, marks: ReaderMarks) -> str:
    """``text`` (a Chinese page's, as the extractor wrote it) with the lines that hold
    two columns' lines put apart; ``text`` itself when it holds none."""
    if not _WIDE_SPACE.search(text):
        return text
    lines = text.split("\n")
    if sum(1 for ln in lines if not ln.strip()) < BLOCKS_APART * len(lines):
        return text  # no blocks apart: pdfplumber's lines, run together everywhere
    out: list[str] = []
    chunk: list[str] = []
    changed = False
    for line in [*lines, ""]:
        if line.strip():
            chunk.append(line)
            continue
        if chunk:
            parted = _part_chunk(chunk, marks)
            changed = changed or parted is not None
            out.extend(parted if parted is not None else chunk)
            chunk = []
        out.append(line)
    return "\n".join(out[:-1]) if changed else text
