"""The Latin corrector's second looks: tokens its first pass left as read, looked at
again with what that pass found (``latin.LatinCorrector.propose``).

``mended``: tokens beside a letter run no lexicon knows, once that run was itself
corrected to a word; ``habitual_again``: real-word errors and rare words, with the
confusions the text keeps making priced lower (``real_words.text_habits``);
``beside_mended``: real-word errors beside words the first pass corrected, with those
corrections as context (``country m tho world``: once ``tho`` is ``the``, ``m`` is ``in``);
``refused_again``: non-words and rare words the same way (``thero woro``);
``misread_titles``: a title misread before its full stop and a name (``Mi. Henry``), and
``Messrs`` misread before names (``Mossrs Joseph``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from .broken import among_pieces
from .channel import cost as channel_cost
from .channel import fold, variants_in
from .context import CONTEXT_SUPPORT
from .latin_confusions import CONFUSION_COST
from .proposals import Proposal
from .real_words import habitual, real_word_candidates, text_habits
from .sentence import Around, sentence_start
from .tokens import Tok, lexicon_key, touches_han

if TYPE_CHECKING:
    from .latin import LatinCorrector


def mended(
    corrector: LatinCorrector,
    text: str,
    toks: list[Tok],
    done: list[Proposal],
    blocked: list[tuple[int, bool]],
) -> list[Proposal]:
    """Tokens left alone beside a letter run no lexicon knows, looked at again when
    that run was itself corrected to a word (``Sydnoy vcstorday``: ``Sydney``, so
    ``vcstorday`` is no piece of a broken word), with the corrected words as context."""
    words = {p.start: p.corrected.lower() for p in done if " " not in p.original + p.corrected}
    out = []
    for i, initial in blocked:
        start, tok, _, _ = toks[i]
        if among_pieces(corrector, text, toks, i, words):
            continue
        prev, nxt = corrector._context(text, toks, i)
        if prev is not None:
            prev = words.get(toks[i - 1][0], prev)
        if nxt is not None:
            nxt = words.get(toks[i + 1][0], nxt)
        p = corrector._one(tok, lexicon_key(tok), initial, True, (prev, nxt))
        if p is not None:
            out.append(Proposal(start, start + len(tok), tok, *p))
    return out


def habitual_again(
    corrector: LatinCorrector,
    text: str,
    toks: list[Tok],
    done: list[Proposal],
    rare: list[tuple[int, bool, bool]],
) -> list[Proposal]:
    """Real-word errors and rare words left as read looked at again with the
    confusions this text keeps making (``real_words.text_habits``) priced lower: a page
    that read ``tho`` five times probably read ``ho`` for ``he`` and ``lino`` for
    ``line`` too."""
    habits = text_habits(done)
    if not habits:
        return []
    taken = {p.start for p in done}
    out = []
    for i, initial, free in rare:
        start, tok, _, _ = toks[i]
        low = lexicon_key(tok)
        if not any(seen in low for seen, _ in habits) or not any(
            habitual(low, v, habits) for v in variants_in(low, corrector.common)
        ):
            continue
        p = corrector._one(tok, low, initial, free, corrector._context(text, toks, i), habits)
        if p is not None:
            out.append(Proposal(start, start + len(tok), tok, *p))
    form = corrector.form  # (``Form.real``: a known word with real-word candidates)
    for i, (start, tok, alone, _) in enumerate(toks):
        if alone or start in taken:
            continue
        f = form(tok)
        if f.real and not touches_han(text, start, start + len(tok)):
            p = corrector._real_word(tok, f.low, corrector._around(text, toks, i), habits,
                                     sentence_start(text, start))
            if p is not None:
                out.append(Proposal(start, start + len(tok), tok, *p))
    return out


#: Added to the reason of a change decided beside corrected words, so the audit trail says
#: that it stands on them (a reviewer who undoes ``tho`` -> ``the`` looks at it again).
BESIDE_MENDED = ", beside a corrected word"


def beside_mended(
    corrector: LatinCorrector, text: str, toks: list[Tok], done: list[Proposal]
) -> list[Proposal]:
    """Known words with a far commoner word one confusion away (real-word errors: ``m``,
    ``Ho``, ``hu``) within two words of a one-word correction, looked at again with the
    corrected words as their context: the first pass read them beside ``tho`` or ``lov
    olv``, which the context models hardly know."""
    words = {p.start: p.corrected.lower() for p in done
             if p.corrected and " " not in p.original + p.corrected}
    if not words:
        return []
    taken = {k for p in done for k in range(p.start, p.end)}
    near = sorted({i + d for i, t in enumerate(toks) if t[0] in words for d in (-2, -1, 1, 2)})
    out = []
    for i in near:
        if not 0 <= i < len(toks):
            continue
        start, tok, alone, _ = toks[i]
        low = lexicon_key(tok)
        if alone or start in taken or corrector.lex_get(low, 0.0) < corrector.s.known_zipf:
            continue
        if not real_word_candidates(low, corrector.s.known_zipf) or touches_han(
            text, start, start + len(tok)
        ):
            continue
        around = corrector._around(text, toks, i)
        mended = Around(
            tuple(words.get(toks[k][0], w) for k, w in
                  zip(range(i - len(around.before), i), around.before, strict=True)),
            tuple(words.get(toks[k][0], w) for k, w in
                  zip(range(i + 1, i + 1 + len(around.after)), around.after, strict=True)),
        )
        if mended == around:
            continue  # the first pass saw this context already
        p = corrector._real_word(tok, low, mended, initial=sentence_start(text, start))
        if p is not None:
            corrected, score, why, evidence = p
            out.append(Proposal(start, start + len(tok), tok, corrected, score,
                                f"{why}{BESIDE_MENDED}", evidence))
    return out


def refused_again(
    corrector: LatinCorrector,
    text: str,
    toks: list[Tok],
    done: list[Proposal],
    refused: list[tuple[int, bool, bool]],
) -> list[Proposal]:
    """Tokens of plain prose the first pass left as read, beside a word it corrected,
    decided again with that correction as context (``thero woro about``: once ``thero``
    is ``there``, ``woro`` is ``were``; ``whnt Btcps``, ``laud und``), taken only where
    context is sure (``CONTEXT_SUPPORT``: the one wrong reading of the SMH tuning half,
    ``nevr`` -> ``near``, led by less)."""
    words = {p.start: p.corrected.lower() for p in done
             if p.corrected and " " not in p.original + p.corrected}
    taken = {k for p in done for k in range(p.start, p.end)}
    out = []
    for i, initial, whole in refused:
        start, tok, _, _ = toks[i]
        beside = (i and toks[i - 1][0] in words) or (i + 1 < len(toks) and toks[i + 1][0] in words)
        if not beside or start in taken:
            continue
        prev, nxt = corrector._context(text, toks, i)
        new_prev = words.get(toks[i - 1][0], prev) if prev is not None and i else prev
        new_nxt = words.get(toks[i + 1][0], nxt) if nxt is not None and i + 1 < len(toks) else nxt
        if (new_prev, new_nxt) == (prev, nxt):
            continue
        p = corrector._one(tok, lexicon_key(tok), initial, True, (new_prev, new_nxt), whole=whole)
        if p is not None and p[3] >= CONTEXT_SUPPORT:
            corrected, score, why, evidence = p
            out.append(Proposal(start, start + len(tok), tok, corrected, score,
                                f"{why}{BESIDE_MENDED}", evidence))
    return out


#: A capitalised token of two or three letters after which a full stop and a capitalised
#: word follow (``Mi. Henry Moore``, ``Mv. Addison``, ``Mis. Philp``): the place of a title.
TITLE_PLACE = re.compile(r"M[a-z]{1,2}(?=\.\s+[A-Z][a-z])")
#: The titles so misread, and the dearest confusion (``channel.cost``) read as one: a
#: listed or learned confusion (``Mi`` 0.3, ``Mv`` 0.64, ``Mis``, ``Mra`` 0.3 from ``Mrs``).
TITLES, TITLE_COST = ("Mr", "Mrs"), 0.7
#: Abbreviations English prints there themselves (``Ms. Smith``, ``Mt. Kembla``).
TITLE_KEPT = frozenset({"Ms", "Mt"})
TITLES_OR_KEPT = TITLE_KEPT | frozenset(TITLES)
TITLE_WHY = "ocr confusion, a title before a name"
#: The plural title before a list of names, misread (``MefSis. Hvmnii``, ``Meaars. T.``,
#: ``MessrB. A.``): a capitalised token of five to seven letters opening with M before
#: its full stop and a capitalised word, that is no word of its own (``Misses``,
#: ``Massie``) and at most one plain edit's price (``channel.cost``, letters an engine
#: printed in no English form folded, each a listed confusion) from ``Messrs``, which the
#: lexicon knows too little to reach (Zipf 2.9). SMH tuning half 4 such, all exact
#: (``Misses`` five times left as read). As for ``Mr``, only with the full stop read:
#: without it (``Mossrs Joseph``, ``MeBsrs,``) the truth had one the OCR lost in 2 of 3.
PLURAL_PLACE = re.compile(r"M[^\W\d_]{4,6}(?=\.\s+[A-Z])")
PLURAL_TITLE, PLURAL_COST = "Messrs", 1.0


def misread_titles(
    text: str, done: list[Proposal], zipf: Callable[[str], float], known: float
) -> list[Proposal]:
    """A title misread where its full stop was read (``Mi. Henry`` -> ``Mr. Henry``):
    before a full stop and a name, ``Mr`` or ``Mrs`` one confusion away is what print
    sets there (SMH tuning half: 4 such, all exact; without the full stop the truth
    mostly has one the OCR lost, so the change is right letter for letter only); and
    ``Messrs`` misread before a name (``PLURAL_PLACE``), which is no word ``known`` by
    ``zipf``."""
    found = [m for m in TITLE_PLACE.finditer(text) if m.group() not in TITLES_OR_KEPT
             and (not m.start() or text[m.start() - 1].isspace())]  # (a chunk's start)
    plural = [m for m in PLURAL_PLACE.finditer(text) if m.group() != PLURAL_TITLE
              and (not m.start() or text[m.start() - 1].isspace())] if "M" in text else []
    if not found and not plural:
        return []
    taken = {k for p in done for k in range(p.start, p.end)}
    out = []
    for m in plural:
        tok, (folded, folds) = m.group(), fold(m.group())
        if m.start() in taken or zipf(tok.lower()) >= known:
            continue
        price = channel_cost(folded.lower(), PLURAL_TITLE.lower()) + CONFUSION_COST * folds
        if price <= PLURAL_COST:
            score = round(100.0 * (1.0 - price / len(tok)), 1)
            out.append(Proposal(m.start(), m.end(), tok, PLURAL_TITLE, score, TITLE_WHY, 0.0))
    for m in found:
        tok = m.group()
        if m.start() in taken:
            continue
        priced = sorted((channel_cost(tok.lower(), t.lower()), t) for t in TITLES)
        if priced[0][0] <= TITLE_COST < priced[1][0]:
            score = round(100.0 * (1.0 - priced[0][0] / len(tok)), 1)
            out.append(Proposal(m.start(), m.end(), tok, priced[0][1], score, TITLE_WHY, 0.0))
    return out
