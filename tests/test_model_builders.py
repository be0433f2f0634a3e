"""The model's bulk constructors (the text reader's: ``Word.by_text``, ``Line.of_splits``,
``Block.of_lines``) refuse what the dataclass constructors refuse, and never make a
half-built object."""

from __future__ import annotations

import pickle

import pytest

from ocr.model import Block, BlockKind, Line, Word


def test_bulk_words_refuse_what_word_refuses() -> None:
    for bad in ([""], ["a b"], ["a\xa0b"], ["ok", "x\u3000y"], ["e\u0301"]):
        with pytest.raises(ValueError):
            Word.by_text(bad)
    words = Word.by_text(["The", "café", "新闻"])
    assert words == {t: Word(t) for t in ("The", "café", "新闻")}


def test_bulk_lines_and_blocks_equal_the_dataclass_ones() -> None:
    w = Word.by_text(["Fire", "at", "the", "pier"])
    texts = [["Fire", "at", "the", "pier"], ["pier"]]
    lines = Line.of_splits([tuple(w[t] for t in line) for line in texts], texts, [2.0, 0.0])
    assert lines == [Line((w["Fire"], w["at"], w["the"], w["pier"]), indent=2.0),
                     Line((w["pier"],))]
    assert [line.text for line in lines] == ["Fire at the pier", "pier"]
    blocks = Block.of_lines(["b1", "b2"], [BlockKind.BODY, BlockKind.HEADLINE],
                            [(lines[0],), (lines[1],)])
    assert blocks == [Block("b1", BlockKind.BODY, (lines[0],)),
                      Block("b2", BlockKind.HEADLINE, (lines[1],))]
    assert pickle.loads(pickle.dumps(blocks)) == blocks


def test_bulk_constructors_refuse_a_count_or_name_that_does_not_fit() -> None:
    w = Word.by_text(["a", "b"])
    with pytest.raises(ValueError, match="indent"):  # one indent short: no half-made line
        Line.of_splits([(w["a"],), (w["b"],)], [["a"], ["b"]], [0.0])
    with pytest.raises(ValueError, match="text"):  # one text too many
        Line.of_splits([(w["a"],)], [["a"], ["b"]], [0.0])
    with pytest.raises(ValueError, match="kind"):
        Block.of_lines(["b1", "b2"], [BlockKind.BODY], [(), ()])
