"""Issue 14, twenty-first round: rules chosen from the tuning half's left errors, each
on lines written in the style of 19th-century newspaper OCR (our own sentences)."""

from __future__ import annotations

import pytest

from ocr.correct import correct_text


@pytest.mark.parametrize(
    ("read", "fixed"),
    [
        # ABBYY reads a worn w as two v-shaped strokes: two guillemets, a guillemet and a
        # v, or a backslash and a V
        ("The meeting »»as held at the Town Hall, and it »vas decided to adjourn.",
         "The meeting was held at the Town Hall, and it was decided to adjourn."),
        ("The Mayor came in «vith the aldermen shortly after noon.",
         "The Mayor came in with the aldermen shortly after noon."),
        ("The chair was taken by Mr. \\V. Smith, of Balmain.",
         "The chair was taken by Mr. W. Smith, of Balmain."),
        # and the rest of the word may hold one listed confusion (``wus`` -> ``was``)
        ("A large crowd »vus present at the opening of the bridge.",
         "A large crowd was present at the opening of the bridge."),
    ],
)
def test_a_w_read_as_two_strokes(read: str, fixed: str) -> None:
    assert correct_text(read)[0] == fixed


def test_guillemets_that_quote_are_not_a_w() -> None:
    read = "He spoke of the «vine disease» in the colony."
    assert correct_text(read)[0] == read


@pytest.mark.parametrize(
    "read",
    [
        # German set in guillemets, read with the English lexicon (Fraktur pages the
        # language test took for English): ``»von`` is no ``won``
        "Der Kaiser sprach »von der Einheit« und »vom Reich« vor dem Reichstag.",
        "Die Zeitung »Vorwärts« berichtet »vielleicht« zu früh davon.",
        # a rare word so read (``»val`` is no ``wal``)
        "A letter »val received from the Colonial Secretary.",
    ],
)
def test_two_strokes_left_as_read(read: str) -> None:
    assert correct_text(read)[0] == read


@pytest.mark.parametrize(
    "read",
    [
        # German (and French) read on a page taken for English: Fraktur's long s printed
        # as f, ß as fs; none of it is an English misreading
        "Auch die Zeitung »Vorwärts« berichtet »vielleicht« zu früh davon.",
        "Der Bundesrath hat diefer Tage befchloffen, die Seffion auf den Montag zu verlegen, "
        "und die Biirger find damit einverftanden.",
        "Wie man uns aus Bafel meldet, ift der Handel mit Getreide in diefer Woche nicht "
        "lebhaft gewefen und die Preife find gefallen.",
        "Le conseil fédéral a décidé que la session des chambres sera ouverte lundi prochain "
        "dans la ville.",
    ],
)
def test_text_in_another_language_is_left_as_read(read: str) -> None:
    assert correct_text(read)[0] == read


def test_english_beside_a_german_name_is_still_corrected() -> None:
    read = "Mr. Von der Heyde said tho Council would meet on Monday."
    assert correct_text(read)[0] == read.replace("tho", "the")


def test_a_page_in_german_is_left_as_read() -> None:
    # a page's texts are weighed together: its short headings in German are German too
    from ocr.script import foreign

    texts = ["Die Seffion", "Der Bundesrath hat diefer Tage befchloffen, und die Biirger find",
             "damit einverftanden, wie man uns aus Bafel meldet."]
    assert foreign(" ".join(texts)) and not foreign(texts[0])
    assert not foreign("The Council met on Monday, and Die Seffion was read by the clerk.")


@pytest.mark.parametrize(
    ("read", "fixed"),
    [
        # a comma ends no sentence: a capital I after one is a small i read so
        ("The party which, In 1882, found the remains was led by Mr. Smith.",
         "The party which, in 1882, found the remains was led by Mr. Smith."),
        ("We shall go further in hiring house room, In cost of provisions and fares.",
         "We shall go further in hiring house room, in cost of provisions and fares."),
        ("The road, Is now open to traffic.", "The road, is now open to traffic."),
    ],
)
def test_a_capital_i_after_a_comma_is_lowered(read: str, fixed: str) -> None:
    assert correct_text(read)[0] == fixed


@pytest.mark.parametrize(
    "read",
    [
        # a name or a title after a comma keeps its capital, and so does a quotation
        "Among those present were Mr. Brown, Irving, and Mr. Jones.",
        'He said, "It is too late," and left the room.',
        "The ships were the Orient, Iberia, and Ormuz.",
    ],
)
def test_a_capital_after_a_comma_that_is_a_name_stays(read: str) -> None:
    assert correct_text(read)[0] == read
