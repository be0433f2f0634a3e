"""QA's segment matching: which expected article (or paragraph) goes with which actual one.

Segments are paired by content, the Dice similarity of their character-bigram multisets,
greedily, best pairs first (``match_indices``). A page has tens of articles and every
pair is scored; two texts of thousands of paragraphs (a 10 MB page) are walked in step
first (``in_order``) and the rest proposed by their rarest bigrams (``candidates``), so
that the work stays linear in the number of segments. ``ocr.qa`` counts the edits of
each pair.
"""

from __future__ import annotations

import operator
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from itertools import repeat

import numpy as np
from rapidfuzz.distance import LCSseq

from .qa_align import clusters_of, code_points, one_per_code_point, shared

#: A text's character bigrams (a single character when that is all it has), spaces left
#: out: sorted ints (``bigram_codes``; a numpy array past ``LCS_MAX``) for a text of one
#: cluster a code point, most text; a multiset of the bigram strings for the others.
Bigrams = list[int] | np.ndarray | Counter[str]
#: Of two sorted bigram lists this long together, the shared bigrams are counted (numpy,
#: n log n); shorter ones take their longest common subsequence, whose cost grows with the
#: product of the lengths (a page of no blank lines is one segment of a million bigrams).
LCS_MAX = 4096


#: Below this length a text's bigrams are made in Python, above it by numpy.
BIGRAMS_BY_ARRAY = 40
#: Bits of a code point: a bigram ``xy`` is ``(x + 1) << CODE_BITS | y`` (above any code
#: point, which stands for a text of one character).
CODE_BITS = 21


def bigram_codes(text: str) -> list[int]:
    """The character bigrams of ``text`` (a string of one cluster a code point), each as
    one int, sorted; a text of one character is its code point. Sorted, the multiset
    intersection of two texts' bigrams is the longest common subsequence of their lists,
    which rapidfuzz finds bit-parallel (``similarity``); ints sort as the bigram
    strings do. The inverse is ``bigram_text``."""
    if len(text) < BIGRAMS_BY_ARRAY:
        if len(text) < 2:
            return [ord(c) for c in text]
        pairs = zip(text, text[1:], strict=False)
        return sorted([((ord(x) + 1) << CODE_BITS) | ord(y) for x, y in pairs])
    return bigram_array(text).tolist()  # type: ignore[no-any-return]


def bigram_array(text: str) -> np.ndarray:
    """``bigram_codes`` as a numpy array (of two or more characters): a long text's
    bigrams take 8 bytes each, not a Python int's 36."""
    c = code_points(text).astype(np.int64)
    codes = ((c[:-1] + 1) << CODE_BITS) | c[1:]
    codes.sort()
    return codes


def bigram_text(code: int) -> str:
    """The bigram (or single character) a ``bigram_codes`` int stands for."""
    if code < 1 << CODE_BITS:
        return chr(code)
    return chr((code >> CODE_BITS) - 1) + chr(code & ((1 << CODE_BITS) - 1))


def bigrams(norm: str) -> Bigrams:
    """Character bigrams of a normalised text, spaces left out."""
    if one_per_code_point(norm):
        flat = norm.replace(" ", "")
        return bigram_array(flat) if len(flat) > LCS_MAX else bigram_codes(flat)
    g = [c for c in clusters_of(norm) if c != " "]
    if len(g) < 2:
        return Counter(g)
    return Counter(map(operator.add, g, g[1:]))


def as_counter(b: Bigrams) -> Counter[str]:
    """A text's bigrams as the multiset of their strings."""
    return b if isinstance(b, Counter) else Counter(map(bigram_text, b))


def similarity(a: Bigrams, b: Bigrams) -> float:
    """Dice coefficient of two bigram multisets (0..1). Millions of these for a 10 MB pair:
    of two sorted lists, the multiset intersection is their longest common subsequence
    (rapidfuzz, bit-parallel in C), or for long ones their counts' minimum summed."""
    if not isinstance(a, Counter) and not isinstance(b, Counter):
        total = len(a) + len(b)
        if not total:
            return 1.0
        if total < LCS_MAX and isinstance(a, list) and isinstance(b, list):  # (arrays are longer)
            return 2 * int(LCSseq.similarity(a, b)) / total
        return 2 * _shared_counts(a, b) / total
    ca, cb = as_counter(a), as_counter(b)
    total = ca.total() + cb.total()
    return 2 * shared(ca, cb) / total if total else 1.0


def _shared_counts(a: list[int] | np.ndarray, b: list[int] | np.ndarray) -> int:
    """The size of the multiset intersection of two lists of ints, in C."""
    ua, ca = np.unique(np.asarray(a, dtype=np.int64), return_counts=True)
    ub, cb = np.unique(np.asarray(b, dtype=np.int64), return_counts=True)
    _, ia, ib = np.intersect1d(ua, ub, assume_unique=True, return_indices=True)
    return int(np.minimum(ca[ia], cb[ib]).sum())


def match_indices(ref: list[str], hyp: list[str],
                  min_similarity: float) -> list[tuple[int, int, float]]:
    """``match_segments`` of normalised texts, as indices (-1: unmatched)."""
    sure: list[tuple[float, int, int]] = []
    rest_r, rest_h = list(range(len(ref))), list(range(len(hyp)))
    if len(ref) * len(hyp) > ALL_PAIRS:  # thousands of segments: most follow in order
        sure = in_order(ref, hyp)
        done_r, done_h = {i for _, i, _ in sure}, {j for _, _, j in sure}
        rest_r = [i for i in rest_r if i not in done_r]
        rest_h = [j for j in rest_h if j not in done_h]
    # Bigrams only of the segments still to match: a 10 MB pair does not hold them all.
    rb, hb = [bigrams(ref[i]) for i in rest_r], [bigrams(hyp[j]) for j in rest_h]
    scored = sorted(
        sure + [(similarity(rb[i], hb[j]), rest_r[i], rest_h[j]) for i, j in candidates(rb, hb)],
        key=lambda t: (-t[0], t[1], t[2]),
    )
    pair_of: dict[int, tuple[int, float]] = {}
    used: set[int] = set()
    for sim, i, j in scored:
        if sim < min_similarity:
            break
        if i not in pair_of and j not in used:
            pair_of[i] = (j, sim)
            used.add(j)
    out = [(i, *pair_of.get(i, (-1, 0.0))) for i in range(len(ref))]
    out.extend((-1, j, 0.0) for j in range(len(hyp)) if j not in used)
    return out


#: Up to this many segment pairs every pair is scored (a page has tens of articles).
ALL_PAIRS = 250_000
#: Beyond it, segments met in the same order on both sides and this similar are paired
#: as they come (one score each), before the others are looked for.
SURE = 0.5


def in_order(ref: list[str], hyp: list[str]) -> list[tuple[float, int, int]]:
    """Pairs of segments (normalised texts) that follow one another on both sides,
    walking both in step; a segment only one side has is stepped over when the next one
    pairs up. Bigrams are made as the walk reaches a segment and dropped behind it."""
    rb: dict[int, Bigrams] = {}
    hb: dict[int, Bigrams] = {}

    def sim(i: int, j: int) -> float:
        if ref[i] == hyp[j]:
            return 1.0  # (what the bigrams would give; most paragraphs of a good page)
        # (``in``, not ``rb.get(i) or ...``: a long segment's bigrams are a numpy array,
        # whose truth value is a ValueError, and an empty list would be made again)
        if i not in rb:
            rb[i] = bigrams(ref[i])
        if j not in hb:
            hb[j] = bigrams(hyp[j])
        return similarity(rb[i], hb[j])

    out: list[tuple[float, int, int]] = []
    i = j = 0
    while i < len(ref) and j < len(hyp):
        score = sim(i, j)
        if score >= SURE:
            out.append((score, i, j))
            i, j = i + 1, j + 1
        elif j + 1 < len(hyp) and sim(i, j + 1) >= SURE:
            j += 1
        elif i + 1 < len(ref) and sim(i + 1, j) >= SURE:
            i += 1
        else:
            i, j = i + 1, j + 1
        for gone in [k for k in rb if k < i]:
            del rb[gone]
        for gone in [k for k in hb if k < j]:
            del hb[gone]
    return out


#: Beyond it, a segment is indexed by its rarest bigrams; each rarest bigram of the other
#: side votes for at most ``PROPOSALS`` segments, and the ``PROPOSALS`` with most votes
#: are scored: linear in the number of segments.
SIGNATURE, PROPOSALS = 8, 8


def _string_keys(b: Bigrams) -> Iterable[str]:
    """A segment's distinct bigrams as strings (``candidates`` when some have no ints)."""
    return as_counter(b).keys()


def candidates(rb: list[Bigrams], hb: list[Bigrams]) -> Iterable[tuple[int, int]]:
    """Segment pairs worth scoring: all of them on a page, those sharing a rare bigram
    (or standing at the same place in the text) when there are very many."""
    if len(rb) * len(hb) <= ALL_PAIRS:
        return ((i, j) for i in range(len(rb)) for j in range(len(hb)))
    # Each segment's distinct bigrams: ints sort as their strings do, so the rarest are the
    # same either way, unless some segment has only strings (then all are strings).
    # (made a segment at a time, when asked, and let go of: a 10 MB pair's thousands of
    # segments left to match held them all at once, some 80 MB)
    keys: Callable[[Bigrams], Iterable[int | str]] = dict.fromkeys
    if any(isinstance(b, Counter) for b in (*rb, *hb)):
        keys = _string_keys
    df: Counter[int | str] = Counter(g for b in map(keys, hb) for g in b)
    index: defaultdict[int | str, list[int]] = defaultdict(list)
    for j, b in enumerate(map(keys, hb)):  # (rarest first: sorted by (df, bigram), made
        for _, g in sorted(zip(map(df.__getitem__, b), b, strict=True))[:SIGNATURE]:  # in C)
            index[g].append(j)
    pairs: set[tuple[int, int]] = set()
    for i, b in enumerate(map(keys, rb)):
        votes: Counter[int] = Counter()
        for _, g in sorted(zip(map(df.get, b, repeat(0)), b, strict=True))[:SIGNATURE]:
            votes.update(index.get(g, ())[:PROPOSALS])
        pairs.update((i, j) for j, _ in votes.most_common(PROPOSALS))
        near = i * len(hb) // max(1, len(rb))
        pairs.update((i, j) for j in range(max(0, near - 2), min(len(hb), near + 3)))
    return sorted(pairs)
