"""A letter whose right stroke the OCR lost, printed as a backslash and a space inside a
word (``pro\\ ed`` for ``proved``, ``o\\ er`` for ``over``).

ABBYY reads the left stroke of a worn v or y as ``\\`` and the gap its faded right stroke
leaves as a space, so one word comes out as two chunks: ``glyphs.unreadable_words`` reads
``pro\\`` alone (no word fits) and ``ed`` is left as read. Here the two chunks are read as
one word with the backslash standing for one unreadable letter, by the same rules and the
same context as ``unreadable_words`` (a known word of ``WILD_ZIPF`` that leads the other
readings by ``WILD_MARGIN`` between the neighbours). The space goes with the symbol: a
reading that keeps the chunks apart, or a word after the gap with a capital (a new word:
``cabin. \\ Oonah``), is not asked. SMH tuning half: 12 such gaps, 9 inside a word whose
truth has v or y there (``Go\\ ornmont``, ``abo\\ o``, ``D\\ mock``); the rest of those
words misread too is beyond one unreadable letter.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .channel import Targets
from .glyphs import unreadable_words
from .proposals import Proposal

if TYPE_CHECKING:
    from .context import ContextCorrector

#: A backslash right after a letter, then one space and a small letter: a letter's left
#: stroke and the gap its lost right stroke left.
STROKE_GAP = re.compile(r"(?<=[A-Za-z])\\ (?=[a-z])")
#: The chunk of letters and symbols either side of the gap.
_BEFORE = re.compile(r"\S*$")
_AFTER = re.compile(r"\S*")


def stroke_gaps(
    corrector: ContextCorrector, text: str, quotes: frozenset[int], common: Targets,
) -> list[Proposal]:
    """Each ``STROKE_GAP``'s two chunks read as one word with the backslash one
    unreadable letter (module docstring); the proposal spans both chunks and the space."""
    if "\\ " not in text:
        return []
    out: list[Proposal] = []
    for m in STROKE_GAP.finditer(text):
        gap = m.start() + 1  # the space
        head = _BEFORE.search(text, 0, m.start() + 1)
        tail = _AFTER.match(text, gap + 1)
        if head is None or tail is None:
            continue
        start, end = head.start(), tail.end()
        joined = text[:gap] + text[gap + 1 :]  # (the space taken out: one chunk)
        moved = frozenset(q - 1 if q > gap else q for q in quotes if q != gap)
        for p in unreadable_words(corrector, joined, start, joined[start : end - 1], moved,
                                  common):
            if p.start < gap < p.end:  # (the reading spans the gap: one word)
                out.append(Proposal(p.start, p.end + 1, text[p.start : p.end + 1],
                                    p.corrected, p.score, p.reason + ", its stroke apart",
                                    p.evidence))
    return out
