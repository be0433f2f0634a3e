"""Column pieces mended across the cuts width alone puts either way, and the headlines
told among a band's lines (a lone line over a byline, the lines under a section's label):
Latin rules of reading a band's pieces, apart from how they carry on (``textlevels``)."""

from __future__ import annotations

import re

from ..typography import ARTICLES
from .textmeasure import ENDS, Measure, broken_word, goes_on_below

#: A word moves across a cut when the broken word above then makes a word this much
#: commoner (Zipf) than it makes now.
_MEND_GAIN = 1.5
#: Words that never follow an article.
_NOT_AFTER_ARTICLE = frozenset({"the", "a", "an", "and", "or", "of", "to", "in", "on", "at",
                                "by", "with", "from", "is", "was", "were", "are", "said"})


def mend_cuts(split: list[list[str]], m: Measure) -> list[list[str]]:
    """Cuts one word off, mended by the column above: where the line above (as many
    pieces) ends a column's piece with a broken word (``re-``) that does not go on into
    the first word below (``to``) but does into the next (``turn``), or into the last
    word of the piece to the left (``eral``), that word moves across the cut. Width
    alone places such cuts either way (a column line's width varies by a fifth).
    Likewise a sentence's last word (``p.m.``) goes to the column whose line above ran
    on when the next column's line would open a new sentence there (``Several``), and
    an article that would end a column's line (``Kline the``) before a word no article
    precedes (``and``, ``of``) opens the next column's line."""
    out = [list(p) for p in split]
    for i in range(1, len(out)):
        above, cur = out[i - 1], out[i]
        if len(above) != len(cur) or len(cur) < 2:
            continue
        for j in range(1, len(cur)):
            if not broken_word(above[j].rsplit(" ", 1)[-1]):
                continue
            now = _join_zipf(above[j], cur[j]) + _MEND_GAIN  # a rare word (``reto``) is weak
            left, right = cur[j - 1].split(" "), cur[j].split(" ")
            if len(left) > 1 and _join_zipf(above[j], left[-1]) > now:
                cur[j - 1], cur[j] = " ".join(left[:-1]), left[-1] + " " + cur[j]
            elif len(right) > 1 and _join_zipf(above[j], right[1]) > now:
                cur[j - 1], cur[j] = cur[j - 1] + " " + right[0], " ".join(right[1:])
        for j in range(1, len(cur)):
            left = cur[j - 1].split(" ")
            if (len(left) > 1 and left[-1][:1].islower() and left[-1][-1] in ENDS
                    and cur[j][:1].isupper() and goes_on_below(above[j], m)):
                cur[j - 1], cur[j] = " ".join(left[:-1]), left[-1] + " " + cur[j]
    for i in range(len(out) - 1):
        cur, below = out[i], out[i + 1]
        if len(below) != len(cur):
            continue
        for j in range(len(cur) - 1):
            left = cur[j].split(" ")
            nxt = below[j].split(" ", 1)[0].lower()
            if len(left) > 1 and left[-1].lower() in ARTICLES and nxt in _NOT_AFTER_ARTICLE:
                cur[j], cur[j + 1] = " ".join(left[:-1]), left[-1] + " " + cur[j + 1]
    return out


def _join_zipf(before: str, piece: str) -> float:
    """Zipf frequency of the word ``fam-`` + ``ily`` make in the general lexicon, 0
    when they make none."""
    from ..lexicon import general  # loaded only for pages read here

    head = before.rsplit(" ", 1)[-1][:-1]
    tail = re.match(r"[a-z]+", piece)
    if tail is None:
        return 0.0
    return general("en").get(re.sub(r"^\W+", "", head).lower() + tail.group(), 0.0)


def heads_story(split: list[list[str]], j: int, m: Measure) -> bool:
    """A lone line right above a byline (``By KEVIN ASHBY``, its spaces put back or
    not: ``Measure.marks``) is a story's headline, however narrow: no column line
    stands there."""
    return (len(split[j]) == 1 and j + 1 < len(split) and bool(split[j + 1])
            and m.marks.byline(split[j + 1][0]))


#: A piece ending so ends a sentence, a clause or a broken word: a column's line.
_RUNNING_END = frozenset(".,;:!?\"”’-")


def heads_under_label(split: list[list[str]], m: Measure) -> list[bool]:
    """Lines under a section's label (a lone line in capitals, ``TRANSPORTATION``, not a
    photo's credit) that are its story's headline and deck, however they cut at the
    measure: pieces none of which ends a sentence, a clause or a broken word, on lines
    that no band's line precedes (the label; then the headline), and no piece but the
    first opening with a capital (two headlines side by side under two labels: ``… for
    six weeks`` | ``Dry spell drops …``). A band's line under a label (a photo's title,
    ``ON THIN ICE``, over a byline and column lines) ends its pieces so."""
    out = [False] * len(split)
    for i in range(1, len(split)):
        above = split[i - 1]
        label = (len(above) == 1 and above[0].upper() == above[0]
                 and any(c.isalpha() for c in above[0]) and not m.marks.credit(above[0])
                 and above[0][-1] not in _RUNNING_END)
        if (label or out[i - 1]) and len(split[i]) >= 2 and all(
                x and x[-1] not in _RUNNING_END for x in split[i]) and not any(
                x[0].isupper() for x in split[i][1:]):
            out[i] = True
    return out
