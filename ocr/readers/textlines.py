"""A text page's lines as the reflow pass makes and reads them: made together from their
texts (``make_lines``), and the window of them a lead's first sentence is read in
(``lead_window``)."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain, repeat

from ..model import Line, Word
from ..typography import ends_on_abbreviation, ends_sentence

#: A lead's first sentence is looked for over this many lines (a column line holds
#: six words or so) ...
LEAD_LINES = 5
#: ... or more, until they hold this many words: a narrow justified column writes a
#: word a line where it stretched one (``The Parks Department`` / ``will open
#: registration for`` / ``fall`` / ``youth`` / ``soccer`` / ``on`` / ``Monday. Games for``).
LEAD_WORDS_READ = 25


def lead_window(texts: Sequence[str], counts: Sequence[int], start: int,
                end: int) -> Sequence[str]:
    """The lines from ``start`` (before ``end``) read for a lead's first sentence:
    ``LEAD_LINES``, and more while they hold fewer than ``LEAD_WORDS_READ`` words and
    the last read ends no sentence (a stop after an abbreviation ends none: pdftotext
    writes a stretched line's words a line each, ``meets`` / ``at`` / ``6:30`` / ``p.m.``
    / ``Thursday in Room 104 of``). ``counts``: each line's words (its ``Line``'s, split
    once a page, where each window split its lines again)."""
    stop = min(start + LEAD_LINES, end)
    words = sum(counts[start:stop])
    while stop < end and words < LEAD_WORDS_READ and (
            not ends_sentence(last := texts[stop - 1]) or ends_on_abbreviation(last)):
        words += counts[stop]
        stop += 1
    return texts[start:stop]


def make_lines(texts: Sequence[str], indents: Sequence[float],
               as_written: bool = True) -> list[Line]:
    """Lines of whitespace-separated words (each text with its indent), made together:
    equal words (immutable and without geometry) share one ``Word``, which halves the
    objects a page makes. A text holding two spaces between words is ``stretched``
    (the texts come without their leading and trailing white space), where the lines
    are the extractor's: a line laid out again from a grid keeps wide white where two
    columns' pieces share it."""
    splits = list(map(str.split, texts))
    words = Word.by_text(list(dict.fromkeys(chain.from_iterable(splits))))
    # Each line's words looked up and made a tuple from C (no Python step a line).
    by_line = list(map(tuple, map(map, repeat(words.__getitem__), splits)))
    if not as_written:
        return Line.of_splits(by_line, splits, indents)
    return Line.of_splits(by_line, splits, indents,
                          list(map(str.__contains__, texts, repeat("  "))))
