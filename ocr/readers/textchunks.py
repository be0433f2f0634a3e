"""What ``reflow`` (``readers/textreflow.py``) asks of a chunk's lines: a line's indent, where
it splits in two (a jump line or a caption's credit run in at its end), and whether a
line wider or narrower than its neighbours parts from the run (a deck over a column, a
joined word's long line, a column's line glued under a headline).

Asked of the rows ``reflow`` makes (``Row``), never of a page's blocks.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..leads import opens_dated
from ..linejoin import join_lines
from ..pattern_openings import held_chars
from ..patterns import Pattern
from ..typography import (
    DANGLING_WORDS,
    MAY_END_SENTENCE,
    SENTENCE_INSIDE,
    ends_sentence,
    text_width,
)

#: The white space a line's indent is made of (``line_indent``).
INDENT = " \t\u3000\u00a0"


def line_indent(raw: str) -> tuple[str, float]:
    """Split leading white space off a line; indent in character widths.

    An ideographic space counts as one character, a tab as two, an ASCII (or
    no-break) space as half; a single leading space is extraction noise (indent 0.5),
    two or more an indent.
    """
    text = raw.lstrip(INDENT)
    ws = raw[: len(raw) - len(text)]
    if not ws.strip(" "):  # none, or spaces only (most indents): counted, not walked
        return text, 0.5 * len(ws)
    return text, sum(1.0 if c == "\u3000" else 2.0 if c == "\t" else 0.5 for c in ws)


def split_inline_jump(text: str, jumps: tuple[Pattern, ...]) -> list[str]:
    """``景10个。 （下转第2版）`` -> the body part and the jump line."""
    for p in jumps:
        found = p.search(text)
        if found and found.end() >= len(text.rstrip()) and found.start() > 0:
            head = text[: found.start()].rstrip()
            if head:
                return [head, text[found.start() :].strip()]
    return [text]


#: Where a caption's credit run in on its last line may start: white space after a
#: sentence's end (``typography.ends_sentence``), in the line's last ``_RUN_IN_TAIL``
#: characters. Only the runs after a character a sentence may end on are found (not those
#: after each word: every chunk's last line is asked); a run's start is one of them, or
#: it follows white space (``split_run_in_credit``'s first, where the tail starts inside
#: a run), so the runs are those of ``[ \t\u3000]+(?=\S)`` that ``ends_sentence`` may
#: be true before (and parts of runs it is false before). (A run's first character opens
#: the pattern, which ``re`` then finds by its class: not a look back at each character.)
_RUN_IN = re.compile(rf"[ \t\u3000](?<=[{MAY_END_SENTENCE}][ \t\u3000])[ \t\u3000]*(?=\S)")
_RUN_IN_TAIL = 48


def split_run_in_credit(text: str, credit: Pattern | None) -> list[str]:
    """``…吸引众多市民前来观赏。 记者 李想 摄`` -> the caption's end and its credit, as
    papers set a credit on a caption's last line after its last sentence (``…reached 91
    degrees. MICHAEL CHEN/HARBOR LEDGER``): a credit pattern must take the rest whole.
    Asked only of a chunk's last line (a credit ends its caption): inside running text a
    sentence's end may be followed by words a credit pattern takes (``… the drummer.
    AC/DC`` / ``never looked back``)."""
    if credit is None:
        return [text]
    start = max(0, len(text) - _RUN_IN_TAIL)
    held = held_chars(credit.pattern) if isinstance(credit, re.Pattern) else None
    if held is not None and not any(map(text[start:].__contains__, held)):
        return [text]  # (most lines: no credit's ``摄`` or ``/`` in the tail, no run asked)
    for gap in _RUN_IN.finditer(text, start):
        if not ends_sentence(text[: gap.start()]):
            continue
        tail = text[gap.end() :]
        found = credit.match(tail)
        if found is not None and found.end() >= len(tail.rstrip()):
            return [text[: gap.start()], tail.strip()]
    return [text]


#: A line of a chunk in ``reflow``: its text, indent, whether it opens a printed object.
Row = tuple[str, float, bool]


_LOWER_START = re.compile(r"^[a-z(“\"‘']*[a-z]")


def continues(chunk: list[Row], n: int) -> bool:
    """A long line inside running Latin text: an extractor that joins a word hyphenated
    at the line end leaves that line longer than its column, not a headline. It goes
    on from an unfinished line before it or into a lower-case line after it."""
    text = chunk[n][0]
    if text.endswith(("，", "、")) and n + 1 < len(chunk):
        return True  # a headline ends no clause half-way: the text goes on below
    if _LOWER_START.match(text) and n > 0 and not ends_sentence(chunk[n - 1][0]):
        return True
    return (not ends_sentence(text) and n + 1 < len(chunk)
            and bool(_LOWER_START.match(chunk[n + 1][0])))


#: A line joined with the rest of a word hyphenated at its end is a word or two wider
#: than its column, never this many times as wide as the chunk's middle line.
JOINED_WIDER = 1.8


def deck_over_column(chunk: list[Row], n: int, width: float, middle: float) -> bool:
    """A chunk's first line, far wider than its others (``JOINED_WIDER`` times the middle
    one's width, ``middle``), that opens in upper case and holds no sentence's end: a
    deck across columns that pdfminer wrote over a column's last lines (``Rates will rise
    … on Mill Road`` / ``duce the rate increase in later`` / ``years.``), not a line that
    goes on into them. (Running text an extractor set wider goes on from the chunk
    before, in lower case, or follows a line of its chunk.) The line under it is the
    column's, as wide as the middle one or ending its sentence (``years.``): one
    narrower that goes on (``Nurses at Mercy General vote to`` / ``join union`` over
    deck and byline lines) is the rest of a headline wrapped, which goes on with it."""
    text = chunk[n][0]
    return (n == 0 and width > JOINED_WIDER * middle and text[:1].isupper()
            and not ends_sentence(text) and SENTENCE_INSIDE.search(text) is None
            and not (len(chunk) > 1 and text_width(chunk[1][0]) < 0.8 * middle
                     and not ends_sentence(chunk[1][0])))


def narrow_above(widths: list[float], n: int) -> bool:
    """Whether the line above line ``n`` is far narrower than those on both sides of it
    (a paragraph's last line, or a column's line glued between other columns')."""
    return n >= 2 and widths[n - 1] < 0.7 * min(widths[n - 2], widths[n])


def glued_column_line(chunk: list[Row], n: int) -> bool:
    """A column's line that an extractor wrote under a headline wrapped over two lines
    (``Dry spell drops reservoir to lowest`` / ``level in a decade`` / ``will be
    detoured to the Route 9 bridge``): a headline wraps only where its line is full, so
    a lower-case line after the headline's short last line does not go on with it.
    (Asked only of line ``n >= 2`` whose line before is short between two longer ones,
    which ``reflow`` tells from the widths.)"""
    return (bool(_LOWER_START.match(chunk[n][0])) and bool(_LOWER_START.match(chunk[n - 1][0]))
            and not any(ends_sentence(row[0]) for row in chunk[:n]))


#: The line a brief was set under is this share of its chunk's middle width at least.
FULL_ABOVE = 0.75
#: A line that goes on a sentence: a lower-case word first (not an address's name).
_GOES_ON = re.compile(r"[a-z][a-z’'-]*(?:[\s,;:]|$)")


def set_in_at(texts: Sequence[str], start: int, end: int) -> int:
    """The line (from ``start``, before ``end``) where an English brief set whole into a
    column's sentence begins, or -1: pdftotext writes a narrow column's brief under the
    lines of the column beside it that its top is level with, so the column stops
    mid-sentence (``…to replace all lead service lines``), the brief (``Eastbound lanes
    of Route 9 … will close … Monday … said.``) ends the chunk on its sentence's end and
    the column goes on in the next chunk in lower case (``within 10 years.``). The
    brief's first line opens in a capital after a line left mid-sentence and its first
    sentence names a day (``leads.opens_dated``); of several such lines, the last.
    The column holds two lines at least above it, the line right above is a full one
    (``FULL_ABOVE``: not pdfminer's word of a justified line, ``progress`` / ``Sunday
    against a wildfire…``, nor its justified line set out with doubled spaces), and
    the next chunk opens on a word (not a web address: ``millbrookledger.com``)."""
    if (end - start < 4 or end >= len(texts) or _GOES_ON.match(texts[end]) is None
            or not ends_sentence(texts[end - 1])):
        return -1
    if not any("day" in t for t in texts[start + 2 : end]):
        return -1  # (no day named: told before any line's rest is joined and parsed)
    widths = sorted(map(len, texts[start:end]))
    full = widths[len(widths) // 2] * FULL_ABOVE
    for n in range(end - 1, start + 1, -1):
        if (texts[n][:1].isupper() and not ends_sentence(texts[n - 1])
                and opens_dated(join_lines(list(texts[n:end])))):
            # (its lead's first line may be another capital's: ``The Friends of the`` /
            # ``Millbrook Public Library will hold…``)
            while (n - 1 > start + 1 and texts[n - 1][:1].isupper()
                   and not ends_sentence(texts[n - 2])):
                n -= 1
            stretched = "  " in texts[n] or "  " in texts[n - 1]  # pdfminer's
            return n - start if len(texts[n - 1]) >= full and not stretched else -1
    return -1


#: A paragraph's first line written apart is this share of its paragraph's middle line
#: at least (a full line of the column, its indent aside), and no wider than its widest
#: line by more than ``FIRST_APART_OVER`` characters (a headline across columns is).
FIRST_APART_SHARE = 0.75
FIRST_APART_OVER = 2


def first_line_apart(chunks: list[list[Row]], is_marker: Callable[[str], bool]) -> list[list[Row]]:
    """Latin chunks with each paragraph's first line that pdfminer wrote as a text box of
    its own put back on its paragraph: it boxes a paragraph's indented first line apart
    (``City crews will flush fire hydrants`` / blank / ``in the Bayview and Hilltop…``),
    so the lead's day, a brief's headline's words, a sentence's end are out of reach of
    the tests that read a paragraph's first lines. A lone line of three words or more,
    as wide as the column's lines under it (``FIRST_APART_SHARE``, ``FIRST_APART_OVER``),
    ending no sentence, not in capitals and no marker (a byline, credit or jump line),
    goes on the chunk under it when that chunk's first line opens in lower case (no
    story, heading or caption does) or the line ends on a word no sentence ends on
    (``A pumpkin grown by Walt and`` / ``Debbie Skog of…``), and the chunk holds two lines
    or more (not one of pdfminer's words of a stretched line: ``the`` / ``at``)."""
    out: list[list[Row]] = []
    for chunk in chunks:
        if out and len(out[-1]) == 1 and len(chunk) >= 2 and _first_apart(
                out[-1][0][0], chunk, is_marker):
            out[-1] = out[-1] + chunk
            continue
        out.append(chunk)
    return out


def _first_apart(text: str, under: list[Row], is_marker: Callable[[str], bool]) -> bool:
    """Whether the lone line ``text`` is the first line of the paragraph ``under`` that
    pdfminer boxed apart (see ``first_line_apart``): the cheap tests of its words first,
    the column's widths last."""
    words = text.split()
    if len(words) < 3 or not (_LOWER_START.match(under[0][0])
                              or words[-1].lower() in DANGLING_WORDS):
        return False
    widths = sorted(len(row[0]) for row in under)
    return (FIRST_APART_SHARE * widths[len(widths) // 2] <= len(text) <= widths[-1]
            + FIRST_APART_OVER and not ends_sentence(text) and not text.isupper()
            and not is_marker(text))
