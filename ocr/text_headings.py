"""Which body blocks of text without geometry are headings: a page's text has no
type size, so a heading is told by its shape (short, no sentence's end, title case),
its place (after a story's end, over a byline or a photo's caption and credit) and the
text around it. ``classify`` asks ``text_headings`` for pages without geometry only.
"""

from __future__ import annotations

from .byline_words import byline_whole, writers_post
from .caption_places import caption_text
from .cjk_heading_lines import (
    clause_head,
    cut_over_last_line,
    paragraph_end_under,
    text_under_heads,
    wrapped_with_comma,
)
from .crossheads import crosshead, crosshead_en, wrapped_crosshead_en
from .decks import (
    deck,
    deck_across,
    deck_over_lead,
    full_width,
)
from .downstyle_headlines import (
    _heading_over_photo,
    _line_over_article,
    _wrapped_heading,
    label_over,
    standing_head,
)
from .heading_rest import heading_rest_over_byline, piece_inside_heading_stack
from .heading_shape import (
    CLAUSE,
    Asked,
    headline_shape,
    looks_like_headline,
    question_stack,
    stack_lines,
    tall_stack,
)
from .heading_words import (
    capitals_label,
    goes_on,
    listing_entry,
    name_entry,
    never_a_heading,
)
from .leads import lead_text, opens_lead, salutation
from .linejoin import join_lines
from .listing_rows import rows_as_text
from .markers import opens_article, run_in_credit
from .model import (
    BODY,
    BYLINE,
    CAPTION,
    CREDIT,
    HEADLINE,
    JUMP,
    Block,
    BlockKind,
)
from .open_line_heads import head_over_indent, head_under_open_line
from .profiles import CompiledMarkers
from .resumed_text import previous_text
from .stack_in_block import (
    cjk_stack_across,
    cjk_stack_over_story,
    stack_in_larger_type,
    stack_over_byline,
    stack_under_kicker,
)
from .text_pieces import (
    heads_news_lead,
    lead_runs_on,
    pieces_under,
    sentence_start,
    words_under_byline,
)
from .typography import ends_a_sentence, ends_sentence, text_width


#: The kinds a one-line block's words may overrule (``markers``).
def text_headings(blocks: list[Block], kinds: list[BlockKind], markers: CompiledMarkers,
                  lang: str, full: float, from_grid: bool = False) -> float:
    """Set ``kinds`` of body blocks that are headings in text without geometry (by
    their shape, their place between other blocks, what follows them); return the
    full line's width, measured here on first need (``-1.0`` while unmeasured).
    ``from_grid``: the lines were laid out again from a grid (``Page.from_grid``)."""
    asked = Asked(blocks, markers, lang, full)

    def vouched(i: int) -> bool:
        """A byline right under a Chinese heading vouches for it, and so does a
        salutation opening the text under it (``编辑同志：``, ``leads.salutation``)."""
        return i + 1 < len(blocks) and (kinds[i + 1] is BYLINE
                                        or salutation(blocks[i + 1].lines[0].text))

    text_from = 0  # blocks before this are a heading's text, read as such (``text_under``)
    for i, b in enumerate(blocks):
        if lang == "en" and i >= text_from and (asks := question_stack(blocks, kinds, i)):
            kinds[i : i + asks] = [HEADLINE] * asks
            continue
        if kinds[i] is not BODY or i < text_from or _cut_at_jump(blocks, kinds, i, markers) or (
                lang != "zh" and lead_runs_on(blocks, kinds, i)):
            continue
        if lang == "en" and (stack_over_byline(blocks, kinds, i, markers)
                             or stack_in_larger_type(blocks, kinds, i, markers)):
            kinds[i] = HEADLINE  # (a headline and deck in one block over their byline)
            continue
        if len(b.lines) <= stack_lines(lang) and _heads_an_article(kinds, i, asked):
            kinds[i] = HEADLINE
            if i + 1 < len(blocks) and kinds[i + 1] is not BYLINE and _heading_rest(
                    blocks[i], blocks[i + 1]):  # (``by Amy Lockwood``: a byline, no rest)
                kinds[i + 1] = HEADLINE  # its wrapped rest, cut off (``homes``)
            continue
        if lang == "en" and (tall := tall_stack(blocks, kinds, i)):
            kinds[i : i + tall] = [HEADLINE] * tall
            continue
        if asked.opens(i):
            continue
        if lang == "zh" and cjk_stack_over_story(b, full, opens_story=i + 1 < len(blocks) and (
                kinds[i + 1] is BYLINE or asked.headed(i + 1))):
            kinds[i] = HEADLINE  # (a Chinese stack in one block over its byline or lead)
            continue
        if lang == "zh" and cjk_stack_across(b, full, from_grid=from_grid):
            kinds[i] = HEADLINE  # (a Chinese stack in one block, a line set across columns)
            continue
        if lang == "en" and head_under_open_line(blocks, kinds, i):
            kinds[i] = HEADLINE  # (a brief's head under a listing's last row, a column's foot)
            continue
        if from_grid and head_over_indent(blocks, kinds, i, lang):
            kinds[i] = HEADLINE  # (a brief's head between a column left open and an indent)
            continue
        if lang == "zh" and full < 0 and len(b.lines) <= 3 and CLAUSE.search(b.text):
            full = full_width(blocks)  # (asked of a heading with a comma)
        if not looks_like_headline(b, lang) and not (lang == "zh" and (
                wrapped_with_comma(b, full) or clause_head(b, full, from_grid, vouched(i))
                and not deck_across(b, full, lang)
                and text_under_heads(blocks, kinds, i, asked.headed))):
            if lang == "zh" and deck_across(b, full, lang) and not cut_over_last_line(
                    blocks, kinds, i, full, from_grid):
                kinds[i] = HEADLINE
            elif lang != "zh" and len(b.lines) in (2, 3) and _wrapped_heading(
                    blocks, kinds, i, asked):
                kinds[i] = HEADLINE
                text_from = i + 1 + pieces_under(blocks, kinds, i)
            elif lang != "zh" and _heading_over_photo(blocks, kinds, i, asked):
                kinds[i] = HEADLINE
            elif lang == "en" and heads_news_lead(blocks, kinds, i):
                kinds[i] = HEADLINE
            elif lang != "zh" and _line_over_article(blocks, kinds, i, asked):
                kinds[i] = HEADLINE
                text_from = i + 1 + pieces_under(blocks, kinds, i)
            elif lang == "en" and standing_head(blocks, kinds, i, asked):
                kinds[i] = HEADLINE
                if (label := label_over(blocks, kinds, i)) is not None:
                    kinds[label] = HEADLINE  # (its briefs column's label, over it)
            continue
        if full < 0:
            full = full_width(blocks)
        if _cut_body_line(blocks, kinds, i, full, markers, lang) or (
                lang == "zh" and paragraph_end_under(blocks, kinds, i, full, from_grid)):
            continue
        # A fragment continuing a sentence cut by a column break is body, not a headline
        # (a line in capitals is not: running text is never set so).
        prev = previous_text(blocks, kinds, i)
        if prev is not None and kinds[prev] is BODY and not b.text.isupper():
            if not (ends_sentence(blocks[prev].text)
                    or _ends_on_credit(blocks[prev], markers)
                    or lang == "zh" and listing_entry(blocks[prev].lines[-1].text)):
                continue
        # A byline that signs whole (its post, its verb: ``Court Reporter``, ``Anna Kerr
        # reports``) stands over the story's opening, never over a heading of its own;
        # a line in capitals is a kicker still, and a byline of two lines may be written
        # over its story's heading (pdfminer: ``By DENNIS FARRAGHER`` / ``Courier Staff
        # Writer`` / ``OBITUARY`` / the headline).
        if (prev is not None and kinds[prev] is BYLINE and not b.text.isupper()
                and len(blocks[prev].lines) == 1 and byline_whole(blocks[prev].text)):
            continue
        if lang == "zh" and len(b.lines) == 1 and crosshead(blocks, kinds, i, asked.opens):
            continue
        if lang != "zh" and not b.text.isupper() and sentence_start(blocks, kinds, i):
            continue
        if lang == "en" and (len(b.lines) == 1 and crosshead_en(blocks, kinds, i, asked.opens)
                             or wrapped_crosshead_en(blocks, kinds, i, asked.opens)):
            continue
        kinds[i] = HEADLINE
    for i in range(1, len(blocks)):
        if kinds[i] is not BODY or kinds[i - 1] is not HEADLINE:
            continue
        if asked.opens(i) or (lang != "zh" and lead_runs_on(blocks, kinds, i)):
            continue
        if full < 0 and len(blocks[i].lines) == 1:
            full = full_width(blocks)
        if (deck(blocks[i], full, lang) or (capitals_label(blocks[i - 1].text) and (
                asked.shape(i) or headline_shape(blocks[i], lang, full, quote_runs_on=True,
                                              kicked=True)))
                or deck_across(blocks[i], full, lang) or lang == "en" and stack_under_kicker(
                    blocks, kinds, i) or (lang == "zh" and _over_lead(blocks, kinds, i, asked)
                    and deck_over_lead(blocks[i]))
                ) and not never_a_heading([ln.text for ln in blocks[i].lines]) and not (
                    lang == "zh" and (any(listing_entry(ln.text) for ln in blocks[i].lines)
                                      or cut_over_last_line(blocks, kinds, i, full,
                                                             from_grid))):
            kinds[i] = HEADLINE
    if lang == "zh":
        _entries_as_text(blocks, kinds)
        rows_as_text(blocks, kinds)
    elif lang == "en":
        _name_entries_as_text(blocks, kinds)
    for i, b in enumerate(blocks):
        if kinds[i] is HEADLINE and b.stretched:
            # Justified running text (``Line.stretched``): on the dev and study pages
            # no headline line of 243 is stretched (``on  Canal`` / ``Street  have
            # argued  that`` under a word pdfminer wrote apart, ``Neighbors``).
            kinds[i] = BODY
            if i and kinds[i - 1] is HEADLINE and b.text[:1].islower():
                kinds[i - 1] = BODY  # the sentence it goes on (``Neighbors`` / ``on Canal``)
    if lang != "zh":
        words_under_byline(blocks, kinds)
        heading_rest_over_byline(blocks, kinds)
        piece_inside_heading_stack(blocks, kinds)
        for i, b in enumerate(blocks):
            if (kinds[i] is HEADLINE and len(b.lines) == 1 and writers_post(b.text)
                    and not (i and kinds[i - 1] is BYLINE)):
                # A byline's post written apart from it, among the text (``Staff
                # Writer``); right under a byline ``classify`` asks whose it is.
                kinds[i] = BODY
    return full


def _over_lead(blocks: list[Block], kinds: list[BlockKind], i: int, asked: Asked) -> bool:
    """Block ``i`` stands right over a story's opening (a byline), or over the last
    words of a deck wrapped onto a line of their own right over it (``涉及管网42公里，明年
    6月底前`` / ``全部完工`` / ``本报讯（…）``)."""
    j = i + 1
    if j + 1 < len(blocks) and kinds[j] is HEADLINE and len(blocks[j].lines) == 1:
        j += 1
    # (a byline on a line of its own, ``本报通讯员 戚远帆``, is kind BYLINE already)
    return j < len(blocks) and (kinds[j] is BYLINE or kinds[j] is BODY and asked.headed(j))


def _heads_an_article(kinds: list[BlockKind], i: int, asked: Asked) -> bool:
    """A headline-shaped block in a run of them that ends where a byline or dateline
    opens an article: what stands right above a byline is its headline, kicker or deck
    (unless it is what no heading is: a contact line, a fact box, ``never_a_heading``)."""
    if not asked.shape(i, asking=True) or asked.opens(i):
        return False
    blocks = asked.blocks
    # A question heads only the byline right under it: one further up is the last line
    # of the story before (``So who will pay?`` / ``Rowers win state title`` / ``By …``).
    # A Chinese one is set over its deck (``菜价为何一周涨了两成？`` / ``降温和运输成本推高
    # 叶菜价格，专家预计月底回落`` / ``本报讯（记者…）``): one heading between.
    asks = ends_a_sentence(blocks[i].lines[-1].text)
    j = i + 1
    while j < min(len(blocks), i + 6):
        if kinds[j] is BYLINE or asked.headed(j):
            return not never_a_heading([ln.text for ln in blocks[i].lines])
        if asks and not (asked.lang == "zh" and j == i + 1):
            return False
        if asks and kinds[j] is HEADLINE and len(blocks[j].lines) == 1:
            j += 1  # (its deck, told already by its width)
            continue
        if kinds[j] is CREDIT:
            # A photo set between a headline and its byline: its credit and caption.
            j += 2 if j + 1 < len(blocks) and caption_text(blocks[j + 1]) else 1
            continue
        if (kinds[j] in (BODY, CAPTION) and j + 1 < len(blocks) and kinds[j + 1] is CREDIT
                and caption_text(blocks[j])):
            j += 2  # ... or its caption, then its credit
            continue
        if (kinds[j] is BODY and (_stray_column_line(blocks[j]) or j == i + 1 and _heading_rest(
                blocks[i], blocks[j]))) or kinds[j] is JUMP:
            j += 1  # a column's line or jump line the extractor wrote among the headlines
            continue
        if kinds[j] is not BODY or not asked.shape(j):
            return False
        j += 1
    return False


#: A column's tail cut at its jump line reads as running text: this many words a line.
JUMP_TAIL_WORDS = 5


def _cut_at_jump(blocks: list[Block], kinds: list[BlockKind], i: int,
                 markers: CompiledMarkers) -> bool:
    """In text, two lines or more of running text (``JUMP_TAIL_WORDS`` words a line) right
    above a jump line to another page (``Continued on A11``), ending mid-sentence, are a
    column's last lines, cut at the jump: no headline, though the next story's headline
    and byline follow the jump line (pdfminer writes the tail, its jump, the next story)."""
    if i + 1 >= len(blocks) or kinds[i + 1] is not JUMP or len(blocks[i].lines) < 2:
        return False
    if not any(p.search(blocks[i + 1].text) for p in markers.jump_to):
        return False
    texts = [ln.text for ln in blocks[i].lines]
    words = sum(len(t.split()) for t in texts)
    return not ends_sentence(texts[-1]) and words >= JUMP_TAIL_WORDS * len(texts)


def _heading_rest(head: Block, rest: Block) -> bool:
    """Whether ``rest`` opens with the rest of heading ``head`` wrapped, which the
    extractor wrote as a block of its own (``Storm knocks out power to 9,000`` /
    ``homes``): a word or three in lower case that end no sentence, under a line that
    ends none (``heading_words.goes_on``)."""
    if not head.lines or not rest.lines:
        return False
    first = rest.lines[0].text
    return (first[:1].islower() and len(first.split()) <= 3 and not ends_sentence(first)
            and not ends_sentence(head.text) and goes_on(head.lines[-1].text, first))


def _stray_column_line(block: Block) -> bool:
    """One line of running text cut off from its column, in lower case and mid-sentence
    (``will be detoured to the Route 9 bridge``): assembly puts it back by sentence
    continuity; it says nothing of the headlines around it."""
    if len(block.lines) != 1:
        return False
    t = block.lines[0].text
    return t[:1].islower() and not ends_sentence(t) and len(t.split()) >= 3


def _cut_body_line(
    blocks: list[Block], kinds: list[BlockKind], i: int, full: float, m: CompiledMarkers,
    lang: str,
) -> bool:
    """Lines as wide as full body lines, between body text and body text that
    does not open an article, is a line of running text cut off by a column break
    (or by another column's lines on a text grid), not a headline."""
    lines = blocks[i].lines
    if full <= 0 or not 0 < i < len(blocks) - 1:
        return False
    if kinds[i - 1] is not BODY:
        return False  # under a headline: a deck that happens to fill a column
    nxt = blocks[i + 1]
    # Full lines, or a paragraph's first line set two characters short.
    low = full - 2.5 if lang == "zh" else full - 1
    return (all(low <= text_width(ln.text) + ln.indent <= full + 0.5 for ln in lines)
            and kinds[i + 1] is BODY and len(nxt.lines) >= 2
            and not opens_article(nxt, m) and nxt.lines[0].indent < 1.0
            and not (lang == "zh" and opens_lead(lead_text(nxt))))


def _ends_on_credit(block: Block, markers: CompiledMarkers) -> bool:
    """A caption whose credit is run in, in brackets (``…收割早稻。（本报记者 黄一鸣 摄）``),
    ended there: its last line (``摄）``) ends no sentence, yet a short line after it is
    no fragment of its text but the next photo's title or the photo's own, set under it."""
    return run_in_credit(join_lines([ln.text for ln in block.lines[-3:]]), markers) is not None


def _entries_as_text(blocks: list[Block], kinds: list[BlockKind]) -> None:
    """A Chinese listing's entries are its text, never a heading, whichever rule took
    them for one (a stack over the lead under them, ``_heads_an_article``): pdfminer
    writes a table's rows as blocks of a line or two (``双色球 第2026081期 红球 03 08``
    / ``15 22 27 31 蓝球 09``, ``低潮：11:51（潮高76厘米）``), each short and unpunctuated
    as a headline is. (``listing_entry``: a clock time, or figures set apart.)"""
    for i, b in enumerate(blocks):
        if kinds[i] is HEADLINE and any(listing_entry(ln.text) for ln in b.lines):
            kinds[i] = BODY


#: A listing's entries open this many lines apart at most (an entry wraps over two or
#: three lines, which pdftotext may write a block each: ``ALDER, Ruth M., 88, of Corwin``
#: / ``Falls, July 14. Hensley-Graves`` / ``Funeral Home.`` / ``DOMBROWSKI, Stanley J.,
#: 79, of``); a letter's signature stands a letter's lines from the next one.
ENTRY_LINES = 4


def _name_entries_as_text(blocks: list[Block], kinds: list[BlockKind]) -> None:
    """An English listing's entries are its text, never a heading (``name_entry``: a
    name, a comma, its place, age or time; death notices, results, a guide's venues),
    when another entry opens near it (``ENTRY_LINES``): an entry's shape is a short
    line that ends no sentence, which ``_wrapped_heading`` and its kin read as a
    headline, and each entry then opened an item of its own. A lone line of that shape
    (a letter's signature, a letter's text between it and the next) is left as read."""
    starts, n = [], 0
    for b in blocks:
        starts.append(n)
        n += len(b.lines)
    entries = [starts[i] for i, b in enumerate(blocks) if b.lines and name_entry(b.lines[0].text)]
    for i, b in enumerate(blocks):
        if (kinds[i] is HEADLINE and name_entry(b.lines[0].text)
                and name_entry(join_lines([ln.text for ln in b.lines]))
                and any(0 < abs(s - starts[i]) <= ENTRY_LINES for s in entries)):
            kinds[i] = BODY
