"""Headline groups and the articles they head: by position on a page with geometry, by
the terms they share with an article's text on a page without.

An extractor often writes a headline after its article's body or at the very end of the
page, and runs a kicker, a headline and a deck together, or two articles' headlines into
one group; so on text pages a group is split where its headlines talk about different
articles, and each part goes to the article it talks about (or right before which it is
printed). Kept apart from the walk in ``ocr.assemble`` because these rules read only
heading blocks and article texts, never the reading order's cuts. A photo's title taken
from among the headings is ``ocr.photo_titles``; the kicker, headline and deck of the
groups an article holds, ``ocr.heading_roles``; how many of a heading's terms each
article shares, ``ocr.heading_terms``.
"""

from __future__ import annotations

import bisect
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import partial
from typing import Protocol, TypeVar

from .heading_terms import (
    MIN_CONTENT_SCORE,
    ArticleTerms,
    Shares,
    clear_story,
    leaning_story,
    near_stories,
)
from .heading_words import capitals_label
from .model import HEADLINE, Block
from .section_labels import brief_heads, cjk_label, label_of, label_runs

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


def split_groups(
    groups: list[HeadingGroup], grams: ArticleTerms, starts: list[int]
) -> list[HeadingGroup]:
    """Split a group where consecutive headlines clearly talk about different articles
    (an orphaned headline run into the next article's, or into the page's closing
    banner). A headline that matches nothing clearly goes with the one after it, as
    a kicker goes with its main headline."""
    out: list[HeadingGroup] = []
    for g in groups:
        if not g.blocks:
            continue
        near = near_stories(starts, g.start, g.banner)
        scored = [_scored(b, grams, near) for b in g.blocks]
        pair = None if g.banner else (_interleaved(scored) or _interleaved_with_labels(scored))
        if pair is not None:
            out.extend(HeadingGroup(start=g.start + k, blocks=g.blocks[k::2], owner=pair[k])
                       for k in (0, 1))
            continue
        clear = [clear_story(*x) for x in scored]
        best = list(clear)  # (``clear`` kept: ``brief_heads`` asks what each heads alone)
        labels = set()  # section labels that name their story (``section_labels``)
        for k, b in enumerate(g.blocks):
            if best[k] is None and (own := label_of(
                    b.text, partial(grams.holding_word, near=near))) is not None:
                best[k] = own
                labels.add(k)
        # A headline that shares a good part of its terms with one article, and at most
        # half as many with the article a headline next to it clearly talks about, is
        # that article's:
        # two stories' headline groups written one after the other (``高校毕业生专场招聘会
        # 提供`` / ``岗位1.2万个`` / ``我市进入主汛期`` / ``全力以赴做好防汛…``), or the
        # headlines of narrow stories side by side before their bodies (``春茶上市 茶农增收``
        # / ``市人民医院新门诊大楼投入使用``: the first shares two of its six terms with
        # its story, whose text goes on on another page). The headline before is asked
        # first, as a kicker goes with the headline after it only where neither is told.
        # Before a headline that talks about a later article, one that leans to the
        # article right under the group is that one's however many terms it shares with
        # the later one (headlines and bodies of narrow stories written in one order:
        # ``Storm knocks out power to 9,000`` / ``Transit agency proposes…`` / the storm
        # story / the transit story).
        under = bisect.bisect_right(starts, g.start + len(g.blocks) - 1)
        for order in (range(len(best)), range(len(best) - 1, -1, -1)):
            beside = None
            for k in order:
                if best[k] is None and beside is not None:
                    best[k] = _apart(scored[k], beside, under if order.step < 0 else None)
                beside = best[k] if best[k] is not None else beside
        for k in range(1, len(best)):
            if best[k] is None and g.blocks[k].text[:1].islower():
                best[k] = best[k - 1]  # a headline's wrapped rest (``homes``) goes with it
        for k in range(len(best) - 2, -1, -1):
            if best[k] is None:
                best[k] = best[k + 1]
        for k in range(1, len(best)):
            if best[k] is None:
                # A headline after the last one that matched goes with it, unless that
                # one matched a different article than the headline before it: then the
                # group ran two articles' headlines together, and this one is left for
                # content and position to place on its own.
                split = k >= 2 and best[k - 1] != best[k - 2] and best[k - 2] is not None
                best[k] = -k if split else best[k - 1]
        for k in range(len(best) - 1):  # a kicker or label goes with the headline under it
            if k not in labels and (
                    capitals_label(g.blocks[k].text) and not g.blocks[k + 1].text.isupper()
                    or cjk_label(g.blocks[k]) and not cjk_label(g.blocks[k + 1])):
                best[k] = best[k + 1]
        brief, below = brief_heads(g.start + len(g.blocks), g.banner, scored, clear, best,
                                   starts)
        # (the kicker over the brief's headline goes on with the headline it heads)
        movers = {j for j in range(len(best)) for k in brief if j < k and best[j] == best[k]}
        for k in brief:
            best[k] = below
        runs = label_runs(best, labels | movers)
        # (a part starts so that it ends where its last block stands)
        parts = [HeadingGroup(start=g.start + max(run) - len(run) + 1,
                              blocks=[g.blocks[k] for k in run]) for run in runs]
        for run, part in zip(runs, parts, strict=True):
            if all(k in labels for k in run):  # a label after the other story's headline
                part.owner, part.label = best[run[0]], True
            if all(k in brief for k in run):
                part.owner = below
        parts[-1].banner = g.banner
        out.extend(parts)
    return out


#: A heading leans to the article sharing this many of its terms at least, more than any
#: other shares, in ``_interleaved``.
INTERLEAVED_SHARED = 2


def _interleaved(scored: list[tuple[int, Shares]]) -> tuple[int, int] | None:
    """The two articles whose heading rows an extractor wrote in turn, if the group's
    headings (their sizes and shares) lean by turns to one and the other, four at least:
    two stories side by side, each a headline over a deck, read row by row across both
    (``让老年人在家门口吃上热乎饭`` / ``春茶上市 茶农增收`` / ``社区长者食堂覆盖所有街道`` /
    ``全县茶园面积达12.6万亩…``). Each heading need not share a candidate's bar with its
    story: a headline's few words of its story are enough where they alternate so."""
    if len(scored) < 4 or len(scored) % 2:
        return None
    tops = []
    for _, shared in scored:
        counts = sorted(shared.values(), reverse=True)
        if not counts or counts[0] < INTERLEAVED_SHARED or counts[1:2] == counts[:1]:
            return None
        tops.append(max(shared, key=shared.__getitem__))
    a, b = tops[0], tops[1]
    if a == b or any(t != (a, b)[k % 2] for k, t in enumerate(tops)):
        return None
    return a, b


def _interleaved_with_labels(scored: list[tuple[int, Shares]]) -> tuple[int, int] | None:
    """``_interleaved`` where some rows tell nothing by their words (a section label,
    ``灾后重建`` / ``人物``) or the rows are odd in number (the left story's deck, the
    right one having none): five rows and more, each row that shares a term leaning to
    its story alone, rows in turn to the one and the other, one silent row (its label)
    a story at most, each story told clearly
    (``INTERLEAVED_SHARED``) by one row at least (``灾后重建`` / ``人物`` / ``洪水退去以后``
    / ``十一岁棋童：…`` / ``柳溪县连夜清淤消杀，…``)."""
    if len(scored) < 5:
        return None
    sides: list[set[int]] = [set(), set()]
    clear: list[set[int]] = [set(), set()]
    silent = [0, 0]
    for k, (_, shared) in enumerate(scored):
        if not shared:
            silent[k % 2] += 1
            if silent[k % 2] > 1:
                return None  # (a label each at most: three stories' labels are three)
            continue
        counts = sorted(shared.values(), reverse=True)
        if counts[1:2] == counts[:1]:
            return None
        top = max(shared, key=shared.__getitem__)
        sides[k % 2].add(top)
        if counts[0] >= INTERLEAVED_SHARED:
            clear[k % 2].add(top)
    if not all(len(side) == 1 and side == told for side, told in zip(sides, clear, strict=True)):
        return None
    a, b = next(iter(sides[0])), next(iter(sides[1]))
    return (a, b) if a != b else None


#: ... sharing this many terms with it at least (one, ``city``, is chance: a question
#: set as a heading, ``Is the city ready?``, stays apart).
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


def _scored(block: Block, grams: ArticleTerms, near: range) -> tuple[int, Shares]:
    return grams.score(block.text, near)


def _apart(scored: tuple[int, Shares], beside: int, under: int | None = None) -> int | None:
    """The article a headline (its size and shares) leans to, if it is not ``beside``
    (the article a headline next to it clearly talks about) and shares at least twice
    as many of its terms as that one does (a kicker over ``社区长者食堂覆盖所有街道``
    that shares three terms with another story and two with its own stays its own), or
    it is ``under``, the article right under the group, and ``beside`` a later one."""
    leaning = leaning_story(*scored)
    shared = scored[1]
    if leaning is None or leaning == beside:
        return None
    if 2 * shared.get(beside, 0) > shared[leaning] and not (
            under is not None and leaning == under < beside):
        return None
    return leaning


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
