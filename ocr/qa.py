"""QA: how far an OCR result is from the expected text, in figures a person can audit.

Text is NFC-normalised and cut into grapheme clusters (``regex`` ``\\X``), so a
base letter with a combining accent is one character, as a reader counts it.
White space runs count as one space, and no space is counted next to a CJK
character (Chinese is printed without spaces; a stray one is layout, not a
misreading). Words are white-space separated runs; each CJK character is a word
of its own, since Chinese has no spaces to split on.

Each figure comes twice: *order-aware* (Levenshtein distance, rapidfuzz) and
*order-free* (bag distance: the larger side of the multiset difference, a lower
bound of the Levenshtein distance). A page whose text is all right but whose
articles come in the wrong order has a high order-aware and a low order-free
rate; misread characters raise both.

Articles are matched by content (character-bigram Dice similarity, greedy) and
aligned one pair at a time (dinglehopper's lesson). Any pair longer than a
newspaper article, the whole page included, is *anchored and banded* so that
time and memory stay linear in its length (see ``pieces``): runs of ``K``
characters (or words) found once on each side and in the same order are
anchors, the stretches between anchors are aligned exactly with rapidfuzz's
bit-parallel Levenshtein, and a stretch still too long is cut along its
diagonal into pieces aligned one by one. The result is exact whenever the
anchors lie on an optimal alignment (they do for texts that mostly agree) and
an upper bound otherwise.
"""

from __future__ import annotations

import itertools
import math
import unicodedata
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
import regex
from rapidfuzz.distance import Levenshtein

from .script import is_cjk

_WS = regex.compile(r"\s+")
_GRAPHEME = regex.compile(r"\X")


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch of text compared as a unit: an article, or a paragraph of plain text."""

    id: str
    text: str


@dataclass(frozen=True, slots=True)
class Doc:
    """One page's text as QA sees it: the whole text and its segments in order.

    ``has_articles`` is true when the segments are articles (from JSON or ALTO
    with article structure) rather than paragraphs of plain text.
    """

    page_id: str
    text: str
    segments: tuple[Segment, ...] = ()
    has_articles: bool = False
    path: str | None = None


@dataclass(frozen=True, slots=True)
class Counts:
    """Edit counts behind the rates; summed (micro-averaged) over articles and pages."""

    ref_chars: int = 0
    hyp_chars: int = 0
    char_edits: int = 0
    char_bag: int = 0
    ref_words: int = 0
    hyp_words: int = 0
    word_edits: int = 0
    word_bag: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(a + b for a, b in zip(_astuple(self), _astuple(other), strict=True)))

    @property
    def cer(self) -> float:
        return _rate(self.char_edits, self.ref_chars)

    @property
    def cer_bag(self) -> float:
        return _rate(self.char_bag, self.ref_chars)

    @property
    def wer(self) -> float:
        return _rate(self.word_edits, self.ref_words)

    @property
    def wer_bag(self) -> float:
        return _rate(self.word_bag, self.ref_words)

    def as_dict(self) -> dict[str, float | int]:
        out: dict[str, float | int] = {
            name: getattr(self, name) for name in Counts.__dataclass_fields__
        }
        out.update(cer=self.cer, cer_bag=self.cer_bag, wer=self.wer, wer_bag=self.wer_bag)
        return out


def _astuple(c: Counts) -> tuple[int, ...]:
    return tuple(getattr(c, name) for name in Counts.__dataclass_fields__)


def _rate(edits: int, ref: int) -> float:
    """Edits per reference unit; an empty reference scores 0 when matched, else 1."""
    if ref:
        return edits / ref
    return 0.0 if edits == 0 else 1.0


@dataclass(frozen=True, slots=True)
class SegmentResult:
    """One matched (or unmatched) pair of segments with its counts."""

    ref: Segment | None
    hyp: Segment | None
    counts: Counts
    similarity: float


@dataclass(frozen=True, slots=True)
class PageResult:
    """Figures for one page; ``problem`` says why a side is missing, if one is."""

    page_id: str
    counts: Counts
    segments: tuple[SegmentResult, ...] = ()
    articles: bool = False
    expected: str | None = None
    actual: str | None = None
    problem: str | None = None


@dataclass(frozen=True, slots=True)
class Report:
    pages: tuple[PageResult, ...]
    total: Counts = field(default_factory=Counts)

    def as_dict(self) -> dict[str, object]:
        return {
            "schema": "newsocr.qa/1",
            "total": self.total.as_dict(),
            "pages": [
                {
                    "page_id": p.page_id,
                    "expected": p.expected,
                    "actual": p.actual,
                    "problem": p.problem,
                    "per_article": p.articles,
                    **p.counts.as_dict(),
                    "segments": [
                        {
                            "expected_id": s.ref.id if s.ref else None,
                            "actual_id": s.hyp.id if s.hyp else None,
                            "similarity": round(s.similarity, 4),
                            **s.counts.as_dict(),
                        }
                        for s in p.segments
                    ],
                }
                for p in self.pages
            ],
        }


# --- text units -------------------------------------------------------------


def normalize(text: str) -> str:
    """NFC, white space collapsed to single spaces, no space next to a CJK character."""
    text = _WS.sub(" ", unicodedata.normalize("NFC", text)).strip()
    if " " not in text or text.isascii():
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
    text = normalize(text)
    return list(text) if text.isascii() else _GRAPHEME.findall(text)


def words(text: str) -> list[str]:
    """Words WER counts: white-space separated runs, each CJK character on its own."""
    out: list[str] = []
    for chunk in normalize(text).split(" "):
        if chunk.isascii():
            if chunk:
                out.append(chunk)
            continue
        run: list[str] = []
        for g in _GRAPHEME.findall(chunk):
            if is_cjk(g[0]):
                if run:
                    out.append("".join(run))
                    run = []
                out.append(g)
            else:
                run.append(g)
        if run:
            out.append("".join(run))
    return out


def encode(a: Sequence[str], b: Sequence[str]) -> tuple[str, str]:
    """Map tokens to one code point each so rapidfuzz runs its fast string path.

    Tokens that are single code points already (most grapheme clusters) stand for
    themselves; otherwise each distinct token gets a code point of its own.
    """
    ja, jb = "".join(a), "".join(b)
    if len(ja) == len(a) and len(jb) == len(b):
        return ja, jb
    vocab = {t: chr(i) for i, t in enumerate(dict.fromkeys(itertools.chain(a, b)))}
    return "".join(map(vocab.__getitem__, a)), "".join(map(vocab.__getitem__, b))


#: Pairs up to this many cells (length times length) are aligned in one piece: a
#: newspaper page of 30,000 characters still is, in a few milliseconds.
DIRECT_CELLS = 1_000_000_000
#: Edit operations (the HTML report) keep a bit matrix, so their pieces are smaller.
OPCODE_CELLS = 50_000_000
#: Length of an anchor run, in characters and in words; one k-gram in ``ANCHOR_SAMPLE``
#: (chosen by its hash, so both sides choose the same ones) is looked at.
ANCHOR_CHARS, ANCHOR_WORDS, ANCHOR_SAMPLE = 12, 5, 8

Piece = tuple[int, int, int, int, bool]  # a0, a1, b0, b1, equal


def _kgram_hashes(seq: str, k: int) -> np.ndarray:
    raw = seq.encode("utf-32-le", "surrogatepass")  # encode() may hand out surrogates
    codes = np.frombuffer(raw, dtype=np.uint32).astype(np.uint64)
    n = len(codes) - k + 1
    h = np.zeros(max(n, 0), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for t in range(k):
            h = h * np.uint64(1_000_003) + codes[t : t + n]
        return (h * np.uint64(0x9E3779B97F4A7C15)) >> np.uint64(20)


def _unique_sampled(seq: str, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Hashes of the sampled k-grams that occur once in ``seq``, and where they start."""
    h = _kgram_hashes(seq, k)
    pos = np.flatnonzero(h % np.uint64(ANCHOR_SAMPLE) == 0)
    values, first, counts = np.unique(h[pos], return_index=True, return_counts=True)
    return values[counts == 1], pos[first[counts == 1]]


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
    """Levenshtein distance of two encoded sequences, anchored and banded when long."""
    return sum(Levenshtein.distance(a[a0:a1], b[b0:b1])
               for a0, a1, b0, b1, equal in pieces(a, b, k) if not equal)


def bag_distance(a: Iterable[str], b: Iterable[str]) -> int:
    """The larger side of the multiset difference: edits ignoring order."""
    ca, cb = Counter(a), Counter(b)
    return max(sum((ca - cb).values()), sum((cb - ca).values()))


def compare(ref: str, hyp: str) -> Counts:
    """Order-aware and order-free character and word counts for two texts."""
    rg, hg = graphemes(ref), graphemes(hyp)
    rw, hw = words(ref), words(hyp)
    return Counts(
        ref_chars=len(rg),
        hyp_chars=len(hg),
        char_edits=distance(*encode(rg, hg), ANCHOR_CHARS),
        char_bag=bag_distance(rg, hg),
        ref_words=len(rw),
        hyp_words=len(hw),
        word_edits=distance(*encode(rw, hw), ANCHOR_WORDS),
        word_bag=bag_distance(rw, hw),
    )


def alignment(ref: str, hyp: str) -> list[tuple[str, str, str]]:
    """Opcodes over grapheme clusters as (tag, expected text, actual text), for reports."""
    rg, hg = graphemes(ref), graphemes(hyp)
    a, b = encode(rg, hg)
    out: list[tuple[str, str, str]] = []
    for a0, a1, b0, b1, equal in pieces(a, b, ANCHOR_CHARS, OPCODE_CELLS):
        if equal:
            out.append(("equal", "".join(rg[a0:a1]), "".join(hg[b0:b1])))
            continue
        for op in Levenshtein.opcodes(a[a0:a1], b[b0:b1]):
            out.append((op.tag, "".join(rg[a0 + op.src_start : a0 + op.src_end]),
                        "".join(hg[b0 + op.dest_start : b0 + op.dest_end])))
    return out


# --- matching articles ------------------------------------------------------


def _bigrams(text: str) -> Counter[str]:
    g = [c for c in graphemes(text) if c != " "]
    if len(g) < 2:
        return Counter(g)
    return Counter(g[i] + g[i + 1] for i in range(len(g) - 1))


def similarity(a: Counter[str], b: Counter[str]) -> float:
    """Dice coefficient of two bigram multisets (0..1)."""
    total = sum(a.values()) + sum(b.values())
    if a and len(a) > len(b):
        a, b = b, a
    shared = sum(min(n, b[g]) for g, n in a.items() if g in b)
    return 2 * shared / total if total else 1.0


def match_segments(
    ref: Sequence[Segment], hyp: Sequence[Segment], min_similarity: float = 0.2
) -> list[tuple[Segment | None, Segment | None, float]]:
    """Pair segments by content, best pairs first; the rest stay unmatched.

    Greedy on bigram similarity: newspaper pages have tens of articles, and an
    article that matches nothing well is better reported unmatched than forced.
    The result follows the reference order, unmatched actual segments last.
    """
    rb, hb = [_bigrams(s.text) for s in ref], [_bigrams(s.text) for s in hyp]
    scored = sorted(
        ((similarity(rb[i], hb[j]), i, j) for i, j in _candidates(rb, hb)),
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
    out: list[tuple[Segment | None, Segment | None, float]] = []
    for i, seg in enumerate(ref):
        j, sim = pair_of.get(i, (-1, 0.0))
        out.append((seg, hyp[j] if j >= 0 else None, sim))
    out.extend((None, hyp[j], 0.0) for j in range(len(hyp)) if j not in used)
    return out


#: Up to this many segment pairs every pair is scored (a page has tens of articles).
ALL_PAIRS = 250_000
#: Beyond it, a segment is indexed by its rarest bigrams; each rarest bigram of the other
#: side votes for at most ``PROPOSALS`` segments, and the ``PROPOSALS`` with most votes
#: are scored: linear in the number of segments.
SIGNATURE, PROPOSALS = 8, 8


def _candidates(rb: list[Counter[str]], hb: list[Counter[str]]) -> Iterable[tuple[int, int]]:
    """Segment pairs worth scoring: all of them on a page, those sharing a rare bigram
    (or standing at the same place in the text) when there are very many."""
    if len(rb) * len(hb) <= ALL_PAIRS:
        return ((i, j) for i in range(len(rb)) for j in range(len(hb)))
    df: Counter[str] = Counter(g for b in hb for g in b)
    index: defaultdict[str, list[int]] = defaultdict(list)
    for j, b in enumerate(hb):
        for g in sorted(b, key=lambda g: (df[g], g))[:SIGNATURE]:
            index[g].append(j)
    pairs: set[tuple[int, int]] = set()
    for i, b in enumerate(rb):
        votes: Counter[int] = Counter()
        for g in sorted(b, key=lambda g: (df.get(g, 0), g))[:SIGNATURE]:
            votes.update(index.get(g, ())[:PROPOSALS])
        pairs.update((i, j) for j, _ in votes.most_common(PROPOSALS))
        near = i * len(hb) // max(1, len(rb))
        pairs.update((i, j) for j in range(max(0, near - 2), min(len(hb), near + 3)))
    return sorted(pairs)


# --- pages and sets ---------------------------------------------------------


def compare_docs(expected: Doc, actual: Doc) -> PageResult:
    """Figures for one page: the whole text, plus each matched segment pair."""
    segments = []
    for r, h, sim in match_segments(expected.segments, actual.segments):
        counts = compare(r.text if r else "", h.text if h else "")
        segments.append(SegmentResult(r, h, counts, sim))
    return PageResult(
        page_id=expected.page_id,
        counts=compare(expected.text, actual.text),
        segments=tuple(segments),
        articles=expected.has_articles and actual.has_articles,
        expected=expected.path,
        actual=actual.path,
    )


def missing_page(page_id: str, expected: Doc | None, actual: Doc | None) -> PageResult:
    """A page only one side has: all its expected text counts as deleted."""
    ref = expected.text if expected else ""
    hyp = actual.text if actual else ""
    problem = "no actual page" if expected else "no expected page"
    return PageResult(
        page_id=page_id,
        counts=compare(ref, hyp),
        expected=expected.path if expected else None,
        actual=actual.path if actual else None,
        problem=problem,
    )


def summarize(pages: Sequence[PageResult]) -> Report:
    """The whole set, micro-averaged: sum of edits over sum of reference units.

    A page only the actual side has is listed but not counted: expected text is
    often kept for a sample of a title, not for every page processed.
    """
    total = Counts()
    for p in pages:
        if p.problem != "no expected page":
            total = total + p.counts
    return Report(pages=tuple(pages), total=total)
