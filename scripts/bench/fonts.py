"""The scan path on pages set in fonts it was not drawn for (figures only).

The fixture drawer (``scripts.fixtures.make_fixtures``) lays the pages out; here its type
is swapped for other fonts installed with the system packages (AR PL UMing for Chinese,
Liberation Serif and EB Garamond for English: ``fonts-arphic-uming``,
``fonts-liberation``, ``fonts-ebgaramond``), and each page is scaled 2x to 300 dpi, as
archives scan. A layout the project knows in a type it does not: what a rule tuned to
its own pages' type misses shows here (a river of a justified line taken for a gutter,
a lead whose zone had none). Pages are drawn into a temporary folder (never
``fixtures/``), read with correction off and scored as ``bench image`` scores its
pages (order-aware and order-free CER of the articles' text; articles matched by
bigram Dice >= 0.5), beside plain ``tesseract --psm 3`` on the same page.

    python -m scripts.bench fonts [--only NAME] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from PIL import Image

from ocr.pipeline import process_pages
from ocr.qa import Segment, compare, match_segments
from ocr.qa_load import article_text
from scripts.bench.image import truth_articles
from scripts.fixtures import make_fixtures
from scripts.fixtures.fixture_degrade import degrade
from scripts.fixtures.fixture_sheet import Fonts, Spec, font

UMING = "/usr/share/fonts/truetype/arphic/uming.ttc"
LIBERATION = "/usr/share/fonts/truetype/liberation/LiberationSerif-"
LIBERATION_SANS = "/usr/share/fonts/truetype/liberation/LiberationSans-"
GARAMOND = "/usr/share/fonts/opentype/ebgaramond/EBGaramond12-"
TESSERACT = {"zh": "chi_sim", "en": "eng"}


def fonts(style: str) -> Fonts:
    """The drawer's type roles (body, headline, kicker, byline, caption, credit,
    masthead, strip) in ``style``: ``uming``, ``liberation`` or ``garamond``."""
    if style == "uming":
        return Fonts(font(UMING, 24), UMING, font(UMING, 24), font(UMING, 22), font(UMING, 21),
                     font(UMING, 19), font(UMING, 96), font(UMING, 22), 1.55)
    if style == "liberation":
        return Fonts(font(LIBERATION + "Regular.ttf", 22), LIBERATION + "Bold.ttf",
                     font(LIBERATION_SANS + "Bold.ttf", 19),
                     font(LIBERATION_SANS + "Regular.ttf", 20),
                     font(LIBERATION + "Italic.ttf", 20), font(LIBERATION_SANS + "Regular.ttf", 17),
                     font(LIBERATION + "Bold.ttf", 78), font(LIBERATION_SANS + "Regular.ttf", 20),
                     1.35)
    return Fonts(font(GARAMOND + "Regular.otf", 24), GARAMOND + "Bold.otf",
                 font(GARAMOND + "Bold.otf", 20), font(GARAMOND + "Regular.otf", 21),
                 font(GARAMOND + "Italic.otf", 21), font(GARAMOND + "Regular.otf", 18),
                 font(GARAMOND + "Bold.otf", 80), font(GARAMOND + "Regular.otf", 21), 1.3)


#: The pages: a layout of the drawer's (language, columns, seed, rules, noise) in a style.
PAGES = (
    (Spec("zh-uming-4c", "zh", 4, 901), "uming"),
    (Spec("zh-uming-5c-rules", "zh", 5, 902, rules=True, noise=0.02), "uming"),
    (Spec("en-liberation-4c", "en", 4, 903), "liberation"),
    (Spec("en-liberation-5c-rules", "en", 5, 904, rules=True, noise=0.02), "liberation"),
    (Spec("en-garamond-3c", "en", 3, 905), "garamond"),
    (Spec("en-garamond-6c-rules", "en", 6, 906, rules=True), "garamond"),
)


def draw(spec: Spec, style: str, out: Path) -> tuple[Path, dict[str, Any]]:
    """The page drawn in ``style``, degraded as the drawer degrades it, at 300 dpi."""
    drawer_fonts = make_fixtures.fonts_for
    make_fixtures.fonts_for = lambda lang: fonts(style)  # type: ignore[assignment]
    try:
        img, truth = make_fixtures.compose(spec)
    finally:
        make_fixtures.fonts_for = drawer_fonts
    img = degrade(img, truth, spec, jpeg=False).convert("L")
    img = img.resize((img.width * 2, img.height * 2), Image.Resampling.LANCZOS)
    path = out / f"{spec.name}.png"
    img.save(path, dpi=(300, 300))
    (out / f"{spec.name}.truth.json").write_text(json.dumps(truth, ensure_ascii=False),
                                                  encoding="utf-8")
    return path, truth


def score(path: Path, truth: dict[str, Any], lang: str) -> dict[str, object]:
    page = process_pages(path, lang=lang, correct=False)[0]
    ref = truth_articles(truth)
    ours = "\n\n".join(article_text(page, k) for k in range(len(page.articles)))
    plain = subprocess.run(
        ["tesseract", str(path), "-", "--psm", "3", "-l", TESSERACT[lang]],
        capture_output=True, text=True, check=True,
        env={**os.environ, "OMP_THREAD_LIMIT": "1"}).stdout
    a, b = compare(ref, ours), compare(ref, plain)
    theirs = [Segment(x["id"], "\n".join([*x.get("headlines", []), *x.get("paragraphs", [])]))
              for x in truth["articles"]]
    mine = [Segment(x.id, "\n".join([*x.headlines, *x.paragraphs])) for x in page.articles]
    found = sum(1 for r, h, _ in match_segments(theirs, mine, min_similarity=0.5)
                if r is not None and h is not None)
    return {"page": path.stem, "cer": round(a.cer, 3), "bag": round(a.cer_bag, 3),
            "t_cer": round(b.cer, 3), "t_bag": round(b.cer_bag, 3),
            "arts": f"{found}/{len(theirs)}", "warn": len(page.warnings)}


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="scripts.bench fonts", description=__doc__)
    ap.add_argument("--only", help="only pages whose name contains this")
    ap.add_argument("--keep", type=Path, help="draw the pages here and keep them")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        out = args.keep or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        rows: list[dict[str, object]] = []
        for spec, style in PAGES:
            if args.only and args.only not in spec.name:
                continue
            path, truth = draw(spec, style, out)
            rows.append(score(path, truth, spec.lang))
            print("  ".join(f"{k}={v}" for k, v in rows[-1].items()), flush=True)
    if rows:
        mean = {k: round(sum(float(str(r[k])) for r in rows) / len(rows), 3)
                for k in ("cer", "bag", "t_cer", "t_bag")}
        print(f"mean ({len(rows)}): " + "  ".join(f"{k}={v}" for k, v in mean.items()))
    return 0
