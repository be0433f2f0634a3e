"""Where pdfplumber's band placing lays a piece, against the PDF's own columns (a study tool).

``plumb_geometry`` counts how the reader *cuts* a pdfplumber line; this counts how the
band's pieces are then *placed* (``textbands.place`` and ``packed``, as ``read_runs`` lays
them). Each piece the reader lays on a slot is found in the PDF (``pdftotext -bbox``
characters, spaces dropped), and its true column is the page's column edge it starts on
(x where ``EDGE_LINES`` lines start, an indent of under ``INDENT`` pt no column of its
own). A slot is read as one stream, so what counts is each *junction*: a piece and the
piece laid above it on the same slot. A junction is right when both stand on one true
column, and a wrong one is charged to the first cause that holds:

1. *a piece cut wrong*: either piece is not one whole piece of the PDF's line (the cut,
   not the placing; ``plumb_geometry``'s class);
2. *no slot had its column*: no slot of the band carries the piece's column (by the
   slot's majority), so no placing could be right: the band has fewer slots than columns;
3. *a slot had its column*: the placing chose among the band's slots and chose wrong; by
   the piece's line: ``lone`` (one piece), ``fewer`` (fewer pieces than slots), ``full``.

For class 3 it asks whether the text held the evidence that would have placed it: the
piece's width against each slot's median (``W``), its cost after the true column's
last piece against after the slot's (``C``, ``textlevels._slot_cost``), and whether a
line of as many pieces two lines up (rows not level alternate) stood on the same
columns (``P``). Bands are also counted by the stories (truth items) they hold (``B``).

    PYTHONPATH=. python tools/studypages/text/plumb_placing.py /work/heldout/text/S5 [--pages]

Never run it on a judge set (figures only).
"""

from __future__ import annotations

import json
import re
import statistics
import sys
from bisect import bisect_right
from collections import Counter, defaultdict
from itertools import pairwise
from pathlib import Path

from ocr.markers import reader_marks
from ocr.readers import textbands
from ocr.readers.textlevels import _slot_cost
from ocr.readers.textmeasure import Measure
from ocr.readers.textruns import read_runs
from tools.studypages.text.plumb_geometry import EDGE_LINES, Word, geometry_lines

#: A gap this wide at a column edge parts a line (word spaces of a justified line reach 9).
GUTTER = 9.5
#: Column edges closer than this are one column (a paragraph's indent, 1-2 em).
INDENT = 28.0
#: (x of the first character, its line, its piece, first of the piece, last of the piece)
_Char = tuple[float, int, int, bool, bool]
#: A laid piece: (text, true column or None, whole piece of the PDF)
_Laid = tuple[str, int | None, bool]

_BANDS: list[tuple[list[list[str]], list[dict[int, str]], Measure]] = []
_placed = textbands._placed


def _recorded(band: list[list[str]], m: Measure) -> list[dict[int, str]]:
    got = _placed(band, m)
    _BANDS.append(([list(p) for p in band], [dict(p) for p in got], m))
    return got


def _key(text: str) -> str:
    return re.sub(r"\s", "", text)


def _parts(lines: list[list[Word]]) -> tuple[list[list[list[Word]]], list[float]]:
    """Each line parted at gutters (a gap opening where lines start), and the page's
    column edges (where lines start, an indent no edge of its own)."""
    starts: Counter[int] = Counter(round(ln[0][0] / 3) for ln in lines)
    for ln in lines:
        starts.update(round(b[0] / 3) for a, b in pairwise(ln) if b[0] - a[2] > GUTTER)
    starts_at = sorted(k * 3 for k, n in starts.items() if n >= EDGE_LINES)
    edges: list[float] = []
    for e in starts_at:
        if not edges or e - edges[-1] > INDENT:
            edges.append(e)
    out = []
    for ln in lines:
        parts = [[ln[0]]]
        for a, b in pairwise(ln):
            if b[0] - a[2] > GUTTER and any(-3 <= b[0] - e <= 14 for e in starts_at):
                parts.append([])
            parts[-1].append(b)
        out.append(parts)
    return out, edges


def _chars(parts: list[list[list[Word]]]) -> tuple[str, list[_Char]]:
    text: list[str] = []
    info: list[_Char] = []
    for li, ln in enumerate(parts):
        for pi, p in enumerate(ln):
            n = sum(len(w[4]) for w in p)
            k = 0
            for w in p:
                for ci, ch in enumerate(w[4]):
                    text.append(ch)
                    info.append((w[0] + (w[2] - w[0]) * ci / max(1, len(w[4])), li, pi,
                                 k == 0, k == n - 1))
                    k += 1
    return "".join(text), info


def census(pdf: Path, counts: Counter[str]) -> None:
    lang = pdf.stem[:2]
    parts, edges = _parts(geometry_lines(pdf))
    page, info = _chars(parts)
    truth = json.loads(pdf.with_name(pdf.stem + ".truth.json").read_text(encoding="utf-8"))
    stories = [(a["id"], _key(" ".join(a.get("headlines", []) + a.get("paragraphs", [])
                                       + [a.get("credit") or ""]))) for a in truth["articles"]]
    _BANDS.clear()
    textbands._LAST_PLACED.clear()
    read_runs(pdf.with_name(pdf.stem + ".pdfplumber.txt").read_text(encoding="utf-8"),
              reader_marks())
    seen: set[tuple[tuple[str, ...], ...]] = set()
    used: set[int] = set()

    def find(x: str) -> _Laid:
        k = _key(x)
        at = page.find(k)
        while at >= 0 and at in used:
            at = page.find(k, at + 1)
        if at < 0 or not k:
            return x, None, False
        used.add(at)
        a, b = info[at], info[at + len(k) - 1]
        return x, bisect_right(edges, a[0] + 4) - 1, a[1:3] == b[1:3] and a[3] and b[4]

    def story(x: str) -> str | None:
        k = _key(x).rstrip("-")
        hits = [sid for sid, t in stories if k and k in t]
        return hits[0] if len(hits) == 1 else None

    for band, placed, m in _BANDS:
        if (sig := tuple(map(tuple, band))) in seen:
            continue
        seen.add(sig)
        ncols = max((max(p) + 1 for p in placed if p), default=1)
        rows = [{slot: find(x) for slot, x in p.items() if x} for p in placed]
        votes: defaultdict[int, Counter[int]] = defaultdict(Counter)
        for row in rows:
            for slot, (_, col, whole) in row.items():
                if col is not None and whole:
                    votes[slot][col] += 1
        major = {s: v.most_common(1)[0][0] for s, v in votes.items()}
        held = Counter(story(x) for p in placed for x in p.values() if x)
        held.pop(None, None)
        many = sum(1 for v in held.values() if v >= 2)
        kind_of_band = "1 story" if many <= 1 else "2 stories" if many == 2 else "3+ stories"
        counts[f"{lang} B bands of {kind_of_band}"] += 1
        last: dict[int, tuple[_Laid, int]] = {}
        for i, row in enumerate(rows):
            kind = "lone" if len(row) == 1 else "full" if len(row) >= ncols else "fewer"
            for slot, laid in row.items():
                prev = last.get(slot)
                last[slot] = (laid, i)
                if prev is None or laid[1] is None or prev[0][1] is None:
                    continue
                counts[f"{lang} J junctions"] += 1
                counts[f"{lang} B junctions in bands of {kind_of_band}"] += 1
                if prev[0][1] == laid[1]:
                    counts[f"{lang} J  right"] += 1
                    counts[f"{lang} B right in bands of {kind_of_band}"] += 1
                elif not (laid[2] and prev[0][2]):
                    counts[f"{lang} J  wrong: a piece cut wrong"] += 1
                elif laid[1] not in major.values():
                    counts[f"{lang} J  wrong: no slot had its column"] += 1
                else:
                    counts[f"{lang} J  wrong: a slot had its column, {kind} line"] += 1
                    _evidence(rows, i, slot, laid, prev[0], major, m, f"{lang} {kind}", counts)
            _two_above(rows, i, ncols, lang, counts)


def _evidence(rows: list[dict[int, _Laid]], i: int, slot: int, laid: _Laid, prev: _Laid,
              major: dict[int, int], m: Measure, tag: str, counts: Counter[str]) -> None:
    """Whether the piece's width or its continuation told its true column."""
    x, col = laid[0], laid[1]

    def width(s: int) -> float | None:
        ws = [len(r[s][0]) for r in rows if s in r and r[s][2] and r[s][1] == major.get(s)]
        return statistics.median(ws) if ws else None

    right = [width(s) for s, c in major.items() if c == col]
    mine = width(slot)
    if mine is not None and right and all(w is not None for w in right):
        d_right = min(abs(len(x) - w) for w in right if w is not None)
        d_mine = abs(len(x) - mine)
        counts[f"{tag}: W width " + ("tells its column" if d_right + 2 < d_mine else
                                     "tells the slot laid" if d_mine + 2 < d_right else
                                     "no tell")] += 1
    before = next((r[s][0] for r in reversed(rows[:i]) for s in r
                   if r[s][1] == col and r[s][2]), None)
    if before is not None:
        c_true, c_laid = _slot_cost(before, x, m), _slot_cost(prev[0], x, m)
        counts[f"{tag}: C continuation " + (
            "tells its column" if c_true + 0.1 < c_laid else
            "tells the slot laid" if c_laid + 0.1 < c_true else "ties")] += 1


def _two_above(rows: list[dict[int, _Laid]], i: int, ncols: int, lang: str,
               counts: Counter[str]) -> None:
    """A line short of the band's slots, of as many pieces as the line two up (and not
    the line between): do they stand on the same columns, and on the same slots?"""
    row = rows[i]
    if i < 2 or not 1 <= len(row) < ncols or len(rows[i - 2]) != len(row) or (
            len(rows[i - 1]) == len(row)):
        return
    cols = [tuple(c for _, (_, c, whole) in sorted(r.items()) if whole and c is not None)
            for r in (row, rows[i - 2])]
    if any(len(c) != len(row) for c in cols):
        return
    counts[f"{lang} P as many as two up: truth {'same' if cols[0] == cols[1] else 'other'}"
           f" columns, laid on {'same' if sorted(row) == sorted(rows[i - 2]) else 'other'}"
           " slots"] += 1


def main(argv: list[str]) -> None:
    textbands._placed = _recorded  # type: ignore[assignment]  # (study only: see each band laid)
    for folder in (a for a in argv if a != "--pages"):
        total: Counter[str] = Counter()
        for pdf in sorted(Path(folder).glob("*.pdf")):
            page: Counter[str] = Counter()
            census(pdf, page)
            total.update(page)
            if "--pages" in argv:
                print(pdf.stem, " ".join(f"{k.split(maxsplit=1)[1].strip()}={v}"
                                         for k, v in sorted(page.items()) if " J " in k))
        print(folder)
        for k in sorted(total):
            print(f"  {k:58} {total[k]}")


if __name__ == "__main__":
    main(sys.argv[1:])
