"""The words of headings in text without geometry: a headline's title case, a label in
capitals, a heading line that goes on with the one above, and what no heading is (a
contact line, a fact box, a quotation left open).

Split from ``typography`` (the printed-text rules of widths, sentence ends and joins),
which these rules ask but which asks none of them; a byline's words (a writer's post, a
second writer, ``By …``) are ``byline_words``'.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from operator import itemgetter

from .byline_words import post_word
from .linejoin import join_lines
from .script import ANY_CJK, is_han
from .typography import DANGLING_WORDS, OPENING_ARTICLES, SMALL_WORDS, ends_sentence

#: What a capitalised word of a title opens on (looked up in a set: no pattern a word).
_TITLE_FIRST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789“\"'‘(")


def in_title_case(text: str) -> bool:
    """Two words or more, capitalised but for small words (at least four in five of the
    rest): how a headline is set in many papers (``Warehouse Fire Forces Evacuation of
    Nearby Homes``), and running text never is."""
    words = [w for w in text.split() if w.isalpha() or w[:1].isalnum()]
    if len(words) < 2:
        return False
    big = [w for w in words if w.lower() not in SMALL_WORDS]
    return bool(big) and sum(map(_TITLE_FIRST.__contains__, map(itemgetter(0), big))) >= (
        0.8 * len(big))


def capitals_label(text: str) -> bool:
    """A label in capitals (``TRAFFIC ALERT``, ``HIGH SCHOOL HOCKEY``): one line of Latin
    type, ``LABEL_WORDS`` words at most, all in capitals. It heads a section or sits over
    a headline as its kicker, never a story of its own, whatever words it shares with
    another story (``HIGH SCHOOL`` with an obituary's ``a high school science teacher``)."""
    # (``isupper`` holds of CJK with a Latin capital: ``GDP增长``)
    return ("\n" not in text and text.isupper() and len(text.split()) <= LABEL_WORDS
            and ANY_CJK.search(text) is None)


#: A label in capitals has this many words at most.
LABEL_WORDS = 4


#: A heading's line that goes on the one above may open on a dash and a word in lower
#: case (``— but not on Sundays``); not on a dash before CJK (``——记…``, a Chinese deck).
DASH_GOES_ON = re.compile(r"[—–] [a-z]")


def goes_on(above: str, below: str) -> bool:
    """Whether heading line ``below`` goes on with the heading ``above`` it (its lines
    joined; one headline wrapped) in text without geometry, rather than being the next
    heading of a stack (kicker over headline, headline over deck). It does when it starts
    in lower case (``Dry spell drops reservoir to lowest`` / ``level in a decade``) or
    ``above`` ends in a hyphen. A headline set in capitals or title case starts every
    wrapped line with a capital: there ``below``, set alike, goes on only where ``above``
    ends as no heading ends: on a small word or a comma (``COUNCIL APPROVES PLAN TO`` /
    ``DREDGE HARBOR CHANNEL``), on a figure after four words or more (``Port Cargo Volume
    Rises 12`` / ``Percent as New Crane Comes Online``; ``Election 2024`` is a kicker), or,
    after four words or more, where ``below`` is one word (no deck is: ``… Dredge
    Harbor`` / ``Channel``; under ``TRAFFIC ALERT``, ``WEATHER`` is a second label). Short
    decks and kickers in title case or capitals (``Warehouse Fire Forces Evacuation`` /
    ``No Injuries Reported``) look like a headline's second line: they stay apart. Set in
    any case, ``above`` goes on where it ends on an article, a conjunction or a
    preposition no heading ends on (``Storm knocks out power to`` / ``41,000``). In
    sentence case ``below`` goes on where it is a name of a word or two under four
    words or more (``Late rally lifts Mariners past`` / ``Bridgeport``), or a name of one
    word under fewer (``Blood drive`` / ``Tuesday``: a deck is a clause). A line that
    opens on a dash goes on the line above (``Will the 7:15 still sail? Yes`` / ``— but
    not on Sundays``): no heading opens on one."""
    if below[:1].islower() or above.endswith("-") or DASH_GOES_ON.match(below):
        return True
    if not (below[:1].isupper() or below[:1].isdigit() or below[:1] in "$£€") or ends_sentence(
        above
    ):
        return False  # (a heading that ends a sentence is whole: an old paper's deck items)
    words, more = above.split(), below.split()
    if not words or not more:
        return False
    if len(words) >= 2 and words[-1].lower() in DANGLING_WORDS:
        return True
    if above.isupper():
        alike = below.isupper()
    elif not in_title_case(above):
        # In sentence case a wrapped line starts in lower case unless it opens on a name
        # (``Late rally lifts Mariners past`` / ``Bridgeport``): a name of a word or two
        # under four words or more is no deck (a deck is a clause in sentence case) and
        # no label (set in capitals); nor is one word under fewer (``Blood drive`` /
        # ``Tuesday``). No heading ends on a comma after four words or more: a headline
        # wrapped after its first clause goes on (``Voters back 2.5% property tax rise,``
        # / ``51.8% to 48.2%``).
        if len(words) >= 4 and words[-1].endswith(",") and not below.isupper():
            return True
        return (len(words) >= 4 or len(words) >= 2 and len(more) == 1) and not below.isupper() and (
            len(more) <= 2 and all(w[:1].isupper() and w.isalpha() for w in more)
            and not post_word(more[-1])  # (``Staff Writer``: a byline's post)
            and more[0] not in OPENING_ARTICLES  # (``The Ashford``: a sentence's start)
            or _name_left_open(words))
    else:
        alike = in_title_case(below) if len(more) > 1 else more[0].isalnum()
    if not alike:
        return False
    last = words[-1]
    return (last.lower() in SMALL_WORDS or last.endswith(",")
            or len(words) >= 4 and (len(more) == 1 or last[-1:].isdigit()))


#: Small words a heading may end on after a verb (``Crews clean up``), never after a name.
_PARTICLES = frozenset({"in", "on", "over", "up"})


def _name_left_open(words: list[str]) -> bool:
    """A sentence-case heading line that ends as no heading does, after a name: on a
    name's possessive (``After 63 years, Novak’s`` / ``Bakery pulls its last loaf``) or
    on a preposition after a name (``…at Terminal B on`` / ``Feb. 3 to check…``; after a
    verb ``on`` ends a heading: ``Talks drag on``). In sentence case only names are
    capitalised."""
    last, before = words[-1], words[-2]
    if last[-2:] in ("’s", "'s") and last[:1].isupper():
        return True
    return last in _PARTICLES and before[:1].isupper() and before[:1].isalpha()




#: What is never a headline, whatever its shape: a contact line (an e-mail or web
#: address), a label whose value is a telephone number or a price (``咨询电话：0512-5352
#: 1234``, ``Tickets: $15``; not a year span or a score: ``Toni Morrison: 1931-2019``,
#: ``Final score: 3-2``), a line in round brackets whole (``（完）`` closing a story,
#: ``(AP)``; ``【聚焦两会】`` is a kicker).
NOT_A_HEADING = re.compile(
    r"@|https?://|www\."
    r"|[:：]\s*(?!\d{4}\s*[-–]\s*\d{4}$)(?:\+?[\d(（][\d\s\-–()（）]{6,}|[$€£¥]\s*\d[\d.,]*"
    r"|\d[\d.,]*\s*元)$"
    r"|^[(（][^)）]*[)）]$")
#: A label and its value (``What: Summer swim nights``, ``地址：人民路1号``).
LABEL_VALUE = re.compile(r"^[^\W\d_][^:：]{0,20}[:：]\s*\S")
#: How a label alone over its value or rows ends (``Sailings:``, ``投诉维权：`` over
#: ``0596-8866119``): on its colon, never a heading's line.
LABEL_ENDS = (":", "：")


#: A listing's entry gives a clock time (``澄湖都市频道 21:30 周末说法``, ``、18:08（潮高
#: 421厘米）``); not a label's value (``时间：19:30``) nor a race's time (``2:14:37``).
_CLOCK_TIME = re.compile(r"(?<![\d:：])[0-2]?\d:[0-5]\d(?![\d:])")


#: A timetable's row wrapped: its last times alone on the next line (``东屿—青屿 07:00
#: 09:30 13:00`` / ``16:30``).
_CLOCK_TIMES = re.compile(r"^\s*(?:[0-2]?\d:[0-5]\d\s*)+$")


#: A results table's row sets three figures or more apart by spaces alone (a draw's
#: numbers, ``红球 03 08 15 22 27 31``, ``14 20 26 33``; ``3D 第2026190期 4 0 7``): no
#: Chinese sentence or heading writes figures so, it joins them with words or marks.
#: (Searched only in a line holding a space or tab: its lookbehind is tried at each
#: character, and most Chinese lines hold none.)
_FIGURE_ROW = re.compile(r"(?<![\d.,:：%])\d{1,4}(?:[ \t]+\d{1,4}){2,}(?![\d.,:：%])")


def listing_entry(text: str) -> bool:
    """Whether a Chinese line is an entry of a listing (a TV guide, a tide table, a
    timetable, a draw's results): it gives a clock time, or (a row wrapped) holds clock
    times alone, or it sets figures apart as a table's row (``_FIGURE_ROW``). An entry
    is complete with no stop, and no heading."""
    return (":" in text and (_CLOCK_TIME.search(text) is not None and bool(
        ANY_CJK.search(text)) or _CLOCK_TIMES.match(text) is not None)
        or (" " in text or "\t" in text) and _FIGURE_ROW.search(text) is not None)


def closes_line(text: str) -> bool:
    """Whether a Chinese line leaves nothing open for the next to go on: it ends its
    sentence, or it is a listing's entry (``listing_entry``: ``东屿生活频道 20:00 海鲜大
    排档``), complete with no stop. A lead after it (a notice set under a TV guide:
    ``因燃气管网改造施工，12月12日…``) opens the next item, not the entry's rest."""
    return ends_sentence(text) or listing_entry(text)


#: A listing's standing head holds this many letters at most (``电视节目``, ``潮汐预报``).
LISTING_HEAD_LETTERS = 8


def listing_head(texts: Sequence[str], above: str = "") -> int:
    """How many of a chunk's first lines (one or two) are a listing's standing head
    written on top of its first entry, no blank line between (``船期信息`` / ``东屿—青屿
    07:00 09:30``; the rail's label over it, ``民生提示`` / ``电视节目`` / ``频道 18:30 …``):
    each a few Chinese letters and no mark, over a line that is an entry
    (``listing_entry``). An entry is no sentence a paragraph opens on, so the lines
    over it are no paragraph's first line but the listing's heading. Under an entry
    left open (``above``) a line is that entry's rest, wrapped (``…19:00 澄湖新`` /
    ``闻联播``)."""
    if listing_entry(above) and not ends_sentence(above):
        return 0
    for k in (1, 2):
        if len(texts) <= k:
            return 0
        head = texts[k - 1].strip()
        if not (2 <= len(head) <= LISTING_HEAD_LETTERS and is_han(head)):
            break
        if listing_entry(texts[k]):
            return k
    else:
        return 0
    # One head over its first entry's row wrapped (``福利彩票开奖公告`` / ``双色球 第2026081期
    # 红球`` / ``03 08 15 22 27 31 蓝球 09``).
    return int(k == 2 and len(texts) > 2 and listing_entry(texts[2])
               and not closes_line(texts[1]))


#: An entry of a list inside a Chinese story opens on its number or a bullet (``1. 牧羊犬组：
#: 胡椒（边境牧``, ``2、``, ``（3）``, ``• 票价不变，全票4.5元``): no heading opens so on the
#: study pages (S to S5, either language); a headline may open on a figure (``3台变压器``).
#: (The line that brings a list in ends on a colon, ``各组冠军名单如下：``, but so may a
#: headline's first line wrapped, ``…二审改判：`` / ``证据不足，…``.)
_CJK_LIST_ENTRY = re.compile(
    rf"^\s*(?:\d{{1,2}}[.．、](?!\d)|[（(]\d{{1,2}}[)）]|[•▪])\s*{ANY_CJK.pattern}")


def cjk_list_entry(lines: Sequence[str]) -> bool:
    """Whether Chinese lines hold a list's entry (``_CJK_LIST_ENTRY``): a story's
    text, never a heading."""
    return any(_CJK_LIST_ENTRY.match(t) for t in lines)


#: A listing's entry or a letter's signature opens on a name and a comma, a place, an
#: address, an age or a time after it: ``Elaine Morrow, Quay Street``, ``1. Jess Vance,
#: Ashford Wheelers, 4:51:20``, ``ALDER, Ruth M., 88, of``, ``Tamber Playhouse, 14 Quarry``.
_NAME_FIELD = re.compile(
    r"^(?:\d{1,2}\.\s+)?(?:[A-Z][\w’'.&-]*\s+){0,3}[A-Z][\w’'.&-]*,\s+(?=[A-Z\d])")
#: Lower-case words a name's place or time may hold (``of Pike Valley``, ``8 p.m.``).
_PLACE_WORDS = SMALL_WORDS | {"a.m.", "p.m."}


def name_entry(text: str) -> bool:
    """Whether an English line opens on a name and a comma (``_NAME_FIELD``) and holds
    only names, figures and small words after it. A headline that opens on a name goes
    on with what the name did (``Margaret Hale, 91, taught generations to swim``), in
    lower case; a folio's date in capitals (``SATURDAY, 12 DECEMBER 2026``) is no entry."""
    t = text.strip()
    if "," not in t or not ("A" <= t[:1] <= "Z" or t[:1].isdecimal()):
        return False  # (most lines: no comma, or no capital or figure first, as the pattern needs)
    m = _NAME_FIELD.match(t)
    if m is None or text.isupper():
        return False
    rest = t[m.end():].replace(",", " ").split()
    return all(w[:1].isupper() or w[:1].isdigit() or w in _PLACE_WORDS for w in rest)


def entry_line(text: str) -> bool:
    """Whether an English line is a listing's entry cut at its clause, as a standing
    head's next line in a narrow column (``Grant Avenue, Monday, 11:48 p.m. —``; ``Kevin
    Lorimer (34), of Seagate,``): three words or more opening in a capital and ending on
    a mark that leads on (a comma, a dash), which no heading's line does; an entry, or a
    lead that names its subject, wraps early, at its clause."""
    text = text.rstrip()
    return text[:1].isupper() and text.endswith((",", "—")) and len(text.split()) >= 3


def opens_on_name(text: str) -> bool:
    """Whether an English line opens on a name and a comma (``_NAME_FIELD``: ``Grant
    Avenue, Monday,``), as a listing's entry does and a sentence in lower case after its
    first word (``Receipts totaled 1,126 head,``) does not."""
    return _NAME_FIELD.match(text.strip()) is not None


#: A listing's label rows under the line that names them, at least (``Daily 3 midday:
#: 4-0-7`` / ``Daily 3 evening: 9-9-2``).
LABEL_ROWS = 2
#: The line over a listing's label rows holds this many words at most (``Wednesday’s
#: numbers``).
ROWS_NAME_WORDS = 4


def label_rows(lines: Sequence[str]) -> bool:
    """Whether English ``lines`` open a listing of label rows under a line that names
    them (``Wednesday’s numbers`` / ``Daily 3 midday: 4-0-7`` / ``Daily 3 evening:
    9-9-2``): a few words in a capital, no label (no colon) and no sentence's end, over
    ``LABEL_ROWS`` rows that are each a label and its value whole (``LABEL_VALUE``,
    ending on no mark that leads on). A story's rows under its crosshead open on their
    first label and wrap (``Results`` / ``First grade: Narrawin 22 d`` / ``Corrowong 18;
    Mungabri…``, ``Scorers`` / ``Carrick Haven: tries Tulloch,`` / ``Mathers;…``)."""
    if len(lines) < 1 + LABEL_ROWS:
        return False
    name, rows = lines[0].strip(), [t.strip() for t in lines[1:1 + LABEL_ROWS]]
    return (1 <= len(name.split()) <= ROWS_NAME_WORDS and name[:1].isupper()
            and not any(c in name for c in ":：") and not ends_sentence(name)
            and not name.endswith((",", ";", "-", "—"))
            and all(LABEL_VALUE.match(t) and not t.endswith((",", ";", "-", "—"))
                    for t in rows))


def never_a_heading(lines: Sequence[str]) -> bool:
    """Lines no headline is, whatever their shape (``NOT_A_HEADING``), or a fact box:
    two lines or more, each a label and its value (``When: 7 p.m.`` / ``Where: …``), or
    a Chinese list's entry (``cjk_list_entry``).
    (Asked of every short block: a line holding none of the characters the patterns
    need is passed without them.)"""
    marked = [t for t in lines if HEADING_NEVER_HOLDS.intersection(t)]
    return any(NOT_A_HEADING.search(t) for t in marked) or (
        len(lines) >= 2 and len(marked) == len(lines) and all(LABEL_VALUE.match(t) for t in lines)
    ) or cjk_list_entry(lines)


#: A Chinese full stop at a text's end, closing quotes or brackets after it at most.
_CJK_FULL_STOP = re.compile(r"。[”’」』）)]*\s*$")


def ends_on_full_stop(text: str) -> bool:
    """Whether a Chinese text ends on a full stop: running text does, a heading never
    (a headline drops the stop, though it keeps a question or exclamation mark:
    ``学校门口的斑马线能不能`` / ``再画清楚些？``; none of the study and dev sets' 1,326
    Chinese headlines ends on one)."""
    return _CJK_FULL_STOP.search(text) is not None


#: Opening CJK quotation and title marks and the marks that close them.
_CJK_PAIRS = (("“", "”"), ("「", "」"), ("『", "』"), ("《", "》"))


def quote_left_open(text: str) -> bool:
    """Whether a Chinese text opens a quotation or a title it does not close: a line of
    running text cut at the line's end (``“今年头茬茶卖到每斤1200`` / ``元，…。”``), which no
    headline is (a headline quotes whole: ``“悦读清河”活动启动``)."""
    return any(text.count(o) > text.count(c) for o, c in _CJK_PAIRS if o in text)


def quote_not_whole(text: str) -> bool:
    """Whether a Chinese text holds a quotation or a title not whole: one left open
    (``quote_left_open``) or one closed it never opened, the rest of a sentence begun above
    it, cut at a column's foot or a line's end (``…走不动路的老`` / ``人怎么办？”``). No
    headline does: a headline quotes whole."""
    return any(text.count(o) != text.count(c) for o, c in _CJK_PAIRS)


#: A line ``NOT_A_HEADING`` or ``LABEL_VALUE`` matches holds one of these.
HEADING_NEVER_HOLDS = frozenset("@/.:：(（")


def wrapped_head(lines: list[str]) -> str | None:
    """A standing head's text, its block's one line or two: a head set in larger type
    over a narrow column wraps after a word or two, its second line going on with the
    first (``goes_on``: ``Shipping`` / ``movements``, ``Planning`` /
    ``applications``, ``Library hours`` / ``change``); an extractor that boxes the head
    apart from its text (pdfminer; pdftotext over a blank line) writes both lines in one
    block. Two lines of running text in a block of their own are a paragraph's end,
    which ends a sentence (``downstyle_headlines.short_head`` refuses it), or pieces of
    a stretched line, written a block each; a kicker over its headline is no line that
    goes on."""
    if len(lines) == 1:
        return lines[0].strip()
    if len(lines) != 2 or not goes_on(lines[0].strip(), lines[1].strip()):
        return None
    return join_lines([t.strip() for t in lines])


def word_letters(word: str) -> str:
    """A word's letters, its apostrophes and the hyphens of a compound dropped
    (``Tonight’s``, ``Load-shedding``, ``Round-up``): a head's first word is letters so
    joined, never a figure or a label's colon (``Tonight:``)."""
    return word.replace("’", "").replace("'", "").replace("-", "")
