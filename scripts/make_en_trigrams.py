#!/usr/bin/env python3
"""Build ``ocr/correct/data/en_trigrams.npz``: the compact English word-trigram model.

Source: the CMU Sphinx generic US English language model ``en-us.lm.bin`` (a back-off
word trigram model: 72.5k words, 2.05M word pairs, 1.67M triples), Copyright (c)
1999-2016 Carnegie Mellon University, under CMU's BSD-style two-clause licence, which
allows redistribution in derived form when its copyright notice is kept (THIRD_PARTY_NOTICES.md).
It ships in the PyPI wheel ``pocketsphinx`` (``pocketsphinx/model/en-us/en-us.lm.bin``)
and the Debian package ``pocketsphinx-en-us`` (``/usr/share/pocketsphinx/model/en-us/``);
both are dev-time sources only. Run ``python scripts/make_en_trigrams.py [PATH]``.

The model is read here straight from its binary trie (sphinxbase ``lm_trie.c``), not
through ``sphinx_lm_convert``: that tool aborts on this very file (its header counts six
word pairs more than its trie holds) and the Python binding's ARPA writer crashes on it.

What is stored is not text: each word, ``"w1 w2"`` pair and ``"w1 w2 w3"`` triple becomes
its CRC-32 (sorted uint32) with its log10 probability (and, for words and pairs, its
log10 back-off weight) quantised to 1/20 (uint8). Pruned to keep the file modest:
lower-case alphabetic words only (and ``<s>``, ``</s>``); of the 2.05M pairs and 1.67M
triples, the ``PAIRS`` and ``TRIPLES`` that matter most (below) are kept.
"""

from __future__ import annotations

import math
import re
import sys
import zlib
from pathlib import Path

import numpy as np

OUT = Path(__file__).resolve().parent.parent / "ocr" / "correct" / "data" / "en_trigrams.npz"
#: Quantisation: stored byte q means log10 value = -q / STEPS (0 .. -12.75).
STEPS = 20
#: How many pairs and triples are kept: those whose leaving out would change the model
#: most, by weight ``P(n-gram) * |log10 P - log10 P(back-off)|`` (Stolcke's criterion,
#: roughly), plus the pairs whose back-off weight a kept triple needs.
PAIRS, TRIPLES = 700_000, 400_000
WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|<s>|</s>")
#: logmath base of the Sphinx model (1.0001): stored value x means log10 = x * LOG10_BASE.
LOG10_BASE = math.log10(1.0001)
QUANT_BITS = 16


def _required_bits(v: int) -> int:
    return v.bit_length() if v else 0


def _find_model(arg: str | None) -> Path:
    if arg:
        return Path(arg)
    for p in (Path("/usr/share/pocketsphinx/model/en-us/en-us.lm.bin"),):
        if p.exists():
            return p
    try:
        from importlib.resources import files

        p = Path(str(files("pocketsphinx") / "model" / "en-us" / "en-us.lm.bin"))
        if p.exists():
            return p
    except ModuleNotFoundError:
        pass
    raise SystemExit("en-us.lm.bin not found: pip install pocketsphinx, or pass its path")


class _Bits:
    """Reads fixed-width little-endian bit fields, as sphinxbase's ``bitarr``."""

    def __init__(self, mem: bytes) -> None:
        self.m = np.frombuffer(mem + b"\0" * 8, dtype=np.uint8)

    def read(self, offsets: np.ndarray, length: int) -> np.ndarray:
        byte = offsets >> 3
        word = np.zeros(len(offsets), dtype=np.uint64)
        for k in range(8):
            word |= self.m[byte + k].astype(np.uint64) << np.uint64(8 * k)
        return ((word >> (offsets & 7).astype(np.uint64)) & np.uint64((1 << length) - 1)).astype(
            np.int64
        )


def load(path: Path) -> dict[str, object]:
    """The model's words and its n-grams as word-index arrays with log10 weights."""
    data = path.read_bytes()
    head = b"Trie Language Model"
    if not data.startswith(head):
        raise SystemExit(f"{path}: not a Sphinx trie language model")
    pos = len(head)
    order = data[pos]
    pos += 1
    counts = [int(c) for c in np.frombuffer(data, dtype="<u4", count=order, offset=pos)]
    pos += 4 * order
    if order != 3:
        raise SystemExit(f"{path}: a {order}-gram model; expected a trigram model")
    pos += 4  # quantiser's dummy int
    tables = np.frombuffer(data, dtype="<f4", count=3 * (1 << QUANT_BITS), offset=pos)
    pos += tables.nbytes
    q = 1 << QUANT_BITS
    mid_prob, mid_bo, long_prob = (tables[i * q : (i + 1) * q] for i in range(3))
    n1 = counts[0]
    uni = np.frombuffer(
        data, dtype=np.dtype([("p", "<f4"), ("bo", "<f4"), ("next", "<u4")]), count=n1 + 1,
        offset=pos,
    )
    pos += uni.nbytes
    word_bits = _required_bits(n1)
    next_bits = _required_bits(counts[2])
    mid_total = word_bits + 2 * QUANT_BITS + next_bits
    mid_size = ((1 + counts[1]) * mid_total + 7) // 8 + 8
    long_total = word_bits + QUANT_BITS
    long_size = ((1 + counts[2]) * long_total + 7) // 8 + 8
    mid = _Bits(data[pos : pos + mid_size])
    pos += mid_size
    lng = _Bits(data[pos : pos + long_size])
    pos += long_size
    k = int(np.frombuffer(data, dtype="<i4", count=1, offset=pos)[0])
    pos += 4
    words = data[pos : pos + k].decode("utf-8", "replace").split("\0")[:n1]

    # pairs: unigram i owns middle entries [next[i], next[i+1])
    nxt = uni["next"].astype(np.int64)
    n2 = int(nxt[n1])
    w1 = np.repeat(np.arange(n1), np.diff(nxt[: n1 + 1]))
    off = np.arange(n2 + 1, dtype=np.int64) * mid_total
    w2 = mid.read(off[:n2], word_bits)
    bo2 = mid_bo[mid.read(off[:n2] + word_bits, QUANT_BITS)]
    p2 = mid_prob[mid.read(off[:n2] + word_bits + QUANT_BITS, QUANT_BITS)]
    nx2 = mid.read(off + word_bits + 2 * QUANT_BITS, next_bits)
    # triples: pair j owns longest entries [nx2[j], nx2[j+1])
    n3 = int(nx2[n2])
    pair = np.repeat(np.arange(n2), np.diff(nx2))
    off3 = np.arange(n3, dtype=np.int64) * long_total
    w3 = lng.read(off3, word_bits)
    p3 = long_prob[lng.read(off3 + word_bits, QUANT_BITS)]
    print(
        f"{path}: header {counts}, trie {n1} words, {n2} pairs, {n3} triples",
        file=sys.stderr,
    )
    return {
        "words": words,
        "p1": uni["p"][:n1] * LOG10_BASE, "bo1": uni["bo"][:n1] * LOG10_BASE,
        "w1": w1, "w2": w2, "p2": p2 * LOG10_BASE, "bo2": bo2 * LOG10_BASE,
        "t1": w1[pair], "t2": w2[pair], "w3": w3, "p3": p3 * LOG10_BASE,
    }


def _pack(keys: list[str], *cols: np.ndarray) -> tuple[np.ndarray, ...]:
    """Sorted CRC-32 keys, and each column's log10 values as bytes (``-q / STEPS``; a
    back-off weight, which may be positive, as a signed byte)."""
    h = np.array([zlib.crc32(k.encode()) for k in keys], dtype=np.uint32)
    qs = [
        np.clip(np.round(-c * STEPS), 0, 255).astype(np.uint8) if i == 0
        else np.clip(np.round(-c * STEPS), -128, 127).astype(np.int8)
        for i, c in enumerate(cols)
    ]
    order = np.argsort(h, kind="stable")
    h = h[order]
    keep = np.ones(len(h), dtype=bool)
    keep[1:] = h[1:] != h[:-1]  # colliding hashes: keep the first
    return (h[keep], *(q[order][keep] for q in qs))


def _lookup(keys: np.ndarray, want: np.ndarray) -> np.ndarray:
    """Index of each ``want`` in the sorted ``keys``, -1 where absent."""
    i = np.minimum(np.searchsorted(keys, want), len(keys) - 1)
    return np.where(keys[i] == want, i, -1)


def main(argv: list[str]) -> int:
    m = load(_find_model(argv[1] if len(argv) > 1 else None))
    words: list[str] = m["words"]  # type: ignore[assignment]
    n1 = len(words)
    ok = np.array([WORD.fullmatch(w) is not None for w in words])
    p1, bo1 = np.asarray(m["p1"]), np.asarray(m["bo1"])
    # The trie is keyed by the predicted word first, its history after it (reversed):
    # trie pair (w1, w2) is the n-gram "w2 w1"; trie triple (t1, t2, w3) is "w3 t2 t1".
    last, first = np.asarray(m["w1"]), np.asarray(m["w2"])
    p2, bo2 = np.asarray(m["p2"]), np.asarray(m["bo2"])
    pair_key = last * n1 + first  # sorted (the trie's order)
    diff2 = np.abs(p2 - (bo1[first] + p1[last]))
    weight2 = p1[first] + p2 + np.log10(np.maximum(diff2, 1e-6))
    c, b, a = (np.asarray(m[k]) for k in ("t1", "t2", "w3"))  # the triple "a b c"
    p3 = np.asarray(m["p3"])
    hist = _lookup(pair_key, b * n1 + a)  # the pair "a b" (always there: it has a triple)
    lower_i = _lookup(pair_key, c * n1 + b)  # the pair "b c"
    lower = np.where(lower_i >= 0, p2[lower_i], bo1[b] + p1[c])
    diff3 = np.abs(p3 - (bo2[hist] + lower))
    weight3 = p1[a] + p2[hist] + p3 + np.log10(np.maximum(diff3, 1e-6))
    weight3[~(ok[a] & ok[b] & ok[c])] = -np.inf
    keep3 = weight3 >= np.sort(weight3)[-TRIPLES]
    weight2[~(ok[first] & ok[last])] = -np.inf
    keep2 = weight2 >= np.sort(weight2)[-PAIRS]
    keep2[hist[keep3]] = True
    uk, uq, ub = _pack([w for w, o in zip(words, ok, strict=True) if o], p1[ok], bo1[ok])
    pk, pq, pb = _pack(
        [f"{words[x]} {words[y]}" for x, y in zip(first[keep2], last[keep2], strict=True)],
        p2[keep2], bo2[keep2],
    )
    tk, tq = _pack(
        [f"{words[x]} {words[y]} {words[z]}"
         for x, y, z in zip(a[keep3], b[keep3], c[keep3], strict=True)],
        p3[keep3],
    )
    meta = np.array([STEPS], dtype=np.float64)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        OUT, uni_keys=uk, uni_p=uq, uni_bo=ub, bi_keys=pk, bi_p=pq, bi_bo=pb,
        tri_keys=tk, tri_p=tq, meta=meta,
    )
    print(
        f"{OUT}: {len(uk)} words, {len(pk)} pairs, {len(tk)} triples, "
        f"{OUT.stat().st_size / 1e6:.1f} MB",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
