"""Marker lines: what a printed line announces by its form alone (a jump line, furniture,
a photo credit, a byline), matched against the profile's compiled patterns.

A reader, classification and assembly all ask; this is the one place that answers.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .model import BlockKind, Line
from .profiles import CompiledMarkers, Pattern

try:  # re's own parser (Python 3.11 on): what a pattern spells, for ``required_text``
    from re import _parser as _sre  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another re: no shortcut, the same results
    _sre = None


def marker_kind(
    text: str, m: CompiledMarkers, floating: tuple[Pattern, ...] | None = None
) -> BlockKind | None:
    """The kind a single printed line announces by its form alone, if any.

    ``floating`` (default: all of ``m.floating``) are the floating patterns that may
    match this line: ``floating_lines`` tells which of a page's lines the others miss."""
    t = text.strip()
    if not (m.anchored and m.anchored.match(t)):
        for p in m.floating if floating is None else floating:  # a plain loop: every line
            if p.search(t):
                break
        else:
            return None
    if any(p.fullmatch(t) for p in m.jump_to) or any(p.fullmatch(t) for p in m.jump_from):
        return BlockKind.JUMP
    if m.furniture and m.furniture.search(t):
        return BlockKind.FURNITURE
    if m.credit and m.credit.match(t):
        return BlockKind.CREDIT
    if m.byline and (found := m.byline.match(t)) and found.end() >= len(t):
        return BlockKind.BYLINE
    return None


def split_marked(
    kind: BlockKind, lines: list[Line], markers: CompiledMarkers
) -> list[tuple[BlockKind, list[Line]]]:
    """Take a byline off the top of a body block and a credit off the foot of a caption.

    A byline set one line above the text, or a credit tight under its caption,
    leaves no white band for layout analysis to cut at; the words tell them apart
    (the scan path asks before it makes its blocks).
    """
    if markers.byline is not None and kind in (
        BlockKind.BODY,
        BlockKind.SUBHEADLINE,
        BlockKind.KICKER,
    ):
        if markers.byline.match(lines[0].text):
            if len(lines) == 1:
                return [(BlockKind.BYLINE, lines)]
            if kind == BlockKind.BODY:
                return [(BlockKind.BYLINE, lines[:1]), (BlockKind.BODY, lines[1:])]
    if kind == BlockKind.CAPTION and len(lines) > 1 and markers.credit is not None:
        if markers.credit.match(lines[-1].text):
            return [(BlockKind.CAPTION, lines[:-1]), (BlockKind.CREDIT, lines[-1:])]
    return [(kind, lines)]


def floating_lines(text: str, m: CompiledMarkers) -> tuple[tuple[Pattern, ...], set[int]]:
    """Which lines of ``text`` (numbered as in ``text.split("\\n")``) a floating pattern
    may match: (the patterns that may match any line, the lines where the others may).

    Most floating patterns hold a word every match spells (``High``, ``Monday,``, ``气温``):
    a line without one is not searched. The words are found in the page's text once,
    instead of each pattern searching each line; a line that is part of a line of ``text``
    is searched as before wherever its line holds one of the words."""
    everywhere: list[Pattern] = []
    found: list[int] = []
    for p in m.floating:
        words = required_text(p)
        if words is None:
            everywhere.append(p)
            continue
        for word in words:
            at = text.find(word)
            while at >= 0:
                found.append(at)
                at = text.find(word, at + 1)
    lines, line, last = set(), 0, 0
    for at in sorted(found):  # line numbers counted as the offsets go: linear in the text
        line, last = line + text.count("\n", last, at), at
        lines.add(line)
    return tuple(everywhere), lines


def required_text(pattern: Pattern) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` holds, or ``None`` when none is
    known (a pattern a user's profile runs on the ``regex`` module, one that ignores
    case, or one made of classes and repeats only). Read from ``re``'s own parse."""
    if not isinstance(pattern, re.Pattern) or pattern.flags & re.IGNORECASE:
        return None
    return _required_text(pattern.pattern, pattern.flags)


@lru_cache(maxsize=256)
def _required_text(pattern: str, flags: int) -> tuple[str, ...] | None:
    try:
        parsed = _sre.parse(pattern, flags)
        sets = _required(list(parsed))
    except Exception:  # noqa: BLE001 - a parser that changed: no shortcut, same results
        return None
    sets = [s for s in sets if s and "" not in s]
    if not sets:
        return None
    best = max(sets, key=lambda s: (min(map(len, s)), -len(s)))
    return tuple(sorted(best))


#: Most strings one part of a pattern may spell for ``required_text`` to list them.
_MAX_SPELLINGS = 64


def _required(items: list[Any]) -> list[frozenset[str]]:
    """Sets of strings, each of which holds a string of every match of ``items``."""
    rp: Any = _sre
    out: list[frozenset[str]] = []
    run: set[str] | None = None  # what the exact items so far spell, in a row
    for op, av in items:
        exact = _exact([(op, av)])
        if exact is not None:
            run = exact if run is None else {a + b for a in run for b in exact}
            if len(run) <= _MAX_SPELLINGS:
                continue
            exact = None
        if run is not None and len(run) <= _MAX_SPELLINGS:
            out.append(frozenset(run))
        run = None
        if op is rp.SUBPATTERN and not av[1] & re.IGNORECASE:
            out.extend(_required(list(av[3])))
        elif op in (rp.MAX_REPEAT, rp.MIN_REPEAT, rp.POSSESSIVE_REPEAT) and av[0] >= 1:
            out.extend(_required(list(av[2])))
        elif op is rp.ATOMIC_GROUP:
            out.extend(_required(list(av)))
        elif op is rp.BRANCH:
            per = [_required(list(b)) for b in av[1]]
            if all(per):
                out.append(frozenset().union(*(max(s, key=lambda x: min(map(len, x)))
                                               for s in per)))
    if run is not None and len(run) <= _MAX_SPELLINGS:
        out.append(frozenset(run))
    return out


def _exact(items: list[Any]) -> set[str] | None:
    """The strings ``items`` match, when they match only a few fixed ones."""
    rp: Any = _sre
    spelt = {""}
    for op, av in items:
        if op is rp.LITERAL:
            alts: set[str] | None = {chr(av)}
        elif op is rp.SUBPATTERN and not av[1] & re.IGNORECASE:
            alts = _exact(list(av[3]))
        elif op is rp.BRANCH:
            alts = set()
            for branch in av[1]:
                one = _exact(list(branch))
                if one is None:
                    return None
                alts |= one
        elif op is rp.IN and all(o is rp.LITERAL for o, _ in av):
            alts = {chr(c) for _, c in av}
        else:
            return None
        if alts is None:
            return None
        spelt = {a + b for a in spelt for b in alts}
        if len(spelt) > _MAX_SPELLINGS:
            return None
    return spelt
