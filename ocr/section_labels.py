"""Chinese section labels (``市运会``, ``追思``: a kicker set over its story's headline)
that an extractor wrote over another story's headline, given back to their story.

Where two modules' headings stand level, pdftotext writes the label first (it stands
higher), then the headlines left to right, so a label over the right-hand story comes
before the left-hand story's headline, and the rule that a kicker goes with the
headline after it gave it to the wrong story. A label of three or four letters is too
short to be placed by its letter pairs (two match by chance, ``headlines._most``); the
story it names holds it whole in its text (``第十一届市运会少年组足球决赛…``). Asked by
``headlines.split_groups``.
"""

from __future__ import annotations

from collections.abc import Callable

from .model import Block
from .script import ANY_CJK, is_han

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


def kicker_line(block: Block) -> bool:
    """A label in capitals over a headline (``TRAFFIC ALERT``, ``HIGH SCHOOL HOCKEY``): one
    short line. It goes with the headline set under it, whatever words it shares with
    another story (``HIGH SCHOOL`` with an obituary's ``a high school science teacher``)."""
    text = block.text  # (``isupper`` holds of CJK with a Latin capital: ``GDP增长``)
    return (len(block.lines) == 1 and text.isupper() and len(text.split()) <= 4
            and ANY_CJK.search(text) is None)


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
