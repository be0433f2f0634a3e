"""The corrector's shortcuts give what the long way gives: variants built only where they
can be a word (``channel.variants_in``, ``channel.confusions_in``), rewrites built from the
token's own matches (``latin_confusions.latin_variants``), and the character model's answers to
the word search read from lists (``han_swaps.LmSwaps.passing``, ``best``), and the
near words found after letter counts ruled most words out (``near.near_words``)."""

from __future__ import annotations

import numpy as np
import pytest
from rapidfuzz import process
from rapidfuzz.distance import Hamming, Levenshtein

from ocr.correct import corrector_for
from ocr.correct.channel import confusions_in, one_confusion, targets_of, variants_in
from ocr.correct.han_lm import HashTable, char_model
from ocr.correct.han_swaps import LmSwaps
from ocr.correct.latin_confusions import _variants_search, latin_variants
from ocr.correct.near import PER_BUCKET, TARGET_ZIPF, near_words, substitutions
from ocr.correct.real_words import common_words
from ocr.lexicon import general
from ocr.profiles import load_profile

#: Readings in the manner of old newspaper OCR, and words and non-words around them.
TOKENS = (
    "tbe", "tho", "rnodern", "tlie", "wliich", "bouse", "nccting", "entronco", "botwoon",
    "aud", "iu", "ot", "fiom", "acies", "lnnd", "waa", "yvas", "1and", "c0urt", "5ale",
    "mid", "tile", "hie", "ſhall", "clay", "vvhen", "rn", "m", "ii", "", "x", "qqqq",
    "the", "government", "constitution", "o'clock", "l'homme", "|ight", "iiiiiiii",
)


def _tokens() -> list[str]:
    return [*TOKENS, *sorted(general("en"))[::997]]


@pytest.mark.parametrize("known", [3.0, 4.5])
def test_variants_in_a_word_set_are_the_variants_that_are_its_words(known: float) -> None:
    words = common_words(known)
    targets = targets_of(words)
    small = targets_of(frozenset({"the", "he", "be", "in", "and", "from", "modern"}))
    for tok in _tokens():
        for rewrites in (0, 1, 2, 3):
            full = latin_variants(tok, rewrites).items()
            assert list(variants_in(tok, targets, rewrites).items()) == [
                (v, n) for v, n in full if v in words
            ], tok
            assert list(variants_in(tok, small, rewrites).items()) == [
                (v, n) for v, n in full if v in small.words
            ], tok
        for t in (targets, small):
            assert list(confusions_in(tok, t).items()) == [
                (v, c) for v, c in one_confusion(tok).items() if v in t.words
            ], tok
    assert variants_in("tbe", targets)["the"] == 1
    assert "modern" in variants_in("rnodcrn", small)  # two rewrites


def _bucket_search(low: str, lengths: range, edits: int, scorer: object) -> list[str]:
    """The best ``PER_BUCKET`` of every common word of each length sharing ``low``'s first
    (or last) letter, by rapidfuzz alone."""
    found: set[str] = set()
    words = [w for w, z in general("en").items() if z >= TARGET_ZIPF and "'" not in w]
    for n in lengths:
        for side in (0, -1):
            bucket = [w for w in words if len(w) == n and w[side] == low[side]]
            found |= {w for w, *_ in process.extract(
                low, bucket, scorer=scorer, score_cutoff=edits, limit=PER_BUCKET)}
    return sorted(found)


def test_near_words_ruled_out_by_letter_counts_are_none_rapidfuzz_would_find() -> None:
    tokens = [t for t in _tokens() if len(t) >= 3 and t.isalpha()][::3]
    assert len(tokens) > 40
    for tok in tokens:
        for edits in (2, 3):
            reach = min(edits, 2)
            lengths = range(len(tok) - reach, len(tok) + reach + 1)
            assert near_words(tok, edits) == _bucket_search(
                tok, lengths, edits, Levenshtein.distance), tok
        assert substitutions(tok, 2) == _bucket_search(
            tok, range(len(tok), len(tok) + 1), 2, Hamming.distance), tok
    assert "between" in near_words("botwoon", 3)
    assert "government" in near_words("govermnent", 3)


def test_rewrites_built_from_the_token_s_matches_are_those_the_search_finds() -> None:
    for tok in _tokens():
        for rewrites in (0, 1, 2):
            assert list(latin_variants(tok, rewrites).items()) == list(
                _variants_search(tok, rewrites).items()
            ), tok
    assert latin_variants("rnodcrn")["modern"] == 2


def test_the_word_search_reads_the_character_model_as_numpy_computed_it() -> None:
    channels = corrector_for(load_profile(None)).han.channels()
    text = "他是我的女朋反，我们讨沦了会仪的安排。太仑 abc 苏卅"
    lm = LmSwaps(char_model(), text, channels)
    tried = 0
    for k in range(len(text)):
        assert lm.best(k, k + 3) == lm.top[k : k + 3].max()
        row = int(lm.row[k])
        for floor in (-1.0, -0.1, 0.0, 0.7, 3.5):
            if row < 0:
                assert lm.passing(k, floor) == []
                continue
            a, b = int(lm.starts[row]), int(lm.starts[row + 1])
            want = np.flatnonzero(lm.net[a:b] >= floor).tolist()
            assert lm.passing(k, floor) == (want if lm.top[k] >= floor else [])
            tried += len(want)
    assert tried > 0


def test_hash_table_finds_keys_past_their_home_slot_and_nothing_else() -> None:
    """``HashTable.get`` reads a key's home slot first and the window after it only when
    another key sits there: keys moved on by collisions are found, absent ones are not."""
    rng = np.random.default_rng(7)
    keys = np.unique(rng.integers(1, 2**62, 20000, dtype=np.int64).astype(np.uint64))
    quanta = rng.integers(0, 256, len(keys)).astype(np.uint8)
    table = HashTable(keys, quanta, -0.05)
    moved = table.keys[table._slot(keys)] != keys
    assert table.reach > 0 and moved.sum() > 100
    assert np.array_equal(table.get(keys), quanta * np.float32(-0.05))
    absent = np.setdiff1d(keys + np.uint64(3), keys)
    assert np.isnan(table.get(absent)).all()
    one = HashTable(np.array([5], dtype=np.uint64), np.array([20], dtype=np.uint8), -0.05)
    assert one.reach == 0
    got = one.get(np.array([5, 6], dtype=np.uint64))
    assert got[0] == np.float32(20) * np.float32(-0.05) and np.isnan(got[1])
