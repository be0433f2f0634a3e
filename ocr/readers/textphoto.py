"""A photo's title written on top of its caption in one chunk (``少年追风`` /
``11月22日，参赛选手在…奋力骑行。``), beside the photo's credit.

The title is printed over the photo in larger type, the caption under it; an extractor
that reads the photo's text block by block writes the two as one paragraph, so the
title ran into the caption (and the photo had none). ``reflow`` asks this of a chunk
whose neighbour is a credit line, or of two lines with the credit written elsewhere
(``title_over_sentence``), and parts the title off as a block of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..markers import marker_kind
from ..model import CREDIT, BlockKind, Line
from ..profiles import CompiledMarkers
from ..script import HAN_CHAR
from ..typography import PHOTO_TITLE_EMS, ends_sentence, text_widths
from .textheads import opens_story

#: A caption under its title holds a few lines at most (a story's paragraph more).
CAPTION_LINES = 4


def title_on_caption(texts: Sequence[str]) -> bool:
    """Whether a chunk's first line is a photo's title on top of the caption that the
    rest of the chunk is: the title a short run of letters (no mark of a clause, a
    byline's brackets or a credit's colon: ``PHOTO_TITLE_EMS`` at most, half the
    caption's widest line at most), the caption a few lines that end a sentence.
    (``reflow`` asks it beside a credit, or of a title over one line: a headline over a
    brief's sentence of a few lines is as short, and is ``heading_on_top``'s.)"""
    if not 2 <= len(texts) <= 1 + CAPTION_LINES or not ends_sentence(texts[-1]):
        return False
    title = texts[0]
    if HAN_CHAR.search(title) is None or not title.replace(" ", "").isalnum():
        return False
    widths = text_widths(texts)
    return widths[0] <= PHOTO_TITLE_EMS and widths[0] <= 0.5 * max(widths[1:])


def caption_before(runs: Sequence[Sequence[str]]) -> bool:
    """Whether the last of ``runs`` (each its lines' texts), written right before a
    credit, may be that credit's caption: a few lines that end a sentence and open one
    (the run before ends a sentence, or is one short line: a heading or the photo's
    title). A story's last lines, which go on from its column, are not. (The caller
    asks that it open no story.)"""
    texts = runs[-1]
    if len(texts) > CAPTION_LINES or not ends_sentence(texts[-1]):
        return False
    before = runs[-2] if len(runs) > 1 else ()
    return not before or ends_sentence(before[-1]) or (
        len(before) == 1 and text_widths(before)[0] <= PHOTO_TITLE_EMS)


def titled_caption(texts: Sequence[str], runs: Sequence[tuple[list[Line], BlockKind | None]],
                   after: Line | None, m: CompiledMarkers) -> tuple[bool, bool]:
    """Whether a chunk (``texts``) is a photo's title on top of its caption beside the
    credit (the last of ``runs`` read so far, or the line ``after`` the chunk), or over
    one line with the credit written elsewhere (``title_over_sentence``), and whether
    the credit came first (``reflow`` then writes the title before it). Not where the
    credit's caption was written before it (``caption_before``, opening no story): the
    chunk after the credit is a crosshead and its paragraph."""
    if not title_on_caption(texts) or marker_kind(texts[0], m) is not None:
        return False, False
    credit_first = (len(runs) > 1 and len(runs[-1][0]) == 1
                    and marker_kind(runs[-1][0][0].text, m) is CREDIT
                    and not (caption_before([[ln.text for ln in r] for r, _ in runs[-3:-1]])
                             and not opens_story(runs[-2][0][0].text, m)))
    beside = credit_first or (after is not None and marker_kind(after.text, m) is CREDIT)
    return beside or title_over_sentence(texts, m), credit_first


def title_over_sentence(texts: Sequence[str], m: CompiledMarkers) -> bool:
    """Whether a chunk of two lines is a short heading over one sentence, its credit
    written elsewhere (``老码头`` / ``建于1956年的第一码头候船厅。``): a photo's title over
    its one-line caption, or a brief's headline over its one sentence. Either way the
    heading is no part of the sentence and is parted off; what it heads ``classify``
    tells. Not over a line that opens a story (a byline or dateline under a heading is
    the story's, and ``reflow`` parts it)."""
    return len(texts) == 2 and marker_kind(texts[1], m) is None and not opens_story(texts[1], m)
