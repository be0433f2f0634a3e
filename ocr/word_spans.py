"""Which words of a page an article's text was joined from: each word's span.

Assembly joins a field's lines into one text (``linejoin.join_lines``); correction and
the writers need each of its words back on the line it was printed on (its box, its
confidence). The join keeps the words in order, so each is found where the one before it
ended, not searched for.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from .model import LazySpans, Line, Page, WordSpan
from .script import HYPHENS

#: Where each line of a page is: ``id(line)`` -> (block id, index in ``Block.lines``).
#: Assembly works on copies of blocks (a jump line taken off a body block), which hold
#: the page's own ``Line`` objects; this finds them in the page again.
LineIndex = dict[int, tuple[str, int]]


def line_index(page: Page) -> LineIndex:
    return {id(line): (b.id, li) for b in page.blocks for li, line in enumerate(b.lines)}


def word_spans(
    text: str, lines: Sequence[Line], where: LineIndex, cut: int = 0
) -> LazySpans:
    """Where each word of ``lines`` reads in ``text`` (``find_spans``), found when first
    read: correction reads the spans of the texts it changes only (``model.LazySpans``).
    The page's line index is not kept: each line's place is looked up now."""
    held = tuple(lines)
    rows = tuple(map(where.get, map(id, held)))  # (one C loop: a 10 MB page has 300k lines)
    if None in rows:
        rows = rows[: rows.index(None)]  # (no span is found on that line or past it)
    return _LineSpans(text, held, rows, cut)  # type: ignore[arg-type]


class _LineSpans(LazySpans):
    """``word_spans``, found from what it was given when first read.

    The text and lines are held in one attribute, read once by a finder and let go of
    only after the spans are stored: a second thread reading meanwhile finds the same
    spans from its own reference, or the stored ones, never spans of an emptied text."""

    __slots__ = ("_given", "cut")

    def __init__(self, text: str, lines: tuple[Line, ...], rows: tuple[tuple[str, int], ...],
                 cut: int) -> None:
        super().__init__(max(0, len(text) - cut), rows)
        self._given: tuple[str, tuple[Line, ...]] | None = (text, lines)
        self.cut = cut

    def _find(self) -> tuple[WordSpan, ...]:
        given = self._given
        if given is None:  # found by another thread, and stored before it let go
            return cast(tuple[WordSpan, ...], self._spans)
        found = find_spans(given[0], given[1], self.rows, self.cut)
        self._spans = found
        self._given = None  # (no longer needed, now that the spans are stored)
        return found


def find_spans(
    text: str, lines: Sequence[Line], rows: Sequence[tuple[str, int]], cut: int = 0
) -> tuple[WordSpan, ...]:
    """Where each word of ``lines`` reads in ``text``, joined from them by ``join_lines``;
    ``rows``: the (block id, line index) of each line, up to the first the page lacks.

    Nothing is searched for: the join keeps the words in order, puts at most a space
    between two, and drops nothing but a line-end hyphen, so each word is found right
    where the one before it ended. ``cut`` characters were taken off the front of the
    joined text (a byline or dateline): words there get no span, the rest shift (a word
    cut in two keeps its rest). A word the text does not spell where expected ends the
    spans (none past it is guessed), as does a line without a row.
    """
    spans: list[WordSpan] = []
    append, new = spans.append, tuple.__new__
    pos, size = 0, len(text)
    for n, (line, (block, li)) in enumerate(zip(lines, rows, strict=False)):
        words = line.words
        while pos < size and text[pos].isspace():
            pos += 1
        whole = line.text
        if (words and whole.count(" ") == len(words) - 1 and whole[-1] not in HYPHENS
                and text.startswith(whole, pos)):
            # the common case: the line reads as printed, its words a space apart (its
            # text has a space between every two: ``join_words`` put none beside CJK), so
            # its words are its text split at spaces (made as tuples directly: this is
            # one span per word of the page)
            for wi, word in enumerate(whole.split(" ")):
                end = pos + len(word)
                append(new(WordSpan, (pos, end, block, li, wi, 0)))
                pos = end + 1
            pos -= 1
            continue
        last = len(words) - 1
        for wi, w in enumerate(words):
            word = w.text
            while pos < size and text[pos].isspace():
                pos += 1
            end = pos + len(word)
            if not text.startswith(word, pos):
                end = -1
            if wi == last and word[-1] in HYPHENS and len(word) > 1 and text.startswith(
                    word[:-1], pos) and (end < 0 or not _next_fits(text, end, lines, n)):
                end = pos + len(word) - 1  # the join dropped the line-end hyphen
            if end < 0:
                return _cut(spans, cut)
            spans.append(WordSpan(pos, end, block, li, wi))
            pos = end
    return _cut(spans, cut)


def _cut(spans: list[WordSpan], cut: int) -> tuple[WordSpan, ...]:
    if cut:
        return tuple(
            WordSpan(max(0, s.start - cut), s.end - cut, s.block, s.line, s.word,
                     max(0, cut - s.start))
            for s in spans if s.end > cut
        )
    return tuple(spans)


def _next_fits(text: str, pos: int, lines: Sequence[Line], n: int) -> bool:
    """Whether the word after line ``n`` reads at ``pos``: if not, a line-end hyphen that
    seemed kept was dropped, and the next line happens to start with one."""
    nxt = next((ln.words[0].text for ln in lines[n + 1 :] if ln.words), None)
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return nxt is None or text.startswith(nxt, pos) or text.startswith(nxt[:-1], pos)
