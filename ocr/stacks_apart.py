"""A story's headline and deck an extractor wrote apart from the story, read as an item
of their own, given back to the story as its heading (English text without geometry,
once the headings are given out).

pdftotext writes a column's blocks as they stand and pdfminer a paragraph a block, so a
stack set over a story's byline may come out as a run of plain lines before another
story, or at the top of the page under the folio, with the story's byline and text
later (``1,200 homes, 9 hours, no power:`` / ``what went wrong at the Kelso`` /
``substation`` / ``A failed transformer left the north side dark from dusk`` / ``to dawn;
the utility promises a review by Christmas``, then a science-fair story, then ``By
Hannah Lowry, Staff Reporter`` / ``KELSO — The lights went out…``). Longer than a heading
block and with no type size to tell it, the walk reads it as a headless item. Seen
whole, it says what it is: its lines part into a headline and a deck (``heading_runs``),
each of a heading's shape, no sentence ended inside; and the story it stands over is
the one that opens with a byline and has no headline of its own, sharing clearly the
most of its content words (a deck sums its story up), as many as a column read apart
needs for its story (``headless_columns.PIECE_SHARED``, ``PIECE_LEAD``). pdfminer may
also write a headline after the last paragraph of the item before its story (``…whether
to appeal.`` / ``1,200 homes, 9 hours, no power: what`` / ``went wrong at the Kelso
substation``, then its deck, read as a heading, and the byline): the block an item ends
on goes to the story read right after it on the same evidence. Asked by ``assemble``
after ``attach``; ``heading_roles`` then reads headline and deck from the block's lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol, TypeVar

from .headless_columns import Pictured, body_text, clearly_most, photos_follow
from .headlines import HeadingGroup
from .markers import dateline_at
from .model import BODY, BYLINE, HEADLINE, Block
from .profiles import CompiledMarkers
from .stack_in_block import STACK_RUNS, stack_runs
from .terms import content_stems

#: A story's heading has this many parts at most: a kicker, a headline and a deck.
HEADING_PARTS = 3


class Stackable(Protocol):
    """An article as this rule reads it (``Draft``), once the headings are given out."""

    start: int
    end: int
    blocks: list[Block]
    groups: list[HeadingGroup]
    byline: str | None
    pending: bool

    @property
    def has_body(self) -> bool: ...


S = TypeVar("S", bound=Stackable)


def stacks_to_stories(drafts: list[S], markers: CompiledMarkers,
                      photos: Sequence[Pictured] = ()) -> list[S]:
    """Each run of items that is a stack written apart (``_stack``: one item, or a
    headline and its deck written as two) heads the later story that opens with a
    byline, has no headline (a kicker in capitals at most) and shares clearly the most
    of the stack's content words (``PIECE_SHARED``, ``PIECE_LEAD``): its blocks become
    the story's heading, under its kicker if it has one (``photos`` read in the stack go
    with the story). So does a headline and deck an item ends on (``_trailing``), for
    the story read right after it."""
    runs = _stack_runs(drafts, markers)
    # Each item's content words, of its text as read: made at the first stack (most
    # pages hold none, and a trailing one is rare), before any item is changed.
    stems: list[set[str]] | None = None
    for run, parts in runs:
        if stems is None:
            stems = [content_stems(body_text(e.blocks)) for e in drafts]
        own = set().union(*(stems[k] for k in run))
        i = _host(drafts, stems, own, set(run), parts)
        if i is None or i < run[0]:
            continue
        _give(drafts[i], [b for k in run for b in drafts[k].blocks], drafts[run[0]].start)
        for k in run:
            photos_follow(photos, drafts[k], drafts[i])
            drafts[k].blocks = []
    for k, d in enumerate(drafts[:-1]):
        last = _trailing(d, markers)
        parts = stack_runs(last) if last is not None else 0
        if last is None or not parts or parts < STACK_RUNS and not drafts[k + 1].groups:
            continue  # (a headline alone only over its deck read apart: a line ends a column)
        if stems is None:  # (no stack run: the items are still as read)
            stems = [content_stems(body_text(e.blocks)) for e in drafts]
        own = content_stems(last.text)
        rest = content_stems(body_text(d.blocks[:-1]))
        i = _host(drafts, [rest if j == k else t for j, t in enumerate(stems)], own, set(),
                  parts)
        if i == k + 1:
            _give(drafts[i], [last], d.end)
            d.blocks.pop()
            stems[k] = rest
    return [d for d in drafts if d.blocks or d.groups]


def _host(drafts: Sequence[Stackable], stems: list[set[str]], own: set[str], apart: set[int],
          parts: int) -> int | None:
    """The story (by index) a stack with content words ``own`` and ``parts`` heading runs
    heads, read anywhere but in ``apart``: the one that shares clearly the most of its
    words among the items that open a story (``PIECE_SHARED``, ``PIECE_LEAD``), if it
    has a byline and no headline (``_unheaded_story``)."""
    i = clearly_most(own, stems, (i for i, e in enumerate(drafts)
                                  if i not in apart and e.blocks and _story(e)))
    return i if i is not None and _unheaded_story(drafts[i], parts) else None


def _give(host: Stackable, blocks: list[Block], start: int) -> None:
    """``blocks``, read at ``start``, made ``host``'s heading: its group's, before or
    after the block it holds (a kicker over them, a deck under them) as they were read."""
    heads = [replace(b, kind=HEADLINE) for b in blocks]
    if not host.groups:
        host.groups.append(HeadingGroup(start=start, blocks=heads))
    elif host.groups[0].start < start:
        host.groups[0].blocks.extend(heads)  # (under its kicker)
    else:
        host.groups[0].blocks[:0] = heads  # (over its deck)
        host.groups[0].start = start


def _trailing(d: Stackable, markers: CompiledMarkers) -> Block | None:
    """The block an item with text before it ends on, if it may be the next story's
    headline and deck (``stack_runs`` asks): an extractor wrote the stack after this
    item's last paragraph."""
    if d.pending or len(d.blocks) < 2 or not any(b.kind is BODY for b in d.blocks[:-1]):
        return None
    last = d.blocks[-1]
    if last.kind is not BODY or dateline_at(last.lines[0].text, markers) is not None:
        return None
    return last


def _stack_runs(drafts: Sequence[Stackable],
                markers: CompiledMarkers) -> list[tuple[list[int], int]]:
    """The items that are stacks written apart (``_stack``), those read one after the
    other joined while their runs of lines make a headline and deck at most; each with
    its count of runs (``heading_runs``)."""
    runs: list[tuple[list[int], int]] = []
    for k, d in enumerate(drafts):
        n = _stack(d, markers)
        if not n:
            continue
        if runs and runs[-1][0][-1] == k - 1 and runs[-1][1] + n <= STACK_RUNS:
            runs[-1] = ([*runs[-1][0], k], runs[-1][1] + n)
        else:
            runs.append(([k], n))
    return runs


def _story(d: Stackable) -> bool:
    """An item that opens a story: under a heading or a byline. A headless item is no
    rival for a stack's words: it is as often its own story's later column (the ferry's
    ``Here is what changes:`` list, which names the same crossings as its deck)."""
    return bool(d.groups) or _signed(d)


def _signed(d: Stackable) -> bool:
    return d.byline is not None or any(b.kind is BYLINE for b in d.blocks)


def _unheaded_story(d: Stackable, runs: int) -> bool:
    """A story with a byline and text whose heading a stack of ``runs`` runs completes:
    no heading group, or one of one block (a kicker or a deck read apart) that with the
    stack makes a kicker, headline and deck at most (``HEADING_PARTS``)."""
    if not _signed(d) or not d.has_body or len(d.groups) > 1:
        return False
    return not d.groups or len(d.groups[0].blocks) == 1 and runs < HEADING_PARTS


def _stack(d: Stackable, markers: CompiledMarkers) -> int:
    """How many heading runs an item of plain lines holds, if it is a heading group's
    (0 if not): no heading, byline or place of its own, its body one block whose lines
    part into a headline and a deck at most (``stack_runs``)."""
    if d.groups or d.byline is not None or d.pending or not d.blocks or any(
            b.kind is not BODY for b in d.blocks):
        return 0
    lines = tuple(ln for b in d.blocks for ln in b.lines)  # (pdfminer parts a deck's lines)
    if dateline_at(lines[0].text, markers) is not None:
        return 0  # (a brief's or story's lead: ``FOUND: A child’s blue`` / ``bicycle…``)
    return stack_runs(replace(d.blocks[0], lines=lines))
