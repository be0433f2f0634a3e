"""The shortcuts that keep a 10 MB text page and a diff of two of them fast (issue 12,
items 4 and 5) give what the long way gives, on hostile and realistic text.

Each shortcut is checked against the general path it stands in for: the ALTO writer's
plain lines (``alto_lines._Templates``) against its word-by-word writer, QA's white-space collapse
against the ``\\s+`` it replaces, its streamed word codes against ``encode`` of the word
lists, its bag distance against the multiset difference it is defined as, and its
bigram similarity against Counters of bigram strings.
"""

from __future__ import annotations

import random
import unicodedata
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from conftest import FIXTURES
from hypothesis import given, settings
from hypothesis import strategies as st

import ocr
from ocr import qa, qa_align, qa_match, qa_words
from ocr.errors import InputError
from ocr.model import Block, BlockKind, Line, Page, Source, Word
from ocr.qa_load import diff_paths, read_plain
from ocr.writers import alto, alto_lines

TEXTS = sorted((FIXTURES / "text").glob("*.txt"))

#: Words of every kind a plain line may or may not hold: Latin, accented, CJK runs,
#: markup to escape, a lone hyphen, a word ending in one, a soft hyphen, a control.
WORDS = ["news", "café", "Zürich", "漢字", "新闻", "a&b", '"quoted"', "<tag>", "-", "co-",
         "x\u00ad", "re--", "ok.", "—", "ｆｕｌｌ", "bad\x01", "5%"]


def _page(lines: list[list[str]], indents: list[float]) -> Page:
    made = tuple(Line(tuple(Word(w) for w in ws), indent=i)
                 for ws, i in zip(lines, indents, strict=False))
    half = len(made) // 2
    return Page(id="p", source=Source("p.txt", "", "text"), lang="en", blocks=(
        Block("b1", BlockKind.BODY, made[:half]), Block("b2", BlockKind.BODY, made[half:])))


def _without_templates(page: Page, monkeypatch: pytest.MonkeyPatch) -> bytes:
    with monkeypatch.context() as m:
        m.setattr(alto_lines._Templates, "line", lambda *_: None)
        return alto.alto_bytes(page)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=6), min_size=1,
                max_size=12),
       st.lists(st.sampled_from([0.0, 0.0, 2.0, 4.5]), min_size=12, max_size=12))
def test_plain_lines_are_written_as_the_word_by_word_writer_writes_them(
        lines: list[list[str]], indents: list[float]) -> None:
    page = _page(lines, indents)
    with pytest.MonkeyPatch.context() as m:
        assert alto.alto_bytes(page) == _without_templates(page, m)


@pytest.mark.parametrize("path", TEXTS, ids=[p.stem for p in TEXTS])
def test_fixture_pages_alto_is_the_same_without_templates(
        path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = ocr.process(path, correct=True)
    assert alto.alto_bytes(page) == _without_templates(page, monkeypatch)


def test_templates_take_most_lines_of_a_text_page() -> None:
    """Not a time test: the shortcut is taken where it should be (a plain line), and
    left where it must be (hyphen, escape, CJK beside a space, a corrected word)."""
    templates = alto_lines._Templates("")
    lines = [Line((Word("plain"), Word("words"))), Line((Word("café"), Word("Zürich"))),
             Line((Word("漢字新闻"),)), Line((Word('"x"'), Word("y")))]
    assert all(templates.line(ln, "L", {}) is not None for ln in lines)
    others = [Line((Word("co-"),)), Line((Word("漢字"), Word("news"))),
              Line((Word("fixed", original="flxed"),)), Line((Word("bad\x01"),))]
    assert all(templates.line(ln, "L", {}) is None for ln in others)


def test_a_line_longer_than_a_template_is_written_word_by_word(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Templates stay for the process: one for a 300k-word line (a page built through the
    # API) would be kept for good, so such a line goes the word-by-word way.
    long = [f"w{i}" for i in range(alto_lines.TEMPLATE_WORDS + 1)]
    page = _page([long, ["short", "line"]], [0.0, 0.0])
    assert alto_lines._Templates("").line(page.blocks[0].lines[0], "L", {}) is None
    assert alto.alto_bytes(page) == _without_templates(page, monkeypatch)
    assert max(n for _, n in alto_lines._Templates.by_shape) <= alto_lines.TEMPLATE_WORDS


WHITE = [" ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f", "\x85",
         "\xa0", "\u1680", "\u2003", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\u200b"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WHITE + ["a", "漢", "é", "e\u0301", "字 "]), max_size=30))
def test_normalize_collapses_white_space_as_the_regex_does(parts: list[str]) -> None:
    text = "".join(parts)
    nfc = unicodedata.normalize("NFC", text)
    slow = qa_align._WS.sub(" ", nfc).strip()  # what normalize collapsed with before
    if not any(c in text for c in "\x1c\x1d\x1e\x1f"):
        assert " ".join(nfc.split()) == slow
    assert qa_align.normalize(text) == qa_align.normalize(slow)


def test_split_and_regex_agree_on_every_code_point_but_the_separators() -> None:
    """Why ``normalize`` may use ``str.split``: it cuts at ``\\s`` and U+001C..U+001F only."""
    split = {chr(c) for c in range(0x110000) if chr(c).isspace()}
    regex_ws = {chr(c) for c in range(0x110000) if qa_align._WS.fullmatch(chr(c))}
    assert split - regex_ws == {"\x1c", "\x1d", "\x1e", "\x1f"}
    assert regex_ws <= split


def _noisy(text: str, rng: random.Random) -> str:
    chars = list(text)
    for _ in range(len(chars) // 20):
        chars[rng.randrange(len(chars))] = rng.choice("ab字 \n")
    return "".join(chars)


@pytest.mark.parametrize("path", TEXTS, ids=[p.stem for p in TEXTS])
def test_word_codes_are_encode_of_the_word_lists(path: Path) -> None:
    rng = random.Random(7)
    ref = qa.normalize(read_plain(path).text)  # (fixtures in several encodings)
    for hyp in (ref, qa.normalize(_noisy(ref, rng)), "", "漢字新闻", "only latin words"):
        for a, b in ((ref, hyp), (hyp, ref)):
            rw, hw = qa_align.words_of(a), qa_align.words_of(b)
            got = qa_words.word_codes(a, b)
            assert (got.a, got.b) == qa_align.encode(rw, hw)
            assert (got.ref, got.hyp) == (len(rw), len(hw))
            ca, cb = Counter(rw), Counter(hw)
            assert got.bag == max(sum((ca - cb).values()), sum((cb - ca).values()))


@pytest.mark.parametrize("path", TEXTS, ids=[p.stem for p in TEXTS])
def test_a_long_texts_words_coded_run_by_run_are_those_coded_whole(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page longer than ``WORD_RUN`` is cut into runs where no word goes on (a space,
    after a CJK character) and its words coded run by run: the codes are ``encode``'s of
    the whole word lists, whichever side first has a word of several code points."""
    monkeypatch.setattr(qa_words, "WORD_RUN", 37)
    rng = random.Random(11)
    ref = qa.normalize(read_plain(path).text)
    cjk = "".join(c for c in ref if qa_align.is_cjk(c))[:300]
    for hyp in (ref, qa.normalize(_noisy(ref, rng)), cjk, cjk + " 北京 word", "x" * 100, ""):
        for a, b in ((ref, hyp), (hyp, ref), (cjk, hyp)):
            rw, hw = qa_align.words_of(a), qa_align.words_of(b)
            got = qa_words.word_codes(a, b)
            assert (got.a, got.b) == qa_align.encode(rw, hw)
            assert (got.ref, got.hyp) == (len(rw), len(hw))
            simple = qa_align.one_per_code_point(a), qa_align.one_per_code_point(b)
            assert qa_words.word_codes(a, b, simple) == got


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from("aab字é"), max_size=20), st.lists(st.sampled_from("abb字x"),
                                                                   max_size=20))
def test_bag_distance_is_the_larger_side_of_the_multiset_difference(
        a: list[str], b: list[str]) -> None:
    ca, cb = Counter(a), Counter(b)
    assert qa.bag_distance(a, b) == max(sum((ca - cb).values()), sum((cb - ca).values()))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab字é\ud800\U0010ffff", max_size=30), st.integers(0, 2),
       st.integers(0, 2))
def test_shared_code_points_are_the_counters_intersection(text: str, ra: int, rb: int) -> None:
    """Short strings are counted by ``Counter``, long ones by ``np.bincount``: both give the
    multiset intersection (lone surrogates and the last code point included)."""
    a, b = text * (1 + ra * 400), text[::-1] * (1 + rb * 300)
    ca, cb = Counter(a), Counter(b)
    assert qa_align.shared_code_points(a, b) == sum((ca & cb).values())
    assert qa.bag_distance(a, b) == qa.bag_distance(list(a), list(b))


def _bigram_strings(text: str) -> Counter[str]:
    """A text's bigrams the long way: a Counter of two-character strings."""
    t = text.replace(" ", "")
    return Counter(t) if len(t) < 2 else Counter(t[i:i + 2] for i in range(len(t) - 1))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aab 字é\uff60", max_size=90),
       st.text(alphabet="abb 字x\uff60", max_size=90))
def test_similarity_of_sorted_bigram_codes_is_the_dice_of_their_strings(a: str, b: str) -> None:
    """Bigrams as sorted ints (their intersection a longest common subsequence) score what
    Counters of bigram strings score, short texts (made in Python) and long (numpy)."""
    a, b = qa.normalize(a), qa.normalize(b)
    ga, gb = qa_match.bigrams(a), qa_match.bigrams(b)
    assert isinstance(ga, list) and isinstance(gb, list)
    ca, cb = _bigram_strings(a), _bigram_strings(b)
    assert qa_match.as_counter(ga) == ca
    total = ca.total() + cb.total()
    assert qa_match.similarity(ga, gb) == (2 * sum((ca & cb).values()) / total if total else 1.0)
    assert qa_match.similarity(ca, gb) == qa_match.similarity(ga, gb)  # (a text of clusters)


@pytest.mark.parametrize("words", [300, 3000, 30000])
def test_long_segments_share_by_counts_what_the_lcs_shares(words: int) -> None:
    """Segments past ``LCS_MAX`` bigrams (a page of no blank lines is one segment) are
    held as numpy arrays and scored by counting, not by a longest common subsequence whose
    cost is the product of their lengths: the same Dice as Counters of bigram strings, on
    either side of it."""
    rng = random.Random(words)
    vocab = "the of and council meeting road bridge 会议 道路 caf\u00e9".split()
    a = qa.normalize(" ".join(rng.choice(vocab) for _ in range(words)))
    b = qa.normalize(" ".join(rng.choice(vocab) for _ in range(words)))
    ga, gb = qa_match.bigrams(a), qa_match.bigrams(b)
    assert not isinstance(ga, Counter) and not isinstance(gb, Counter)
    ca, cb = _bigram_strings(a), _bigram_strings(b)
    assert qa_match.as_counter(ga) == ca
    total = ca.total() + cb.total()
    assert (total >= qa_match.LCS_MAX) == (words > 300)
    assert qa_match.similarity(ga, gb) == 2 * sum((ca & cb).values()) / total


def test_more_distinct_words_than_code_points_is_a_one_line_error(tmp_path: Path) -> None:
    """Two texts with more distinct words than there are code points to code them (no
    newspaper's: 600,000 each here, under the 10 MB limit) are refused naming the file,
    not a ``chr`` traceback."""
    half = qa_align.CODE_SPACE // 2 + 10
    (tmp_path / "e.txt").write_text(" ".join(f"w{i}" for i in range(half)) + "\n")
    (tmp_path / "a.txt").write_text(" ".join(f"v{i}" for i in range(half)) + "\n")
    with pytest.raises(InputError, match=r"a\.txt: has more than 1,114,112 distinct words"):
        diff_paths(tmp_path / "e.txt", tmp_path / "a.txt")


def test_candidates_are_the_same_from_codes_and_from_strings() -> None:
    """The rarest bigrams of a segment are the same whether they are ints or strings
    (ints sort as their strings do), so the same pairs are proposed."""
    rng = random.Random(11)
    words = ["news", "the", "a", "report", "字", "新闻", "é", "x"]
    ref = [" ".join(rng.choice(words) for _ in range(rng.randrange(1, 12))) for _ in range(700)]
    hyp = [_noisy(t, rng) for t in ref]
    rb = [qa_match.bigrams(qa.normalize(t)) for t in ref]
    hb = [qa_match.bigrams(qa.normalize(t)) for t in hyp]
    assert all(isinstance(b, list) for b in (*rb, *hb))
    as_strings = list(qa_match.candidates([qa_match.as_counter(b) for b in rb],
                                          [qa_match.as_counter(b) for b in hb]))
    assert list(qa_match.candidates(rb, hb)) == as_strings
    assert len(as_strings) > len(ref)


@pytest.mark.parametrize("run", [7, 64, 1 << 20])
def test_anchors_hashed_in_runs_are_those_hashed_whole(
        run: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """K-grams are hashed ``HASH_RUN`` at a time: the anchors are the same whatever the
    run, across run boundaries and at the ends."""
    rng = random.Random(3)
    a = "".join(rng.choice("abcd字 ") for _ in range(3000))
    b = _noisy(a, rng)
    whole = qa_align.anchors(a, b, 5), qa_align.anchors(a, b, 12)
    monkeypatch.setattr(qa_align, "HASH_RUN", run)
    assert (qa_align.anchors(a, b, 5), qa_align.anchors(a, b, 12)) == whole
    assert whole[0]  # (the texts mostly agree: there are anchors to find)


@pytest.mark.parametrize("k", [2, 3, 5, 12])
def test_kgrams_found_once_are_np_uniques_counted_once(k: int) -> None:
    """The sampled k-grams found once, and where: those ``np.unique`` counts once (with
    repeats, a single k-gram, and none at all)."""
    rng = random.Random(k)
    for text in ("".join(rng.choice("ab字") for _ in range(4000)), "ab" * 500, "a" * k, ""):
        hashes = [qa_align._kgram_hashes(text, k)] if len(text) >= k else []
        h = np.concatenate(hashes) if hashes else np.zeros(0, dtype=np.uint64)
        pos = np.flatnonzero(h % np.uint64(qa_align.ANCHOR_SAMPLE) == 0)
        values, first, counts = np.unique(h[pos], return_index=True, return_counts=True)
        got = qa_align._unique_sampled(text, k)
        assert np.array_equal(got[0], values[counts == 1])
        assert np.array_equal(got[1], pos[first[counts == 1]])


def _words_the_long_way(norm: str) -> list[str]:
    """``words_of`` as it was: a Python step a grapheme cluster."""
    out: list[str] = []
    for chunk in norm.split(" "):
        run: list[str] = []
        for g in qa_align._GRAPHEME.findall(chunk):
            if qa_align.is_cjk(g[0]):
                if run:
                    out.append("".join(run))
                    run = []
                out.append(g)
            else:
                run.append(g)
        if run:
            out.append("".join(run))
    return out


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "é", "e\u0301", "\u0301", "漢", "字\u0301", "。", "，",
                                 "ｆ", "ア", "한", "\U00020000", " ", "  ", "\u200d", "1",
                                 "\U0001F600", "\U0001F1EB\U0001F1F7", "-"]), max_size=25))
def test_words_are_those_the_cluster_loop_gives(parts: list[str]) -> None:
    norm = qa.normalize("".join(parts))
    assert qa_align.words_of(norm) == _words_the_long_way(norm)


@pytest.mark.parametrize("path", TEXTS, ids=[p.stem for p in TEXTS])
def test_fixture_words_are_those_the_cluster_loop_gives(path: Path) -> None:
    norm = qa.normalize(read_plain(path).text)
    assert qa_align.words_of(norm) == _words_the_long_way(norm)


#: One character of each kind UAX #29 treats apart: combining and spacing marks, joiners,
#: a prepended mark, regional indicators, jamo and a Hangul syllable, CR and LF, controls,
#: the soft hyphen and the byte-order mark, a lone surrogate, and plain letters, CJK and
#: symbols (℃, which Chinese prose prints) besides.
KINDS = ["a", "\u0301", "\u0903", "\u200d", "\u200c", "\u0600", "\U0001F1EB", "\u1100",
         "\u1161", "\u11a8", "\uac00", "\r", "\n", "\x01", "\xad", "\ufeff", "\ud800", "漢",
         "℃", "\U0001F600", "\U0001F3FB", "。", "ｆ", " ", "\u0e33", "\u094d", "\u0915"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(KINDS), max_size=12))
def test_a_text_of_one_cluster_a_code_point_is_so_by_the_cluster_rules(parts: list[str]) -> None:
    """``one_per_code_point`` (by each character's cluster break property) never says so of
    a normalised text ``\\X`` cuts otherwise, and says so of every text of letters, CJK and
    symbols. (Normalised: CR LF, one cluster of ASCII, is a space by then.)"""
    text = qa.normalize("".join(parts))
    clusters = qa_align._GRAPHEME.findall(text)
    if qa_align.one_per_code_point(text):
        assert clusters == list(text)
    if set(text) <= set("a\x01\xad\ufeff\ud800漢℃\U0001F600。ｆ "):
        assert qa_align.one_per_code_point(text)
