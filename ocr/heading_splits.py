"""A headline group split where its headlines talk about different articles: text only.

An extractor runs a kicker, a headline and a deck together, or two articles' headlines
into one group, or the heading rows of two stories set side by side in turn; so on a
page without geometry ``split_groups`` parts a group where its headlines lean to
different articles (``ArticleTerms``: the terms each shares), and each part then goes to
the article it talks about (``headlines.attach``). Apart from ``ocr.headlines``, which
keeps the groups and gives them to their articles, because this one pass over each
group's rows is asked once (``assemble``, before ``attach``) and holds rules of its own:
the rows of two stories read in turn (``_interleaved``), a headline leaning away from
the one beside it (``_apart``), kickers and labels with the headline under them.
"""

from __future__ import annotations

import bisect
from functools import partial

from .heading_terms import ArticleTerms, Shares, clear_story, leaning_story, near_stories
from .heading_words import capitals_label
from .headlines import HeadingGroup
from .model import Block
from .section_labels import brief_heads, cjk_label, label_of, label_runs


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
