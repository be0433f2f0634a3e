"""English text's pieces that have a heading's shape and are none: a brief's lead that
a block in lower case finishes, a story's stretched first line under its byline, and
the words of a stretched line pdfminer writes a block each around a heading.
pdftotext and pdfminer write them apart from their text (a block a paragraph, a column
or a few words); ``text_headings`` asks these before it makes a block a heading.
"""

from __future__ import annotations

from .heading_words import goes_on
from .leads import headed_by, news_lead_at, opens_news_lead
from .linejoin import join_lines
from .model import BODY, BYLINE, HEADLINE, Block, BlockKind
from .script import is_cjk, opens_upper
from .typography import (
    ARTICLES,
    DANGLING_WORDS,
    SENTENCE_INSIDE,
    UNDER_HEADING_LINES,
    cut_short,
    ends_a_sentence,
    ends_on_abbreviation,
    ends_sentence,
    room_left,
)

#: The next block's lines read for the end of a lead's first sentence.
LEAD_RUN_LINES = 3
#: A lead's lines read under a brief's headline (``heads_news_lead``).
LEAD_LINES_READ = 6


def lead_runs_on(blocks: list[Block], kinds: list[BlockKind], i: int) -> bool:
    """English: ``blocks[i]`` opens a news item's lead whose first sentence a block in
    lower case right after it goes on with and ends (``A 23-year-old man was charged
    with drunken`` / ``driving after his car struck a parked utility truck`` | ``on
    Gardner Road early Sunday, police said.``): a brief's first lines that a column's
    end or a photo's title above them cut off, not a headline under a label. A lead
    (``leads.opens_news_lead``: its subject named, the day, eight words or more) is a
    sentence, and no headline is finished by the running text under it."""
    b = blocks[i]
    if not 1 <= len(b.lines) <= 3 or not b.lines[0].text[:1].isupper():
        return False
    j = i + 1
    if (j >= len(blocks) or kinds[j] is not BODY or not blocks[j].lines
            or not blocks[j].lines[0].text[:1].islower()):
        return False
    rest = [ln.text for ln in blocks[j].lines[:LEAD_RUN_LINES]]
    if not any(SENTENCE_INSIDE.search(t) or ends_sentence(t) for t in rest):
        return False
    return news_lead_at([ln.text for ln in b.lines] + rest, after_end=True, as_written=False)


#: A story's first printed line, split by pdfminer at its widest spaces, holds this many
#: words at most before the part in lower case (``The Riverton`` / ``Planning Board`` /
#: ``gave preliminary approval…``).
OPENING_WORDS = 6


def words_under_byline(blocks: list[Block], kinds: list[BlockKind]) -> None:
    """English: heading-shaped pieces right under a byline, before a block that goes on
    in lower case, are the story's first line (set to ``BODY`` in ``kinds``). A justified
    line stretched wide (a narrow column's first line beside a long name) is written by
    pdfminer a few words a block, and its capitalised words (``The Riverton`` /
    ``Planning Board`` / ``gave preliminary approval Wednesday…``) look like a headline
    and its deck; a story's text, not its heading, stands under its byline, and no
    heading is finished by a block in lower case."""
    for i in range(len(blocks) - 1):
        if kinds[i] is not BYLINE:
            continue
        j, words = i + 1, 0
        while j < len(blocks) and kinds[j] is HEADLINE and words <= OPENING_WORDS:
            words += len(blocks[j].text.split())
            j += 1
        if (j == i + 1 or j >= len(blocks) or words > OPENING_WORDS or kinds[j] is not BODY
                or not blocks[j].lines or not blocks[j].lines[0].text[:1].islower()
                or any(ends_sentence(blocks[k].text) for k in range(i + 1, j))):
            continue
        for k in range(i + 1, j):
            kinds[k] = BODY


#: pdfminer writes a stretched line's words apart at its widest spaces: a lone piece
#: holds this many words at most.
STRAY_WORDS = 2


def stray_words(block: Block) -> bool:
    """English: a word or two in lower case that end no sentence, a block of their own
    (``should``, over a brief's headline): words pdfminer took out of a justified line
    stretched wide and wrote after the column (or before it). No sentence opens in
    lower case, so they tell nothing of whether the text above them ended its sentence."""
    if len(block.lines) != 1:
        return False
    t = block.lines[0].text
    return t[:1].islower() and len(t.split()) <= STRAY_WORDS and not ends_sentence(t)


#: A piece of a stretched line holds this many words at most (``The Ashford``).
PIECE_WORDS = 3


def _piece(block: Block) -> bool:
    """One line of a few words that ends no sentence: a piece of a justified line that
    pdfminer wrote as a block of its own (``The Ashford`` / ``Public``)."""
    if len(block.lines) != 1:
        return False
    t = block.lines[0].text
    return len(t.split()) <= PIECE_WORDS and not ends_sentence(t) and not t.isupper()


#: A stretched line written apart is this many pieces at least: one short line alone may
#: be a paragraph's last or a heading's wrapped word.
STRETCHED_PIECES = 2


def stretched_run(texts: list[str]) -> int:
    """How many of ``texts``' first lines are the pieces of one stretched line, written
    a word or a few a line (``The`` / ``Port`` / ``Langley`` / ``Community Choir sings…``;
    ``Starting`` / ``Jan.`` / ``4,`` / ``the`` / ``Wexmouth Public Library will…``): at
    least ``STRETCHED_PIECES`` lines of ``PIECE_WORDS`` words at most, none ending a
    sentence (an abbreviation's stop ends none, nor one the next piece goes on from in
    lower case or a figure: ``Jan.`` / ``4,``), the first opening in a capital or a
    figure, before a line of more words, and together no wider than the lines under them.
    0 when they are not. A justified line is stretched so only where the next word did
    not fit: it is full, however few its characters. (The caller passes a few lines:
    the chunk's rest need not be read.)"""
    n = 0
    for t, after in zip(texts, [*texts[1:], ""], strict=True):
        words = t.split()
        if len(words) > PIECE_WORDS:
            break
        if not words or t.isupper() or ends_sentence(t) and not (
                ends_on_abbreviation(t) or after[:1].islower() or after[:1].isdigit()):
            return 0
        n += 1
    if n < STRETCHED_PIECES or n >= len(texts) or not (
            texts[0][:1].isupper() or texts[0][:1].isdigit()):
        return 0
    # One line's words: joined, they fit the column the next lines fill (a narrow
    # column's lines of a few words each are each a line).
    measure = max(len(" ".join(t.split())) for t in texts[n:n + STRETCHED_MEASURE])
    return n if len(" ".join(texts[:n])) <= measure else 0


def listing_row(texts: list[str]) -> str:
    """A listing's first row read whole (``texts``: the lines under its head). A row set
    justified in a narrow column is written a word or two a line (``Saturday:`` /
    ``Kelderby`` / ``Town v Saltby Athletic (3pm);``, ``October`` / ``1976:`` /
    ``Kelderby’s new swimming baths…``), so the day's or month's label and its colon,
    which tell a dated row (``leads.opens_on_time``), stand apart from the words that
    make it one: the stretched line's pieces (``stretched_run``) are read with the line
    under them. A first line that is no such piece is the row (``4.38pm.`` alone under
    ``High water``: one short line is no stretched line)."""
    pieces = stretched_run(texts)
    return join_lines(texts[: pieces + 1]) if pieces else texts[0]


#: A narrow column's full line is checked against this many lines under it at least.
FULL_LINE_BELOW = 2


def full_line(texts: list[str]) -> bool:
    """Whether ``texts``' first line, a few words (``PIECE_WORDS``), is a full line of a
    narrow column, not a piece of a stretched line written apart: the next line's first
    word would not have fitted on it (``typography.cut_short`` against the widest of
    the next ``UNDER_HEADING_LINES`` lines, the column's measure), and ``FULL_LINE_BELOW``
    lines at least run on under it (``Green waste collections`` / ``in Kelderby and
    Wrayton`` / ``will move to fortnightly``). A briefs column is narrow: its lines hold
    three words, as a stretched line's pieces do, but each fills the measure of its
    neighbours (``Starting`` / ``Jan.`` / ``4,`` leave most of it)."""
    below = [t for t in texts[1:1 + UNDER_HEADING_LINES] if t.strip()]
    if len(below) < FULL_LINE_BELOW or not texts[0].strip():
        return False
    measure = max(len(" ".join(t.split())) for t in below)
    return not cut_short(texts[0], below[0].split()[0], measure)


#: The lines under a stretched line's pieces read for the column's measure.
STRETCHED_MEASURE = 3
#: Lines read under a heading for the pieces of a stretched line.
STRETCHED_READ = 8
#: ... and lines of running text under them, at least.
STRETCHED_BELOW = 2


def pieces_under(blocks: list[Block], kinds: list[BlockKind], i: int) -> int:
    """How many blocks right under block ``i`` are pieces of a stretched line (``_piece``)."""
    j = i + 1
    while j < len(blocks) and kinds[j] is BODY and _piece(blocks[j]):
        j += 1
    return j - i - 1


def over_stretched_line(texts: list[str], k: int) -> bool:
    """Latin: the chunk's first ``k`` lines are a heading over a lead whose first line is
    a stretched line written a word or a few a line (``Carols by the harbor`` / ``The`` /
    ``Port`` / ``Langley`` / ``Community Choir sings carols``; ``Library hours change`` /
    ``Starting`` / ``Jan.`` / ``4,`` / ``the`` / ``Wexmouth Public Library will``). The
    pieces (``text_pieces.stretched_run``) tell nothing of the column's measure but that
    their line is full; the measure is the next lines'. Running text wraps where the
    next word does not fit: a line on top of a full one that left room for it (set in
    larger type, a heading holds fewer characters, so the room is small) was broken by
    hand, and ends no sentence. With the pieces the heading would not fit on one line
    (else the heading's words may be the stretched line's first: ``Wexmouth`` / ``Public``
    / ``Library``). A heading of one word is left: a story's crosshead (``Livestock`` /
    ``Receipts`` / ``totaled`` / ``1,126 head…``) is set so too, and the walk reads a lone
    word after a sentence's end as a stretched line's piece (``lone_piece``); so is a
    label in capitals, over the heading lines it stands on (``THE WEEKEND`` / ``What’s
    on`` / ``Friday``)."""
    n = stretched_run(texts[k:k + STRETCHED_READ])
    below = texts[k + n:k + n + STRETCHED_MEASURE]
    if not n or len(below) < STRETCHED_BELOW:
        return False
    measure = max(len(" ".join(t.split())) for t in below)
    heads = texts[:k]
    if not all(t.strip() for t in heads) or len(join_lines(heads).split()) < 2 or any(
            t.isupper() or t.split()[-1].lower() in DANGLING_WORDS for t in heads):
        return False
    if any(room_left(heads[i], texts[i + 1].split()[0], measure) < 1 for i in range(k)):
        return False
    return len(join_lines([*heads, *texts[k:k + n]])) > measure


def text_under(blocks: list[Block], kinds: list[BlockKind], i: int) -> list[str]:
    """English: the lines of running text under block ``i``, a heading's candidate, with the
    pieces of a stretched line pdfminer wrote a block each between them (``Library
    extends`` / ``weekend hours`` | ``The Ashford`` | ``Public`` | ``Library will stay
    open…``) joined into one line, the text's first (pdfminer cuts a line, not a block),
    as are those written a line each atop the block (pdftotext's ``The`` / ``Port`` /
    ``Langley`` / ``Community Choir…``, pdfminer's last: ``The`` | ``National Weather`` /
    ``Service has issued…``; ``stretched_run``): a heading's shape is weighed
    against the column under it, and two words a block tell nothing of it. Empty when no
    block of two lines or more follows them."""
    j = i + 1 + pieces_under(blocks, kinds, i)
    apart = [blocks[k].lines[0].text for k in range(i + 1, j)]
    if (j + 1 < len(blocks) and kinds[j] is BODY and kinds[j + 1] is BODY
            and len(blocks[j + 1].lines) >= 2):
        # (pdfminer's last pieces, a block of lines: ``The`` | ``Langley`` / ``Port`` |
        # ``Community Choir sings carols``)
        more = [*apart, *(ln.text for ln in blocks[j].lines)]
        if stretched_run([*more, *(ln.text for ln in blocks[j + 1].lines)][
                :STRETCHED_READ]) >= len(more):
            apart, j = more, j + 1
    if j >= len(blocks) or kinds[j] is not BODY or len(blocks[j].lines) < 2:
        return []
    lines = [*apart, *(ln.text for ln in blocks[j].lines)]
    n = max(stretched_run(lines[:STRETCHED_READ]), len(apart))
    return [" ".join(lines[:n]), *lines[n:]] if n else lines


def lone_piece(block: Block) -> bool:
    """A word or two on a line of their own that end no sentence (``The``, ``Saturdays``,
    ``should``): after a block that ended its sentence, a piece of a stretched line
    pdfminer or pdftotext wrote apart, not the column's last line, which an extractor
    writes with the lines above it."""
    if len(block.lines) != 1:
        return False
    t = block.lines[0].text
    return (not any(map(is_cjk, t)) and len(t.split()) <= STRAY_WORDS
            and not ends_sentence(t))  # (Latin words: a CJK line holds no spaces)


def sentence_start(blocks: list[Block], kinds: list[BlockKind], i: int) -> bool:
    """English: block ``i``, a line of a few words in title case (``By Wednesday``,
    ``Supporters of removal``), is a sentence's first words that pdfminer or pdftotext
    wrote apart from a stretched line, not a heading, where the block right under it
    goes on in lower case over two lines or more (``evening, Granite State Electric
    said…``): a heading's wrapped rest is a word or three (``homes``), and the text
    under a heading opens its own sentence."""
    b = blocks[i]
    if len(b.lines) != 1 or len(b.lines[0].words) > PIECE_WORDS or i + 1 >= len(blocks):
        return False
    nxt = blocks[i + 1]
    return (kinds[i + 1] is BODY and len(nxt.lines) >= 2 and nxt.lines[0].text[:1].islower()
            and not ends_sentence(b.lines[0].text))


#: A brief's headline in sentence case holds this many words at most (``Scouts collect 2
#: tons of food``, ``Blood drive Tuesday``).
BRIEF_HEAD_WORDS = 8


def heads_news_lead(blocks: list[Block], kinds: list[BlockKind], i: int) -> bool:
    """English: block ``i``, a line or two of a few words that open in a capital and end
    no sentence nor on a word a sentence goes on from, right after a sentence's end and
    right over a news item's lead whose subject is named in full
    (``leads.opens_news_lead``: ``The American Red Cross will hold … Tuesday``), is that
    brief's headline, set in sentence case (``Blood drive`` / ``Tuesday``), which
    ``heading_shape.looks_like_headline``'s title case misses. No paragraph stands alone so short
    between two sentences; a lead is never a heading's second line."""
    b = blocks[i]
    if not 1 <= len(b.lines) <= 2 or i + 1 >= len(blocks) or kinds[i + 1] is not BODY:
        return False
    lines = [ln.text for ln in b.lines]
    words = " ".join(lines).split()
    if (not 2 <= len(words) <= BRIEF_HEAD_WORDS or not words[0][:1].isupper()
            or any(ends_a_sentence(" ".join(lines[:k + 1])) for k in range(len(lines)))
            or words[-1].endswith((",", ";", ":"))
            or words[-1].lower() in ARTICLES or words[-1].lower() in DANGLING_WORDS):
        return False
    if i and kinds[i - 1] is BODY and not ends_sentence(blocks[i - 1].text):
        return False
    under = join_lines([ln.text for ln in blocks[i + 1].lines[:LEAD_LINES_READ]])
    return under[:1].isupper() and (opens_news_lead(under) == "named" or headed_by(b.text, under))


#: A headline written in one block with its deck over a byline wraps over this many
#: lines at most (``headline_over_deck``), as ``tall_stack``'s stack: twice a headline's.
HEADLINE_OVER_DECK = 4
#: A headline's line that ends on a clause's mark goes on (``Second place again? Not
#: this time:`` / ``Vance takes the Coast Classic``).
_RUNS_ON = (",", ":", ";", "—", "–")


def headline_over_deck(texts: list[str]) -> int:
    """English: how many of the first lines of a chunk's lines written whole over a byline
    are its headline, the rest its deck (pdftotext writes both in the byline's block:
    ``Raise the retirement age for`` / ``state workers? Lawmakers`` / ``split after long
    hearing`` / ``Treasurer says the fund is short $2.3 billion; unions call the`` /
    ``plan a broken promise`` / ``Diane Okafor reports``); 0 where they are no such pair.
    The headline's wrapped lines go on (``heading_words.goes_on``, or a clause's mark
    at the end); the deck opens on the
    first line that does not, in a capital. No line
    ends a sentence but the headline's last (a question) and the deck's last (``… home
    to 9:40`` / ``p.m.``), none is in capitals (a kicker), and the deck holds no
    sentence's end inside."""
    if len(texts) < 2 or is_cjk(texts[0][:1]) or not opens_upper(texts[0]):
        return 0
    lines = [" ".join(t.split()) for t in texts]
    if any(t.isupper() or not t for t in lines):
        return 0
    head = next((k for k in range(1, len(lines)) if not (
        lines[k - 1].endswith(_RUNS_ON) or goes_on(lines[k - 1], lines[k]))), 0)
    if not 0 < head <= HEADLINE_OVER_DECK or len(lines) - head > HEADLINE_OVER_DECK:
        return 0
    deck = lines[head:]
    if not opens_upper(deck[0]) or any(SENTENCE_INSIDE.search(t) for t in deck):
        return 0
    if any(ends_a_sentence(t) for t in lines[: head - 1] + deck[:-1]):
        return 0
    if ends_a_sentence(lines[head - 1]) and not lines[head - 1].endswith(("?", "!")):
        return 0
    return head
