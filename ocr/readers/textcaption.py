"""A photo's caption that pdftotext wrote on a column's lines, put apart before its credit.

Where a photo's caption stands level with a column's line beside it, pdftotext takes
the caption's line into the column's text line, one space between (``…血站呼吁符合条件
的市 11月22日，参赛选手在市青少年自行车锦标赛公路赛中奋力骑行。`` / ``民积极参与无偿献
血。`` / … / ``记者 岳鹏 摄``). The caption then has no block of its own: it is read into the
story, and the credit under it takes a paragraph of the story for its caption.
``textbeside`` parts columns side by side when a chunk holds several such lines of
column pieces; a caption is one or two lines, and set wider than a column, so it is
not one of them.

What tells the caption's piece, off the lines alone: the line cuts at its one space
into a column's line (as wide as the measure, or ending a sentence) and a piece that
opens no column's line but a caption's sentence: it and the pieces pdftotext joined on
the next lines in the same way end a sentence (one or two sentences, as a Chinese
caption holds), and a credit follows a few lines under it. The column's sentence is
whole before the cut, or goes on in the column's next line. The caption is written as
a block of its own right over its credit, the column's lines left as they run.
"""

from __future__ import annotations

import re

from ..markers import ReaderMarks
from ..typography import ends_sentence
from .textbeside import BLOCKS_APART
from .textlevels import common_join
from .textmeasure import ENDS, Measure, column_width, line_kinds

#: The one space where pdftotext joined a caption's line to a column's: a wide
#: character (a CJK character or mark) before it, and no space after it on the line.
_JOIN = re.compile(r"(?<=[^\x00-\x7f]) (?=[^ ]+$)")
#: A caption's line joined on, after its first: any character before the space (a
#: column's line may end on a figure, ``…定于11 柑橘进入采收旺季。``), a wide one after.
_JOIN_ON = re.compile(r"(?<=\S) (?=[^\x00-\x7f][^ ]*$)")
#: A caption runs over this many lines at most (its first joined to a column's).
CAPTION_LINES = 3
#: A Chinese caption holds one sentence or two; a story's paragraph more.
CAPTION_SENTENCES = 2
#: The credit stands this many lines under the caption's last at most (the column's
#: lines beside the photo, a blank line between).
CREDIT_WITHIN = 6
#: The measure must be at least this many ems to tell a column's line by it.
MIN_MEASURE = 8.0
_STOPS = re.compile(r"[。！？]")
#: What a column's line is set as, but for a paragraph's last.
_SET = frozenset({"full", "first"})


def _column_line(piece: str, m: Measure) -> bool:
    """A column's line: no wider than the measure, and full, a paragraph's first (its
    indent dropped) or ending a sentence."""
    return bool(piece) and m.column(piece) and (
        bool(line_kinds(piece, m) & _SET) or piece[-1] in ENDS)


def _cut(line: str, pattern: re.Pattern[str], m: Measure) -> tuple[str, str] | None:
    """``line`` cut at its one joining space into a column's line and the piece beside
    it, or None."""
    text = line.strip()
    if text.count(" ") != 1 or (hit := pattern.search(text)) is None:
        return None
    left, right = text[:hit.start()], text[hit.end():]
    return (left, right) if _column_line(left, m) and right else None


def _caption_at(lines: list[str], k: int, m: Measure) -> tuple[list[str], list[str], int] | None:
    """The caption whose first line pdftotext joined to the column's line ``k``: the
    column's pieces, the caption's pieces (one a line) and the credit's line; or None."""
    if (first := _cut(lines[k], _JOIN, m)) is None:
        return None
    column, caption = [first[0]], [first[1]]
    at = k + 1
    while not ends_sentence(caption[-1]) and len(caption) < CAPTION_LINES and at < len(lines):
        nxt = _cut(lines[at], _JOIN_ON, m)
        if nxt is None:
            lone = lines[at].strip()
            if not (lone and ends_sentence(lone) and "full" not in line_kinds(lone, m)
                    and common_join(caption[-1], lone) and not common_join(column[-1], lone)):
                return None
            # the caption's last line, below the column's level: written alone, a common
            # word made across the break with the caption's line (``…柑橘进`` / ``入采收
            # 旺季。``), none with the column's
            caption.append(lone)
            at += 1
            break
        column.append(nxt[0])
        caption.append(nxt[1])
        at += 1
    text = "".join(caption)
    if not ends_sentence(text) or len(_STOPS.findall(text)) > CAPTION_SENTENCES:
        return None
    if at < len(lines) and _cut(lines[at], _JOIN, m) is not None:
        return None  # columns joined on more lines: textbeside's
    # The column's sentence is whole at the cut, or goes on in the column's next line.
    if not (ends_sentence(column[-1]) or (at < len(lines) and _column_line(
            lines[at].strip(), m) and not m.marks.credit(lines[at].strip()))):
        return None
    # The nearest credit under it or over it, with only the column's lines (and
    # markers: a byline) between: a heading between, and it is another photo's.
    under = next((i for i in range(at, min(at + CREDIT_WITHIN, len(lines)))
                  if m.marks.credit(lines[i].strip())), None)
    over = next((i for i in range(k - 1, max(k - CREDIT_WITHIN, 0) - 1, -1)
                 if m.marks.credit(lines[i].strip())), None)
    sides = [c for c, between in ((under, lines[at:under or 0]), (over, lines[(over or 0) + 1:k]))
             if c is not None and all(_between(ln.strip(), m) for ln in between)]
    if not sides:
        return None
    return column, caption, min(sides, key=lambda c: min(abs(c - k), abs(c - at)))


def _between(line: str, m: Measure) -> bool:
    """A line that may stand between a caption and its credit: the column's, a marker."""
    return not line or _column_line(line, m) or m.marks.byline(line) or m.marks.cjk_byline(line)


def part_captions(text: str, marks: ReaderMarks) -> str:
    """``text`` (a Chinese page's, as pdftotext wrote it) with each caption joined to a
    column's lines written apart, right over its credit; ``text`` itself when none is."""
    if " " not in text:
        return text
    lines = text.split("\n")
    if sum(1 for ln in lines if not ln.strip()) < BLOCKS_APART * len(lines):
        return text  # no blocks apart: pdfplumber's lines, run together everywhere
    m = Measure(column_width(lines), marks=marks)
    if m.width < MIN_MEASURE:
        return text
    by: dict[int, list[str]] = {}  # the credit's line: the caption written beside it
    gone: set[int] = set()  # a caption's last line written alone, now in the caption
    k = 0
    while k < len(lines):
        found = _caption_at(lines, k, m) if " " in lines[k] else None
        if found is None or found[2] in by:
            k += 1
            continue
        column, caption, credit = found
        lines[k:k + len(column)] = column
        gone.update(range(k + len(column), k + len(caption)))
        by[credit] = caption if credit > k else ["", *caption]
        k += len(caption)
    if not by:
        return text
    out: list[str] = []
    for i, line in enumerate(lines):
        if i in gone:
            continue
        if i in by and by[i][0]:  # over its credit
            out.extend([*([""] if out and out[-1].strip() else []), *by[i], ""])
        out.append(line)
        if i in by and not by[i][0]:  # under it
            out.extend([*by[i], ""])
    return "\n".join(out)
