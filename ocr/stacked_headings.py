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
``headlines.split_groups``; a group placed here gets its ``owner``.
"""

from __future__ import annotations

from .heading_roles import CJK_LABEL_EMS
from .heading_terms import ArticleTerms, clear_story, leaning_story, near_stories
from .headlines import HeadingGroup
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
