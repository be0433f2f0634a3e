"""The text path's shortcuts give what the long way gives.

Each shortcut skips work that cannot change the answer (a pattern not searched on a
line that lacks a word every match spells, a line made without the dataclass
``__init__``, term runs not searched in Latin text); these tests take the long way
beside it on the fixture pages and on the shipped profiles' patterns.
"""

from __future__ import annotations

import re
import unicodedata

import pytest
from conftest import FIXTURES

from ocr.continuity import _LATIN, _STOP, terms
from ocr.markers import floating_lines, marker_kind, required_text
from ocr.model import Line, Word
from ocr.profiles import available_profiles, load_profile
from ocr.readers.text import make_line
from ocr.readers.textdecode import decode
from ocr.readers.textmeasure import _token_chars, em_width, latin_em
from ocr.readers.textruns import _BROKEN, _broken_words
from ocr.script import CJK_RUN

PAGES = sorted((FIXTURES / "text").glob("*.txt"))


def _text(path):
    return decode(path.read_bytes(), path.name)


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.split("\n") if ln.strip()]


def _shipped_patterns() -> list[re.Pattern[str]]:
    out = []
    for name in available_profiles():
        prof = load_profile(name)
        for lang in prof.languages:
            m = prof.patterns(lang)
            out += [p for p in (*m.floating, m.anchored, m.byline, m.dateline, m.credit,
                                m.furniture, *m.jump_to, *m.jump_from)
                    if isinstance(p, re.Pattern)]
    return out


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_line_of_texts_is_the_dataclass_line(path):
    for raw in _lines(_text(path)):
        fast = make_line(raw, 1.5, {})
        slow = Line(tuple(Word(t) for t in raw.split()), indent=1.5)
        assert (fast, fast.text, fast.box, repr(fast)) == (slow, slow.text, slow.box, repr(slow))


def test_required_text_is_in_every_match_of_the_shipped_patterns():
    lines = [ln for path in PAGES for ln in _lines(_text(path))]
    lines += ["High 75 Low 58", "Tuesday, June 18, 2024", "多云转晴 东南风3级 气温", "气温：22℃"]
    known = 0
    for p in _shipped_patterns():
        words = required_text(p)
        if words is None:
            continue
        known += 1
        for ln in lines:
            if p.search(ln):
                assert any(w in ln for w in words), (p.pattern, ln)
    assert known >= 3  # the floating weather and date patterns at least


def test_required_text_reads_the_pattern():
    assert required_text(re.compile(r"(High|Low)\s*-?\d")) == ("High", "Low")
    assert required_text(re.compile(r"(Mon|Tue)day,\s+\d")) == ("Monday,", "Tueday,")
    assert required_text(re.compile(r"(?i)high")) is None  # case ignored: no shortcut
    assert required_text(re.compile(r"\d+\s*°")) == ("°",)
    assert required_text(re.compile(r"[A-Z]\w+")) is None


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_floating_lines_keep_every_marker(path):
    text = _text(path) + "\n\nHigh 75 Low 58\nFriday, June 21, 2024\n多云 东南风 气温：22℃\n"
    for lang in ("en", "zh"):
        m = load_profile(None).patterns(lang)
        anywhere, may = floating_lines(text, m)
        for n, raw in enumerate(text.split("\n")):
            floating = m.floating if n in may else anywhere
            assert marker_kind(raw, m, floating) is marker_kind(raw, m)


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_terms_as_defined(path):
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
def test_broken_words_count_as_the_pattern(text):
    for enough in (1, 2, 3, 10):
        assert _broken_words(text, enough) == min(enough, len(_BROKEN.findall(text)))


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_measures_as_defined(path):
    """Widths are counted and kept, not added a character at a time: the same floats."""
    for raw in [*_lines(_text(path)), "", "ＡＢ　中 é—x"]:
        for piece in (raw, *raw.split()):
            slow = sum(1.0 if not c.isascii() and unicodedata.east_asian_width(c) in "WFA"
                       else 0.5 for c in piece)
            assert (em_width(piece), type(em_width(piece))) == (slow, type(slow))
            tokens = sum(_token_chars(t) for t in piece.split(" "))
            assert latin_em(piece) == (tokens + piece.count(" ")) / 2.0
