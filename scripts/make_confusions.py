"""Derive the Chinese visual-confusion table by rendering glyphs and comparing shapes.

Why rendering: OCR confuses characters that look alike (仑/仓, 己/已, 未/末), and
how alike two glyphs look is measurable without any OCR run. Each of the most
frequent Han characters in wordfreq's Chinese list is drawn with the bundled
WenQuanYi Micro Hei font at 48 px, blurred (sigma 2.5 px, so strokes that are
a pixel apart still overlap), downscaled to 24x24, centred (mean removed) and
compared with every other by cosine similarity. For each character the closest
neighbours above a threshold go into ``ocr/correct/data/zh_visual.tsv``:

    char <TAB> neighbour:similarity <SPACE> neighbour:similarity ...

Run: ``.venv/bin/python scripts/make_confusions.py`` (about 5 s). The output is
committed; the library never renders at run time.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

ROOT = Path(__file__).resolve().parent.parent
FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
OUT = ROOT / "ocr" / "correct" / "data" / "zh_visual.tsv"


def frequent_han(n: int) -> list[str]:
    """The ``n`` Han characters that carry most of wordfreq's Chinese word frequency."""
    import wordfreq

    weight: dict[str, float] = {}
    for word, freq in wordfreq.get_frequency_dict("zh", wordlist="large").items():
        for ch in word:
            if "\u4e00" <= ch <= "\u9fff":
                weight[ch] = weight.get(ch, 0.0) + freq
    return sorted(weight, key=lambda c: (-weight[c], c))[:n]


def glyph_vectors(chars: list[str], font_path: Path) -> np.ndarray:
    """One unit vector per character: blurred, downscaled, mean-centred rendering."""
    font = ImageFont.truetype(str(font_path), 48)
    rows = []
    for ch in chars:
        im = Image.new("L", (56, 56), 0)
        ImageDraw.Draw(im).text((4, 0), ch, font=font, fill=255)
        im = im.filter(ImageFilter.GaussianBlur(2.5)).resize((24, 24), Image.Resampling.BILINEAR)
        v = np.asarray(im, dtype=np.float32).ravel() / 255.0
        v -= v.mean()
        rows.append(v / (np.linalg.norm(v) + 1e-6))
    return np.stack(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chars", type=int, default=5000, help="how many frequent characters")
    ap.add_argument("--neighbours", type=int, default=8, help="neighbours kept per character")
    ap.add_argument("--min-sim", type=float, default=0.72, help="cosine similarity to keep")
    ap.add_argument("--font", type=Path, default=FONT)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    if not args.font.is_file():
        print(
            f"{args.font}: CJK font not found (apt-get install fonts-wqy-microhei)", file=sys.stderr
        )
        return 3
    chars = frequent_han(args.chars)
    vec = glyph_vectors(chars, args.font)
    sim = vec @ vec.T
    np.fill_diagonal(sim, -1.0)
    lines = []
    for i, ch in enumerate(chars):
        best = np.argsort(-sim[i])[: args.neighbours]
        kept = [f"{chars[j]}:{sim[i, j]:.2f}" for j in best if sim[i, j] >= args.min_sim]
        if kept:
            lines.append(f"{ch}\t{' '.join(kept)}")
    header = (
        f"# visual confusions: {FONT.name} 48px, blur 2.5, 24x24 cosine; "
        f"{args.chars} chars, top {args.neighbours}, sim >= {args.min_sim}; "
        "made by scripts/make_confusions.py\n"
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{args.out}: {len(lines)} characters", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
