"""QA: how far an OCR result is from the expected text, in figures a person can audit.

Text is NFC-normalised and cut into grapheme clusters (``regex`` ``\\X``), so a
base letter with a combining accent is one character, as a reader counts it.
White space runs count as one space, and no space is counted next to a CJK
character (Chinese is printed without spaces; a stray one is layout, not a
misreading). Words are white-space separated runs; each CJK character is a word
of its own, since Chinese has no spaces to split on. (Text units and alignment are in
``ocr/qa_align.py``; this module counts, matches segments and sums pages.)

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

import operator
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import repeat

from rapidfuzz.distance import LCSseq, Levenshtein

from .qa_align import ANCHOR_CHARS as ANCHOR_CHARS
from .qa_align import ANCHOR_WORDS as ANCHOR_WORDS
from .qa_align import DIRECT_CELLS as DIRECT_CELLS
from .qa_align import OPCODE_CELLS as OPCODE_CELLS
from .qa_align import anchors as anchors
from .qa_align import (
    bigram_codes,
    bigram_text,
    clusters_of,
    one_per_code_point,
    shared,
    shared_code_points,
    word_codes,
    words_of,
)
from .qa_align import distance as distance
from .qa_align import encode as encode
from .qa_align import graphemes as graphemes
from .qa_align import normalize as normalize
from .qa_align import pieces as pieces
from .qa_align import words as words


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


def bag_distance(a: Iterable[str], b: Iterable[str]) -> int:
    """The larger side of the multiset difference: edits ignoring order.

    Each side's difference is its size less what the two share (``ca - cb`` would build
    a third multiset in Python, key by key: most of a 10 MB diff's time)."""
    if isinstance(a, str) and isinstance(b, str):  # (a text of one cluster a code point)
        return max(len(a), len(b)) - shared_code_points(a, b)
    ca, cb = Counter(a), Counter(b)
    return max(ca.total(), cb.total()) - shared(ca, cb)


def compare(ref: str, hyp: str) -> Counts:
    """Order-aware and order-free character and word counts for two texts."""
    return _compare(normalize(ref), normalize(hyp))


def _compare(ref: str, hyp: str) -> Counts:
    """``compare`` of two normalised texts: characters first, then words, so that a 10 MB
    pair holds the units of one kind at a time."""
    # A text of one cluster a code point (most prose) is its own list of clusters: a
    # 10 MB page then needs no list of ten million one-character strings.
    rg: Sequence[str] = ref if one_per_code_point(ref) else clusters_of(ref)
    hg: Sequence[str] = hyp if one_per_code_point(hyp) else clusters_of(hyp)
    if ref == hyp:  # nothing to align (most paragraphs of a good page)
        n = len(words_of(ref))
        return Counts(ref_chars=len(rg), hyp_chars=len(hg), ref_words=n, hyp_words=n)
    ref_chars, hyp_chars = len(rg), len(hg)
    char_edits, char_bag = distance(*encode(rg, hg), ANCHOR_CHARS), bag_distance(rg, hg)
    del rg, hg
    words = word_codes(ref, hyp)
    return Counts(ref_chars=ref_chars, hyp_chars=hyp_chars, char_edits=char_edits,
                  char_bag=char_bag, ref_words=words.ref, hyp_words=words.hyp,
                  word_edits=distance(words.a, words.b, ANCHOR_WORDS), word_bag=words.bag)


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


#: A text's character bigrams (a single character when that is all it has), spaces left
#: out: a sorted list of ints (``bigram_codes``) for a text of one cluster a code point,
#: most text; a multiset of the bigram strings for the others.
Bigrams = list[int] | Counter[str]


def _bigrams(norm: str) -> Bigrams:
    """Character bigrams of a normalised text, spaces left out."""
    if one_per_code_point(norm):
        return bigram_codes(norm.replace(" ", ""))
    g = [c for c in clusters_of(norm) if c != " "]
    if len(g) < 2:
        return Counter(g)
    return Counter(map(operator.add, g, g[1:]))


def _counter(b: Bigrams) -> Counter[str]:
    """A text's bigrams as the multiset of their strings."""
    return b if isinstance(b, Counter) else Counter(map(bigram_text, b))


def similarity(a: Bigrams, b: Bigrams) -> float:
    """Dice coefficient of two bigram multisets (0..1). Millions of these for a 10 MB pair:
    of two sorted lists, the multiset intersection is their longest common subsequence
    (rapidfuzz, bit-parallel in C)."""
    if isinstance(a, list) and isinstance(b, list):
        total = len(a) + len(b)
        return 2 * int(LCSseq.similarity(a, b)) / total if total else 1.0
    ca, cb = _counter(a), _counter(b)
    total = ca.total() + cb.total()
    return 2 * shared(ca, cb) / total if total else 1.0


def match_segments(
    ref: Sequence[Segment], hyp: Sequence[Segment], min_similarity: float = 0.2
) -> list[tuple[Segment | None, Segment | None, float]]:
    """Pair segments by content, best pairs first; the rest stay unmatched.

    Greedy on bigram similarity: newspaper pages have tens of articles, and an
    article that matches nothing well is better reported unmatched than forced.
    The result follows the reference order, unmatched actual segments last.
    """
    pairs = _match([normalize(s.text) for s in ref], [normalize(s.text) for s in hyp],
                   min_similarity)
    return [(None if i < 0 else ref[i], None if j < 0 else hyp[j], sim) for i, j, sim in pairs]


def _match(ref: list[str], hyp: list[str], min_similarity: float) -> list[tuple[int, int, float]]:
    """``match_segments`` of normalised texts, as indices (-1: unmatched)."""
    sure: list[tuple[float, int, int]] = []
    rest_r, rest_h = list(range(len(ref))), list(range(len(hyp)))
    if len(ref) * len(hyp) > ALL_PAIRS:  # thousands of segments: most follow in order
        sure = _in_order(ref, hyp)
        done_r, done_h = {i for _, i, _ in sure}, {j for _, _, j in sure}
        rest_r = [i for i in rest_r if i not in done_r]
        rest_h = [j for j in rest_h if j not in done_h]
    # Bigrams only of the segments still to match: a 10 MB pair does not hold them all.
    rb, hb = [_bigrams(ref[i]) for i in rest_r], [_bigrams(hyp[j]) for j in rest_h]
    scored = sorted(
        sure + [(similarity(rb[i], hb[j]), rest_r[i], rest_h[j]) for i, j in _candidates(rb, hb)],
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


def _in_order(ref: list[str], hyp: list[str]) -> list[tuple[float, int, int]]:
    """Pairs of segments (normalised texts) that follow one another on both sides,
    walking both in step; a segment only one side has is stepped over when the next one
    pairs up. Bigrams are made as the walk reaches a segment and dropped behind it."""
    rb: dict[int, Bigrams] = {}
    hb: dict[int, Bigrams] = {}

    def sim(i: int, j: int) -> float:
        if ref[i] == hyp[j]:
            return 1.0  # (what the bigrams would give; most paragraphs of a good page)
        a = rb.get(i) or rb.setdefault(i, _bigrams(ref[i]))
        b = hb.get(j) or hb.setdefault(j, _bigrams(hyp[j]))
        return similarity(a, b)

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


def _candidates(rb: list[Bigrams], hb: list[Bigrams]) -> Iterable[tuple[int, int]]:
    """Segment pairs worth scoring: all of them on a page, those sharing a rare bigram
    (or standing at the same place in the text) when there are very many."""
    if len(rb) * len(hb) <= ALL_PAIRS:
        return ((i, j) for i in range(len(rb)) for j in range(len(hb)))
    # Each segment's distinct bigrams: ints sort as their strings do, so the rarest are the
    # same either way, unless some segment has only strings (then all are strings).
    ra: list[Iterable[int | str]]
    ha: list[Iterable[int | str]]
    if all(isinstance(b, list) for b in (*rb, *hb)):
        ra, ha = [dict.fromkeys(b) for b in rb], [dict.fromkeys(b) for b in hb]
    else:
        ra, ha = [_counter(b).keys() for b in rb], [_counter(b).keys() for b in hb]
    df: Counter[int | str] = Counter(g for b in ha for g in b)
    index: defaultdict[int | str, list[int]] = defaultdict(list)
    for j, b in enumerate(ha):  # (rarest first: sorted by (df, bigram), made without a call each)
        for _, g in sorted(zip(map(df.__getitem__, b), b, strict=True))[:SIGNATURE]:
            index[g].append(j)
    pairs: set[tuple[int, int]] = set()
    for i, b in enumerate(ra):
        votes: Counter[int] = Counter()
        for _, g in sorted(zip(map(df.get, b, repeat(0)), b, strict=True))[:SIGNATURE]:
            votes.update(index.get(g, ())[:PROPOSALS])
        pairs.update((i, j) for j, _ in votes.most_common(PROPOSALS))
        near = i * len(hb) // max(1, len(rb))
        pairs.update((i, j) for j in range(max(0, near - 2), min(len(hb), near + 3)))
    return sorted(pairs)


# --- pages and sets ---------------------------------------------------------


def compare_docs(expected: Doc, actual: Doc) -> PageResult:
    """Figures for one page: the whole text, plus each matched segment pair."""
    segments = _segment_results(expected.segments, actual.segments)
    return PageResult(
        page_id=expected.page_id,
        counts=compare(expected.text, actual.text),  # (the segments' texts let go of)
        segments=segments,
        articles=expected.has_articles and actual.has_articles,
        expected=expected.path,
        actual=actual.path,
    )


def _segment_results(ref: Sequence[Segment], hyp: Sequence[Segment]) -> tuple[SegmentResult, ...]:
    rn, hn = [normalize(s.text) for s in ref], [normalize(s.text) for s in hyp]
    segments = []
    for i, j, sim in _match(rn, hn, 0.2):  # each text normalised once, not three times
        counts = _compare(rn[i] if i >= 0 else "", hn[j] if j >= 0 else "")
        segments.append(SegmentResult(ref[i] if i >= 0 else None, hyp[j] if j >= 0 else None,
                                      counts, sim))
    return tuple(segments)


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
