"""Headline groups and the articles they head: by position on a page with geometry, by
the terms they share with an article's text on a page without.

An extractor often writes a headline after its article's body or at the very end of the
page, and runs a kicker, a headline and a deck together, or two articles' headlines into
one group; so on text pages a group is split where its headlines talk about different
articles, and each part goes to the article it talks about (or right before which it is
printed; the splitting is ``ocr.heading_splits``). Kept apart from the walk in
``ocr.assemble`` because these rules read only heading blocks and article texts, never
the reading order's cuts. A photo's title taken
from among the headings is ``ocr.photo_titles``; the kicker, headline and deck of the
groups an article holds, ``ocr.heading_roles``; how many of a heading's terms each
article shares, ``ocr.heading_terms``.
"""

from __future__ import annotations

import bisect
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from .heading_terms import (
    MIN_CONTENT_SCORE,
    ArticleTerms,
    leaning_story,
    near_stories,
)
from .model import HEADLINE, Block

#: Bonus for a headline group printed right before an article's first block, or right after it
#: (less: a group printed after an article is its candidate only by content, see ``attach``).
BEFORE_BONUS, AFTER_BONUS = 0.3, 0.1


@dataclass
class HeadingGroup:
    """Consecutive heading blocks; split later if its parts belong to different articles."""

    start: int
    blocks: list[Block] = field(default_factory=list)
    banner: bool = False
    #: The article a group of headings parted from another's rows heads (``_interleaved``),
    #: or that a label apart from its headline names (``section_labels``).
    owner: int | None = None
    #: A label only (``section_labels``): it heads its story over the story's own groups.
    label: bool = False

class Headed(Protocol):
    """An article being put together (``assemble``'s draft), as these rules see it."""

    start: int
    end: int
    groups: list[HeadingGroup]
    blocks: list[Block]


D = TypeVar("D", bound=Headed)


#: A leftover group joins the article it leans to sharing this many terms with it at least
#: (one, ``city``, is chance: a question set as a heading, ``Is the city ready?``, stays
#: apart).
LEFTOVER_SHARED = 2


def _leftovers_to_their_story(
    groups: list[HeadingGroup], drafts: list[D], grams: ArticleTerms, taken: set[int],
    placed: set[int],
) -> None:
    """In text, a headline group no article took joins the one article it talks about
    most (``leaning_story``, ``LEFTOVER_SHARED``), if that article holds a single group: two
    stories' headlines written one after the other, then their bodies, leave the first
    story's headline over when its deck, right above its byline, was taken first and
    the headline shares less than twice the bar with the story (``Transit agency
    proposes first fare…`` / ``Whaling museum to…`` / ``Single rides would go to $2…``
    / bylines / bodies). Only a group written right next to another (a run of headings
    that ``split_groups`` parted): a lone line between two paragraphs that was taken for
    a heading (pdfminer's ``The fire was 35 percent contained by Sunday evening, up``)
    is no headline of the story it shares words with."""
    starts = [d.start for d in drafts]
    opens = {g.start for g in groups if g.blocks}
    ends = {g.start + len(g.blocks) for g in groups if g.blocks}
    for gi, g in enumerate(groups):
        if gi in taken or id(g) in placed or not g.blocks:
            continue
        if g.start not in ends and g.start + len(g.blocks) not in opens:
            continue  # no heading written right before or after it
        text = " ".join([b.text for b in g.blocks])
        size, shares = grams.score(text, near_stories(starts, g.start, g.banner))
        leaning = leaning_story(size, shares)
        if leaning is None or shares[leaning] < LEFTOVER_SHARED:
            continue
        d = drafts[leaning]
        if len(d.groups) == 1 and not d.groups[0].banner:
            d.groups.append(g)
            taken.add(gi)


def opens_above(g: HeadingGroup, d: Headed) -> bool:
    """``d``'s text opens wholly above ``g``'s top: a heading heads the text under or
    beside it, never a story set higher up the page in another column. A heading at a
    column's foot over nothing (its story cut by the page's foot under its photo) is
    read before the next column's story, which it does not head (held-out S4 s839).
    Above the group's topmost block: a group run on from a column's foot into the next
    column's heading (``Biscuit factory…`` read on into ``TOWN MEETING``) heads that
    heading's story."""
    top = group_top(g)
    first = next((b.box for b in d.blocks if b.box is not None), None)
    return top is not None and first is not None and first.bottom <= top


def group_top(g: HeadingGroup) -> int | None:
    """The top of ``g``'s topmost block (``None`` without geometry)."""
    tops = [b.box.y for b in g.blocks if b.box is not None]
    return min(tops) if tops else None


def above_heading(top: int | None, block: Block) -> bool:
    """``block`` stands wholly above ``top``, the heading its story opened under: a story's
    text is set under or beside its heading, never higher up the page, so a column read
    after the story's text that ends over its heading is a headless story's (set beside a
    headline lower down; the reading order reads it after that story, as the truth's
    order may)."""
    return top is not None and block.box is not None and block.box.bottom <= top


def new_stack(g: HeadingGroup, block: Block) -> bool:
    """``block`` opens another story's heading, not the next part of ``g``'s: ``g`` is a
    stack of its own (a headline with its kicker or deck, as ``drafts.heading_stories``
    asks) and ``block`` stands clear of its columns, wholly above its top or wholly below
    its foot a column to its left. A heading over nothing at a column's foot is read right
    before the stack beside it that starts higher up (held-out S7 s879, S5 s850); a
    headline left of a photo, right after the stack of the story beside the photo (S6
    s862): no heading's own next part is set back a column and lower (its deck and byline
    stand under it). A stack of a row read across starts level: the order's to part."""
    top, box = group_top(g), block.box
    boxes = [b.box for b in g.blocks if b.box is not None]
    if (top is None or box is None or len(boxes) < max(2, len(g.blocks))
            or not any(b.kind is HEADLINE for b in g.blocks)):
        return False
    if box.bottom <= top:
        return all(box.right <= b.x or box.x >= b.right for b in boxes)
    return box.y >= max(b.bottom for b in boxes) and box.right <= min(b.x for b in boxes)


def attach_by_position(groups: list[HeadingGroup], drafts: list[D]) -> None:
    """Give each headline group to the article read next, when no other headline
    comes between them and the article has none yet."""
    starts = sorted(g.start for g in groups if g.blocks)
    d_starts = [d.start for d in drafts]
    for g in groups:
        if not g.blocks:
            continue
        g_end = g.start + len(g.blocks) - 1
        i = bisect.bisect_right(d_starts, g_end)
        nxt = drafts[i] if i < len(drafts) else None
        if nxt is None or nxt.groups or opens_above(g, nxt):
            continue
        k = bisect.bisect_right(starts, g_end)  # another headline between them?
        if k < len(starts) and starts[k] < nxt.start:
            continue
        nxt.groups.append(g)


def attach(
    groups: list[HeadingGroup], drafts: list[D], grams: ArticleTerms,
    pictured: Collection[int] = frozenset(), run_in: Collection[int] = frozenset(),
) -> list[Block]:
    """Give each headline group to at most one article; return the headlines left over.

    ``pictured``: where a photo's caption and credit stand in reading order; a group
    right above a photo is right above the article that opens under the photo (a
    headline set over its story's photo and byline: ``Fire guts Dock Street warehouse``
    / credit / caption / ``By DANIEL OKAFOR``), not right after the story before it.
    ``run_in``: the articles that open on a head of their own run in (``KELSO:``), which
    no group is given by its place above them."""
    candidates: list[tuple[float, int, int, float]] = []
    textual = all(b.box is None for g in groups for b in g.blocks)
    placed = {id(g) for d in drafts for g in d.groups}
    starts = [d.start for d in drafts]
    opening: dict[int, list[int]] = {}  # the articles that start at a position
    for di, d in enumerate(drafts):
        opening.setdefault(d.start, []).append(di)
    taken: set[int] = set()
    for gi, g in enumerate(groups):
        if id(g) in placed:
            continue
        if g.owner is not None:  # told by its rows (``split_groups``)
            drafts[g.owner].groups.append(g)
            taken.add(gi)
            continue
        g_end = g.start + len(g.blocks) - 1
        under = g_end + 1  # where the text right below the group starts, past a photo
        while under in pictured:
            under += 1
        near = near_stories(starts, g.start, g.banner)
        size, shares = grams.take(" ".join([b.text for b in g.blocks]), near)
        # Only an article that shares enough of the terms or starts right below is a
        # candidate (printed right after one is worth less than either alone): the
        # articles that share none are not among the shares.
        chosen = {di for di, shared in shares.items() if shared / size >= MIN_CONTENT_SCORE}
        # In text, an article right below that shares none of the group's terms is no
        # candidate when another shares enough: a second story's headline group written
        # right after the first's (pdfminer) is not the first story's deck.
        below = opening.get(under, ())
        chosen.update(di for di in below if di in near and di not in run_in
                      and not (textual and chosen and di not in shares)
                      and not opens_above(g, drafts[di]))
        for di in chosen:
            d = drafts[di]
            score = shares.get(di, 0) / size if size else 0.0  # the share of h's terms
            bonus = BEFORE_BONUS if under == d.start else 0.0
            if d.end >= 0 and g.start in (d.end + 1, d.end + 2):
                bonus = max(bonus, AFTER_BONUS)
            # best first, then by group and article (each pair once: the score never decides)
            candidates.append((-(score + bonus), gi, di, score))
    for _, gi, di, content in sorted(candidates):
        d, g = drafts[di], groups[gi]
        if gi in taken:
            continue
        # In text an extractor may part a headline from its deck: a second group that
        # clearly talks about the article joins it, as does one set right above its
        # first block (a deck over the byline).
        clear = textual and (content >= 2 * MIN_CONTENT_SCORE
                             or g.start + len(g.blocks) == d.start)
        own = [x for x in d.groups if not x.label]
        if own and not (g.banner or any(x.banner for x in own) or clear):
            continue
        if len(own) >= 2:
            continue
        d.groups.append(g)
        taken.add(gi)
    if textual:
        _leftovers_to_their_story(groups, drafts, grams, taken, placed)
    return [b for gi, g in enumerate(groups)
            if gi not in taken and id(g) not in placed for b in g.blocks]
