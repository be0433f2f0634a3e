"""A deck that runs on past a band of white: the piece under it in its own face is deck.

Layout may part a deck of four lines in a narrow column where the white between two of
its lines is a little wider (``Fish ladder built in / 2019 credited with`` over ``the
return of / spawning fish``): the lower piece, with no heading right over it, was taken
for the story's first lines, and the byline under it then opened an article of its own.
A deck's face is not the body's (``kinds``: italic, or lighter or heavier strokes): the
piece right under a deck in the same italic face and type size goes on with it.

A deck set in one column's measure runs to twice the lines of one over the columns, and
its face tells where it ends: the story's photo or its bold byline stands right under it
(``deck_ends_over``), never more of the deck's italic.
"""

from __future__ import annotations

from ..model import BlockKind
from ..typography import BYLINE_LINES, deck_holds
from .blocks import Region
from .merge import join_regions
from .slant import ITALIC
from .type_page import stacked

#: Type sizes within this share of each other are one size (a body's lines vary by 5%).
SAME_SIZE = 0.05
#: A deck's last line alone measures up to this much larger than the deck: an italic
#: ``f`` runs from ascender to descender and lifts the tall end of so few letters
#: (``return of spawning fish``: 1.19).
TAIL_SIZE = 1.25


def deck_held(r: Region, lines: int, most: int) -> bool:
    """``r`` of ``lines`` lines holds no more than a deck: ``most`` lines, or a few
    more short ones (a narrow column's) no longer in all than a deck's type holds
    (``typography.deck_holds``, the one measure of a deck's length)."""
    return deck_holds(lines, most, sum(ln.w for ln in r.lines), r.size)


def deck_ends_over(r: Region, text: list[Region], pictures: list[Region], body: float,
                   heavy: float) -> bool:
    """``r``, italic, stops right over its story's photo or over a line or three of type
    heavier than ``heavy`` (a byline set bold, ``Our correspondent``): where a deck ends
    and its story begins. Pool V sets a narrow column's deck in six lines (``No
    appointment / needed at the / … / and older welcome`` over the photo; 57-72 of its
    type sizes along its lines, past ``typography.DECK_EMS``); a story's text set in italic runs on
    in its own face. With no body face measured (``heavy`` 0) no line is heavier."""
    if r.slant < ITALIC:
        return False
    o = _right_under(r, [*text, *pictures], body)
    if o is None or not o.lines:
        return o is not None and o.kind == BlockKind.ILLUSTRATION
    return (len(o.lines) <= BYLINE_LINES and o.slant < ITALIC
            and heavy > 0 and o.weight >= heavy)


def _right_under(r: Region, regions: list[Region], body: float) -> Region | None:
    """The region nearest under ``r``, within a line and a half of ``body``, across half
    the narrower of the two."""
    under = [(o.box.y - r.box.bottom, o) for o in regions
             if o is not r and stacked(r.box, o.box, 1.5 * body)]
    return min(under, key=lambda g: g[0])[1] if under else None


def deck_run_on(regions: list[Region], body: float, most: int) -> list[Region]:
    """``regions`` with each body piece of up to ``most`` lines right under a deck (a
    subheadline within a line and a half of ``body``), italic as it is and in its size
    (a last line alone: ``TAIL_SIZE``), joined to that deck (chained down: one deck,
    read as one). Or whatever its type measured, right over the story's photo: no text
    of the story stands between its deck and its photo (``planned, / executives say``
    under a four-line italic deck, its few letters measured slant 1.04, a size under it)."""
    out = list(regions)
    pictures = [r for r in regions if r.kind == BlockKind.ILLUSTRATION]
    changed = True
    while changed:
        changed = False
        for r in out:
            if r.kind != BlockKind.BODY or not r.lines or len(r.lines) > most:
                continue
            photo = (under := _right_under(r, out, body)) is not None and under in pictures
            if r.slant < ITALIC and not photo:
                continue
            deck = next((d for d in out if d.kind == BlockKind.SUBHEADLINE
                         and d.slant >= ITALIC and stacked(d.box, r.box, 1.5 * body)
                         and (photo or abs(r.size - d.size) <= SAME_SIZE * d.size or (
                             len(r.lines) == 1 and d.size <= r.size <= TAIL_SIZE * d.size))),
                        None)
            if deck is not None:
                out = [join_regions(deck, r, BlockKind.SUBHEADLINE) if o is deck else o
                       for o in out if o is not r]
                changed = True
                break
    return out
