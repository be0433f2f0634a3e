"""The units QA counts (grapheme clusters, words) and the alignment of two long
sequences of them in time and memory linear in their length.

``ocr.qa`` counts edits between an expected and an actual text; a pair can be two
whole 10 MB pages. Text is normalised (``normalize``) and cut into the characters CER
counts (``graphemes``) and the words WER counts (``words``). These tokens are mapped to
one code point each (``encode``) so rapidfuzz's bit-parallel Levenshtein runs on plain
strings. A pair longer than ``DIRECT_CELLS`` is *anchored and banded*: runs of ``k``
tokens found once on each side and in the same order are anchors (found from hashed,
sampled k-grams with numpy: O(n log n)), the stretches between anchors are aligned
exactly, and a stretch still too long is cut along its diagonal into pieces of at
most ``cells`` cells, aligned one by one. Time is O(n * sqrt(cells) / 64) word
operations for the pieces plus O(n log n) for the anchors, memory O(n). The result is
exact whenever the anchors lie on an optimal alignment (they do for texts that mostly
agree) and an upper bound otherwise.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence

import numpy as np
import regex
from rapidfuzz.distance import LCSseq, Levenshtein

from .script import ANY_CJK, CJK_LETTERS, CJK_PUNCTUATION, is_cjk

_WS = regex.compile(r"\s+")
#: The white space ``str.split`` cuts at and ``\s`` does not (the information separators
#: U+001C..U+001F): text without them is collapsed by ``split``, four times as fast.
_SEPARATORS = regex.compile("[\x1c-\x1f]")
_GRAPHEME = regex.compile(r"\X")
#: A word of a chunk holding CJK: a cluster that starts with a CJK character, or a run of
#: clusters none of which does (``is_cjk`` of a cluster's first character).
_WORD = regex.compile(rf"(?={ANY_CJK.pattern})\X|(?:(?!{ANY_CJK.pattern})\X)+")
#: ``_WORD`` of a text of one cluster a code point, spaces included: a CJK character, or a
#: run of characters that are neither CJK nor a space (five times as fast on Chinese).
_SIMPLE_WORD = re.compile(f"[{CJK_LETTERS}{CJK_PUNCTUATION}]|[^ {CJK_LETTERS}{CJK_PUNCTUATION}]+")
#: Text of only characters whose grapheme cluster break property is Other or Control
#: (no combining or spacing mark, joiner, prepended concatenation mark, regional
#: indicator, jamo, Hangul syllable, CR or LF: nothing a rule of UAX #29 joins to a
#: neighbour) is one grapheme cluster per code point, as a 10 MB page of prose mostly is:
#: no ``\X`` needed. (The regex module's own property tables, those ``\X`` follows.)
_SIMPLE = regex.compile(r"[\p{Grapheme_Cluster_Break=Other}\p{Grapheme_Cluster_Break=Control}]*+")


# --- text units -------------------------------------------------------------


def normalize(text: str) -> str:
    """NFC, white space collapsed to single spaces, no space next to a CJK character."""
    text = unicodedata.normalize("NFC", text)
    if _SEPARATORS.search(text) is None:
        text = " ".join(text.split())
    else:
        text = _WS.sub(" ", text).strip()
    if " " not in text or text.isascii() or ANY_CJK.search(text) is None:
        return text
    parts = text.split(" ")  # one step per space, not per character: a page may be 10 MB
    out = [parts[0]]
    for part in parts[1:]:
        if not (is_cjk(out[-1][-1]) or is_cjk(part[0])):
            out.append(" ")
        out.append(part)
    return "".join(out)


def graphemes(text: str) -> list[str]:
    """Grapheme clusters of the normalised text: the characters CER counts."""
    return clusters_of(normalize(text))


def clusters_of(norm: str) -> list[str]:
    """``graphemes`` of a text already normalised."""
    if one_per_code_point(norm):
        return list(norm)
    return _GRAPHEME.findall(norm)


def one_per_code_point(norm: str) -> bool:
    """Whether each code point of ``norm`` is a grapheme cluster of its own (then ``norm``
    itself is the sequence of its clusters). ``norm`` must be normalised (``normalize``:
    white space made single spaces): an ASCII ``"\\r\\n"`` is one cluster of two."""
    return norm.isascii() or _SIMPLE.fullmatch(norm) is not None


def words(text: str) -> list[str]:
    """Words WER counts: white-space separated runs, each CJK character on its own."""
    return words_of(normalize(text))


def words_of(norm: str) -> list[str]:
    """``words`` of a text already normalised: its space-separated chunks, a chunk with
    CJK cut into each cluster that starts with a CJK character and the runs of clusters
    between them (``_WORD``, one regex call a chunk, not a Python step a character)."""
    if norm.isascii() or ANY_CJK.search(norm) is None:
        words = norm.split(" ")  # (no empty word once normalised: no Python step a word)
        return words if "" not in words else [w for w in words if w]
    if one_per_code_point(norm):  # each cluster a code point: a class, no ``\X``
        return _SIMPLE_WORD.findall(norm)
    out: list[str] = []
    for chunk in norm.split(" "):
        if chunk.isascii():
            if chunk:
                out.append(chunk)
        else:
            out += _WORD.findall(chunk)
    return out



def encode(a: Sequence[str], b: Sequence[str]) -> tuple[str, str]:
    """Map tokens to one code point each so rapidfuzz runs its fast string path.

    Tokens that are single code points already (most grapheme clusters) stand for
    themselves; otherwise each distinct token gets a code point of its own.
    """
    ja = a if isinstance(a, str) else "".join(a)
    jb = b if isinstance(b, str) else "".join(b)
    if len(ja) == len(a) and len(jb) == len(b):
        return ja, jb
    distinct = dict.fromkeys(itertools.chain(a, b))
    if len(distinct) > CODE_SPACE:
        raise TooManyWords(f"has more than {CODE_SPACE:,} distinct characters with the text "
                           "it is compared with: too many to align")
    vocab = {t: chr(i) for i, t in enumerate(distinct)}
    return "".join(map(vocab.__getitem__, a)), "".join(map(vocab.__getitem__, b))


class TooManyWords(ValueError):
    """Two texts with more distinct words than there are code points to stand for them
    (``CODE_SPACE``): no newspaper's, and not aligned word by word."""


#: How many distinct words (or clusters) two texts may have together: one code point each.
CODE_SPACE = 0x110000


def shared(a: Counter[str], b: Counter[str]) -> int:
    """The size of the multiset intersection of ``a`` and ``b`` (set and maps in C)."""
    both = a.keys() & b.keys()
    return sum(map(min, map(a.__getitem__, both), map(b.__getitem__, both)))


#: Code points of texts this long or longer (the two together) are counted by numpy;
#: shorter texts are sorted and their longest common subsequence taken.
COUNT_BY_ARRAY = 2048
#: Below this length a text is sorted in Python, above it by numpy.
SORT_BY_ARRAY = 48


def code_points(text: str) -> np.ndarray:
    """A text's code points as an array (lone surrogates kept)."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _sorted(text: str) -> str:
    """The code points of ``text`` in order."""
    if len(text) < SORT_BY_ARRAY:
        return "".join(sorted(text))
    return np.sort(code_points(text)).tobytes().decode("utf-32-le", "surrogatepass")


def shared_code_points(a: str, b: str) -> int:
    """``shared(Counter(a), Counter(b))``: how many code points the two strings have in
    common, as multisets. Of two sorted strings that is their longest common subsequence
    (rapidfuzz, bit-parallel: a paragraph's in microseconds, five times as fast as two
    Counters); a whole page is counted by ``np.bincount`` (its ``Counter`` takes half a
    second, and the subsequence would be quadratic)."""
    if len(a) + len(b) < COUNT_BY_ARRAY:
        return int(LCSseq.similarity(_sorted(a), _sorted(b)))
    ca, cb = _code_point_counts(a), _code_point_counts(b)
    n = min(len(ca), len(cb))
    return int(np.minimum(ca[:n], cb[:n]).sum())


def _code_point_counts(text: str) -> np.ndarray:
    """How often each code point occurs in ``text``, counted ``HASH_RUN`` at a time (a
    10 MB page's code points are not held whole as numbers besides the text)."""
    counts = np.zeros(0, dtype=np.int64)
    for at in range(0, len(text), HASH_RUN):
        run = np.bincount(code_points(text[at : at + HASH_RUN]))
        if len(run) > len(counts):
            run[: len(counts)] += counts
            counts = run
        else:
            counts[: len(run)] += run
    return counts


#: Pairs up to this many cells (length times length) are aligned in one piece: a
#: newspaper page of 30,000 characters still is, in a few milliseconds.
DIRECT_CELLS = 1_000_000_000
#: Edit operations (the HTML report) keep a bit matrix, so their pieces are smaller.
OPCODE_CELLS = 50_000_000
#: Length of an anchor run, in characters and in words; one k-gram in ``ANCHOR_SAMPLE``
#: (chosen by its hash, so both sides choose the same ones) is looked at.
ANCHOR_CHARS, ANCHOR_WORDS, ANCHOR_SAMPLE = 12, 5, 8

#: What rapidfuzz is told to expect of a piece's distance: it then starts with a band of
#: this width and widens it as needed (pieces of texts that mostly agree are done in a
#: band, not the whole matrix). It only picks the algorithm: the distance is exact.
SCORE_HINT = 64

Piece = tuple[int, int, int, int, bool]  # a0, a1, b0, b1, equal


def _kgram_hashes(seq: str, k: int) -> np.ndarray:
    """A hash of each k-gram of ``seq``, made in place: one array of the sequence's length
    beside its code points (a 10 MB page's k-grams are not held k times over)."""
    raw = seq.encode("utf-32-le", "surrogatepass")  # encode() may hand out surrogates
    codes = np.frombuffer(raw, dtype=np.uint32)
    n = max(len(codes) - k + 1, 0)
    h = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for t in range(k):
            h *= np.uint64(1_000_003)
            h += codes[t : t + n]
        h *= np.uint64(0x9E3779B97F4A7C15)
        h >>= np.uint64(20)
    return h


#: K-grams hashed at a time: a 10 MB page's hashes are never all held, only the sampled.
HASH_RUN = 1 << 20


def _unique_sampled(seq: str, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Hashes of the sampled k-grams that occur once in ``seq``, and where they start."""
    sampled: list[np.ndarray] = []
    starts: list[np.ndarray] = []
    for at in range(0, max(len(seq) - k + 1, 0), HASH_RUN):
        h = _kgram_hashes(seq[at : at + HASH_RUN + k - 1], k)
        pos = np.flatnonzero(h % np.uint64(ANCHOR_SAMPLE) == 0)
        sampled.append(h[pos])
        starts.append(pos + at)
    hashes = np.concatenate(sampled) if sampled else np.zeros(0, dtype=np.uint64)
    where = np.concatenate(starts) if starts else np.zeros(0, dtype=np.intp)
    # Sorted, a hash found once differs from both neighbours. (``np.unique`` asked for
    # first places sorts stably, a third slower; a hash found once has one place anyway.)
    order = np.argsort(hashes)
    ordered = hashes[order]
    once = np.ones(len(ordered), dtype=bool)
    if len(ordered) > 1:
        apart = ordered[1:] != ordered[:-1]
        once[1:] &= apart
        once[:-1] &= apart
    return ordered[once], where[order[once]]


def anchors(a: str, b: str, k: int) -> list[tuple[int, int]]:
    """Start positions of k-grams found once on each side, in the same order on both
    (the longest such chain), not overlapping: the fixed points of the alignment."""
    if min(len(a), len(b)) < k:
        return []
    va, pa = _unique_sampled(a, k)
    vb, pb = _unique_sampled(b, k)
    _, ia, ib = np.intersect1d(va, vb, assume_unique=True, return_indices=True)
    order = np.argsort(pa[ia], kind="stable")
    xs, ys = pa[ia][order].tolist(), pb[ib][order].tolist()
    # longest increasing chain of ys (patience sorting), O(A log A)
    tails: list[int] = []
    tail_at: list[int] = []
    back = [-1] * len(ys)
    for i, y in enumerate(ys):
        j = bisect_left(tails, y)
        if j == len(tails):
            tails.append(y)
            tail_at.append(i)
        else:
            tails[j], tail_at[j] = y, i
        back[i] = tail_at[j - 1] if j else -1
    chain: list[int] = []
    i = tail_at[-1] if tail_at else -1
    while i >= 0:
        chain.append(i)
        i = back[i]
    out: list[tuple[int, int]] = []
    end_a = end_b = 0
    for i in reversed(chain):
        x, y = xs[i], ys[i]
        if x >= end_a and y >= end_b and a[x : x + k] == b[y : y + k]:  # no hash collision
            out.append((x, y))
            end_a, end_b = x + k, y + k
    return out


def pieces(a: str, b: str, k: int, cells: int = DIRECT_CELLS) -> list[Piece]:
    """Cut the alignment of ``a`` and ``b`` into pieces whose sizes multiply to at most
    ``cells``: anchors first, then any stretch still too long along its diagonal.
    Linear in ``len(a) + len(b)`` for a fixed ``cells``."""
    if len(a) * len(b) <= cells:
        return [(0, len(a), 0, len(b), False)]
    out: list[Piece] = []
    at_a = at_b = 0
    for x, y in [*anchors(a, b, k), (len(a), len(b))]:
        out += _diagonal(at_a, x, at_b, y, cells)
        if x < len(a):
            out.append((x, x + k, y, y + k, True))
        at_a, at_b = x + k, y + k
    return out


def _diagonal(a0: int, a1: int, b0: int, b1: int, cells: int) -> list[Piece]:
    la, lb = a1 - a0, b1 - b0
    if la == 0 and lb == 0:
        return []
    q = max(1, math.ceil(math.sqrt(la * lb / cells)))
    return [(a0 + la * i // q, a0 + la * (i + 1) // q, b0 + lb * i // q,
             b0 + lb * (i + 1) // q, False) for i in range(q)]


def distance(a: str, b: str, k: int = ANCHOR_CHARS) -> int:
    """Levenshtein distance of two encoded sequences, anchored and banded when long.

    Each piece's distance is exact; rapidfuzz is told to expect half as much again as the
    piece before gave (pieces of one pair differ alike), which spares it most of the
    bands it would try and widen from ``SCORE_HINT`` (a third of a 10 MB pair's time)."""
    if len(a) * len(b) <= DIRECT_CELLS:  # one piece (every paragraph of a page)
        return int(Levenshtein.distance(a, b, score_hint=SCORE_HINT))
    total, hint = 0, SCORE_HINT
    for a0, a1, b0, b1, equal in pieces(a, b, k):
        if not equal:
            d = Levenshtein.distance(a[a0:a1], b[b0:b1], score_hint=hint)
            total += d
            hint = max(SCORE_HINT, d + d // 2)
    return total
