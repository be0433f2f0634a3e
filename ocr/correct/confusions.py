"""What OCR misreads as what: Latin glyph confusions and Chinese visual neighbours.

Latin: the classic confusions of print OCR (rn<->m, cl<->d, li<->h, vv<->w,
0<->o, 1<->l<->I, 5<->S, e<->c, b<->h, long s), each with a cost far below a
plain edit, so ``rnodern`` is two cheap steps from ``modern`` while ``form`` is
no cheaper to reach from ``from`` than any typo.

Chinese: ``data/zh_visual.tsv``, derived by scripts/make_confusions.py from
glyphs rendered with WenQuanYi Micro Hei (blurred 24x24 bitmaps, cosine
similarity). For a character the table lists the characters that look most
like it, e.g. 仑 -> 仓, 卅 -> 州, 己 -> 已.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from types import MappingProxyType

DATA = Path(__file__).resolve().parent / "data" / "zh_visual.tsv"

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
)

#: Cost of one OCR confusion; a plain edit (insert, delete, substitute) costs 1.0.
CONFUSION_COST = 0.3


@cache
def latin_rules() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """OCR-printed sequence -> possible true sequences, longest first."""
    table: dict[str, list[str]] = {}
    for seen, truth in LATIN_PAIRS:
        table.setdefault(seen, []).append(truth)
    return tuple(sorted(((k, tuple(v)) for k, v in table.items()), key=lambda kv: -len(kv[0])))


def latin_variants(token: str, max_rewrites: int = 2) -> dict[str, int]:
    """Readings of ``token`` reachable by up to ``max_rewrites`` OCR confusions.

    Returns variant -> number of rewrites (the token itself is not included).
    Rewrites never overlap: each applies to text the OCR printed.
    """
    rules = latin_rules()
    out: dict[str, int] = {}
    frontier: list[tuple[str, int, int]] = [(token, 0, 0)]  # text, next free position, rewrites
    while frontier:
        text, start, used = frontier.pop()
        if used == max_rewrites:
            continue
        for i in range(start, len(text)):
            for seen, truths in rules:
                if text.startswith(seen, i):
                    for truth in truths:
                        new = text[:i] + truth + text[i + len(seen) :]
                        if new != token and (new not in out or out[new] > used + 1):
                            out[new] = used + 1
                        frontier.append((new, i + len(truth), used + 1))
    return out


@cache
def han_table() -> MappingProxyType[str, tuple[tuple[str, float], ...]]:
    """Character -> visually similar characters with cosine similarity, best first."""
    table: dict[str, tuple[tuple[str, float], ...]] = {}
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        ch, _, rest = line.partition("\t")
        pairs = []
        for item in rest.split():
            other, _, sim = item.rpartition(":")
            pairs.append((other, float(sim)))
        table[ch] = tuple(pairs)
    return MappingProxyType(table)


def han_neighbours(ch: str) -> tuple[tuple[str, float], ...]:
    """Characters the OCR may have mistaken for ``ch`` (empty when none is close)."""
    return han_table().get(ch, ())
