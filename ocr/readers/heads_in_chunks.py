"""Chunks of lines laid out again from a grid (``pdftotext -layout``, pdfplumber's runs)
cut where a brief's heading stands on top of its body inside a chunk: the grid writes a
rail's briefs one under another with no white row between them. Asked by ``textreflow``
after the chunks are made; ``heads_on_top`` reads each heading.
"""

from __future__ import annotations

from ..profiles import CompiledMarkers
from ..typography import ends_sentence, text_widths
from .heads_on_top import ON_TOP_STACK_MAX, heading_on_top
from .textchunks import Row


def cut_at_heads(chunks: list[list[Row]], m: CompiledMarkers) -> list[list[Row]]:
    """Chunks of lines laid out again from a grid cut where a heading stands on top of
    its body under a paragraph's end (``…to claim it.`` / ``Bakery marks 75`` / ``years``
    / ``KELSO — Rowan’s Bakery`` / …): the grid writes a rail's briefs one under another
    without the white rows between them (other columns' lines stand on those rows), so
    a brief's head is inside the chunk of the brief above, where ``heading_on_top``, asked
    of a chunk's first lines, never reads it. Asked under each line that ends a sentence
    (a paragraph's last line: a head under a line that goes on is a line of its text),
    of the lines from there on, three or more, as of a chunk's first lines. A heading
    holds no gap of ``WIDE_GAP`` on the grid: a line that does is a justified line
    stretched (``Nashua        Mayor`` / ``Teresa Bui said…``) or a row holding two
    columns' pieces (``身房是一家连锁品牌在云      市场监管部门表示``)."""
    out: list[list[Row]] = []
    for chunk in chunks:
        start = 0
        for n in range(1, len(chunk) - 2):
            if ends_sentence(chunk[n - 1][0]):
                texts = [row[0] for row in chunk[n:n + HEAD_CUT_READ]]
                top = heading_on_top(texts, text_widths(texts), m, from_grid=True)
                if top and not any(WIDE_GAP in t for t in texts[:top]):
                    out.append(chunk[start:n])
                    start = n
        out.append(chunk[start:])
    return out


#: ``cut_at_heads`` asks ``heading_on_top`` of this many lines under a paragraph's end at
#: most: a stack of seven and its text's first lines (``ON_TOP_STACK_MAX``).
HEAD_CUT_READ = ON_TOP_STACK_MAX + 5
#: A run of white inside a line laid out from a grid that no heading holds (a word space
#: is one, a Chinese heading's phrases are parted by one: ``先清淤 再消杀``).
WIDE_GAP = "   "
