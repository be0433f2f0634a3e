"""The rules that part a page's furniture from its stories: the rule under the masthead
(furniture above it) and the rule over the folio line at the foot (furniture under it).

One rule for every input with geometry: scans and PDFs (``arrange``) and another
engine's page (``engine_kinds``, which gives no type measures).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..model import Box
from .rules import ACROSS

#: How far down the page the rule under the masthead lies: in its top 15%, or, for the
#: tall mastheads of older titles, up to this share (NZZ 1780-1814: 25-30%).
TOP_RULE_SHARE, MASTHEAD_SHARE = 0.15, 0.4
#: Share of the text's width that columns of body type above a rule in the top 15% cover
#: when a story stands there, not a masthead's ear, index or weather box.
STORY_ACROSS = 0.5


def top_rule(
    rules: Sequence[Box], text: Sequence[Box], height: float,
    body_above: Callable[[Box, bool], float] | None,
) -> Box | None:
    """The lowest rule across most of the text width near the top: furniture sits above it.

    Near the top means in the top 15% of the page, or, for the tall mastheads of older
    titles (a third of the page under a title, a woodcut, the date and the issue's
    contents), lower down as long as no column of body type stands above the rule.
    ``body_above(rule, story)`` gives the share of the text's width that columns of
    body type above a rule cover (``story``: none unless a heading stands right over
    one of them). In the top 15% a story set across the page's top, under the folio
    line, covers half of it: the rule under it is the story's, not the masthead's (whose
    ear or contents box stands beside its title, with no heading over it). None
    where type is not measured (an engine's page): the top 15% only, by position. The
    one rule for scans and PDFs (``arrange``) and engine pages.
    """
    extent = Box.enclosing(list(text))
    if extent is None:
        return None
    wide = [r for r in rules if r.w >= ACROSS * extent.w]
    for r in sorted(wide, key=lambda r: -r.y):
        if body_above is None:
            if r.y < TOP_RULE_SHARE * height:
                return r
            continue
        if r.y < TOP_RULE_SHARE * height and body_above(r, True) < STORY_ACROSS:
            return r
        if r.y < MASTHEAD_SHARE * height and body_above(r, False) == 0:
            return r
    return None


#: How far up from the page's foot the rule over its folio line lies (a share of the page).
FOOT_RULE_SHARE = 0.15


def foot_rule(rules: Sequence[Box], text: Sequence[Box], height: float, line: float) -> Box | None:
    """The rule across most of the text width near the page's foot with one line of type
    under it and nothing else: the folio line (``A1  THE TIMES``, ``第1版``), furniture.

    Its text, read as a paragraph after the last story, was scored as the page's last
    words (the truth reads it with the masthead). A story, a box of briefs or a story's
    last lines under a rule there stand more than one line tall, so they stay text.
    Returned as its middle line: a tilted rule's box is taller than the rule. Pieces
    narrower than a line is tall are left out: a speck or a sliver of noise in the margin
    by the rule is no type (C s203).
    """
    text = [t for t in text if t.w >= line]
    extent = Box.enclosing(text)
    if extent is None:
        return None
    for r in sorted(foot_rules(rules, extent.w, height), key=lambda r: r.y):
        mid = r.y + r.h // 2  # (a tilted rule's box is taller than the rule)
        under = [t for t in text if t.y >= mid]
        if (under and all(t.y >= mid or t.bottom <= mid for t in text)
                and max(t.bottom for t in under) - min(t.y for t in under) <= 1.5 * line):
            return Box(r.x, mid, r.w, 1)
    return None


def foot_rules(rules: Sequence[Box], width: float, height: float) -> list[Box]:
    """The rules that may stand over a page's folio line: across most of the text's
    ``width`` (``ACROSS``), their middle in the page's foot (``FOOT_RULE_SHARE``).

    The one test for the layout's foot rule (``foot_rule``) and for the folio read under
    a tilted one (``foot_folio``): a tilted rule's box is taller than the rule, so its
    middle, not its top, says where it lies.
    """
    return [r for r in rules if r.w >= ACROSS * width
            and r.y + r.h // 2 >= (1 - FOOT_RULE_SHARE) * height]
