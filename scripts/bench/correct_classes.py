"""Where the OCR's character errors lie, by kind, and how much of each a corrector removes.

``correct-real --classes`` prints this beside its figures. Each difference between the OCR's
words and the truth's (a word alignment) gets one class; a run of several wrong words in
a row with as many truth words is split into its word pairs. A word pair's class is by
what a word-level corrector can know: is the OCR word itself an English word (a real-word
error, ``tho`` for ``the``) or not (``fiom``), or does it hold marks or digits (``th»``);
and by how many edits apart its letters are from the truth's (marks at the word's edges
set aside). The other classes are OCR words split (``con stitution``) or run together
(``supplyof``), words only the OCR or only the truth has, and longer runs that do not pair
up (mostly lines the OCR lost or garbled beyond reading).

``share`` is each class's part of all character edits between OCR and truth;
``removed`` the part of that class's edits the corrector's output takes away (negative:
it added some). The oracle lines add up the shares of the word-pair classes a perfect
word corrector would remove: what bounds the CER reduction a word-level corrector can
reach on the set.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Literal

from rapidfuzz.distance import Levenshtein
from wordfreq import zipf_frequency

from ocr.profiles import CorrectionSettings

Kind = Literal["real word", "non-word", "marks or digits"]
#: The classes in the order printed: word pairs by kind and edits, then the rest.
WORD_CLASSES = tuple(
    f"{kind}, {n} edit{'s' if n > 1 else ''}" + ("+" if n == 3 else "")
    for kind in ("real word", "non-word", "marks or digits") for n in (1, 2, 3)
)
OTHER_CLASSES = ("case only", "punctuation only", "split in the OCR", "run together in the OCR",
                 "only in the OCR", "only in the truth", "longer runs")
#: Marks at a word's edges, set aside when its letters are compared.
EDGE = re.compile(r"^[^\w]*|[^\w]*$")
#: A word the English lexicon knows at least this well is a real word: the corrector's own
#: line between words it knows and rare or unknown ones (``known_zipf``; ``fiom`` and ``tbe``
#: are on the web often enough for a Zipf over 1).
REAL_WORD_ZIPF = CorrectionSettings().known_zipf


def word_class(ocr: str, truth: str) -> str:
    """The class of one OCR word standing for one truth word."""
    a, b = EDGE.sub("", ocr), EDGE.sub("", truth)
    if a == b:
        return "punctuation only"
    if a.lower() == b.lower():
        return "case only"
    kind: Kind = ("marks or digits" if not a.isalpha() else
                  "real word" if zipf_frequency(a.lower(), "en") >= REAL_WORD_ZIPF else "non-word")
    n = min(Levenshtein.distance(a.lower(), b.lower()), 3)
    return f"{kind}, {n} edit{'s' if n > 1 else ''}" + ("+" if n == 3 else "")


def _region_class(n_ocr: int, n_truth: int) -> str:
    if not n_truth:
        return "only in the OCR"
    if not n_ocr:
        return "only in the truth"
    if n_truth == 1:
        return "split in the OCR"
    return "run together in the OCR" if n_ocr == 1 else "longer runs"


class Classes:
    """Character edits per class over documents: the OCR's, and those a corrector left."""

    def __init__(self) -> None:
        self.count: Counter[str] = Counter()
        self.cost: Counter[str] = Counter()
        self.left: Counter[str] = Counter()

    def add(self, ocr: list[str], truth: list[str], out: list[str]) -> None:
        """One document's words: the OCR's, the truth's and the corrector's."""
        # Each OCR word's reading in the output: word for word where the corrector kept the
        # count of words, else the whole changed run (one reading for all its words).
        reading: list[tuple[int, int, str]] = []
        def opcodes(a: list[str], b: list[str]) -> Sequence[tuple[str, int, int, int, int]]:
            return difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()

        for _, i1, i2, j1, j2 in opcodes(ocr, out):
            same = i2 - i1 == j2 - j1
            reading += [(k, k + 1, out[j1 + k - i1]) if same else (i1, i2, " ".join(out[j1:j2]))
                        for k in range(i1, i2)]
        for tag, i1, i2, j1, j2 in opcodes(ocr, truth):
            if tag == "equal":
                continue
            if i2 - i1 == j2 - j1:
                for k in range(i2 - i1):
                    if ocr[i1 + k] != truth[j1 + k]:
                        self._add(word_class(ocr[i1 + k], truth[j1 + k]), ocr, truth,
                                  (i1 + k, i1 + k + 1, j1 + k, j1 + k + 1), reading)
            else:
                self._add(_region_class(i2 - i1, j2 - j1), ocr, truth, (i1, i2, j1, j2), reading)

    def _add(self, cls: str, ocr: list[str], truth: list[str], at: tuple[int, int, int, int],
             reading: list[tuple[int, int, str]]) -> None:
        i1, i2, j1, j2 = at
        was, want = " ".join(ocr[i1:i2]), " ".join(truth[j1:j2])
        cost = Levenshtein.distance(was, want)
        now = was
        if i2 > i1:
            spans = {reading[k][:2] for k in range(i1, i2)}
            if spans == {(k, k + 1) for k in range(i1, i2)}:
                now = " ".join(reading[k][2] for k in range(i1, i2))
            elif len(spans) == 1 and spans == {(i1, i2)}:
                now = reading[i1][2]
            # (a change that reaches beyond the region is not credited to it)
        self.count[cls] += 1
        self.cost[cls] += cost
        self.left[cls] += Levenshtein.distance(now, want) if now != was else cost

    def table(self, oracle: bool = True) -> Iterable[str]:
        """The classes' rows, then (``oracle``) the bounds a perfect word corrector meets."""
        total = sum(self.cost.values()) or 1
        yield f"  {'error class':<28}{'errors':>7}{'share':>8}{'removed':>9}"
        for cls in (*WORD_CLASSES, *OTHER_CLASSES):
            if self.count[cls]:
                removed = 1 - self.left[cls] / self.cost[cls]
                yield (f"  {cls:<28}{self.count[cls]:>7}{self.cost[cls] / total:>8.1%}"
                       f"{removed:>9.1%}")
        for edits, what in ((1, "within 1 edit"), (2, "within 2 edits"), (3, "of any edits")):
            within = [c for c in WORD_CLASSES if int(c.split(", ")[1][0]) <= edits]
            bound = sum(self.cost[c] for c in within) / total
            if oracle:
                yield f"  oracle: every word-pair error {what} fixed: CER {bound:.0%} lower"
