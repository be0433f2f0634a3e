"""A story's later section, under its crosshead, that an extractor wrote after another
story (text without geometry, English, after the walk): pdftotext writes a column's
blocks as their tops stand, so the section a crosshead opens half way down one story's
column may come out after the next story's last paragraph, or alone, where the walk
takes it for that story's text or a headless story of its own. Its words say whose it
is. Apart from ``ocr.signed_columns`` (a story signed with no text), whose content-word
measure (``terms.content_stems``) it shares.
"""

from __future__ import annotations

import re
from collections import Counter

from .misplaced_columns import S, blocks_text, opens_sentence
from .model import BODY, Block
from .terms import content_stems
from .typography import ends_sentence

#: A crosshead has this many words at most (``Money still uncertain``, ``A long road to
#: a product``); a line of fewer is a piece of a stretched line (``text_pieces``).
CROSSHEAD_WORDS = (3, 6)
#: Content words a section shares with the story it goes to, at least, and how many
#: times as many as with the text it was read under.
SECTION_SHARED, SECTION_LEAD = 3, 2
#: A word in more stories' text than this names the page's place or day, not a story
#: (``Ashford``, ``Saturday``).
STORIES_NAMED = 2


def sections_back(drafts: list[S]) -> list[S]:
    """Move each section led by a crosshead glued to its text (``crosshead_led``), read
    where the text before it ended a sentence (or alone, heading a story of no headline
    or byline), to the end of the story that ended a sentence and shares clearly the
    most content words with it: ``SECTION_SHARED`` at least and ``SECTION_LEAD`` times
    those the section shares with the text it was read under (``Money still
    uncertain`` / ``The approval does not guarantee federal funding…`` after a trial's
    last paragraph goes to the commuter rail story). The section runs to the story's
    end (a column is written whole). (Most pages hold no such section: their stories'
    stems, a word-frequency look-up a word, are counted only where one is.)"""
    if all(_section_start(d) is None for d in drafts):
        return [d for d in drafts if d.blocks]
    stems = [content_stems(blocks_text([b for b in e.blocks if b.kind is BODY])) for e in drafts]
    seen = Counter(s for e in stems for s in e)
    for k, d in enumerate(drafts):
        cut = _section_start(d)
        if cut is None:
            continue
        section, before = d.blocks[cut:], [b for b in d.blocks[:cut] if b.kind is BODY]
        own = {s for s in content_stems(blocks_text(section))  # (not its own story's text)
               if seen[s] - (s in stems[k]) <= STORIES_NAMED}
        host = len(own & content_stems(blocks_text(before)))
        names = _names(blocks_text(section)) if cut == 0 else None
        shares = [(len(own & stems[i]) if names is None
                   else _shared(own & stems[i], names + _names(blocks_text(e.blocks))), i)
                  for i, e in enumerate(drafts) if i != k and _ended(e)]
        if not shares:
            continue
        most, i = max(shares)
        if most >= max(SECTION_SHARED, SECTION_LEAD * host) and sum(
                1 for s, _ in shares if s == most) == 1:
            drafts[i].blocks.extend(section)
            d.blocks = d.blocks[:cut]
    return [d for d in drafts if d.blocks]


#: A name of two words or more in capitals (``Thorpe Hagg``, ``Harbour View``).
_NAME = re.compile(r"\b[A-Z][a-z’']+(?:[ -][A-Z][a-z’']+)+")


def _names(text: str) -> list[set[str]]:
    """The content stems of each name of two capitalised words or more in ``text`` (of
    more than one content word: ``Low Wrayton`` is one)."""
    return [stems for m in _NAME.finditer(text) if len(stems := content_stems(m.group())) > 1]


def _shared(shared: set[str], names: list[set[str]]) -> int:
    """How many words of ``shared`` two texts share, a name of several counted once: a
    place (``Thorpe Hagg``, a letter's sign-off and a farm's address) is one thing two
    items of a page name, not two words of one subject. Asked for a section read alone
    (a headless item of no text before its crosshead), which no host's words weigh
    against: within a story's text, a firm's name its section repeats (``Fenwick Quarry
    Partners``) is told against the text it was read under, word for word."""
    return len(shared) - sum(max(0, len(shared & n) - 1) for n in names)


def _section_start(d: S) -> int | None:
    """Where in ``d`` a crosshead's section starts that may be another story's: a body
    block led by a crosshead, every block from it on body, and the body before it
    ending a sentence; or ``d``'s first block, ``d`` having no byline or headline."""
    for k, b in enumerate(d.blocks):
        if b.kind is not BODY or not crosshead_led(b):
            continue
        if any(x.kind is not BODY for x in d.blocks[k:]):
            return None
        before = [x for x in d.blocks[:k] if x.kind is BODY]
        if before and ends_sentence(before[-1].text):
            return k
        if not before and d.headless and d.byline is None and not d.blocks[:k]:
            return k
    return None


def crosshead_led(b: Block) -> bool:
    """A block whose first line is a crosshead glued to the text under it: a line of
    ``CROSSHEAD_WORDS`` words, opening in a capital, of words only (no stop, comma or
    dateline's dash) and none in capitals (a byline's name), over a line that opens a
    sentence, and more lines under that."""
    if len(b.lines) < 3:
        return False
    first, second = b.lines[0].text.strip(), b.lines[1].text.strip()
    low, high = CROSSHEAD_WORDS
    words = first.split()
    return (low <= len(words) <= high and first[:1].isupper()
            and not any(w.isupper() and len(w) > 1 for w in words)  # a byline's name
            and all(w.replace("’", "").replace("'", "").isalpha() for w in words)
            and opens_sentence(second))


def _ended(e: S) -> bool:
    """Whether story ``e`` has text whose last line ends a sentence."""
    body = [b for b in e.blocks if b.kind is BODY]
    return bool(body) and e.jump is None and ends_sentence(body[-1].text)


