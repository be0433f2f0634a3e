"""A column rule's edge read as a letter at a line's start or end.

A block set close to a printed column rule is cropped with a margin of white
(``scan._margin``); on a heavy scan the rule's ink, thickened and skewed, reaches into
that margin, and Tesseract reads its edge as a bar at the start (or end) of every line:
``| 11月12日，位于``, ``| between the boards of the shop floor``, ``(3pm); Wrayton Rovers
v Moor End (3pm) |`` (held-out S3 s827, S4 s848, S8 s893). The bar costs two characters
a line, and it is the line's first glyph: a paragraph's indent is measured from it, so
every line of the column reads flush and the column's first paragraph is no story's
start (``stacked_story.indented``; s827's museum story went on with the story beside it).

The layout knows where the rules are. A lone bar-shaped word at a line's start or end
that stands on a vertical rule (its box within a stroke's width of the rule's) is the
rule, not type, when the same rule shows such a bar on another of the block's lines too
(``EDGE_LINES``): a rule's edge reads on every line it passes, while a real ``I`` or ``l``
that type set close to a rule leaves stands on one line.

The bars go once, where ``scan._blocks`` first takes a block's lines, before anything
reads a line's first or last word: the line under a deck (a byline read ``| By …``
marks no deck), a line's indent, the joins of wrapped lines.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Sequence

from .model import Box, Line, Word

#: What Tesseract reads a thin vertical stroke as: a bar, a small ``l``, a capital ``I``,
#: an exclamation mark or a bracket, once or twice (a rule's two edges).
BAR = re.compile(r"[|!lI\[\]]{1,2}")
#: A vertical rule is at least this many times as tall as it is wide.
TALL = 4
#: How far (in the type's glyph heights) a bar may stand off the rule's box and still be
#: its edge: deskewing leaves a long rule a pixel or two off its own box, and a bar's box
#: is its ink's, the rule's the run of ink layout measured. A letter of the column's
#: text stands a gutter (an em or so) off the rule.
SLACK = 0.25


def vertical_rules(rules: Sequence[Box]) -> list[Box]:
    """The column rules among the layout's rules: tall and thin."""
    return [r for r in rules if r.h >= TALL * max(r.w, 1)]


#: A rule's edge reads on every line it passes: a bar on it is taken only when it stands
#: at the start or end of this many of the block's lines (a real ``I`` a pixel or two
#: off a rule that type touches reads on one line, not on its neighbours').
EDGE_LINES = 2


def _rule_of(word: Box, rules: Sequence[Box], slack: float) -> int | None:
    mid = word.y + word.h / 2
    return next((k for k, r in enumerate(rules)
                 if r.x - slack <= word.x and word.x + word.w <= r.x + r.w + slack
                 and r.y <= mid <= r.y + r.h), None)


def off_rules(lines: list[Line], origin: tuple[int, int], rules: Sequence[Box],
              glyph: float) -> list[Line]:
    """``lines`` (one block's, their boxes from its crop at ``origin``) without the bars
    read at their starts and ends where a column rule (``rules``, vertical, in the
    page's deskewed pixels) stands; a line that was nothing but bars is dropped. Each
    line's box is its words' again, so its indent is measured from its first letter."""
    if not rules or not lines:
        return lines
    dx, dy = origin
    slack = max(2.0, SLACK * glyph)

    def rule_of(w: Word) -> int | None:
        if w.box is None or BAR.fullmatch(w.text.strip()) is None:
            return None
        return _rule_of(w.box.shift(dx, dy), rules, slack)

    edges = Counter(k for ln in lines for k in {rule_of(ln.words[0]), rule_of(ln.words[-1])}
                    if ln.words and k is not None)

    def bar(i: int, ws: tuple[Word, ...]) -> bool:
        k = rule_of(ws[i])
        return k is not None and edges[k] >= EDGE_LINES

    out: list[Line] = []
    changed = False
    for ln in lines:
        ws = ln.words
        a, b = 0, len(ws)
        while a < b and bar(a, ws):
            a += 1
        while b > a and bar(b - 1, ws):
            b -= 1
        if (a, b) == (0, len(ws)):
            out.append(ln)
            continue
        changed = True
        kept = ws[a:b]
        if not kept:
            continue
        box = Box.enclosing([w.box for w in kept if w.box is not None]) or ln.box
        if box is not None and ln.box is not None:  # (the line's own height, its words' span)
            box = Box(box.x, ln.box.y, box.w, ln.box.h)
        out.append(dataclasses.replace(ln, words=kept, box=box))
    return out if changed else lines
