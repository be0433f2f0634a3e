"""The one data model every stage reads and returns.

Frozen, slotted dataclasses; children are tuples; stages build new objects with
``dataclasses.replace`` and never mutate. Coordinates are pixels of the original
image; ``box`` is ``None`` where the source has no geometry (text input).
One module, though over 400 lines: the model is one unit every stage imports,
and splitting its types would give each two import paths.
"""

from __future__ import annotations

import re
import unicodedata
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import MISSING, dataclass, field, fields, replace
from enum import StrEnum
from functools import partial
from itertools import filterfalse, repeat
from operator import attrgetter
from typing import Any, Final, Literal, NamedTuple, TypeVar, get_args, overload

from .script import ANY_CJK, HANGUL_CHAR, korean, spaced

_SPACE = re.compile(r"\s")
_IS_NFC = partial(unicodedata.is_normalized, "NFC")
_T = TypeVar("_T")


class BlockKind(StrEnum):
    """What a block is on the printed page (names from the newsroom)."""

    HEADLINE = "headline"
    KICKER = "kicker"
    SUBHEADLINE = "subheadline"
    BYLINE = "byline"
    BODY = "body"
    CAPTION = "caption"
    CREDIT = "credit"
    JUMP = "jump"
    FURNITURE = "furniture"
    ILLUSTRATION = "illustration"
    RULE = "rule"


#: The kinds as module constants, for code that asks the kind of each block of a page:
#: on Python 3.11 ``EnumType`` has a ``__getattr__``, so every ``BlockKind.BODY`` that
#: runs is looked up through a Python-level hook (about 1,000 instructions, as much as a
#: short function call; a text page's stages ran some 2,000 of them).
HEADLINE: Final = BlockKind.HEADLINE
KICKER: Final = BlockKind.KICKER
SUBHEADLINE: Final = BlockKind.SUBHEADLINE
BYLINE: Final = BlockKind.BYLINE
BODY: Final = BlockKind.BODY
CAPTION: Final = BlockKind.CAPTION
CREDIT: Final = BlockKind.CREDIT
JUMP: Final = BlockKind.JUMP
FURNITURE: Final = BlockKind.FURNITURE
ILLUSTRATION: Final = BlockKind.ILLUSTRATION
RULE: Final = BlockKind.RULE

HEADING_KINDS = frozenset({HEADLINE, KICKER, SUBHEADLINE})
#: A photo's own text: its caption and its credit.
PHOTO_TEXT_KINDS = frozenset({CAPTION, CREDIT})
#: A photo and its own text: what a photo set over a story's text or in its columns
#: brings with it (``order``, ``order_beside``).
PHOTO_KINDS = PHOTO_TEXT_KINDS | {ILLUSTRATION}


@dataclass(frozen=True, slots=True)
class Box:
    """An axis-aligned rectangle in pixels of the original image."""

    x: int
    y: int
    w: int
    h: int

    def __post_init__(self) -> None:
        if self.w < 0 or self.h < 0:
            raise ValueError(f"box has negative size: {self}")

    @property
    def right(self) -> int:
        return self.x + self.w

    @property
    def bottom(self) -> int:
        return self.y + self.h

    @property
    def area(self) -> int:
        return self.w * self.h

    # union and intersection are called some 50,000 times a page by layout analysis:
    # plain comparisons, not min/max and the right/bottom properties (a third the time).
    def union(self, other: Box) -> Box:
        x = self.x if self.x < other.x else other.x
        y = self.y if self.y < other.y else other.y
        r, r2 = self.x + self.w, other.x + other.w
        b, b2 = self.y + self.h, other.y + other.h
        return Box(x, y, (r if r > r2 else r2) - x, (b if b > b2 else b2) - y)

    def intersection(self, other: Box) -> Box | None:
        x = self.x if self.x > other.x else other.x
        y = self.y if self.y > other.y else other.y
        r, r2 = self.x + self.w, other.x + other.w
        b, b2 = self.y + self.h, other.y + other.h
        r = r if r < r2 else r2
        b = b if b < b2 else b2
        return Box(x, y, r - x, b - y) if r > x and b > y else None

    def shift(self, dx: int, dy: int) -> Box:
        return Box(self.x + dx, self.y + dy, self.w, self.h)

    @staticmethod
    def enclosing(boxes: list[Box] | tuple[Box, ...]) -> Box | None:
        """The smallest box holding all ``boxes``; ``None`` for none."""
        if not boxes:
            return None
        out = boxes[0]
        for b in boxes[1:]:
            out = out.union(b)
        return out


@dataclass(frozen=True, slots=True)
class Word:
    """One ALTO ``String``: text as printed (NFC), with optional geometry.

    ``original`` keeps the pre-correction reading when correction changed ``text``: the
    OCR reading of the ink this word covers, so a word correction made of two (``con
    stitution`` on one line) keeps ``"con stitution"``, and each part of one it split
    keeps the whole reading (``supplyof``).
    """

    text: str
    box: Box | None = None
    confidence: float | None = None
    original: str | None = None

    def __post_init__(self) -> None:
        if not self.text or _SPACE.search(self.text):
            raise ValueError(f"word text must be non-empty and without spaces: {self.text!r}")
        if not self.text.isascii() and not unicodedata.is_normalized("NFC", self.text):
            raise ValueError(f"word text must be NFC: {self.text!r}")
        if self.confidence is not None and not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence outside 0..1: {self.confidence}")

    @classmethod
    def by_text(cls, texts: Sequence[str]) -> dict[str, Word]:
        """``Word(text)`` of each of ``texts`` (distinct words ``str.split`` cut out of
        lines: never empty, no white space), by text: made without the dataclass
        ``__init__`` and checked only for NFC, each field set from C for all of them at
        once (a third of the cost of a call a word), as the text reader makes a page's.
        What ``Word`` refuses is refused here too (one C-level check for all)."""
        if " ".join(texts).split() != list(texts):  # an empty text, or one with a space
            for text in texts:
                cls(text)  # raises on the first such
        if not all(map(_IS_NFC, filterfalse(str.isascii, texts))):
            cls(next(t for t in texts if not unicodedata.is_normalized("NFC", t)))  # raises
        return dict(zip(texts, _made(Word, len(texts), text=texts), strict=True))


@dataclass(frozen=True, slots=True)
class Line:
    """One ALTO ``TextLine``.

    ``indent`` is the first-line indentation in character widths as printed (from
    leading white space in text input, from geometry in scans); paragraph breaks
    depend on it. ``stretched``: text input wrote two spaces or more between two of
    its words (pdfminer writes a justified line's widened word spaces so), a line
    set out to a column's measure, which a caption set ragged never is.
    """

    words: tuple[Word, ...]
    box: Box | None = None
    indent: float = 0.0
    stretched: bool = False
    #: The line as read (words joined as printed); derived, kept because every stage reads it.
    text: str = field(init=False, repr=False, compare=False, default="")

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", join_words([w.text for w in self.words]))

    @classmethod
    def of_splits(cls, words: Sequence[tuple[Word, ...]], texts: Iterable[list[str]],
                  indents: Iterable[float],
                  stretched: Iterable[bool] | None = None) -> list[Line]:
        """``Line(words[i], indent=indents[i], stretched=stretched[i])`` of each line,
        where ``texts`` are each line's words' texts in order (the caller split them):
        made without the dataclass ``__init__``, each field set from C for all the lines
        at once (a third of the cost of a call a line), as the text reader makes a
        page's printed lines."""
        if stretched is None:
            return _made(Line, len(words), words=words, indent=indents,
                         text=joined_lines(texts))
        return _made(Line, len(words), words=words, indent=indents, stretched=stretched,
                     text=joined_lines(texts))


@dataclass(frozen=True, slots=True)
class Block:
    """One ALTO ``TextBlock`` (or ``Illustration``/``GraphicalElement`` when not text).

    ``font_size`` is in points (ALTO's ``FONTSIZE``); ``column`` is the body column the
    block starts in, counted from 0 at the left (``None`` without geometry).
    """

    id: str
    kind: BlockKind
    lines: tuple[Line, ...] = ()
    box: Box | None = None
    column: int | None = None
    font_size: float | None = None
    confidence: float | None = None
    #: Set in a bold face, as the font says (a PDF's text layer); ALTO ``FONTSTYLE="bold"``.
    bold: bool = False
    #: The block as read, its lines' texts a line break apart: derived, kept because the
    #: stages read it of the same blocks again and again (a text page, some 350 times).
    text: str = field(init=False, repr=False, compare=False, default="")

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", "\n".join([line.text for line in self.lines]))

    @property
    def stretched(self) -> bool:
        """A line of the block is set out to a justified column's measure (``Line``):
        running text, never a caption or a heading."""
        return any(line.stretched for line in self.lines)

    @classmethod
    def of_lines(cls, ids: Sequence[str], kinds: Iterable[BlockKind],
                 lines: Iterable[tuple[Line, ...]]) -> list[Block]:
        """``Block(ids[i], kinds[i], lines[i])`` of each block (no geometry): made without
        the dataclass ``__init__``, each field set from C for all of them at once (a
        seventh of the cost of a call a block), as the text reader cuts a page's."""
        lines = list(lines)
        return _made(Block, len(ids), id=ids, kind=kinds, lines=lines,
                     text=["\n".join([line.text for line in ls]) for ls in lines])

    def with_kind(self, kind: BlockKind) -> Block:
        """``dataclasses.replace(self, kind=kind)`` at a third of the cost (the other
        fields are copied as they are and need no check): classification renames a
        third of a text page's blocks."""
        new = object.__new__(Block)
        for name in _BLOCK_FIELDS:
            object.__setattr__(new, name, getattr(self, name))
        object.__setattr__(new, "kind", kind)
        return new


_BLOCK_FIELDS = tuple(f.name for f in fields(Block))
#: Each field's own setter (its slot's), by class and name: the fast constructors set a
#: field of many objects in one ``map`` with it, where ``object.__setattr__`` looks the
#: field up again for each.
_SETS: dict[tuple[type, str], Any] = {
    (cls, f.name): cls.__dict__[f.name].__set__ for cls in (Word, Line, Block)
    for f in fields(cls)}


def _made(cls: type[_T], n: int, **given: Iterable[Any]) -> list[_T]:
    """``n`` objects of the frozen dataclass ``cls``, each field set from ``given`` (an
    iterable of exactly ``n`` values, one an object) or its default: ``cls(...)`` of
    each, as its ``__init__`` would set them, for classes without ``__post_init__`` checks
    (or whose caller has made them). A derived field (``init=False``) must be given."""
    names = [f.name for f in fields(cls)]  # type: ignore[arg-type]
    if unknown := given.keys() - set(names):
        raise TypeError(f"{cls.__name__} has no field {sorted(unknown)[0]!r}")
    made = list(map(object.__new__, repeat(cls, n)))
    for f in fields(cls):  # type: ignore[arg-type]
        if f.name not in given:
            if f.default is MISSING or not f.init:
                raise TypeError(f"{cls.__name__}.{f.name} has no default: give its values")
            deque(map(_SETS[cls, f.name], made, repeat(f.default)), 0)
            continue
        values = iter(given[f.name])
        deque(map(_SETS[cls, f.name], made, values), 0)  # (stops where made ends first)
        if next(values, _END) is not _END or (n and not hasattr(made[-1], f.name)):
            raise ValueError(f"{cls.__name__}.{f.name}: not {n} values")
    return made


#: What an exhausted iterator gives ``next`` (``_made``'s count of values).
_END = object()


@dataclass(frozen=True, slots=True)
class Jump:
    """A jump line: where an article continues (``to``) or comes from (``from``)."""

    text: str
    page: str | None
    direction: JumpDirection = "to"

    def __post_init__(self) -> None:
        if self.direction not in ("to", "from"):
            raise ValueError(f"jump direction must be 'to' or 'from': {self.direction!r}")


class WordSpan(NamedTuple):
    """Where one block ``Word`` reads in a text of an article or photo item.

    ``text[start:end]`` is the word as it reads there: the word's text from ``offset``
    on (not 0 only where a byline was cut off in mid-word: a Chinese line is one word in
    text input), less a line-end hyphen the join of its lines dropped. The word is
    ``Line.words[word]`` of ``Block.lines[line]`` of the block ``block`` (an id).

    A named tuple, not a dataclass like the rest of the model: assembly makes one per
    word of the page (millions on a 10 MB page), and a frozen dataclass costs four
    times as much to make. It is as immutable, and read the same way.
    """

    start: int
    end: int
    block: str
    line: int
    word: int
    offset: int = 0


class LazySpans(Sequence[WordSpan]):
    """The ``WordSpan``s of one text, found when first read (``Spans.words``).

    Assembly finds where every word of the page reads in its item's text, and
    correction reads that only for the texts it changes: a 10 MB page has millions of
    words and most texts change in none (a clean text page: none at all). A subclass
    finds them (``_find``) the first time they are read, and they are kept; ``rows``
    are the (block id, line index) of the lines they can be on, so a correction that
    moved words on other lines leaves them unfound; ``bound`` is the length of the text
    they are found in (no span ends past it), so an item checks them without finding
    them. Read, compared, hashed, pickled and copied as the tuple of spans."""

    __slots__ = ("_spans", "bound", "rows")

    def __init__(self, bound: int, rows: tuple[tuple[str, int], ...]) -> None:
        self._spans: tuple[WordSpan, ...] | None = None
        self.bound = bound
        self.rows = rows

    def _find(self) -> tuple[WordSpan, ...]:
        """Find the spans, store them in ``_spans``, and return them. Two threads may
        find them at once: each must find the same, and never from what the other has
        let go of (see ``word_spans._LineSpans``)."""
        raise NotImplementedError

    @property
    def spans(self) -> tuple[WordSpan, ...]:
        found = self._spans
        return found if found is not None else self._find()

    @overload
    def __getitem__(self, i: int) -> WordSpan: ...
    @overload
    def __getitem__(self, i: slice) -> tuple[WordSpan, ...]: ...
    def __getitem__(self, i: int | slice) -> WordSpan | tuple[WordSpan, ...]:
        return self.spans[i]

    def __len__(self) -> int:
        return len(self.spans)

    def __iter__(self) -> Iterator[WordSpan]:
        return iter(self.spans)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LazySpans):
            other = other.spans
        return self.spans == other

    def __hash__(self) -> int:
        return hash(self.spans)

    def __reduce__(self) -> tuple[type, tuple[tuple[WordSpan, ...]]]:
        return tuple, (self.spans,)

    def __repr__(self) -> str:
        return repr(self.spans)


@dataclass(frozen=True, slots=True)
class Spans:
    """The words one text of an item was read from, in text order (STYLE 16).

    ``field`` and ``index`` name the text as a ``Correction`` does (the second paragraph
    is ``("paragraph", 1)``). A correction maps a change in the text to the words it
    touches through these, instead of searching the words for the text. Words a text
    does not hold (a byline cut off its first paragraph) have no span.
    """

    field: CorrectionField
    index: int
    words: Sequence[WordSpan]  # a tuple, or ``LazySpans`` (assembly's)


def _check_spans(item: Article | Photo) -> None:
    """A span past the end of its text means the text changed and its spans did not."""
    for s in item.spans:
        text = item.text_of(s.field, s.index)
        if text is not None and isinstance(s.words, LazySpans) and s.words.bound <= len(text):
            continue  # (found in a text of this length or shorter: they fit; left unfound)
        if text is None or (s.words and s.words[-1].end > len(text)):
            raise ValueError(f"{item.id}: spans of {s.field} {s.index} do not fit its text")


@dataclass(frozen=True, slots=True)
class Article:
    """An article as a reader sees it: headings, byline, unbroken paragraphs, jumps.

    ``spans`` says which block words each headline, kicker, subheadline and paragraph was
    read from; it is provenance, not content, so it takes no part in equality.
    """

    id: str
    headlines: tuple[str, ...] = ()
    kicker: str | None = None
    subheadline: str | None = None
    byline: str | None = None
    dateline: str | None = None
    paragraphs: tuple[str, ...] = ()
    jump: Jump | None = None
    continued_from: Jump | None = None
    block_ids: tuple[str, ...] = ()
    spans: tuple[Spans, ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        _check_spans(self)

    def text_of(self, which: CorrectionField, index: int = 0) -> str | None:
        """The text a ``Correction`` or ``Spans`` names (``None`` when there is none)."""
        texts = {"paragraph": self.paragraphs, "headline": self.headlines}.get(which)
        if texts is not None:
            return texts[index] if 0 <= index < len(texts) else None
        return {"kicker": self.kicker, "subheadline": self.subheadline}.get(which)

    def spans_of(self, which: CorrectionField, index: int = 0) -> Sequence[WordSpan]:
        return next((s.words for s in self.spans if (s.field, s.index) == (which, index)), ())


@dataclass(frozen=True, slots=True)
class Photo:
    """A photo item: picture, title, caption and credit kept apart from the articles.

    ``article_id`` links it to the article it illustrates, when there is one.
    """

    id: str
    title: str | None = None
    caption: str | None = None
    credit: str | None = None
    article_id: str | None = None
    block_ids: tuple[str, ...] = ()
    #: The block words the title and caption were read from (see ``Article.spans``).
    spans: tuple[Spans, ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        _check_spans(self)

    def text_of(self, which: CorrectionField, index: int = 0) -> str | None:
        return {"title": self.title, "caption": self.caption}.get(which) if index == 0 else None

    def spans_of(self, which: CorrectionField, index: int = 0) -> Sequence[WordSpan]:
        return next((s.words for s in self.spans if (s.field, s.index) == (which, index)), ())


@dataclass(frozen=True, slots=True)
class Correction:
    """One change made by dictionary correction, kept so a person can audit or undo it.

    ``field`` says which text of the item changed: ``paragraph`` (``paragraph`` is
    its index), ``headline`` (the index in ``headlines``), ``kicker`` or
    ``subheadline`` of an article; ``title`` or ``caption`` of a photo, whose id is
    then in ``article_id``. ``offset`` points into that text as corrected.
    """

    article_id: str
    paragraph: int
    offset: int
    original: str
    corrected: str
    score: float
    reason: str
    field: CorrectionField = "paragraph"


@dataclass(frozen=True, slots=True)
class Step:
    """Provenance: what processed the page, written to ALTO ``Processing``."""

    software: str
    version: str
    action: str
    parameters: tuple[tuple[str, str], ...] = ()


#: Which way a jump line points: the article goes on elsewhere, or comes from elsewhere.
JumpDirection = Literal["to", "from"]
#: The text of an article or photo item a correction changed.
CorrectionField = Literal["paragraph", "headline", "kicker", "subheadline", "title", "caption"]
#: Clockwise degrees that bring a scan upright.
Turn = Literal[0, 90, 180, 270]
#: Where a page came from: a file of each input kind, a PDF page read by OCR
#: (``pdf-scan``) because its text layer was missing or only an invisible OCR layer, or
#: newsocr's own JSON that does not say (``json``, read back for QA).
SourceKind = Literal["text", "image", "pdf", "pdf-scan", "alto", "page", "hocr", "json"]
SOURCE_KINDS: tuple[SourceKind, ...] = get_args(SourceKind)


@dataclass(frozen=True, slots=True)
class Source:
    path: str | None
    sha256: str
    kind: SourceKind


@dataclass(frozen=True, slots=True)
class Page:
    """A newspaper page at any stage of the pipeline."""

    id: str
    source: Source
    lang: str
    size: tuple[int, int] | None = None
    blocks: tuple[Block, ...] = ()
    columns: tuple[Box, ...] = ()
    reading_order: tuple[str, ...] = ()
    articles: tuple[Article, ...] = ()
    photos: tuple[Photo, ...] = ()
    orphans: tuple[str, ...] = field(default=())
    corrections: tuple[Correction, ...] = ()
    steps: tuple[Step, ...] = ()
    warnings: tuple[str, ...] = ()
    #: Degrees the scan was turned to stand upright (0 for text and text layers): block
    #: boxes are in the original image, so a skewed block's box is taller than its type.
    skew: float = 0.0
    #: Degrees clockwise (0, 90, 180, 270) a scan lying sideways or upside down was turned
    #: to be read (``ocr.orientation``). Boxes stay in the scan's pixels; the stages see
    #: the page upright (``ocr.pipeline.run_stages``), and ``skew`` is of the upright page.
    turn: Turn = 0
    #: Text input whose lines the reader laid out again (``readers.text``: a character
    #: grid, ``pdftotext -layout``, or pdfplumber's runs), not as the extractor wrote
    #: them: a line there may hold a neighbouring column's piece, so a rule that reads
    #: the extractor's own line breaks asks it (``text_headings``). Never set elsewhere.
    from_grid: bool = False

    def __post_init__(self) -> None:
        ids = [b.id for b in self.blocks]
        if len(set(ids)) != len(ids):
            raise ValueError("block ids must be unique within a page")
        unknown = set(self.reading_order) - set(ids)
        if unknown:
            raise ValueError(f"reading order names unknown blocks: {sorted(unknown)[:5]}")

    def replaced(self, **changes: Any) -> Page:
        """``dataclasses.replace(self, **changes)``, where neither the blocks nor the
        reading order change (a stage that sets the articles, a provenance step) without
        their check again (``__post_init__``: three sets of the page's block ids; with
        ``replace`` itself 0.7% of a text page's instructions for these two stages)."""
        if "blocks" in changes or "reading_order" in changes:
            return replace(self, **changes)
        if unknown := changes.keys() - _PAGE_FIELD_SET:
            raise TypeError(f"Page has no field {sorted(unknown)[0]!r}")
        new = object.__new__(Page)
        for name in _PAGE_FIELDS:
            object.__setattr__(new, name, changes[name] if name in changes else getattr(self, name))
        return new

    def block(self, block_id: str) -> Block:
        for b in self.blocks:
            if b.id == block_id:
                return b
        raise KeyError(block_id)

    def ordered_blocks(self) -> tuple[Block, ...]:
        """Blocks in reading order (blocks the order does not name come last)."""
        if tuple(map(_BLOCK_ID, self.blocks)) == self.reading_order:
            return self.blocks  # (a text page's order: its blocks' own, told from C)
        by_id = {b.id: b for b in self.blocks}
        named = [by_id[i] for i in self.reading_order]
        seen = set(self.reading_order)
        return tuple(named + [b for b in self.blocks if b.id not in seen])

    def text_head(self, size: int = 2000) -> str:
        """The first ``size`` characters or so of the page's text, line by line in reading
        order: enough to tell its script (``script.written_in``)."""
        head: list[str] = []
        for text in (ln.text for b in self.ordered_blocks() for ln in b.lines):
            head.append(text)
            size -= len(text)
            if size <= 0:
                break
        return "\n".join(head)

    def items(self) -> tuple[Article | Photo, ...]:
        """Articles and photo items where a reader meets them on the page.

        A photo item follows the article it illustrates (its caption is part of that
        story as printed); one of no article comes before the first article read after
        it. Listing photos after every article puts each caption pages away from its story.
        """
        rank = {b: n for n, b in enumerate(self.reading_order)}

        def first(ids: tuple[str, ...]) -> int:
            return min((rank.get(b, len(rank)) for b in ids), default=len(rank))

        known = {a.id for a in self.articles}
        loose = sorted((p for p in self.photos if p.article_id not in known),
                       key=lambda p: first(p.block_ids))
        illustrating: dict[str | None, list[Photo]] = {}  # linear on a page of thousands
        for p in self.photos:
            illustrating.setdefault(p.article_id, []).append(p)
        out: list[Article | Photo] = []
        at = 0  # photos in ``loose`` before ``at`` are out
        for a in self.articles:
            while at < len(loose) and first(loose[at].block_ids) < first(a.block_ids):
                out.append(loose[at])
                at += 1
            out.append(a)
            out.extend(illustrating.get(a.id, ()))
        return (*out, *loose[at:])


_PAGE_FIELDS = tuple(f.name for f in fields(Page))
_BLOCK_ID = attrgetter("id")
_PAGE_FIELD_SET = frozenset(_PAGE_FIELDS)


#: A space between two words with CJK on either side (``spaced``, not Korean). Words hold
#: no white space, so each space of their join is a junction.
_CJK_JUNCTION = re.compile(f" (?:(?<={ANY_CJK.pattern} )|(?={ANY_CJK.pattern}))")


def joined_lines(lines: Iterable[list[str]]) -> list[str]:
    """``join_words`` of each line's words, a page's at once: joined with spaces from C;
    then the lines of several words that are not ASCII (Chinese lines an extractor
    spaced, Latin lines with a curly quote) lose their spaces beside CJK in one pass over
    them joined, where none may be Korean (no hangul: ``korean``). A call a line was
    most of the cost of making a page's lines."""
    splits = lines if isinstance(lines, list) else list(lines)
    plain = list(map(" ".join, splits))
    if all(map(str.isascii, plain)):
        return plain
    wide = [i for i, p in enumerate(plain) if " " in p and not p.isascii()]
    texts = "\n".join([plain[i] for i in wide])
    if HANGUL_CHAR.search(texts) is None:  # (a space opens no line: words are not empty)
        joined = _CJK_JUNCTION.sub("", texts).split("\n") if wide else []
    else:
        joined = [join_words(splits[i]) for i in wide]
    for i, text in zip(wide, joined, strict=True):
        plain[i] = text
    return plain


def join_words(words: list[str]) -> str:
    """Join the words of one line: no space where either side is CJK (``spaced``)."""
    if len(words) == 1:
        return words[0]  # most lines of Chinese text: one run of characters
    plain = " ".join(words)
    if plain.isascii() or not ANY_CJK.search(plain):  # most Latin lines: no scan at all
        return plain
    ko = korean(plain)
    if not ko:  # the spaces beside CJK dropped in one pass from C (``spaced``)
        return _CJK_JUNCTION.sub("", plain)
    out: list[str] = []
    for w in words:
        if out and spaced(out[-1], w, ko):
            out.append(" ")
        out.append(w)
    return "".join(out)
