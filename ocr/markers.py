"""Marker lines: what a printed line announces by its form alone (a jump line, furniture,
a photo credit, a byline), matched against the profile's compiled patterns.

A reader, classification and assembly all ask; this is the one place that answers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache, partial
from typing import Any, NamedTuple

from .linejoin import join_lines
from .marker_scan import REFERS, cleared, plain_groups
from .model import Block, BlockKind, Line
from .pattern_openings import first_chars, held_chars, opens_at_start
from .patterns import Match, Pattern
from .profiles import CompiledMarkers, Profile, either, load_profile
from .script import ANY_CJK
from .typography import ends_sentence, text_widths

#: The longest line (characters) that may be page furniture: a folio, a section label, a
#: weather strip, a folio band written on one line. A longer line that opens like one is
#: prose an extractor wrote as one line (a paragraph a line, a whole page on one line):
#: taken as furniture, its text would leave every article.
FURNITURE_LONGEST = 200


def marker_kind(text: str, m: CompiledMarkers) -> BlockKind | None:
    """The kind a single printed line announces by its form alone, if any."""
    t = text.strip()
    if cleared(t, m):
        return None
    asks = _HELD.get(id(m))  # by identity: hashing the patterns costs more than asking
    if asks is None or asks.markers is not m:
        if len(_HELD) >= 64:
            _HELD.clear()
        asks = _HELD[id(m)] = _asks(m)
    _, gate, is_jump, furniture, credit, byline = asks  # locals: no look-up
    if gate is not None and not gate(t):
        return None
    if is_jump(t):
        return BlockKind.JUMP
    if furniture and len(t) <= FURNITURE_LONGEST and furniture(t):
        return BlockKind.FURNITURE
    if credit and credit(t):
        return BlockKind.CREDIT
    if byline and (found := byline(t)) and found.end() >= len(t):
        return BlockKind.BYLINE
    return None


def line_marker_kind(line: Line, m: CompiledMarkers) -> BlockKind | None:
    """``marker_kind`` of a printed line; a CJK line whose words stand apart is asked as
    printed too when its joined text announces nothing, for a credit only: the space
    sets a photographer's name off their title (``摄影 陶景行``), where joined text
    cannot tell a credit from a headline (``摄影展开幕``)."""
    found = marker_kind(line.text, m)
    if found is None and len(line.words) > 1 and ANY_CJK.search(line.text):
        spaced = " ".join(w.text for w in line.words)
        if marker_kind(spaced, m) is BlockKind.CREDIT:
            return BlockKind.CREDIT
    return found


def dateline_at(text: str, m: CompiledMarkers) -> Match | None:
    """The dateline that opens ``text`` (``HOUSTON —``, ``新华社北京6月20日电``), if any. The
    story's first sentence follows it; a line of running text that opens with an acronym
    and a dash goes on in lower case (``NASA — which paid for most of it``): no dateline,
    and no story opens there."""
    found = m.dateline.match(text) if m.dateline else None
    if found is None or text[found.end() :].lstrip()[:1].islower():
        return None
    return found


def run_in_head(text: str, m: CompiledMarkers) -> bool:
    """Whether ``text`` opens on a dateline set as a run-in head, a place or label in
    capitals and a colon (``KELSO: The…``, ``WATER SHUT-OFF:``), as British and Irish
    papers set a headless brief: the brief's own head, so the lines printed above it are
    no heading of its (they end the story or stack before)."""
    found = dateline_at(text, m)
    return found is not None and found.group().rstrip().endswith(":")


#: Brackets a byline or a writer's credit opens (``（记者 王宁）``, ``[Staff]``) and closes.
OPENING_BRACKETS, CLOSING_BRACKETS = "（(〈<[【", "）)〉>]】"
_REPORTER = "记者"
#: The posts a Chinese byline names its writers by (``本报讯（记者 林晓 通讯员 周明）``).
WRITERS_POSTS = ("记者", "通讯员", "实习生")


def signed(text: str, m: CompiledMarkers) -> bool:
    """Whether ``text`` opens with a byline that names its writer by post (``本报讯（记者
    林晓）``), not with the paper's signature alone (``本报讯``) or no byline."""
    found = m.byline.match(text) if m.byline else None
    return found is not None and any(p in found.group() for p in WRITERS_POSTS)


class ReaderMarks(NamedTuple):
    """The marker lines the readers that cut a page into columns ask about, by the page's
    profile: each a whole line (or a column's piece of one) and nothing else. A credit's
    form is Chinese (``记者 张三 摄``), a byline alone English (``By ANNA LEE``, ``By Jane
    Doe, Staff Writer``) or Chinese (``cjk_byline``), whatever the page's language: the
    readers run before the page's language is told, and asking costs nothing.
    Classification asks the same patterns (``marker_kind``), so each marker is told in
    one place."""

    credit: Callable[[str], bool]
    byline: Callable[[str], bool]
    #: A Chinese byline alone on its line (``记者 游知秋 通讯员 单亚楠``).
    cjk_byline: Callable[[str], bool]


def reader_marks(profile: Profile | None = None) -> ReaderMarks:
    """``profile``'s reader marks (the generic profile's when none is given)."""
    prof = profile or load_profile()
    zh = prof.patterns("zh")
    return ReaderMarks(_whole_line(zh.credit), _whole_line(prof.patterns("en").byline),
                       _whole_line(zh.byline))


_NEVER = re.compile("(?!)")


def _whole_line(pattern: Pattern | None) -> Callable[[str], bool]:
    """Whether ``pattern`` takes a whole line; a line that holds none of the characters
    one of which each of its matches holds (``held_chars``: a credit's ``摄`` or ``图``)
    is told so without a match (the credit pattern backtracks some 9,000 instructions
    over a Chinese line of running text; the readers ask it of every small block)."""
    p = pattern or _NEVER
    held = held_chars(p.pattern) if isinstance(p, re.Pattern) else None
    return partial(_whole, p.match) if held is None else partial(_whole_holding, p.match, held)


def _whole(match: Callable[[str], Any], text: str) -> bool:
    found = match(text)
    return found is not None and found.end() >= len(text)


def _whole_holding(match: Callable[[str], Any], held: str, text: str) -> bool:
    return any(map(text.__contains__, held)) and _whole(match, text)


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
    return (t.startswith(_REPORTER) and not any(c in t for c in OPENING_BRACKETS)
            and column_width_line(widths, n, first=True))


#: A Chinese news item's opening words (电头) that name the paper's news service:
#: ``本报讯（记者 …）``, ``本报北京11月3日电``. A story opens so once, before its text; a
#: writer's own line (``本报记者 龚晓峰``) signs a story that never opens so.
_ITEM_OPENER = re.compile(r"^[□■◎●★]?本报(?:讯(?!员)|[^\s，。（讯\d]{0,8}\d{1,2}月\d{1,2}日电)")


#: A correction notice (更正) opens by citing the paper's own earlier issue and the piece
#: it corrects: ``本报11月10日第3版《…》一文中``, ``本报2025年3月2日A4版刊发的《…》``. No
#: story's text opens so: the notice is an item of its own, though its words are the
#: corrected story's.
_CORRECTION = re.compile(r"^本报(?:\d{4}年)?\d{1,2}月\d{1,2}日[^。，；\s]{0,12}《")


def opens_correction(text: str) -> bool:
    """Whether Chinese ``text`` opens a correction notice (``_CORRECTION``)."""
    return _CORRECTION.match(text.strip()) is not None


def opens_news_item(text: str) -> bool:
    """Whether Chinese ``text`` opens with a news item's opening words (``_ITEM_OPENER``)."""
    return _ITEM_OPENER.match(text.strip()) is not None


def own_line_byline(text: str, m: CompiledMarkers) -> bool:
    """Whether ``text`` is a byline on a line of its own (``marker_kind`` says
    ``BYLINE``), asked first of the byline patterns alone: most first lines of a story
    are not, and those that open with one (``本报讯（记者 王晓东）昨日…``) go on past it."""
    t = text.strip()
    found = m.byline.match(t) if m.byline else None
    return found is not None and found.end() >= len(t) and marker_kind(t, m) is BlockKind.BYLINE


class _Asks(NamedTuple):
    """What ``marker_kind`` asks of a line, for one ``CompiledMarkers``: each kind's own
    test. ``re``'s patterns are asked with their capturing groups made plain
    (``plain_groups``): the same lines match, over the same span, and ``re`` opens no
    group as it tries each alternative (most lines match none). A user's pattern (not
    ``re``'s) is asked as it is.

    A line no test passes is no marker line, so a gate before them (the line-start
    patterns in one alternation, and the furniture searched for) only costs where the
    tests are exact: it cost as much as all four, and passed four lines in five asked.
    It stays where the furniture is searched whole (``_furniture``), which may find a
    line-start pattern further on, as the gate never did."""

    markers: CompiledMarkers
    gate: Callable[[str], bool] | None
    whole_jump: Callable[[str], object]
    furniture: Callable[[str], Any] | None  # whether one matches (``_furniture``)
    credit: Callable[[str], Any] | None  # a match
    byline: Callable[[str], Any] | None  # a match


def _asks(m: CompiledMarkers) -> _Asks:
    """What ``marker_kind`` asks of a line for the markers ``m`` (``_Asks``)."""

    def plain(p: Pattern) -> Pattern:
        if isinstance(p, re.Pattern):
            try:
                return re.compile(plain_groups(p.pattern), p.flags)
            except re.error:  # pragma: no cover - a plain group is no error where one was
                pass
        return p

    furniture: Callable[[str], Any] | None = _furniture(m, plain)
    gate = None
    if furniture is None and m.furniture is not None:
        furniture, gate = plain(m.furniture).search, _gate(m, plain)
    return _Asks(m, gate, whole_jump(m), furniture,
                 plain(m.credit).match if m.credit else None,
                 plain(m.byline).match if m.byline else None)


def _gate(m: CompiledMarkers, plain: Callable[[Pattern], Pattern]) -> Callable[[str], bool]:
    """Whether a line may be a marker line: a line-start pattern matches at its start
    (``anchored``), or a furniture pattern that is not one somewhere (``floating``)."""
    anchored = plain(m.anchored).match if m.anchored else None
    floating = tuple(plain(p).search for p in m.floating)
    return lambda t: bool(anchored and anchored(t)) or any(search(t) for search in floating)


def _furniture(m: CompiledMarkers, plain: Callable[[Pattern], Pattern]
               ) -> Callable[[str], bool] | None:
    """Whether some furniture pattern matches a line: those that open with ``^`` asked
    at its start, the others searched for. A search of their one alternation tried each
    pattern at each character of the line (a fifth of ``marker_kind``'s cost); the same
    lines match. ``None`` where a pattern is a user's, or may match past the start."""
    start, floating = m.furniture_at_start, m.floating
    if m.furniture is None or not all(
            isinstance(p, re.Pattern) for p in (m.furniture, *floating)) or (
            start is not None and not (isinstance(start, re.Pattern)
                                       and opens_at_start(start.pattern))):
        return None
    at_start = plain(start).match if start is not None else None
    searches = tuple(plain(p).search for p in floating)

    def furniture(text: str) -> bool:
        if at_start is not None and at_start(text):
            return True
        for search in searches:  # (a plain loop: a generator costs more than two calls)
            if search(text):
                return True
        return False

    return furniture


#: ``_asks`` of the markers asked last, by ``id`` (each kept with its markers, so an
#: ``id`` is not reused while it is held).
_HELD: dict[int, _Asks] = {}


def whole_jump(m: CompiledMarkers) -> Callable[[str], object]:
    """Whether a line is a jump line, whole (some jump pattern ``fullmatch``es it): one
    alternation of the jump patterns, which matches a line whole exactly when one of them
    does (asked of every line that may be a marker, four calls were a fifth of the cost);
    each asked in turn where some pattern is a user's, or refers to a group."""
    jumps = (*m.jump_to, *m.jump_from)
    shipped = [p.pattern for p in jumps if isinstance(p, re.Pattern)]
    if len(shipped) == len(jumps) and not any(map(REFERS.search, shipped)):
        try:
            return re.compile(either(shipped) or "(?!)").fullmatch
        except re.error:  # a global flag in a pattern's text, no longer at the start
            pass
    return lambda t: any(p.fullmatch(t) for p in jumps)


def _broken_opening(block: Block, cleared_by: CompiledMarkers | None = None) -> str | None:
    """A Chinese block's first two lines joined (its first line holds CJK): a narrow
    column (six to a page, ten characters a line) breaks a dateline before its ``电``
    (``新华社北京7月15日`` / ``电（记者 林晓）…``, ``本报南湖6月8`` / ``日电``). An
    English one breaks a dateline before its dash (``BRIDGEPORT, Conn.`` / ``— Tomas
    Reyes doubled``, ``REDDING, Calif. (AP)`` / ``—`` / ``Firefighters``): the lines up
    to the dash's and the next joined. ``cleared_by``: the markers whose page scan
    cleared the first line (it opens no dateline alone): joined only where their
    dateline may open it (most blocks of running text are told without the join)."""
    if len(block.lines) < 2:
        return None
    first, second = block.lines[0].text, block.lines[1].text
    cjk = ANY_CJK.search(first) is not None
    if not cjk and second[:1] not in _DASHES:
        return None
    if cleared_by is not None and not _may_open_dateline(first, cleared_by):
        return None
    if cjk:
        return join_lines([first, second])
    texts = [first, second, *(ln.text for ln in block.lines[2:3] if second in _DASHES)]
    return " ".join(texts)


#: The dashes a dateline ends on.
_DASHES = ("—", "–")


def _may_open_dateline(text: str, m: CompiledMarkers) -> bool:
    """Whether a dateline may open with ``text``'s first character (``first_chars`` of
    the pattern; any where they are not known)."""
    if m.dateline is None:
        return False
    opening = _opening(m.dateline.pattern) if isinstance(m.dateline, re.Pattern) else None
    return opening is None or opening.match(text) is not None


@lru_cache(maxsize=64)
def _opening(pattern: str) -> re.Pattern[str] | None:
    """A pattern that matches a character ``pattern``'s matches may open on (``None``:
    any)."""
    chars = first_chars(pattern)
    return re.compile(chars) if chars is not None else None


def opens_article(block: Block, m: CompiledMarkers) -> bool:
    """Whether ``block`` opens a story: its first line starts with a dateline or a byline
    (not a reporter's line that is the column's running text, ``reporter_in_column``), or
    its first two lines with a correction notice's citation (``opens_correction``).

    Classification, its headings, captions, the walk of assembly and the tests of a
    column going on ask it of the same blocks (a bench page: 114-161 asks of 69-111
    blocks' lines): the answer is kept by the block's lines (a renamed block keeps its
    tuple of lines) and markers, as ``_OPENS``."""
    lines = block.lines
    first = lines[0].text if lines else ""
    if first[:1].islower() or first[:1].isdigit():
        return False  # no byline or dateline starts so (most lines of running text do)
    if first.startswith("本报") and opens_correction(join_lines([ln.text for ln in lines[:2]])):
        return True
    held = _OPENS.get(id(lines))
    textual = block.box is None
    if held is not None and held[0] is lines and held[1] is m and held[2] is textual:
        return held[3]
    found = _opens_article(block, first, m)
    if len(_OPENS) >= _OPENS_KEPT:
        _OPENS.clear()
    _OPENS[id(lines)] = (lines, m, textual, found)  # (the tuple held: its id stays its own)
    return found


#: ``opens_article``'s answers by ``id`` of the block's lines: the lines, the markers,
#: whether the block has no box, the answer. Emptied when it holds ``_OPENS_KEPT``.
_OPENS: dict[int, tuple[tuple[Line, ...], CompiledMarkers, bool, bool]] = {}
_OPENS_KEPT = 256


def _opens_article(block: Block, first: str, m: CompiledMarkers) -> bool:
    clear = cleared(first, m)
    broken = _broken_opening(block, m if clear else None)
    if clear and broken is None:
        return False  # (most others: the page scan found no byline or dateline there)
    if dateline_at(first, m) or (broken is not None and dateline_at(broken, m)):
        return True
    if not (m.byline and m.byline.match(first)):
        return False
    if len(block.lines) < 3 or block.box is not None:
        return True
    texts = [ln.text for ln in block.lines]
    return not reporter_in_column(texts, text_widths(texts), 0)


#: A bracketed part that closes a text: ``…体验传统竹编技艺。（本报记者 王晓琳 摄）``.
_CLOSING_BRACKETS = re.compile(r"[（(]([^（()）]{2,40})[）)]\s*$")


def run_in_credit(text: str, m: CompiledMarkers) -> int | None:
    """Where a photo credit set in brackets at the end of its caption starts
    (``…竹编技艺。（本报记者 王晓琳 摄）``), by the profile's credit markers asked of
    what the brackets hold, after a sentence's end; ``None`` when ``text`` ends
    otherwise. A story's closing ``（记者 张三）`` names no photographer: no credit. A
    credit wrapped inside a word (``…拍照。（通`` / ``讯员 杨帆 摄）``) is asked whole."""
    found = _CLOSING_BRACKETS.search(text)
    if found is None or m.credit is None or not ends_sentence(text[: found.start()]):
        return None
    inside = join_lines(found.group(1).strip().split("\n"))
    credit = m.credit.match(inside)
    return found.start() if credit is not None and credit.end() >= len(inside) else None
