#!/usr/bin/env python3
"""Build ``ocr/correct/data/zh_chars.npz``: the compact Chinese character n-gram model.

Source: open-gram, the word trigram language model (71,759 words, 2.5 million bigrams,
1 million trigrams) that SunPinyin uses, as Debian's ``sunpinyin-data`` package ships it
(``lm_sc.t3g`` and the word list inside ``pydict_sc.bin``). Licence CC BY-SA 3.0
(Copyright (c) 2010 Kov Chai, virus huo, Tinyfool; word list (c) 1997-2010 MDBG): the
derived file is shared under the same licence, see THIRD_PARTY_NOTICES.md.
``tslminfo`` from ``sunpinyin-utils`` prints the model as text. Both packages serve this
script only (``apt-get install sunpinyin-data sunpinyin-utils``); nothing reads them at
run time.

Why characters from a word model: OCR errors change one character and leave the
segmentation in doubt, so the corrector scores characters. The expected count of every
character unigram, bigram and trigram is summed over the word model: inside a word with
the word's probability, across a word boundary with the pair's joint probability
P(w1) P(w2|w1) (listed bigrams only; the unlisted rest falls to back-off), and across a
one-character word from the listed trigrams. The sentence boundary is the character
U+0001. What is stored is each n-gram's conditional log10 probability (trigram: given its
first two characters, bigram: given its first), quantised to 1/20 (uint8), with the
n-grams as sorted uint64 keys (21 bits per character); n-grams rarer than ``--min-mass``
are dropped (``han_lm`` backs off to the shorter n-gram).

Run: ``python -m scripts.make_han_ngrams`` (about a minute).
"""

from __future__ import annotations

import argparse
import math
import struct
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
DATA = Path("/usr/lib/x86_64-linux-gnu/sunpinyin/data")
OUT = ROOT / "ocr" / "correct" / "data" / "zh_chars.npz"
BOUNDARY = "\x01"
#: Quantisation: stored byte q means log10 P = -q / STEPS (q = 255: P <= 10^-12.75).
STEPS = 20


def words(path: Path) -> list[str]:
    """Word id -> text: the NUL-terminated UTF-32 strings at the end of ``pydict_sc.bin``
    (their start is the third header word), in id order."""
    raw = path.read_bytes()
    start = struct.unpack_from("<I", raw, 8)[0]
    cells = np.frombuffer(raw[start : len(raw) - (len(raw) - start) % 4], dtype="<u4")
    out: list[str] = []
    cur: list[int] = []
    for x in cells.tolist():
        if x == 0:
            out.append("".join(map(chr, cur)))
            cur = []
        else:
            cur.append(x)
    return out


def arpa(model: Path) -> list[list[tuple[tuple[int, ...], float]]]:
    """The model's n-grams per order: (word ids, probability) from ``tslminfo -v -p``."""
    text = subprocess.run(
        ["tslminfo", "-v", "-p", str(model)], capture_output=True, text=True, check=True
    ).stdout
    levels: list[list[tuple[tuple[int, ...], float]]] = [[], [], []]
    order = 0
    for line in text.splitlines():
        if line.startswith("\\"):
            order = int(line[1])
            continue
        if not 1 <= order <= 3:
            continue
        parts = line.split()
        ids = tuple(int(x) for x in parts[:order])
        levels[order - 1].append((ids, float(parts[order])))
    return levels


def key(chars: str) -> int:
    k = 0
    for ch in chars:
        k = (k << 21) | ord(ch)
    return k


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-mass", type=float, default=3e-8, help="drop rarer bigrams/trigrams")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    model, lexicon = DATA / "lm_sc.t3g", DATA / "pydict_sc.bin"
    if not model.is_file():
        print(
            f"{model}: not found (apt-get install sunpinyin-data sunpinyin-utils)", file=sys.stderr
        )
        return 3
    text = words(lexicon)
    text[0] = BOUNDARY
    uni, bi, tri = arpa(model)
    p1 = {ids[0]: p for ids, p in uni}
    p2 = {ids: p for ids, p in bi}
    m1: dict[str, float] = defaultdict(float)
    m2: dict[str, float] = defaultdict(float)
    m3: dict[str, float] = defaultdict(float)
    for (w,), p in uni:
        s = text[w] if w < len(text) else ""
        for i, ch in enumerate(s):
            m1[ch] += p
            if i >= 1:
                m2[s[i - 1 : i + 1]] += p
            if i >= 2:
                m3[s[i - 2 : i + 1]] += p
    for (a, b), p in bi:
        sa, sb = text[a], text[b]
        if not sa or not sb:
            continue
        joint = p1.get(a, 0.0) * p
        m2[sa[-1] + sb[0]] += joint
        if len(sa) >= 2:
            m3[sa[-2:] + sb[0]] += joint
        if len(sb) >= 2:
            m3[sa[-1] + sb[:2]] += joint
    for (a, b, c), p in tri:
        sa, sb, sc = text[a], text[b], text[c]
        if len(sb) == 1 and sa and sc:
            m3[sa[-1] + sb + sc[0]] += p1.get(a, 0.0) * p2.get((a, b), 0.0) * p
    total = sum(m1.values())
    arrays: dict[str, np.ndarray] = {}
    for name, table, ctx in (("uni", m1, None), ("bi", m2, m1), ("tri", m3, m2)):
        items = []
        for gram, mass in table.items():
            if ctx is not None and mass < args.min_mass:
                continue
            base = total if ctx is None else ctx.get(gram[:-1], 0.0)
            if base <= 0.0:
                continue
            lp = math.log10(min(mass / base, 1.0))
            items.append((key(gram), min(255, round(-lp * STEPS))))
        items.sort()
        arrays[f"{name}_keys"] = np.array([k for k, _ in items], dtype=np.uint64)
        arrays[f"{name}_q"] = np.array([q for _, q in items], dtype=np.uint8)
        print(f"{name}: {len(items):,} n-grams", file=sys.stderr)
    arrays["steps"] = np.array([STEPS])
    np.savez_compressed(args.out, **arrays)  # type: ignore[arg-type]
    print(f"wrote {args.out} ({args.out.stat().st_size / 2**20:.1f} MiB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
