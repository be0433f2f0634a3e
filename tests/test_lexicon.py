"""Lexicons: the de-hyphenation helper, user word lists, the silent jieba segmenter."""

from __future__ import annotations

from pathlib import Path

import pytest

from ocr import lexicon
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


def test_segmenter_reads_jiebas_cache_whole_and_falls_back_when_it_is_not_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The prefix dictionary is unmarshalled from the cache's bytes (jieba's own load
    reads the open file a few bytes at a time: a second of every Chinese run), and is
    the one jieba built; a cache that is not one is built anew, as jieba would."""
    import jieba

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    built = segmenter.__wrapped__()  # (no cache yet: jieba builds it and writes it)
    cache = tmp_path / "newsocr" / lexicon.JIEBA_CACHE
    assert cache.is_file()
    calls: list[object] = []
    initialize = jieba.Tokenizer.initialize
    monkeypatch.setattr(jieba.Tokenizer, "initialize",
                        lambda tok, *a: calls.append(tok) or initialize(tok, *a))
    read = segmenter.__wrapped__()
    assert not calls and read.initialized
    assert (read.FREQ, read.total) == (built.FREQ, built.total)
    assert list(read.cut("苏州市位于江苏省东南部", HMM=False)) == list(
        built.cut("苏州市位于江苏省东南部", HMM=False))
    cache.write_bytes(b"not a cache")
    again = segmenter.__wrapped__()
    assert len(calls) == 1 and (again.FREQ, again.total) == (built.FREQ, built.total)


def test_a_cache_that_is_no_regular_file_is_not_read(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A FIFO at the cache's path would block the run (its reader waits for a writer),
    a link to an endless device would fill the memory: only a regular file is read."""
    import os

    import jieba

    fifo = tmp_path / "jieba.cache"
    os.mkfifo(fifo)
    tok = jieba.Tokenizer()
    assert not lexicon._from_cache(tok, fifo) and not tok.initialized
    link = tmp_path / "zero.cache"
    link.symlink_to("/dev/zero")
    assert not lexicon._from_cache(tok, link) and not tok.initialized
