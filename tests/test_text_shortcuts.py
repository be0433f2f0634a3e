"""The text path's shortcuts give what the long way gives.

Each shortcut skips work that cannot change the answer (a line made without the dataclass
``__init__``, term runs not searched in Latin text); these tests take the long way
beside it on the fixture pages.
"""

from __future__ import annotations

import unicodedata

import pytest
from conftest import FIXTURES

from ocr.continuity import _LATIN, _STOP, terms
from ocr.model import Line, Word
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


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_line_of_texts_is_the_dataclass_line(path):
    for raw in _lines(_text(path)):
        fast = make_line(raw, 1.5, {})
        slow = Line(tuple(Word(t) for t in raw.split()), indent=1.5)
        assert (fast, fast.text, fast.box, repr(fast)) == (slow, slow.text, slow.box, repr(slow))


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
