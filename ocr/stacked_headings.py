"""Headline groups an extractor wrote stacked, with no text between them: which story
each later one (a deck, a second headline line) heads, told by the words it shares.

Where modules stand side by side, an extractor reads their heading rows across the
page: the left story's headline, the right story's, then the left story's deck, and
only then the texts (``Jury clears contractor`` / ``Commuter rail extension…`` /
``Panel deliberated nine hours…`` / the rail story's byline). The order alone gives
the deck to the story read right under the stack, whose headline it is not; its words
tell which of the stack's stories it belongs to. pdfminer writes the section labels
set over side-by-side stories after all their headlines (``锡剧新编历史剧…`` /
``老画家邵启文辞世…`` / ``文化`` / ``追思``): two letters tell nothing by their words, but as
many labels as headlines follow in the headlines' order. Asked by ``assemble`` after
``heading_splits.split_groups``; a group placed here gets its ``owner``.
"""

from __future__ import annotations

from .glued_headlines import glued_part
from .heading_roles import CJK_LABEL_EMS
from .heading_terms import ArticleTerms, clear_story, leaning_story, near_stories
from .heading_words import capitals_label
from .headlines import HeadingGroup
from .model import Block
from .script import is_han
from .typography import text_width


def stacked_owners(groups: list[HeadingGroup], grams: ArticleTerms, starts: list[int]) -> None:
    """Give a group stacked after the headlines of two stories at least to the one of
    them whose text shares its words when the story read right under the stack, which
    the order would give it to, shares at most half as many (none where it shares one:
    a deck's few words of its story are enough among the stack's two or three)."""
    live = [g for g in groups if g.blocks and not g.banner]
    for run in _runs(live):
        end = run[-1].start + len(run[-1].blocks)
        under = next((i for i, s in enumerate(starts) if s == end), None)
        if under is None:
            continue
        heads: list[int] = []  # the stories the stack's groups so far clearly head
        leans: list[int | None] = []  # and the story each group leans to
        for g in run:
            near, text = near_stories(starts, g.start), " ".join(b.text for b in g.blocks)
            grams.score(text, near)  # (scored and taken: what ``attach`` is owed stays)
            size, shares = grams.take(text, near)
            best = g.owner if g.owner is not None else clear_story(size, shares)
            leans.append(best if best is not None else leaning_story(size, shares))
            if best is not None:
                heads.append(best)
                continue
            told = set(heads) | {under}
            if len(told) < 2:
                continue
            top = max(told, key=lambda i: (shares.get(i, 0), i == under))
            rest = max(shares.get(i, 0) for i in told if i != top)
            if top != under and shares.get(top, 0) >= max(1, 2 * rest):
                g.owner = top
        _labels_in_turn(run, leans)


def _labels_in_turn(run: list[HeadingGroup], leans: list[int | None]) -> None:
    """The CJK labels that end a stack, as many as the groups before them, each leaning
    to a story of its own, go to those stories in turn."""
    k = len(run)
    while k and _label(run[k - 1]) and run[k - 1].owner is None:
        k -= 1
    labels, stories = run[k:], leans[:k]
    if len(labels) < 2 or len(labels) != k or None in stories or len(set(stories)) != k:
        return
    for g, story in zip(labels, stories, strict=True):
        g.owner, g.label = story, True


def _label(g: HeadingGroup) -> bool:
    """A section label's shape in CJK text: one block of a few letters (``追思``)."""
    text = "".join(g.blocks[0].text.split()) if len(g.blocks) == 1 else ""
    return bool(text) and all(map(is_han, text)) and text_width(text) <= CJK_LABEL_EMS


def _runs(groups: list[HeadingGroup]) -> list[list[HeadingGroup]]:
    """Groups written one right after another (each starts where the one before ends),
    three at least: two stories' headlines and what follows them."""
    runs: list[list[HeadingGroup]] = []
    for g in sorted(groups, key=lambda g: g.start):
        if runs and runs[-1][-1].start + len(runs[-1][-1].blocks) == g.start:
            runs[-1].append(g)
        else:
            runs.append([g])
    return [r for r in runs if len(r) >= 3]


def kickers_in_turn(
    groups: list[HeadingGroup], grams: ArticleTerms, starts: list[int]
) -> list[HeadingGroup]:
    """Two or more kickers written one after another, then the stacks' headlines: each
    kicker goes over the headline of its own story, which the order alone gives to the
    headline right under the last of them or to none.

    Stories set side by side each under a kicker (``END OF AN ERA`` / ``OUR VIEW`` /
    ``OUTDOORS``) have their kickers on one row, which both pdftotext and pdfminer write
    across before any headline; then the stacks' headlines follow, the left one first
    where the rows are read across (``WCVF signs off…`` / ``Hollow Creek's miners…`` /
    ``Bird count finds…``). A kicker has too few words to tell its story (``_most``),
    but the headlines under the row do: as many headlines as kickers, each opening the
    stack of a story of its own, pair with the kickers in the row's order, unless a
    kicker clearly names one of those stories by its words (``HOLLOW CREEK MINE`` over
    the right stack, which pdfminer may write first). Each kicker then heads its headline's
    group, placed over it (a group ends where its last block stands)."""
    out = sorted((g for g in groups if g.blocks), key=lambda g: g.start)
    k = 0
    while k < len(out):
        paired = _paired_kickers(out, k, grams, starts)
        k += 1
        if paired is None:
            continue
        taken = {id(b) for b, _ in paired}
        for g in out:  # (the groups kept as they are: a story may hold one already)
            rest = [b for b in g.blocks if id(b) not in taken]
            g.start, g.blocks = g.start + len(g.blocks) - len(rest), rest
        for kicker, (gi, story) in paired:
            g = out[gi]
            g.start, g.blocks = g.start - 1, [kicker, *g.blocks]
            if g.owner is None:
                g.owner = story
        last = out[max(gi for _, (gi, _) in paired)]
        out = [g for g in out if g.blocks]
        k = next(i for i, g in enumerate(out) if g is last) + 1
    return out


#: Headline groups after a row of kickers looked through for their stacks' headlines,
#: per kicker: a stack's headline and deck, a glued row.
STACK_GROUPS = 2


def _paired_kickers(
    groups: list[HeadingGroup], k: int, grams: ArticleTerms, starts: list[int]
) -> list[tuple[Block, tuple[int, int]]] | None:
    """The kickers the run of headings opening at group ``k`` starts with, each with the
    group (its index) of its story's headline and the story, if the row pairs off."""
    run: list[tuple[int, Block]] = []  # (group index, block) of the run written in a row
    for gi in range(k, len(groups)):
        if run and groups[gi].start != groups[gi - 1].start + len(groups[gi - 1].blocks):
            break
        run.extend((gi, b) for b in groups[gi].blocks)
    kickers = []
    for _, b in run:
        if not capitals_label(b.text):
            break
        kickers.append(b)
    # A row of kickers opens its run of headings, never the page's first: that one
    # holds the page's section label (``BUSINESS & AG``, ``COMMUNITY``), which no shape
    # tells from a kicker nor the stacks under it from one stack and its neighbour's.
    if len(kickers) < 2 or k == 0 or (groups[k - 1].start + len(groups[k - 1].blocks)
                                      == groups[k].start):
        return None
    first = run[len(kickers)][0] if len(run) > len(kickers) else None
    if first is None:
        return None
    near = near_stories(starts, groups[k].start)
    heads: list[tuple[int, int]] = []  # (group index, story) of each stack's headline
    last = run[-1][0]  # (the stacks are written in the row's run of headings)
    for gi in range(first, min(last + 1, first + STACK_GROUPS * len(kickers))):
        if gi > first and capitals_label(groups[gi].blocks[0].text):
            break  # (another row of kickers)
        head = next(b for b in groups[gi].blocks if not capitals_label(b.text)) if gi == first \
            else groups[gi].blocks[0]  # (a stack's headline opens its group)
        if any(map(glued_part, groups[gi].blocks)):
            return None  # (rows written across: the kickers' order is no row's)
        story = groups[gi].owner
        if story is None:
            story = leaning_story(*_scored(head.text, grams, near))
        if story is not None and story not in {s for _, s in heads}:
            heads.append((gi, story))
        if len(heads) == len(kickers):
            break
    if len(heads) != len(kickers):
        return None
    stories = [s for _, s in heads]
    named: dict[int, int] = {}  # kicker -> the story its words clearly name
    for i, b in enumerate(kickers):
        shares = {s: n for s, n in _scored(b.text, grams, near)[1].items() if s in stories}
        if not shares:
            continue
        story = max(shares, key=shares.__getitem__)
        rest = max((n for s, n in shares.items() if s != story), default=0)
        # (one word is enough among the row's two or three stories where no other holds
        # it, ``COURTS``; a label's few words by chance in every story name none)
        if story not in named.values() and (rest == 0 or shares[story] >= max(2, 2 * rest)):
            named[i] = story
    unnamed = iter(s for s in stories if s not in named.values())
    order = [named[i] if i in named else next(unnamed) for i in range(len(kickers))]
    return [(b, heads[stories.index(s)]) for b, s in zip(kickers, order, strict=True)]


def _scored(text: str, grams: ArticleTerms, near: range) -> tuple[int, dict[int, int]]:
    """A heading's shares, scored and taken at once (what ``attach`` is owed stays)."""
    grams.score(text, near)
    return grams.take(text, near)
