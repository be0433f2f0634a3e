"""A German or French line-end hyphen is asked of that language's lexicon.

``script.foreign_language`` tells a German or French text by its function words;
``linejoin._junction`` then asks ``lexicon.is_word`` in that language (wordfreq's list,
shipped in the package) whether the joined word is a word. A PDF's German text layer
wraps ``Ver-`` / ``fahren``: the reader wants ``Verfahren``, not the printed break
(``Ver- fahren``) nor a compound's hyphen (``Ver-fahren``). A Fraktur page read by
Tesseract's ``frk`` model prints the long s (``ſoll``), looked up as the s it is.
"""

from __future__ import annotations

from ocr.linejoin import join_lines
from ocr.script import foreign_language

GERMAN = "Der Rat der Stadt hat am Montag über das neue Ver-"
FRENCH = "Les députés et les ministres sont dans la salle pour le gouver-"


def test_the_language_is_told_by_its_function_words() -> None:
    assert foreign_language(GERMAN + " und die Zeitung") == "de"
    assert foreign_language(FRENCH) == "fr"
    assert foreign_language("The council met on Monday and the mayor said it was late.") is None


def test_a_german_wrap_is_joined_when_the_word_is_german() -> None:
    assert "neue Verfahren abgestimmt" in join_lines([GERMAN, "fahren abgestimmt."])


def test_a_french_wrap_is_joined_when_the_word_is_french() -> None:
    assert "le gouvernement a" in join_lines([FRENCH, "nement a parlé."])


def test_a_german_wrap_whose_halves_are_english_words_is_joined() -> None:
    """``wer`` and ``den`` are both in English's list; ``werden`` is German's word."""
    lines = ["daß er zurückgewieſen wer-", "den ſoll, und die Sache des Rates nicht"]
    assert "zurückgewieſen werden ſoll" in join_lines(lines)


def test_a_compound_of_two_german_words_keeps_its_hyphen() -> None:
    """A capital after the hyphen opens the compound's next noun: no wrap."""
    lines = ["Der Rat der Stadt hat mit dem Nord-", "Amerika Vertrag und der Zeitung nicht"]
    assert "Nord-Amerika Vertrag" in join_lines(lines)


def test_a_break_no_lexicon_reads_is_left_as_printed() -> None:
    """``aus-`` / ``reicht`` misread (``rcicht``): neither a word nor two, left as printed."""
    lines = ["ob das Geld für die Stadt und den Rat aus-", "rcicht, ist nicht zu sagen."]
    assert "aus- rcicht" in join_lines(lines)
