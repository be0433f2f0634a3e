"""Learn which Chinese characters Tesseract really misreads as which, from text we render.

Why: the rendered-glyph table (scripts/make_confusions.py) guesses confusions from
shape alone; most real OCR errors are not among its neighbours. Real pairs from
published OCR sets cannot ship (FASPell is GPL-3.0, Overproof states no licence),
so this script makes its own: lines composed of words from jieba's dictionary
(MIT; drawn by frequency) are rendered with the installed Chinese fonts
(WenQuanYi Micro Hei, AR PL UMing: a Ming face like newspaper body text) at
small newspaper sizes, lightly degraded (blur, noise, a downscale), read with the
real Tesseract ``chi_sim``, and aligned with the text that was drawn (rapidfuzz
opcodes, per line). Every lone one-for-one substitution (equal text on both
sides: longer replaced runs are mostly misalignment) counts once:

    seen <TAB> truth:count truth:count ...

in ``ocr/correct/data/zh_ocr.tsv`` (``seen`` is what Tesseract printed). The
output is committed; the library never renders or runs OCR to correct.

Run: ``.venv/bin/python -m scripts.make_ocr_confusions [--pages N] [--seed S] [--add TABLE]``
(a page takes a few seconds of one core). ``--add`` sums the counts of an earlier table
into the new one, so runs with other seeds extend it.

``--learn PAIRS --out TABLE`` instead learns a table from a title's own OCR and its
corrected text (``ocr.correct.confusions.learn_han_pairs``): PAIRS has one
``OCR<TAB>truth`` per line (FASPell's ``errors<TAB>OCR<TAB>truth`` too). Name TABLE in
the title's profile (``[correction] confusions``); it is the title's data, not the
project's: nothing learned this way is committed.
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

from scripts.common import ROOT, tesseract_text

OUT = ROOT / "ocr" / "correct" / "data" / "zh_ocr.tsv"
#: (font file, face index) of the Chinese fonts the Makefile installs.
FONTS = (
    (Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"), 0),
    (Path("/usr/share/fonts/truetype/arphic/uming.ttc"), 0),
)
LINES_PER_PAGE = 40
LINE_CHARS = 18


def is_han(ch: str) -> bool:
    """A simplified Chinese character of GB 2312 (what ``chi_sim`` reads): traditional
    forms would only teach Tesseract's simplifications, which are no misreadings."""
    if not "\u4e00" <= ch <= "\u9fff":
        return False
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def jieba_words() -> tuple[list[str], list[float]]:
    """jieba's dictionary words of Han characters only, weighted by frequency ** 0.75
    (so rarer characters are drawn too, not only the commonest hundred)."""
    import jieba

    path = Path(jieba.__file__).parent / "dict.txt"
    words, weights = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2 and all(is_han(c) for c in parts[0]) and len(parts[0]) <= 4:
            words.append(parts[0])
            weights.append(float(parts[1]) ** 0.75)
    return words, weights


def compose(rng: random.Random, words: list[str], weights: list[float]) -> list[str]:
    lines = []
    for _ in range(LINES_PER_PAGE):
        line = ""
        while len(line) < LINE_CHARS:
            line += rng.choices(words, weights, k=1)[0]
        lines.append(line[:LINE_CHARS])
    return lines


def render(lines: list[str], rng: random.Random) -> Image.Image:
    """A page of ``lines`` at a small size, then blurred, noised and resampled."""
    path, index = rng.choice(FONTS)
    size = rng.choice((22, 24, 26, 28))
    font = ImageFont.truetype(str(path), size, index=index)
    pitch = int(size * 1.6)
    im = Image.new("L", (size * (LINE_CHARS + 4), pitch * (len(lines) + 2)), 255)
    draw = ImageDraw.Draw(im)
    for n, line in enumerate(lines):
        draw.text((size * 2, pitch * (n + 1)), line, font=font, fill=0)
    im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 1.1)))
    scale = rng.uniform(0.6, 0.8)
    im = im.resize((int(im.width * scale), int(im.height * scale)), Image.Resampling.BILINEAR)
    arr = np.asarray(im, dtype=np.float32)
    arr += np.random.default_rng(rng.randrange(2**32)).normal(0, rng.uniform(8, 22), arr.shape)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def read(im: Image.Image, tmp: Path) -> list[str]:
    out = tesseract_text(im, tmp, "chi_sim")
    return [ln.replace(" ", "") for ln in out.splitlines() if ln.strip()]


def substitutions(drawn: list[str], seen: list[str]) -> Counter[tuple[str, str]]:
    """(seen, truth) one-for-one substitutions of lines that Tesseract kept as lines."""
    pairs: Counter[tuple[str, str]] = Counter()
    if len(drawn) != len(seen):
        return pairs  # lines lost or split: alignment would be guesswork
    for truth, got in zip(drawn, seen, strict=True):
        for op in Levenshtein.opcodes(got, truth):
            lone = op.src_end - op.src_start == 1 == op.dest_end - op.dest_start
            if op.tag == "replace" and lone:
                a, b = got[op.src_start], truth[op.dest_start]
                if is_han(a) and is_han(b):
                    pairs[a, b] += 1
    return pairs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--add", type=Path, help="an earlier table whose counts to add")
    ap.add_argument("--learn", type=Path, help="OCR<TAB>truth pairs to learn a table from")
    args = ap.parse_args(argv)
    if args.learn:
        return learn(args.learn, args.out)
    missing = [str(path) for path, _ in FONTS if not path.is_file()]
    if missing:
        print(f"{missing[0]}: font not found (make sysdeps installs the fonts)", file=sys.stderr)
        return 3
    rng = random.Random(args.seed)
    words, weights = jieba_words()
    pairs: Counter[tuple[str, str]] = Counter()
    drawn_chars = wrong = 0
    if args.add:
        pairs, drawn_chars = read_table(args.add)
    with tempfile.TemporaryDirectory() as tmp:
        for page in range(args.pages):
            lines = compose(rng, words, weights)
            got = read(render(lines, rng), Path(tmp))
            found = substitutions(lines, got)
            pairs.update(found)
            drawn_chars += sum(map(len, lines))
            wrong += sum(found.values())
            if page % 20 == 19:
                done = f"page {page + 1}: {len(pairs)} pairs, {wrong}/{drawn_chars} characters"
                print(done, file=sys.stderr)
                write(pairs, args.out, drawn_chars)
    write(pairs, args.out, drawn_chars)
    return 0


def learn(pairs: Path, out: Path) -> int:
    """Learn a table from ``pairs`` (one ``OCR<TAB>truth`` a line) into ``out``."""
    from ocr.correct.confusions import learn_han_pairs, write_han_pairs

    if out.resolve().parent == OUT.resolve().parent:  # however the path is spelled
        print(f"{out}: the shipped tables' folder; name another --out for a learned one",
              file=sys.stderr)
        return 2
    try:
        lines = pairs.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        print(f"{pairs}: cannot read the pairs: {exc}", file=sys.stderr)
        return 2
    found = [ln.split("\t")[-2:] for ln in lines if ln.count("\t") in (1, 2)]
    if not found:
        print(f"{pairs}: no OCR<TAB>truth lines", file=sys.stderr)
        return 2
    counts = learn_han_pairs((ocr, truth) for ocr, truth in found)
    try:
        write_han_pairs(counts, out, f"{len(found)} OCR/truth pairs of {pairs.name}")
    except OSError as exc:
        print(f"{out}: cannot write the table: {exc.strerror or exc}", file=sys.stderr)
        return 2
    wrong = sum(n for (a, b), n in counts.items() if a != b)
    print(f"{out}: {wrong} misread characters in {sum(counts.values())}", file=sys.stderr)
    return 0


def read_table(path: Path) -> tuple[Counter[tuple[str, str]], int]:
    """The (seen, truth) counts of a table ``write`` made, and how many characters it drew."""
    pairs: Counter[tuple[str, str]] = Counter()
    drawn = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            words = line.split()
            if "from" in words:
                drawn = int(words[words.index("from") + 1])
            continue
        seen, _, rest = line.partition("\t")
        for item in rest.split():
            truth, _, count = item.rpartition(":")
            pairs[seen, truth] += int(count)
    return pairs, drawn


def write(pairs: Counter[tuple[str, str]], out: Path, drawn: int) -> None:
    by_seen: dict[str, list[tuple[str, int]]] = {}
    for (seen, truth), n in sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0])):
        by_seen.setdefault(seen, []).append((truth, n))
    head = [
        "# What Tesseract chi_sim printed <TAB> what was drawn:count ...; made by",
        f"# scripts/make_ocr_confusions.py from {drawn} rendered characters"
        " (jieba dictionary words).",
    ]
    body = [f"{s}\t" + " ".join(f"{t}:{n}" for t, n in row) for s, row in sorted(by_seen.items())]
    out.write_text("\n".join(head + body) + "\n", encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
