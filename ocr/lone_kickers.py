"""A neighbour's kicker read between a story's columns, in text without geometry.

pdftotext and pdfminer write a page's lines in bands: where a story's column runs on
level with the kicker over the next story (``EDUCATION`` beside ``…in the early hours
of`` / ``Tuesday, October 6, and took…``), the kicker comes out between the story's two
columns and its own headline further on. Read in order, the kicker heads the story's
later column as an item of its own. The page says otherwise: the kicker stands alone (a
label in capitals with no headline under it), the story above it stops on a word no
sentence ends on (``run_on_briefs.dangles``), and the next heading on the page is a
headline with no kicker of its own. The column then goes on with the story, and the
kicker goes over that headline (``hand_on``), as ``stacked_headings.kickers_in_turn``
places a row of kickers over their stacks. Apart from ``ocr.continuity``, which asks
what a block shares with a story: here the only evidence is the open sentence and the
heading's shape, so it carries to prose no rule was written from.
"""

from __future__ import annotations

from collections.abc import Sequence

from .heading_words import capitals_label
from .headlines import HeadingGroup
from .markers import opens_article
from .model import BYLINE, HEADING_KINDS, Block
from .profiles import CompiledMarkers
from .run_on_briefs import dangles
from .story_flow import F, ends_sentence_block


def kicker_between(drafts: Sequence[F], groups: Sequence[HeadingGroup], ordered: Sequence[Block],
                   pos: int, markers: CompiledMarkers) -> F | None:
    """The story whose column block ``pos`` goes on, when the heading right above the
    block is a lone kicker written between that story's columns; else None.

    The kicker is the walk's last heading group, one label in capitals right above the
    block; the story is the article written right before the kicker, with text, no jump
    line, and stopping on a word no sentence ends on or a comma (a column cut
    mid-sentence: the next block finishes it, capitalised or not). The block opens no
    article (no dateline, no byline mark) and starts on a letter or figure (a headline
    read as text opens on a quote mark: ``‘We found out from a letter…``). The next
    heading on the page is a headline that is no label: the kicker's own, which it is
    handed on to when it heads a stack (``heads_a_stack``), else left to the headings'
    attachment. A kicker over its own story (its headline under it, or a story that
    ended its sentence above) stays."""
    if not groups or pos < 2:
        return None
    g = groups[-1]
    if len(g.blocks) != 1 or g.start != pos - 1 or not capitals_label(g.blocks[0].text.strip()):
        return None
    block = ordered[pos]
    if not block.text[:1].isalnum() or opens_article(block, markers):
        return None
    story = next((d for d in reversed(drafts) if d.end == pos - 2), None)
    if story is None or not story.has_body or story.jump is not None:
        return None
    if not (dangles(story) or block.text[:1].islower() and not ends_sentence_block(story)):
        return None
    at = _next_heading(ordered, pos)
    if at is None or capitals_label(ordered[at].text.strip()):
        return None
    return story


def _next_heading(ordered: Sequence[Block], pos: int) -> int | None:
    """The index of the first heading block after ``pos``, if any."""
    return next((j for j in range(pos + 1, len(ordered)) if ordered[j].kind in HEADING_KINDS), None)


def heads_a_stack(ordered: Sequence[Block], pos: int) -> bool:
    """Whether the next heading after ``pos`` heads a story's stack, a deck or byline
    under it: the headline a kicker goes over (a brief's one-line head carries none,
    and is the next heading where the story's own headline was read into a column)."""
    at = _next_heading(ordered, pos)
    return at is not None and at + 1 < len(ordered) and ordered[at + 1].kind in (
        *HEADING_KINDS, BYLINE)


def hand_on(groups: list[HeadingGroup], handed: Sequence[HeadingGroup]) -> list[HeadingGroup]:
    """Each handed kicker put over the next heading group after it (its headline's),
    placed as ``kickers_in_turn`` places a kicker: the group ends where it ended."""
    out = sorted(groups, key=lambda g: g.start)
    for g in handed:
        nxt = next((h for h in out if h.start > g.start and h is not g and h.blocks), None)
        if nxt is None or not g.blocks:
            continue
        nxt.start, nxt.blocks = nxt.start - 1, [*g.blocks, *nxt.blocks]
        g.blocks = []
    return [g for g in out if g.blocks]
