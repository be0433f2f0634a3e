"""What OCR misreads as what in Chinese: visual neighbours and real engines' confusions.
(Latin glyph confusions: ``latin_confusions``.)

``data/zh_visual.tsv``, derived by scripts/make_confusions.py from
glyphs rendered with WenQuanYi Micro Hei (blurred 24x24 bitmaps, cosine
similarity). For a character the table lists the characters that look most
like it, e.g. 仑 -> 仓, 卅 -> 州, 己 -> 已. ``data/zh_ocr.tsv``, made by
scripts/make_ocr_confusions.py, holds what the real Tesseract ``chi_sim`` printed for
what was drawn (rendered lines of jieba dictionary words, degraded), with counts:
confusions no shape measure predicts (思 for 患, 干 for 千, 鸟 for 岛). Tables learned
from a title's own OCR and its hand-corrected text (``learn_han_pairs``, named in a
profile's ``correction.confusions``) add what that engine really misread on those pages.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from pathlib import Path
from types import MappingProxyType

from rapidfuzz.distance import Levenshtein

from ..errors import InputError
from ..files import data_file
from ..script import HAN_CHAR

DATA = Path(__file__).resolve().parent / "data" / "zh_visual.tsv"
OCR_DATA = DATA.with_name("zh_ocr.tsv")

def _rows(path: Path) -> Iterator[tuple[str, list[tuple[str, str]]]]:
    """The rows of a character table (``CHAR<TAB>OTHER:VALUE OTHER:VALUE ...``, ``#``
    comments), each as the character and its (other, value) pairs."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            ch, _, rest = line.partition("\t")
            pairs = (item.rpartition(":") for item in rest.split())
            yield ch, [(other, value) for other, _, value in pairs]


@cache
def han_table() -> MappingProxyType[str, tuple[tuple[str, float], ...]]:
    """Character -> visually similar characters with cosine similarity, best first."""
    near: dict[str, dict[str, float]] = {}
    for ch, items in _rows(DATA):
        for other, value in items:
            sim = float(value)
            # Similarity is symmetric; the file keeps each character's top few only.
            for a, b in ((ch, other), (other, ch)):
                row = near.setdefault(a, {})
                row[b] = max(sim, row.get(b, 0.0))
    return MappingProxyType(
        {ch: tuple(sorted(row.items(), key=lambda kv: (-kv[1], kv[0]))) for ch, row in near.items()}
    )


def han_neighbours(ch: str) -> tuple[tuple[str, float], ...]:
    """Characters the OCR may have mistaken for ``ch`` (empty when none is close)."""
    return han_table().get(ch, ())


@cache
def han_ocr_table() -> MappingProxyType[str, tuple[tuple[str, int, bool], ...]]:
    """Character read -> (character really there, times seen, whether Tesseract made
    that very mistake): each pair also in reverse (``False``), since two glyphs that
    one engine confuses one way another engine may confuse the other way."""
    near: dict[str, dict[str, tuple[int, bool]]] = {}
    for seen, items in _rows(OCR_DATA):
        for truth, count in items:
            n = int(count)
            near.setdefault(seen, {})[truth] = (n, True)
            row = near.setdefault(truth, {})
            if not row.get(seen, (0, False))[1]:
                row[seen] = (n, False)
    return MappingProxyType(
        {
            ch: tuple(sorted(((o, n, fwd) for o, (n, fwd) in row.items()), key=lambda r: -r[1]))
            for ch, row in near.items()
        }
    )


def han_ocr_truths(ch: str) -> tuple[tuple[str, int, bool], ...]:
    """Characters that may have been on the page where the OCR printed ``ch``."""
    return han_ocr_table().get(ch, ())


#: A learned table: character read -> character that was on the page -> times seen (a
#: character read as itself: how often the engine read it right).
Learned = Mapping[str, Mapping[str, int]]


def learn_han_pairs(pairs: Iterable[tuple[str, str]]) -> Counter[tuple[str, str]]:
    """(read, truth) counts of Han characters an OCR engine read, from (OCR text,
    corrected text) pairs: each pair is aligned (Levenshtein opcodes); characters left
    alone count as read right (``(c, c)``: how often the engine reads ``c`` right is
    what makes a misreading of it likely or not), and every run of characters replaced
    by a run of the same length counts character by character (runs of unequal length
    are mostly misalignment or lost text: not counted)."""
    counts: Counter[tuple[str, str]] = Counter()
    for ocr, truth in pairs:
        for op in Levenshtein.opcodes(ocr, truth):
            if op.tag == "equal":
                counts.update((c, c) for c in ocr[op.src_start : op.src_end] if HAN_CHAR.match(c))
            if op.tag != "replace" or op.src_end - op.src_start != op.dest_end - op.dest_start:
                continue
            for a, b in zip(ocr[op.src_start : op.src_end], truth[op.dest_start : op.dest_end],
                            strict=True):
                if HAN_CHAR.fullmatch(a) and HAN_CHAR.fullmatch(b):
                    counts[a, b] += 1
    return counts


def write_han_pairs(counts: Mapping[tuple[str, str], int], path: Path, source: str) -> None:
    """``counts`` as a table ``read_learned`` reads (the format of ``data/zh_ocr.tsv``:
    ``READ<TAB>TRUTH:COUNT ...``), with ``source`` said in its header."""
    rows: dict[str, list[tuple[str, int]]] = {}
    for (seen, truth), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        rows.setdefault(seen, []).append((truth, n))
    head = f"# What the OCR read <TAB> what the page had:count ...; learned from {source}\n"
    body = "".join(f"{s}\t" + " ".join(f"{t}:{n}" for t, n in row) + "\n"
                   for s, row in sorted(rows.items()))
    path.write_text(head + body, encoding="utf-8")


def read_learned(path: Path) -> dict[str, dict[str, int]]:
    """A table ``write_han_pairs`` wrote: character read -> true character -> count.
    A missing or malformed file is an ``InputError`` naming it (and the line)."""
    try:
        text = path.read_text(encoding="utf-8-sig")  # a table saved with a BOM reads too
    except OSError as exc:
        why = exc.strerror or "cannot be read"
        raise InputError(path, f"confusion table: {why} (profile correction.confusions)") from None
    except UnicodeDecodeError:
        raise InputError(path, "confusion table is not UTF-8 text") from None
    out: dict[str, dict[str, int]] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        seen, _, rest = line.partition("\t")
        for item in rest.split() or [""]:
            truth, _, count = item.rpartition(":")
            if len(seen) != 1 or len(truth) != 1 or not count.isdigit() or int(count) < 1:
                raise InputError(path, f"line {n}: expected CHAR<TAB>CHAR:COUNT ..., got {line!r}")
            row = out.setdefault(seen, {})
            row[truth] = row.get(truth, 0) + int(count)
    return out


def learned_tables(names: Iterable[str], profile_path: str | None) -> Learned:
    """The learned tables a profile names (paths relative to the profile file), merged."""
    return _learned(tuple(str(data_file(profile_path, n)) for n in names))


@cache
def _learned(paths: tuple[str, ...]) -> Learned:
    merged: dict[str, dict[str, int]] = {}
    for path in paths:
        for seen, row in read_learned(Path(path)).items():
            into = merged.setdefault(seen, {})
            for truth, n in row.items():
                into[truth] = into.get(truth, 0) + n
    return MappingProxyType(merged)


# -- what a Chinese misreading costs -----------------------------------------------------

#: Penalty (log10) per unit of look-alike similarity below 0.9 (at 0.9: ``visual_penalty``).
SLOPE = 3.0
#: Penalty (log10) of a confusion Tesseract made once in scripts/make_ocr_confusions.py ...
OCR_PENALTY = 4.0
#: ... less this per tenfold more sightings, ...
OCR_PER_DECADE = 1.5
#: ... but never below this; ...
OCR_FLOOR = 1.0
#: ... and this much more when Tesseract made the mistake the other way round.
OCR_REVERSE = 0.5
#: A confusion learned from real OCR with its truth (the reader's own engine on its own
#: pages, ``learn_han_pairs``) costs this plus -log10 of how often the true character was
#: read so, of all the times it was seen (a noisy channel: 没 read as 改 once in 50 costs
#: 1.7 more; a rare character misread once in two, 0.3) ...
LEARNED_PENALTY = 0.5
#: ... but never less than this.
LEARNED_FLOOR = 0.5
#: Characters with a simplified form that make a text one printed in traditional script.
TRADITIONAL_CHARS = 2


class HanChannel:
    """What the page may have had where a Chinese character was read, and at what cost
    (log10): the rendered look-alikes, Tesseract's real confusions and a learned table,
    the smallest penalty where several list a character."""

    def __init__(self, visual_penalty: float, learned: Learned) -> None:
        self.visual_penalty = visual_penalty
        self.learned = learned
        # How often each true character was seen in the learned pairs (read right or not).
        self.totals: dict[str, int] = {}
        for row in learned.values():
            for truth, n in row.items():
                self.totals[truth] = self.totals.get(truth, 0) + n
        self._found: dict[str, tuple[tuple[str, float, float], ...]] = {}

    def chars(self) -> set[str]:
        """Every character some table gives candidates for."""
        return {*han_table(), *han_ocr_table(), *self.learned}

    def candidates(self, ch: str) -> tuple[tuple[str, float, float], ...]:
        """(character, penalty, similarity) for each character that may have been on the
        page where ``ch`` was read. A confusion no look-alike lists gets the similarity a
        look-alike of the same penalty would have, negated (so the audit trail can tell
        a real OCR confusion from a look-alike). Cached per character."""
        found = self._found.get(ch)
        if found is not None:
            return found
        best: dict[str, tuple[float, float]] = {
            other: (self.visual_penalty + SLOPE * (0.9 - sim), sim)
            for other, sim in han_neighbours(ch)
            if not into_traditional(ch, other)
        }
        priced = [
            (other, max(OCR_FLOOR, OCR_PENALTY - OCR_PER_DECADE * math.log10(n))
             + (0.0 if forward else OCR_REVERSE))
            for other, n, forward in han_ocr_truths(ch)
            if not into_traditional(ch, other)
        ]  # (a title's learned pairs keep them: its truth may be printed in the other script)
        priced += [
            (other, max(LEARNED_FLOOR, LEARNED_PENALTY + math.log10(self.totals[other] / n)))
            for other, n in self.learned.get(ch, {}).items()
            if other != ch
        ]
        for other, pen in priced:
            if other not in best:
                like = 0.9 - (pen - self.visual_penalty) / SLOPE
                best[other] = (pen, -min(max(like, 0.01), 1.0))
            elif pen < best[other][0]:
                best[other] = (pen, best[other][1])
        found = tuple((o, p, sim) for o, (p, sim) in best.items())
        self._found[ch] = found
        return found


def into_traditional(read: str, other: str) -> bool:
    """Whether ``other`` is the traditional form of the simplified ``read`` (后 -> 後,
    wordfreq's table): the built-in tables never make a character on a page printed in
    simplified script (the first-class one) a misreading of its traditional form. The
    other way, a stray traditional character on a simplified page is corrected, unless
    the text is printed in traditional script (``traditional``)."""
    return _simplified().get(ord(other)) == read


def into_simplified(read: str, other: str) -> bool:
    """Whether ``other`` is the simplified form of the traditional ``read`` (後 -> 后)."""
    return _simplified().get(ord(read)) == other


def traditional(text: str) -> bool:
    """Whether ``text`` is printed in traditional script: two or more of its characters
    have a simplified form (我們...然後); one is a stray misreading on a simplified page
    (我们...然後)."""
    table = _simplified()
    return sum(1 for c in text if ord(c) in table) >= TRADITIONAL_CHARS


@cache
def _simplified() -> Mapping[int, str]:
    from wordfreq.chinese import SIMPLIFIED_MAP  # (jieba and the map: Chinese text only)

    return MappingProxyType(SIMPLIFIED_MAP)
