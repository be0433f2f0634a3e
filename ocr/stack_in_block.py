"""A story's headline and deck an extractor wrote as one block under their kicker.

pdfminer parts blocks where it finds a gap between lines, and a stack's headline and deck
are set closer than its kicker is to either: under the kicker in capitals comes one
block holding the headline's lines and then the deck's (``EXCLUSIVE`` / ``Plans for 640
homes on`` / ``old brickworks site`` / ``revealed`` / ``Drawings seen by the Courier
show three`` / ``apartment blocks, 210 townhouses and a`` / ``new primary school``).
Longer than any heading (``heading_shape.HEADING_STACK_LINES``), it is read as running
text, and the story keeps its kicker alone. The block's lines say what it is: they
part, where one line does not go on to the next (``heading_wraps``: ``revealed`` /
``Drawings…`` opens a clause in a capital), into two runs of a heading's shape each,
neither ending a sentence (a lead paragraph under a kicker ends its sentences, and its
lines wrap on in lower case), and the block stands right over the story's byline or
photo; ``heading_roles`` then parts the block's lines into headline and deck alike.
Asked by ``text_headings`` of English blocks right under a kicker, after the deck rule;
a stack right over its byline (``stack_over_byline``) or with nothing by it to vouch but
the step from the headline's type down to the deck's (``stack_in_larger_type``) is asked
of any English body block. A Chinese stack written as one block over its story's byline
or lead (``cjk_stack_over_story``) is told by where its lines break against the column's
measure rather than by case, and asked by ``text_headings`` of Chinese body blocks; one
that holds a line set across the columns (``cjk_stack_across``) is told wherever it stands.
"""

from __future__ import annotations

from dataclasses import replace

from .decks import cjk_across
from .heading_shape import CJK_QUESTION_ENDS, CLAUSE, headline_shape
from .heading_words import (
    LABEL_ENDS,
    capitals_label,
    goes_on,
    listing_entry,
    never_a_heading,
    quote_left_open,
    quote_not_whole,
)
from .leads import opens_lead
from .letter_pairs import CJK_CUT_WORD_ZIPF, join_word
from .markers import dateline_at, marker_kind
from .model import BODY, BYLINE, CAPTION, CREDIT, HEADLINE, Block, BlockKind
from .paragraphs import FIRST_LINE_SHORT, FULL_WITHIN, SHORT_BY, cjk_full_line
from .profiles import CompiledMarkers
from .script import HAN_CHAR, is_han
from .typography import (
    CJK_HEADING_STOPS,
    SENTENCE_INSIDE,
    SMALL_WORDS,
    ends_a_sentence,
    ends_sentence,
    leads_on,
    text_width,
)

#: What a story's stack stands right over: its byline, or its photo's caption or credit.
STANDS_OVER = (BYLINE, CAPTION, CREDIT)
#: The runs a stack written as one block parts into: its headline and its deck.
STACK_RUNS = 2


def heading_wraps(above: str, below: str) -> bool:
    """Whether heading line ``below`` goes on the line above it: as ``goes_on`` tells
    a wrapped headline, or where ``above`` ends as no heading ends, on a mark that leads
    on or a small word (``Judge rules for farmer in`` / ``14-year fight…``, ``Second
    place again? Not this time:`` / ``Vance takes…``), whatever opens ``below``; a
    Chinese one where ``above`` ends on a mark that leads on (``typography.leads_on``:
    ``骑手驿站里，有热水、`` / ``充电宝和一碗姜汤``) or leaves a quotation open (a heading
    quotes whole: ``“来不及多想，先`` / ``把人拉上来再说”``). The Chinese marks are asked of
    a line holding Han only: an English heading's curly quotes and ellipsis are
    ``goes_on``'s and ``left_open``'s to read (a line ``“Not again…`` over a deck)."""
    return (goes_on(above, below) or left_open(above)
            or bool(HAN_CHAR.search(above)) and (leads_on(above) or quote_left_open(above)))


def left_open(line: str) -> bool:
    """Whether a heading line ends as no heading ends: on a mark that leads on
    (``WRAP_MARKS``) or a small word (``SMALL_WORDS``)."""
    words = line.split()
    return line.rstrip()[-1:] in WRAP_MARKS or bool(words) and words[-1].lower() in SMALL_WORDS


#: Marks a heading line never ends on where its heading ends: its words go on below.
WRAP_MARKS = ",:;-–—"


def heading_runs(block: Block) -> list[list[int]]:
    """The block's lines (their indices) in runs, a line going on the one above it where
    a heading's wrapped line would (``heading_wraps``)."""
    runs: list[list[int]] = []
    texts = [ln.text for ln in block.lines]
    for k, text in enumerate(texts):
        if runs and heading_wraps(texts[k - 1], text):
            runs[-1].append(k)
        else:
            runs.append([k])
    return runs


def stack_under_kicker(blocks: list[Block], kinds: list[BlockKind], i: int) -> bool:
    """Whether body block ``i``, right under a kicker in capitals, is its story's headline
    and deck written as one block: its lines part into two runs (``STACK_RUNS``) of a
    heading's shape each, the headline's quote free to close on a later line (``‘It came
    up through the`` / ``floorboards,’ says baker as``) and to ask or call out on its last
    line (``Will the taps run dry`` / ``before the rains come?``); no other line ends a
    sentence, no full stop stands inside one, the last ends on no mark or small word that
    goes on; and the block stands right over the story's byline or its photo
    (``STANDS_OVER``). A block so shaped over text is held: a paragraph a column break
    cut looks the same, and a stack read apart from its story, taken for one, parts the
    text under it from the story that text goes on (docs/text-path.md, thirty-fourth
    session)."""
    if not 0 < i < len(blocks) or kinds[i] is not BODY or kinds[i - 1] is not HEADLINE:
        return False
    block = blocks[i]
    if len(block.lines) < STACK_RUNS or not capitals_label(blocks[i - 1].text):
        return False
    texts = [ln.text for ln in block.lines]
    if never_a_heading(texts) or any(
            "." in m.group() for m in SENTENCE_INSIDE.finditer(" ".join(texts))):
        return False  # (a question may go on in its line: ``sail? Yes —``; a sentence not)
    if i + 1 >= len(blocks) or kinds[i + 1] not in STANDS_OVER:
        return False
    runs = heading_runs(block)
    if len(runs) != STACK_RUNS or left_open(texts[-1]):
        return False  # (a stack ends as a heading does: on no mark or word that goes on)
    if any(ends_a_sentence(texts[k]) and not (k == runs[0][-1] and texts[k].rstrip()[-1:] in CALLS)
           for k in range(len(texts))):
        return False  # (the headline may ask or call out: ``before the rains come?``)
    parts = [replace(block, lines=tuple(block.lines[k] for k in run)) for run in runs]
    return all(headline_shape(p, "en", -1.0, quote_runs_on=n == 0, kicked=n == 0)
               for n, p in enumerate(parts))


#: The marks a headline under a kicker may end on: it asks or calls out.
CALLS = "?!"


def stack_over_byline(blocks: list[Block], kinds: list[BlockKind], i: int,
                      markers: CompiledMarkers) -> bool:
    """Whether body block ``i`` is its story's headline and deck written as one block
    right over the story's byline, where the other readers of a stack refuse it
    (pdfminer, which parts blocks at gaps: ``Paddleboarders swept`` / ``a mile out to sea
    are`` / ``plucked to safety`` / ``Kelderby lifeboat crew launched within eight`` /
    ``minutes of the 999 call`` / ``by Amy Lockwood``, after another stack; a narrow
    column's stack opening on a figure: ``103 degrees: Hottest`` / ``day ever recorded in``
    / ``Corwin Falls`` / ``Cooling centers stay`` / …). ``stack_under_kicker`` asks a
    heading's shape that opens in a capital, and ``heading_shape.tall_stack`` text above
    that ended a sentence (a listing's row, ``4 5 0``, or another stack ends none). A
    story's text opens under its byline, never over it (``deck_lines``, ``heading_rest``),
    so what stands right over the byline is its story's stack or the last of another
    story's text, and a stack's lines say which: they part into exactly a headline and a
    deck (``STACK_RUNS``), each of a heading's shape as one the byline vouches for may have
    (``stack_runs``, ``apart``: a figure may open it), no sentence ended. Another story's
    last lines end a sentence; those of a paragraph a column break cut wrap on in lower
    case and make one run. A block that opens on a dateline (``ASHFORD —The line`` /
    ``outside Novak’s Bakery`` / …, pdfplumber's scrambled lead) is a story's text."""
    if not 0 <= i < len(blocks) - 1 or kinds[i] is not BODY or kinds[i + 1] is not BYLINE:
        return False
    block = blocks[i]
    if len(block.lines) < STACK_RUNS or any(ends_a_sentence(ln.text) for ln in block.lines):
        return False
    if dateline_at(block.lines[0].text, markers) is not None:
        return False
    return stack_runs(block) == STACK_RUNS


def stack_in_larger_type(blocks: list[Block], kinds: list[BlockKind], i: int,
                         markers: CompiledMarkers) -> bool:
    """Whether body block ``i`` is its story's headline and deck written as one block
    with nothing under them in it, where no byline or kicker stands by to vouch for it
    (``R2 more a trip from Monday as`` / ``taxi fares rise for the second`` / ``time in a
    year`` / ``Commuters from KwaNdlovu will pay R26 to town, and the`` / ``association
    blames diesel and tyres``, its byline written columns away): read as running text,
    the stack went into the story above. The type vouches instead: a headline is set
    larger than its deck, so each of its lines holds at most ``DECK_STEP`` of the
    characters of the deck's first line, the widest of the block, while a paragraph's
    lines (one a column break cut included) keep one measure and a crosshead is one
    line. The block parts into two runs of a heading's shape (``stack_runs``), the
    headline's of two lines or more (``DECK_HEAD_LINES`` at most); no line ends a
    sentence (the headline may ask or call out on its last line), opens on a dateline or
    is a marker line (a listing's label rows, a byline's post), and no line but a run's
    last holds a word alone (pdfminer writes a stretched line of running text in pieces:
    ``Manchester-Boston`` / ``through`` / ``Regional Airport on Feb. 3, and`` / ``asked``)."""
    if not 0 <= i < len(blocks) or kinds[i] is not BODY:
        return False
    block = blocks[i]
    texts = [ln.text for ln in block.lines]
    if not STACK_RUNS < len(texts) <= DECK_HEAD_LINES + DECK_LINES:
        return False
    runs = heading_runs(block)
    if len(runs) != STACK_RUNS or not 1 < len(runs[0]) <= DECK_HEAD_LINES:
        return False
    k = len(runs[0])
    if any(len(texts[n].split()) < 2 for run in runs for n in run[:-1]):
        return False  # (a word alone on a line not a run's last: pdfminer's pieces)
    sizes = [len(" ".join(t.split())) for t in texts]
    if max(sizes[:k]) > DECK_STEP * sizes[k] or max(sizes[k:]) > sizes[k]:
        return False  # (the type does not step down from headline to deck)
    if any(ends_a_sentence(t) and not (n == k - 1 and t.rstrip()[-1:] in CALLS)
           for n, t in enumerate(texts)):
        return False
    if dateline_at(texts[0], markers) is not None or any(
            marker_kind(t, markers) is not None for t in texts):
        return False
    return stack_runs(block, runs) == STACK_RUNS


#: A headline in larger type over its deck holds this share of the deck's first line's
#: characters at most in each of its lines (``stack_in_larger_type``; on the study pages
#: 0.44–0.65).
DECK_STEP = 0.7
#: ... in this many lines at most (a narrow column's headline), over a deck of at most
#: ``DECK_LINES``.
DECK_HEAD_LINES = 4
DECK_LINES = 3


def stack_runs(block: Block, runs: list[list[int]] | None = None) -> int:
    """How many runs ``block``'s lines part into (``heading_runs``, or ``runs`` when the
    caller parted them already) if they are a headline and deck at most, each of a
    heading's shape as one read apart may have (``headline_shape``, ``apart``), no full
    stop inside, the last line ending on no mark or small word that goes on; 0 if they
    are not."""
    texts = [ln.text for ln in block.lines]
    if never_a_heading(texts) or left_open(texts[-1]) or any(
            "." in m.group() for m in SENTENCE_INSIDE.finditer(" ".join(texts))):
        return 0
    runs = heading_runs(block) if runs is None else runs
    if len(runs) > STACK_RUNS:
        return 0
    parts = [replace(block, lines=tuple(block.lines[k] for k in run)) for run in runs]
    shaped = all(headline_shape(p, "en", -1.0, asking=True, quote_runs_on=n == 0, apart=True)
                 for n, p in enumerate(parts))
    return len(runs) if shaped else 0


#: A Chinese stack written as one block (kicker, headline wrapped, deck wrapped): this
#: many lines at most (``“来不及多想，先`` / ``把人拉上来再说”`` / ``外卖小哥跳进枫溪河救``
#: / ``起落水老人送完最后一`` / ``单才去换衣服``).
CJK_STACK_LINES = 6


def cjk_stack_over_story(block: Block, full: float, *, opens_story: bool) -> bool:
    """Whether Chinese body ``block`` is a story's stack (kicker, headline, deck) written
    as one block with no blank line and no step the text shows between them, right over
    the story's byline or lead (``opens_story``: ``本报记者…``, ``本报讯（记者…）…``). A
    story's text opens under its byline, so what stands right over one is its stack or
    the last lines of the story above, and those end a sentence; a column cut there
    (pdftotext) leaves lines that fill the measure (``full``) to the last.

    The stack's lines break where no paragraph breaks: a line over the last far short of
    the measure without ending a sentence, more than a paragraph's first line is by its
    indent (``FIRST_LINE_SHORT``: ``放学后的两小时`` / ``孩子们去哪儿？`` / ``我市中小学课后
    服务覆`` / …), or two lines over the last short of it (``12条公交线路优化调整`` / ``新开
    2条地铁接驳线，明`` / ``起实施``), the last line no column's line cut on the measure;
    or a headline short of the measure, holding no clause mark, over a deck as wide as a
    full line or wider, the break between them cutting no word (``流感疫苗周末接种点开放``
    / ``无需预约，6月龄以上均可接种``; a paragraph's first two lines at a column's foot
    read on across it, ``获`` / ``悉``).

    Refused: a full stop or a semicolon in any line (``typography.CJK_HEADING_STOPS``;
    a headline may ask or call out, ``CJK_QUESTION_ENDS``), a last line ending on a mark
    that leads on, a quotation left open or closed unopened, a line that opens a story's
    lead (``leads.opens_lead``: pdfplumber's bands set a headline's last words beside a
    column's first lines, ``1200户`` / ``12月14日17时左右，正是晚`` / …), a listing's entry,
    a label over its value (``heading_words.LABEL_ENDS``: a notice's contact lines over the next
    notice's lead), what no heading is, and a line that fills the measure over a line
    that reads on its word (``letter_pairs.join_word``: a paragraph's line wrapped at the
    column's edge, ``晚`` / ``饭时分``). ``heading_roles`` then parts the block into kicker,
    headline and deck as it does every stack of text."""
    texts = [ln.text for ln in block.lines]
    if not opens_story or full <= 0 or not _cjk_stack_lines(texts):
        return False
    widths = [text_width(ln.text) + ln.indent for ln in block.lines]
    if any(cjk_full_line(w, full) and join_word(a, b) >= CJK_CUT_WORD_ZIPF
           for w, a, b in zip(widths, texts, texts[1:], strict=False)):
        return False  # (a paragraph's line wrapped at the measure inside a word)
    above, last = widths[:-1], widths[-1]
    on_measure = full - SHORT_BY < last <= full + FULL_WITHIN and is_han(texts[-1].rstrip()[-1:])
    broken = (any(w <= full - FIRST_LINE_SHORT for w in above)
              or sum(w <= full - SHORT_BY for w in above) >= STACK_RUNS)
    over_deck = (last >= full - FULL_WITHIN and all(w <= full - SHORT_BY for w in above)
                 and not any(CLAUSE.search(t) for t in texts[:-1])
                 and join_word(texts[-2], texts[-1]) < CJK_CUT_WORD_ZIPF)
    return broken and not on_measure or over_deck


def _cjk_stack_lines(texts: list[str]) -> bool:
    """Whether a Chinese block's lines (``STACK_RUNS`` to ``CJK_STACK_LINES`` of them) may
    be a stack's, by what they say: no full stop or semicolon in any, no line ending a
    sentence but on ``？！``, the last ending on no mark that leads on, no quotation left
    open or closed unopened, no line a label over its value, a listing's entry, a story's
    lead or what no heading is (``cjk_stack_over_story`` tells why each)."""
    if not STACK_RUNS <= len(texts) <= CJK_STACK_LINES:
        return False
    text = "".join(texts)
    return not (CJK_HEADING_STOPS.search(text) or leads_on(texts[-1])
                or any(ends_sentence(t) and t.rstrip()[-1:] not in CJK_QUESTION_ENDS
                       or t.rstrip().endswith(LABEL_ENDS) or listing_entry(t) or opens_lead(t)
                       for t in texts)
                or quote_not_whole(text) or never_a_heading(texts))


def cjk_stack_across(block: Block, full: float, *, from_grid: bool) -> bool:
    """Whether Chinese body ``block`` is a stack (kicker, headline, deck) written as one
    block, one of its lines set across the columns: wider than a column's measure
    (``full``) by ``DECK_WIDER`` at least and no wider than a heading (``HEADING_EMS``).
    A column's lines never run past its measure, and a caption set across a photo ends a
    sentence, so a line that does and ends none is heading matter wherever the block
    stands (``冠军！`` / ``四岁边境牧羊犬“胡椒”在全市犬展上夺得全场总冠军``, over a
    photo's caption; ``41.2℃！澜溪气温突破历史极值`` / ``市气象台发布高温红色预警…``, over
    a listing): ``decks.deck_across`` reads a line so alone, this the block that holds
    one with the rest of its stack (both measure it by ``decks.cjk_across``). The lines
    say what a stack's may (``_cjk_stack_lines``); a block of running text holds no line
    past the measure. Not on lines laid out again
    from a grid (``Page.from_grid``): a row there may hold two columns' lines side by side
    (``日，市图书馆“城市书房”第`` / ``同比增长13.6%，外贸航线增至38条21家分馆…``)."""
    texts = [ln.text for ln in block.lines]
    if from_grid or full <= 0 or not _cjk_stack_lines(texts):
        return False
    return any(cjk_across(ln, full) for ln in block.lines)
