"""Headlines and kickers on another engine's page: Tesseract's hOCR and ALTO cut a wrapped
headline into zones (a last word on its own, a line in two) and say nothing of the kicker
over it, which then went to the story above as body text."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from conftest import FIXTURES

import ocr
from ocr.headlines import _rewrapped
from ocr.layout.kinds import kickers_over_headlines
from ocr.model import Block, BlockKind, Box, Line, Word

PAGE = FIXTURES / "images" / "en-4col-grey16.png"


@pytest.mark.parametrize("form", ["hocr", "alto"])
def test_tesseract_zones_give_whole_headlines_and_their_kickers(form: str, tmp_path: Path) -> None:
    """The page read by plain Tesseract (one run, its own layout), then by newsocr."""
    subprocess.run(["tesseract", str(PAGE), str(tmp_path / "page"), "-l", "eng", form],
                   check=True, capture_output=True, env={"OMP_THREAD_LIMIT": "1", "PATH":
                                                         "/usr/bin:/bin"})
    page = ocr.process(tmp_path / ("page.hocr" if form == "hocr" else "page.xml"),
                       correct=False)
    heads = {" ".join(a.headlines): a.kicker for a in page.articles}
    assert heads["Hospital Adds Beds as Winter Cases Rise"] == "COMMUNITY"
    assert heads["Tigers Win Title in Overtime Thriller"] is None
    # (Tesseract's ALTO reads the last word, ``Season``, in body-sized type)
    shops = "Downtown Shops Report Busy Holiday" + (" Season" if form == "hocr" else "")
    assert heads[shops] == "LOCAL ECONOMY"
    assert not any(a.subheadline for a in page.articles)


def _block(bid: str, text: str, x: int, y: int, h: int, kind: BlockKind = BlockKind.HEADLINE,
           width: int | None = None) -> Block:
    lines = []
    for n, row in enumerate(text.split("\n")):
        words, at = [], x
        for w in row.split():
            words.append(Word(w, Box(at, y + n * h, int(0.6 * h * len(w)), h)))
            at += int(0.6 * h * len(w)) + h // 3
        lines.append(Line(tuple(words), Box(x, y + n * h, width or at - x, h)))
    box = Box.enclosing([ln.box for ln in lines if ln.box])
    return Block(bid, kind, tuple(lines), box)


def test_a_deck_is_not_taken_for_a_headline_going_on() -> None:
    head = _block("h", "Council Approves Plan to", 100, 100, 40)
    going_on = _block("g", "Dredge Harbor", 100, 145, 40)
    assert [b.text for b in _rewrapped([head, going_on])] == [
        "Council Approves Plan to\nDredge Harbor"]
    smaller = _block("d", "Vote is six to one", 100, 145, 24)  # a deck: smaller type
    ended = _block("e", "XOXE LEFT FOR SIXTH.", 100, 100, 40)  # deck items end with stops
    lower = _block("l", "Says Candidate Will Win", 100, 145, 40)
    indented = _block("i", "Dredge Harbor", 160, 145, 40)
    far = _block("f", "Dredge Harbor", 100, 200, 40)  # a line's height of space between
    for up, below in ((head, smaller), (ended, lower), (head, indented), (head, far)):
        assert len(_rewrapped([up, below])) == 2, below.text
    beside = _block("s", "Season", 100 + head.lines[0].box.w + 20, 100, 40)
    assert len(_rewrapped([head, beside])) == 1  # one line cut in two zones
    neighbour = _block("n", "Season", 100 + head.lines[0].box.w + 60, 100, 40)  # a gutter
    assert len(_rewrapped([head, neighbour])) == 2


def test_a_kicker_is_the_short_line_right_over_a_headline() -> None:
    head = _block("h", "Port Traffic Rises for Fifth Month", 100, 300, 40)
    kicker = _block("k", "LOCAL ECONOMY", 100, 270, 20, BlockKind.BODY)
    kinds = [b.kind for b in kickers_over_headlines([kicker, head])]
    assert kinds == [BlockKind.KICKER, BlockKind.HEADLINE]
    # the last line of a story above, nearer to it than to the headline: body
    story = _block("s", "the harbour master said on Monday", 100, 240, 20, BlockKind.BODY)
    tail = _block("t", "with the work", 100, 262, 20, BlockKind.BODY)
    kinds = [b.kind for b in kickers_over_headlines([story, tail, head])]
    assert kinds == [BlockKind.BODY, BlockKind.BODY, BlockKind.HEADLINE]
    ended = _block("e", "They left.", 100, 270, 20, BlockKind.BODY)  # ends a sentence
    assert kickers_over_headlines([ended, head])[0].kind is BlockKind.BODY
