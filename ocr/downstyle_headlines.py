"""Downstyle headlines (sentence case: ``School board picks new superintendent``) on a
text page without geometry, which their shape alone does not tell from a line of running
text: told by what follows them (a paragraph's start they were broken by hand over, a
photo's caption and credit, a brief's lead that names its subject in full).
``text_headings`` asks them of English pages.
"""

from __future__ import annotations

from .byline_words import writers_post
from .caption_places import caption_text
from .column_blocks import column_label
from .crossheads import crosshead_en, wrapped_crosshead_en
from .heading_shape import Asked
from .heading_words import (
    LABEL_ROWS,
    capitals_label,
    entry_line,
    label_rows,
    name_entry,
    never_a_heading,
    opens_on_name,
    word_letters,
    wrapped_head,
)
from .leads import day_alone, introduces, introduces_person, opens_on_time, refers_back
from .linejoin import join_lines
from .model import BODY, BYLINE, CREDIT, FURNITURE, HEADLINE, Block, BlockKind
from .resumed_text import after_text_ended, previous_text
from .script import opens_upper
from .terms import content_stems
from .text_pieces import (
    PIECE_WORDS,
    STRETCHED_READ,
    full_line,
    listing_row,
    stretched_run,
    text_under,
)
from .typography import (
    ARTICLES,
    DANGLING_WORDS,
    OPENING_ARTICLES,
    SENTENCE_INSIDE,
    UNDER_HEADING_LINES,
    cut_short,
    ends_a_sentence,
    ends_sentence,
)


def _wrapped_heading(blocks: list[Block], kinds: list[BlockKind], i: int, asked: Asked) -> bool:
    """Two short lines in sentence case, a headline wrapped over its column (``School
    board picks new`` / ``superintendent after search``) over a paragraph's start, after
    text that ended its sentence: one heading, though no byline follows it. Running text
    wraps where its line is full: a first line cut well before the next line's first
    word would have run on to it (``typography.cut_short``) was broken by hand. The
    measure is the column's under it (the widest of the next block's first
    ``UNDER_HEADING_LINES`` lines, no wider than the page's): a narrower column's lines
    (a rail, a sidebar, briefs) are full there, though short beside the page's widest.
    Neither line ends a sentence, a clause or a word (``headline_shape``), none holds
    a sentence's end; four words or more (a sentence's words an extractor wrote apart
    are fewer).

    A headline in larger type wraps at fewer characters than the column's lines, so its
    first line may be no shorter than running text; its last line then tells: running
    text that ends mid-sentence fills its line to the column break, so a last line that
    ends no sentence and stops well before the next block's first word would have fitted
    on it, over a block that opens a sentence, was broken by hand (``No. 5 train to run
    on weekends`` / ``starting in May``, three lines too: ``Flu clinics open`` / ``early
    as cases`` / ``climb``)."""
    texts = [ln.text for ln in blocks[i].lines]
    first, second, last = texts[0], texts[1], texts[-1]
    if (not opens_upper(first) or SENTENCE_INSIDE.search(" ".join(texts))
            or sum(len(t.split()) for t in texts) < 4 or not 0 < i < len(blocks) - 1):
        return False
    # (Nor a point at a line's end, after an abbreviation too: ``at`` / ``6:05 p.m.``.)
    if any(ends_a_sentence(t) or t.rstrip().endswith((",", "-", ".")) for t in texts):
        return False
    under = text_under(blocks, kinds, i)
    if not under or not opens_upper(under[0]):
        return False
    page = asked.chars()
    local = max(len(" ".join(t.split())) for t in under[:UNDER_HEADING_LINES])
    prev = previous_text(blocks, kinds, i)
    measure = min(page, local)
    # (Or, after no text (a jump line ended the story before), the text under them
    # opens a sentence on an article, ``The regional transit authority…``: two lines of
    # running text that end mid-sentence go on below, and a headline in larger type
    # fills as many characters as a column line.)
    if page <= 0 or not (cut_short(first, second.split()[0], measure)
                         or cut_short(last, under[0].split()[0], measure)
                         and last.split()[-1].lower() not in ARTICLES
                         or len(texts) == 2 and (prev is None or kinds[prev] is not BODY)
                         and under[0].split()[0] in OPENING_ARTICLES):
        return False
    return (after_text_ended(blocks, kinds, prev, i) and not never_a_heading(texts)
            and not wrapped_crosshead_en(blocks, kinds, i, asked.opens))


def _heading_over_photo(blocks: list[Block], kinds: list[BlockKind], i: int,
                        asked: Asked) -> bool:
    """A line in sentence-case headline shape, four words or more, standing alone
    between text that ended its sentence and a photo's caption and credit: a story's
    headline the extractor wrote apart from its story (``Board backs apartments on old
    mill site`` / caption / credit), not a crosshead, which text follows. A headline
    drops its articles: a line opening on one and ending on an abbreviation's stop is
    a sentence."""
    b = blocks[i]
    if len(b.lines) != 1 or len(b.text.split()) < 4 or not asked.shape(i):
        return False
    if b.text.rstrip().endswith(".") and b.text.split()[0] in OPENING_ARTICLES:
        return False  # a story's last sentence (``The teams meet again Saturday at 6:05 p.m.``)
    j = i + 1
    if j < len(blocks) and kinds[j] is BODY and caption_text(blocks[j]):
        j += 1
    if j >= len(blocks) or kinds[j] is not CREDIT:
        return False
    return (after_text_ended(blocks, kinds, previous_text(blocks, kinds, i), i)
            and not never_a_heading([b.text]))


def _line_over_article(blocks: list[Block], kinds: list[BlockKind], i: int,
                       asked: Asked) -> bool:
    """A line in sentence-case headline shape, three words or more, after text that
    ended its sentence, over running text that opens on an article in a capital (``Blood
    drive Tuesday`` / ``The American Red Cross`` / ``will hold…``): a brief's headline in
    larger type, which its width does not tell (it is as wide as a column's line), but
    what follows it does: no sentence goes on with a capitalised article after a line
    break, and the text names its subject in full (``leads.introduces``), as a brief's
    lead does; under a crosshead a story's text refers back (``More room, more parking`` /
    ``The new site will have room…``). It ends on no small word (``…the state
    Department of`` / ``The…``)."""
    b = blocks[i]
    words = b.text.split()
    if (len(b.lines) != 1 or len(words) < 3 or words[-1].lower() in DANGLING_WORDS
            or not asked.shape(i)):
        return False
    under = text_under(blocks, kinds, i)[:2]
    if not under:
        return False
    if under[0].split()[0] not in OPENING_ARTICLES or not introduces(join_lines(under)):
        return False
    return (after_text_ended(blocks, kinds, previous_text(blocks, kinds, i), i)
            and not never_a_heading([b.text]))


#: A brief's standing head set over its text holds this many words at most (``Tides``,
#: ``Anniversaries``, ``On TV tonight``, ``Library hours change``).
STANDING_HEAD_WORDS = 4


def standing_head(blocks: list[Block], kinds: list[BlockKind], i: int, asked: Asked) -> bool:
    """A line of a word or a few (or two, the head wrapped: ``heading_words.wrapped_head``),
    on its own, in sentence case or one word (which
    ``heading_shape.looks_like_headline``'s title case misses), over running text that opens a
    sentence, after a photo's credit, a label, nothing, or a brief's end: a brief's or a
    listing's standing head in bold type over a column of briefs (``Anniversaries`` /
    ``Harold and Joan Petrakis of Lower Fenn…``). No paragraph stands so short and ends
    no sentence. Not a word of a stretched line an extractor wrote apart (``Starting`` /
    ``Jan.`` / ``4,``: the line's other words follow, a few a block, not a line of more
    than ``PIECE_WORDS`` words; ``_pieces_above``), though the text under it may open on
    such a line, written a word a line in its block (``Carols by the harbor`` / ``The``
    / ``Port`` / ``Langley`` / ``Community Choir…``: ``stretched_run``), nor a line that
    ends on a word or mark that leads on, a calendar's day, a byline's post, a line
    opening on a word in capitals (a name, a label's word: ``TOLLEFSON hundredweight
    in``). Not a story's crosshead: a story's text goes on above it (``_inside_story``;
    unless the text under it is a brief of its own, ``_brief_under``), or the text under
    it refers back (``The new site…``) or shares the story's words
    (``crosshead_en``)."""
    b = blocks[i]
    if i + 1 >= len(blocks) or kinds[i + 1] is not BODY:
        return False
    text = wrapped_head([ln.text for ln in b.lines])
    if text is None:
        return False
    words = text.split()
    under = [ln.text for ln in blocks[i + 1].lines[:STRETCHED_READ]]
    pieces = stretched_run(under)  # (a stretched first line written a word a line)
    first = " ".join(under[:pieces]) if pieces else under[0]
    # A dated listing's head (``dated_listing_head``) may open on a figure, and its first row
    # is no stretched line's piece however few its words (``Fixtures`` / ``Saturday:
    # Kelderby Town`` / ``v Saltby Athletic (3pm);``), read over its pieces if it was
    # written apart (``listing_row``: ``Saturday:`` / ``Kelderby`` / ``Town v Saltby…``).
    dated = dated_listing_head(text, listing_row(under) if pieces else first)
    if not (short_head(text) or dated):
        return False
    if (len(first.split()) <= PIECE_WORDS and not pieces and not full_line(under) and not dated
            and not label_rows(under)  # (``Lottery`` / ``Wednesday’s numbers`` / ``Daily 3…``)
            or not (first[:1].isupper() or first[:1].isdigit()) or refers_back(first)):
        return False
    prev = previous_text(blocks, kinds, i)
    if prev is not None and (kinds[prev] is BYLINE or kinds[prev] is HEADLINE
                             and not capitals_label(blocks[prev].text)):
        return False  # a lead's first words under a byline; a heading's own lines
    if len(words) == 1 and _pieces_above(blocks, kinds, i):
        return False  # (``the`` / ``state`` / ``of`` / ``Transportation said.`` / ``Department``)
    if prev is not None and kinds[prev] is BODY and label_over(blocks, kinds, i) is None and (
            not ends_sentence(blocks[prev].text)
            or _inside_story(blocks, kinds, prev, asked)
            and not _brief_under(blocks, kinds, i, asked)):
        return False  # a sentence going on; a story's crosshead, after paragraphs of it
    return not crosshead_en(blocks, kinds, i, asked.opens)


def dated_listing_head(text: str, first: str) -> bool:
    """A dated listing's standing head over its first row, which opens on a time
    (``leads.opens_on_time``: ``50 years ago`` / ``October 1976: Kelderby's…``,
    ``Fixtures`` / ``Saturday: Kelderby Town v…``, ``On TV tonight`` / ``7 p.m. WTVC
    4:…``): a row that sets its time first opens no sentence's next line and is no
    stretched line's piece, so the head is one however it opens (a figure, ``50 years
    ago``). It is still a head's shape but for its first word: a few words, no colon
    (``Tonight: Showers, low 31`` is a row), not in capitals, not itself a row
    (``6.30pm Reporting Scotland`` over ``7.00pm…``), ending on no mark or word that leads
    on; the row holds three words or more (pdfminer writes a stretched line's pieces a
    line each: ``High water`` / ``4.38pm.``). The line above it must still end a sentence
    (``standing_head``): a listing's row written a word a block (``6.30pm`` / ``Scotland``
    / ``Reporting`` / ``7.00pm The Fishing Coast:``) leaves a piece over the next row."""
    words = text.split()
    return (1 <= len(words) <= STANDING_HEAD_WORDS and len(first.split()) >= 3
            and opens_on_time(first) and not opens_on_time(text) and ":" not in text
            and (words[0].isdigit() or short_head(text)) and not text.isupper()
            and text[-1:].isalnum() and words[-1].lower() not in DANGLING_WORDS
            and not never_a_heading([text]))


def heads_listing(text: str, under: list[str]) -> bool:
    """Whether standing head ``text`` (``short_head``) stands over a listing's first
    entry or a court brief's lead (``heading_words.entry_line`` opening on a name,
    ``opens_on_name``: ``Police beat`` / ``Grant Avenue, Monday, 11:48 p.m. —``, not a
    story's sentence cut at a comma, ``Livestock`` / ``Receipts totaled 1,126 head,``;
    a person named with an age,
    ``leads.introduces_person``: ``In court`` / ``Kevin Lorimer (34), of``) or over the
    label rows of a listing (``heading_words.label_rows``: ``Lottery`` / ``Wednesday’s
    numbers`` / ``Daily 3 midday: 4-0-7`` / …): what opens under it is no sentence's
    next line, and a story's crosshead over such text is told by the story's words
    (``crosshead_en``)."""
    return bool(under) and short_head(text) and (
        entry_line(under[0]) and opens_on_name(under[0])
        or introduces_person(join_lines(under[:2])) or label_rows(under))


def heads_rows(text: str, under: list[str]) -> bool:
    """Whether English standing head ``text`` stands over a listing's or a court brief's
    first row, ``under`` (the lines of the text right under it, of which the first
    ``STRETCHED_READ`` are read): ``heads_listing``, or
    a dated listing's first row read over its pieces (``dated_listing_head``,
    ``text_pieces.listing_row``: ``50 years ago`` / ``October`` / ``1976:`` /
    ``Kelderby’s new swimming baths…``). Such a head is told by the rows under it, not by
    the words it shares: it names no story (``In court`` over a court brief shares
    ``court`` with the court story above it, which is no deck of that story)."""
    under = under[:STRETCHED_READ]
    return bool(under) and (heads_listing(text, under)
                            or dated_listing_head(text, listing_row(under)))


def short_head(text: str, most: int = STANDING_HEAD_WORDS) -> bool:
    """A standing head's shape: a word or a few (``most``, ``STANDING_HEAD_WORDS``)
    opening in a capital, in sentence case or one word (a possessive's apostrophe inside
    it, ``Tonight’s TV``); no sentence's end, no word or mark that leads on, no first word
    in capitals (a name, a label's word: ``TOLLEFSON hundredweight in``), not a
    calendar's day, a byline's post in lower case (``Sports writer``) or a line no heading
    is."""
    words = text.split()
    if (not 1 <= len(words) <= most or not opens_upper(text) or text.isupper()
            or not word_letters(words[0]).isalpha()
            or len(words[0]) > 1 and words[0].isupper()
            or ends_a_sentence(text)
            or text.endswith((",", ";", ":", "-", "—")) or words[-1].lower() in DANGLING_WORDS):
        return False
    return not (day_alone(text) or writers_post(text.title()) or never_a_heading([text]))


#: The head under a briefs column's label holds this many words at least: pdfminer writes
#: a justified line's words apart, a lone name a block (``Marina worker`` / ``Liam`` /
#: ``Souter found it…``), which a label over a head of one word would read.
LABELLED_HEAD_WORDS = 2


def label_over(blocks: list[Block], kinds: list[BlockKind], i: int) -> int | None:
    """The standing label over the one-line head ``i``, if one stands there: the block
    of text right before it, a line of a standing head's shape too (``short_head``),
    after nothing, no running text or text that ended its sentence (``Around the region``
    / ``Splash pads extended`` / ``Splash pads at Ellison Park…``, ``Briefly`` /
    ``Lottery``). A briefs column's label in sentence case stacked over its first brief's
    head: each line alone reads as a fragment of the other's sentence (neither ends one),
    which left both as running text, run on from the story above. A headline wrapped over
    two lines goes on in lower case (``Splash pads`` / ``extended``), or its first line
    ends on a word that leads on (``DANGLING_WORDS``). The head holds
    ``LABELLED_HEAD_WORDS`` words at least."""
    prev = previous_text(blocks, kinds, i)
    if prev is None or kinds[prev] is not BODY or len(blocks[prev].lines) != 1:
        return None
    if len(blocks[i].text.split()) < LABELLED_HEAD_WORDS:
        return None  # (``Morning host`` / ``Bud`` / ``Kimmel, 71, has been…``)
    if not short_head(blocks[prev].text.strip()):
        return None
    above = previous_text(blocks, kinds, prev)
    if above is not None and kinds[above] is not BODY:
        return None  # (a heading's or a byline's own line; a caption's, a credit's)
    return prev if above is None or ends_sentence(blocks[above].text) else None


def _brief_under(blocks: list[Block], kinds: list[BlockKind], i: int, asked: Asked) -> bool:
    """Whether the text under head ``i`` is a brief of its own, though a story's text
    ends above it (briefs set under a story's last paragraph with no label over them:
    ``…until the slipway reopens.`` / ``Correction`` / ``A story on Page 3 of last week’s
    edition…``): it names its subject in full (``leads.introduces``, or a person with an
    age, ``leads.introduces_person``; or a listing's first entry, ``name_entry``: ``Deaths``
    / ``ALDER, Ruth M., 88, of Corwin Falls…``; or a dated listing's first row,
    ``dated_listing_head``: ``Tides`` / ``High: 5:42 a.m. …``, no sentence's next line), as a
    brief's lead does and the text under a crosshead, which refers back to the story's,
    mostly does not, and it runs no more than ``BRIEF_CHARS`` to the next heading, byline,
    dateline or the column's end (a story's part under a crosshead runs on). Label rows
    under a line that names them (``heading_words.label_rows``: ``Lottery`` /
    ``Wednesday’s numbers`` / ``Daily 3 midday: 4-0-7``…) are their block: a listing of
    rows ends at its last, and the prose after it is the next item's."""
    first = text_under(blocks, kinds, i)[:1 + LABEL_ROWS]
    lead = join_lines(first[:2]) if first else ""
    if not (introduces(lead) or introduces_person(lead) or _listing_under(blocks, kinds, i)
            or heads_listing(blocks[i].text.strip(), first)
            or first and dated_listing_head(blocks[i].text.strip(), first[0])):
        return False
    n, j = 0, i + 1
    rows = label_rows([ln.text for ln in blocks[j].lines])
    while j < len(blocks) and kinds[j] is BODY and n <= BRIEF_CHARS and not (
            j > i + 1 and (rows or asked.opens(j))):
        n += len(blocks[j].text)
        j += 1
    return n <= BRIEF_CHARS


def _listing_under(blocks: list[Block], kinds: list[BlockKind], i: int) -> bool:
    """Whether head ``i`` stands over a listing of its own (``Deaths`` / ``ALDER, Ruth
    M., 88, of Corwin Falls…``): its first entry names someone or somewhere
    (``name_entry``), and the head shares no content word with the text above it read
    back through the heading stack over that text: a story's crosshead over a list of
    its own (``Cooling centers`` / ``Eastside Community Center, 1410 Penn Ave.…``)
    repeats its deck's words (``Cooling centers stay open through the weekend…``),
    which an extractor may write as text under the kicker."""
    if not name_entry(blocks[i + 1].lines[0].text):
        return False
    j, above = i - 1, []
    while j >= 0 and kinds[j] is not HEADLINE:
        above.append(blocks[j].text)
        j -= 1
    while j >= 0 and kinds[j] is HEADLINE:
        above.append(blocks[j].text)
        j -= 1
    return not content_stems(blocks[i].text) & content_stems(" ".join(above))


#: Lines read back over a lone word for the words of a stretched line written apart.
PIECES_READ = 2


def _pieces_above(blocks: list[Block], kinds: list[BlockKind], i: int) -> bool:
    """Whether one of the last ``PIECES_READ`` lines of running text over block ``i`` is
    a lone word a sentence goes on from (``of``, ``the``): a justified line an extractor
    wrote a word a line, whose capitalised word (``Department``) may stand alone after
    its sentence's end (a line's lone last word, ``noon`` / ``Saturday.``, is no sign)."""
    lo = max(0, i - PIECES_READ)
    lines = [ln.text for b, k in zip(blocks[lo:i], kinds[lo:i], strict=True) if k is BODY
             for ln in b.lines][-PIECES_READ:]
    return any(t.strip().lower() in DANGLING_WORDS for t in lines)


#: A brief runs this many characters at most: a standing head after more running text
#: than this since the last heading, byline or dateline is a story's crosshead.
BRIEF_CHARS = 500


def _inside_story(blocks: list[Block], kinds: list[BlockKind], j: int, asked: Asked) -> bool:
    """Whether running text block ``j`` is a story's, read back to its item's opening:
    more than ``BRIEF_CHARS`` of it, a byline (briefs run unsigned), or a heading stack
    over it."""
    n = 0
    while j >= 0 and kinds[j] is BODY and n <= BRIEF_CHARS:
        n += len(blocks[j].text)
        if asked.opens(j):
            if asked.m.byline is not None and asked.m.byline.match(blocks[j].text):
                return True  # (its byline run in)
            if not asked.headed(j):
                return n > BRIEF_CHARS  # (a brief's run-in head: nothing over it is its)
            j -= 1
            break  # (a dateline: what stands over it tells)
        j -= 1
        while j >= 0 and kinds[j] is FURNITURE and not column_label(blocks[j], blocks[j + 1:j + 2]):
            j -= 1  # (the page's folio, written where pdfminer met it, parts no story)
    if n > BRIEF_CHARS or j < 0:
        return n > BRIEF_CHARS
    if kinds[j] is BYLINE:
        return True
    # A story's heading is a stack (a kicker over its headline, a headline wrapped over
    # lines, its deck); a brief's is a standing head of a line, or none.
    return kinds[j] is HEADLINE and (len(blocks[j].lines) > 1 or j > 0 and kinds[j - 1] is HEADLINE)
