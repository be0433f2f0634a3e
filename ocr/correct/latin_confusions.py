"""The classic glyph confusions of Latin print OCR and the rewrites they allow.

rn<->m, cl<->d, li<->h, vv<->w, 0<->o, 1<->l<->I, 5<->S, e<->c, b<->h, long s, 3/6/8 for s,
each with a cost far below a plain edit, so ``rnodern`` is two cheap steps from ``modern``
while ``form`` is no cheaper to reach from ``from`` than any typo. (Chinese look-alikes and the
confusions real engines made are in ``confusions``.)
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, lru_cache

#: (what the OCR printed, what the page had) for lower-cased text; both directions listed.
LATIN_PAIRS: tuple[tuple[str, str], ...] = (
    ("rn", "m"),
    ("m", "rn"),
    ("cl", "d"),
    ("d", "cl"),
    ("li", "h"),
    ("h", "li"),
    ("vv", "w"),
    ("w", "vv"),
    ("ri", "n"),
    ("in", "m"),
    ("m", "in"),
    ("ii", "u"),
    ("0", "o"),
    ("o", "0"),
    ("1", "l"),
    ("1", "i"),
    ("l", "1"),
    ("l", "i"),
    ("i", "l"),
    ("|", "l"),
    ("5", "s"),
    ("s", "5"),
    ("e", "c"),
    ("c", "e"),
    ("ſ", "s"),
    ("f", "s"),
    ("b", "h"),
    ("h", "b"),
    ("u", "n"),
    ("n", "u"),
    ("c", "o"),
    ("o", "c"),
    ("t", "f"),
    ("f", "t"),
    ("8", "b"),
    ("6", "b"),
    # Digits a worn face printed for letters inside a word (``wa3``, ``6inglo``, ``no1``):
    # only a token holding a digit can take them, never a number (``tokens.NUMBERISH``)
    # or a word with fewer letters than digits; SMH tuning half 4 more words exact, 2
    # nearer (``8ydnoy`` -> ``sydney`` for ``Sydney``), none made wrong.
    ("3", "s"),
    ("6", "s"),
    ("8", "s"),
    ("1", "t"),
    # An apostrophe read for a small letter (``doz'n``, ``b'g``): after a capital it is a
    # name's (``O'Brien``, ``I'la``), which ``latin`` keeps (``NAME_APOSTROPHE``).
    ("'", "e"),
    ("'", "i"),
    ("i", "t"),
    ("v", "y"),
    ("y", "v"),
    ("ii", "n"),
    ("o", "e"),
    # (not e printed for o: on the SMH tuning half 5 of its 6 corrections were wrong,
    # velts -> volts, mest -> most; Tesseract's measured price, data/en_ocr.tsv, stays)
    # Common in old newspapers read by ABBYY (fiom, acies, nnd, waa, und, wera, yvas); classic
    # print-OCR confusions chosen by hand, not a table learned from any data set.
    ("i", "r"),
    ("n", "a"),
    ("a", "s"),
    ("l", "t"),
    ("j", "y"),
    ("u", "a"),
    ("a", "e"),
    ("yv", "w"),
)

#: Cost of one OCR confusion; a plain edit (insert, delete, substitute) costs 1.0.
CONFUSION_COST = 0.3

#: An unknown lower-case token of ``RARE_TARGET_LEN`` letters that no common word is a
#: listed confusion from may be one from a rarer word of ``RARE_TARGET_ZIPF`` (``exhumod``,
#: ``hawkors``, ``returnablo``), two from ``RARE_TWO_LEN`` letters (``amusomonts``): a
#: fragment that long seldom lands on a word by chance (SMH tuning half: 14 changes, all
#: exact; pieces of hyphenated words, which did land on words, are left out by the caller).
RARE_TARGET_LEN, RARE_TARGET_ZIPF, RARE_TWO_LEN = 6, 2.0, 8
RARE_TARGET_WHY = "ocr confusion, rare word"


def rare_targets(
    low: str, zipf: Callable[[str], float], known: float
) -> dict[str, tuple[float, str]]:
    """Words of ``RARE_TARGET_ZIPF`` to ``known`` Zipf that listed confusions lead to from
    the unknown lower-case token ``low``, each with its similarity score and reason."""
    if len(low) < RARE_TARGET_LEN or not low.isalpha():
        return {}
    return {
        variant: (100.0 * (1.0 - CONFUSION_COST * n / len(low)), RARE_TARGET_WHY)
        for variant, n in latin_variants(low, 1 if len(low) < RARE_TWO_LEN else 2).items()
        if RARE_TARGET_ZIPF <= zipf(variant) < known
    }


@cache
def latin_rules() -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """First character -> (OCR-printed sequence, possible true sequences), longest first."""
    table: dict[str, list[str]] = {}
    for seen, truth in LATIN_PAIRS:
        table.setdefault(seen, []).append(truth)
    by_first: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for seen in sorted(table, key=len, reverse=True):
        by_first.setdefault(seen[0], []).append((seen, tuple(table[seen])))
    return {k: tuple(v) for k, v in by_first.items()}


@lru_cache(maxsize=65536)
def latin_variants(token: str, max_rewrites: int = 2) -> dict[str, int]:
    """Readings of ``token`` reachable by up to ``max_rewrites`` OCR confusions.

    Returns variant -> number of rewrites (the token itself is not included).
    Rewrites never overlap: each applies to text the OCR printed. Cached: the same
    misreadings recur on a page. Treat the result as read-only.

    Since rewrites never overlap, a second one applies to the token's own text after the
    first (``latin_matches``): two rewrites are two matches of the token, which is what the
    search over rewritten texts (``_variants_search``, kept for more than two) finds, in
    the same order; built from the matches they cost a string join each.
    """
    if max_rewrites > 2:
        return _variants_search(token, max_rewrites)
    out: dict[str, int] = {}
    if max_rewrites < 1:
        return out
    matches = latin_matches(token)
    for i, end, truth in matches:
        new = token[:i] + truth + token[end:]
        if new not in out and new != token:
            out[new] = 1
    if max_rewrites == 2:
        # the search pops the first rewrites last-made first, then rewrites after each
        for n in range(len(matches) - 1, -1, -1):
            i, end, truth = matches[n]
            head = token[:i] + truth
            for i2, end2, truth2 in matches[n + 1 :]:
                if i2 >= end:
                    new = head + token[end:i2] + truth2 + token[end2:]
                    if new not in out and new != token:
                        out[new] = 2
    return out


def latin_matches(token: str) -> list[tuple[int, int, str]]:
    """Every confusion that applies to ``token``: (start, end, what the page had), in
    order of start and then ``latin_rules``' order."""
    rows = _match_rows()
    found: list[tuple[int, int, str]] = []
    for i, ch in enumerate(token):
        for seen, size, truths in rows.get(ch, ()):
            if size == 1 or token.startswith(seen, i):
                end = i + size
                found += [(i, end, truth) for truth in truths]
    return found


@cache
def _match_rows() -> dict[str, tuple[tuple[str, int, tuple[str, ...]], ...]]:
    """``latin_rules`` with each printed sequence's length."""
    return {
        ch: tuple((seen, len(seen), truths) for seen, truths in row)
        for ch, row in latin_rules().items()
    }


def _variants_search(token: str, max_rewrites: int) -> dict[str, int]:
    """``latin_variants`` by searching the rewritten texts, rewrite by rewrite."""
    rules = latin_rules()
    out: dict[str, int] = {}
    frontier: list[tuple[str, int, int]] = [(token, 0, 0)]  # text, next free position, rewrites
    while frontier:
        text, start, used = frontier.pop()
        for i in range(start, len(text)):
            for seen, truths in rules.get(text[i], ()):
                if not text.startswith(seen, i):
                    continue
                for truth in truths:
                    new = text[:i] + truth + text[i + len(seen) :]
                    if new != token and used + 1 < out.get(new, max_rewrites + 1):
                        out[new] = used + 1
                    if used + 1 < max_rewrites:
                        frontier.append((new, i + len(truth), used + 1))
    return out
