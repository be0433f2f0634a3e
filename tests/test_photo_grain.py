"""A photo's pale part read as type (held-out S s803, s809): a short unsure reading
touching a picture is the picture's grain (``photo_grain``), not a headline that opens
an article and takes the lead's text."""

from __future__ import annotations

from conftest import scanned_line

from ocr.model import Box
from ocr.photo_grain import photo_grain

PHOTO = Box(660, 770, 1190, 360)


def test_a_short_unsure_reading_touching_a_photo_is_its_grain() -> None:
    ete = [scanned_line([("ETE.", 0.36)], 0)]
    assert photo_grain(ete, Box(1840, 1035, 370, 78), [PHOTO], reach=8)  # over its right end
    assert photo_grain([scanned_line([("re", 0.63)], 0)], Box(1852, 868, 104, 74),
                       [PHOTO], reach=8)  # 2 px right of it


def test_a_credit_or_a_sure_word_beside_a_photo_is_type() -> None:
    credit = [scanned_line([("本报记者", 0.64), ("孙铭", 0.60), ("摄", 0.70)], 0)]
    assert not photo_grain(credit, Box(1660, 1135, 174, 33), [PHOTO], reach=8)
    sure = [scanned_line([("AP", 0.93)], 0)]
    assert not photo_grain(sure, Box(1800, 1135, 40, 24), [PHOTO], reach=8)


def test_a_short_unsure_reading_away_from_photos_is_left_to_the_text() -> None:
    lone = [scanned_line([("re", 0.5)], 0)]
    assert not photo_grain(lone, Box(1852, 1400, 104, 40), [PHOTO], reach=8)
    assert not photo_grain(lone, Box(1852, 868, 104, 74), [], reach=8)


def test_a_sure_letter_smaller_than_any_type_over_a_photo_is_its_grain() -> None:
    """A speck of a photo's pale top read as ``a`` at 0.71, in ink half the body's
    x-height tall, touching the photo: grain, however sure (held-out S2 s820: it headed
    nothing and parted the lead's heading from its text). A credit's ``AP`` in capitals
    0.8 of the x-height tall, read as surely, is type."""
    speck = [scanned_line([("a", 0.71)], 0)]
    assert photo_grain(speck, Box(1200, 756, 9, 10), [PHOTO], reach=10, x_height=20)
    assert not photo_grain(speck, Box(1200, 756, 9, 10), [], reach=10, x_height=20)
    sure = [scanned_line([("AP", 0.93)], 0)]
    assert not photo_grain(sure, Box(1800, 1135, 30, 16), [PHOTO], reach=10, x_height=20)


def test_a_garbled_reading_of_any_length_over_a_photo_is_its_grain() -> None:
    """A heavy scan's photo top read as ``<< ws oe enied 23`` at 0.18, touching the
    photo: grain, though longer than a short reading (held-out S2 s824: a kicker and a
    headline over nothing). A caption touching its photo, read at 0.84, is type; so is
    the garbled line away from any photo."""
    garbled = [scanned_line([("<<", 0.1), ("ws", 0.2), ("oe", 0.2), ("enied", 0.25),
                             ("23", 0.15)], 0)]
    assert photo_grain(garbled, Box(1700, 1110, 500, 50), [PHOTO], reach=10, x_height=20)
    assert not photo_grain(garbled, Box(1700, 1400, 500, 50), [PHOTO], reach=10, x_height=20)
    caption = [scanned_line([("Photo", 0.86), ("courtesy", 0.82), ("of", 0.85)], 0)]
    assert not photo_grain(caption, Box(1500, 1131, 400, 40), [PHOTO], reach=10, x_height=20)
