"""Marker lines: what a printed line announces by its form alone (a jump line, furniture,
a photo credit, a byline), matched against the profile's compiled patterns.

A reader, classification and assembly all ask; this is the one place that answers.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress
from typing import Any, NamedTuple

from .model import BlockKind, Line
from .pattern_openings import (
    covered,
    first_chars,
    held_within_lines,
    literal_openings,
    opening_of,
)
from .patterns import Match, Pattern
from .profiles import CompiledMarkers, Markers, Profile

#: The longest line (characters) that may be page furniture: a folio, a section label, a
#: weather strip, a folio band written on one line. A longer line that opens like one is
#: prose an extractor wrote as one line (a paragraph a line, a whole page on one line):
#: taken as furniture, its text would leave every article.
FURNITURE_LONGEST = 200


def marker_kind(text: str, m: CompiledMarkers) -> BlockKind | None:
    """The kind a single printed line announces by its form alone, if any."""
    t = text.strip()
    cleared = _CLEARED
    if t in cleared[1] and cleared[0] is m:
        return None
    asks = _HELD.get(id(m))  # by identity: hashing the patterns costs more than asking
    if asks is None or asks.markers is not m:
        if len(_HELD) >= 64:
            _HELD.clear()
        asks = _HELD[id(m)] = _asks(m)
    _, anchored, floating, whole_jump, furniture, credit, byline = asks  # locals: no look-up
    if not (anchored and anchored(t)):
        for search in floating:  # a plain loop: this runs for every line of a page
            if search(t):
                break
        else:
            return None
    if whole_jump(t):
        return BlockKind.JUMP
    if furniture and len(t) <= FURNITURE_LONGEST and furniture(t):
        return BlockKind.FURNITURE
    if credit and credit(t):
        return BlockKind.CREDIT
    if byline and (found := byline(t)) and found.end() >= len(t):
        return BlockKind.BYLINE
    return None


def dateline_at(text: str, m: CompiledMarkers) -> Match | None:
    """The dateline that opens ``text`` (``HOUSTON —``, ``新华社北京6月20日电``), if any. The
    story's first sentence follows it; a line of running text that opens with an acronym
    and a dash goes on in lower case (``NASA — which paid for most of it``): no dateline,
    and no story opens there."""
    found = m.dateline.match(text) if m.dateline else None
    if found is None or text[found.end() :].lstrip()[:1].islower():
        return None
    return found


_BRACKETS = "（(〈<[【"
_REPORTER = "记者"


def column_width_line(widths: Sequence[float], n: int, first: bool = False) -> bool:
    """Whether line ``n`` of a run of lines, between two others (or, ``first``, the first
    of three or more), is as wide as the run's lines (within a tenth): Chinese running
    text fills its column's measure, a byline or strip on a line of its own seldom does."""
    if not (0 if first else 1) <= n < len(widths) - 1 or len(widths) < 3:
        return False
    median = sorted(widths)[len(widths) // 2]
    return abs(widths[n] - median) <= max(2.0, 0.1 * median)


def reporter_in_column(texts: Sequence[str], widths: Sequence[float], n: int) -> bool:
    """A Chinese line that opens with ``记者`` and so reads as a reporter's byline
    (``记者在施工现场看``: a name has that shape) but fills its column's measure, with
    more of the column under it and no bracket: the column's running text (``到，工人们
    正在…``), not a byline. Only the bare form: ``本报记者 李昂 通讯员 张华`` and
    ``本报讯（记者 …）`` name the paper and are bylines however wide."""
    t = texts[n]
    return (t.startswith(_REPORTER) and not any(c in t for c in _BRACKETS)
            and column_width_line(widths, n, first=True))


def own_line_byline(text: str, m: CompiledMarkers) -> bool:
    """Whether ``text`` is a byline on a line of its own (``marker_kind`` says
    ``BYLINE``), asked first of the byline patterns alone: most first lines of a story
    are not, and those that open with one (``本报讯（记者 王晓东）昨日…``) go on past it."""
    t = text.strip()
    found = m.byline.match(t) if m.byline else None
    return found is not None and found.end() >= len(t) and marker_kind(t, m) is BlockKind.BYLINE


class _Asks(NamedTuple):
    """What ``marker_kind`` asks of a line, for one ``CompiledMarkers``: the gate
    (``anchored``'s match, ``floating``'s searches) that tells the lines that may be
    marker lines, then each kind's own test. ``re``'s patterns are asked with their
    capturing groups made plain (``_plain_groups``): the same lines match, over the same
    span, and ``re`` opens no group as it tries each alternative (most lines match none).
    A user's pattern (not ``re``'s) is asked as it is."""

    markers: CompiledMarkers
    anchored: Callable[[str], Any] | None
    floating: tuple[Callable[[str], Any], ...]
    whole_jump: Callable[[str], object]
    furniture: Callable[[str], Any] | None  # a search
    credit: Callable[[str], Any] | None  # a match
    byline: Callable[[str], Any] | None  # a match


def _asks(m: CompiledMarkers) -> _Asks:
    """What ``marker_kind`` asks of a line for the markers ``m`` (``_Asks``)."""

    def plain(p: Pattern) -> Pattern:
        if isinstance(p, re.Pattern):
            try:
                return re.compile(_plain_groups(p.pattern), p.flags)
            except re.error:  # pragma: no cover - a plain group is no error where one was
                pass
        return p

    return _Asks(m, plain(m.anchored).match if m.anchored else None,
                 tuple(plain(p).search for p in m.floating), _whole_jump(m),
                 plain(m.furniture).search if m.furniture else None,
                 plain(m.credit).match if m.credit else None,
                 plain(m.byline).match if m.byline else None)


#: ``_asks`` of the markers asked last, by ``id`` (each kept with its markers, so an
#: ``id`` is not reused while it is held).
_HELD: dict[int, _Asks] = {}


def _whole_jump(m: CompiledMarkers) -> Callable[[str], object]:
    """Whether a line is a jump line, whole (some jump pattern ``fullmatch``es it): one
    alternation of the jump patterns, which matches a line whole exactly when one of them
    does (asked of every line that may be a marker, four calls were a fifth of the cost);
    each asked in turn where some pattern is a user's, or refers to a group."""
    jumps = (*m.jump_to, *m.jump_from)
    shipped = [p.pattern for p in jumps if isinstance(p, re.Pattern)]
    if len(shipped) == len(jumps) and not any(map(_REFERS.search, shipped)):
        try:
            return re.compile(_either(shipped) or "(?!)").fullmatch
        except re.error:  # a global flag in a pattern's text, no longer at the start
            pass
    return lambda t: any(p.fullmatch(t) for p in jumps)


#: A pattern that refers to a group by number or name (a backreference, a conditional):
#: set among others, its groups are numbered anew. (An escaped backslash counts too.)
_REFERS = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


def maybe_marked(texts: Sequence[str], profile: Profile, lang: str) -> set[int] | None:
    """Which of a page's lines (``texts``, none with a line break in it) a marker
    pattern or a dateline of ``profile`` may match: ``marker_kind`` of any other line is
    ``None``, and no byline or dateline pattern matches at its start. ``None``: ask
    every line (a user's own patterns).

    Asking each line cost a page three pattern calls a line or more; here a pattern runs
    once over the page's lines joined (``^`` and ``$`` match at each line's ends), and
    the lines its matches reach are the ones to ask. A match on a line is a match in the
    page, whose other lines only add characters around it, and the page's matches found
    one after another reach every line one of them starts on. That holds for a pattern
    that asks for nothing to be there (``_ASKS_ABSENCE``): such a pattern (a word not
    at a line's end) is still asked line by line, of the lines that start as it can.
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
    starts = list(accumulate((len(t) + 1 for t in lines), initial=1))
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
            held = sorted({bisect.bisect_right(starts, i) - 1
                           for i in _literals_at(page, literals)})
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
    global _CLEARED
    _CLEARED = m, frozenset(lines).difference(map(lines.__getitem__, found))
    return found


#: ``_scan`` of the markers scanned last, by ``id`` (each kept with its markers, so an
#: ``id`` is not reused while it is held): its cache hashed every compiled pattern of
#: the key at each page (0.2 M instructions).
_SCANNED: dict[int, tuple[CompiledMarkers, _Scan | None]] = {}


#: The markers ``maybe_marked`` asked last, and the texts (stripped) of the lines it
#: found no marker pattern may match: ``marker_kind`` of each is ``None`` for those
#: markers, and says so at once. Classification asks it of the one-line blocks of the
#: page just read, which the reader passed over (some 40 a page, each some 27,000
#: instructions). A fact of the text and the markers alone: any thread's page may use
#: it. (Held until the next page is read: one set of a page's lines.)
_CLEARED: tuple[CompiledMarkers | None, frozenset[str]] = (None, frozenset())


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
    at_start = (*raw.credit, *raw.byline, *(p for p in raw.furniture if p.startswith("^")),
                *(f"\\s*(?:{p})\\s*$" for p in (*raw.jump_to, *raw.jump_from)), *raw.dateline)
    anywhere = [p for p in raw.furniture if not p.startswith("^")]

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
    after_break = list(map(_plain_groups, after_break))
    anywhere = list(map(_plain_groups, anywhere))
    try:
        line_start = tuple(re.compile(f"\n{ahead}(?:{_either(alts)})", re.M)
                           for ahead, alts in _by_opening(after_break))
        over_page = tuple(re.compile(p, re.M) for p in anywhere if plain(p))
        by_line: list[tuple[Callable[[str], re.Match[str] | None], re.Pattern[str] | None,
                            tuple[str, ...] | None]] = []
        if other_start:
            opening = first_chars(_either(other_start))
            by_line.append((re.compile(_either(other_start)).match,
                            re.compile(f"\n(?={opening})") if opening else None, None))
        # A search tried at each character of each line (a weekday's date line not in a
        # sentence, ``(?<![a-z] )(?:Monday|…)``: 6% of an English page) is asked only of
        # the lines holding one of its opening literals, which ``str.find`` finds fast.
        by_line += [(re.compile(p).search, None, _line_literals(p))
                    for p in anywhere if not plain(p)]
        openings = {p: found for p in over_page
                    if (found := literal_openings(p.pattern)) is not None}
        unasked = [_plain_groups(p[1:] if p.startswith("^") else p) for p in loosened.values()]
        ahead = first_chars(_either(unasked)) if unasked else None
        vetted = ((re.compile(_either(list(loosened))).match,
                   re.compile(f"\n{f'(?={ahead})' if ahead else ''}(?:{_either(unasked)})",
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
    at: set[int] = set()
    for literal in openings:
        i = text.find(literal)
        while i >= 0:
            at.add(i)
            i = text.find(literal, i + 1)
    pos = 0
    for i in sorted(at):
        if i >= pos and (hit := p.match(text, i)) is not None:
            yield hit
            pos = hit.end()  # never empty: it holds its opening literal


def _without_absence(pattern: str) -> str | None:
    """``pattern`` without its negative lookaheads and lookbehinds (each only forbids a
    match: what is left matches wherever ``pattern`` does), or ``None`` where none is
    found, one is not read whole, groups are referred to (their numbers would change) or
    white space and comments may stand in it (``(?x)``)."""
    if _REFERS.search(pattern) or _VERBOSE.search(pattern):
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
            if depth:
                return None
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


def _literals_at(text: str, literals: tuple[str, ...]) -> Iterator[int]:
    """Where each of ``literals`` stands in ``text`` (each place once per literal)."""
    for literal in literals:
        i = text.find(literal)
        while i >= 0:
            yield i
            i = text.find(literal, i + 1)


def _either(patterns: Sequence[str]) -> str:
    """One alternation of ``patterns``, each in its own group (its own ``|`` stay inside)."""
    return "|".join(f"(?:{p})" for p in patterns)


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
        chars = first_chars(_either(alts)) if seen is not None else None
        out.append((f"(?={chars})" if chars else "", alts))
    return out


def _plain_groups(pattern: str) -> str:
    """``pattern`` with its capturing groups made plain ones (``(`` -> ``(?:``): the same
    matches, found faster in an alternation. Left as it is where a group is referred to
    (``_REFERS``) or white space and comments may stand in it (``(?x)``)."""
    if _REFERS.search(pattern) or _VERBOSE.search(pattern):
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
# see _KNOWN_OPENINGS
