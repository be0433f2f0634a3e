"""Chinese section labels (``市运会``, ``追思``: a kicker set over its story's headline)
that an extractor wrote over another story's headline, given back to their story.

Where two modules' headings stand level, pdftotext writes the label first (it stands
higher), then the headlines left to right, so a label over the right-hand story comes
before the left-hand story's headline, and the rule that a kicker goes with the
headline after it gave it to the wrong story. A label of three or four letters is too
short to be placed by its letter pairs (two match by chance, ``heading_terms._most``); the
story it names holds it whole in its text (``第十一届市运会少年组足球决赛…``). A brief's
headline read across between a label and its headline is parted from them the same way
(``brief_heads``). Asked by ``heading_splits.split_groups``.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from .model import Block
from .script import is_han

#: A label placed by the story naming it has this many letters (fewer: ``追思`` is too
#: common a word to tell a story by; more: its letter pairs place it).
LABEL_LETTERS = (3, 4)


def label_of(text: str, holding: Callable[[str], list[int]]) -> int | None:
    """The one article whose text holds the Chinese label ``text`` whole (``holding``
    gives the articles near it that do), if the label is one and one article does."""
    word = "".join(text.split())
    low, high = LABEL_LETTERS
    if not low <= len(word) <= high or not is_han(word):
        return None
    found = holding(word)
    return found[0] if len(found) == 1 else None


#: A Chinese section label (``市场观察``, ``以案释法``, ``科技``): this many letters.
CJK_LABEL_LETTERS = (2, 4)


def cjk_label(block: Block) -> bool:
    """A Chinese section label over a headline: one line of two to four Han letters. It
    goes with the headline set under it: a label names a page's section, and a letter
    pair of it (``开放``) is in many stories' text by chance."""
    word = "".join(block.text.split())
    low, high = CJK_LABEL_LETTERS
    return len(block.lines) == 1 and low <= len(word) <= high and is_han(word)


def label_runs(best: list[int | None], labels: set[int]) -> list[list[int]]:
    """A heading group's blocks (by index) in runs of one article each (``best``: each
    block's), a label moved on top of its own story's headline when another story's
    headline stands between them."""
    seq = list(range(len(best)))
    for k in sorted(labels, reverse=True):
        j = next((j for j in range(k + 1, len(best)) if best[j] == best[k]), None)
        if j is not None and j > k + 1:
            seq.remove(k)
            seq.insert(seq.index(j), k)
    runs: list[list[int]] = []
    for n, k in enumerate(seq):
        if not n or best[k] != best[seq[n - 1]]:
            runs.append([])
        runs[-1].append(k)
    return runs


def brief_heads(
    opening: int, banner: bool, scored: list[tuple[int, dict[int, int]]],
    clear: list[int | None], best: list[int | None], starts: list[int],
) -> tuple[set[int], int]:
    """The headlines of a heading group (by index) that head the story opening right
    under it at ``opening`` (its index, too): one that shares no word with any story
    (``scored``: each block's terms and shares), on top of a headline that ``clear``ly
    heads a later one, which only the kicker's rule gave it to (``best``). A brief's
    headline set beside a story's label and headline is read across with them (``民生``
    / ``部分区域明日停电`` / ``老城区雨污分流改造完成过半`` / the brief, ``因电力线路检修…``,
    which says ``暂停供电``): the order pairs it with the text under the group, and the
    label goes on with its own headline (``label_runs``)."""
    below = bisect.bisect_left(starts, opening)
    if banner or below == len(starts) or starts[below] != opening:
        return set(), below
    return {k for k in range(len(best) - 1)
            if scored[k][0] >= 3 and not scored[k][1]
            and (after := clear[k + 1]) is not None and after != below and best[k] == after}, below
