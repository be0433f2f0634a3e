"""A token that is no word is read through the engine's confidence gates.

Sentences from the scan study sets' tuning half (``bench correct-scans``), where Tesseract
read a glyph cleanly wrong and was sure of it: ``whieh`` at 0.94 and ``nursé`` at 0.91
(above ``max_confidence`` 0.9: vetoed), ``theif`` at 0.80 (``CONFIDENT``: the 2 log10 bar).
The token is no English word however sure the engine was; the veto is right for a real
word (``tho``, ``wore``), which only context would change.
"""

from __future__ import annotations

from conftest import assembled_scan

from ocr.correct import correct
from ocr.model import BODY, HEADLINE, Block, Box, Line, Word


def _corrections(*lines: list[tuple[str, float]]) -> list[tuple[str, str]]:
    """The corrections of a scanned article: a headline and a body of ``lines``."""
    def line(y: int, words: list[tuple[str, float]]) -> Line:
        return Line(tuple(Word(t, Box(10 + 60 * n, y, 50, 20), c)
                          for n, (t, c) in enumerate(words)), Box(10, y, 60 * len(words), 20))

    head = Block("b1", HEADLINE, (line(10, [("Mill", 0.96), ("Reopens", 0.95)]),),
                 Box(10, 10, 400, 20))
    body = Block("b2", BODY, tuple(line(50 + 30 * n, ws) for n, ws in enumerate(lines)),
                 Box(10, 50, 900, 30 * len(lines)))
    return [(c.original, c.corrected) for c in correct(assembled_scan([head, body])).corrections]


def _sure(text: str, conf: float, at: str) -> list[tuple[str, float]]:
    """``text``'s words, each read at 0.96 but ``at``, read at ``conf``."""
    return [(w, conf if w == at else 0.96) for w in text.split()]


def test_a_glyph_misread_with_certainty_is_still_read() -> None:
    got = _corrections(
        _sure("The company will use federal and state historic tax credits, whieh", 0.94,
              "whieh"),
        _sure("require that the building's exterior be kept.", 0.96, ""),
        _sure("said Delia Marchetti, a nursé at St. Anselm's Hospital who lives on the",
              0.91, "nursé"),
        _sure("island. They stayed together and they kept theif lamps off to save", 0.80,
              "theif"),
        _sure("the batteries.", 0.96, ""))
    assert {("whieh", "which"), ("nursé", "nurse"), ("theif", "their")} <= set(got)


def test_a_real_word_the_engine_was_sure_of_stays() -> None:
    """``tho`` is a word (context reads it ``the``): at 0.95 the engine's veto holds, at 0.5
    it does not."""
    def run(conf: float) -> list[tuple[str, str]]:
        return _corrections(_sure("The library opened in tho city centre on Monday.", conf,
                                  "tho"))

    assert ("tho", "the") not in run(0.95)
    assert ("tho", "the") in run(0.5)
