"""A run of a Latin band's lone lines read as one column's stream or as two columns'
streams alternating (two columns not level, as pdfplumber writes them: a line of the
one, then a line of the other), each reading scored as text: how well each line carries
on the line before it in its own stream (``pair_cost``: broken words, case, sentence
ends; and the word-bigram lift across the break), and how the row after the run reads
on from the streams the run leaves. The Viterbi of ``textbands.place`` weighs one line
at a time, where a lone line carries on the line above and the line two above alike
(both lower case after a sentence that goes on); over a run, the broken words and word
pairs of every line add up to tell the two readings apart."""

from __future__ import annotations

from collections import Counter
from functools import cache

from ..markers import marker_kind
from ..profiles import CompiledMarkers, load_profile
from .linecuts import pair_cut_cost
from .textlevels import pair_cost
from .textmeasure import Measure

__all__ = ["two_phases"]

#: A run this many lone lines long is read again (two lines of each stream at least).
MIN_RUN = 4
#: The two streams are taken over the placing when they read this much better (a
#: broken word going on is worth 2.5 or more: ``pair_cost`` -2.0 against 0.5 or 1.5).
MARGIN = 0.3
#: Each column a run's lines go on costs this: two columns not level give two streams,
#: and a placing that scatters a run over more columns reads each line after whichever
#: column's last it happens to carry on.
STREAM = 0.5
#: A line's word-bigram lift after its stream's last word (``pair_cut_cost``), at most
#: this: under a broken word's worth. (Weighed per line in the placing itself, the lift
#: mended some pages and spoiled as many: tx45plumb, tx46plumb.)
LIFT_MOST = 0.5
#: A line that opens a stream (no line before it on its column) costs this.
OPENS = 0.3


@cache
def _markers() -> CompiledMarkers:
    return load_profile().patterns("en")


def _marker(piece: str) -> bool:
    """A credit, jump line, folio or byline by its form (``marker_kind``): a run that
    holds one is a photo's caption strip or a page's furniture written line by line,
    not two columns of text (S2 en645's ``Photo by …``, ``See HOCKEY, Page C12``)."""
    return marker_kind(piece, _markers()) is not None


def _lone(row: dict[int, str]) -> int | None:
    filled = [k for k, x in row.items() if x]
    return filled[0] if len(filled) == 1 else None


def _step(before: str | None, piece: str, m: Measure) -> float:
    if not before or not before.strip():
        return OPENS
    lift = pair_cut_cost(before.split()[-1], piece.split()[0]) if piece.split() else 0.0
    return pair_cost(before, piece, m) - min(LIFT_MOST, lift)


def _read(rows: list[tuple[int, str]], lasts: dict[int, str], after: dict[int, str],
          m: Measure) -> float:
    """What the run costs read with each line on its slot, each slot one stream, and
    how well the row after the run carries on the streams it leaves.

    The row after a run is a level row (a run ends where a row holds two pieces or
    more), placed by the Viterbi on the slots that suit the placing, not the split:
    each of its pieces is priced after whichever stream it carries on best (its own
    slot's or any column's last), the same for every reading, so that a broken word
    the run leaves open at its end counts for the reading that leaves it open where
    the row goes on with it. (Priced on its Viterbi slots, the row favoured the
    placing it was chosen for: S6 en763 lost its two streams, tx47plumb.)"""
    last = dict(lasts)
    total = STREAM * len({slot for slot, _ in rows})
    for slot, piece in rows:
        total += _step(last.get(slot), piece, m)
        last[slot] = piece
    total += sum(min(_step(last.get(c), x, m) for c in {k, *last}) for k, x in after.items())
    return total


def two_phases(path: list[dict[int, str]], ncols: int, m: Measure) -> list[dict[int, str]]:
    """``path`` with each run of ``MIN_RUN`` lone lines or more laid as two streams
    alternating, on two of the band's columns, where that reads better by ``MARGIN``
    than the placing."""
    if ncols < 2:
        return path
    out = [dict(r) for r in path]
    i = 0
    while i < len(out):
        j = i
        while j < len(out) and _lone(out[j]) is not None:
            j += 1
        if j - i < MIN_RUN:
            i = max(j, i + 1)
            continue
        lasts: dict[int, str] = {}
        for row in out[:i]:
            lasts.update({k: x for k, x in row.items() if x})
        rows = [(s, out[r][s]) for r in range(i, j) if (s := _lone(out[r])) is not None]
        if not all(m.column(x) and not _marker(x) for _, x in rows):
            i = j
            continue
        used = [s for s, _ in Counter(s for s, _ in rows).most_common(2)]
        pairs = {(a, b) for a in used for b in range(ncols) if a != b and abs(a - b) == 1}
        if len(used) == 2:
            pairs.add((used[0], used[1]))
        after = {k: x for k, x in out[j].items() if x} if j < len(out) else {}
        best, got = _read(rows, lasts, after, m) - MARGIN, None
        for a, b in sorted(pairs):
            for even, odd in ((a, b), (b, a)):
                alt = [(even if n % 2 == 0 else odd, x) for n, (_, x) in enumerate(rows)]
                cost = _read(alt, lasts, after, m)
                if cost < best:
                    best, got = cost, alt
        if got is not None:
            for r, (slot, piece) in zip(range(i, j), got, strict=True):
                out[r] = {slot: piece}
        i = j
    return out
