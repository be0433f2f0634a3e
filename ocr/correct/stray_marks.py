"""Marks the engine read where English print sets none: specks that took a mark's shape.

``glyphs.specks`` removes the marks print never sets apart (``'``, ``|``, ``¡`` alone
between words). Here are the marks print does set, but never where these stand:

* a full stop, question or exclamation mark alone between two lower-case words
  (``it is . ascertained``, ``had been ? working``, ``the petrol tank . exploded``):
  English sets no space before them, and a sentence they end starts its next word with a
  capital. Both words must be known (Zipf ``known``): beside a letter run no lexicon
  knows, the mark may stand for letters the engine lost (``officer ? uacned`` for
  ``attached``);
* a comma or question mark alone after a word that already ends in a mark
  (``afternoon. , The funeral``, ``Glass, , Miss Philp``, ``OBITUARY. ? MR.``): print
  never sets two such marks in a row. A comma after a full stop before a small letter
  stays (``fined 10s. , and``: an abbreviation's full stop, ``10s.,``).

Each is removed with the space before it, as a speck is. SMH tuning half: the first kind
11 removals, all exact; the second 14, all exact (tried, not kept: any spaced ``;`` or
``:`` between lower-case words, which 19th-century print sets apart: 23 of 28 wrong).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .proposals import Proposal

#: A spaced full stop, question or exclamation mark between two lower-case words.
BETWEEN_WORDS = re.compile(r"(?<=\s)([a-z]{2,})(\s+[.?!])(?=\s+([a-z]{2,})(?![A-Za-z'’-]))")
#: A spaced comma or question mark after a mark, before a word (after a full stop, a
#: comma only before a capital: ``10s. , and`` is ``10s.,``).
AFTER_MARK = re.compile(r"(?<=[A-Za-z][.!?:;,])(\s+\?|\s+,(?=\s+[A-Z])|(?<=[,;:?!])\s+,)(?=\s+\S)")
#: One of the marks either takes, with a space either side: a text without one (most
#: text) is passed over at the cost of this scan.
HINT = re.compile(r"\s[.?!,](?=\s)")
WHY = "speck read as a mark"


def stray_marks(text: str, zipf: Callable[[str], float], known: float) -> list[Proposal]:
    """Marks standing where print sets none (module docstring), each removed with the
    space before it; ``zipf`` and ``known``: how well the lexicon must know the words a
    mark stands between."""
    if not HINT.search(text):
        return []
    out = [
        Proposal(m.start(2), m.end(2), m.group(2), "", 90.0, WHY, 1.0)
        for m in BETWEEN_WORDS.finditer(text)
        if zipf(m.group(1)) >= known and zipf(m.group(3)) >= known
    ]
    out += [Proposal(m.start(1), m.end(1), m.group(1), "", 90.0, WHY, 1.0)
            for m in AFTER_MARK.finditer(text)]
    return sorted(out, key=lambda p: p.start)
