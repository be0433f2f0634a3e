"""Learn which letters Tesseract really misreads as which in English print, from text we render.

Why: the correction's noisy channel (``ocr.correct.channel``) needs P(printed | meant) for
letters and letter groups (``rn`` for ``m``, ``c`` for ``e``, ``li`` for ``h``). Real pairs
from published newspaper OCR cannot ship (Overproof states no licence), so this script
makes its own: lines of English words (wordfreq's list, drawn by frequency ** 0.6 so rarer
words appear too) are rendered with serif faces (Liberation Serif, a Times-metric
face; EB Garamond, an old style; DejaVu Serif) at small newspaper sizes, degraded like a
worn page on microfilm (blur, ink spread or fading by a min/max filter, noise, a
downscale), read with the real Tesseract ``eng``, and aligned word by word with what was
drawn. Within a word pair of equal count, each edit region (rapidfuzz opcodes, one to
two characters each side, merged when adjacent) counts once:

    seen <TAB> truth <TAB> count

in ``ocr/correct/data/en_ocr.tsv`` (``seen`` is what Tesseract printed, ``""`` when it
dropped the letters), with the number of letters drawn in the header. The output is
committed; the library never renders or runs OCR to correct.

Run: ``.venv/bin/python -m scripts.make_en_confusions [--pages N]`` (a page takes one to
three seconds of one core; the shipped table came from the default, 458k letters drawn).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from rapidfuzz.distance import Levenshtein

from ocr.correct.channel import regions
from ocr.files import atomic_write
from scripts.common import ROOT, tesseract_text

OUT = ROOT / "ocr" / "correct" / "data" / "en_ocr.tsv"
#: Serif faces Debian ships (fonts-liberation, fonts-ebgaramond, fonts-dejavu-core).
FONTS = (
    Path("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"),
    Path("/usr/share/fonts/opentype/ebgaramond/EBGaramond12-Regular.otf"),
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed.ttf"),
)
LINES_PER_PAGE = 30
LINE_WORDS = 7
#: Longest run of letters one edit region may cover on either side.
MAX_REGION = 2


def english_words() -> tuple[list[str], list[float]]:
    from wordfreq import get_frequency_dict

    words, weights = [], []
    for w, f in get_frequency_dict("en", wordlist="large").items():
        if w.isascii() and w.isalpha() and len(w) > 1 and f > 1e-7:
            words.append(w)
            weights.append(f**0.6)
    return words, weights


def compose(rng: random.Random, words: list[str], weights: list[float]) -> list[list[str]]:
    lines = []
    for _ in range(LINES_PER_PAGE):
        line = rng.choices(words, weights, k=LINE_WORDS)
        if rng.random() < 0.3:
            line[0] = line[0].capitalize()
        lines.append(line)
    return lines


def render(lines: list[list[str]], rng: random.Random) -> Image.Image:
    """A page of ``lines`` at a small size, then worn: blur, ink spread or fade, noise."""
    path = rng.choice([p for p in FONTS if p.is_file()])
    size = rng.choice((16, 18, 20, 22))
    font = ImageFont.truetype(str(path), size)
    pitch = int(size * 1.5)
    im = Image.new("L", (size * 40, pitch * (len(lines) + 2)), 255)
    draw = ImageDraw.Draw(im)
    for n, line in enumerate(lines):
        draw.text((size * 2, pitch * (n + 1)), " ".join(line), font=font, fill=0)
    im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 1.3)))
    wear = rng.random()
    if wear < 0.35:
        im = im.filter(ImageFilter.MinFilter(3))  # ink spread: e fills to c, rn runs into m
    elif wear < 0.7:
        im = im.filter(ImageFilter.MaxFilter(3))  # faded type: h breaks into li, e opens to c
    scale = rng.uniform(0.55, 0.8)
    im = im.resize((int(im.width * scale), int(im.height * scale)), Image.Resampling.BILINEAR)
    arr = np.asarray(im, dtype=np.float32)
    arr += np.random.default_rng(rng.randrange(2**32)).normal(0, rng.uniform(10, 30), arr.shape)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def read(im: Image.Image, tmp: Path) -> list[list[str]]:
    return [ln.split() for ln in tesseract_text(im, tmp, "eng").splitlines() if ln.strip()]


def substitutions(drawn: list[list[str]], seen: list[list[str]]) -> Counter[tuple[str, str]]:
    """(seen, truth) edit regions of word pairs on lines Tesseract kept whole."""
    pairs: Counter[tuple[str, str]] = Counter()
    if len(drawn) != len(seen):
        return pairs  # lines lost or split: alignment would be guesswork
    for truth_line, got_line in zip(drawn, seen, strict=True):
        if len(truth_line) != len(got_line):
            continue  # words split or run together: not a letter confusion
        for truth, got in zip(truth_line, got_line, strict=True):
            if got == truth or Levenshtein.distance(got, truth) > 2:
                continue
            for a, b in regions(got, truth):
                if len(a) <= MAX_REGION and len(b) <= MAX_REGION:
                    pairs[a, b] += 1
    return pairs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=340)
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    if not any(p.is_file() for p in FONTS):
        print(f"{FONTS[0]}: font not found (make sysdeps installs the fonts)", file=sys.stderr)
        return 3
    rng = random.Random(args.seed)
    words, weights = english_words()
    pairs: Counter[tuple[str, str]] = Counter()
    drawn = 0
    with tempfile.TemporaryDirectory() as tmp:
        for page in range(args.pages):
            lines = compose(rng, words, weights)
            pairs.update(substitutions(lines, read(render(lines, rng), Path(tmp))))
            drawn += sum(len(w) for line in lines for w in line)
            if page % 20 == 19:
                print(f"page {page + 1}: {sum(pairs.values())} edits", file=sys.stderr)
                write(pairs, args.out, drawn)
    write(pairs, args.out, drawn)
    return 0


def write(pairs: Counter[tuple[str, str]], out: Path, drawn: int) -> None:
    head = [
        "# What Tesseract eng printed <TAB> what was drawn <TAB> count; made by",
        "# scripts/make_en_confusions.py from rendered wordfreq words.",
        f"# letters drawn: {drawn}",
    ]
    body = [
        f"{s}\t{t}\t{n}"
        for (s, t), n in sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))
        if n >= 2
    ]
    atomic_write(out, ("\n".join(head + body) + "\n").encode("utf-8"))  # a kill keeps the table


if __name__ == "__main__":
    raise SystemExit(main())
