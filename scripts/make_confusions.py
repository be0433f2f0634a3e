"""Derive the Chinese visual-confusion table by rendering glyphs and comparing shapes.

Why rendering: OCR confuses characters that look alike (仑/仓, 己/已, 未/末), and
how alike two glyphs look is measurable without any OCR run. Each of the most
frequent Han characters in wordfreq's Chinese list is drawn at 48 px, blurred (sigma
2.5 px, so strokes that are a pixel apart still overlap), downscaled to 24x24, centred
(mean removed) and compared with every other by cosine similarity. For each character
the closest neighbours in WenQuanYi Micro Hei go into ``ocr/correct/data/zh_visual.tsv``:

    char <TAB> neighbour:similarity <SPACE> neighbour:similarity ...

Why other faces too: a page is set in Song, Ming, Kai or Hei, regular or bold, and
glyphs alike in one face differ in another (issue 14: of FASPell's real OCR errors
that no table reached, each other face's 8 nearest held the truth for 4-6%). So the
same characters are also drawn in nine more faces (below; Debian packages), and a
character that is among the ``--face-top`` nearest in at least ``--faces-agree`` faces
is listed too, with its mean similarity over all faces: a likeness most type shares,
not one face's accident.

Run: ``.venv/bin/python -m scripts.make_confusions`` (about a minute). The output is
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
_NOTO = Path("/usr/share/fonts/opentype/noto")
_ARPHIC = Path("/usr/share/fonts/truetype")
#: (font file, face index, Debian package): Hei, Ming, Song and Kai, regular and bold.
#: Face 2 of a Noto CJK collection is its simplified Chinese (SC) face.
FACES = (
    (FONT, 0, "fonts-wqy-microhei"),
    (_ARPHIC / "wqy" / "wqy-zenhei.ttc", 0, "fonts-wqy-zenhei"),
    (_ARPHIC / "arphic" / "uming.ttc", 0, "fonts-arphic-uming"),
    (_ARPHIC / "arphic-gbsn00lp" / "gbsn00lp.ttf", 0, "fonts-arphic-gbsn00lp"),
    (_ARPHIC / "arphic" / "ukai.ttc", 0, "fonts-arphic-ukai"),
    (_ARPHIC / "arphic-gkai00mp" / "gkai00mp.ttf", 0, "fonts-arphic-gkai00mp"),
    (_NOTO / "NotoSerifCJK-Regular.ttc", 2, "fonts-noto-cjk"),
    (_NOTO / "NotoSerifCJK-Bold.ttc", 2, "fonts-noto-cjk"),
    (_NOTO / "NotoSansCJK-Regular.ttc", 2, "fonts-noto-cjk"),
    (_NOTO / "NotoSansCJK-Bold.ttc", 2, "fonts-noto-cjk"),
)


def frequent_han(n: int) -> list[str]:
    """The ``n`` Han characters that carry most of wordfreq's Chinese word frequency."""
    import wordfreq

    weight: dict[str, float] = {}
    for word, freq in wordfreq.get_frequency_dict("zh", wordlist="large").items():
        for ch in word:
            if "\u4e00" <= ch <= "\u9fff":
                weight[ch] = weight.get(ch, 0.0) + freq
    return sorted(weight, key=lambda c: (-weight[c], c))[:n]


def glyph_vectors(chars: list[str], font_path: Path, index: int = 0) -> np.ndarray:
    """One unit vector per character: blurred, downscaled, mean-centred rendering."""
    font = ImageFont.truetype(str(font_path), 48, index=index)
    rows = []
    for ch in chars:
        im = Image.new("L", (56, 56), 0)
        ImageDraw.Draw(im).text((4, 0), ch, font=font, fill=255)
        im = im.filter(ImageFilter.GaussianBlur(2.5)).resize((24, 24), Image.Resampling.BILINEAR)
        v = np.asarray(im, dtype=np.float32).ravel() / 255.0
        v -= v.mean()
        rows.append(v / (np.linalg.norm(v) + 1e-6))
    return np.stack(rows)


def similarity(vec: np.ndarray) -> np.ndarray:
    """Cosine similarity of each glyph to each other (rows of unit vectors), with a
    glyph's own set below any other's so it is never its own nearest neighbour."""
    sim = vec @ vec.T
    np.fill_diagonal(sim, -1.0)
    return sim


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chars", type=int, default=5000, help="how many frequent characters")
    ap.add_argument("--neighbours", type=int, default=8, help="neighbours kept per character")
    ap.add_argument("--min-sim", type=float, default=0.72, help="cosine similarity to keep")
    ap.add_argument("--face-top", type=int, default=10, help="nearest counted in each face")
    ap.add_argument("--faces-agree", type=int, default=4, help="faces that must agree")
    ap.add_argument("--min-mean", type=float, default=0.6, help="mean similarity to keep")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    missing = sorted({pkg for path, _, pkg in FACES if not path.is_file()})
    if missing:
        print(f"CJK fonts not found (apt-get install {' '.join(missing)})", file=sys.stderr)
        return 3
    chars = frequent_han(args.chars)
    sim = similarity(glyph_vectors(chars, FONT))
    nearest = np.argsort(-sim, axis=1)[:, : args.neighbours]
    rows = [
        {int(j): float(sim[i, j]) for j in nearest[i] if sim[i, j] >= args.min_sim}
        for i in range(len(chars))
    ]
    total = np.zeros_like(sim)
    agree = [dict[int, int]() for _ in chars]
    for path, index, _ in FACES:
        face = similarity(glyph_vectors(chars, path, index))
        total += face
        for i, top in enumerate(np.argsort(-face, axis=1)[:, : args.face_top]):
            for j in top:
                agree[i][int(j)] = agree[i].get(int(j), 0) + 1
    mean = total / len(FACES)
    for i, votes in enumerate(agree):
        for j, n in votes.items():
            if n >= args.faces_agree and j not in rows[i] and mean[i, j] >= args.min_mean:
                rows[i][j] = float(mean[i, j])
    lines = [
        f"{ch}\t" + " ".join(f"{chars[j]}:{s:.2f}" for j, s in sorted(row.items(), key=_order))
        for ch, row in zip(chars, rows, strict=True)
        if row
    ]
    header = (
        f"# visual confusions: {FONT.name} 48px, blur 2.5, 24x24 cosine; "
        f"{args.chars} chars, top {args.neighbours}, sim >= {args.min_sim}; and neighbours "
        f"in the top {args.face_top} of >= {args.faces_agree} of {len(FACES)} faces, "
        f"their mean sim (>= {args.min_mean}); made by scripts/make_confusions.py\n"
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{args.out}: {len(lines)} characters", file=sys.stderr)
    return 0


def _order(item: tuple[int, float]) -> tuple[float, int]:
    """A neighbour's place in its row: most alike first, ties by frequency rank (the
    table is made again byte for byte)."""
    return (-item[1], item[0])


if __name__ == "__main__":
    raise SystemExit(main())
