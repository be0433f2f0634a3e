"""The English word-trigram model (``ngrams.Trigrams``, built from the CMU Sphinx US
English model by scripts/make_en_trigrams.py) and the real-word decisions it shares with
the word-bigram model (``context.in_context``)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from ocr.correct import correct_text
from ocr.correct.correct import corrector_for
from ocr.correct.ngrams import TRI_DATA, trigrams
from ocr.correct.sentence import Around
from ocr.correct.tokens import TOKEN
from ocr.profiles import load_profile


@pytest.mark.parametrize(
    ("read", "fixed"),
    [
        # a real-word error the word pairs alone leave (bigrams: "been m" / "m england"
        # say too little; two words either side decide)
        ("He had been m England ever since the close of the war.",
         "He had been in England ever since the close of the war."),
        ("As a matter of fact we sec spontaneous generation in every pond.",
         "As a matter of fact we see spontaneous generation in every pond."),
    ],
)
def test_two_words_either_side_fix_what_word_pairs_leave(read: str, fixed: str) -> None:
    assert correct_text(read)[0] == fixed


@pytest.mark.parametrize(
    "line",
    [
        # right words with a far commoner word one OCR confusion away (boon/been,
        # bud/bad, arc/are) or rare old words (congou, roods): left as printed
        "Cheap land is a boon to the settler and his family.",
        "The bud of the vine was damaged by the late frost.",
        "The arc lamps were lit along the street last night.",
        "The vessel took in a cargo of congou and other teas for London.",
        "The roods and perches of the allotment were measured by the surveyor.",
    ],
)
def test_right_rare_words_are_left_alone(line: str) -> None:
    assert correct_text(line)[0] == line


def test_the_trigram_model_backs_off_and_prefers_english() -> None:
    lm = trigrams()
    # a triple of the model, and the same word after an unseen history (backed off)
    assert lm.cond("the", "one", "of") > lm.cond("tho", "one", "of") + 3
    assert lm.cond("been", "he", "had") > lm.cond("been", "he", "bad") + 1
    assert lm.window(["the", "old"], "hut", []) < lm.window(["the", "old"], "house", [])
    # a word the model lacks falls back to its wordfreq frequency, below common words
    assert -12 < lm.logp("congou") < lm.logp("tea")
    assert lm.span(["of"], ("the",), ["colony"]) == pytest.approx(
        lm.cond("the", "of") + lm.cond("colony", "of", "the")
    )


def test_the_context_reaches_two_words_and_stops_at_punctuation() -> None:
    text = "the sale of tho land, at noon"
    toks = [(m.start(), m.group(), False, True) for m in TOKEN.finditer(text)]
    i = [t for _, t, _, _ in toks].index("tho")
    corrector = corrector_for(load_profile(None)).latin
    assert corrector._context(text, toks, i) == ("of", "land")
    around = corrector._around(text, toks, i)
    assert around == Around(("sale", "of"), ("land",))  # the comma ends it
    assert (around.prev, around.nxt) == ("of", "land")


def test_the_shipped_model_is_small_sorted_and_quantised() -> None:
    assert TRI_DATA.stat().st_size < 10_000_000
    with np.load(TRI_DATA) as z:
        for k in ("uni_keys", "bi_keys", "tri_keys"):
            keys = z[k]
            assert keys.dtype == np.uint32 and bool(np.all(keys[1:] > keys[:-1]))
        assert len(z["tri_keys"]) > 100_000 and len(z["bi_keys"]) > 300_000


def test_the_converter_reads_the_sphinx_trie_as_the_shipped_model_says() -> None:
    from scripts.make_en_trigrams import _find_model, load

    m = load(_find_model(None))
    words: list[str] = m["words"]  # type: ignore[assignment]
    assert len(words) == 72547
    at = {w: i for i, w in enumerate(words)}
    p1 = np.asarray(m["p1"])
    assert p1[at["the"]] == pytest.approx(trigrams().logp("the"), abs=0.05)
    # the pair "of the" (trie order: predicted word first)
    last, first, p2 = np.asarray(m["w1"]), np.asarray(m["w2"]), np.asarray(m["p2"])
    j = np.flatnonzero((last == at["the"]) & (first == at["of"]))
    assert len(j) == 1 and float(p2[j[0]]) == pytest.approx(trigrams().cond("the", "of"), abs=0.05)
    assert Path(str(_find_model(None))).name == "en-us.lm.bin"
