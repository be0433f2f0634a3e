"""What a regular expression's matches open on, read from ``re``'s own parser.

The marker scan (``marker_scan``) runs a page's line-start patterns behind a lookahead for the
characters they can open on, and finds patterns that open on fixed words with
``str.find``: both read the pattern's parse. The parser is a private module; wherever its
shape is not the one this reading knows, or it answers a known question otherwise, every
answer is ``None`` (ask every line), which is always safe.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from functools import lru_cache
from typing import Any


def literal_openings(pattern: str) -> tuple[str, ...] | None:
    """The literal strings one of which every match of ``pattern`` opens with: its own
    opening literal, or each alternative's of an alternation it opens with (``(?:High|Low)
    ...``); ``None`` when it opens otherwise, case does not count, or the parse is not of
    the shape this reading knows (as ``opening_of``: ``None`` is always safe). A
    lookahead or lookbehind it opens with is passed over: it takes no character."""
    if _sre_parse is None:
        return None
    try:
        parsed = _sre_parse.parse(pattern)
        if parsed.state.flags & (re.IGNORECASE | re.LOCALE) or not len(parsed):
            return None
        items = list(parsed)
        while items and items[0][0] in _LOOKAROUNDS:  # (it takes no character)
            items.pop(0)
        if not items:
            return None
        op, av = items[0]
        if op is _sre.LITERAL:
            return (_literal_run(items),)
        if op is _sre.BRANCH:
            runs = tuple(_literal_run(alt) for alt in av[1])
            return runs if all(runs) else None
        return None
    except Exception:  # re.error, RecursionError, or a parse of another shape
        return None


#: ``held_chars`` names at most this many characters (a class of more says little).
HELD_CHARS_MOST = 8


@lru_cache(maxsize=256)
def held_chars(pattern: str) -> str | None:
    """Characters one of which every match of ``pattern`` holds (``摄`` or ``图`` of a
    Chinese photo credit's pattern), or ``None`` when no such few are known: a text that
    holds none of them is never matched, which ``str`` tells far faster than ``re``
    tries a pattern that backtracks. What a lookaround asks is not counted on (it takes
    no character of the match); ``None`` where case does not count or the parse is not
    of the shape this reading knows (as ``opening_of``: ``None`` is always safe). Kept
    by pattern: a reader asks it of the profile's credit pattern at every caption."""
    parsed = _parsed(pattern)
    try:
        found = _held(parsed) if parsed is not None else None
    except Exception:  # RecursionError, or a parse of another shape
        return None
    return "".join(sorted(found)) if found else None


def _held(items: Any) -> frozenset[str] | None:
    """Characters one of which every match of the parsed sequence ``items`` holds: the
    fewest that one of its items must take, or ``None``."""
    c = _sre
    best: frozenset[str] | None = None
    for op, av in items:
        found: frozenset[str] | None = None
        if op is c.LITERAL:
            found = frozenset(chr(av))
        elif op is c.IN:  # a class of a few characters, none negated or a range
            if all(item is c.LITERAL for item, _ in av) and len(av) <= HELD_CHARS_MOST:
                found = frozenset(chr(value) for _, value in av)
        elif op is c.SUBPATTERN:
            if av[1] & (re.IGNORECASE | re.LOCALE):
                return None
            found = _held(av[3])
        elif op is c.ATOMIC_GROUP:
            found = _held(av)
        elif op is c.BRANCH:
            alts = [_held(alt) for alt in av[1]]
            if all(a is not None for a in alts):
                found = frozenset().union(*alts)  # type: ignore[arg-type]
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            found = _held(av[2])
        if found and len(found) <= HELD_CHARS_MOST and (best is None or len(found) < len(best)):
            best = found
    return best


def _literal_run(items: Any) -> str:
    """The literal characters a parsed sequence opens with ('' for none)."""
    out = []
    for op, av in items:
        if op is not _sre.LITERAL:
            break
        out.append(chr(av))
    return "".join(out)


#: ``re``'s own parser and its names (private modules): what a pattern opens on is read
#: from its parse. Where a Python lacks them, no pattern gets a lookahead (same lines).
try:
    from re import _constants as _sre  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    _sre = _sre_parse = None  # type: ignore[assignment]
#: A lookahead or lookbehind a pattern opens with: its match opens with what follows.
_LOOKAROUNDS = (_sre.ASSERT, _sre.ASSERT_NOT) if _sre is not None else ()
#: A class item ``\d``, ``\s`` or ``\w`` as written, and its ASCII characters.
CATEGORIES = {"CATEGORY_DIGIT": (r"\d", string.digits), "CATEGORY_SPACE": (r"\s", " \t\n\r\f\v"),
               "CATEGORY_WORD": (r"\w", "_" + string.digits + string.ascii_letters)}
#: An opening: class items, each a character, a (first, last) range or a category's name.
Opening = set[tuple[str, str]]


class _AnyOpening(Exception):
    """A match may open on any character."""


def first_chars(pattern: str) -> str | None:
    """A character class (pattern text) that holds the first character of every match
    of ``pattern``, or ``None`` when a match may open on any character or be empty.

    Never narrower than the truth: an item the reading does not know (a negated class,
    ``.``, a backreference, a case-blind flag) makes it ``None``, and what a lookaround
    asks is not counted on."""
    opening = opening_of(pattern)
    if opening is None:
        return None
    parts = sorted(CATEGORIES[a][0] if a in CATEGORIES else re.escape(a) if a == b
                   else f"{re.escape(a)}-{re.escape(b)}" for a, b in opening)
    return f"[{''.join(parts)}]"


def opening_of(pattern: str) -> Opening | None:
    """What a match of ``pattern`` may open on, read from ``re``'s private parser, or
    ``None`` (every line is asked): a match may open on anything, or the parse is not of
    the shape this reading knows (another Python's parser): ``None`` is always safe."""
    parsed = _parsed(pattern)
    if parsed is None:
        return None
    try:
        out: Opening = set()
        return None if _open(parsed, out) else out
    except Exception:  # _AnyOpening, RecursionError, or a parse of another shape
        return None


def _parsed(pattern: str) -> Any | None:
    """``pattern`` as ``re``'s private parser reads it, or ``None`` where there is no
    such parser, the pattern does not parse, or case does not count (a reading of its
    characters would not hold)."""
    if _sre_parse is None:
        return None
    try:
        parsed = _sre_parse.parse(pattern)
    except Exception:  # re.error, RecursionError
        return None
    return None if parsed.state.flags & (re.IGNORECASE | re.LOCALE) else parsed


#: Answers the reading must give: where the parser reads otherwise (a Python whose private
#: parser changed shape without an error), no pattern gets a lookahead.
_KNOWN_OPENINGS = {"a?b": "[ab]", r"(?i:a)b": None, r"\d+": r"[\d]", "（下转": "[（]",
                   "(?:Continued|See) on": "[CS]", ".x": None, "[^a]b": None}


def _open(items: Any, out: Opening) -> bool:
    """Add to ``out`` what a match of the parsed sequence ``items`` may open on; whether
    it may match the empty string (then what follows it opens the match)."""
    c = _sre
    for op, av in items:
        if op is c.LITERAL:
            out.add((chr(av), chr(av)))
            return False
        if op is c.IN:
            for item, value in av:
                if item is c.LITERAL:
                    out.add((chr(value), chr(value)))
                elif item is c.RANGE:
                    out.add((chr(value[0]), chr(value[1])))
                elif item is c.CATEGORY and str(value) in CATEGORIES:
                    out.add((str(value), ""))
                else:  # a negated class, another category
                    raise _AnyOpening
            return False
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # takes no character: what follows opens the match
        if op is c.SUBPATTERN:
            if av[1] & (re.IGNORECASE | re.LOCALE):
                raise _AnyOpening
            if not _open(av[3], out):
                return False
        elif op is c.ATOMIC_GROUP:
            if not _open(av, out):
                return False
        elif op is c.BRANCH:
            if not any([_open(alt, out) for alt in av[1]]):  # every branch, not the first
                return False
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            if not _open(av[2], out) and av[0] > 0:
                return False
        else:  # any character, a backreference, a conditional
            raise _AnyOpening
    return True


def held_within_lines(pattern: str) -> bool:
    """Whether every try of ``pattern`` that is not given back (a possessive repeat, an
    atomic group) takes no line break: in a page's lines joined, such a try then takes
    the same characters of a line as it does of the line alone (it stops where the line
    ends), so the pattern matches each line as it matches in the page. ``False`` where
    some may take one, or the parse is not of the shape this reading knows."""
    return _reads(pattern, _held_within)


def _reads(pattern: str, read: Callable[[Any], bool]) -> bool:
    """``read`` of ``pattern``'s parse; ``False`` (the safe answer) where there is no
    parser, the pattern does not parse, or its parse is of a shape ``read`` does not
    know."""
    if _sre_parse is None:
        return False
    try:
        return read(_sre_parse.parse(pattern))
    except Exception:  # re.error, RecursionError, or a parse of another shape
        return False


def _held_within(items: Any) -> bool:
    c = _sre
    for op, av in items:
        if op is c.ATOMIC_GROUP:
            if _may_break(av):
                return False
        elif op is c.POSSESSIVE_REPEAT:
            if _may_break(av[2]):
                return False
        elif op is c.SUBPATTERN:
            if not _held_within(av[3]):
                return False
        elif op is c.BRANCH:
            if not all(_held_within(alt) for alt in av[1]):
                return False
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            if not _held_within(av[2]):
                return False
        elif op in (c.ASSERT, c.ASSERT_NOT):
            if not _held_within(av[1]):
                return False
        elif op is c.GROUPREF_EXISTS:  # (?(1)yes|no): not read, so not held
            return False
    return True


#: Class categories that hold no line break.
_NO_BREAK = frozenset({"CATEGORY_DIGIT", "CATEGORY_WORD", "CATEGORY_NOT_SPACE"})


def _may_break(items: Any) -> bool:
    """Whether the parsed sequence ``items`` may match a line break (an item this
    reading does not know may)."""
    c = _sre
    for op, av in items:
        if op is c.LITERAL:
            if av == 10:
                return True
        elif op is c.IN:
            for item, value in av:
                if item is c.LITERAL:
                    if value == 10:
                        return True
                elif item is c.RANGE:
                    if value[0] <= 10 <= value[1]:
                        return True
                elif not (item is c.CATEGORY and str(value) in _NO_BREAK):
                    return True  # a negated class, another category
        elif op is c.SUBPATTERN:
            if _may_break(av[3]):
                return True
        elif op is c.ATOMIC_GROUP:
            if _may_break(av):
                return True
        elif op is c.BRANCH:
            if any(_may_break(alt) for alt in av[1]):
                return True
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            if _may_break(av[2]):
                return True
        elif op is not c.AT:  # any character, a lookaround, a backreference
            return True
    return False


def covered(opening: Opening) -> set[int]:
    """The characters an opening holds, counting a category's ASCII ones only."""
    out: set[int] = set()
    for a, b in opening:
        if a in CATEGORIES:
            out.update(map(ord, CATEGORIES[a][1]))
        else:
            out.update(range(ord(a), ord(b) + 1))
    return out


def opens_at_start(pattern: str) -> bool:
    """Whether every match of ``pattern`` opens at the start of the text (each
    alternative opens on ``^`` or ``\\A``, not at a line's start: no ``MULTILINE``), so
    that a search finds nothing a match at the start would not. ``False`` where the
    parse is not of a shape this reading knows (a search is always safe)."""
    return _reads(pattern, lambda parsed: not parsed.state.flags & re.MULTILINE
                  and _at_start(parsed.data))


def _at_start(items: Any) -> bool:
    """Whether the parsed sequence ``items`` opens on ``^`` or ``\\A`` in each of its
    alternatives (a group's, unless that group turns ``MULTILINE`` on): anything else
    first may match further on, so the pattern must be searched."""
    if not items:
        return False
    op, av = items[0]
    if op is _sre.AT:
        return av in (_sre.AT_BEGINNING, _sre.AT_BEGINNING_STRING)
    if op is _sre.BRANCH:
        return all(map(_at_start, av[1]))
    if op is _sre.SUBPATTERN:
        return not av[1] & re.MULTILINE and _at_start(av[3])
    return False


#: Answers ``held_chars`` must give (see ``_KNOWN_OPENINGS``).
_KNOWN_HELD_CHARS = {r"\s*(?<!x)摄$|(图|图片)/": "图摄", r"[ab]+c?": "ab", r"x?y*": None,
                     r"(?i)a": None, r"(?=a)b|c": "bc", r"[^a]b{0}": None, r"(?:ab|\d)c": "c"}
#: Answers ``held_within_lines`` must give (see ``_KNOWN_OPENINGS``).
_KNOWN_HELD = {r"[A-Z]++\s+x": True, r"(?>\w+)\s": True, r"\s++x": False, r"[^/]++": False,
               r"(?:a\s)*+": False, r"a+$": True, r"(a)?(?(1)\s*+|b)": False}
#: Answers ``opens_at_start`` must give (see ``_KNOWN_OPENINGS``).
_KNOWN_AT_START = {r"^\s*a": True, r"(?:^a)|(?:^\s*b)": True, r"(?:^a)|(?:b)": False,
                   r"(?m)^a": False, r"(?:(?m:^a))": False, r"\Aa|^b": True, r"a^": False}
if any(first_chars(p) != want for p, want in _KNOWN_OPENINGS.items()) or any(
        opens_at_start(p) != want for p, want in _KNOWN_AT_START.items()) or any(
        held_within_lines(p) != want for p, want in _KNOWN_HELD.items()) or any(
        held_chars(p) != want for p, want in _KNOWN_HELD_CHARS.items()):  # pragma: no cover
    _sre_parse = None  # type: ignore[assignment]  # see _KNOWN_OPENINGS
