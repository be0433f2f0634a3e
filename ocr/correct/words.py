"""Where a correction of a text lands on the block words it was read from.

Correction works on texts (a paragraph reads better than its words); ALTO, PAGE and the
audit trail need the words. Assembly gave each text the spans of its words
(``Article.spans``), so a change maps onto the words its place in the text covers, and
after the words changed the spans move onto the corrected text and words: nothing is
searched for, nothing guessed.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from rapidfuzz.distance import Levenshtein

from ..model import Article, Block, Box, LazySpans, Photo, Spans, Word, WordSpan
from ..script import HYPHENS
from .proposals import Proposal

WordKey = tuple[str, int, int]  # block id, line index, word index
TextKey = tuple[str, str, int]  # item id, field, index: one text of an article or photo item


@dataclass(slots=True)
class Change:
    """What corrections do to one block word: (offset, old, new) edits of its text, and
    whether it becomes one word with the next (on its line: merged; the next line's first
    word: the line-end hyphen the OCR lost is put back)."""

    edits: list[tuple[int, str, str]] = field(default_factory=list)
    join: Literal["merge", "hyphen"] | None = None
    #: The text whose correction changed the word: (item id, field, index).
    owner: TextKey = ("", "", 0)
    #: The whole word goes (a speck read as a mark).
    removes: bool = False


def char_map(original: str, corrected: str) -> list[int]:
    """Each index of ``original`` (and its end) -> the matching index in ``corrected``."""
    where = [0] * (len(original) + 1)
    for op in Levenshtein.opcodes(original, corrected):
        for k in range(op.src_start, op.src_end):
            where[k] = op.dest_start + min(k - op.src_start, op.dest_end - op.dest_start)
    where[len(original)] = len(corrected)
    return where


def plan(
    p: Proposal, spans: Sequence[WordSpan], words: Mapping[WordKey, Word]
) -> list[tuple[WordKey, Change]] | None:
    """The word changes realising ``p`` on the words its place in the text covers.

    The correction is cut where those words meet, at the matching places of the
    corrected text (rapidfuzz edit operations): Chinese characters read one by one, a
    word hyphenated at a line end. A space the correction takes out between two words
    joins them; one it puts into a word splits it. ``None`` when ``p`` covers no word
    (a text without spans) or would empty one, unless it removes the whole of one word
    (a speck read as a mark), which then goes from its line.
    """
    covered = [s for s in spans if s.start < p.end and s.end > p.start]
    if not covered:
        return None
    where = char_map(p.original, p.corrected)
    out: list[tuple[WordKey, Change]] = []
    lo = 0
    for k, s in enumerate(covered):
        key = (s.block, s.line, s.word)
        a, b = max(s.start, p.start) - p.start, min(s.end, p.end) - p.start
        change = Change()
        if k + 1 < len(covered):
            nxt = covered[k + 1]
            c = nxt.start - p.start
            gap_old, gap_new = p.original[b:c], p.corrected[where[b] : where[c]]
            if gap_old.isspace() and not any(ch.isspace() for ch in gap_new):
                change.join = "merge" if (s.block, s.line) == (nxt.block, nxt.line) else "hyphen"
            # Letters the correction put between two words go with the left one.
            new, lo = p.corrected[lo : where[b]] + gap_new.strip(), where[c]
        else:
            new = p.corrected[lo:]
        old = p.original[a:b]
        if key not in words:
            return None
        word = words[key].text
        off = max(s.start, p.start) - s.start + s.offset
        if word[off : off + len(old)] != old:
            return None
        emptied = not (word[:off] + new + word[off + len(old) :]).split()
        removal = not p.corrected.strip() and len(covered) == 1 and off == 0 and old == word
        if emptied and not removal:
            return None  # a word would be emptied: the text changes, the words cannot
        # (a removal, a speck read as a mark: its whole word goes from the line)
        change.edits.append((off, old, new.strip()))
        change.removes = removal
        out.append((key, change))
    return out


class WordIndex(Mapping[WordKey, Word]):
    """The page's block words by (block id, line, word), found through the block: an
    index of the blocks only. A dict of every word cost a tuple key per word, built
    twice per page (a 10 MB page: 1.5M words, ~1 s and ~150 MB each time), where
    correction looks up only the few words its proposals cover."""

    __slots__ = ("_blocks",)

    def __init__(self, blocks: tuple[Block, ...]) -> None:
        self._blocks = {b.id: b for b in blocks}

    def __getitem__(self, key: WordKey) -> Word:
        block = self._blocks[key[0]]
        li, wi = key[1], key[2]
        if not (0 <= li < len(block.lines) and 0 <= wi < len(block.lines[li].words)):
            raise KeyError(key)
        return block.lines[li].words[wi]

    def __contains__(self, key: object) -> bool:
        try:
            self[key]  # type: ignore[index]
        except (KeyError, TypeError, IndexError, ValueError):
            return False
        return True

    def __iter__(self) -> Iterator[WordKey]:
        for b in self._blocks.values():
            for li, line in enumerate(b.lines):
                for wi in range(len(line.words)):
                    yield (b.id, li, wi)

    def __len__(self) -> int:
        return sum(len(line.words) for b in self._blocks.values() for line in b.lines)


def word_map(blocks: tuple[Block, ...]) -> WordIndex:
    """The words of ``blocks`` by (block id, line index, word index)."""
    return WordIndex(blocks)


def apply_changes(
    blocks: tuple[Block, ...], changes: dict[WordKey, Change]
) -> tuple[tuple[Block, ...], dict[WordKey, tuple[WordKey, ...]]]:
    """The blocks with their words changed, and where each word of a changed line went
    (a merged word's parts both go to it; a split word goes to its parts)."""
    moved: dict[WordKey, tuple[WordKey, ...]] = {}
    if not changes:
        return blocks, moved
    touched = {(k[0], k[1]) for k in changes}
    out = []
    for block in blocks:
        if not any((block.id, li) in touched for li in range(len(block.lines))):
            out.append(block)
            continue
        lines = []
        for li, line in enumerate(block.lines):
            if (block.id, li) not in touched:
                lines.append(line)
                continue
            words: list[Word] = []
            merge = False
            for wi, word in enumerate(line.words):
                change = changes.get((block.id, li, wi))
                parts = [word] if change is None else _changed(word, change)
                if merge and parts:
                    parts[0] = _merged(words.pop(), parts[0], word)
                moved[(block.id, li, wi)] = tuple(
                    (block.id, li, len(words) + n) for n in range(len(parts)))
                words.extend(parts)
                merge = change is not None and change.join == "merge"
            lines.append(dataclasses.replace(line, words=tuple(words)))
        out.append(dataclasses.replace(block, lines=tuple(lines)))
    return tuple(out), moved


def _changed(word: Word, change: Change) -> list[Word]:
    """``word`` with ``change`` made: one word, or several where a space came into it."""
    text = word.text
    for off, old, new in sorted(change.edits, reverse=True):
        if text[off : off + len(old)] == old:
            text = text[:off] + new + text[off + len(old) :]
    if change.join == "hyphen" and text[-1] not in HYPHENS:
        text += "-"  # joined with the next line's first word: the hyphen the OCR lost
    parts = text.split()
    if not parts:
        return []  # a speck removed (``glyphs.specks``)
    if parts == [word.text]:
        return [word]
    original = word.original if word.original is not None else word.text
    if len(parts) == 1:
        return [dataclasses.replace(word, text=parts[0], original=original)]
    return [Word(t, box, word.confidence, original) for t, box in zip(parts, _cut(word.box, parts),
                                                                        strict=True)]


def _cut(box: Box | None, parts: list[str]) -> list[Box | None]:
    """A word's box shared among its parts by their lengths (as the ALTO reader shares a
    String that holds spaces): the parts were printed in it, where exactly is not known."""
    if box is None:
        return [None] * len(parts)
    total, at = sum(map(len, parts)), 0
    out: list[Box | None] = []
    for p in parts:
        x = box.x + box.w * at // total
        at += len(p)
        out.append(Box(x, box.y, box.x + box.w * at // total - x, box.h))
    return out


def _merged(left: Word, right: Word, right_read: Word) -> Word:
    """Two words of a line the correction made one: the box holds both, the confidence
    is the lower, ``original`` the OCR readings with the space the OCR saw between them."""
    boxes = [b for b in (left.box, right.box) if b is not None]
    confs = [c for c in (left.confidence, right.confidence) if c is not None]
    return Word(
        left.text + right.text,
        Box.enclosing(boxes) if len(boxes) == 2 else None,
        min(confs) if confs else None,
        f"{left.original or left.text} {right_read.original or right_read.text}",
    )


def respan(
    before: Article | Photo,
    after: Article | Photo,
    kept: dict[TextKey, tuple[list[Proposal], list[int]]],
    moved: dict[WordKey, tuple[WordKey, ...]],
    words: Mapping[WordKey, Word],
    moved_rows: frozenset[tuple[str, int]] | None = None,
) -> tuple[Spans, ...]:
    """The spans of ``before`` moved onto the corrected texts and words of ``after``.

    Positions move with the proposals applied (through their edit operations), words
    with ``moved``; a span that does not spell its word afterwards (a change made in
    the text only) is dropped rather than guessed. ``moved_rows``: the (block id, line)
    of every key of ``moved``, so that spans not found yet (``LazySpans``) on other
    lines are kept unfound (made from ``moved`` when not given).
    """
    if moved_rows is None:
        moved_rows = frozenset(k[:2] for k in moved)
    out = []
    for spans in before.spans:
        props, offsets = kept.get((before.id, spans.field, spans.index), ([], []))
        if not props and (not moved or _unmoved(spans.words, moved, moved_rows)):
            out.append(spans)  # neither the text nor its words changed
            continue
        text = after.text_of(spans.field, spans.index) or ""
        pos = _mover(props, offsets)
        new: list[WordSpan] = []
        for s in spans.words:
            keys = moved.get((s.block, s.line, s.word), ((s.block, s.line, s.word),))
            start, end = pos(s.start), pos(s.end)
            if len(keys) == 1:
                key = keys[0]
                if new and (new[-1].block, new[-1].line, new[-1].word) == key:
                    start = new.pop().start  # the second word of two merged into one
                new.append(WordSpan(start, end, *key, s.offset))
                continue
            runs = [(m.start(), m.end()) for m in _RUN.finditer(text, start, end)]
            new.extend(WordSpan(a, b, *key, s.offset if n == 0 else 0)
                       for n, (key, (a, b)) in enumerate(zip(keys, runs, strict=False)))
        fits = tuple(s for s in new if _spells(text, s, words))
        out.append(dataclasses.replace(spans, words=fits))
    return tuple(out)


_RUN = re.compile(r"\S+")


def _unmoved(spans: Sequence[WordSpan], moved: Mapping[WordKey, object],
             moved_rows: frozenset[tuple[str, int]]) -> bool:
    """Whether no word of ``spans`` is among ``moved`` (read off their lines first)."""
    if isinstance(spans, LazySpans) and moved_rows.isdisjoint(spans.rows):
        return True
    return not any((s.block, s.line, s.word) in moved for s in spans)


def _mover(kept: list[Proposal], offsets: list[int]) -> Callable[[int], int]:
    """Old text position -> new, with ``kept`` applied at ``offsets`` (see ``correct.apply``)."""
    wheres = [char_map(p.original, p.corrected) for p in kept]

    def pos(x: int) -> int:
        shift = 0
        for p, off, where in zip(kept, offsets, wheres, strict=True):
            if x <= p.start:
                break
            if x < p.end:
                return off + where[x - p.start]
            shift = off + len(p.corrected) - p.end
        return x + shift

    return pos


def _spells(text: str, s: WordSpan, words: Mapping[WordKey, Word]) -> bool:
    word = words.get((s.block, s.line, s.word))
    if word is None:
        return False
    got, want = text[s.start : s.end], word.text[s.offset :]
    return got == want or (got == want[:-1] and want[-1:] in HYPHENS)
