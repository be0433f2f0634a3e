"""Words in which the OCR engine printed a symbol for a letter it could not read.

ABBYY and Tesseract print ``«``, ``»``, ``*``, ``\\``, ``}`` or ``]`` where a glyph was
unreadable (``week«``, ``»re``, ``la«t``, ``Compan}``). Each symbol stands for one letter;
the known word (``WILD_ZIPF``) that fits between the neighbours best, by ``WILD_MARGIN``
log10 over the next, is taken (``ngrams``' word bigrams). Reading the symbol as nothing
(``chest»`` -> ``chest``, truth ``chests``) was wrong more often than right on the tuning
half of the real OCR set.
"""

from __future__ import annotations

import re

from .channel import UNREADABLE, WILD, may_hide_letter, unreadable_readings
from .context import ContextCorrector, Proposal
from .ngrams import bigrams

#: A wild word is read only as a word this common (Zipf): the symbols hide common words' letters;
WILD_ZIPF = 3.5
#: ... this much commoner when only one letter was read besides the symbols.
WILD_SHORT = 1.0
#: A wild word's best reading must lead the next by this much (log10, context and channel).
WILD_MARGIN = 1.0
PREV_WORD = re.compile(r"(?:^|\s)([A-Za-z]+)\s+$")
#: Marks English print never sets apart between spaces: standing alone between two
#: chunks, each is a speck the engine read (``ground ' for``, ``Theatre, | Melbourne``):
#: on the SMH tuning half removing one brought the text nearer its truth 54 times, further
#: once. (A spaced comma, ``;``, ``:``, ``-`` or ``.`` is mostly a real mark set apart:
#: ``fined 10s , and``.)
SPECK = re.compile(r"(?<=\S)\s+(['|¡¦])(?=\s+\S)")
#: An apostrophe after a word's last letter (not an ``s``: ``players'``) with no opening
#: single quote before it in the text is a speck too (``Upset' price``, ``and' 30``):
#: 15 of 17 on the tuning half, none wrong.
TRAILING = re.compile(r"(?<=[a-rt-z])'(?=\s)")
OPENING = re.compile(r"(?:^|\s)['‘][A-Za-z]")
NEXT_WORD = re.compile(r"\s+([A-Za-z]+)\b")


def unreadable_words(
    corrector: ContextCorrector, text: str, at: int, chunk: str
) -> list[Proposal]:
    """Words in which the engine printed a symbol for a letter it could not read
    (``week«``, ``»re``, ``Compan}``): each symbol stands for one letter, and the
    word-bigram model picks the known word that fits between the neighbours."""
    out = []
    for m in WILD.finditer(chunk):
        tok = m.group()
        letters = sum(c.isalpha() for c in tok)
        wild = [k for k, c in enumerate(tok) if c in UNREADABLE]
        if not wild or len(wild) > 2 or letters < 2 or letters < len(wild):
            continue
        if not all(may_hide_letter(tok, k) for k in wild):
            continue
        if tok[-1] in "}]" and corrector.zipf(tok[:-1].lower()) >= corrector.s.known_zipf:
            continue  # a word and its closing bracket: "(... and]" -- not "andy"
        upper = sum(c.isupper() for c in tok)
        if upper > 1 or (upper == 1 and not tok[0].isupper()):
            continue  # acronyms and ALL CAPS
        start = at + m.start()
        floor = WILD_ZIPF + (WILD_SHORT if letters < 3 else 0.0)
        prev, nxt = _neighbours(text, start, start + len(tok))
        lm = bigrams()
        ranked = sorted(
            (lm.between(prev, w, nxt), w)
            for w in unreadable_readings(tok.lower(), tuple(wild))
            if len(w) > 2 and (w in corrector.user or corrector.lex.get(w, 0.0) >= floor)
        )[::-1]
        if not ranked or (len(ranked) > 1 and ranked[0][0] - ranked[1][0] < WILD_MARGIN):
            continue
        best = ranked[0][1]
        if upper:
            best = best[0].upper() + best[1:]
        lead = ranked[0][0] - ranked[1][0] if len(ranked) > 1 else WILD_MARGIN
        out.append(Proposal(start, start + len(tok), tok, best, 90.0, "unreadable glyph", lead))
    return out


def specks(text: str) -> list[Proposal]:
    """Marks standing alone between two chunks that print never sets so (``SPECK``),
    each removed with the space before it, and apostrophes closing no quote
    (``TRAILING``)."""
    out = [
        Proposal(m.start(), m.end(), m.group(), "", 90.0, "speck read as a mark", 1.0)
        for m in SPECK.finditer(text)
    ]
    if "'" in text:
        for m in TRAILING.finditer(text):
            if OPENING.search(text, 0, m.start()):
                break  # a quotation in single quotes: this may close it
            out.append(Proposal(m.start(), m.end(), "'", "", 90.0, "speck read as a mark", 1.0))
    return sorted(out, key=lambda p: p.start)


def _neighbours(text: str, start: int, end: int) -> tuple[str | None, str | None]:
    """The lower-case words right before ``start`` and after ``end``, only spaces between."""
    before = PREV_WORD.search(text[max(0, start - 40) : start])
    after = NEXT_WORD.match(text, end)
    return (
        before.group(1).lower() if before else None,
        after.group(1).lower() if after else None,
    )
