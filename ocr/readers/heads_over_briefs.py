"""A brief's or a listing's head printed right on top of its text: whether a chunk's
first line (or two) is one, by what the text under it opens on.

``readers.heads_on_top`` asks whether a chunk's first lines are a heading on top of
its body, mostly by widths (a line cut short of the column's measure, a heading in
larger type); a brief's head over its text is often as wide as a line of running text,
so these forms tell it by the text under it instead -- a headline in its lead's own
words (``headline_over_lead``), a head over a sentence's opening (``head_over_sentence``),
over a dated listing's times (``head_over_times``), over label rows (``head_over_rows``),
over an entry line cut short too (``head_over_entry``). Apart from ``heads_on_top``
because these are one family with measures of their own (``OPENER_ZIPF``,
``BRIEF_HEAD_WORDS``), asked from ``heads_on_top`` alone; they share
``readers.textheads``' tests of a line's form.
"""

from __future__ import annotations

from ..downstyle_headlines import STANDING_HEAD_WORDS, dated_listing_head, short_head
from ..heading_words import capitals_label, entry_line, label_rows
from ..leads import day_alone, day_or_month, headed_by, introduces_person, opens_referring
from ..linejoin import join_lines
from ..markers import marker_kind
from ..profiles import CompiledMarkers
from ..text_pieces import STRETCHED_READ, listing_row
from ..typography import (
    DANGLING_WORDS,
    SMALL_WORDS,
    UNDER_HEADING_LINES,
    ends_a_sentence,
    ends_sentence,
)
from .textheads import not_a_heading, opens_story, reads_as_heading, runs_into


def headline_over_lead(texts: list[str], m: CompiledMarkers) -> bool:
    """A chunk's first line is a brief's headline on top of its lead, which it sums up
    in the lead's own words (``leads.headed_by``: ``Scouts collect 2 tons of food`` /
    ``Scouts from Troop 27 and`` / ``Pack 14 collected…``), whatever the lead's subject.
    The line ends no sentence, holds two words or more and ends on no small word, reads
    as a heading and is no marker; the lead under it opens in a capital on a line of
    three words or more (not a heading's second line: ``Blood drive`` / ``Tuesday``)."""
    head, first = texts[0], texts[1]
    words = head.split()
    # (The tests of the lines' own form first, the lead's words, joined and parsed, last.)
    return (len(words) >= 2 and len(first.split()) >= 3 and first[:1].isupper()
            and not ends_a_sentence(head) and words[-1].lower() not in DANGLING_WORDS
            and reads_as_heading(head) and not not_a_heading(first)
            and marker_kind(head, m) is None and not opens_story(head, m)
            and headed_by(head, join_lines(texts[1:5])))


#: A common word's frequency (Zipf) at least: a line's first word in a capital that is
#: one (``Starting``, ``Answers``) opens a sentence; a name (``Wexmouth``, ``Harold``) may
#: go on one.
OPENER_ZIPF = 4.0
#: A brief's head over its text holds at most this many words (``Library hours change``).
BRIEF_HEAD_WORDS = 4


def head_over_sentence(texts: list[str], widths: list[float], m: CompiledMarkers) -> bool:
    """A chunk's first line is a brief's head in larger type on top of its text, which
    opens a new sentence (``Library hours change`` / ``Starting Jan. 4, the`` /
    ``Wexmouth Public Library`` / ``will open at 9 a.m. instead``): set larger, the head
    is not cut short against the body's first word, but no running text that ends no
    sentence goes on in a capital on a common word (``OPENER_ZIPF``), nor on a name
    (``Company principal`` / ``Andrew Koh said…``, a crosshead's ``Longshore jobs`` /
    ``Local 53 of the``: a capital or a figure after it, not a month's, ``Starting Jan.
    4``; ``the Wexmouth`` / ``Public Library``), nor a day's or month's.
    The head is a few words (``BRIEF_HEAD_WORDS``), narrower than the body's widest line
    (the column's measure), not in capitals (a dateline, ``WEXMOUTH`` / ``The city
    council…``, or a kicker), ends on a letter or figure (no mark that leads on, no
    sentence's end), on no small word (``The Union Depot on`` / ``Water Street…``) nor a
    capital (a name going on), reads as a heading and is no marker, byline or dateline.
    The body's first line holds three words or more, is no marker (``By Joel Mertz``)
    nor a label's value (``High: 5:42 a.m.``; a run-in head's ``FOUND:`` is the run-in
    rules'), and does not refer back (``The approval does`` / ``not guarantee…``, ``It
    nearly did not happen.``: a crosshead over a story's later paragraph)."""
    head, first = texts[0], texts[1]
    words, opener = head.split(), first.split()
    if not (1 <= len(words) <= BRIEF_HEAD_WORDS and len(opener) >= 3 and head[-1:].isalnum()
            and opener[0][:1].isupper() and opener[0].isalpha() and not head.isupper()):
        return False
    if len(words) > 1 and (words[-1][:1].isupper() or words[-1].lower() in SMALL_WORDS):
        return False
    if widths[0] >= max(widths[1:1 + UNDER_HEADING_LINES]) or day_or_month(opener[0]):
        return False
    if (opener[1][:1].isupper() or opener[1][:1].isdigit()) and not day_or_month(opener[1]):
        return False  # a name, ``Andrew Koh``, ``Local 53`` (a month: ``Starting Jan. 4``)
    from ..lexicon import zipf  # loaded only for a line that gets this far
    return (zipf(opener[0], "en") >= OPENER_ZIPF and reads_as_heading(head)
            and not not_a_heading(first) and marker_kind(head, m) is None
            and marker_kind(first, m) is None and not opens_story(head, m)
            and not opens_story(first, m)
            and not opens_referring(join_lines(texts[1:1 + UNDER_HEADING_LINES])))


def head_over_times(texts: list[str], widths: list[float], m: CompiledMarkers) -> bool:
    """A chunk's first line is a brief's standing head on top of a dated listing, whose
    first row opens on a time (``downstyle_headlines.dated_listing_head``: ``On TV
    tonight`` / ``7 p.m. WTVC 4: Harrow…``, ``Fixtures`` / ``Saturday: Kelderby Town v…``,
    ``50 years ago`` / ``October 1976: Kelderby's new…``, ``Tides`` / ``High: 5:42 a.m.
    …``): no sentence goes on to a row that sets its time first, so such a line heads the
    rows under it, as ``head_over_sentence`` parts a head over a sentence's opening. As
    there, it is narrower than the rows' widest line, ends on no capital (a name going
    on), reads as a heading and is no marker, byline or dateline; over a row read over its
    pieces (``text_pieces.listing_row``: ``50 years ago`` / ``October`` / ``1976:`` /
    ``Kelderby’s…``) it ends on no small word either."""
    head, first = texts[0], listing_row(texts[1:1 + STRETCHED_READ])
    words = head.split()
    if not words:
        return False
    if first != texts[1] and words[-1].lower() in SMALL_WORDS:
        return False  # (a sentence going on over a row's pieces: ``The club meets on`` /
        # ``Saturday:`` / ``members should bring…``)
    if not dated_listing_head(head, first) or len(words) > 1 and words[-1][:1].isupper() and (
            not words[-1].isupper()):  # (an initialism ends a head, ``Tonight’s TV``)
        return False
    return (widths[0] < max(widths[1:1 + UNDER_HEADING_LINES]) and reads_as_heading(head)
            and marker_kind(head, m) is None and not opens_story(head, m))


def head_over_rows(texts: list[str], widths: list[float], m: CompiledMarkers) -> int:
    """How many of a chunk's first lines are a listing's standing head on top of its
    label rows (``Lottery`` / ``Wednesday’s numbers`` / ``Daily 3 midday: 4-0-7`` / …,
    ``heading_words.label_rows``), perhaps under its briefs column's label (``Around the
    region``, ``METRO DIGEST``): no sentence goes on to a line that names rows, and a
    story's rows under its crosshead open on their first label. The head is a standing
    head's shape (``short_head``; the label over it may be in capitals), narrower than
    the rows, reads as a heading and is no marker, byline or dateline."""
    for k in (1, 2):
        if len(texts) < k + 3 or not label_rows(texts[k:]):
            continue
        rows = max(widths[k:k + 3])
        return k if all((short_head(t) or j < k - 1 and capitals_label(t)) and w < rows
                        and reads_as_heading(t) and marker_kind(t, m) is None
                        and not opens_story(t, m)
                        for j, (t, w) in enumerate(zip(texts[:k], widths[:k], strict=True))
                        ) else 0
    return 0


def head_over_entry(texts: list[str]) -> bool:
    """A chunk's first line is a brief's standing head on top of its text, whose first
    line is cut short too (``Police beat`` / ``Grant Avenue, Monday, 11:48 p.m. —`` / ``A
    resident reported…``; ``In court`` / ``Kevin Lorimer (34), of Seagate,`` / ``was
    fined…``): that second line is no heading's (``heading_words.entry_line``), or, set
    full (pdftotext writes ``Kevin Lorimer (34), of Seagate, was fined`` whole), it names a
    person in full with an age, as a court brief's lead does at first mention
    (``leads.introduces_person``; no heading's second line does). The head
    holds a word or a few (``STANDING_HEAD_WORDS``), reads as a heading, and is no
    calendar's day (``Friday`` / ``Tree lighting on the Green,`` / ``5:30 p.m.``)."""
    head, second = texts[0], texts[1].rstrip()
    words = head.split()
    return (1 <= len(words) <= STANDING_HEAD_WORDS
            and (entry_line(second) or introduces_person(join_lines(texts[1:3])))
            and not ends_sentence(head) and not day_alone(head) and reads_as_heading(head)
            and not runs_into(head, second))
