"""QA: how far an OCR result is from the expected text, in figures a person can audit.

Text is NFC-normalised and cut into grapheme clusters (``regex`` ``\\X``), so a
base letter with a combining accent is one character, as a reader counts it.
White space runs count as one space, and no space is counted next to a CJK
character (Chinese is printed without spaces; a stray one is layout, not a
misreading). Words are white-space separated runs; each CJK character is a word
of its own, since Chinese has no spaces to split on. (Text units and alignment are in
``ocr/qa_align.py``, segment matching in ``ocr/qa_match.py``; this module counts edits
and sums pages.)

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

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rapidfuzz.distance import Levenshtein

from .qa_align import ANCHOR_CHARS as ANCHOR_CHARS
from .qa_align import ANCHOR_WORDS as ANCHOR_WORDS
from .qa_align import DIRECT_CELLS as DIRECT_CELLS
from .qa_align import OPCODE_CELLS as OPCODE_CELLS
from .qa_align import anchors as anchors
from .qa_align import (
    clusters_of,
    one_per_code_point,
    shared,
    shared_code_points,
    words_of,
)
from .qa_align import distance as distance
from .qa_align import encode as encode
from .qa_align import graphemes as graphemes
from .qa_align import normalize as normalize
from .qa_align import pieces as pieces
from .qa_align import words as words
from .qa_match import match_indices
from .qa_match import similarity as similarity
from .qa_words import word_codes


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
    simple = rg is ref, hg is hyp  # (each one cluster a code point)
    char_edits, char_bag = distance(*encode(rg, hg), ANCHOR_CHARS), bag_distance(rg, hg)
    del rg, hg
    words = word_codes(ref, hyp, simple)
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


def match_segments(
    ref: Sequence[Segment], hyp: Sequence[Segment], min_similarity: float = 0.2
) -> list[tuple[Segment | None, Segment | None, float]]:
    """Pair segments by content, best pairs first; the rest stay unmatched.

    Greedy on bigram similarity: newspaper pages have tens of articles, and an
    article that matches nothing well is better reported unmatched than forced.
    The result follows the reference order, unmatched actual segments last.
    """
    pairs = match_indices([normalize(s.text) for s in ref], [normalize(s.text) for s in hyp],
                          min_similarity)
    return [(None if i < 0 else ref[i], None if j < 0 else hyp[j], sim) for i, j, sim in pairs]


# --- pages and sets ---------------------------------------------------------


def compare_docs(expected: Doc, actual: Doc) -> PageResult:
    """Figures for one page: the whole text, plus each matched segment pair."""
    segments = _segment_results(expected.segments, actual.segments)
    return PageResult(
        page_id=expected.page_id,
        counts=_whole(expected, actual, segments),  # (the segments' texts let go of)
        segments=segments,
        articles=expected.has_articles and actual.has_articles,
        expected=expected.path,
        actual=actual.path,
    )


def _whole(expected: Doc, actual: Doc, segments: tuple[SegmentResult, ...]) -> Counts:
    """``compare`` of the two pages' texts; a page of one segment (plain text without a
    blank line) a side is its segment, whose counts are taken, not aligned again (the
    anchored alignment of a 10 MB paragraph is most of its diff)."""
    if len(segments) == 1 and (one := segments[0]).ref and one.hyp:
        ref, hyp = normalize(expected.text), normalize(actual.text)
        if ref == normalize(one.ref.text) and hyp == normalize(one.hyp.text):
            return one.counts
        return _compare(ref, hyp)
    return compare(expected.text, actual.text)


def _segment_results(ref: Sequence[Segment], hyp: Sequence[Segment]) -> tuple[SegmentResult, ...]:
    rn, hn = [normalize(s.text) for s in ref], [normalize(s.text) for s in hyp]
    segments = []
    for i, j, sim in match_indices(rn, hn, 0.2):  # each text normalised once, not three times
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
