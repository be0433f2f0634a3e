"""The error classes of ``correct-real --classes``: what kind each OCR error is, and the
share of each a corrector's output removes."""

from __future__ import annotations

from scripts.bench.correct_classes import Classes, word_class


def test_word_pairs_are_classed_by_kind_and_edits() -> None:
    assert word_class("tho", "the") == "real word, 1 edit"
    assert word_class("fiom", "from") == "non-word, 1 edit"
    assert word_class("botwoon", "between") == "non-word, 3 edits+"
    assert word_class("w0rd", "word") == "marks or digits, 1 edit"
    assert word_class("Tho", "the") == "real word, 1 edit"
    assert word_class("the,", "the.") == "punctuation only"
    assert word_class("The", "the") == "case only"


def test_removed_share_and_oracle_bound() -> None:
    ocr = "tho cat sat on tbe mat con stitution".split()
    truth = "the cat sat on the mat constitution".split()
    out = "the cat sat on tbe mat constitution".split()
    classes = Classes()
    classes.add(ocr, truth, out)
    rows = {line[2:30].strip(): line[30:].split() for line in classes.table()}
    assert rows["real word, 1 edit"] == ["1", "33.3%", "100.0%"]  # tho fixed
    assert rows["non-word, 1 edit"] == ["1", "33.3%", "0.0%"]  # tbe left
    assert rows["split in the OCR"] == ["1", "33.3%", "100.0%"]
    assert "CER 67% lower" in next(line for line in classes.table() if "within 1" in line)
    assert not any("oracle" in line for line in classes.table(oracle=False))
