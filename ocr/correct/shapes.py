"""Words that look alike in worn type: one key for every word of one letter shape.

The listed confusions (``latin_confusions.LATIN_PAIRS``) reach a word at most two
rewrites from a token, and the channel's edit search (``near``) three plain edits from
one of seven letters or more that shares its first or last letter. Worn 19th-century
type misreads more than that in one word: ``cnrpontor`` is ``carpenter`` (n for a, o
for e twice), ``tliouce`` ``thence`` (li for h), ``payuiout`` ``payment`` (ui for m),
``tvvlco`` ``twice``: three or more misread glyphs, each of them a classic confusion.
Such a token and its word have the same *shape*: the letter groups worn type prints for
one letter read as that letter (rn, in, ni, iu, ui for m; ri, ii for n; li for h; cl for
d; vv, yv and a w's halves tv, iv, sv for w), then the letters it confuses folded
together (c, e, o; i, l, t, j; n, u, a; b, h; v, y). The common words are indexed by
shape once; a token's candidates are the words of its shape, priced glyph by glyph
(``price``) and weighed by context like every other candidate.
"""

from __future__ import annotations

import re
from functools import cache

from .channel import costs
from .latin_confusions import CONFUSION_COST

#: Letter groups worn type prints for one letter: (printed, the letter's shape). The
#: classic ones (``latin_confusions.LATIN_PAIRS``) and what the SMH tuning half's word pairs
#: print most for w and m beyond them: a w's two halves as tv 5 times, iv 3, sv 1
#: (``drotvncd``, ``svith``), ni for m 6 (``onibodied``).
GROUPS = {"rn": "m", "in": "m", "iu": "m", "ui": "m", "ri": "n", "ii": "n", "li": "h",
          "cl": "d", "vv": "w", "yv": "w", "tv": "w", "iv": "w", "sv": "w", "ni": "m"}
#: Letters worn type confuses, each folded to its class's first letter.
CLASSES = str.maketrans("ceo0iltj1unabhvy5", "ooolllllnnnnhhyys")
#: A group, found left to right; one ending in v only where no v follows (``tvvice``:
#: t and a w printed as vv, not a w printed as tv and a v).
_GROUP = re.compile("|".join(g + "(?!v)" if g.endswith("v") else g for g in GROUPS))
_GLYPH = re.compile(f"{_GROUP.pattern}|.", re.S)
#: A pair of one shape that no table prices: two confusions (``j`` for ``t`` through ``l``).
UNLISTED = 2 * CONFUSION_COST


def glyphs(low: str) -> list[str]:
    """``low`` cut into glyphs, left to right: a letter group of ``GROUPS`` is one (a half
    of a w before a v, ``tvv``, leaves the w to the two v's)."""
    return [m[0] for m in _GLYPH.finditer(low)]


def shape(low: str) -> str:
    """``low`` (lower case) with the glyphs worn type confuses folded together (the
    groups found left to right, as ``glyphs`` cuts them)."""
    return _GROUP.sub(_group_shape, low).translate(CLASSES)


def _group_shape(m: re.Match[str]) -> str:
    return GROUPS[m[0]]


def differences(seen: str, meant: str) -> list[tuple[str, str]]:
    """The glyphs that differ between two words of one shape: (printed, meant) pairs."""
    return [(s, m) for s, m in zip(glyphs(seen), glyphs(meant), strict=True) if s != m]


def price(pairs: list[tuple[str, str]]) -> float:
    """Edit cost of glyphs misread (``differences``): each at its listed or learned price
    (``channel.costs``), else ``UNLISTED``."""
    table = costs()
    return sum(table.get(pair, UNLISTED) for pair in pairs)


@cache
def shapes_of(words: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """Shape -> the words of ``words`` of that shape (built once per word set)."""
    index: dict[str, list[str]] = {}
    for w in sorted(words):
        index.setdefault(shape(w), []).append(w)
    return {k: tuple(v) for k, v in index.items()}


def look_alikes(low: str, words: frozenset[str]) -> tuple[str, ...]:
    """The words of ``words`` that have ``low``'s shape (``low`` itself left out)."""
    return tuple(w for w in shapes_of(words).get(shape(low), ()) if w != low)
