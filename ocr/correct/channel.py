"""The noisy channel of English OCR: how likely the engine printed ``seen`` for ``word``.

Costs are in edit units (a plain insert, delete or substitution costs 1.0), so they drop
into ``latin``'s similarity ``100 * (1 - cost / len)``:

* the classic print confusions of ``latin_confusions.LATIN_PAIRS`` (rn/m, li/h, c/e ...) cost
  ``latin_confusions.CONFUSION_COST``;
* letter confusions Tesseract itself made on English text we rendered and degraded
  (``data/en_ocr.tsv``, made by scripts/make_en_confusions.py) cost between that and a
  plain edit, by how often they happened: ``t`` for ``f``, ``c`` for ``e``, a lost ``i``;
* a glyph the engine could not read and printed as a symbol (``week«``, ``«nd``, ``bu*``)
  costs ``UNREADABLE_COST`` whatever letter it hid.

Candidates up to ``latin_candidates.EDIT_MAX`` (three) edits away, with a length at most two
letters off, come from ``near.near_words``.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from functools import cache, lru_cache
from itertools import product
from pathlib import Path
from string import ascii_lowercase

from rapidfuzz.distance import Levenshtein

from .latin_confusions import CONFUSION_COST, LATIN_PAIRS, latin_matches, latin_variants

DATA = Path(__file__).resolve().parent / "data" / "en_ocr.tsv"
#: A reading beyond the listed confusions (the channel's edits, learned or short-word
#: readings) whose context score, less its price, falls this far below the token as read
#: (log10) is refused: the odds say an unknown word (a name, a term) was read right
#: (``illicit tapsters`` is no ``transfers``, ``steoiago`` no ``storage``). SMH tuning
#: half: 19 such readings, 11 exact (precision 90.5 -> 90.9%, but CER -20.9 -> -20.6%:
#: those fixes were long words); evaluation half 19, 7 exact (84.9 -> 85.7%, -13.9 ->
#: -13.8%). A trade of CER for precision, in a commit of its own.
CHANNEL_FLOOR = -3.0

#: Symbols an engine prints for a letter it cannot read (never part of an English word).
UNREADABLE = frozenset("«»*\\¡}]")
#: A word with a glyph the engine printed as a symbol (``week«``, ``«nd``, ``Compan}``):
#: ``*`` only between letters (``*word*`` is emphasis), ``\`` and brackets never before
#: letters (``\section``, ``[note``) but in ``W_PAIR``.
UNREADABLE_IN = re.compile(r"[A-Za-z][«»¡\\}\]]|[A-Za-z]\*[A-Za-z]|[«»¡][A-Za-z]|\\[vV]")
#: Two strokes ABBYY printed for one worn w (``»»as``, ``»vas``, ``«vith``, ``\\V.``): a
#: w's two v-shaped halves, each read as a guillemet or a v (SMH tuning half: 14 tokens,
#: each a w in the truth; ``was``, ``with``, ``W.``).
W_PAIR = re.compile(r"[«»][«»v]|\\[vV]")
WILD = re.compile(r"[A-Za-z«»*\\¡}\]]*[A-Za-z][A-Za-z«»*\\¡}\]]*")
#: Cost of a letter hidden behind one of ``UNREADABLE`` (or of dropping the symbol).
UNREADABLE_COST = 0.3
#: The cheapest and dearest cost of a confusion learned from Tesseract's errors.
LEARNED_MIN, LEARNED_MAX = 0.4, 0.8
#: Learned confusions seen fewer times than this are chance, not a habit of the engine.
LEARNED_MIN_COUNT = 3
#: Letter pairs that 19th-century type, worn and inked unevenly, lets an engine read as
#: another pair: ``mid`` for ``and`` (a broken a and n), ``tile`` for ``the``, ``Hie`` for
#: ``The``. Picked by hand after reading the real OCR set's tuning half (shape facts, like
#: ``latin_confusions.LATIN_PAIRS``; no table learned from that data ships).
OLD_TYPE_PAIRS = (("mi", "an"), ("il", "h"), ("hi", "th"))
OLD_TYPE_COST = 0.4


@cache
def costs() -> dict[tuple[str, str], float]:
    """(seen, truth) -> cost in edit units, for the confusions cheaper than a plain edit."""
    table: dict[tuple[str, str], float] = {}
    if DATA.is_file():
        rows = []
        for line in DATA.read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or not line.strip("\n"):
                continue
            seen, truth, count = line.split("\t")
            if int(count) >= LEARNED_MIN_COUNT and seen.islower() | (not seen) and truth.islower():
                rows.append((seen, truth, int(count)))
        top = max((n for *_, n in rows), default=1)
        span = math.log10(top / LEARNED_MIN_COUNT)  # 0 when every count is the least kept
        for seen, truth, n in rows:
            share = math.log10(top / n) / span if span > 0 else 0
            table[seen, truth] = round(LEARNED_MIN + (LEARNED_MAX - LEARNED_MIN) * share, 2)
    for seen, truth in OLD_TYPE_PAIRS:
        table[seen, truth] = min(table.get((seen, truth), 1.0), OLD_TYPE_COST)
    for seen, truth in LATIN_PAIRS:
        table[seen, truth] = CONFUSION_COST
    return table


@lru_cache(maxsize=65536)
def cost(seen: str, truth: str) -> float:
    """Edit cost of reading ``truth`` as ``seen`` (lower case): adjacent edits are merged
    into one region and each region costs its confusion price or 1.0 per letter."""
    table = costs()
    total = 0.0
    for s, t in regions(seen, truth):
        if s and all(c in UNREADABLE for c in s) and len(t) <= len(s):
            total += UNREADABLE_COST * len(s)
        elif (s, t) in table:
            total += table[s, t]
        else:
            total += _split_cost(s, t, table)
    return total


def regions(seen: str, truth: str) -> list[tuple[str, str]]:
    """Where ``seen`` differs from ``truth``: (printed, meant) pieces, adjacent edits merged."""
    out: list[tuple[str, str]] = []
    last_end = -1
    for op in Levenshtein.opcodes(seen, truth):
        if op.tag == "equal":
            continue
        part = (seen[op.src_start : op.src_end], truth[op.dest_start : op.dest_end])
        if out and op.src_start == last_end:
            prev = out.pop()
            part = (prev[0] + part[0], prev[1] + part[1])
        out.append(part)
        last_end = op.src_end
    return out


def _split_cost(s: str, t: str, table: dict[tuple[str, str], float]) -> float:
    """A merged region no confusion covers whole: letter by letter, confusions where
    they apply (``ee`` read ``cc``: two ``c``-for-``e`` confusions)."""
    if len(s) == len(t):
        return sum(table.get((a, b), 1.0) if a != b else 0.0 for a, b in zip(s, t, strict=True))
    return float(max(len(s), len(t)))


@cache
def _by_seen() -> dict[str, tuple[tuple[str, float], ...]]:
    """Printed sequence -> (true sequence, cost) from ``costs``. Dropped letters are left
    out: tried in every gap of every known word they made as many wrong readings as right
    ones on the tuning half (``hut`` read as ``hurt``), and cost a third of the time."""
    rows: dict[str, list[tuple[str, float]]] = {}
    for (seen, truth), c in costs().items():
        if seen:
            rows.setdefault(seen, []).append((truth, c))
    return {k: tuple(v) for k, v in rows.items()}


@lru_cache(maxsize=65536)
def one_confusion(low: str) -> dict[str, float]:
    """Readings of ``low`` one confusion away (hand-listed or learned), with their cost.
    Treat the result as read-only."""
    table = _by_seen()
    out: dict[str, float] = {}
    size = len(low)
    for i in range(size):
        head = low[:i]
        for n in (1, 2):
            if i + n > size:
                break
            row = table.get(low[i : i + n])
            if row:
                tail = low[i + n :]
                for truth, c in row:
                    new = head + truth + tail
                    if c < out.get(new, 99.0) and new != low:
                        out[new] = c
    return out


class Targets:
    """Words a misreading may be read as (a lexicon's common words), with every proper
    prefix and suffix of them: what lets ``variants_in`` and ``confusions_in``
    build only the variants that can be such a word. Most of a misread token's hundreds
    of variants start or end in no word at all, and building them was most of what the
    English corrector spent on an unknown token."""

    __slots__ = ("words", "heads", "tails")

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(words)
        self.heads = frozenset({w[:i] for w in self.words for i in range(1, len(w))})
        self.tails = frozenset({w[i:] for w in self.words for i in range(1, len(w))})


@lru_cache(maxsize=8)
def targets_of(words: frozenset[str]) -> Targets:
    """``Targets`` of ``words``, built once per word set."""
    return Targets(words)


def variants_in(token: str, targets: Targets, max_rewrites: int = 2) -> dict[str, int]:
    """``latin_variants(token, max_rewrites)`` restricted to ``targets.words``, in the same
    order, without building the variants that cannot be one: a first rewrite whose text
    so far begins no target word, a last one whose text from there ends none."""
    if max_rewrites > 2:
        return {v: n for v, n in latin_variants(token, max_rewrites).items() if v in targets.words}
    out: dict[str, int] = {}
    if max_rewrites < 1:
        return out
    words, heads, tails = targets.words, targets.heads, targets.tails
    matches = latin_matches(token)
    for i, end, truth in matches:
        new = token[:i] + truth + token[end:]
        if new in words and new != token:
            out[new] = 1
    if max_rewrites == 2 and len(matches) > 1:
        ends = [truth + token[end:] in tails for _, end, truth in matches]
        for n in range(len(matches) - 2, -1, -1):
            i, end, truth = matches[n]
            head = token[:i] + truth
            if head not in heads:
                continue
            for k in range(n + 1, len(matches)):
                i2, end2, truth2 = matches[k]
                if i2 >= end and ends[k]:
                    new = head + token[end:i2] + truth2 + token[end2:]
                    if new in words and new not in out and new != token:
                        out[new] = 2
    return out


def confusions_in(low: str, targets: Targets) -> dict[str, float]:
    """``one_confusion(low)`` restricted to ``targets.words``, in the same order: only where
    the letters before the confusion begin a target word (or are one: a dropped letter at
    the end) and those after it end one."""
    table = _by_seen()
    words, heads, tails = targets.words, targets.heads, targets.tails
    out: dict[str, float] = {}
    size = len(low)
    for i in range(size):
        head = low[:i]
        if i and head not in heads and head not in words:
            break  # (no longer head begins a target word either)
        for n in (1, 2):
            if i + n > size:
                break
            tail = low[i + n :]
            if tail and tail not in tails and tail not in words:
                continue
            for truth, c in table.get(low[i : i + n], ()):
                new = head + truth + tail
                if new in words and new != low and c < out.get(new, 99.0):
                    out[new] = c
    return out


@lru_cache(maxsize=8192)
def unreadable_readings(low: str, wild: tuple[int, ...]) -> frozenset[str]:
    """``low`` with each symbol at ``wild`` read as a letter. A symbol read as nothing
    (``chest»`` as ``chest``, not ``chests``) or a symbol and a letter read as one broken
    letter (``»v`` for ``w``) made more wrong words than right ones on the tuning half."""
    options = [tuple(ascii_lowercase) if k in wild else (c,) for k, c in enumerate(low)]
    return frozenset("".join(p) for p in product(*options))


def may_hide_letter(tok: str, k: int) -> bool:
    """Whether the symbol ``tok[k]`` can stand for a letter (``UNREADABLE_IN``'s rules)."""
    c = tok[k]
    if c in "«»¡":
        return True
    after_letter = k > 0 and tok[k - 1].isalpha()
    if c == "*":
        return after_letter and k + 1 < len(tok) and tok[k + 1].isalpha()
    return after_letter


#: A capital B inside a lower-case word (``waB``, ``monthB``, ``assiBtod``): ABBYY's reading
#: of a long or broken ``s``.
INNER_B = re.compile(r"(?<=[a-z])B|B(?=[a-z])")


@lru_cache(maxsize=8192)
def fold(tok: str) -> tuple[str, int]:
    """``tok`` with the letters an engine printed in a form no English word has put back
    in their plain form, and how many: accents stripped (``défendant``, ``íevealed`` ->
    ``ievealed``, whose i/r confusion the listed pairs undo) and a capital ``B`` inside a
    lower-case word read as ``s``. Letters that are not accented Latin ones (ß) stay."""
    n = 0
    out = []
    for c in tok:
        if ord(c) > 127 and c.isalpha():
            base = unicodedata.normalize("NFD", c)[0]
            if base.isascii() and base != c:
                out.append(base)
                n += 1
                continue
        out.append(c)
    word, b = inner_b("".join(out))
    return word, n + b


def inner_b(word: str) -> tuple[str, int]:
    """``word`` with each capital ``B`` inside it read as ``s`` (``INNER_B``) where that
    leaves the word after its first letter in small letters (``workB`` -> ``works``,
    ``assiBtod`` -> ``assistod``; ``BBC`` stays), and how many were read so. One owner:
    ``fold`` (the rules' reading of a token) and the rivals gate (``rivals``) both ask it."""
    if word[1:] == word[1:].lower() or word[1:].isupper():
        return word, 0
    body = INNER_B.sub("s", word[1:])
    if not (body.islower() or not any(c.isalpha() for c in body)):
        return word, 0
    return word[0] + body, sum(a != b for a, b in zip(body, word[1:], strict=True))


#: Capitals an engine prints for small letters at a word's start on worn 19th-century
#: type (ABBYY on the SMH): ``Btreets``, ``Baved`` (s), ``Avere``, ``Avhich`` (w). Shape
#: facts, like ``OLD_TYPE_PAIRS``, picked by hand after reading the tuning half.
CAPITAL_FOR = (("B", "s"), ("Av", "w"))


#: Capitals worn on 19th-century type that an engine reads as another capital at a word's
#: start (ABBYY on the SMH): a J whose hook was lost read as T (``Tohn``, ``Tacob``,
#: ``Toseph``), an E whose foot or arms were lost as F or L (``Fdward``, ``Fric``,
#: ``Llizabeth``), a G whose spur was lost as O (``Oeorge``, ``Oround``). Shape facts like
#: ``CAPITAL_FOR``, picked by hand after reading the tuning half, where such readings of
#: unknown capitalised tokens were the truth 11 times in 13 (the others: ``Frnest``, which
#: the truth prints as read, and a name in a garbled list); B for R was as often wrong
#: (``Bussell``), so it is not among them.
WORN_CAPITALS = (("T", "J"), ("F", "E"), ("L", "E"), ("O", "G"))
WORN_CAPITAL_WHY = "ocr confusion, worn capital"


def worn_capitals(
    tok: str, targets: Targets, common: AbstractSet[str]
) -> dict[str, tuple[float, str]]:
    """The ``common`` words ``tok``, capitalised, reads as with its capital taken for each
    capital it may be the worn print of (``Tohn`` -> ``john``), alone or with one listed
    confusion more (``Fastcrn`` -> ``eastern``), each with its score (100 less the
    confusions' cost per letter, as ``latin`` scores the listed ones) and reason; the
    rest of ``tok`` must be small letters."""
    rest, out = tok[1:], {}
    if len(rest) < 2 or not (rest.isalpha() and rest.islower()):
        return {}
    for worn in (meant.lower() + rest for seen, meant in WORN_CAPITALS if tok[0] == seen):
        for variant, rewrites in [(worn, 0), *variants_in(worn, targets, 1).items()]:
            if variant in common and variant not in out:
                out[variant] = (100.0 * (1.0 - CONFUSION_COST * (rewrites + 1) / len(tok)),
                                WORN_CAPITAL_WHY)
    return out


def lowered_start(tok: str) -> str | None:
    """``tok`` with a capital that stands for a small letter at its start read as that
    letter (``Btreets`` -> ``streets``), or None; the rest must be small letters."""
    for seen, meant in CAPITAL_FOR:
        rest = tok[len(seen) :]
        if tok.startswith(seen) and len(rest) > 1 and rest.isalpha() and rest.islower():
            return meant + rest
    return None
