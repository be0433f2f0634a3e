"""A brief's head right under a line left open, on an English text page without geometry
(``Cash 25: 02-09-11-17-20-23`` / ``Splash pads extended`` / ``Splash pads at Ellison
Park…``; ``Border Force officers found 412`` / ``Tonight’s TV`` / ``6.30pm Reporting
Scotland``): told by what stands under it, not by the line above.

``text_headings`` keeps a short line under text that ends no sentence as that sentence's
next words (a column break cut it), and ``downstyle_headlines.standing_head`` asks the
line above to end one. That is what runs a column's brief into the story or listing
above it, the largest class of two items' text in one output item on the study sets
(a listing's last row, a column's foot, ends no sentence). A sentence goes on with a line
that fills its column, or with a piece of one an extractor wrote apart; not with a line
cut short of its column whose words the next sentence says again
(``_head_in_its_words``), nor with a line over a row that sets its time first
(``downstyle_headlines.dated_listing_head``), which the line above a piece of a row
would be if it were one word. A crosshead, too, follows a paragraph's end, so a head
here is no story's crosshead. The line above must be running text left open, not a
letter's signature (``heading_words.name_entry``) nor a line's words written apart
(``_left_open``).

On a Chinese page laid out from a grid (``pdftotext -layout``) the lines keep their
printed indents, and the paragraph set in under a head tells it too
(``head_over_indent``): a brief's head in a rail of briefs, read under another item's
column left open (``周六举办大型招聘会`` / ``11月28日上午，市人力资源…`` set in).
"""

from __future__ import annotations

from .downstyle_headlines import (
    PIECES_READ,
    dated_listing_head,
    heads_listing,
    label_over,
    short_head,
)
from .heading_words import name_entry
from .leads import headed_by, opens_on_time
from .linejoin import join_lines
from .model import BODY, Block, BlockKind
from .paragraphs import FIRST_LINE_SHORT
from .resumed_text import previous_text
from .script import HAN_CHAR
from .text_pieces import text_under
from .typography import UNDER_HEADING_LINES, cut_short, ends_sentence, text_width

#: A brief's head that its text repeats in its own words holds this many words at most
#: (``Port cargo up 8 percent`` / ``The Port of Langley handled 412,600 tons of cargo…``).
HEADED_HEAD_WORDS = 6


def head_under_open_line(blocks: list[Block], kinds: list[BlockKind], i: int) -> bool:
    """Whether one-line body block ``i`` is a brief's head under a line left open
    (``_left_open``): its text repeats it in its first sentence (``_head_in_its_words``),
    or it heads a dated listing (``dated_listing_head``) under a line of two words or more
    (a listing's row written a word a block leaves a lone word over the next row's
    piece: ``6.30pm`` / ``Scotland`` / ``Reporting`` / ``7.00pm The Fishing Coast:``)."""
    b = blocks[i]
    if len(b.lines) != 1 or i + 1 >= len(blocks) or kinds[i + 1] is not BODY:
        return False
    left = _left_open(blocks, kinds, i)
    if not left or label_over(blocks, kinds, i) is not None:
        return False  # (a label over the head, ``Briefly``: ``standing_head`` takes both)
    text = b.text.strip()
    under = text_under(blocks, kinds, i) or [ln.text for ln in blocks[i + 1].lines]
    return _head_in_its_words(text, under) or len(left.split()) > 1 and (
        dated_listing_head(text, under[0]) or _head_over_listing(text, under))


def _head_over_listing(text: str, under: list[str]) -> bool:
    """Whether ``text`` is a standing head over a listing's entry, a court brief's lead or
    label rows (``heads_listing``: ``In court`` / ``Kevin Lorimer (34), of``, ``Police
    beat`` / ``Grant Avenue, Monday, 11:48 p.m. —``, ``Lottery`` / ``Wednesday’s
    numbers`` / ``Daily 3 midday: 4-0-7``), cut well short of the measure of the lines
    under it (``typography.cut_short``, as ``_head_in_its_words``): a sentence left open
    goes on with a line that fills its column, and not to a name with an age or a
    listing's row."""
    if not heads_listing(text, under):
        return False
    measure = max(len(" ".join(t.split())) for t in under[:UNDER_HEADING_LINES])
    return cut_short(text, under[0].split()[0], measure)


def _head_in_its_words(text: str, under: list[str]) -> bool:
    """Whether ``text`` is a brief's head that the text under it repeats in its first
    sentence (``leads.headed_by``: ``Splash pads extended`` / ``Splash pads at Ellison
    Park, Riverside…``), cut well short of that text's measure (``typography.cut_short``
    against the widest of its first ``UNDER_HEADING_LINES`` lines): running text wraps
    where its line is full, and no sentence names its subject twice running. Its shape
    is a standing head's (``short_head``), up to ``HEADED_HEAD_WORDS`` words, with no
    colon (a listing's row, ``Daily 3 evening: 9-9-2``, repeats the labels of the rows
    under it), and the text under it opens in a capital (a lead's first word, not a
    sentence's rest)."""
    if (not under or not under[0][:1].isupper() or ":" in text
            or not short_head(text, HEADED_HEAD_WORDS)):
        return False  # (a label's row repeats the labels under it: ``Daily 3 evening: 9-9-2``)
    measure = max(len(" ".join(t.split())) for t in under[:UNDER_HEADING_LINES])
    return (cut_short(text, under[0].split()[0], measure)
            and headed_by(text, join_lines(under[:UNDER_HEADING_LINES])))


def _left_open(blocks: list[Block], kinds: list[BlockKind], i: int) -> str:
    """The line the running text right over block ``i`` leaves open, or ``""``: its last
    line, when it ends no sentence and the last ``PIECES_READ`` lines are no line's words
    written apart (a lone word ending on a comma, ``Hollis,`` / ``Thorpe``) nor a name
    and its place (``heading_words.name_entry``: a letter's signature, ``Margaret Hollis,
    Thorpe`` / ``Hagg``, which closes its letter as a sentence's end does). The lines are
    read whatever their kind: a signature's name may have been typed a heading, its
    place left as text. A line alone in its block is running text left open only as a
    standing label (``short_head``: ``Briefly``) or a dated listing's row
    (``leads.opens_on_time``: ``10.40pm Sportscene``, pdfminer's last row); else it is
    a heading's line, a deck wrapped over the head's place (``Crews from Brittany, Norway
    and the Faroes join the three-day`` / ``Carrick Haven Sea Song Festival``)."""
    prev = previous_text(blocks, kinds, i)
    if prev is None or kinds[prev] is not BODY or ends_sentence(blocks[prev].text):
        return ""
    lines = [ln.text.strip() for b in blocks[max(0, prev - PIECES_READ + 1):prev + 1]
             for ln in b.lines][-PIECES_READ:]
    if name_entry(" ".join(lines)) or any(len(t.split()) == 1 and t.endswith(",")
                                          for t in lines):
        return ""
    if len(blocks[prev].lines) == 1 and not (short_head(lines[-1]) or opens_on_time(lines[-1])):
        return ""  # (a heading's line, a deck's first: ``Crews from Brittany, … the three-day``)
    return lines[-1]


def head_over_indent(blocks: list[Block], kinds: list[BlockKind], i: int, lang: str) -> bool:
    """Whether one-line body block ``i`` of a Chinese page whose lines keep their printed
    indents (``Page.from_grid``) is a brief's head between a column's running text left
    open and the first line of a paragraph set in under it. The line is set flush and
    ends no sentence, and the line under it is set in: so it is no paragraph's last line
    (that ends its sentence) nor a line inside one (the next would run on flush), and no
    centred crosshead. The running text above (two lines or more) is left open, so the
    line is no crosshead after a paragraph's end either (the last two lines read as one:
    a closing quote wrapped alone, ``…的。`` / ``”``, closes the sentence over it); a
    one-line block above is a heading's line, not a column's foot. A head is broken by
    hand: it opens on a character and is narrower than any paragraph's first line in the
    column under it (``paragraphs.FIRST_LINE_SHORT``). Chinese only: on the English
    study pages the shape took a jump line (``More on page 8``) and a head's first piece
    as often as a brief's head, and a head so parted could go to the brief after it."""
    b = blocks[i]
    if (lang != "zh" or len(b.lines) != 1 or b.lines[0].indent > 0
            or i + 1 >= len(blocks) or kinds[i + 1] is not BODY
            or blocks[i + 1].lines[0].indent <= 0):
        return False
    text = b.text.strip()
    prev = previous_text(blocks, kinds, i)
    if (not HAN_CHAR.match(text) or ends_sentence(text) or prev is None
            or kinds[prev] is not BODY or len(blocks[prev].lines) < 2
            or ends_sentence("".join(ln.text.strip() for ln in blocks[prev].lines[-2:]))
            or label_over(blocks, kinds, i) is not None):
        return False
    under = [ln.text.strip() for ln in blocks[i + 1].lines[:UNDER_HEADING_LINES]]
    return text_width(text) < max(text_width(t) for t in under) - FIRST_LINE_SHORT
