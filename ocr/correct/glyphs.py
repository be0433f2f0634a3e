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
from collections.abc import Callable

from .channel import (
    UNREADABLE,
    W_PAIR,
    WILD,
    Targets,
    may_hide_letter,
    unreadable_readings,
    variants_in,
)
from .context import ContextCorrector
from .ngrams import bigrams, trigrams
from .proposals import Proposal
from .real_words import REAL_WORD_CHANNEL
from .stray_marks import stray_marks

#: A wild word is read only as a word this common (Zipf): the symbols hide common words' letters;
WILD_ZIPF = 3.5
#: ... this much commoner when only one letter was read besides the symbols.
WILD_SHORT = 1.0
#: A guillemet ending a word the lexicon knows this well (``WILD_ZIPF``) may be its plural's
#: s though the plural is rarer than ``WILD_ZIPF`` (``chest»`` -> ``chests``, ``brace«``,
#: ``defence«``: a known word's plural is no chance reading; tuning half 3 more, all
#: exact). Only for words of five letters or more (``he»`` is not ``hes``).
PLURAL_MIN = 5
#: A wild word's best reading must lead the next by this much (log10, context and channel).
WILD_MARGIN = 1.0
#: The letters a guillemet mostly stands for (ABBYY's reading of a broken long or short s
#: and of a w: ``week«``, ``»as`` for ``was``); reading one as another letter costs
#: ``GUILLEMET_OTHER`` log10 (under a guillemet inside a word the SMH tuning half's truth
#: has s 68 times, w 42, e 26, a 11, any other letter 7 or fewer). Picked by hand after
#: reading the tuning half, like ``channel.CAPITAL_FOR``; it fixed 13 more words there
#: (``Amy »as owned``, where ``has`` fits as well), one more change inexact; with e
#: among the letters, 2 fewer.
GUILLEMET_LETTERS, GUILLEMET_OTHER = "sw", 1.5
#: Why two strokes were read as one w (``_w_word``), and how common the word so read must be
#: (Zipf: ``»val`` is no ``wal``; the w's two strokes leave only the rest to tell).
W_WHY = "unreadable glyph, two strokes for w"
W_ZIPF = 4.0
#: Guillemets that quote (``the «vine disease» in``, ``»Zitat«``): opposite ones round a
#: short run of words, at a word's start and a word's end. Such a pair whose first and last
#: words are known is a quotation, not two unreadable letters (``«vine`` is not ``wine``);
#: on the SMH set no correction stood on such a pair.
QUOTED = re.compile(r"(?<![^\s(\[])([«»])([A-Za-z][^«»\n]{0,80}?[A-Za-z])([«»])(?=[\s.,;:!?)\]]|$)")
QUOTED_WORDS = re.compile(r"[A-Za-z]+")
PREV_WORD = re.compile(r"(?:^|\s)([A-Za-z]+)\s+$")
#: Marks English print never sets apart between spaces: standing alone between two
#: chunks, each is a speck the engine read (``ground ' for``, ``Theatre, | Melbourne``):
#: on the SMH tuning half removing one brought the text nearer its truth 54 times, further
#: once. (A spaced comma, ``;``, ``:``, ``-`` or ``.`` is mostly a real mark set apart:
#: ``fined 10s , and``.) ``_real_mark`` keeps the ones print does set so.
SPECK_MARKS = "'|¡¦"
SPECK = re.compile(rf"(?<=\S)\s+([{SPECK_MARKS}])(?=\s+\S)")
#: A mark with a space either side, which every ``SPECK`` has: a text without one (most
#: text) is passed over at the cost of a scan that tries only the marks (``SPECK`` tries
#: every position).
SPECK_HINT = re.compile(rf"[{SPECK_MARKS}](?<=\s.)(?=\s)")
#: An apostrophe after the last letter of a word of three letters or more, with no
#: opening single quote before it in the text, is a speck too (``Upset' price``, ``and'
#: 30``: 15 of 17 on the tuning half, none wrong), unless English sets one there: after
#: ``s``, ``x`` or ``z`` (``players'``, ``Marx'``) and for a dropped g (``huntin'``).
TRAILING = re.compile(r"(?<=[A-Za-z]{2}[a-rt-wy])(?<!in)'(?=\s)")
#: An apostrophe before a space, which every ``TRAILING`` is.
TRAILING_HINT = re.compile(r"'\s")
#: A single quote that may open a quotation: ``‘``, a backquote, or ``'`` before a letter
#: and after no letter or digit (``'Come``, ``:'Come``, ``(‘Come``, ``—'Come``).
#: ... and after a word of three letters only one this common (``and' 30``): rarer short
#: words take an apostrophe where letters were left out (``tho'``, ``thro'``).
TRAILING_SHORT_ZIPF = 5.0
OPENING = re.compile(r"[‘`]|(?<![A-Za-z0-9])'(?=[A-Za-z])")
#: What a real spaced mark stands beside: a sentence's end before a closing quote
#: (``house. ' The``), and a number or a single letter or digit (``6 ' 2``, ``rock ' n '
#: roll``, ``5s | 6s``).
_CLOSES = frozenset(".?!")
_LAST_WORD = re.compile(r"[A-Za-z]+$")
NEXT_WORD = re.compile(r"\s+([A-Za-z]+)\b")
#: A letter standing alone between two lower-case words (``so many of I the vehicles``,
#: ``It was i not insured``): a rule, a dirt mark or a letter of another line read as a
#: letter. It is removed when the word-bigram model joins the two words better without it
#: than with it (read as the word ``i``) by ``LONE_EVIDENCE`` log10: on the SMH tuning half
#: 15 such letters the truth lacks scored above that, one that was a misread piece of a word
#: (``the J ant``), no real ``I``; real ones (``and I am``, ``which I thought``) scored under
#: 2. A capital ``I`` may also be a Roman numeral (``section I of``, ``volume I and``), so
#: it must lose by as much read as the word ``one`` too: on the tuning half 3 of its 9 right
#: removals still do (``so many of I the``, ``had told I him``), and no numeral does.
LONE_LETTERS = "Iijl"
LONE = re.compile(
    rf"(?:(?<=\s)|^)([a-z]{{2,}})(\s+[{LONE_LETTERS}])(?=\s+([a-z]{{2,}})(?![A-Za-z]))")
#: A letter ``LONE`` may remove with a space either side (``LONE`` holds one), or an I
#: opening the text (``LONE_AFTER_END``): a text without one (most text) is passed over at
#: the cost of a scan that tries only them.
LONE_HINT = re.compile(rf"[{LONE_LETTERS}](?<=\s[{LONE_LETTERS}])(?=\s)|^I\s")
LONE_EVIDENCE = 4.5
LONE_WHY = "lone letter read from a speck"
#: A capital I standing alone after a sentence's end, before a capitalised word
#: (``was living. I The trial``, ``match. I The Englishmen``): a speck at the start of a
#: line or paragraph, when ``I`` makes the word after it this much less likely (log10:
#: the bigram model's ``P(word)`` over ``P(word | i)``; ``The`` 2.6, ``By`` 1.9, ``It``
#: 1.8; a real ``I`` before ``am``, ``have``, ``believe`` scores below 0, ``Thomas`` 0.4).
LONE_AFTER_END = re.compile(
    r"(?:(?<=[.!?])(\s+I)(?=\s)|^(I\s+))(?=\s*([A-Z][a-z]+|[A-Z]{2,})(?![A-Za-z]))")
LONE_AFTER_END_EVIDENCE = 1.5
#: ... and so is one before a word in capitals, a heading's (``OOPP. I ATTEMPTS TO
#: SOLVE``), also at a text's start (``I QUARANTINE AREAS``), where the trigram model finds
#: the word this much less likely after ``I`` than alone (log10): a verb scores below 0
#: there (``I SHALL`` -1.1, ``I WILL`` -0.65, ``I MAY`` -0.45), any other word 1.6 or more
#: (``THE`` 1.9, ``ATTEMPTS`` 1.85); the word bigrams do not tell them apart (``I SHALL``
#: 0.5, ``I ATTEMPTS`` 0.4). SMH tuning half 8 more removals, all exact.
LONE_CAPS_EVIDENCE = 1.0
#: ... and a capital I after a word English never sets before the pronoun (an article,
#: a possessive, a preposition: ``the I country``, ``in I memory``, ``THE I POWERS``,
#: ``of I "The Bluff"``), before a word: no reading of it as a word goes there (``an``
#: not among them: ``an I`` is also ``and`` broken). SMH tuning half 5 more removals,
#: all exact, and none such in the truth.
NO_I_AFTER = frozenset(
    "the any of in to at from with by on into his her its their our my your this these those"
    " every each".split()
)
LONE_AFTER_WORD = re.compile(r"(?:(?<=\s)|^)([A-Za-z]+)(\s+I)(?=\s+[\"'“‘(]?[A-Za-z])")


def quoting_guillemets(corrector: ContextCorrector, text: str) -> frozenset[int]:
    """Where ``text`` has guillemets that quote known words (``QUOTED``)."""
    out: set[int] = set()
    for m in QUOTED.finditer(text):
        words = QUOTED_WORDS.findall(m.group(2))
        if (m.group(1) != m.group(3) and len(words) <= 12
                and corrector.zipf(words[0].lower()) >= corrector.s.known_zipf
                and corrector.zipf(words[-1].lower()) >= corrector.s.known_zipf):
            out |= {m.start(1), m.start(3)}
    return frozenset(out)


def unreadable_words(
    corrector: ContextCorrector, text: str, at: int, chunk: str, quotes: frozenset[int],
    common: Targets,
) -> list[Proposal]:
    """Words in which the engine printed a symbol for a letter it could not read
    (``week«``, ``»re``, ``Compan}``): each symbol stands for one letter, and the
    word-bigram model picks the known word that fits between the neighbours; two strokes
    printed for one w (``channel.W_PAIR``: ``»vas``) are read as it first, the rest of the
    word as read or one listed confusion from a ``common`` word. Guillemets at ``quotes``
    (``quoting_guillemets``) are marks, not letters."""
    out = []
    for m in WILD.finditer(chunk):
        tok = m.group()
        if W_PAIR.search(tok) and not any(at + m.start() + k in quotes
                                          for k, c in enumerate(tok) if c in "«»"):
            w = _w_word(corrector, text, at + m.start(), tok, chunk[m.end():], common)
            if w is not None:
                out.append(w)
                continue
        letters = sum(c.isalpha() for c in tok)
        wild = [k for k, c in enumerate(tok) if c in UNREADABLE]
        if not wild or len(wild) > 2 or letters < 2 or letters < len(wild):
            continue
        if any(at + m.start() + k in quotes for k in wild):
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
        prev, nxt = neighbours(text, start, start + len(tok))
        lm = bigrams()
        guillemets = [k for k in wild if tok[k] in "«»"]
        plural = wild == [len(tok) - 1] and tok[-1] in "«»" and len(tok) >= PLURAL_MIN and (
            corrector.lex_get(tok[:-1].lower(), 0.0) >= floor)
        ranked = sorted(
            (lm.between(prev, w, nxt) - (GUILLEMET_OTHER if any(
                w[k] not in GUILLEMET_LETTERS for k in guillemets) else 0.0), w)
            for w in unreadable_readings(tok.lower(), tuple(wild))
            if len(w) > 2 and (w in corrector.user or corrector.lex_get(w, 0.0) >= floor or (
                plural and w[-1] == "s" and corrector.lex_get(w, 0.0) >= corrector.s.known_zipf
            ))
        )[::-1]
        if not ranked or (len(ranked) > 1 and ranked[0][0] - ranked[1][0] < WILD_MARGIN):
            continue
        best = ranked[0][1]
        # A guillemet read as another letter where no other reading is a word has no rival
        # to pay GUILLEMET_OTHER against: it is taken only when the text prints the word
        # elsewhere. On the SMH tuning half 6 of the 14 taken without that test were exact
        # (``bou«`` -> ``bout`` for ``hours``); on the evaluation half 10 of 31.
        if len(ranked) == 1 and any(best[k] not in GUILLEMET_LETTERS for k in guillemets) and (
            not printed(text, best)
        ):
            continue
        if upper:
            best = best[0].upper() + best[1:]
        lead = ranked[0][0] - ranked[1][0] if len(ranked) > 1 else WILD_MARGIN
        out.append(Proposal(start, start + len(tok), tok, best, 90.0, "unreadable glyph", lead))
    return out


def _w_word(corrector: ContextCorrector, text: str, start: int, tok: str, rest: str,
            common: Targets) -> Proposal | None:
    """``tok`` with each ``W_PAIR`` read as a w (``»»as``, ``«vith``), as a word of
    ``W_ZIPF`` or one listed confusion (``REAL_WORD_CHANNEL`` log10) from such a ``common``
    one (``»vus`` -> ``was``) that makes a listed pair with a neighbour (``»von der`` in
    German is no ``won der``), context choosing by ``WILD_MARGIN``; a lone ``\\V`` before a
    full stop is an initial (``Mr. \\V. Smith``)."""
    read = W_PAIR.sub(lambda p: "W" if p.group().endswith("V") else "w", tok)
    if any(c in UNREADABLE for c in read):
        return None
    if read == "W" and rest.startswith("."):
        return Proposal(start, start + len(tok), tok, read, 90.0, W_WHY, WILD_MARGIN)
    upper = sum(c.isupper() for c in read)
    low = read.lower()
    if len(low) < 3 or upper > 1 or (upper == 1 and not read[0].isupper()):
        return None
    prices = {low: 0.0} if corrector.lex_get(low, 0.0) >= W_ZIPF else {}
    for word in variants_in(low, common, 1):
        if word not in prices and corrector.lex_get(word, 0.0) >= W_ZIPF:
            prices[word] = REAL_WORD_CHANNEL
    prev, nxt = neighbours(text, start, start + len(tok))
    lm = bigrams()
    prices = {w: price for w, price in prices.items() if lm.beside(prev, w, nxt)}
    if not prices:
        return None
    ranked = sorted(((lm.between(prev, w, nxt) - price, w) for w, price in prices.items()),
                    reverse=True)
    lead = ranked[0][0] - ranked[1][0] if len(ranked) > 1 else WILD_MARGIN
    if lead < WILD_MARGIN:
        return None
    best = ranked[0][1]
    best = best[0].upper() + best[1:] if upper else best
    return Proposal(start, start + len(tok), tok, best, 90.0, W_WHY, round(lead, 2))


def specks(text: str, zipf: Callable[[str], float], known: float) -> list[Proposal]:
    """Marks standing alone between two chunks that print never sets so (``SPECK``) or
    not where they stand (``stray_marks``), each removed with the space before it, and
    apostrophes closing no quote
    (``TRAILING``) after a word ``known`` by its ``zipf`` (after an unknown one the word
    itself was misread, and its apostrophe may be right: ``Patenta'`` for ``Patents'``),
    and after a word of three letters only if it is common (``TRAILING_SHORT_ZIPF``)."""
    out = [
        Proposal(m.start(), m.end(), m.group(), "", 90.0, "speck read as a mark", 1.0)
        for m in SPECK.finditer(text)
        if not _real_mark(text, m)
    ] if SPECK_HINT.search(text) else []
    if TRAILING_HINT.search(text):
        opening = OPENING.search(text)
        for m in TRAILING.finditer(text):
            if opening is not None and opening.start() < m.start():
                break  # a quotation in single quotes: this may close it
            found = _LAST_WORD.search(text, max(0, m.start() - 40), m.start())
            word = found.group() if found is not None else ""
            z = zipf(word.lower()) if word else 0.0
            if z < known or (len(word) == 3 and z < TRAILING_SHORT_ZIPF):
                continue
            out.append(Proposal(m.start(), m.end(), "'", "", 90.0, "speck read as a mark", 1.0))
    out += stray_marks(text, zipf, known)  # (marks print sets, but never where these stand)
    return sorted(out, key=lambda p: p.start)


def lone_letters(text: str) -> list[Proposal]:
    """Letters standing alone between two lower-case words that the words join far better
    without (``LONE``), and a capital I after a sentence's end or at the text's start
    before a word it does not go with (``LONE_AFTER_END``), each removed with the space
    before it (at the start, after it)."""
    if not LONE_HINT.search(text):
        return []
    lm = bigrams()
    out = []
    for m in LONE_AFTER_END.finditer(text):
        word = m.group(3).lower()
        if m.group(3).isupper():
            evidence = trigrams().logp(word) - trigrams().cond(word, "i")
            enough = LONE_CAPS_EVIDENCE
        else:
            evidence, enough = lm.logp(word) - lm.cond("i", word), LONE_AFTER_END_EVIDENCE
        if evidence >= enough:
            k = 1 if m.group(1) else 2  # (at the text's start, with the space after it)
            out.append(Proposal(m.start(k), m.end(k), m.group(k), "", 90.0, LONE_WHY,
                                round(evidence, 2)))
    for m in LONE_AFTER_WORD.finditer(text):
        if m.group(1).lower() in NO_I_AFTER:
            out.append(Proposal(m.start(2), m.end(2), m.group(2), "", 90.0, LONE_WHY, 0.0))
    removed = {p.start for p in out}
    for m in LONE.finditer(text):
        if m.start(2) in removed:
            continue  # (already removed after its word)
        prev, nxt = m.group(1), m.group(3)
        joined = lm.cond(prev, nxt)
        evidence = joined - lm.cond(prev, "i") - lm.cond("i", nxt)
        if m.group(2).lstrip() == "I":
            evidence = min(evidence, joined - lm.cond(prev, "one") - lm.cond("one", nxt))
        if evidence >= LONE_EVIDENCE:
            out.append(Proposal(m.start(2), m.end(2), m.group(2), "", 90.0, LONE_WHY,
                                round(evidence, 2)))
    return out


def _real_mark(text: str, m: re.Match[str]) -> bool:
    """Whether the spaced mark ``m`` is one print sets so: a quote closing a sentence,
    a mark beside a number or a lone letter (feet, ``rock ' n ' roll``, table cells), or a
    bar of a line of several (a table row)."""
    before = text[: m.start()].rsplit(None, 1)[-1]
    after = text[m.end() :].split(None, 1)[0]
    if m.group(1) == "'" and before[-1] in _CLOSES:
        return True
    if len(before) == 1 or len(after) == 1 or any(c.isdigit() for c in before + after):
        return True
    if m.group(1) == "|":
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        return text.count("|", line_start, line_end if line_end >= 0 else len(text)) > 1
    return False


def printed(text: str, word: str) -> bool:
    """Whether ``text`` prints ``word`` (a lower-case word) as a word of its own, in any
    case: a reading the text itself spells elsewhere is likelier than one it never uses."""
    found = re.search(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])", text, re.IGNORECASE)
    return found is not None


def neighbours(text: str, start: int, end: int) -> tuple[str | None, str | None]:
    """The lower-case words right before ``start`` and after ``end``, only spaces between."""
    before = PREV_WORD.search(text[max(0, start - 40) : start])
    after = NEXT_WORD.match(text, end)
    return (
        before.group(1).lower() if before else None,
        after.group(1).lower() if after else None,
    )


#: Two words glued by a mark where a space was (``has,been``, ``Public'Baths``,
#: ``as.can``): a speck the engine read in the gap. A full stop only between lower-case
#: words (``end.The`` lost its space, not its stop). ``GLUED_MARK`` finds the marks
#: (few), ``GLUED`` reads the chunk around one.
GLUED_MARK = re.compile(r"[,'\".](?=[A-Za-z]{2})")
GLUED = re.compile(r"[(\"']?([A-Za-z]{2,})([,'\".])([A-Za-z]{2,})[.,;:!?)]?")
#: What follows an apostrophe in a word English writes so (``we'll``, ``they're``).
CONTRACTED = frozenset({"ll", "re", "ve", "er", "em"})
GLUED_WHY = "speck read between two words"


def glued_words(text: str, zipf: Callable[[str], float], known: float) -> list[Proposal]:
    """A mark between two known words that English pairs (a listed word pair; after an
    apostrophe a capital, which starts no English word's ending: ``David'Smith``), whose
    letters make no known word together, read as the space it stands in (SMH tuning
    half 8 such, 7 exact, one right beside a stray quote)."""
    out = []
    for found in GLUED_MARK.finditer(text):
        at = found.start()
        if not text[at - 2 : at].isalpha() or (text[at] == "." and not text[at + 1].islower()):
            continue
        lo = text.rfind(" ", 0, at) + 1  # (the chunk round the mark: spaces part chunks)
        hi = text.find(" ", at)
        m = GLUED.fullmatch(text, lo, len(text) if hi < 0 else hi)
        if m is None or m.start(2) != at:
            continue
        a, mark, b = m.group(1), m.group(2), m.group(3)
        la, lb = a.lower(), b.lower()
        if mark == "'" and lb in CONTRACTED:
            continue
        if zipf(la) < known or zipf(lb) < known or zipf(la + lb) >= known:
            continue
        if not (mark == "'" and b[0].isupper()) and not bigrams().listed(la, lb):
            continue
        out.append(Proposal(at, at + 1, mark, " ", 90.0, GLUED_WHY, 1.0))
    return out
