"""Chinese columns written a line or two a block, woven back into columns.

Where the columns of a band are not level (a byline or a headline over one column
pushes its lines half a line down), pdftotext and pdfminer sort the band's lines by
height and write them a block each, in turn: the second column's line, the third's,
the first's, the second's... (``此次调整重点解决了…换`` / ``“以前到地铁站…五分钟`` /
``记者昨日从…意见征`` / ``乘多”的问题…``). Each column keeps one leading, so the
blocks of such a run come in turn, and a column's blocks carry on its text (a full
line that ended mid-sentence is followed by more of the sentence, a word cut at the
line end is finished, a paragraph's end is followed by a paragraph's first line:
``textlevels._pair_cost``, the pdfplumber reader's test of a column line going on).
Each block of a run is laid on the column (stream) it carries on best, the one
waiting longest on a tie (columns come in turn), or opens a new one (a beam search);
where that reads the run clearly better than the order written, each stream is
written as one block, in the order the streams start. A heading or a byline opens
the column that starts after it: a byline over the first column stands level with
the other columns' first lines, so it goes with the last column to start before
the columns come round again. Text with its columns written whole (most pages)
has no run of small blocks and is left as it is.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..markers import ReaderMarks
from ..patterns import Pattern
from ..profiles import Profile
from .textlevels import CJK_OPENER, _pair_cost
from .textmeasure import ENDS, Measure, column_width, line_kind

#: A block of at most this many lines may be one column's share of a turn.
MAX_UNIT_LINES = 3
#: A run of small blocks is asked when it holds at least this many column blocks.
MIN_RUN = 6
#: Reading a run as streams must lower the mean cost of a block going on this much.
WEAVE_GAIN = 0.35
#: A column waiting longer than another for its next block costs this much less a
#: place (the columns come in turn).
RECENCY = 0.1
#: A column that took no block for this many blocks has ended.
IDLE = 4
#: Columns open at once, and paths the beam keeps.
MAX_STREAMS = 6
BEAM = 48
#: Opening a column with a line that goes on another's sentence (a full line) costs
#: this; with a paragraph's first line or a story's opening, ``NEW_FIRST``.
NEW_FULL = 0.8
NEW_FIRST = 0.3
#: Marks of running text: a short line without them is a heading, no column's line.
_RUNNING_MARKS = frozenset("，。、；：")
#: Chinese characters in a page's text, at least this share, for a page to be asked.
_CJK_SHARE = 0.3
_CJK = re.compile(r"[\u4e00-\u9fff]")

Unit = list[str]
#: What a small block is in a run: a column's lines, a heading, a byline.
BODY, HEAD, BYLINE = 0, 1, 2


class _Stream(NamedTuple):
    last: str  # its last line
    used: int  # the block it last took
    closed: bool  # it ended on a jump line


class _Path(NamedTuple):
    cost: float
    streams: tuple[_Stream, ...]
    labels: tuple[int, ...]  # each body block's stream


def _role(unit: Unit, m: Measure, byline: Pattern | None) -> int | None:
    """What a small block is, or None for a block no run holds (long, wider than the
    measure: a column written whole, a headline across columns, a wide caption; a
    photo's credit)."""
    if len(unit) > MAX_UNIT_LINES or m.marks.credit(unit[-1]) or any(
            m.em(ln) > m.width + m.over for ln in unit):
        return None
    if byline is not None and len(unit) == 1 and byline.fullmatch(unit[0]):
        return BYLINE
    if all(line_kind(ln, m) == "short" and ln[-1] not in ENDS
           and not _RUNNING_MARKS.intersection(ln) for ln in unit):
        return HEAD
    return BODY


def _cost(before: str, after: Unit, m: Measure) -> float:
    """How badly a block goes on a column whose last line is ``before``: a word of
    three letters run across the break tells more than one of two (``平方`` + ``米``
    against ``平`` + ``米``)."""
    cost = _pair_cost(before, after[0], m)
    return cost - LONG_JOIN if cost < 0 and _long_join(before, after[0]) else cost


#: What a word of three letters or more across a column's break is worth more.
LONG_JOIN = 0.2


def _long_join(before: str, piece: str) -> bool:
    """A word of the general lexicon of three letters or four runs across the break."""
    from ..lexicon import general  # loaded only for pages read here

    words = general("zh")
    return any(before[-a:] + piece[:b] in words for a in (1, 2, 3) for b in (1, 2, 3)
               if 3 <= a + b <= 4 and len(before) >= a and len(piece) >= b)


def _new_cost(unit: Unit, m: Measure) -> float:
    kind = line_kind(unit[0], m)
    return NEW_FULL if kind == "full" else NEW_FIRST


def _assign(body: list[tuple[int, Unit]], heads: list[int], m: Measure,
            jump: _AnyOf | None) -> _Path:
    """The cheapest laying of a run's column blocks (position, lines) on streams. A
    story's opening (``本报讯（记者``) opens a stream; a heading ends the streams
    that ended their sentence (the columns under it are another story's)."""
    paths = [_Path(0.0, (), ())]
    for t, unit in body:
        nxt: list[_Path] = []
        crossed = [h for h in heads if h < t]
        opener = bool(CJK_OPENER.match(unit[0]))
        ends_on_jump = bool(jump and jump.fullmatch(unit[-1]))
        for p in paths:
            live = [s if s.closed or not any(s.used < h for h in crossed)
                    or s.last[-1] not in ENDS else s._replace(closed=True)
                    for s in p.streams]
            waiting = sorted(range(len(live)), key=lambda k: live[k].used)
            rank = {k: r for r, k in enumerate(w for w in waiting
                                             if not live[w].closed and t - live[w].used <= IDLE)}
            for k, s in enumerate(live):
                if k not in rank or opener:
                    continue
                c = _cost(s.last, unit, m) + RECENCY * rank[k]
                streams = list(live)
                streams[k] = _Stream(unit[-1], t, ends_on_jump)
                nxt.append(_Path(p.cost + c, tuple(streams), (*p.labels, k)))
            if len(rank) < MAX_STREAMS:
                streams = [*live, _Stream(unit[-1], t, ends_on_jump)]
                nxt.append(_Path(p.cost + (0.0 if opener else _new_cost(unit, m)), tuple(streams),
                                 (*p.labels, len(live))))
        nxt.sort(key=lambda q: q.cost)
        paths = nxt[:BEAM]
    return paths[0]


def _weave(run: list[tuple[int, Unit]], roles: list[int], m: Measure,
           jump: _AnyOf | None) -> list[Unit] | None:
    """A run's blocks written stream by stream, or None when reading it so gains
    too little."""
    body = [(t, u) for (t, u), r in zip(run, roles, strict=True) if r == BODY]
    if len(body) < MIN_RUN:
        return None
    best = _assign(body, [t for (t, _), r in zip(run, roles, strict=True) if r == HEAD],
                   m, jump)
    written, pairs = 0.0, 0
    for (_, a), (_, b) in zip(body, body[1:], strict=False):
        written += _cost(a[-1], b, m)
        pairs += 1
    streams = len(set(best.labels))
    if streams < 2 or (written - best.cost + _new_cost(body[0][1], m)
                       ) / max(1, pairs) < WEAVE_GAIN:
        return None
    # Each stream's blocks; a heading or byline goes with the stream it opens.
    first_at: dict[int, int] = {}
    for (t, _), k in zip(body, best.labels, strict=True):
        first_at.setdefault(k, t)
    owner: dict[int, int] = {}
    for n in range(len(run) - 1, -1, -1):
        (t, _), r = run[n], roles[n]
        if r == BODY:
            continue
        if r == HEAD and n + 1 < len(run) and roles[n + 1] != BODY and run[n + 1][0] in owner:
            owner[t] = owner[run[n + 1][0]]  # (a headline over its byline)
            continue
        later = [(t2, k2) for (t2, _), k2 in zip(body, best.labels, strict=True) if t2 > t]
        if not later:
            return None  # (a heading after every column: left as written)
        k = later[0][1]
        if r == BYLINE:
            # The last column to start before the columns come round again.
            seen: list[int] = []
            for _, k2 in later:
                if k2 in seen:
                    break
                seen.append(k2)
            k = seen[-1]
        owner[t] = k
    anchor = dict(first_at)
    for t, k in owner.items():
        anchor[k] = min(anchor[k], t)
    lines: dict[int, Unit] = {k: [] for k in first_at}
    heads: dict[int, list[Unit]] = {k: [] for k in first_at}
    for (t, u), r in zip(run, roles, strict=True):
        if r != BODY:
            heads[owner[t]].append(u)
    for (_, u), k in zip(body, best.labels, strict=True):
        lines[k].extend(u)
    out: list[Unit] = []
    for k in sorted(first_at, key=lambda k: anchor[k]):
        out.extend(heads[k])
        out.append(lines[k])
    return out


class _AnyOf(NamedTuple):
    """A line any of the profile's jump patterns takes whole."""
    patterns: tuple[Pattern, ...]

    def fullmatch(self, text: str) -> bool:
        return any(p.fullmatch(text) for p in self.patterns)


def unweave(text: str, marks: ReaderMarks, profile: Profile) -> str:
    """``text`` with each woven run of small blocks written column by column; ``text``
    itself when it holds none (not Chinese, columns written whole)."""
    if text.isascii() or len(_CJK.findall(text)) < _CJK_SHARE * len(text.strip()):
        return text
    units = [[ln.strip() for ln in part.split("\n") if ln.strip()]
             for part in re.split(r"\n\s*\n", text)]
    units = [u for u in units if u]
    m = Measure(column_width([ln for u in units for ln in u]), marks=marks)
    if m.width < 6:
        return text
    pats = profile.patterns("zh")
    jumps = (*pats.jump_to, *pats.jump_from)
    jump = _AnyOf(jumps) if jumps else None
    roles = [_role(u, m, pats.byline) for u in units]
    for n in range(1, len(units)):
        if m.marks.credit(units[n][-1]) and roles[n - 1] == BODY:
            roles[n - 1] = None  # a photo's caption, over its credit: no column's
    out: list[Unit] = []
    i, changed = 0, False
    while i < len(units):
        j = i
        while j < len(units) and roles[j] is not None:
            j += 1
        if j == i:
            out.append(units[i])
            i += 1
            continue
        run = list(enumerate(units[i:j], i))
        woven = _weave(run, [r for r in roles[i:j] if r is not None], m, jump)
        if woven is None:
            out.extend(units[i:j])
        else:
            out.extend(woven)
            changed = True
        i = j
    if not changed:
        return text
    return "\n\n".join("\n".join(u) for u in out) + "\n"
