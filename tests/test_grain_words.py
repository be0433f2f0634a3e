"""Grain read as a word inside a block on a heavy scan (``ocr.grain_words``): a short,
unsure word whose ink is well under the height its letters need is dropped, with a
warning naming it; real type, small or unsure, stays."""

from __future__ import annotations

from ocr.grain_words import off_grain, off_grain_all
from ocr.model import Box, Line, Word


def _line(*words: tuple[str, int, int, int, int, float]) -> Line:
    ws = tuple(Word(t, Box(x, y, w, h), c) for t, x, y, w, h, c in words)
    return Line(ws, Box.enclosing([w.box for w in ws if w.box]))


#: A photo caption on fresh heavy page s2210 (notoserif, 5 columns), as Tesseract read it:
#: grain over the photo's foot (``ae`` 87x12, ``SES`` 87x11, against 26-37 px type), a
#: credit in smaller type (``Reader's pictute. tiam Souter``), the caption's line.
CAPTION = [
    _line(("S", 104, 2836, 8, 31, 0.0), ("eiill", 123, 2837, 55, 32, 0.0),
          ("ae", 247, 2839, 87, 12, 0.16)),
    _line(("rr", 679, 2849, 18, 32, 0.2), ("SES", 860, 2854, 87, 11, 0.19)),
    _line(("Reader's", 1099, 2883, 93, 20, 0.67), ("pictute.", 1197, 2884, 85, 27, 0.56),
          ("tiam", 1288, 2887, 53, 21, 0.31), ("Souter", 1346, 2890, 75, 18, 0.96)),
    _line(("Dinghy", 110, 2893, 107, 36, 0.96), ("the", 223, 2896, 50, 26, 0.96),
          ("seal", 281, 2897, 60, 28, 0.96), ("pup", 351, 2904, 56, 27, 0.93),
          ("asleepina", 414, 2900, 159, 37, 0.83), ("rowing", 583, 2883, 111, 56, 0.7),
          ("boat", 694, 2907, 69, 26, 0.96), ("at", 771, 2912, 31, 21, 0.95),
          ("Carrick", 803, 2904, 114, 57, 0.94), ("Haven", 926, 2913, 94, 27, 0.96),
          ("marina.", 1029, 2914, 115, 29, 0.95)),
]


def test_grain_words_under_the_type_are_dropped_and_named() -> None:
    kept, dropped = off_grain(CAPTION)
    assert dropped == ["SES"]  # (``ae``, 12 px, is just over 0.6 of the x-height guessed)
    assert [ln.text for ln in kept] == [
        "S eiill ae", "rr", "Reader's pictute. tiam Souter", CAPTION[3].text]
    assert kept[1].box == Box(679, 2849, 18, 32)  # (the line's box is its kept words')
    _, notes = off_grain_all([CAPTION, []], 46)
    assert notes == ("1 grain marks read as words dropped: 'SES'",)


def test_small_or_unsure_type_stays() -> None:
    """A credit in smaller type read unsure (``tiam`` 21 px against 28), a lone ``a`` at
    x-height, a full stop (no letter: no height asked), the same short word read surely,
    and a Han ``一`` (one stroke tall, not judged): type, kept."""
    lines = [*CAPTION[2:], _line(("a", 500, 3000, 20, 15, 0.41), (".", 530, 3010, 6, 6, 0.2),
                                 ("ae", 560, 3000, 87, 12, 0.9), ("一", 660, 3012, 30, 4, 0.5))]
    kept, dropped = off_grain(lines)
    assert dropped == []
    assert kept == lines


def test_a_block_without_sure_words_is_left_as_read() -> None:
    """Nothing to measure the type on (a one-line block read unsure): no word goes."""
    lines = [CAPTION[0], CAPTION[1]]
    assert off_grain(lines) == (lines, [])
    assert off_grain_all([lines], 46) == ([lines], ())


#: A block of its own on s2210, read ``Rico an ASR`` at confidence 0, 19 px tall beside the
#: body's 46 px lines.
GRAIN_BLOCK = [_line(("Rico", 1500, 4200, 39, 19, 0.0), ("an", 1560, 4201, 22, 18, 0.0),
                     ("ASR", 1600, 4200, 337, 19, 0.0))]


def test_a_block_of_unsure_grain_under_the_body_is_dropped_and_named() -> None:
    out, notes = off_grain_all([GRAIN_BLOCK, CAPTION[3:]], 46)
    assert out == [[], CAPTION[3:]]
    assert notes == ("3 grain marks read as words dropped: 'Rico' 'an' 'ASR'",)


def test_an_unsure_heading_or_a_sure_small_line_is_kept() -> None:
    """A headline read unsure (``Workshops.`` at 0.2, S2 s824) stands over the body's line;
    a small line read surely (a credit) is type."""
    head = [_line(("Workshops.", 300, 900, 420, 105, 0.2))]
    credit = [_line(("Photo:", 300, 900, 60, 19, 0.9), ("AP", 370, 900, 25, 19, 0.95))]
    out, notes = off_grain_all([head, credit], 46)
    assert out == [head, credit] and notes == ()
