"""Briefs run on under a story: a headless item that a news lead opens right after a
story's text, or that pdftotext wrote into the sentence a story's column leaves open.

An extractor writes a brief under a story as the story's next paragraph (pdfminer), or
writes a narrow column's first lines between a wide column's where their baselines
interleave (pdftotext); the lead that introduces its own subject, and the sentence it
cuts, are what part it from the story. Asked by the walk in ``ocr.assemble``
(``news_lead``, ``written_into``, ``dangles``, ``after_rows``); ``briefs.story_after_brief``
reads a lead's first sentence over as many lines (``LEAD_END_LINES``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

from .column_blocks import COLUMN_LINES, StoryWords, _stem, signed_lede
from .heading_words import LABEL_ENDS, LABEL_ROWS, LABEL_VALUE, ROWS_NAME_WORDS
from .leads import DAY_NAME, holds_clock_time, may_name_day, opens_dated, opens_news_lead
from .linejoin import join_lines
from .model import BODY, CAPTION, CREDIT, Block
from .story_flow import Flow, ends_sentence_block, last_body
from .terms import latin_stems
from .typography import DANGLING_WORDS, SENTENCE_INSIDE, ends_sentence

#: A brief may share this many content words with the story above by chance (``asking``,
#: ``utility``, the town's name); a day's name is every story's and never counts.
CHANCE_SHARED = 1
#: A verb's participle (``asking``, ``charged``) says what happens, not what of: a
#: shared one is no subject shared.
_VERB_FORMS = ("ing", "ed")
#: A brief's lead written into another column's sentence holds at most this many lines.
INTO_LINES = 4
#: ... and the lines of the next block read for the end of its lead's first sentence.
LEAD_END_LINES = 3
_DAY_STEMS = frozenset(_stem(f"{d}day") for d in ("mon", "tues", "wednes", "thurs", "fri",
                                                 "satur", "sun"))


def news_lead(d: Flow, block: Block, words: StoryWords, after: Sequence[Block] = (),
              over_photo: bool = False) -> bool:
    """In Latin text, ``block`` opens a headless item after the story ``d`` ended its
    sentence: it opens with a news item's lead (``leads.opens_news_lead``: its subject
    named in full, the day it happened), and it shares at most ``CHANCE_SHARED`` content
    words with ``d``. A subject of one word with no article (``Police are asking drivers
    …``) counts the same: it shares ``drivers`` with a bus drivers' story by chance, and
    on the held-out study sets' and the dev set's truths no story's later paragraph
    opens with a lead, bare or named.

    An extractor that writes each paragraph as a block (pdfminer) writes a brief under
    a story as the story's next paragraph, and a story's last paragraph talks of other
    things as often as a brief does; but a story's later paragraph refers back to what
    its lead introduced (``The proposal``, ``The city``), while a brief introduces its
    own subject. pdfminer may write the lead's last line as a block of its own (``…on
    Gardner Road`` / ``early Sunday, police said.``): the next block ``after`` ends it.
    Right after a photo (``over_photo``) the story may have left its sentence open: its
    column goes on elsewhere (``…“We want enough hands to`` / caption / credit /
    ``Police are asking drivers to avoid Center Street … on Thursday``)."""
    if len(block.lines) < COLUMN_LINES or signed_lede(d):
        return False
    texts = [ln.text for ln in block.lines]
    if not ends_sentence(texts[-1]):  # its first sentence may end in the next block
        texts += [ln.text for b in after[:1] for ln in b.lines[:LEAD_END_LINES]]
    if not may_name_day(texts) or not (  # (most blocks: no day named, nothing joined)
            over_photo or ends_sentence_block(d) or written_into(d, block, after)
            or _photo_after(block, after)):
        return False
    lead = opens_news_lead(join_lines(texts))
    if lead is None and not (set_whole_into(d, block, after) and opens_dated(join_lines(texts))):
        return False
    if _subject_headed(join_lines(texts), words.heading(d)):
        return False
    shared = len({w for w in words.of(d) & words.block(block)
                  if w not in _DAY_STEMS and not w.endswith(_VERB_FORMS)})
    return shared <= CHANCE_SHARED


#: A lead's subject ends before its first verb (``Farmers are being offered…``, ``An
#: amber warning is in force…``, ``The Estuary Rowing Club has called off…``), within
#: this many words.
_SUBJECT = re.compile(r"((?:[\w’'-]+\s+){1,5}?)(?:is|are|was|were|will|has|have|had)\s")


def _subject_headed(text: str, heading: set[str]) -> bool:
    """Whether the subject of the lead ``text`` opens with is the thing the heading of
    the story above it named: the word that ends the subject (its noun) is among the
    heading's content words. A story's later paragraph may open as a lead does, on what
    its headline or deck promised and its first paragraph did not tell (``Farmers on
    alert after quad bikes stolen`` / … / ``Farmers are being offered free forensic
    marking kits… every Wednesday``; ``Amber warning for the coast`` / … / ``An amber
    warning is in force from 6am Thursday…``); a brief under it introduces a subject of
    its own, even one that shares the story's place or weather (``The Estuary Rowing
    Club has called off Saturday's regatta because of the storm``)."""
    match = _SUBJECT.match(text) if heading else None
    if match is None:
        return False
    noun = match.group(1).split()[-1].lower().replace("’", "'").removesuffix("'s")
    return _stem(noun) in heading


def _photo_after(block: Block, after: Sequence[Block]) -> bool:
    """A lead of a few lines left open over a photo's caption or credit: a brief's first
    column written after a story's column that a photo cuts off (pdftotext: ``…students
    may be`` / ``Police are asking drivers … on Thursday … expected to last`` / caption /
    credit), the story going on later in lower case."""
    return (len(block.lines) <= INTO_LINES and not ends_sentence(block.text)
            and bool(after) and after[0].kind in (CAPTION, CREDIT))


def written_into(d: Flow, block: Block, after: Sequence[Block]) -> bool:
    """A brief's lead ``block`` was written into the sentence that ``d`` leaves open, and
    the story goes on after it: pdftotext writes a narrow column's first lines between
    a wide column's where their baselines interleave (``…a utility pole and`` / ``A
    23-year-old man was charged …`` / ``three transformers.``). The lead's capital
    cannot go on ``d``'s sentence, the block leaves its own open and the next block goes
    on in lower case; ``d`` takes that block back (``ocr.assemble``). A few lines only
    (``INTO_LINES``: where two columns' baselines interleave), not ending on a broken
    word (the next block then goes on the lead's own: a story's lead under its byline,
    after lines pdfplumber scrambled)."""
    last = block.lines[-1].text
    if (dangles(d) and ends_sentence(last) and bool(after) and after[0].kind is BODY
            or set_whole_into(d, block, after)):
        return True  # (a whole brief written into the sentence)
    return (len(block.lines) <= INTO_LINES and not ends_sentence_block(d)
            and not ends_sentence(last) and not last.endswith("-")
            and bool(after) and after[0].text[:1].islower())


def set_whole_into(d: Flow, block: Block, after: Sequence[Block]) -> bool:
    """A whole brief ``block`` was set into the sentence ``d`` leaves open: it ends its
    own sentence and the next block goes on in lower case, which only ``d``'s sentence
    can take (``…to replace all lead service lines`` / ``Eastbound lanes … said.`` /
    ``within 10 years.``). Its lead need not name its subject in full (``Eastbound
    lanes``, ``The Friends of the Millbrook Public Library``): a day named in its first
    sentence (``leads.opens_dated``) will do. The column it was set into holds
    ``INTO_LINES`` lines at least (a story's dateline alone, ``REDDING, Calif.``, is
    followed by its own first paragraph, ``Firefighters made progress Sunday …``), and
    does not stop on a broken word (``lawn wa-``: the block after it finishes the word,
    ``tering``, and the block between is the story's own paragraph from its next
    column, as pdfplumber writes them)."""
    last = last_body(d)
    return (last is not None and len(last.lines) >= INTO_LINES
            and not last.lines[-1].text.endswith("-") and not ends_sentence_block(d)
            and block.text[:1].isupper() and ends_sentence(block.text)
            and bool(after) and after[0].kind is BODY and after[0].text[:1].islower())


def dangles(d: Flow) -> bool:
    """``d``'s text stops on a word no sentence ends on (``…Gail Mendes told the``) or on
    a comma (``…washed ashore near Bar Harbor in 2013,``): a brief written after it was
    written into its sentence, however long the brief, and the block after the brief
    goes on with it even in capitals (``School Committee on Monday…``); pdftotext writes
    a narrow column's lines between a wide column's where their baselines interleave,
    a whole brief at times."""
    last = last_body(d)
    if last is None:
        return False
    words = last.lines[-1].text.split()
    return len(words) >= 2 and (words[-1].lower() in DANGLING_WORDS or words[-1].endswith(","))


#: A listing brief's text over its rows holds this many lines at most: its standing
#: rows' name or a lead-in (``Wednesday’s numbers``, ``Stage 2 is expected all week, at`` /
#: ``these times.``); a story's rows (a scorecard, results) come after its paragraphs.
LEAD_IN_LINES = 3
#: A block of this many lines at most that gives a clock's time is a row written apart
#: from its label, not a brief (``Sunrise`` / ``Sunset 4:19 p.m.``: a brief's lead runs
#: longer).
ROW_LINES = 2


#: A word of this many letters or more names what a text talks of (``swift``, ``library``).
TALK_LETTERS = 4
#: A day's name (``Saturdays``): every listing's and brief's, no subject shared.
_DAY_WORD = re.compile(rf"\b{DAY_NAME}s?\b")


def _talked_of(text: str) -> set[str]:
    """The stems (``terms.latin_stems``) of ``text``'s words of ``TALK_LETTERS`` letters
    or more, days' names and figures left out."""
    return {t for t in latin_stems(_DAY_WORD.sub(" ", text))
            if len(t) >= TALK_LETTERS and not t.isdigit()}


def _label(line: str) -> bool:
    """Whether an English line opens on a listing's label: a label and its value
    (``heading_words.LABEL_VALUE``), or a label alone over its rows, a few words ending on
    its colon (``Sailings:``)."""
    return LABEL_VALUE.match(line) is not None or (
        line.endswith(LABEL_ENDS) and len(line.split()) <= ROWS_NAME_WORDS)


def row_closed(text: str) -> bool:
    """Whether an English listing's row line leaves nothing open: it ends its sentence
    (``Sonderwater: Thursday, 9am to 1pm.``) or on its value's figure, complete with no
    stop (``Daily 4: 3-1-6-8``); a row wrapped stops on a word or a mark that leads on
    (``Westdene: Wednesday, 8am to``, ``Block A: 06:00 to 08:30 and``, ``Cash 5: 02-09-``),
    or on a semicolon, which parts a row's entries (``Nordkyn (timber, Rotterdam);`` /
    ``Eastern`` / ``Star (ballast, Aberdeen).``)."""
    text = text.rstrip()
    return not text.endswith((";", "；")) and (ends_sentence(text) or text[-1:].isdigit())


def after_rows(d: Flow, block: Block) -> bool:
    """In Latin text, ``block`` opens the next item after a listing brief ``d``: ``d``'s
    text is ``LABEL_ROWS`` rows or more that each open on a label (``heading_words.
    LABEL_VALUE``: ``Westdene: …`` / ``Sonderwater: …``, ``Daily 3 midday: 4-0-7``), under
    ``LEAD_IN_LINES`` lines at most, every line after the first row a row or a wrapped
    row's rest (no line after a row's sentence has ended, none that ends a sentence
    inside it: ``SENTENCE_INSIDE``); its last row is closed
    (``row_closed``), and ``block`` opens on a capital and on no label (``_label``), and
    is no row written apart from its label (``ROW_LINES``), and talks of nothing ``d``
    names (``_talked_of``).

    A listing's rows end where a line no longer opens on a label: the rows are the
    whole of what the brief says, and a sentence in capitals after the last one is no
    row, nor the listing's lead-in (that stands over the rows), so it is the next item
    in the briefs box (a headless brief, or a brief whose head the extractor wrote as
    text: ``The Red Cross will hold a blood drive…`` under a lottery's draws). A line
    in capitals inside the rows after a closed one, or any line after a row's sentence
    (a story's text going on after its scorecard, or read in after a weather box's
    rows), refuses: those rows are no brief's. So does a block that names what the rows
    name: a story's paragraph after its own rows talks of them (``Chimney swift: 212,
    down`` / ``Ostrowski said the swift decline…``), a brief of its own subject."""
    if not block.text[:1].isupper():
        return False
    texts = (ln.text.strip() for b in d.blocks if b.kind is BODY for ln in b.lines)
    head = list(islice(texts, LEAD_IN_LINES + 1))  # (the whole story only past this test)
    first = next((i for i, t in enumerate(head) if LABEL_VALUE.match(t)), None)
    if first is None:
        return False
    lines = [*head, *texts]
    if not block.lines or _label(block.lines[0].text.strip()) or (
            len(block.lines) <= ROW_LINES and holds_clock_time(block.text)):
        return False
    rows = lines[first:]
    for above, line in zip(rows, rows[1:], strict=False):
        if not _label(line) and (SENTENCE_INSIDE.search(line) is not None or row_closed(
                above) and (line[:1].isupper() or ends_sentence(above))):
            return False  # (text goes on after a row: the rows are a story's)
    if sum(1 for t in rows if LABEL_VALUE.match(t)) < LABEL_ROWS or not row_closed(rows[-1]):
        return False
    return not _talked_of(" ".join(lines)) & _talked_of(join_lines([ln.text for ln in block.lines]))
