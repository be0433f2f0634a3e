"""Where the OCR's errors lie, by kind, and how many of each a corrector fixes.

``correct-real --classes`` prints this beside its figures. Each difference between the OCR's
words and the truth's (a word alignment) gets one class; a run of several wrong words in
a row with as many truth words is split into its word pairs. A word pair's class is by
what a word-level corrector can know: is the OCR word itself an English word (a real-word
error, ``tho`` for ``the``) or not (``fiom``), or does it hold marks or digits (``th»``);
and by how many edits apart its letters are from the truth's (marks at the word's edges
set aside). The other classes are OCR words split (``con stitution``) or run together
(``supplyof``), words only the OCR or only the truth has, and longer runs that do not pair
up (mostly lines the OCR lost or garbled beyond reading).

Every figure is measured on whole documents, as the bench's CER is: a class's ``share``
is how much lower the CER is with every error of that class put right in the OCR text
(and nothing else), as a share of the CER; ``fixed`` is the share of the class's errors
whose words the corrector's output has exactly as the truth. The oracle lines put right
every word-pair error within 1 or 2 edits, or of any distance, at once: what a corrector
that fixed each of those words, and nothing else, would take off the CER. (In garbled
stretches the word alignment may pair words the character alignment does not: a class
found mostly there can show a share below zero.)
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from rapidfuzz.distance import Levenshtein
from wordfreq import zipf_frequency

from ocr.profiles import CorrectionSettings

Kind = Literal["real word", "non-word", "marks or digits"]
KINDS: tuple[Kind, ...] = ("real word", "non-word", "marks or digits")
#: Edits between a word pair's letters, counted up to 3 (3: three or more).
EDITS = (1, 2, 3)
Other = Literal["case only", "punctuation only", "split in the OCR", "run together in the OCR",
                "only in the OCR", "only in the truth", "longer runs"]
OTHERS: tuple[Other, ...] = ("case only", "punctuation only", "split in the OCR",
                             "run together in the OCR", "only in the OCR", "only in the truth",
                             "longer runs")
#: A class: a word pair's (kind, edits), or another class.
Class = tuple[Kind, int] | Other
#: Marks at a word's edges, set aside when its letters are compared.
EDGE = re.compile(r"^[^\w]*|[^\w]*$")
#: A word the English lexicon knows at least this well is a real word: the corrector's own
#: line between words it knows and rare or unknown ones (``known_zipf``; ``fiom`` and ``tbe``
#: are on the web often enough for a Zipf over 1).
REAL_WORD_ZIPF = CorrectionSettings().known_zipf
WORD = re.compile(r"\S+")


def core(word: str) -> str:
    """``word`` without the marks at its edges (``"money.`` -> ``money``)."""
    return EDGE.sub("", word)


def label(cls: Class) -> str:
    if isinstance(cls, tuple):
        kind, edits = cls
        return f"{kind}, {edits}{'+' if edits == 3 else ''} edit{'s' if edits > 1 else ''}"
    return cls


def word_class(ocr: str, truth: str) -> Class:
    """The class of one OCR word standing for one truth word."""
    a, b = core(ocr), core(truth)
    if a == b:
        return "punctuation only"
    if a.lower() == b.lower():
        return "case only"
    kind: Kind = ("marks or digits" if not a.isalpha() else
                  "real word" if zipf_frequency(a.lower(), "en") >= REAL_WORD_ZIPF else "non-word")
    return kind, min(Levenshtein.distance(a.lower(), b.lower()), 3)


def _region_class(n_ocr: int, n_truth: int) -> Other:
    if not n_truth:
        return "only in the OCR"
    if not n_ocr:
        return "only in the truth"
    if n_truth == 1:
        return "split in the OCR"
    return "run together in the OCR" if n_ocr == 1 else "longer runs"


@dataclass(frozen=True)
class Error:
    """One error: its class, the OCR text it spans (``start``, ``end``; equal for words
    only the truth has), the truth's words there, and whether the corrector got them."""

    cls: Class
    start: int
    end: int
    truth: str
    fixed: bool


def _opcodes(a: list[str], b: list[str]) -> Sequence[tuple[str, int, int, int, int]]:
    return difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()


def errors(ocr: str, truth: str, out: str) -> list[Error]:
    """The errors of one document's OCR against its truth, each with whether ``out`` (the
    corrector's output) has the truth's words there."""
    spans = [m.span() for m in WORD.finditer(ocr)]
    o, t, r = [ocr[a:b] for a, b in spans], WORD.findall(truth), WORD.findall(out)
    # Each OCR word's reading in the output: word for word where the corrector kept the
    # count of words, else the whole changed run (one reading for all its words).
    reading: list[tuple[int, int, str]] = []
    for _, i1, i2, j1, j2 in _opcodes(o, r):
        same = i2 - i1 == j2 - j1
        reading += [(k, k + 1, r[j1 + k - i1]) if same else (i1, i2, " ".join(r[j1:j2]))
                    for k in range(i1, i2)]

    def got(i1: int, i2: int, want: str) -> bool:
        parts = {reading[k][:2] for k in range(i1, i2)}
        if parts == {(k, k + 1) for k in range(i1, i2)}:
            return " ".join(reading[k][2] for k in range(i1, i2)) == want
        return parts == {(i1, i2)} and reading[i1][2] == want

    found: list[Error] = []
    for tag, i1, i2, j1, j2 in _opcodes(o, t):
        if tag == "equal":
            continue
        if i2 - i1 == j2 - j1:
            found += [Error(word_class(o[k], t[j1 + k - i1]), *spans[k], t[j1 + k - i1],
                            got(k, k + 1, t[j1 + k - i1]))
                      for k in range(i1, i2) if o[k] != t[j1 + k - i1]]
            continue
        want = " ".join(t[j1:j2])
        at = spans[i1][0] if i2 > i1 else (spans[i1 - 1][1] if i1 else 0)
        end = spans[i2 - 1][1] if i2 > i1 else at
        fixed = got(i1, i2, want) if i2 > i1 else False
        found.append(Error(_region_class(i2 - i1, j2 - j1), at, end, want, fixed))
    return found


def put_right(ocr: str, errs: Iterable[Error]) -> str:
    """``ocr`` with ``errs`` put right: each span replaced by the truth's words there (a
    word only the OCR has goes with the space before it; one only the truth has comes
    in with a space)."""
    out, at = [], 0
    for e in sorted(errs, key=lambda e: (e.start, e.end)):
        start, end = e.start, e.end
        if not e.truth:  # (a deletion: its space goes too, before it or, first, after it)
            while start > at and ocr[start - 1].isspace():
                start -= 1
            if start == 0:
                while end < len(ocr) and ocr[end].isspace():
                    end += 1
        out.append(ocr[at:start])
        if e.start == e.end and e.truth:  # an insertion
            out.append((" " + e.truth) if e.start else (e.truth + " "))
        else:
            out.append(e.truth)
        at = end
    out.append(ocr[at:])
    return "".join(out)


class Classes:
    """Errors per class over documents, the CER each accounts for, and how many a
    corrector fixed."""

    def __init__(self) -> None:
        self.count: Counter[Class] = Counter()
        self.fixed: Counter[Class] = Counter()
        self.gain: Counter[Class] = Counter()  # edits taken off by putting the class right
        self.oracle: Counter[int] = Counter()  # the same for word pairs within n edits
        self.distance = 0

    def add(self, ocr: str, truth: str, out: str) -> None:
        """One document: its OCR, truth and the corrector's output (whole texts)."""
        found = errors(ocr, truth, out)
        before = Levenshtein.distance(ocr, truth)
        self.distance += before
        by_class: dict[Class, list[Error]] = {}
        for e in found:
            by_class.setdefault(e.cls, []).append(e)
            self.count[e.cls] += 1
            self.fixed[e.cls] += e.fixed
        for cls, errs in by_class.items():
            self.gain[cls] += before - Levenshtein.distance(put_right(ocr, errs), truth)
        for n in EDITS:
            pairs = [e for e in found if isinstance(e.cls, tuple) and e.cls[1] <= n]
            self.oracle[n] += before - Levenshtein.distance(put_right(ocr, pairs), truth)

    def table(self, oracle: bool = True) -> Iterable[str]:
        """The classes' rows, then (``oracle``) what a perfect word corrector takes off."""
        total = self.distance or 1
        yield f"  {'error class':<28}{'errors':>7}{'share':>8}{'fixed':>8}"
        for cls in (*((k, n) for k in KINDS for n in EDITS), *OTHERS):
            if self.count[cls]:
                yield (f"  {label(cls):<28}{self.count[cls]:>7}{self.gain[cls] / total:>8.1%}"
                       f"{self.fixed[cls] / self.count[cls]:>8.1%}")
        if oracle:
            for n, what in zip(EDITS, ("within 1 edit", "within 2 edits", "of any edits"),
                               strict=True):
                yield (f"  oracle: every word-pair error {what} fixed: "
                       f"CER {self.oracle[n] / total:.0%} lower")
