"""The text path's shortcuts give what the long way gives.

Each shortcut skips work that cannot change the answer (a line or a word made without the
dataclass ``__init__``, term runs not searched in Latin text); these tests take the long way
beside it on the fixture pages.
"""

from __future__ import annotations

import bisect
import dataclasses
import importlib
import re
import unicodedata
from itertools import accumulate
from pathlib import Path

import pytest
from conftest import FIXTURES

from ocr import marker_scan, pattern_openings
from ocr.assemble import assemble
from ocr.classify import classify
from ocr.heading_terms import ArticleTerms
from ocr.linejoin import _junction, join_lines
from ocr.marker_scan import _finditer, _scan, maybe_marked, plain_groups
from ocr.markers import _asks, marker_kind, whole_jump
from ocr.model import Block, BlockKind, Box, Line, Step, Word
from ocr.order import order
from ocr.paragraphs import (
    _crosshead,
    _room_for_next,
    _set_apart,
    column_width,
    paragraph_lines,
    short_line,
)
from ocr.pattern_openings import first_chars, held_chars, literal_openings
from ocr.pipeline import read_pages
from ocr.profiles import CompiledMarkers, Markers, Profile, available_profiles, load_profile
from ocr.readers import linecuts, textmeasure
from ocr.readers.text import read_text
from ocr.readers.textchunks import line_indent
from ocr.readers.textdecode import decode
from ocr.readers.textlines import make_lines
from ocr.readers.textmeasure import _token_chars, broken_word, em_width, latin_em
from ocr.readers.textruns import _BROKEN, _broken_words
from ocr.readers.textspace import NBSP, respace
from ocr.script import CJK_RUN, FULL_WIDTH
from ocr.terms import (
    _LATIN_SCAN,
    _STOP,
    PAIRS_LOOKED_UP,
    STEMS_LOOKED_UP,
    _stems,
    cjk_pairs,
    latin_stems,
    terms,
    terms_among,
)
from ocr.typography import (
    SENTENCE_END,
    ends_on_note,
    ends_sentence,
    sentence_ends,
    text_width,
    text_widths,
)

PAGES = sorted((FIXTURES / "text").glob("*.txt"))
#: Real extractors' text of newspaper PDFs (../shared/devset), where it lies beside the clone.
DEVSET = Path(__file__).resolve().parent.parent.parent / "shared" / "devset" / "textpdf"
EXTRACTED = sorted(DEVSET.glob("*.txt")) if DEVSET.is_dir() else []

#: A Latin word as the term rules read it (two letters or more, or a figure): the oracle
#: of ``terms._LATIN_SCAN``.
_LATIN = re.compile(r"[a-z][a-z'’]+|\d+")


def _text(path):
    return decode(path.read_bytes(), path.name)


#: The module that asks a text page's blocks for headings (``classify`` calls it), and
#: the one that tells a block's headline shape, which it asks.
classify_module = importlib.import_module("ocr.text_headings")
shape_module = importlib.import_module("ocr.heading_shape")


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.split("\n") if ln.strip()]


@pytest.mark.parametrize("path", PAGES + EXTRACTED, ids=lambda p: p.name)
def test_lines_made_together_are_the_dataclass_lines(path: Path) -> None:
    """The reader's lines, made together without the dataclass ``__init__``, are the
    lines the dataclass makes, their equal words one ``Word``; a word not in NFC is
    refused as ``Word`` refuses it."""
    raws = _lines(_text(path))
    indents = [0.5 * (n % 4) for n in range(len(raws))]
    made = make_lines(raws, indents)
    for fast, raw, indent in zip(made, raws, indents, strict=True):
        slow = Line(tuple(Word(t) for t in raw.split()), indent=indent,
                    stretched="  " in raw)
        assert (fast, fast.text, fast.box, repr(fast)) == (slow, slow.text, slow.box, repr(slow))
        for w in fast.words:
            assert (w, repr(w), w.confidence, w.original) == (Word(w.text), repr(Word(w.text)),
                                                              None, None)
    by_text = {w.text: w for line in made for w in line.words}
    assert all(w is by_text[w.text] for line in made for w in line.words)
    with pytest.raises(ValueError, match="NFC"):
        make_lines(["Cafe\u0301 opens"], [0.0])


def test_blocks_made_together_are_the_dataclass_blocks() -> None:
    lines = (Line((Word("Council"), Word("votes"))), Line((Word("本报讯"),)))
    made = Block.of_lines(["b1", "b2"], [BlockKind.BODY, BlockKind.BYLINE],
                          [lines, lines[1:]])
    slow = [Block("b1", BlockKind.BODY, lines), Block("b2", BlockKind.BYLINE, lines[1:])]
    assert [(b, repr(b), hash(b)) for b in made] == [(b, repr(b), hash(b)) for b in slow]
    assert Block.of_lines([], [], []) == []


def test_a_block_with_another_kind_is_the_replaced_block() -> None:
    block = Block("b1", BlockKind.BODY, (Line((Word("Council"), Word("votes"))),),
                  Box(1, 2, 30, 40), column=2, font_size=9.5, confidence=0.8, bold=True)
    fast, slow = block.with_kind(BlockKind.HEADLINE), dataclasses.replace(
        block, kind=BlockKind.HEADLINE)
    assert (fast, repr(fast), hash(fast)) == (slow, repr(slow), hash(slow))
    assert block.kind is BlockKind.BODY  # the original is untouched


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_a_page_replaced_is_the_dataclass_replaced_page(path: Path) -> None:
    """``Page.replaced`` skips the blocks' check only where they and the order stay."""
    page = assemble(order(classify(read_text(path))))
    step = Step("newsocr", "1", "test")
    for changes in ({"steps": (step,)}, {"articles": page.articles[1:], "orphans": ("b1",)},
                    {"reading_order": page.reading_order[::-1]}, {}):
        fast, slow = page.replaced(**changes), dataclasses.replace(page, **changes)
        assert (fast, repr(fast), hash(fast)) == (slow, repr(slow), hash(slow))
    assert page.replaced(steps=(step,)).steps == (step,) and page.steps != (step,)
    with pytest.raises(TypeError, match="no field 'colour'"):
        page.replaced(colour="red")
    with pytest.raises(ValueError, match="unique"):
        page.replaced(blocks=page.blocks[:1] * 2)
    with pytest.raises(ValueError, match="unknown blocks"):
        page.replaced(reading_order=("b0",))


@pytest.mark.parametrize("path", PAGES + EXTRACTED, ids=lambda p: p.name)
def test_marker_lines_named_by_the_reader_as_classify_names_them(path: Path) -> None:
    """The reader names a marker line's block as it cuts it; classify, asked about the
    same blocks all left ``body``, names them the same."""
    page = read_text(path)
    plain = dataclasses.replace(page, blocks=tuple(
        dataclasses.replace(b, kind=BlockKind.BODY) for b in page.blocks))
    assert [b.kind for b in classify(page).blocks] == [b.kind for b in classify(plain).blocks]


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_terms_as_defined(path: Path) -> None:
    text = _text(path)
    pairs = {a + b for run in CJK_RUN.findall(text) for a, b in zip(run, run[1:], strict=False)}
    stems = {w[:6] for w in _LATIN.findall(text.lower())} - _STOP
    assert terms(text) == frozenset(pairs | stems)
    for block in text.split("\n\n"):
        pairs = {a + b for run in CJK_RUN.findall(block)
                 for a, b in zip(run, run[1:], strict=False)}
        assert terms(block) >= pairs


@pytest.mark.parametrize("text", ["build- ing and mak- ing of cross-", "a-\nb- \n-- x", "", "-",
                                  "well-known long-term"])
def test_broken_words_count_as_the_pattern(text: str) -> None:
    for enough in (1, 2, 3, 10):
        assert _broken_words(text, enough) == min(enough, len(_BROKEN.findall(text)))


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_measures_as_defined(path: Path) -> None:
    """Widths are counted and kept, not added a character at a time: the same floats."""
    for raw in [*_lines(_text(path)), "", "ＡＢ　中 é—x"]:
        for piece in (raw, *raw.split()):
            slow = sum(1.0 if not c.isascii() and unicodedata.east_asian_width(c) in "WFA"
                       else 0.5 for c in piece)
            assert (em_width(piece), type(em_width(piece))) == (slow, type(slow))
            tokens = sum(_token_chars(t) for t in piece.split(" "))
            assert latin_em(piece) == (tokens + piece.count(" ")) / 2.0


def _nonzero(counts: list[int]) -> dict[int, int]:
    """The shares of a score: each article's count by its index, those of none left out."""
    return {i: n for i, n in enumerate(counts) if n}


@pytest.mark.parametrize("path", PAGES + EXTRACTED, ids=lambda p: p.name)
def test_heading_scores_kept_once_as_worked_out(path: Path) -> None:
    """A heading's score kept from ``split_groups`` for ``attach`` is the one worked out
    afresh, and is forgotten once taken (a huge page does not keep them all). Articles
    are searched only for the headings' terms: the counts are those of all their terms,
    for a heading, several joined as ``attach`` joins a group, and a text that is neither;
    over a window of the articles, too (``near``: a score counts only those in it)."""
    blocks = [b for b in read_text(path).blocks if b.lines]
    articles = [b.text for b in blocks]
    grams = [terms(a) for a in articles]
    headings = [b.text for b in blocks[::3]]
    kept, fresh = ArticleTerms(articles, headings), ArticleTerms(articles, headings)
    near = range(0, len(grams))
    joined = [" ".join(headings[i : i + 3]) for i in range(0, len(headings), 3)]
    for text in [*headings[:40], *joined[:10], *articles[1::3][:5]]:
        h = terms(text)
        expected = (len(h), _nonzero([len(h & g) for g in grams]))
        assert kept.score(text, near) == expected
        assert kept.take(text, near) == expected == fresh.take(text, near)
    assert not kept._kept
    # A heading printed twice over the same articles is scored twice and taken twice:
    # kept for the second take, then forgotten.
    for text in headings[:10]:
        h = terms(text)
        expected = (len(h), _nonzero([len(h & g) for g in grams]))
        assert kept.score(text, near) == kept.score(text, near) == expected
        assert kept.take(text, near) == expected
        assert (text, near.start, near.stop) in kept._kept
        assert kept.take(text, near) == expected
    assert not kept._kept and not kept._owed
    for lo, hi in ((0, 0), (1, 4), (len(grams) // 2, len(grams))):
        for text in headings[:10]:
            h = terms(text)
            shares = _nonzero([len(h & g) if lo <= i < hi else 0 for i, g in enumerate(grams)])
            assert fresh.take(text, range(lo, hi)) == (len(h), shares)


@pytest.mark.parametrize("path", PAGES + EXTRACTED, ids=lambda p: p.name)
def test_terms_among_as_defined(path: Path) -> None:
    """An article's terms among a heading's are those of all its terms, whether the
    pairs are looked up one by one or the article's own are made (many headings)."""
    texts = [b.text for b in read_text(path).blocks if b.lines]
    pairs = set().union(*map(cjk_pairs, texts[::2]))
    stems = set().union(*map(latin_stems, texts[::2]))
    few = set(sorted(pairs)[:PAIRS_LOOKED_UP])
    many = pairs | {chr(0x4E00 + n) + chr(0x4E01 + n) for n in range(0, 600, 2)}
    assert len(few) <= PAIRS_LOOKED_UP < len(many)
    for text in texts:
        for looked_for in (few, many):
            expected = terms(text) & (looked_for | stems)
            assert terms_among(text, looked_for, stems) == expected




@pytest.mark.parametrize("path", PAGES + EXTRACTED, ids=lambda p: p.name)
def test_plain_groups_match_where_groups_do(path: Path) -> None:
    """Each marker pattern of each shipped profile, its groups made plain, matches the
    page's text (and the marker lines) just where it matches as written; a ``(`` in a
    set or escaped stays a character, and a group referred to stays one."""
    text = decode(path.read_bytes(), path.name) + "\n" + "\n".join(sum(MARKED.values(), []))
    for name in available_profiles():
        for lang in ("en", "zh"):
            m = load_profile(name).markers_for(lang)
            for pattern in (*m.byline, *m.dateline, *m.jump_to, *m.jump_from, *m.credit,
                            *m.furniture):
                plain = re.compile(plain_groups(pattern), re.M)
                spans = [x.span() for x in re.finditer(pattern, text, re.M)]
                assert [x.span() for x in plain.finditer(text)] == spans, pattern
    assert plain_groups(r"[(（]\(第(\d+)[^]()]版(?P<n>x)") == r"[(（]\(第(?:\d+)[^]()]版(?P<n>x)"
    assert plain_groups(r"(\w)\1") == r"(\w)\1"


#: Patterns whose first character is or is not told, and strings to match them on.
_OPENINGS = {
    r"a?b": "[ab]", r"(?:x|y*)z": "[xyz]", r"^\s*\d": r"[\d\s]", r"(?=q)\w": r"[\w]",
    r"(?:Page\s+)?[A-Z]?\d{1,2}$": r"[A-ZP\d]", r"[-\]^]x": r"[\-\]\^]", r"\\n": r"[\\]",
    r"(a)\1": "[a]", r"(?>ab|c)": "[ac]", r"a{0}b": "[ab]",
    r"[^a]b": None, r".x": None, r"(?i)ab": None, r"(?i:a)b": None, r"a*": None,
    r"\Wb": None, r"(a)?(?(1)b|c)": None, r"$": None, "(?!)": None,
}
_OPENED = ["ab", "b", "xz", "yyz", "z", " 7", "7", "qx", "Page 12", "B4", "-x", "]x", "^x",
           "\\n", "aa", "c", "Ab", "AB", "aB", "", "\n\nb", "\tb", "x", "ÿx", "本b"]


def test_a_patterns_first_characters_hold_every_match() -> None:
    """``first_chars`` never leaves out a character a match opens on (the lines the
    marker patterns are run over are passed over by it): each shipped marker pattern's
    matches on the fixture and extracted pages, and hand-made patterns' on strings that
    open every way, start with a character of its class; where it cannot tell, ``None``."""
    for pattern, expected in _OPENINGS.items():
        assert first_chars(pattern) == expected, pattern
        if expected is not None:
            for text in _OPENED:
                found = re.match(pattern, text)
                assert found is None or re.match(expected, text), (pattern, text)
    texts = [_text(p) for p in PAGES + EXTRACTED] + ["\n".join(sum(MARKED.values(), []))]
    for name in available_profiles():
        for lang in ("en", "zh"):
            m = load_profile(name).markers_for(lang)
            for pattern in (*m.byline, *m.dateline, *m.jump_to, *m.jump_from, *m.credit,
                            *m.furniture):
                opening = first_chars(pattern)
                if opening is None:
                    continue
                for text in texts:
                    for found in re.finditer(pattern, text, re.M):
                        assert re.match(opening, text[found.start():]), (pattern, found)


#: Lines where a stem is and is not a word's: apostrophes before and inside words,
#: figures against letters and wider digits, stems of six letters and shorter ones.
_TRICKY = [
    "'Twas the council's 'final' vote: ’tis 2024, not 20245 nor ２０２４.",
    "Re-zoning o'clock x'ray 4th 1a2b rock'n'roll reservoirs reserv reservoir",
    "STATEWIDE: the Statehouse's statewide statew budget—budgets ab 'ab a'b",
]


@pytest.mark.parametrize("path", PAGES + EXTRACTED, ids=lambda p: p.name)
def test_stems_looked_up_where_held(path: Path) -> None:
    """A stem looked up where the text holds it is one of the text's stems exactly when
    reading all its words finds it, with few stems (looked up) or many (words read)."""
    texts = [b.text for b in read_text(path).blocks if b.lines] + _TRICKY
    for text in texts:
        lowered = text.lower()
        held = sorted({lowered[i:j] for i in range(len(lowered)) for j in range(i + 1, i + 8)})
        expected = _stems(lowered)
        for k in range(0, len(held), STEMS_LOOKED_UP):
            few = held[k : k + STEMS_LOOKED_UP]
            assert terms_among(text, (), few) == expected.intersection(few)
        assert terms_among(text, (), held) == expected.intersection(held)


#: Marker lines of each kind the shipped profile knows, among which the page's lines go:
#: whole-line jumps, bylines, credits, furniture at a line's start and anywhere, datelines,
#: and a weather strip (its pattern asks for no line end after the word: asked line by line).
MARKED = {
    "en": ["Continued on Page A7", "Please see TEACHERS, Page A7", "By KEVIN ASHBY",
           "ANNA KOWALSKI/HARBOR LEDGER", "THE HARBOR LEDGER | FRIDAY, JUNE 21, 2024",
           "Weather: sunny, high 75", "SPRINGFIELD (AP) — The council met", "A7"],
    "zh": ["（下转第2版）", "本报讯（记者 郑凯）昨日，", "新华社北京6月20日电 记者获悉",
           "第12875期 今日8版", "多云转晴 东南风3级 气温：25℃", "记者 王伟 摄", "责任编辑：李明"],
}


def _named(texts: list[str], m: CompiledMarkers) -> set[int]:
    """The lines ``marker_kind`` names, or whose start a dateline or byline pattern
    matches, asked the long way (not through what ``maybe_marked`` cleared)."""
    marker_scan.CLEARED[0] = (None, frozenset())
    return {n for n, t in enumerate(texts) if marker_kind(t, m) is not None
            or (m.dateline and m.dateline.match(t)) or (m.byline and m.byline.match(t))}


@pytest.mark.parametrize("path", PAGES + EXTRACTED, ids=lambda p: p.name)
def test_lines_cleared_by_the_page_scan_are_no_marker_lines(path: Path) -> None:
    """``marker_kind`` answers at once for the lines of the page read last that
    ``maybe_marked`` passed over (classification asks the one-line blocks among them):
    on every line of every page, and on the marker lines, as asked the long way."""
    page = read_text(path)
    m = load_profile(None).patterns(page.lang)
    texts = [line.text for b in page.blocks for line in b.lines] + MARKED[page.lang]
    cleared = marker_scan.CLEARED[0]
    assert cleared[0] is m and cleared[1]  # the page's running text is cleared
    quick = [marker_kind(t, m) for t in texts]
    marker_scan.CLEARED[0] = (None, frozenset())
    assert quick == [marker_kind(t, m) for t in texts]


@pytest.mark.parametrize("path", PAGES + EXTRACTED, ids=lambda p: p.name)
def test_lines_found_over_the_page_hold_every_marker_line(path: Path) -> None:
    """``maybe_marked`` runs the marker patterns over a page at once: every line that
    ``marker_kind`` names, or whose start a dateline or byline pattern matches, is
    among the lines it gives (the reader asks only those)."""
    page = read_text(path)
    profile = load_profile(None)
    m = profile.patterns(page.lang)
    texts = [line.text for b in page.blocks for line in b.lines]
    at = len(texts) // 2
    texts[at:at] = MARKED[page.lang]
    marked = maybe_marked(texts, profile, page.lang)
    assert marked is not None
    named = _named(texts, m)
    assert named >= set(range(at, at + len(MARKED[page.lang])))
    assert named <= marked
    assert len(marked) < len(texts) / 2  # the page's running text is passed over


@pytest.mark.parametrize("path", PAGES[:2] + EXTRACTED[:2], ids=lambda p: p.name)
def test_without_re_s_parser_the_same_lines_are_found(path: Path, monkeypatch) -> None:
    """Where ``re``'s private parser is missing or reads otherwise (another Python), no
    pattern gets a first-character lookahead, and one that takes a word whole is asked
    line by line: every marker line is still found, and no line the page scan passes
    over (over the page, a match may run on into the next line: that line is asked too)."""
    page = read_text(path)
    profile = load_profile(None)
    m = profile.patterns(page.lang)
    texts = [line.text for b in page.blocks for line in b.lines] + MARKED[page.lang]
    with_parser = maybe_marked(texts, profile, page.lang)
    marker_scan._scan.cache_clear()
    marker_scan._SCANNED.clear()
    monkeypatch.setattr(pattern_openings, "_sre_parse", None)
    try:
        without = maybe_marked(texts, profile, page.lang)
    finally:
        marker_scan._scan.cache_clear()
        marker_scan._SCANNED.clear()
    named = _named(texts, m)
    assert with_parser is not None and without is not None
    assert named <= without <= with_parser


def test_a_users_marker_patterns_are_asked_line_by_line() -> None:
    """A pattern a user's profile brings runs with a time budget, line by line."""
    profile = Profile(markers=(("en", Markers(byline=(r"^Von\s+[A-Z]\w+",))),))
    assert maybe_marked(["Von Anna", "text"], profile, "en") is None
    assert maybe_marked(["By ANNA", "text"], load_profile(None), "en") == {0}


def _lines_joined_one_by_one(lines: list[str]) -> str:
    """``join_lines`` the long way: each junction decided by ``_junction``."""
    parts: list[str] = []
    for line in filter(None, lines):
        if parts:
            drop, sep = _junction(parts[-1], line)
            parts[-1] = parts[-1][:-1] if drop else parts[-1]
            parts.append(sep)
        parts.append(line)
    return "".join(parts)


@pytest.mark.parametrize("path", PAGES + EXTRACTED, ids=lambda p: p.name)
def test_lines_joined_as_junction_by_junction(path: Path) -> None:
    """Joined in one pass where no line ends on a hyphen (Latin with spaces, CJK without
    where CJK stands on either side), as ``_junction`` joins them one by one; lines
    that do end on one (``neighbor-`` / ``hoods``, ``long-`` / ``term``) included."""
    text = _text(path)
    for chunk in text.split("\n\n"):
        lines = _lines(chunk)
        for n in range(len(lines)):
            assert join_lines(lines[n : n + 4]) == _lines_joined_one_by_one(lines[n : n + 4])
    mixed = ["记者 王芳", "", "reports", "from Beijing—", "新华社", "long-", "term 计划。"]
    assert join_lines(mixed) == _lines_joined_one_by_one(mixed)
    # hyphens in a row, a hyphen alone on its line after CJK, soft and other hyphens
    hyphens = ["neighbor-", "hoods of well-", "known-", "-", "中文", "-", "x", "re\u00ad",
               "port 记者\u2010", "ab\u00ac", "sent", "a-", "-b", "城-", "市"]
    for n in range(len(hyphens)):
        for k in range(1, 6):
            part = hyphens[n : n + k]
            assert join_lines(part) == _lines_joined_one_by_one(part), part


@pytest.mark.parametrize("path", PAGES + EXTRACTED, ids=lambda p: p.name)
def test_widths_and_sentence_ends_as_defined(path: Path) -> None:
    """A line's width counts its narrow runs, and ``ends_sentence`` passes over a line
    ending on a letter without the pattern: the same answers as the definitions."""
    raws = [*_lines(_text(path)), "", " ", "中文 ，\tx", "end.  ", "”", "a tab\tand\t\tmore",
            "保暖。（据新华社电）", "（完）"]
    for raw in raws:
        ink = len(raw) - sum(map(str.isspace, raw))
        assert text_width(raw) == 0.5 * (ink + len(FULL_WIDTH.findall(raw)))
        assert ends_sentence(raw) == (bool(SENTENCE_END.search(raw.rstrip()))
                                      or ends_on_note(raw))
    assert text_widths(raws) == list(map(text_width, raws))
    assert sentence_ends(raws) == list(map(ends_sentence, raws))


def _paragraph_lines_line_by_line(blocks: list[Block], lang: str) -> list[list[Line]]:
    """``paragraph_lines`` the long way: each line asked whether it starts a paragraph."""
    lines = [line for b in blocks for line in b.lines if line.words]
    if not lines:
        return []
    texts = [line.text for line in lines]
    widths = [text_width(t) for t in texts]
    textual = all(b.box is None for b in blocks)
    cjk = lang == "zh"
    full = column_width(widths, textual, cjk)

    ends = [ends_sentence(t) for t in texts]
    apart = set() if textual else _set_apart(blocks)
    room = _room_for_next(blocks, texts, widths, full) if textual and not cjk else None
    # A line right after a blank one: the first of its block.
    opening = {len([ln for b in blocks[:i] for ln in b.lines if ln.words])
               for i in range(len(blocks))}
    heads = {k for k in range(len(texts) - 1) if (textual or k in apart)
             and (ends[k - 1] if k else not textual)
             and _crosshead(texts[k], texts[k + 1], widths[k], full, cjk, k in apart,
                            textual and (k in opening
                                         or short_line(widths[k - 1], full, textual, cjk)),
                            textual and k in opening and k + 1 in opening)}
    # Blank lines mark paragraphs where most clear ends (a sentence, a short line) have one.
    clear = [i for i in range(1, len(lines))
             if ends[i - 1] and short_line(widths[i - 1], full, True, cjk)]
    spaced = textual and bool(clear) and 2 * sum(i in opening for i in clear) >= len(clear)
    out: list[list[Line]] = [[lines[0]]]
    for i in range(1, len(lines)):
        brk = False
        if ends[i - 1]:
            first_short = (cjk and i + 1 < len(lines)
                           and full - 3.0 <= widths[i] <= full - 1.5 and not ends[i])
            brk = (lines[i].indent >= 1.0 or short_line(widths[i - 1], full, textual, cjk)
                   or first_short or (textual and not cjk and texts[i][:1] in "“\"‘")
                   or (room is not None and room(i - 1)) or (spaced and i in opening))
        if brk or i in heads or i - 1 in heads:
            out.append([lines[i]])
        else:
            out[-1].append(lines[i])
    return out


@pytest.mark.parametrize("path", [*PAGES, *EXTRACTED, *sorted((FIXTURES / "xml").glob("*.xml"))],
                         ids=lambda p: p.name)
def test_paragraph_starts_asked_only_after_a_sentence_end(path: Path) -> None:
    """Asking only the lines after a sentence's end whether they start a paragraph cuts
    every article's body where asking each line does, on text pages and on a page
    with geometry (an ALTO file's own order), whole and in runs of a few blocks."""
    page = assemble(order(classify(read_pages(path)[0])))
    body = [b for b in page.blocks if b.kind is BlockKind.BODY]
    for size in (len(body), 3, 1):
        for at in range(0, len(body), max(1, size)):
            blocks = body[at : at + size]
            assert (paragraph_lines(blocks, page.lang)
                    == _paragraph_lines_line_by_line(blocks, page.lang))


@pytest.mark.parametrize("path", PAGES + EXTRACTED, ids=lambda p: p.name)
def test_latin_words_scanned_as_the_pattern_finds_them(path: Path) -> None:
    text = _text(path).lower()
    for piece in (text, "o’neill's 2024年 ab1 9z x’ ’a 12३४ é-tude"):
        assert _LATIN_SCAN.findall(piece) == _LATIN.findall(piece)


@pytest.mark.parametrize("path", PAGES + EXTRACTED, ids=lambda p: p.name)
def test_a_jump_line_whole_as_each_pattern_finds_it(path: Path) -> None:
    """One alternation of the jump patterns matches a line whole where one of them does."""
    profile = load_profile(None)
    lines = [*_lines(_text(path)), "Continued on Page A4", "（下转第2版）", "See FIRE, Page A6 x"]
    for lang in ("en", "zh"):
        m = profile.patterns(lang)
        jumps = (*m.jump_to, *m.jump_from)
        assert [bool(whole_jump(m)(t)) for t in lines] == [
            any(p.fullmatch(t) for p in jumps) for t in lines]
        assert any(whole_jump(m)(t) for t in lines)


@pytest.mark.parametrize("path", PAGES + EXTRACTED, ids=lambda p: p.name)
def test_marker_tests_match_the_lines_the_patterns_match(path: Path) -> None:
    """Each kind's own test ``marker_kind`` asks (its groups made plain) matches where the
    profile's pattern does, over the same span (the furniture: on the same lines), in
    each shipped profile; no line the tests pass is one the line-start patterns and
    the floating furniture all miss (so no gate is asked before them)."""
    lines = [*_lines(_text(path)), *sum(MARKED.values(), [])]
    for name in available_profiles():
        for lang in ("en", "zh"):
            m = load_profile(name).patterns(lang)
            asks = _asks(m)
            assert asks.gate is None
            furniture = m.furniture and m.furniture.search
            assert (asks.furniture is None) == (furniture is None)
            if asks.furniture is not None and furniture:
                assert [bool(asks.furniture(t)) for t in lines] == [
                    furniture(t) is not None for t in lines]
            for ask, asked in ((asks.credit, m.credit and m.credit.match),
                               (asks.byline, m.byline and m.byline.match)):
                assert (ask is None) == (asked is None)
                if ask is not None and asked:
                    assert [x and x.span() for x in map(ask, lines)] == [
                        x and x.span() for x in map(asked, lines)]
            kinds = [marker_kind(t, m) for t in lines]
            gate = [bool(m.anchored and m.anchored.match(t.strip()))
                    or any(p.search(t.strip()) for p in m.floating) for t in lines]
            assert not [t for t, k, g in zip(lines, kinds, gate, strict=True) if k and not g]


def test_furniture_that_opens_on_a_line_start_is_asked_there_only() -> None:
    """The furniture patterns that open with ``^`` are matched at a line's start, not
    searched for along it (``markers._furniture``), in every shipped profile; a pattern
    whose alternative may match further on, or at a line's start inside a text, is
    not read as opening at the start (the alternation is searched)."""
    for name in available_profiles():
        for lang in ("en", "zh"):
            start = load_profile(name).patterns(lang).furniture_at_start
            assert start is None or pattern_openings.opens_at_start(start.pattern)
    assert pattern_openings.opens_at_start(r"(?:^\s*Vol\.)|(?:^\s*Page \d+$)")
    assert not pattern_openings.opens_at_start(r"(?:^\s*Vol\.|No\. \d+$)|(?:^Page)")
    assert not pattern_openings.opens_at_start(r"(?m:^\s*Vol\.)")
    profile = Profile(markers=(("en", Markers(furniture=(r"^\s*Vol\.\s+\d+", r"High \d+")),),))
    m = profile.patterns("en")
    assert marker_kind("Vol. 12", m) is BlockKind.FURNITURE
    assert marker_kind("Sunny. High 78", m) is BlockKind.FURNITURE
    assert marker_kind("Volunteers stand by. Vol. 12", m) is None


@pytest.mark.parametrize(("lines", "joined"), [
    (["neighbor-", "hoods"], "neighborhoods"),  # a word wrapped at its hyphenation point
    (["well-", "known-", "ness"], "well-known-ness"),  # a compound's own hyphens stay
    (["re\u00ad", "port"], "report"),  # a soft hyphen at a line end goes
    (["新闻记", "者报道"], "新闻记者报道"),  # CJK joins with no space
    (["Fire at", "the pier"], "Fire at the pier"),
])
def test_join_lines_gives_what_print_means(lines: list[str], joined: str) -> None:
    """Literal results, beside the junction-by-junction reference above."""
    assert join_lines(lines) == joined


@pytest.mark.parametrize("path", PAGES + EXTRACTED, ids=lambda p: p.name)
def test_matches_tried_at_their_openings_are_finditers(path: Path) -> None:
    """A page-wide marker pattern tried only where one of its opening literals stands
    finds ``finditer``'s matches, in each shipped profile (and matches that overlap
    such a literal, or hold another, are passed over as ``finditer`` passes them)."""
    text = "\n" + _text(path) + "\nHigh 78 Low 61 High 80, Low 62 HighLow 9 F Low\n" + "\n".join(
        sum(MARKED.values(), []))
    tried = 0
    for name in available_profiles():
        for lang in ("en", "zh"):
            m = load_profile(name)
            scan = _scan(m.markers_for(lang), m.patterns(lang))
            assert scan is not None
            for p in scan.anywhere:
                openings = scan.openings.get(p)
                tried += openings is not None
                assert [x.span() for x in _finditer(p, text, openings)] == [
                    x.span() for x in p.finditer(text)], p.pattern
    assert tried
    assert literal_openings(r"(?:High|Low)\s*\d") == ("High", "Low")
    assert literal_openings(r"See\s") == ("See",)
    assert literal_openings(r"(?<![a-z] )(?:Monday|Friday),") == ("Monday", "Friday")
    assert literal_openings(r"(?=B)By\s") == ("By",)
    for opens_otherwise in (r"(?i)high", r"[ab]c", r"\bHigh", r"(?:ab|\d)", r".x", "",
                            r"(?<!a)", r"(?<!a)\d"):
        assert literal_openings(opens_otherwise) is None


def test_a_pattern_without_its_asks_for_an_absence_matches_more() -> None:
    """``_without_absence`` drops each negative lookahead and lookbehind, read whole (a
    parenthesis escaped or in a set is no group's), and nothing else; not one that is
    repeated (its repeat would fall to the atom before it: ``A(?!B){2}C`` matches ``AC``,
    ``A{2}C`` does not)."""
    assert marker_scan._without_absence(r"^(?!By\s)[A-Z]+(\s+x)?$") == r"^[A-Z]+(\s+x)?$"
    assert marker_scan._without_absence(r"报讯(?!员)(（[^）]{1,9}）)?") == r"报讯(（[^）]{1,9}）)?"
    assert marker_scan._without_absence(r"(?<![a-z] )(?:Mon|Fri)") == r"(?:Mon|Fri)"
    assert marker_scan._without_absence(r"a(?![)(]\))b[(?!]") == r"ab[(?!]"
    for kept in (r"abc", r"a[(?!]b", r"(a)(?!x)\1", r"(?x)a(?!b) # (?!c", r"a(?!b",
                 r"^A(?!B){2}C", r"a(?<!b)*c", r"a(?!b)+c", r"a(?!b)?c"):
        assert marker_scan._without_absence(kept) is None


@pytest.mark.parametrize("path", PAGES + EXTRACTED, ids=lambda p: p.name)
def test_lines_a_pattern_asking_an_absence_may_match_are_found(path: Path) -> None:
    """A line-start pattern that asks for an absence is run over the page without it and
    asked of the lines its matches reach: with credit lines, a byline that a credit
    pattern refuses (``By JANE DOE / STAFF WRITER``) and a price line added, each line
    such a pattern matches alone is found."""
    profile = load_profile(None)
    page = read_text(path)
    texts = [line.text for b in page.blocks for line in b.lines] + [
        "ANNA KOWALSKI/HARBOR LEDGER", "By JANE DOE / STAFF WRITER", "John Smith / AP",
        "Price 50 cents", "本报讯（记者 郑凯）昨日，", "本报讯员 王伟"]
    found = maybe_marked(texts, profile, page.lang)
    scan = marker_scan._SCANNED[id(profile.patterns(page.lang))][1]
    assert found is not None and scan is not None
    # (run over the page without them, or asked where a character each match holds stands)
    asks = [ask for ask, _ in scan.vetted] + [ask for ask, _, held in scan.by_line if held]
    assert asks
    for ask in asks:
        assert {n for n, t in enumerate(texts) if ask(t.strip())} <= found


@pytest.mark.parametrize("path", PAGES + EXTRACTED, ids=lambda p: p.name)
def test_lines_found_without_the_held_characters_are_the_same(
        path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The patterns that ask for an absence are asked only of the lines holding a
    character each of their matches holds (``held_chars``): the lines found are those
    their loosened form, run over the page, finds."""
    profile = load_profile(None)
    page = read_text(path)
    texts = [line.text for b in page.blocks for line in b.lines] + [
        "ANNA KOWALSKI/HARBOR LEDGER", "By JANE DOE / STAFF WRITER", "本报讯（记者 郑凯）昨日，",
        "记者 王伟 摄", "图/新华社"]
    held = maybe_marked(texts, profile, page.lang)
    monkeypatch.setattr(marker_scan, "held_chars", lambda _: None)
    marker_scan._SCANNED.clear()
    marker_scan._scan.cache_clear()
    try:
        assert maybe_marked(texts, profile, page.lang) == held
    finally:
        marker_scan._SCANNED.clear()
        marker_scan._scan.cache_clear()


def test_held_chars() -> None:
    """Characters one of which every match holds: a photo credit's ``摄`` or ``图``; none
    known where a match may hold anything, or case does not count."""
    assert held_chars(r"^[^\s，]{2,4}\s*(?<!拍)摄(?:影)?$|^(图|图片)[／/]\S+$") == "图摄"
    assert held_chars(r"(?:Continued|See) on") == " "  # (each holds `` on``: its first)
    for none in (r"\w+", r"(?i)by", r"a?b*", r"[^x]+", r"(?=摄)\w"):
        assert held_chars(none) is None


@pytest.mark.parametrize("path", PAGES + EXTRACTED, ids=lambda p: p.name)
def test_searches_asked_where_their_literals_stand_find_every_line(path: Path) -> None:
    """A search ``maybe_marked`` asks line by line (it asks what a line lacks and its page
    has) is asked only of the lines holding a literal its matches open with: on every
    page, with date lines and weekdays in running text added, the lines it finds are
    those asking every line finds."""
    texts = [line.text.strip() for b in read_text(path).blocks for line in b.lines] + [
        "FRIDAY, JUNE 21, 2024 — PRICE 50 CENTS", "on Friday, June 21, 2024.", "Monday,",
        "Sunday, May 5, 2024", "SATURDAY,  MAY 4, 2024 | Page A1"]
    page = "\n" + "\n".join(texts)
    starts = list(accumulate((len(t) + 1 for t in texts), initial=1))
    asked = dated = 0
    for name in available_profiles():
        for lang in ("en", "zh"):
            m = load_profile(name)
            scan = _scan(m.markers_for(lang), m.patterns(lang))
            assert scan is not None
            for ask, _, literals in scan.by_line:
                if literals is None:
                    continue
                asked += 1
                held = {bisect.bisect_right(starts, i) - 1
                        for i in marker_scan._literals_at(page, literals)}
                every = {n for n, t in enumerate(texts) if ask(t)}
                assert {n for n in held if ask(texts[n])} == every
                dated += len(texts) - 2 in every  # the date line
    assert asked and dated


def _latin_cost_summed(toks: list[str], w: float, width: float, first: bool = False,
                       under_byline: bool = False, before: str | None = None) -> float:
    """A Latin piece's cost as it was priced before ``_LatinRuns`` (each piece's tokens
    summed anew), word for word; ``before``: the token the cut in front of it parts it
    from (a pair that stands together costs, ``pair_cut_cost``)."""
    c = 4.0 * sum(broken_word(t) for t in toks[:-1])
    c += linecuts.pair_cut_cost(before, toks[0]) if before is not None else 0.0
    if len(toks) > 1 and any(NBSP in t for t in toks):
        c += linecuts._WHOLE
    words = " ".join(toks).split()
    if words[0] == "By" and len(words) > 2 and len({t.isupper() for t in words[1:]}) > 1:
        c += 2.0
    pairs = zip(toks, toks[1:], strict=False)
    c += linecuts._RUN_ON * sum(bool(linecuts._SENTENCE_END.search(a)) and b[:1].islower()
                                   for a, b in pairs)
    if linecuts._caps_tail(words):
        c += 2.0
    if first and under_byline and textmeasure.capitalised(" ".join(toks)):
        return c - 1.0
    over = w - width - linecuts._LATIN_SPLIT_OVER
    if over > 0:
        return c + (over if over <= 2 else 4.0 + 2.0 * over)
    if w >= width - textmeasure.LATIN_FULL:
        return c + 0.1 * abs(w - width) - (1.5 if broken_word(toks[-1]) else 0.0)
    if toks[-1][-1] in textmeasure.ENDS:
        return c + 0.8
    return c + (1.0 if textmeasure.capitalised(" ".join(toks)) else 4.0)


@pytest.mark.parametrize("path", PAGES + EXTRACTED, ids=lambda p: p.name)
def test_latin_pieces_priced_from_running_sums_as_summed_anew(path: Path) -> None:
    """``cut_line`` prices every run of a line's tokens from sums counted once a line:
    each price is the one summing the run's tokens gives (to the last bit), for every
    run of up to 16 tokens of every line of real extractors' pages, respaced as
    ``read_runs`` respaces them, at three measures and both byline settings."""
    lines = [respace(ln) for ln in _text(path).split("\n")]
    for line in lines:
        toks = [t for t in line.split(" ") if t]
        if len(toks) < 2:
            continue
        runs = linecuts._LatinRuns(toks)
        for j in range(1, len(toks) + 1):
            for i in range(max(0, j - 16), j):
                for width, w, byline in ((30.0, 29.5, False), (40.0, 55.0, True),
                                         (25.0, 12.0, True)):
                    assert runs.cost(i, j, w, width, i == 0, byline) == _latin_cost_summed(
                        toks[i:j], w, width, i == 0, byline, toks[i - 1] if i else None), (
                        line, i, j)


def _indent_by_pattern(raw: str) -> tuple[str, float]:
    """``line_indent`` as it was: the leading white space found by a pattern, each
    character of it weighed in turn."""
    m = re.match("^[ \t\u3000\u00a0]+", raw)
    if not m:
        return raw, 0.0
    return raw[m.end():], sum(1.0 if c == "\u3000" else 2.0 if c == "\t" else 0.5
                               for c in m.group())


@pytest.mark.parametrize("path", PAGES + EXTRACTED, ids=lambda p: p.name)
def test_a_lines_indent_is_the_one_weighed_character_by_character(path: Path) -> None:
    """Every line of the page as the reader meets it (trailing white space off), and each
    with every kind of leading white space put before it, splits into the same text and
    indent as before."""
    lines = [ln.rstrip() for ln in _text(path).split("\n")]
    leads = ["", " ", "  ", "    ", "\t", " \t", "\u3000", "\u3000\u3000", "\u00a0 ", " \u3000 ",
             "\t\t  "]
    raws = lines + [lead + ln.strip() for ln in lines[:40] for lead in leads] + leads
    for raw in raws:
        assert line_indent(raw) == _indent_by_pattern(raw), repr(raw)
    assert {line_indent(raw)[1] for raw in raws} >= {0.0, 0.5, 1.0, 2.0, 2.5, 5.0}


@pytest.mark.parametrize("path", PAGES + EXTRACTED, ids=lambda p: p.name)
def test_headline_shapes_kept_by_block_classify_as_asked_anew(path: Path, monkeypatch) -> None:
    """Classification works out each block's headline shape and whether it opens an
    article once (``heading_shape.Asked``): the kinds are those of asking anew each time, and no
    block's shape or opening is worked out twice."""
    page = read_text(path)
    kept = classify(page)
    worked: list[tuple[int, bool]] = []
    shape, opens = shape_module.headline_shape, shape_module.opens_article

    def shape_counted(block: Block, lang: str, full: float, asking: bool = False) -> bool:
        worked.append((id(block), asking))
        return shape(block, lang, full, asking)

    monkeypatch.setattr(shape_module, "headline_shape", shape_counted)
    classify(page)
    assert worked and len(worked) == len(set(worked))

    class Anew(shape_module.Asked):
        def shape(self, i: int, asking: bool = False) -> bool:
            return shape(self.blocks[i], self.lang, self.full, asking)

        def opens(self, i: int) -> bool:
            return opens(self.blocks[i], self.m)

    monkeypatch.setattr(classify_module, "Asked", Anew)
    assert [(b.id, b.kind) for b in classify(page).blocks] == [
        (b.id, b.kind) for b in kept.blocks]
