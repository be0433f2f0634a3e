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
aligned one pair at a time, never the whole newspaper page at once: the page
figure uses rapidfuzz's bit-parallel distance (O(n) memory), while edit
operations for the report are computed per article (dinglehopper's lesson).
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import regex
from rapidfuzz.distance import Levenshtein

from .model import is_cjk

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
    if " " not in text:
        return text
    out = []
    for i, ch in enumerate(text):
        if ch == " " and (is_cjk(text[i - 1]) or is_cjk(text[i + 1])):
            continue
        out.append(ch)
    return "".join(out)


def graphemes(text: str) -> list[str]:
    """Grapheme clusters of the normalised text: the characters CER counts."""
    return _GRAPHEME.findall(normalize(text))


def words(text: str) -> list[str]:
    """Words WER counts: white-space separated runs, each CJK character on its own."""
    out: list[str] = []
    for chunk in normalize(text).split(" "):
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
    """Map tokens to one code point each so rapidfuzz runs its fast string path."""
    vocab: dict[str, str] = {}
    enc = [
        "".join(vocab.setdefault(t, chr(len(vocab))) for t in seq) for seq in (a, b)
    ]
    return enc[0], enc[1]


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
        char_edits=Levenshtein.distance(*encode(rg, hg)),
        char_bag=bag_distance(rg, hg),
        ref_words=len(rw),
        hyp_words=len(hw),
        word_edits=Levenshtein.distance(*encode(rw, hw)),
        word_bag=bag_distance(rw, hw),
    )


def alignment(ref: str, hyp: str) -> list[tuple[str, str, str]]:
    """Opcodes over grapheme clusters as (tag, expected text, actual text), for reports."""
    rg, hg = graphemes(ref), graphemes(hyp)
    ops = Levenshtein.opcodes(*encode(rg, hg))
    return [
        (op.tag, "".join(rg[op.src_start : op.src_end]), "".join(hg[op.dest_start : op.dest_end]))
        for op in ops
    ]


# --- matching articles ------------------------------------------------------


def _bigrams(text: str) -> Counter[str]:
    g = [c for c in graphemes(text) if c != " "]
    if len(g) < 2:
        return Counter(g)
    return Counter(g[i] + g[i + 1] for i in range(len(g) - 1))


def similarity(a: Counter[str], b: Counter[str]) -> float:
    """Dice coefficient of two bigram multisets (0..1)."""
    total = sum(a.values()) + sum(b.values())
    return 2 * sum((a & b).values()) / total if total else 1.0


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
        ((similarity(rb[i], hb[j]), i, j) for i in range(len(ref)) for j in range(len(hyp))),
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
