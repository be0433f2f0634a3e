"""Candidates for a rare or unknown Latin-script token: the words it may be a misreading of.

Each source is a kind of OCR error with its own reach, and a reason (``why``) that the
gates (``latin_gates``) ask of it, so each is tried only where it was seen to be right
more often than wrong (SMH tuning half):

* OCR confusions (``latin_confusions.latin_variants``): up to two cheap rewrites
  (rn->m, cl->d, b->h, 0->o ...) that land on a lexicon word; for a long unknown token
  that reaches no such word, rarer words (``rare_targets``);
* a capital printed for small letters inside a sentence (``Btreets``) and worn capitals
  (``Tohn``, ``Oeorge``: ``channel.worn_capitals``);
* the noisy channel (``channel``): common words up to three edits from an unknown token
  of 7+ letters in plain prose, priced by what OCR engines confuse (``botwoon``), and
  in lower-case prose one confusion Tesseract was seen to make (``rould``); in shorter
  unknown tokens one or two misread letters (``havp``, ``spcond``) beside a neighbour
  English writes them with; a lower-case non-word none of these reach, known words up
  to three edits away for context to pick from (``nevon``);
* the token's shape (``shapes``): three or more worn glyphs (``cnrpontor``).

Candidates must be known words (Zipf >= ``known_zipf``) or user-lexicon words. Each is
scored ``100 * (1 - cost / len)`` with ``channel.cost`` (a listed confusion 0.3, a plain
edit 1.0); which one wins, if any, is ``latin_gates``'s to say.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .channel import confusions_in, costs, lowered_start, variants_in, worn_capitals
from .channel import cost as channel_cost
from .latin_confusions import CONFUSION_COST, latin_variants, rare_targets
from .near import near_words, substitutions
from .ngrams import bigrams
from .real_words import RARE_WORD_ZIPF, common_words
from .shapes import differences, look_alikes
from .shapes import price as shape_price

if TYPE_CHECKING:
    from .latin import LatinCorrector

#: A token's candidates: word -> (similarity score, why).
Candidates = dict[str, tuple[float, str]]

#: Shortest unknown token the channel may repair beyond the listed confusions, and by how
#: many edits (``botwoon``: an engine that reads e as o does so all along the page); below
#: 7 letters 70% of such repairs were wrong on the SMH tuning half (teamen, congou, aheady).
EDIT_MIN_LEN, EDIT_MAX = 7, 3
#: Shorter unknown tokens in lower-case prose (from ``SHORT_EDIT_MIN`` letters) may have one
#: letter misread (two from ``SHORT_TWO_SUBS`` letters): ``havp``, ``spcond``, ``lutuie``;
#: the word must stand beside a neighbour it is often written with, and context decides.
#: Letters added or lost were mostly pieces of broken words (``rding``, ``hshed``).
SHORT_EDIT_MIN, SHORT_TWO_SUBS = 4, 6
#: Why a capital inside a sentence was read as the small letter(s) it misprinted.
LOWERED = "capital read for a small letter"
#: Words the OCR channel may lead to must be this common (Zipf): rarer ones are mostly
#: names and web words (cree, pico, lgbt) that a fragment happens to lie near.
CHANNEL_ZIPF = 4.0
#: ... but a lower-case token of ``RARER_MIN_LEN`` letters or more may reach a known word
#: (``known_zipf``) that is rarer, at a channel price of one plain edit at most
#: (``ditorderly`` -> ``disorderly``, ``estcomod`` -> ``esteemed``, ``liansicnt`` ->
#: ``transient``): that long, a fragment seldom lies so near a word by chance (SMH tuning
#: half: 8 more words fixed, none made wrong; capitalised, the one wrong reached a name).
RARER_MIN_LEN, RARER_COST = 8, 1.0
#: Why a word of the token's shape (``shapes``: three or more worn glyphs, ``cnrpontor``
#: -> ``carpenter``) is read. Below ``RARER_MIN_LEN`` letters such a word is taken only
#: where context, less its price, prefers it to the token as read (lead >= 0; SMH tuning
#: half: those under 0 were mostly wrong, ``snics`` -> ``sales``, ``ennos`` -> ``canes``);
#: from ``RARER_MIN_LEN`` letters the shape alone was right each time (``licutouaiit``).
SHAPE_WHY = "ocr confusion, shape"
#: Shortest token read by its shape (three letters are the listed confusions' own: ``tbo``).
SHAPE_MIN_LEN = 4
#: Endings that make a form of a known word (sewer -> sewered): such a form is left alone.
INFLECTIONS = ("ed", "ing", "s", "es", "er", "ers", "ly")
#: The reason a listed-confusion candidate carries, with the count (``ocr confusion x2``).
CONFUSIONS_WHY = "ocr confusion x"
#: Why the noisy channel gave a reading (edits beyond the listed confusions); the
#: learned and short variants add a suffix after a comma.
CHANNEL_WHY = "ocr channel"
#: A lower-case non-word of ``CALLED_MIN_LEN`` letters or more that no source above reaches
#: (``nevon``, ``piuco``, ``llkolv``: two or three letters misread, the short-word search
#: allows one) may be read as a known word up to ``CALLED_EDITS`` plain edits away, why
#: ``CALLED_WHY``: many words lie that near, so only context sure of one, less its channel
#: price, picks it (``latin_gates``). SMH tuning half: 3 readings, all exact (164 such
#: lower-case non-words of 5+ letters had no candidate at all; their neighbours, garbled
#: too, or the price of the plain edits leave context unsure of most).
CALLED_MIN_LEN, CALLED_EDITS = 5, 3
CALLED_WHY = "ocr channel, called by context"


def inflected(corrector: LatinCorrector, low: str) -> bool:
    """A word the lexicon lacks but builds from one it knows with a regular ending
    (``sewered``): a form of an English word, not a misreading of another."""
    known = corrector.s.known_zipf
    for suffix in INFLECTIONS:
        stem = low[: -len(suffix)]
        if low.endswith(suffix) and len(stem) >= 3 and (
            corrector.zipf(stem) >= known or corrector.zipf(stem + "e") >= known
        ):
            return True
    return False


def candidates(
    corrector: LatinCorrector,
    tok: str,
    low: str,
    folds: int,
    z: float,
    capital: bool,
    initial: bool,
    free: bool,
    context: tuple[str | None, str | None],
    whole: bool,
    opening: bool,
) -> Candidates:
    """The words ``tok`` (``low``: its lexicon key; ``folds``: letters no English word prints,
    folded; ``z``: the Zipf of the token as read) may be a misreading of, by source.
    ``free``, ``whole`` and ``opening`` as ``LatinCorrector._one`` takes them."""
    cands: Candidates = {}
    has_context = context != (None, None)
    common = common_words(corrector.s.known_zipf)
    short = len(low) < 4 and not has_context
    variants = variants_in(low, corrector.targets).items()
    for variant, rewrites in [*variants, (low, 0)] if folds else variants:
        rewrites += folds
        if rewrites > 1 and short:
            continue  # two confusions in a short word reach too many words
        if variant in common or variant in corrector.user:
            score = 100.0 * (1.0 - CONFUSION_COST * rewrites / len(low))
            cands[variant] = (score, f"{CONFUSIONS_WHY}{rewrites}")
    if not cands and whole and z == 0.0 and tok.islower() and not inflected(corrector, low):
        cands = rare_targets(low, corrector.zipf, corrector.s.known_zipf)  # exhumod, returnablo
    lowered = lowered_start(tok) if capital and not initial and z < RARE_WORD_ZIPF else None
    for variant, rewrites in [(lowered, 0), *latin_variants(lowered, 1).items()] if (
        lowered
    ) else ():  # "Btreets": a lower-case s printed as a capital B, inside a sentence
        if variant in common and variant not in cands:
            score = 100.0 * (1.0 - CONFUSION_COST * (rewrites + 1) / len(low))
            cands[variant] = (score, LOWERED)
    if capital and z < corrector.s.known_zipf:  # Tohn, Oeorge, Fastcrn
        cands = worn_capitals(tok, corrector.targets, common) | cands
    if free and z == 0.0 and len(low) >= EDIT_MIN_LEN and low.isalpha() and not (
        inflected(corrector, low)
    ):
        for word in near_words(low, EDIT_MAX):
            price = channel_cost(low, word)
            if corrector.zipf(word) < CHANNEL_ZIPF and not (
                tok.islower() and len(low) >= RARER_MIN_LEN and price <= RARER_COST
                and corrector.zipf(word) >= corrector.s.known_zipf
            ):
                continue
            score = 100.0 * (1.0 - price / len(low))
            if word not in cands or cands[word][0] < score:
                cands[word] = (score, CHANNEL_WHY)
    prose = tok.islower() or (initial and tok[1:].islower())  # Hie at a sentence start
    if has_context and free and z < corrector.s.known_zipf and len(low) >= SHAPE_MIN_LEN and (
        tok.isalpha() and (tok.islower() or (opening and tok[1:].islower()))
    ):  # (capitalised only at a sentence's start: in lists and inside, names: Ptea, Frnest)
        priced = costs()
        for word in look_alikes(low, common):
            misread = differences(low, word)
            if word in cands or (len(misread) == 1 and misread[0] in priced):
                continue  # (one priced confusion: the listed and learned readings' own)
            if len(low) < RARER_MIN_LEN and not bigrams().beside(context[0], word, context[1]):
                continue  # (short: a word English writes beside a neighbour, as below)
            price = min(shape_price(misread), channel_cost(low, word))
            cands[word] = (100.0 * (1.0 - price / len(low)), SHAPE_WHY)
    if has_context and free and prose and tok.isalpha() and z < corrector.s.known_zipf:
        # (rare words of the lexicon too, irom, Hie, Ile: context must be sure anyway)
        learned = list(confusions_in(low, corrector.common).items())
        for variant, c in learned if learned and not inflected(corrector, low) else ():
            if variant not in cands:
                cands[variant] = (100.0 * (1.0 - c / len(low)), f"{CHANNEL_WHY}, learned")
                # (lower-case prose only: capitalised, they reached names: Coffev, Byan)
    if has_context and free and tok.islower() and z < corrector.s.known_zipf and (
        low.isalpha() and SHORT_EDIT_MIN <= len(low) < EDIT_MIN_LEN
    ) and not inflected(corrector, low):  # (a rare word too: theil; gain or context gates it)
        for word in substitutions(low, 1 if len(low) < SHORT_TWO_SUBS else 2):
            if word not in cands and corrector.zipf(word) >= CHANNEL_ZIPF and bigrams().beside(
                context[0], word, context[1]
            ):  # (a neighbour English often writes it with: "lgbt", "thai" are not)
                score = 100.0 * (1.0 - channel_cost(low, word) / len(low))
                cands[word] = (score, f"{CHANNEL_WHY}, short")
    if not cands and has_context and whole and tok.islower() and low.isalpha() and (
        z == 0.0 and len(low) >= CALLED_MIN_LEN and not inflected(corrector, low)
    ):  # (whole: a piece beside a hyphen, equit-, is half a word)
        for word in near_words(low, CALLED_EDITS):
            if corrector.zipf(word) >= corrector.s.known_zipf:
                cands[word] = (100.0 * (1.0 - channel_cost(low, word) / len(low)), CALLED_WHY)
    return cands
