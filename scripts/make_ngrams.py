#!/usr/bin/env python3
"""Build ``ocr/correct/data/en_ngrams.npz``: the compact English word-bigram model.

Source: the frequency dictionaries that symspellpy (MIT) ships, which its authors made
from the Google Books Ngram data (Creative Commons Attribution 3.0) intersected with
SCOWL: 82,765 words with counts and the 243,342 most frequent word pairs (a pair is
listed when it occurs at least 6.4 million times). Install it with
``pip install symspellpy`` (a dev dependency), then run ``python scripts/make_ngrams.py``.

What is stored is not text: each word or ``"w1 w2"`` pair becomes its CRC-32 (sorted
uint32) and its log10 count quantised to 1/40 (uint8), about 1.6 MB in all. The pair
counts come from another Google release than the word counts; ``scale`` (the median,
over the 200 commonest words, of a word's pair mass divided by its own count) brings
them to one unit. A lookup of an unlisted string may hit another's hash with
probability ~6e-5 (243k of 2^32), which the model tolerates.
"""

from __future__ import annotations

import math
import statistics
import sys
import zlib
from collections import Counter
from importlib.resources import files
from pathlib import Path

import numpy as np

OUT = Path(__file__).resolve().parent.parent / "ocr" / "correct" / "data" / "en_ngrams.npz"
#: Quantisation: stored byte q means log10(count) = BASE + q / STEPS.
BASE = 4.0
STEPS = 40


def _pack(counts: dict[str, float]) -> tuple[np.ndarray, np.ndarray]:
    keys = np.array([zlib.crc32(k.encode()) for k in counts], dtype=np.uint32)
    q = [round((math.log10(c) - BASE) * STEPS) for c in counts.values()]
    vals = np.clip(np.array(q, dtype=np.int64), 0, 255).astype(np.uint8)
    order = np.argsort(keys, kind="stable")
    keys, vals = keys[order], vals[order]
    # Colliding hashes: keep the larger count (first after a stable sort on key, then value).
    keep = np.ones(len(keys), dtype=bool)
    keep[1:] = keys[1:] != keys[:-1]
    return keys[keep], vals[keep]


def main() -> int:
    pkg = files("symspellpy")
    words: dict[str, float] = {}
    for line in (pkg / "frequency_dictionary_en_82_765.txt").read_text("utf-8").splitlines():
        w, c = line.split()
        words[w] = float(c)
    pairs: dict[str, float] = {}
    left: Counter[str] = Counter()
    for line in (pkg / "frequency_bigramdictionary_en_243_342.txt").read_text("utf-8").splitlines():
        a, b, c = line.split()
        pairs[f"{a} {b}"] = float(c)
        left[a] += int(c)
    common = sorted(words, key=words.__getitem__, reverse=True)[:200]
    scale = statistics.median(left[w] / words[w] for w in common if left[w])
    cutoff = min(pairs.values()) / scale
    total = sum(words.values())
    pairs = {k: c / scale for k, c in pairs.items()}
    uk, uv = _pack(words)
    bk, bv = _pack(pairs)
    meta = np.array([total, cutoff, BASE, STEPS], dtype=np.float64)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(OUT, uni_keys=uk, uni_q=uv, bi_keys=bk, bi_q=bv, meta=meta)
    print(
        f"{OUT}: {len(uk)} words, {len(bk)} pairs, scale {scale:.1f}, "
        f"cutoff {cutoff:.0f}, {OUT.stat().st_size / 1e6:.1f} MB",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
