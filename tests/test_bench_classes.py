"""The error classes of ``correct-real --classes``: what kind each OCR error is, how much
of the CER each accounts for (measured by putting it right in the whole text), and how
many a corrector fixed."""

from __future__ import annotations

from rapidfuzz.distance import Levenshtein

from scripts.bench.correct_classes import Classes, errors, put_right, word_class


def test_word_pairs_are_classed_by_kind_and_edits() -> None:
    assert word_class("tho", "the") == ("real word", 1)
    assert word_class("fiom", "from") == ("non-word", 1)  # on the web, but under Zipf 3
    assert word_class("botwoon", "between") == ("non-word", 3)
    assert word_class("w0rd", "word") == ("marks or digits", 1)
    assert word_class("the,", "the.") == "punctuation only"
    assert word_class("The", "the") == "case only"


def test_putting_every_error_right_gives_the_truth() -> None:
    cases = {  # OCR, truth: the classes of its errors
        ("tho cat sat on tbe mat con stitution today",
         "the cat sat on the big mat constitution today"):
            {("real word", 1), "run together in the OCR", "split in the OCR"},
        ("the cat sat xx on the mat", "the cat sat on the mat"): {"only in the OCR"},
        ("the cat on the mat", "the cat sat on the mat"): {"only in the truth"},
        ("xx the cat sat", "the cat sat"): {"only in the OCR"},
    }
    for (ocr, truth), classes in cases.items():
        found = errors(ocr, truth, ocr)
        assert {e.cls for e in found} == classes
        assert put_right(ocr, found) == truth
        assert not any(e.fixed for e in found)  # the output is the OCR: nothing fixed


def test_shares_are_whole_document_cer_and_fixed_counts_the_output() -> None:
    ocr, truth = "tho cat sat on tbe mat con stitution", "the cat sat on the mat constitution"
    out = "the cat sat on tbe mat constitution"  # tho and the split put right, tbe left
    classes = Classes()
    classes.add(ocr, truth, out)
    rows = {line[2:30].strip(): line[30:].split() for line in classes.table()}
    distance = Levenshtein.distance(ocr, truth)  # 3: one edit each
    assert distance == 3
    assert rows["real word, 1 edit"] == ["1", "33.3%", "100.0%"]
    assert rows["non-word, 1 edit"] == ["1", "33.3%", "0.0%"]
    assert rows["split in the OCR"] == ["1", "33.3%", "100.0%"]
    oracle = [line for line in classes.table() if "oracle" in line]
    assert "within 1 edit fixed: CER 67% lower" in oracle[0]  # the two word pairs, not the split
    assert not any("oracle" in line for line in classes.table(oracle=False))
