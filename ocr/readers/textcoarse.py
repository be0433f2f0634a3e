"""Pages no newspaper prints: too many lines too short, paragraphs of a word, a page on
one endless line. They are read as running text, every word kept in order, in time
linear in their words, with a warning (``degenerate``, ``coarse_blocks``)."""

from __future__ import annotations

from typing import Literal

from ..model import BODY, Block, Line, Word
from ..script import HAN_CHAR, is_cjk

#: A page of more lines than this whose lines average fewer characters than
#: ``COARSE_CHARS`` is no newspaper's columns (a broadsheet page has a few thousand
#: lines, a column's line a dozen characters or more): it is read as running text
#: (``coarse_blocks``), in time linear in its words, with a warning.
COARSE_LINES = 50_000
COARSE_CHARS = 8.0
#: Nor are more than ``COARSE_LINES`` paragraphs averaging fewer characters than this
#: (four or five English words, eight Chinese characters: a paragraph holds a sentence;
#: a page has a few hundred).
COARSE_PARA_CHARS = 24.0
#: Nor is a page of over ``5 * COARSE_LONG`` characters whose lines average more than
#: this (no paragraph is that long: a page written on one line, one endless word).
COARSE_LONG = 20_000
#: A running-text page's lines are rewrapped to about this many characters, and its
#: blocks cut every ``COARSE_BLOCK_LINES`` lines (about a column's worth).
COARSE_LINE_CHARS = 60
COARSE_BLOCK_LINES = 200
#: The provenance step (``Page.steps``) of a page read as running text: the pipeline
#: neither corrects it nor finds its word spans (see ``ocr.pipeline.default_stages``).
RUNNING_TEXT = "read as running text"


def degenerate(text: str) -> tuple[Literal["lines", "paragraphs"], int, float] | None:
    """What is counted, how many and their mean characters, of a page whose lines are
    too many and too short to be columns of type (``COARSE_LINES``, ``COARSE_CHARS``), or
    too long to be paragraphs on a big page (``COARSE_LONG``), or whose paragraphs are
    too many and too short to be a page's (``COARSE_PARA_CHARS``), else ``None``.
    Counted without splitting the text: a run of blank lines counts about half."""
    breaks = text.count("\n")
    blank = text.count("\n\n")
    lines = max(1, breaks + 1 - blank)
    mean = (len(text) - breaks) / lines
    if lines > COARSE_LINES and mean < COARSE_CHARS:
        return "lines", lines, mean
    if len(text) > 5 * COARSE_LONG and mean > COARSE_LONG:
        return "lines", lines, mean
    if blank > COARSE_LINES and (per := (len(text) - breaks) / (blank + 1)) < COARSE_PARA_CHARS:
        return "paragraphs", blank + 1, per
    return None


def _cjk_pieces(token: str) -> list[str]:
    """A token longer than a line cut into pieces of about ``COARSE_LINE_CHARS``, where
    a CJK character stands on either side of the cut: a Chinese page written on one line
    has no spaces, and words join there without one (``join_words``), so its text is
    unchanged. A Latin token is never cut: a space would be invented."""
    if len(token) <= COARSE_LINE_CHARS or not HAN_CHAR.search(token):
        return [token]
    out: list[str] = []
    start = 0
    cut = COARSE_LINE_CHARS
    while cut < len(token):
        while cut < len(token) and not (is_cjk(token[cut - 1]) or is_cjk(token[cut])):
            cut += 1
        if cut >= len(token):
            break
        out.append(token[start:cut])
        start, cut = cut, cut + COARSE_LINE_CHARS
    out.append(token[start:])
    return out


def coarse_blocks(text: str) -> tuple[Block, ...]:
    """The page's words in order, rewrapped into lines of about ``COARSE_LINE_CHARS``
    characters and blocks of ``COARSE_BLOCK_LINES`` lines, all ``body``.

    Every word is kept, in its order; the page's own line and paragraph breaks are
    not (there are millions, and each would be an object in every stage). Equal
    words share one ``Word``."""
    tokens = [p for t in text.split() for p in _cjk_pieces(t)]
    if not tokens:
        return ()
    shared = {t: Word(t) for t in set(tokens)}
    words = list(map(shared.__getitem__, tokens))
    mean = (len(text) - text.count(" ") - text.count("\n")) / len(tokens)
    per_line = max(1, round(COARSE_LINE_CHARS / (mean + 1)))
    lines = [Line(tuple(words[i : i + per_line])) for i in range(0, len(words), per_line)]
    step = COARSE_BLOCK_LINES
    runs = [tuple(lines[i : i + step]) for i in range(0, len(lines), step)]
    ids = [f"b{n}" for n in range(1, len(runs) + 1)]
    return tuple(Block.of_lines(ids, [BODY] * len(runs), runs))
