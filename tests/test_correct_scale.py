"""Correction of big pages stays linear and bounded (issue 12, item 4), tested by structure.

What correction remembers across texts (each distinct token's and chunk's lexicon facts,
the character model's gains by five-character window, the Chinese word search's swaps
by run) is bounded, and remembering changes nothing: a text corrected from a cold memo,
a warm one or one that keeps starting afresh gets the same proposals, and a page of many
copies of a text gets each copy's corrections. Correction looks words up through their
blocks, not through a dict of every word of the page. Speed is in
``python -m scripts.bench text-big``.
"""

from __future__ import annotations

import numpy as np
import pytest
from conftest import FIXTURES

import ocr
from ocr.correct import correct_text, corrector_for
from ocr.correct.broken import (
    FIRST,
    JOIN_FIRST,
    JOIN_SECOND,
    RUN,
    SECOND,
    UNKNOWN,
    WHOLE_HEAD,
    WHOLE_SECOND,
    WHOLE_TAIL,
)
from ocr.correct.context import FORM_MEMO, JOIN_EXTRA
from ocr.correct.han import RUN_MEMO
from ocr.correct.han_lm import char_model
from ocr.correct.han_swaps import LmSwaps, WindowMemo
from ocr.correct.latin import LatinCorrector
from ocr.correct.words import WordIndex
from ocr.profiles import load_profile

#: English with misreadings the corrector fixes (tbe, constrnction, rnodern) ...
EN_NOISY = ("The council approved tbe plan for road constrnction and a rnodern library "
            "after a long session, said the mayor.")
#: ... and Chinese: a look-alike that breaks a word, and a real-word misreading.
ZH_NOISY = ("他们在会上讨沦了明年的工作计划。学校组织学生参观了历史博物馆，同学们着得很认真。"
            "市长在会仪上强调，要加快推进老旧小区改造。")


def _fixes(text: str) -> list[tuple[int, str, str]]:
    return [(p.start, p.original, p.corrected) for p in correct_text(text)[1]]


def test_what_english_correction_remembers_is_bounded() -> None:
    latin = corrector_for(load_profile(None)).latin
    correct_text(EN_NOISY)
    for memo in (latin.form, latin.chunk, latin.pieces.roles):
        info = memo.cache_info()
        assert info.maxsize == FORM_MEMO and 0 < info.currsize <= FORM_MEMO


def test_remembered_forms_give_the_same_english_corrections() -> None:
    latin = corrector_for(load_profile(None)).latin
    latin.form.cache_clear()
    latin.chunk.cache_clear()
    cold = _fixes(EN_NOISY)
    assert {(o, c) for _, o, c in cold} >= {("tbe", "the"), ("constrnction", "construction")}
    assert _fixes(EN_NOISY) == cold  # warm


def test_the_words_a_broken_pair_may_make_are_the_ones_zipf_reads() -> None:
    """``whole_words`` passes over a pair whose joined word is not among ``Pieces.wholes``:
    they are exactly the words of Zipf >= known_zipf + JOIN_EXTRA, a user's lexicon read
    before the general one (a word it adds, a listed word it makes rarer)."""
    settings = load_profile(None).correction
    user = {"ratepayerz": 5.0, "between": 0.5, "ownerz": 1.0}
    latin = LatinCorrector(settings, user, frozenset())
    floor = settings.known_zipf + JOIN_EXTRA
    expected = {w for w in (*latin.lex, *user) if latin.zipf(w) >= floor}
    assert latin.pieces.wholes == expected
    assert "ratepayerz" in expected and "between" not in expected and "ownerz" not in expected


def test_a_token_s_roles_are_what_the_broken_word_passes_test_of_it() -> None:
    """Each bit of ``broken.roles`` is a test a pass makes of the token alone; a token
    without it is one the pass would pass over wherever it stands."""
    latin = corrector_for(load_profile(None)).latin
    roles = latin.pieces.roles
    assert roles("botwi") & JOIN_FIRST and roles("en") & JOIN_SECOND  # botwi en -> between
    assert roles("botwi") & UNKNOWN and not roles("the") & UNKNOWN
    assert not roles("the") & JOIN_FIRST  # a function word is no piece
    assert roles("ra") & FIRST and roles("tes") & WHOLE_SECOND  # ra tes -> rates
    assert not roles("Tes") & SECOND and not roles("s") & WHOLE_SECOND
    assert not roles("RAtes") & FIRST and not roles("r4") & FIRST
    assert roles("thocounlrj") & RUN and not roles("Thocounlrj") & RUN
    assert not roles("country") & RUN and not roles("tho") & RUN
    # the heads and tails of the words two pieces may join into (ra tes -> rates)
    assert roles("Ra") & WHOLE_HEAD and roles("tes") & WHOLE_TAIL
    assert not roles("qzx") & WHOLE_HEAD and not roles("qzx") & WHOLE_TAIL
    assert all(roles(w[:k]) & WHOLE_HEAD and roles(w[k:]) & WHOLE_TAIL
               for w in latin.pieces.wholes or () if w.isalpha() for k in range(2, len(w) - 1))


def test_window_memo_gives_the_model_s_gains_and_stays_bounded() -> None:
    """Gains from the memo equal those computed afresh, for repeated text (hits) and for
    distinct text past the memo's size (it starts afresh, never grows past it)."""
    channels = corrector_for(load_profile(None)).han.channels()
    model = char_model()
    page = (FIXTURES / "text" / "zh-taicang.txt").read_text(encoding="utf-8-sig")
    texts = [t for t in page.split("\n") if t.strip()]
    memo = WindowMemo(size=200)
    for text in [*texts, *texts, ZH_NOISY]:
        plain = LmSwaps(model, text, channels)
        kept = LmSwaps(model, text, channels, memo)
        assert np.array_equal(plain.net, kept.net) and np.array_equal(plain.top, kept.top)
        assert len(memo) <= 200
    assert len(memo) > 0


def test_window_memo_keeps_a_bounded_number_of_gains() -> None:
    """A window a text repeats is kept once per time it stands there, so the memo is
    bounded in gains as well as windows: a phrase repeated through a long paragraph does
    not leave a batch worker with an array the size of that paragraph for life."""
    channels = corrector_for(load_profile(None)).han.channels()
    model = char_model()
    memo = WindowMemo(size=200, rows=5_000)
    for text in ["中华人民共和国国务院会议讨论" * 60, "今天多云，国务院会议讨论。" * 3]:
        plain = LmSwaps(model, text, channels)
        kept = LmSwaps(model, text, channels, memo)
        assert np.array_equal(plain.net, kept.net) and np.array_equal(plain.top, kept.top)
        assert memo.used <= 5_000 and len(memo.gains) <= 2 * 5_000
    assert len(memo) > 0


def test_remembered_runs_give_the_same_chinese_corrections() -> None:
    han = corrector_for(load_profile(None)).han
    han.runs.clear()
    han.windows.clear()
    cold = _fixes(ZH_NOISY)
    assert [(o, c) for _, o, c in cold] == [("讨沦", "讨论"), ("着", "看"), ("会仪", "会议")]
    assert _fixes(ZH_NOISY) == cold  # from the memos
    assert _fixes("今天多云。" + ZH_NOISY) == [(s + 5, o, c) for s, o, c in cold]  # moved
    assert 0 < len(han.runs) <= RUN_MEMO


def test_texts_scored_together_get_what_each_gets_alone() -> None:
    """The character model scores a page's texts in batches (``HanCorrector.propose_all``):
    each text's proposals are those it gets alone, wherever it falls in a batch."""
    corrector = corrector_for(load_profile(None))
    page = (FIXTURES / "text" / "zh-taicang.txt").read_text(encoding="utf-8-sig")
    texts = [*page.split("\n"), ZH_NOISY, EN_NOISY, "", "太仑", *ZH_NOISY.split("。")] * 5
    alone = [corrector.propose(t) for t in texts]
    assert corrector.propose_all(texts) == alone
    assert sum(map(len, alone)) >= 5 * 4


@pytest.mark.parametrize(("noisy", "lang"), [(EN_NOISY, "en"), (ZH_NOISY, "zh")])
def test_a_page_of_many_copies_corrects_every_copy(noisy: str, lang: str) -> None:
    """Words and runs remembered from the first copy are corrected again in every other."""
    one = ocr.process(noisy + "\n", lang=lang)
    assert one.corrections
    copies = 300
    many = ocr.process((noisy + "\n\n") * copies, lang=lang)
    per_copy = sorted((c.original, c.corrected) for c in one.corrections)
    assert sorted((c.original, c.corrected) for c in many.corrections) == sorted(
        per_copy * copies)
    text = "\n".join(p for a in many.articles for p in a.paragraphs)
    assert text.count(per_copy[0][1]) >= copies
    assert not any(original in text for original, _ in per_copy)


def test_the_word_index_holds_blocks_and_finds_every_word() -> None:
    page = ocr.process((EN_NOISY + "\n\n") * 20, lang="en", correct=False)
    index = WordIndex(page.blocks)
    every = {(b.id, li, wi): w for b in page.blocks for li, line in enumerate(b.lines)
             for wi, w in enumerate(line.words)}
    assert len(index) == len(every) and dict(index.items()) == every
    block = page.blocks[0].id
    assert (block, 0, 10_000) not in index and ("no such block", 0, 0) not in index
    assert (block, -1, 0) not in index


def test_a_long_page_of_a_newspaper_page_repeated_is_assembled_and_corrected_per_copy() -> None:
    """A ~220 KB page: a fixture page with two misreadings, 100 times over. Every copy
    gives its three articles and its two corrections (nothing lost to what correction
    remembered from the copies before), and the corrected words are in the blocks."""
    text = (FIXTURES / "text" / "en-herald.txt").read_text(encoding="utf-8-sig")
    noisy = text.replace("approved a", "approved tbe", 1).replace("construction", "constrnction")
    one = ocr.process(noisy, lang="en")
    assert len(one.articles) == 3 and len(one.corrections) == 2
    copies = 100
    page = ocr.process((noisy + "\n\n") * copies, lang="en")
    assert len(page.articles) == 3 * copies
    assert sorted((c.original, c.corrected) for c in page.corrections) == sorted(
        [(c.original, c.corrected) for c in one.corrections] * copies)
    words = [w for b in page.blocks for line in b.lines for w in line.words]
    assert sum(w.original == "tbe" and w.text == "the" for w in words) == copies
    assert not any(w.text == "constrnction" for w in words)



def test_a_text_s_chunks_and_their_starts_are_the_white_space_delimited_runs() -> None:
    """``latin._chunks`` splits a single-spaced text at its spaces and sums the starts;
    any other white space (two spaces, a line end, a tab, a no-break or ideographic
    space, a leading space) goes the regex way: both give what ``CHUNK`` finds."""
    from ocr.correct.latin import CHUNK, _chunks

    for text in ["", "one", "one two  three", "a\nb c", "tab\there", " lead", "trail ",
                 "no\xa0break", "全\u3000角 x", "zero\u200bwidth y", "The 4.2 bn, (said) it.",
                 "\x1cfs x", "x" * 50 + " " + "y"]:
        found = list(CHUNK.finditer(text))
        assert _chunks(text) == ([m.group() for m in found], [m.start() for m in found])
