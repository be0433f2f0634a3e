"""The rows of a character grid for the pieces of columns run together (``textruns``):
each band's pieces at their column's cell, headlines over the columns on rows of their
own, where a band ends, and a caption's sentence that goes on below its line.

Split from ``ocr.readers.textruns`` (finding the columns: the measure, the cuts of each
line, the Latin page); the rows are then read as ``pdftotext -layout`` grids are.
"""

from __future__ import annotations

import re

from ..typography import cut_short
from .textbands import (
    NOT_HEAD,
    band_rows,
    caption_within,
    heads_row,
    one_heading,
    opening_below,
    opens_columns,
    photo_lines,
)
from .textcuts import heads_story
from .textlevels import CJK_OPENER, joins
from .textmeasure import ENDS, Measure, line_kind

#: A line ending in these ends no headline: its clause goes on below.
_CLAUSE = frozenset("，、")
#: A Latin line across the columns ending so goes on below (a caption's sentence):
#: after a comma, an article, a conjunction or a possessive, which no headline ends on.
_LATIN_GOES_ON = re.compile(r"(?:,|\b(?:a|an|the|and|or|its|their))$")
#: After a preposition it goes on where the line below opens in lower case or it is
#: full against that line (a caption's wrapped line): a headline may end on a phrasal
#: verb's particle (``Mayor weighs in``) over a caption's line, far wider than it.
_LATIN_MAY_GO_ON = re.compile(r"\b(?:of|on|in|at|to|for|with|by|from|as|that)$")


def _heads_cjk_story(split: list[list[str]], j: int, m: Measure) -> bool:
    """A lone line without a mark right above a line (or two) that opens a story with
    its bracketed byline (``本报讯（记者 郑凯）``), or that is a byline alone (``记者
    游知秋 通讯员 单亚楠``), is that story's headline, not a caption or credit of the
    band it interrupts."""
    return (len(split[j]) == 1 and not NOT_HEAD.search(split[j][0])
            and not m.marks.credit(split[j][0])
            and split[j][0][-1] not in ENDS
            and any(CJK_OPENER.match(x) or (len(p) == 1 and m.marks.cjk_byline(x))
                    for p in split[j + 1 : j + 3] for x in p))


def grid_rows(split: list[list[str]], multi: list[bool], m: Measure) -> list[str]:
    """Rows of a character grid: each band's pieces at their column's cell, lines
    that span the columns (headlines) on rows of their own, set apart by blank rows."""
    rows: list[str] = []
    i, n = 0, len(split)
    while i < n:
        over = _heads_over(split, multi, i, m)
        if over is not None:
            rows.extend(["", over[0], ""])  # side by side, each over its story's columns
            i = over[1]
            continue
        if not multi[i]:
            # Chinese pieces apart on a line of no band are headlines and labels
            # side by side (``本土企业研发投入连续三年增长超两成 天气预报``): each its own.
            for piece in (split[i] if not m.latin and not one_heading(split, multi, i, m)
                          else [" ".join(split[i])]):
                if piece and len(rows) > 1 and not rows[-1] and rows[-2][-1:] in _CLAUSE:
                    rows[-1:] = [piece, ""]  # a caption's clause goes on: no headline
                    continue
                last = (rows[-1] or rows[-2]) if len(rows) > 1 else ""
                tail = re.split(r"\s{2,}", last.strip())[-1]
                if piece and _caption_goes_on(tail, piece, m):
                    # so does a Latin caption's sentence, under its line's start
                    indent = " " * last.rfind(tail)
                    rows[len(rows) - (not rows[-1]):] = [indent + piece, ""]
                    continue
                rows.extend(["", piece, ""] if piece else [""])
            if not split[i]:
                rows.append("")
            i += 1
            continue
        j = _band_end(split, multi, i, m)
        k = opening_below(split, multi, i, j)
        if k == i:
            j = next((n for n in range(i + 1, j) if opens_columns(split[n], m)), j)
        band, photo = photo_lines(split[k:j], m)
        rows.extend(band_rows(band, m))
        if k > i:  # the story's opening, then its lines beside the photo
            band, more = photo_lines(split[i:k], m)
            rows.extend(["", *band_rows(band, m)])
            photo += more
        if photo:  # a photo's caption and credit set apart under the band
            rows.extend(["", *photo, ""])
        elif j < n and split[j]:
            rows.append("")  # a band of other columns starts: a white band parts them
        i = j
    return rows


def _heads_over(split: list[list[str]], multi: list[bool], i: int,
                m: Measure) -> tuple[str, int] | None:
    """(grid row, the band's first line) for Chinese headlines side by side on line
    ``i`` right over a band, each laid over the column its story opens in; a headline
    set narrower than its words wraps, and the extractor writes the rest on a line of
    its own under them (``清河公交线网完成新一轮调`` / ``整``): it goes on the headline
    whose word it finishes, else the last. None when they are no such headlines."""
    heads = split[i]
    if (m.latin or multi[i] or len(heads) < 2
            or any(NOT_HEAD.search(x) or m.marks.credit(x) for x in heads)):
        return None
    heads, start = list(heads), i + 1
    while (start < len(split) and not multi[start] and len(split[start]) == 1
           and m.em(split[start][0]) < m.width / 2 and not NOT_HEAD.search(split[start][0])):
        wrap = split[start][0]
        # (a headline's part: a label may stand beside it, ``市人民医院新门诊大 丰收``)
        at = next(((h, k) for h, x in enumerate(heads) for k, part in enumerate(x.split(" "))
                   if joins(part, wrap)), (len(heads) - 1, -1))
        parts = heads[at[0]].split(" ")
        parts[at[1]] += wrap
        heads[at[0]] = " ".join(parts)
        start += 1
    if start >= len(split) or not multi[start]:
        return None
    end = _band_end(split, multi, start, m)
    if opening_below(split, multi, start, end) != start:
        return None
    end = next((n for n in range(start + 1, end) if opens_columns(split[n], m)), end)
    row = heads_row(photo_lines(split[start:end], m)[0], m, heads)
    return None if row is None else (row, start)


def _caption_goes_on(row: str, below: str, m: Measure) -> bool:
    """A Latin line across the columns (a caption's) whose sentence goes on ``below``."""
    if not m.latin or m.column(row.strip()):
        return False
    if _LATIN_GOES_ON.search(row):
        return True
    nxt = " ".join(below.split())
    return bool(nxt and _LATIN_MAY_GO_ON.search(row)) and (nxt[:1].islower() or not cut_short(
        row, nxt.split()[0], max(len(" ".join(row.split())), len(nxt))))


def _band_end(split: list[list[str]], multi: list[bool], j: int, m: Measure) -> int:
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
        k = next((h for h in range(j, k) if (heads_story(split, h, m) if m.latin
                                             else _heads_cjk_story(split, h, m))), k)
        if k == j:
            return j
        run = split[j:k]
        shorts = [len(p) == 1 and line_kind(p[0], m) == "short" and p[0][-1] not in ENDS
                  for p in run]
        if (k < n and multi[k] and (all(len(p) == 1 and m.column(p[0]) for p in run)
                                    or caption_within(split[j - 1], run, split[k], m))
                and not any(a and b for a, b in zip(shorts, shorts[1:], strict=False))):
            j = k
            continue
        while j < k and len(split[j]) == 1 and m.column(split[j][0]) \
                and not shorts[j - (k - len(run))]:
            j += 1
        return j
    return j
