"""Which lines of a page a marker pattern may match: the page-wide scan.

``marker_kind`` (``markers``) asks a line's patterns one line at a time; most lines of a
page are running text that no marker pattern matches. Here the page's patterns run once
over its lines joined, and only the lines their matches reach are asked (``maybe_marked``);
the lines no pattern may match are kept (``CLEARED``) so that ``marker_kind`` answers them
at once. The pattern-text helpers the scan and ``markers`` share are here too.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress, count
from operator import add

from .pattern_openings import (
    covered,
    first_chars,
    held_chars,
    held_within_lines,
    literal_openings,
    opening_of,
)
from .profiles import CompiledMarkers, Markers, Profile, either

__all__ = ["CLEARED", "REFERS", "cleared", "maybe_marked", "plain_groups"]

#: A pattern that refers to a group by number or name (a backreference, a conditional):
#: set among others, its groups are numbered anew. (An escaped backslash counts too.)
REFERS = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


def maybe_marked(texts: Sequence[str], profile: Profile, lang: str) -> set[int] | None:
    """Which of a page's lines (``texts``, none with a line break in it) a marker
    pattern or a dateline of ``profile`` may match: ``marker_kind`` of any other line is
    ``None``, and no byline or dateline pattern matches at its start. ``None``: ask
    every line (a user's own patterns).

    Asking each line cost a page three pattern calls a line or more; here a pattern runs
    once over the page's lines joined (``^`` and ``$`` match at each line's ends), and
    the lines its matches reach are the ones to ask. A match on a line is a match in the
    page, whose other lines only add characters around it, and the page's matches found
    one after another reach every line one of them starts on. That holds unless the
    pattern asks for something to be absent (``_ASKS_ABSENCE``: a word not at a line's
    end), which the page may not lack where the line does. Such a pattern is run over
    the page without those asks where it can be (``_without_absence``: it matches more),
    and the lines it reaches are asked (``vetted``); else it is asked only of the lines
    that start as it can or, searched for anywhere in a line, of those holding a literal
    each of its matches opens with (``by_line``).
    """
    m = profile.patterns(lang)
    kept = _SCANNED.get(id(m))  # by identity: ``_scan``'s own key hashes every pattern
    if kept is None or kept[0] is not m:
        if len(_SCANNED) >= 64:
            _SCANNED.clear()
        kept = _SCANNED[id(m)] = m, _scan(profile.markers_for(lang), m)
    scan = kept[1]
    if scan is None:
        return None
    lines = list(map(str.strip, texts))
    page = "\n" + "\n".join(lines)  # each line starts after a line break
    # (each line's start: 1, and the lengths before it, each with its line break, from C)
    starts = list(map(add, accumulate(map(len, lines), initial=1), count()))
    found: set[int] = set()
    # A match at a line's start begins with the break before the line: not that line.
    for skip, patterns in ((1, scan.at_line_start), (0, scan.anywhere)):
        for p in patterns:
            for hit in _finditer(p, page, scan.openings.get(p)):
                first = bisect.bisect_right(starts, hit.start() + skip) - 1
                last = bisect.bisect_right(starts, hit.end()) - 1
                found.update(range(first, last + 1))
    for ask, opening, literals in scan.by_line:  # each line in one call from C
        if literals is not None:  # only the lines that hold a literal a match opens with
            held = list(compress(range(len(lines)), map(_any_of(literals).search, lines)))
            found.update(compress(held, map(ask, map(lines.__getitem__, held))))
        elif opening is None:
            found.update(compress(range(len(lines)), map(ask, lines)))
        else:  # only the lines that start with a character a match can start with
            ahead = [bisect.bisect_right(starts, hit.start() + 1) - 1
                     for hit in opening.finditer(page)]
            found.update(compress(ahead, map(ask, map(lines.__getitem__, ahead))))
    for ask, loose in scan.vetted:
        reached: set[int] = set()
        for hit in loose.finditer(page):
            first = bisect.bisect_right(starts, hit.start() + 1) - 1
            reached.update(range(first, bisect.bisect_right(starts, hit.end())))
        held = sorted(reached)
        found.update(compress(held, map(ask, map(lines.__getitem__, held))))
    CLEARED[0] = m, frozenset(lines).difference(map(lines.__getitem__, found))
    return found


#: ``_scan`` of the markers scanned last, by ``id`` (each kept with its markers, so an
#: ``id`` is not reused while it is held): its cache hashed every compiled pattern of
#: the key at each page (0.2 M instructions).
_SCANNED: dict[int, tuple[CompiledMarkers, _Scan | None]] = {}


#: The markers ``maybe_marked`` asked last, and the texts (stripped) of the lines it
#: found no marker pattern may match: ``marker_kind`` of each is ``None`` for those
#: markers, and says so at once. Classification asks it of the one-line blocks of the
#: page just read, which the reader passed over (some 36 a page, each some 14,000
#: instructions). A fact of the text and the markers alone: any thread's page may use
#: it. (Held until the next page is read: one set of a page's lines; one slot, so that
#: ``markers`` reads the one ``maybe_marked`` wrote.)
CLEARED: list[tuple[CompiledMarkers | None, frozenset[str]]] = [(None, frozenset())]


def cleared(text: str, m: CompiledMarkers) -> bool:
    """Whether ``maybe_marked`` found, for the markers ``m``, that no marker pattern may
    match the line ``text`` (as stripped) of the page read last, and no byline or
    dateline pattern at its start (``CLEARED``): it announces nothing, opens no story."""
    held = CLEARED[0]
    return text in held[1] and held[0] is m


#: An inline flag that lets white space and comments stand in a pattern.
_VERBOSE = re.compile(r"\(\?[aiLmsu-]*x")


#: What a pattern may ask for that a line lacks and its page has (no character, or
#: no match, after or before a point; a start or end of the text): such a pattern may
#: match a line and not the page around it. Found in the pattern's text, so a few
#: harmless ones are taken too (an escaped ``\\A``).
_ASKS_ABSENCE = ("\\A", "\\Z", "(?!", "(?<!")
#: A try not given back (an atomic group, a possessive repeat) may too, where it may take
#: a line break (``held_within_lines`` reads the pattern: a word taken whole may not).
_HOLDS = ("(?>", "++", "*+", "?+", "}+")


@dataclass(frozen=True)
class _Scan:
    """``maybe_marked``'s patterns: run over the page, or asked of each line."""

    at_line_start: tuple[re.Pattern[str], ...]  # each matches from a line break
    anywhere: tuple[re.Pattern[str], ...]
    #: A pattern's match or search, and (for a match) a pattern that finds the line
    #: breaks before the lines it may match, by their first character.
    #: A search may instead come with the literals one of which opens each of its matches
    #: (``literal_openings``): it is asked only of the lines that hold one.
    by_line: tuple[tuple[Callable[[str], re.Match[str] | None], re.Pattern[str] | None,
                         tuple[str, ...] | None], ...]
    #: The literals one of which opens every match of a pattern ``anywhere`` (those of
    #: the patterns that open so: ``literal_openings``).
    openings: dict[re.Pattern[str], tuple[str, ...]]
    #: Patterns at a line's start that ask for something to be absent (``(?!By\s)``), as
    #: an alternation's match, and that alternation without those asks run over the page
    #: from each line break (it matches every line they match): the lines its matches
    #: reach are asked.
    vetted: tuple[tuple[Callable[[str], re.Match[str] | None], re.Pattern[str]], ...] = ()


@lru_cache(maxsize=64)
def _scan(raw: Markers, m: CompiledMarkers) -> _Scan | None:
    """The patterns that match at a line's start (those ``marker_kind`` asks first, and
    datelines) in a few alternations, the others apart (``CompiledMarkers``' split);
    ``None`` when some pattern is a user's (run by ``regex`` with a time budget, not by
    ``re``)."""
    compiled = (m.byline, m.dateline, m.credit, m.furniture, *m.jump_to, *m.jump_from)
    if not all(p is None or isinstance(p, re.Pattern) for p in compiled):
        return None
    at_start = (*raw.line_start(), *raw.dateline)
    anywhere = list(raw.anywhere())

    def plain(p: str) -> bool:
        return not any(s in p for s in _ASKS_ABSENCE) and (
            not any(s in p for s in _HOLDS) or held_within_lines(p))

    plain_start = [p for p in at_start if plain(p)]
    other_start = [p for p in at_start if not plain(p)]
    # Without its asks for an absence a pattern matches more: run over the page (where it
    # is plain), it finds every line the pattern may match, and those are asked.
    loosened = {p: loose for p in other_start
                if (loose := _without_absence(p)) is not None and plain(loose)}
    other_start = [p for p in other_start if p not in loosened]
    # Over the page, a line's start is a line break, a literal that ``re`` finds fast
    # (not a ``^`` tried at every character); after it ``^`` always matches, and an
    # alternative left without its ``^`` is passed over at a glance when its first
    # character cannot start the line.
    after_break = [p[1:] if p.startswith("^") else p for p in plain_start]
    # Only where a match is, not its groups, is asked for: plain groups spare ``re``
    # opening one at each line break for each alternative that starts with one.
    after_break = list(map(plain_groups, after_break))
    anywhere = list(map(plain_groups, anywhere))
    try:
        line_start = tuple(re.compile(f"\n{ahead}(?:{either(alts)})", re.M)
                           for ahead, alts in _by_opening(after_break))
        over_page = tuple(re.compile(p, re.M) for p in anywhere if plain(p))
        by_line: list[tuple[Callable[[str], re.Match[str] | None], re.Pattern[str] | None,
                            tuple[str, ...] | None]] = []
        if other_start:
            opening = first_chars(either(other_start))
            by_line.append((re.compile(either(other_start)).match,
                            re.compile(f"\n(?={opening})") if opening else None, None))
        # A search tried at each character of each line (a weekday's date line not in a
        # sentence, ``(?<![a-z] )(?:Monday|…)``: 6% of an English page) is asked only of
        # the lines holding one of its opening literals, which ``str.find`` finds fast.
        by_line += [(re.compile(p).search, None, _line_literals(p))
                    for p in anywhere if not plain(p)]
        openings = {p: found for p in over_page
                    if (found := literal_openings(p.pattern)) is not None}
        # A pattern each of whose matches holds one of a few characters (a Chinese photo
        # credit's ``摄`` or ``图``) is asked only of the lines holding one: its loosened
        # form, tried at each line break, backtracked over half a Chinese page's scan.
        held = held_chars(either(list(loosened))) if loosened else None
        if held is not None:
            by_line.append((re.compile(either(list(loosened))).match, None, tuple(held)))
            loosened = {}
        unasked = [plain_groups(p[1:] if p.startswith("^") else p) for p in loosened.values()]
        ahead = first_chars(either(unasked)) if unasked else None
        vetted = ((re.compile(either(list(loosened))).match,
                   re.compile(f"\n{f'(?={ahead})' if ahead else ''}(?:{either(unasked)})",
                              re.M)),) if loosened else ()
        return _Scan(line_start, over_page, tuple(by_line), openings, vetted)
    except re.error:  # a global flag in a pattern's text, no longer at the start
        return None


def _finditer(p: re.Pattern[str], text: str,
              openings: tuple[str, ...] | None) -> Iterator[re.Match[str]]:
    """``p.finditer(text)``, where every match of ``p`` opens with one of the literals
    ``openings``: ``p`` is tried only where one of them stands (``str.find`` passes over
    the rest far faster than ``re`` tries each character), in order, each next try past
    the last match, so the matches are ``finditer``'s own."""
    if openings is None:
        yield from p.finditer(text)
        return
    pos = 0
    for i in sorted(set(_literals_at(text, openings))):
        if i >= pos and (hit := p.match(text, i)) is not None:
            yield hit
            pos = hit.end()  # never empty: it holds its opening literal


def _without_absence(pattern: str) -> str | None:
    """``pattern`` without its negative lookaheads and lookbehinds (each only forbids a
    match: what is left matches wherever ``pattern`` does), or ``None`` where none is
    found, one is not read whole or is repeated (``a(?!b){2}c``), groups are referred to
    (their numbers would change) or white space and comments may stand in it (``(?x)``)."""
    if REFERS.search(pattern) or _VERBOSE.search(pattern):
        return None
    out: list[str] = []
    i, n, dropped = 0, len(pattern), False
    while i < n:
        c = pattern[i]
        if c == "\\":
            out.append(pattern[i : i + 2])
            i += 2
        elif c == "[":
            j = _set_end(pattern, i)
            out.append(pattern[i:j])
            i = j
        elif pattern.startswith(("(?!", "(?<!"), i):
            depth, j = 0, i
            while j < n:  # to its closing parenthesis
                if pattern[j] == "\\":
                    j += 2
                    continue
                if pattern[j] == "[":
                    j = _set_end(pattern, j)
                    continue
                depth += {"(": 1, ")": -1}.get(pattern[j], 0)
                j += 1
                if depth == 0:
                    break
            if depth or pattern[j : j + 1] in ("*", "+", "?", "{"):
                return None  # (a repeat after it would fall to the atom before it)
            i, dropped = j, True
        else:
            out.append(c)
            i += 1
    loose = "".join(out)
    try:
        re.compile(loose)
    except re.error:
        return None
    return loose if dropped else None


def _set_end(pattern: str, i: int) -> int:
    """Where the set opening at ``pattern[i]`` (``[``) ends: past its ``]``."""
    j = i + 1
    j += pattern[j : j + 1] == "^"
    j += pattern[j : j + 1] == "]"  # a ``]`` first is one of the set
    while j < len(pattern) and pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1


def _line_literals(pattern: str) -> tuple[str, ...] | None:
    """``literal_openings`` of ``pattern`` where none holds a line break (a line holds
    none), else ``None``."""
    found = literal_openings(pattern)
    return found if found is not None and not any("\n" in t for t in found) else None


@lru_cache(maxsize=64)
def _any_of(literals: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern that finds any of ``literals`` (none empty, none holding a line break):
    searched in each line from C, it tells the lines that hold one. Finding each place
    one stands in the page (a generator step and a bisection a place) cost a thousand
    instructions a hit, and a letter among them (``B``, ``f``) stands on most lines."""
    return re.compile("|".join(map(re.escape, literals)))


def _literals_at(text: str, literals: tuple[str, ...]) -> Iterator[int]:
    """Where each of ``literals`` stands in ``text`` (each place once per literal)."""
    for literal in literals:
        i = text.find(literal)
        while i >= 0:
            yield i
            i = text.find(literal, i + 1)


#: Two openings' alternatives share an alternation when together they open on fewer
#: than this many characters more than either alone (counted over ASCII and the
#: characters named): ``re`` tries each alternative at each line break it reaches, and a
#: line of running text (``the``, ``本报``) is passed over by one look at its first
#: character wherever no alternative opens on it (a web address opens in lower case,
#: a dateline in capitals: apart, most lines of English are looked at by one alternative).
_JOIN_OPENINGS = 16


def _by_opening(alternatives: list[str]) -> list[tuple[str, list[str]]]:
    """The alternatives in alternations by the characters they open on, each with a
    lookahead for those characters (``''`` for those that open on any), in order."""
    groups: list[tuple[set[int] | None, list[str]]] = []
    for alt in alternatives:
        opening = opening_of(alt)
        covers = None if opening is None else covered(opening)
        for seen, alts in groups:
            if (seen is None and covers is None) or (
                    seen is not None and covers is not None
                    and len(seen | covers) - max(len(seen), len(covers)) < _JOIN_OPENINGS):
                if seen is not None and covers is not None:
                    seen |= covers
                alts.append(alt)
                break
        else:
            groups.append((covers, [alt]))
    out = []
    for seen, alts in groups:
        chars = first_chars(either(alts)) if seen is not None else None
        out.append((f"(?={chars})" if chars else "", alts))
    return out


def plain_groups(pattern: str) -> str:
    """``pattern`` with its capturing groups made plain ones (``(`` -> ``(?:``): the same
    matches, found faster in an alternation. Left as it is where a group is referred to
    (``REFERS``) or white space and comments may stand in it (``(?x)``)."""
    if REFERS.search(pattern) or _VERBOSE.search(pattern):
        return pattern
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":  # an escaped character, whatever it is
            out.append(pattern[i : i + 2])
            i += 2
        elif c == "[":  # a set, to its closing bracket: a ``(`` in it is a character
            j = _set_end(pattern, i)
            out.append(pattern[i:j])
            i = j
        elif c == "(" and pattern[i + 1 : i + 2] != "?":
            out.append("(?:")
            i += 1
        else:
            out.append(c)
            i += 1
    return "".join(out)
