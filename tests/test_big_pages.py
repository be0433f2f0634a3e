"""Big text pages stay linear (issue 12, items 4 and 5), tested by structure, not time.

The ALTO and JSON writers stream into the file in bounded pieces and give the bytes the
lxml tree gave; the look-backs of the text path and of ``diff`` do a bounded amount of
work per block or per character, counted. Speed figures are in
``python -m scripts.bench text-big``.
"""

from __future__ import annotations

import errno
import gc
import io
import json
import os
import random
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO

import pytest
from conftest import FIXTURES
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

import ocr
from ocr import qa, qa_match
from ocr.continuity import Lookback, resumed
from ocr.errors import OutputError, UsageError
from ocr.files import Content, atomic_write_all
from ocr.model import Block, BlockKind, Jump, Line, Page, Source, Word
from ocr.profiles import load_profile
from ocr.writers import json as json_writer
from ocr.writers import write_page
from ocr.writers.alto import alto_bytes, write_alto_to
from ocr.writers.json import json_bytes, page_dict, write_json_to
from ocr.writers.xmlout import Ids, attr, id_name, text
from ocr.xmlsafe import parse_xml

TEXTS = sorted((FIXTURES / "text").glob("*.txt"))


class _Recorder(io.BytesIO):
    """A file that remembers the size of every write."""

    def __init__(self) -> None:
        super().__init__()
        self.sizes: list[int] = []

    def write(self, data: bytes) -> int:  # type: ignore[override]
        self.sizes.append(len(data))
        return super().write(data)


def _lines_page(n: int) -> Page:
    """A text page of ``n`` one-letter lines (the shape of ``a\\n`` x millions)."""
    return ocr.process("a\n" * n, correct=False)


def _lxml_pretty(data: bytes) -> bytes:
    """What lxml writes for the document in ``data``: the bytes the tree writer gave."""
    body = etree.tostring(parse_xml(data), encoding="UTF-8", pretty_print=True)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + body


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
@settings(max_examples=200, deadline=None)
def test_escaping_is_lxmls(value: str) -> None:
    value = "".join(c for c in value if c in "\t\n\r" or ord(c) >= 0x20)
    value = value.replace("\ufffe", "").replace("\uffff", "")
    el = etree.Element("x")
    el.set("V", value)
    el.text = value
    written = etree.tostring(el, encoding="UTF-8").decode()
    assert written == f'<x V="{attr(value)}">{text(value)}</x>'


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_streamed_alto_is_the_lxml_tree_bytes(path: Path) -> None:
    page = ocr.process(path)
    data = alto_bytes(page)
    assert data == _lxml_pretty(data)


def test_streamed_alto_of_hostile_ids_and_hyphens_is_the_lxml_tree_bytes() -> None:
    """Block ids that look like generated line ids (``b_L1``) take the claiming path;
    hyphenated words across lines carry SUBS on both halves, as the tree writer did."""
    def block(bid: str, *lines: str) -> Block:
        return Block(bid, BlockKind.BODY, tuple(
            Line(tuple(Word(w, original="0" + w if w == "amp&" else None) for w in ln.split()))
            for ln in lines))

    page = Page(id="b_L1", source=Source("p<1>.txt", "", "text"), lang="en", blocks=(
        block("b", "a con-", "tinued <word>", "re--", "x"),
        block("b_L1", "one-", "two-", "three amp&"),
        block("b_L1_S1", "漢字 漢字-", "字"),
    ))
    data = alto_bytes(page)
    assert data == _lxml_pretty(data)
    root = parse_xml(data)
    ids = [el.get("ID") for el in root.iter() if el.get("ID")]
    assert len(ids) == len(set(ids))
    subs = [(s.get("CONTENT"), s.get("SUBS_TYPE"), s.get("SUBS_CONTENT"))
            for s in root.iter("{*}String") if s.get("SUBS_TYPE")]
    assert ("con", "HypPart1", "continued") in subs
    assert ("tinued", "HypPart2", "continued") in subs
    assert ("two", "HypPart2", "onetwo") in subs  # one word: second half of the first pair


def test_alto_is_written_in_bounded_pieces() -> None:
    """The writer never holds the document: it writes as it goes, in pieces whose size
    does not grow with the page (a tree would be one write of the whole)."""
    largest = []
    for n in (20_000, 60_000):
        out = _Recorder()
        write_alto_to(_lines_page(n), out)
        assert len(out.sizes) > 4
        assert max(out.sizes) < len(out.getvalue()) / 4
        largest.append(max(out.sizes))
    assert largest[1] < 1.5 * largest[0]


def test_json_is_streamed_with_the_same_bytes() -> None:
    page = ocr.process("word.\n\n" * 20_000, correct=False)
    out = _Recorder()
    write_json_to(page, out)
    assert out.getvalue() == json_bytes(page)
    assert out.getvalue() == (json.dumps(page_dict(page), ensure_ascii=False, indent=2)
                              + "\n").encode("utf-8")
    assert len(out.sizes) > 4 and max(out.sizes) < len(out.getvalue()) / 4


def test_writing_a_page_does_not_wake_the_collector_over_it(tmp_path: Path) -> None:
    """The writers pause the collector; neither before the pause (where the caller's
    young objects are collected) nor when it resumes may it scan the oldest generation,
    where a processed page lies (0.7 s for a 10 MB text page): young objects only. A
    caller that turned the collector off keeps it off, and nothing is collected for it."""
    page = ocr.process("Council approves the plan after a long session.\n\n" * 300,
                       correct=False)
    for _ in range(11):  # the middle generation is due: the next collection takes it in
        gc.collect(0)
    seen: list[int] = []

    def note(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            seen.append(info["generation"])

    gc.callbacks.append(note)
    try:
        write_page(page, tmp_path / "on")
        assert gc.isenabled() and seen and 2 not in seen
        seen.clear()
        gc.disable()
        write_page(page, tmp_path / "off")
        assert not gc.isenabled() and seen == []
    finally:
        gc.enable()
        gc.callbacks.remove(note)


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats()
    | st.text(alphabet=st.characters(codec="utf-8")),
    lambda kids: st.lists(kids, max_size=5) | st.tuples(kids, kids)
    | st.dictionaries(st.text(max_size=5) | st.integers() | st.floats() | st.booleans(), kids,
                      max_size=5),
    max_leaves=30)


@given(_JSON)
@settings(max_examples=300, deadline=None)
def test_json_is_indented_as_the_json_module_indents(value: Any) -> None:
    """The JSON writer's own indenting (lists of strings joined at once, strings escaped
    by ``json``'s C function) writes what ``json.dumps(indent=2)`` writes, for any
    values: escapes, non-finite and huge numbers, number and boolean keys, tuples."""
    parts: list[str] = []
    json_writer._encode(value, "\n", parts, lambda: None)
    assert "".join(parts) == json.dumps(value, ensure_ascii=False, indent=2)


def test_json_keys_and_long_lists_are_written_as_the_json_module_writes_them() -> None:
    """A string subclass as a key (a ``StrEnum``: a block kind) is its characters, and a
    list longer than a flush's worth of pieces is written whole."""
    value = {BlockKind.BODY: 1, "n": list(range(3000)), "s": [str(i) for i in range(3000)]}
    parts: list[str] = []
    json_writer._encode(value, "\n", parts, lambda: None)
    assert "".join(parts) == json.dumps(value, ensure_ascii=False, indent=2)


def _first_free(used: set[str], wanted: str) -> str:
    """An id as ``Ids.claim`` defines it: ``wanted`` made valid, numbered from 2 when
    taken, the first number not taken."""
    base = id_name(wanted)
    out, n = base, 1
    while out in used:
        n += 1
        out = f"{base}_{n}"
    used.add(out)
    return out


@given(st.lists(st.sampled_from(["a", "a_2", "a_3", "区", "区域", "_", "__", "1", "x y", "RO_a",
                                 "", "a_2_2"]), max_size=60))
@settings(max_examples=300, deadline=None)
def test_ids_are_the_first_free_number_whatever_was_claimed_before(names: list[str]) -> None:
    """``Ids`` remembers where each name's numbering stopped (a name claimed k times,
    such as CJK block ids that all read ``_``, costs k steps, not k * k / 2): it still
    gives the first free number, also when a numbered name was claimed on its own."""
    ids, used = Ids(), set()
    assert [ids.claim(n) for n in names] == [_first_free(used, n) for n in names]


def test_a_page_is_written_whole_or_not_at_all(tmp_path: Path) -> None:
    """Streamed formats still go to temporary files first, and are renamed only when all
    are complete: a format that cannot be written leaves none of the page's files."""
    page = _lines_page(10)
    written = write_page(page, tmp_path / "ok")
    assert sorted(p.name for p in written) == ["ok.alto.xml", "ok.json", "ok.txt"]
    (tmp_path / "bad.alto.xml").mkdir()
    with pytest.raises(UsageError, match="is a folder"):
        write_page(page, tmp_path / "bad")
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "bad.alto.xml", "ok.alto.xml", "ok.json", "ok.txt"]


def test_a_disk_full_half_way_through_a_stream_leaves_nothing(tmp_path: Path) -> None:
    """The JSON stream stops with ENOSPC after its first pieces reached the disk (the
    ALTO before it complete): one line naming the file, and neither format nor a
    temporary file is left in the folder."""
    page = ocr.process("word.\n\n" * 20_000, correct=False)

    def json_until_full(fh: BinaryIO) -> None:
        class Full(io.RawIOBase):
            written = 0

            def write(self, data: Any) -> int:
                if self.written > 100_000:
                    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
                self.written += fh.write(data)
                return len(data)

        write_json_to(page, Full())  # type: ignore[arg-type]

    files: list[tuple[Path, Content]] = [
        (tmp_path / "p.alto.xml", partial(write_alto_to, page)),
        (tmp_path / "p.json", json_until_full),
    ]
    with pytest.raises(OutputError) as err:
        atomic_write_all(files)
    assert "p.json" in str(err.value) and "No space left" in str(err.value)
    assert "\n" not in str(err.value)
    assert list(tmp_path.iterdir()) == []


@dataclass
class _Draft:
    """An article as ``assemble`` drafts it, as far as ``ocr.continuity`` looks at it."""

    start: int
    end: int = -1
    blocks: list[Block] = field(default_factory=list)
    jump: Jump | None = None
    pending: bool = False

    @property
    def has_body(self) -> bool:
        return any(b.kind is BlockKind.BODY for b in self.blocks)


def _walk(texts: list[str], memo: Lookback | None) -> list[int | None]:
    """Blocks of a text page fed to ``resumed`` as ``assemble`` does; which earlier
    article (its index) each block went on with."""
    markers = load_profile(None).patterns("en")
    drafts: list[_Draft] = []
    current: _Draft | None = None
    found: list[int | None] = []
    for pos, t in enumerate(texts):
        block = Block(f"b{pos}", BlockKind.BODY, (Line(tuple(Word(w) for w in t.split())),))
        earlier = resumed(drafts, current, block, "en", markers, 0.0, memo)
        found.append(None if earlier is None else drafts.index(earlier))
        if earlier is not None:
            current = earlier
        elif current is None or t[0].isupper() or pos % 7 == 0:
            current = _Draft(start=pos)
            drafts.append(current)
        current.blocks.append(block)
        current.end = pos
        if pos % 11 == 5:
            current.jump, current = Jump("continued on page 2", "2"), None
    return found


def test_the_look_back_asks_a_few_questions_per_block() -> None:
    """A page of one-word paragraphs: each article is asked whether it ends mid-sentence
    when it changed, not once per block for each of the fifty before it."""
    for n in (600, 2_400):
        memo = Lookback()
        _walk(["word."] * n, memo)
        assert memo.asked <= 3 * n


@given(st.lists(st.sampled_from(["word.", "word", "and so", "Then it ended.", "Begun",
                                 "went on.", "the end"]), min_size=1, max_size=150))
@settings(max_examples=60, deadline=None)
def test_the_remembered_look_back_finds_what_asking_every_time_finds(texts: list[str]) -> None:
    assert _walk(texts, Lookback()) == _walk(texts, None)


def _paragraphs(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    vocab = "court river harbour council mayor school tax bridge train market storm".split()
    return [" ".join(rng.choice(vocab) + str(rng.randrange(1000)) for _ in range(12))
            for _ in range(n)]


def test_thousands_of_paragraphs_are_matched_in_step() -> None:
    """Beyond the all-pairs limit, segments that follow in order are paired as they
    come (one or two scores each), and only the rest are looked for elsewhere."""
    ref = _paragraphs(1_200, 1)
    hyp = [p.replace("a", "o", 1) for p in ref]  # one letter changed in each
    del hyp[500]  # one paragraph missing, one added
    hyp.insert(800, "an extra paragraph the expected text does not have")
    assert len(ref) * len(hyp) > qa_match.ALL_PAIRS
    in_step = qa_match.in_order([qa.normalize(t) for t in ref], [qa.normalize(t) for t in hyp])
    assert len(in_step) == len(ref) - 1
    assert all(hyp[j] == ref[i].replace("a", "o", 1) for _, i, j in in_step)
    pairs = qa.match_segments([qa.Segment(f"r{i}", t) for i, t in enumerate(ref)],
                              [qa.Segment(f"h{j}", t) for j, t in enumerate(hyp)])
    assert sum(1 for r, h, _ in pairs if r and h) == len(ref) - 1
    assert {h.text for r, h, _ in pairs if h and not r} == {hyp[800]}


def test_a_long_segment_met_twice_in_the_walk_is_scored_from_its_kept_bigrams() -> None:
    """A segment past ``LCS_MAX`` bigrams has them as a numpy array; the walk asks it twice
    when its counterpart is unlike it (then whether the next pairs up), and the kept array
    was tested for truth: a ValueError ended the diff of such a pair."""
    ref = _paragraphs(600, 4)
    hyp = list(ref)
    ref[10] = " ".join(_paragraphs(60, 5))  # some 5,000 bigrams: an array
    hyp[10] = "a paragraph unlike the expected one"
    assert len(ref) * len(hyp) > qa_match.ALL_PAIRS
    assert not isinstance(qa_match.bigrams(qa.normalize(ref[10])), list)
    in_step = qa_match.in_order([qa.normalize(t) for t in ref], [qa.normalize(t) for t in hyp])
    assert [(i, j) for _, i, j in in_step] == [(i, i) for i in range(600) if i != 10]


def test_the_candidates_of_many_segments_grow_linearly() -> None:
    for n in (700, 1_400):
        rb = [qa_match.bigrams(qa.normalize(t)) for t in _paragraphs(n, 2)]
        hb = [qa_match.bigrams(qa.normalize(t)) for t in _paragraphs(n, 3)]
        assert len(list(qa_match.candidates(rb, hb))) <= (qa_match.PROPOSALS + 5) * n
