"""Correction on REAL OCR with hand-corrected truth (../shared/corpus/ocr-noise, read in
place): it must lower the error rate and almost never break a word that was right.

Floors sit below what ``python -m scripts.bench correct-real`` measures on the evaluation
half (English: CER -11.3 %, 0.06 % right words made wrong; Chinese: CER -6.9 %, 0.08 %),
so a regression shows while noise between runs does not.
"""

from __future__ import annotations

import difflib
import re
import zlib

import pytest
from conftest import CORPUS, needs_corpus
from rapidfuzz.distance import Levenshtein

from ocr.correct import correct_text

NOISE = CORPUS / "ocr-noise"


def _eval_half(doc_id: str) -> bool:
    return zlib.crc32(doc_id.encode()) % 2 == 1  # as scripts/bench/correct_real.py splits


def _made_wrong(ocr: list[str], truth: list[str], out: list[str]) -> tuple[int, int]:
    """(right OCR units the output changed, right OCR units)."""
    right = [False] * len(ocr)
    match = difflib.SequenceMatcher(None, ocr, truth, autojunk=False)
    for tag, i1, i2, _, _ in match.get_opcodes():
        if tag == "equal":
            right[i1:i2] = [True] * (i2 - i1)
    changed = 0
    for tag, i1, i2, _, _ in difflib.SequenceMatcher(
        None, ocr, out, autojunk=False
    ).get_opcodes():
        if tag != "equal":
            changed += sum(right[i1:i2])
    return changed, sum(right)


@needs_corpus
@pytest.mark.corpus
def test_real_english_newspaper_ocr_gets_better_and_right_words_stay() -> None:
    from scripts.bench.correct_real import overproof

    docs = [d for d in overproof(NOISE / "overproof-smh.txt") if _eval_half(d.id)][:40]
    before = after = length = wrong = right = 0
    for d in docs:
        out = correct_text(d.ocr)[0]
        before += Levenshtein.distance(d.ocr, d.truth)
        after += Levenshtein.distance(out, d.truth)
        length += len(d.truth)
        w, r = _made_wrong(d.ocr.split(), d.truth.split(), out.split())
        wrong, right = wrong + w, right + r
    print(f"en: CER {before / length:.4f} -> {after / length:.4f}, wrong {wrong}/{right}")
    assert after < 0.90 * before  # measured -11.1% on these 40 articles (before issue 14: -10.0%)
    assert wrong <= 0.0012 * right  # measured 6 of 9,510


@needs_corpus
@pytest.mark.corpus
def test_real_chinese_ocr_gets_better_and_right_characters_stay() -> None:
    lines = (NOISE / "faspell-ocr-train.txt").read_text(encoding="utf-8").splitlines()
    pairs = [ln.split("\t")[1:] for n, ln in enumerate(lines) if _eval_half(f"fs{n}")][:600]
    before = after = wrong = right = 0
    han = re.compile(r"\S")
    for ocr, truth in pairs:
        out = correct_text(ocr)[0]
        before += Levenshtein.distance(ocr, truth)
        after += Levenshtein.distance(out, truth)
        w, r = _made_wrong(han.findall(ocr), han.findall(truth), han.findall(out))
        wrong, right = wrong + w, right + r
    print(f"zh: distance {before} -> {after}, wrong {wrong}/{right}")
    assert after < 0.95 * before
    assert wrong <= 0.002 * right
