"""Lexicons: the de-hyphenation helper, user word lists, the silent jieba segmenter."""

from __future__ import annotations

from pathlib import Path

import pytest

from ocr.errors import InputError
from ocr.lexicon import is_word, read_user_lexicon, segmenter, user_lexicon, zipf


@pytest.mark.parametrize("word", ["newspaper", "Newspaper", "cooperation", "postwar", "the"])
def test_is_word_knows_joined_compounds(word: str) -> None:
    assert is_word(word, "en")


@pytest.mark.parametrize("word", ["wellknown", "selfemployed", "rnodern", "uptodate", ""])
def test_is_word_refuses_hyphenated_compounds_and_misreadings(word: str) -> None:
    assert not is_word(word, "en")


def test_is_word_chinese_and_unknown_language() -> None:
    assert is_word("苏州", "zh")
    assert not is_word("苏卅", "zh")
    assert not is_word("newspaper", "xx")


def test_user_lexicon_frequencies_and_scripts(tmp_path: Path) -> None:
    path = tmp_path / "names.txt"
    path.write_text("# places\n甪直\nWoolloomooloo\t3.5\n周庄\t2000000\n\n", encoding="utf-8")
    lex = read_user_lexicon(path)
    assert lex.han["甪直"] == 5.0 and lex.han["周庄"] == pytest.approx(6.3)
    assert lex.latin["woolloomooloo"] == 3.5
    merged = user_lexicon(["names.txt"], str(tmp_path / "title.toml"))
    assert "甪直" in merged.han


def test_user_lexicon_errors_name_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("word\tmany\n", encoding="utf-8")
    with pytest.raises(InputError, match="bad.txt: line 1"):
        read_user_lexicon(bad)
    with pytest.raises(InputError, match="missing.txt"):
        read_user_lexicon(tmp_path / "missing.txt")


def test_zipf_scale() -> None:
    assert zipf("the", "en") > 7 > zipf("modern", "en") > 4
    assert zipf("rnodern", "en") == 0.0


def test_segmenter_is_silent_and_groups_words(capfd: pytest.CaptureFixture[str]) -> None:
    words = list(segmenter().cut("苏州市位于江苏省东南部", HMM=False))
    assert "苏州市" in words or "苏州" in words
    assert "jieba" not in capfd.readouterr().err.lower()
