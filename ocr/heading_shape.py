"""Whether a block of a text page has a headline's shape: short, no sentence's end
inside, opening in a capital (English) or no wider than a heading and holding no
sentence mark (Chinese). ``text_headings`` asks it of every candidate and of the few
blocks after each, so ``Asked`` works each answer out once a block.
"""

from __future__ import annotations

import re

from .decks import (
    HEADING_EMS,
    SENTENCE_MARK,
    WIDTH_SAMPLE,
    deck,
    deck_under_heading,
)
from .heading_words import (
    capitals_label,
    in_title_case,
    listing_entry,
    never_a_heading,
    quote_left_open,
)
from .markers import opens_article, run_in_head
from .model import BODY, BYLINE, CAPTION, FURNITURE, HEADLINE, Block, BlockKind
from .paragraphs import column_width
from .profiles import CompiledMarkers
from .script import caseless, opens_upper
from .typography import (
    ARTICLES,
    ITEM_MARKS,
    SENTENCE_INSIDE,
    ends_a_sentence,
    ends_sentence,
    text_width,
)

#: A clause or sentence mark: a Chinese headline's line holds none, a deck may hold one.
CLAUSE = re.compile(r"[，。；！？,;!?]")
#: A Latin headline in a narrow column wraps over this many lines at most (``Commuter
#: rail`` / ``extension clears`` / ``final federal`` / ``hurdle``); a Chinese one over
#: three (not measured further here: the Chinese pages are another study's).
HEADING_STACK_LINES = {"en": 4, "zh": 3}


#: A heading read apart from its story (``headline_shape``'s ``apart``) may run over this
#: many times a stack's lines.
APART_LINES = 2


def stack_lines(lang: str) -> int:
    return HEADING_STACK_LINES["zh" if lang == "zh" else "en"]


def headline_shape(block: Block, lang: str, full: float, asking: bool = False,
                   quote_runs_on: bool = False, apart: bool = False,
                   kicked: bool = False) -> bool:
    """Headline shape without the case test: sentence-case headlines (``Council approves
    $48 million water plant``) are the rule in many papers. ``asking``: a headline that
    asks is one too (``question_headline``). ``quote_runs_on``: the words it opens by
    quoting may close on a later line (``‘It came up through the`` / ``floorboards,’ says
    baker as`` / ``…``), as under a kicker; running text that opens so elsewhere is a
    quote's paragraph. ``apart``: an English headline read apart from its story, whose
    story's byline and words vouch for it (``stacks_apart``), may open on a figure (``1,200
    homes, 9 hours, no power:``), call out (``Champion!``) and, set in a narrow column,
    run over ``APART_LINES`` times a stack's lines (a deck of five: ``New winter
    timetable for`` / ``the Gull Island ferry`` / …), as running text may too where
    nothing vouches. ``kicked``: an English headline right under its kicker in capitals,
    which vouches for it, may ask or call out (``WATER CRISIS`` / ``Will the taps run
    dry`` / ``before the rains come?``; ``BEST IN SHOW`` / ``Champion!``): running text
    under a kicker is a story's lead, which asks or calls out in quotes or after a
    sentence of its own. Only the Chinese shape reads ``full`` (``Asked`` keeps the answers
    of a page whose width is measured later: keep it so)."""
    if not 1 <= len(block.lines) <= stack_lines(lang) * (APART_LINES if apart else 1):
        return False
    lines = [line.text for line in block.lines]
    asks = False
    if lang != "zh":
        opening = " ".join(lines) if quote_runs_on else lines[0]
        if not (opens_upper(opening, quoted=True) or apart and opening[:1].isdigit()):
            return False  # the common case first: running text
        if ends_a_sentence(lines[-1]) and not (
                asks := (asking or kicked) and question_headline(lines)
                or (apart or kicked) and calls_out(lines)):
            return False
    if lang == "zh" and asking and cjk_call_answered(lines):
        return True
    if lang == "zh" and asking and cjk_question(lines[0]):
        lines = lines[1:]  # (its deck under it, if any, is asked as ever)
        if not lines:
            return True
        block = Block(block.id, block.kind, block.lines[1:])
    text = " ".join(lines)
    if lang == "zh":
        # A deck may hold a comma; a line of running text is as wide as its column.
        # A headline and its deck stacked in one block are a heading's width each
        # (``跨境电信网络诈骗案一审宣判 3名主犯获刑十年以上`` / ``涉案金额2100余万元，…``).
        return (not SENTENCE_MARK.search(text)
                and all(text_width(t) <= HEADING_EMS for t in lines)
                and not quote_left_open(text)
                and all(not CLAUSE.search(ln.text) or deck(Block("", BODY, (ln,)), full, lang)
                        or deck_under_heading(block, k, full)
                        for k, ln in enumerate(block.lines)))
    return (all(len(t) <= 100 for t in lines)
            and (opens_upper(text, quoted=True) or apart and text[:1].isdigit())
            and not any(map(ends_a_sentence, lines[:-1] if asks else lines))
            and not any(t.rstrip().endswith("-") for t in lines)  # headlines never hyphenate
            and not text.rstrip().endswith(",")
            # (A stack of four lines holds no sentence's end: a paragraph does, ``…over
            # its cost. The lone no vote came…``.)
            and not (len(lines) > 3 and SENTENCE_INSIDE.search(text)))


class Asked:
    """Whether each block of a text page has headline shape (``headline_shape``) and opens
    an article (``opens_article``), worked out once a block: ``_heads_an_article`` asks
    them of the few blocks after each candidate, which are candidates in turn (a third
    to a half of the asks were asked before). The English shape needs no full line's
    width; the Chinese one is given it, measured before any block is asked."""

    def __init__(self, blocks: list[Block], m: CompiledMarkers, lang: str, full: float) -> None:
        self.blocks, self.m, self.lang, self.full = blocks, m, lang, full
        self._shape: dict[tuple[int, bool], bool] = {}  # by block and ``asking``
        self._opens: dict[int, bool] = {}
        self._chars: float | None = None

    def shape(self, i: int, asking: bool = False) -> bool:
        found = self._shape.get((i, asking))
        if found is None:
            found = self._shape[i, asking] = headline_shape(self.blocks[i], self.lang,
                                                             self.full, asking)
        return found

    def chars(self) -> float:
        """A full line's length in characters (a Latin column's measure), measured once."""
        if self._chars is None:
            lengths = [float(len(ln.text)) for b in self.blocks[:WIDTH_SAMPLE]
                       if len(b.lines) >= 3 for ln in b.lines]
            # (the plain 80th percentile, as ``full_width``'s: no line dropped as joined)
            self._chars = column_width(lengths, False, False) if lengths else 0.0
        return self._chars

    def opens(self, i: int) -> bool:
        found = self._opens.get(i)
        if found is None:
            found = self._opens[i] = opens_article(self.blocks[i], self.m)
        return found

    def headed(self, i: int) -> bool:
        """Whether block ``i`` opens an article under a heading: a run-in head (``KELSO:
        The…``, ``markers.run_in_head``) is its brief's own, and heads what is above
        it with nothing (a story's last lines, the heading of a story written after)."""
        b = self.blocks[i]
        return self.opens(i) and not (b.lines and run_in_head(b.lines[0].text, self.m))


def calls_out(lines: list[str]) -> bool:
    """A headline may call out (``Champion!``), one sentence that ends on ``!``; running
    text that does so is quoted or ends a sentence before it."""
    text = " ".join(lines).rstrip()
    return text.endswith("!") and not SENTENCE_INSIDE.search(text)


def question_headline(lines: list[str]) -> bool:
    """A headline may ask (``Is the city ready for a heat wave?``); running text that
    asks is quoted (``“What happens next?”``) or ends a sentence before it."""
    text = " ".join(lines).rstrip()
    return text.endswith("?") and not SENTENCE_INSIDE.search(text)


#: The marks a Chinese headline may end on: it asks (``菜价为何一周涨了两成？``) or calls out.
CJK_QUESTION_ENDS = "？！"


def cjk_question(line: str) -> bool:
    """A Chinese headline that asks or calls out: one line of one sentence that ends on
    ``CJK_QUESTION_ENDS``, a comma inside it at most (``放学后的两小时，孩子们去哪儿了？``),
    no quote left open; a heading's width at most. Running text that asks is quoted or
    follows a sentence on its line."""
    body = line.rstrip()[:-1]
    return (line.rstrip()[-1:] in CJK_QUESTION_ENDS and bool(body)
            and not SENTENCE_MARK.search(body) and text_width(line) <= HEADING_EMS
            and not quote_left_open(line) and not body.endswith(("，", "、")))


#: The answer of a headline that asks, then tells, may speak in a clause or two (``开，但
#: 时间变了``, ``店主：不搬，还要再干三十年``): this many commas or colons in it at most.
ANSWER_CLAUSES = 2
#: A comma or a colon: an answer's clauses (a sentence's end is no headline's).
_ANSWER_CLAUSE = re.compile(r"[，：,:]")


def cjk_call_answered(lines: list[str]) -> bool:
    """A Chinese headline that asks or calls out and then tells, on one line or wrapped
    (``36名工人讨薪无门？劳动监察三天追回欠薪86万元``, ``2小时11分08秒！`` / ``澄湖马拉松赛会
    纪录被改写``, ``轮渡还开吗？开，但时间变了``): one ``CJK_QUESTION_ENDS`` mark inside;
    the call holds no other clause mark, the answer a comma or colon or two
    (``ANSWER_CLAUSES``: a reply's clauses, ``店主：不搬，还要再干三十年``) but no sentence's
    end, and neither ends on one; each line a heading's width at most. Running text that
    asks quotes the question (``“听说你们要搬走了？”这``) or ends a sentence before it; a
    story's last line, over the next one's byline, ends its sentence."""
    text = "".join("".join(lines).split())
    parts = re.split(f"[{CJK_QUESTION_ENDS}]", text)
    if len(parts) != 2 or not all(len(p) >= 2 for p in parts):
        return False
    call, answer = parts
    return (not CLAUSE.search(call) and not SENTENCE_MARK.search(answer)
            and len(_ANSWER_CLAUSE.findall(answer)) <= ANSWER_CLAUSES
            and not _ANSWER_CLAUSE.search(answer[-1]) and not any(q in call for q in "“”‘’「」")
            and not quote_left_open(text) and all(text_width(t) <= HEADING_EMS for t in lines))


def tall_stack(blocks: list[Block], kinds: list[BlockKind], i: int) -> int:
    """How many blocks from ``i`` (one, or two with a wrapped rest in lower case) are an
    English headline and deck stacked in a narrow column over a byline, taller than a
    headline alone (``stack_lines``: ``Residents split over`` / ``plan to remove Mill`` /
    ``Pond dam`` / ``State says the 1840s`` / ``structure is unsafe;`` / ``neighbors fear
    losing the`` / ``pond`` / ``By …``): no line ends a sentence or breaks a word, the first
    opens in a capital, after text that ended a sentence (a deck's clause may end on a
    semicolon); at most twice as tall."""
    n = len(blocks[i].lines)
    if not stack_lines("en") < n <= 2 * stack_lines("en"):
        return 0
    j = i + 1
    if (j < len(blocks) and kinds[j] is BODY and blocks[j].text[:1].islower()
            and len(blocks[j].lines) <= 2):
        j += 1  # (the deck's last lines, written as a block apart)
    if j >= len(blocks) or kinds[j] is not BYLINE or any(b.stretched for b in blocks[i:j]):
        return 0
    lines = [ln.text for b in blocks[i:j] for ln in b.lines]
    if not opens_upper(lines[0]) or any(
            ends_a_sentence(t) and not t.endswith(";") or SENTENCE_INSIDE.search(t)
            or t.endswith("-") for t in map(str.rstrip, lines)):
        return 0
    if i and kinds[i - 1] is BODY and not ends_sentence(blocks[i - 1].text):
        return 0
    return j - i


#: A deck set under a question headline, in its block or the next: this many lines at most.
DECK_LINES = 2


def question_stack(blocks: list[Block], kinds: list[BlockKind], i: int) -> int:
    """How many blocks from ``i`` (none, one, or two with its deck) are an English headline
    that asks, right under a label in capitals (``capitals_label``; a heading or, at the page's
    top, taken for furniture): ``IN THE GARDEN`` / ``Will the frost spare the apples?`` /
    ``Growers hope so. Insurers are less sure.`` / ``By …``. A label heads a story's stack,
    never running text; a question ends a sentence and its deck may be sentences, so the
    shape (``headline_shape``) and the walk to a byline (``question_headline``: a question
    heads only the byline right under it) both miss it. The question is the block's first
    lines up to one ending on ``?`` (``stack_lines`` at most, no sentence's end before it);
    at most ``DECK_LINES`` more lines in the block are its deck, and so is a block of as
    many right under it, opening in a capital, over a byline. The extractor may have taken
    the block for a caption (a photo's credit written next to it)."""
    if not 0 < i < len(blocks) or kinds[i] not in (BODY, CAPTION):
        return 0
    if kinds[i - 1] not in (HEADLINE, FURNITURE) or not capitals_label(blocks[i - 1].text):
        return 0
    lines = [ln.text.rstrip() for ln in blocks[i].lines]
    asks = next((k for k, t in enumerate(lines[:stack_lines("en")]) if t.endswith("?")), None)
    if (asks is None or len(lines) - asks - 1 > DECK_LINES
            or not question_headline(lines[: asks + 1]) or not opens_upper(lines[0])
            or any(len(t) > 100 for t in lines)):
        return 0
    j = i + 1
    if (asks == len(lines) - 1 and j + 1 < len(blocks) and kinds[j] in (BODY, CAPTION)
            and kinds[j + 1] is BYLINE and len(blocks[j].lines) <= DECK_LINES
            and opens_upper(blocks[j].text)):
        return 2  # (its deck, a block of its own over the byline)
    return 1


def looks_like_headline(block: Block, lang: str) -> bool:
    """Short, unpunctuated lines: what a headline looks like once its type size is lost."""
    if not 1 <= len(block.lines) <= 3:
        return False  # (most blocks: a column's paragraphs, not asked line by line)
    lines = [line.text for line in block.lines]
    if lines[0].startswith(ITEM_MARKS):
        return False  # ■ 长效管护: a crosshead inside an article, not a headline
    text = " ".join(lines)
    if lang == "zh":
        if (text_width(text) > HEADING_EMS or CLAUSE.search(text) or quote_left_open(text)
                or text.endswith("、") or any(map(listing_entry, lines))):
            return False  # (a list's comma goes on: ``药品包内含体温计、退热贴、``)
    if lang != "zh":
        if len(text) > 110 or ends_a_sentence(text) or text.rstrip().endswith(","):
            return False
        # A sentence broken off by an extractor (pdfminer writes a justified line's words
        # as blocks: ``A`` / ``fire``): a lone letter, or English ending on an article in
        # lower case (``Serie A``, ``Q & A``, ``STORM CLOSES THE`` / ``HARBOR`` are titles).
        if len(text) == 1 or (lang == "en" and text.split()[-1] in ARTICLES):
            return False
        if text[:1].islower():
            return False  # a title's first word is capitalised (``to`` / ``of Health``: words)
        if not (in_title_case(text) or text.isupper() or caseless(text)):
            return False
    return not any(map(ends_a_sentence, lines)) and not never_a_heading(lines)
