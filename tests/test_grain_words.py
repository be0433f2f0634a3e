"""Grain read as a word inside a block on a heavy scan (``ocr.grain_words``): a short,
unsure word whose ink is well under the height its letters need is dropped, with a
warning naming it; real type, small or unsure, stays."""

from __future__ import annotations

from ocr.grain_words import _heights, off_grain, off_grain_all
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
    """``SES`` (11 px where capitals stand 28) goes, and the ``rr`` it leaves on its line,
    read at 0.2, with it; ``S eiill ae`` (a sure-sized line, ``ae`` just over 0.6 of the
    x-height guessed) and the credit stay."""
    kept, dropped = off_grain(CAPTION)
    assert dropped == ["rr", "SES"]
    assert [ln.text for ln in kept] == [
        "S eiill ae", "Reader's pictute. tiam Souter", CAPTION[3].text]
    _, notes = off_grain_all([CAPTION, []], 46)
    assert notes == ("2 grain marks read as words dropped: 'rr' 'SES'",)


#: A photo's caption on S6 s869 (notoserif, 4 columns, heavy): grain over the frame read as
#: ``RRR PLEO`` (``PLEO`` 10 px tall, at 0.2; ``RRR`` at 0.05), then the credit and the
#: caption. Left alone, ``RRR`` read as the caption's first line and kept the credit in it.
CREDITED = [
    _line(("RRR", 817, 2249, 129, 34, 0.05), ("PLEO", 1177, 2243, 54, 10, 0.2)),
    _line(("Photo", 890, 2273, 68, 21, 0.96), ("by", 964, 2273, 28, 25, 0.96),
          ("Neil", 997, 2271, 45, 21, 0.96), ("Baxter", 1050, 2270, 78, 21, 0.86),
          ("/", 1133, 2270, 10, 19, 0.86), ("Courier", 1148, 2267, 86, 22, 0.96)),
    _line(("Porters", 703, 2311, 108, 28, 0.96), ("and", 818, 2309, 57, 27, 0.96),
          ("cleaners", 881, 2307, 120, 28, 0.96), ("on", 1010, 2313, 35, 20, 0.96),
          ("the", 1055, 2305, 45, 27, 0.96), ("picket", 1105, 2303, 89, 35, 0.96)),
]


def test_what_grain_leaves_of_a_line_unsure_goes_with_it() -> None:
    kept, dropped = off_grain(CREDITED)
    assert dropped == ["RRR", "PLEO"]
    assert kept == CREDITED[1:]


def test_a_sure_word_beside_grain_stays() -> None:
    """The same grain beside a word Tesseract is sure of: only the grain goes, and the
    line's box is its kept word's."""
    line = _line(("Photo", 817, 2249, 68, 21, 0.96), ("PLEO", 1177, 2243, 54, 10, 0.2))
    kept, dropped = off_grain([line, *CREDITED[1:]])
    assert dropped == ["PLEO"]
    assert kept[0].text == "Photo" and kept[0].box == Box(817, 2249, 68, 21)


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


#: A story's first line and a line of its paragraph on S7 s877 (uminghei, 4 columns, light),
#: as Tesseract read them: the price ``2.65`` read as ``2`` and ``.65`` (25 px, at 0.39)
#: beside Han words 36-39 px tall.
PRICE = [
    _line(("本", 91, 11, 55, 38, 0.93), ("报", 151, 12, 39, 36, 0.92),
          ("讯", 198, 12, 16, 36, 0.91), ("(记者", 245, 11, 96, 38, 0.83),
          ("樊", 370, 11, 96, 38, 0.18), ("清", 430, 5, 36, 56, 0.62),
          (")", 465, 5, 19, 56, 0.93), ("7", 500, 12, 52, 36, 0.88),
          ("月", 529, 5, 29, 56, 0.96)),
    _line(("价格", 11, 419, 101, 38, 0.96), ("保持", 116, 419, 66, 39, 0.96),
          ("每", 209, 419, 20, 38, 0.96), ("立方", 254, 420, 96, 36, 0.93),
          ("米", 374, 426, 11, 25, 0.92), ("2", 384, 412, 19, 55, 0.39),
          (".65", 408, 426, 60, 25, 0.39), ("元", 484, 421, 29, 35, 0.87),
          ("不", 529, 421, 29, 36, 0.96)),
]


def test_a_block_of_chinese_text_is_not_measured() -> None:
    """A figure set in Chinese text stands under the Han glyphs' full em, and its box takes
    the height of the marks beside it: measured there it read as grain (``.65`` of
    ``2.65元`` dropped). A block of CJK text is not measured, so the line is left as read."""
    assert _heights(PRICE) is None  # (``(记者`` measured the cap height here)
    kept, dropped = off_grain(PRICE)
    assert dropped == []
    assert kept == PRICE
