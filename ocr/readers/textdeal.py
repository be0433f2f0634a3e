"""A whole brief written into a story's open sentence, dealt out after the sentence.

Where a brief stands beside a story's column and their lines are not level,
pdftotext and pdfminer write the brief whole between two of the column's lines: the
story's line that runs on (``…医疗人员共处置抽筋、擦伤等轻微伤情210余人次，没有发生``),
the brief (``记者从国家气候中心获悉，今年冬季…公众需注意防寒保暖。（据新华社电）``), then
the story's next line (``严重伤病。``). The brief's first line may end the story's block
(``…各地各部门要立足防大汛、抗大旱，`` / ``■夏季献血活动启动 7月`` / ``18日至20日，…`` /
``…均可参加。``) or open a block of its own. The walk then reads the story's sentence
as two paragraphs with a brief between, or the brief as the story's paragraph.

Three things tell the sandwich, each read off the lines alone: the story's line is a
column's running text whose sentence goes on below (``textmeasure.goes_on_below``); the
brief's first lines open an item in a way no sentence goes on into (an item's mark
before a lead, ``leads.opens_marked_lead``; a lead that names its source, ``记者从…获悉``;
a notice's label, ``leads.opens_notice``) and the brief ends its sentence; and the
block after the brief carries on the story's line as a column's next line does
(``textlevels.pair_cost``: a full line, or a short one that ends the sentence), opening
no item or byline of its own. A lead that opens on a day is left out: on the study
sets' Chinese pages a line opening on a day after a line that runs on goes on that
sentence 28 times in 31 (``…受强冷空气影响，`` / ``11月24日至26日我市将出现…``).
The story's lines are then written as one block, its sentence whole, and the brief
after it as a block of its own.
"""

from __future__ import annotations

import re

from ..leads import LEAD_LINES, opens_dated_lead, opens_lead, opens_marked_lead
from ..linejoin import join_lines
from ..markers import ReaderMarks
from ..typography import ends_sentence
from .textlevels import CJK_OPENER, pair_cost
from .textmeasure import Measure, column_width, goes_on_below

#: Marks of running text: a story's line holds one; a byline or a credit over a story's
#: first line (``本报记者 左宁 通讯员 谈一帆``) and a heading none.
_RUNNING_MARKS = frozenset("，。、；：")
#: The gaps between a page's blocks, as ``textweave.unweave`` cuts them (kept).
_BLOCK_GAP = re.compile(r"(\n\s*\n)")


def _runs_on(line: str, m: Measure) -> bool:
    """A column's line of running text whose sentence goes on below it, one column's
    only (two columns' lines written as one hold a space between wide letters)."""
    return (goes_on_below(line, m) and m.column(line) and " " not in line
            and not _RUNNING_MARKS.isdisjoint(line))


def opens_undated_item(lines: list[str]) -> bool:
    """Chinese: lines that open an item in a way no sentence goes on into: under an
    item's mark (``▲日前，…``, ``■夏季献血活动启动 7月18日至…``), on a lead that names its
    source (``记者从…获悉``) or on a notice's label (``寻物启事：…``); read across the first
    ``leads.LEAD_LINES`` lines, as a narrow column breaks a lead before its verb. A lead
    that says when (``leads.opens_dated_lead``) is not one: a sentence runs on into a
    day, an announced date or a notice's start."""
    lead = join_lines(lines[:LEAD_LINES]).replace(" ", "")  # (``启动 7月``: a title's gap)
    return opens_marked_lead(lead) or (opens_lead(lead) and not opens_dated_lead(lead))


def _goes_on(before: str, lines: list[str], m: Measure) -> bool:
    """``lines`` carry on the sentence ``before`` left open: their first line is a
    column's next line of running text (``pair_cost``: as full as the column, or short
    and ending the sentence), which opens no item and no story under a byline."""
    first = lines[0]
    running = not _RUNNING_MARKS.isdisjoint(first) or ends_sentence(first)
    return (running and pair_cost(before, first, m) <= 0.0 and not CJK_OPENER.match(first)
            and not opens_undated_item(lines)
            and not opens_lead(join_lines(lines[:LEAD_LINES])))


def _sandwich(units: list[list[str]], n: int, m: Measure) -> tuple[int, int] | None:
    """(line, blocks) of a brief written into block ``n``'s open sentence: the brief
    opens at that line of block ``n`` (its lines to the block's end), or, where the line
    is the block's length, is the next block whole; ``blocks`` is how many blocks after
    ``n`` the brief takes (0 or 1). None when ``n`` holds none."""
    unit = units[n]
    for i in range(1, len(unit) + 1):
        inside = i < len(unit)
        brief = unit[i:] if inside else (units[n + 1] if n + 1 < len(units) else [])
        after = n + 1 if inside else n + 2
        if not brief or after >= len(units) or not _runs_on(unit[i - 1], m):
            continue
        if (opens_undated_item(brief) and ends_sentence(join_lines(brief))
                and _goes_on(unit[i - 1], units[after], m)):
            return i, 0 if inside else 1
    return None


def deal(text: str, marks: ReaderMarks) -> str:
    """``text`` (a Chinese page's, as the extractor wrote it) with each brief written
    into a story's open sentence written after the sentence's rest; ``text`` itself when
    it holds none."""
    pieces = _BLOCK_GAP.split(text)
    parts, gaps = pieces[::2], pieces[1::2]
    at = [n for n, part in enumerate(parts) if part.strip()]
    units = [[ln.strip() for ln in parts[n].split("\n") if ln.strip()] for n in at]
    if len(units) < 3:
        return text
    m = Measure(column_width([ln for u in units for ln in u]), marks=marks)
    if m.width < 6:
        return text
    changed = False
    k = 0
    while k < len(units):
        found = _sandwich(units, k, m)
        if found is None:
            k += 1
            continue
        i, taken = found
        unit = units[k]
        brief = unit[i:] if taken == 0 else units[k + 1]
        rest = k + 1 + taken
        # The story's lines as one block, the brief's after them in the rest's place.
        parts[at[k]] = "\n".join(unit[:i] + units[rest])
        for n in range(k + 1, rest):
            parts[at[n]] = ""
            gaps[at[n] - 1] = ""
        parts[at[rest]] = "\n".join(brief)
        changed = True
        k = rest + 1
    if not changed:
        return text
    return "".join(part + gap for part, gap in zip(parts, [*gaps, ""], strict=True))
