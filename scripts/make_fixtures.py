"""Render synthetic newspaper pages with exact truth: ``fixtures/images/NAME.*`` + ``.truth.json``.

Why synthetic: a real scan has no exact answer; these pages do. Every block is drawn
by this script, so its box, kind, column and text are known to the pixel, and the
articles (kicker, headlines, byline, paragraphs, jump) and reading order are known
exactly. Degradations (skew, blur, noise, JPEG) are applied after rendering and the
truth boxes are carried through the skew rotation, so they are in the coordinates of
the saved image. Deterministic: ``python scripts/make_fixtures.py`` rewrites the same
bytes every time (seeded ``random`` and numpy generators, no timestamps).

Truth conventions (schema ``newsocr.truth/1``):
- ``skew``: degrees the content was rotated counter-clockwise; deskew rotates by ``-skew``.
- block ``text``: the printed lines joined by ``\\n``; ``lines``: each line's ink box and
  text; ``span``: [first, last] body column covered, ``column`` is that column when the
  span is one column, else null; ``font_px``: the type size in pixels.
- ``reading_order``: every block except rules (furniture first, then items zone by zone).
- an article's kicker + headlines + byline + paragraphs + jump text equals the text of its
  blocks in ``block_ids`` order, white space aside; a paragraph may cross blocks.
"""

from __future__ import annotations

import io
import json
import math
import random
import sys
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fixture_prose as prose  # noqa: E402
from fixture_sheet import (  # noqa: E402
    DPI,
    GUTTER,
    MARGIN,
    H,
    Sheet,
    Spec,
    W,
    font,
    fonts_for,
)

OUT = Path(__file__).resolve().parent.parent / "fixtures" / "images"


def new_topic(sheet: Sheet) -> dict[str, list[str]]:
    pool = prose.ZH_TOPICS if sheet.zh else prose.EN_TOPICS
    free = [i for i in range(len(pool)) if i not in sheet.topics] or list(range(len(pool)))
    i = sheet.rng.choice(free)
    sheet.topics.append(i)
    return pool[i]


def paragraphs_for(sheet: Sheet, topic: dict[str, list[str]], n_chars: int
                   ) -> list[list[str]]:
    """Paragraphs of 1–3 sentences from the topic, then from the neighbouring topics."""
    pool = prose.ZH_TOPICS if sheet.zh else prose.EN_TOPICS
    start = pool.index(topic)
    sentences: list[str] = []
    for k in range(len(pool)):
        more = pool[(start + k) % len(pool)]["sentences"]
        sentences += sheet.rng.sample(more, len(more))
    out, total = [], 0
    while sentences and total < n_chars:
        k = min(len(sentences), sheet.rng.choice((1, 2, 2, 3)))
        out.append(sentences[:k])
        total += sum(len(t) for t in sentences[:k])
        del sentences[:k]
    return out


def photo_pixels(sheet: Sheet, w: int, h: int) -> Image.Image:
    """A grey, noisy 'photograph': gradient sky, a few shapes, film grain."""
    seed = sheet.rng.randrange(1 << 30)
    g = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:h, 0:w]
    base = 90 + 80 * (yy / h) + 20 * np.sin(xx / max(w, 1) * 6.0)
    im = Image.fromarray(np.clip(base, 0, 255).astype(np.uint8), "L")
    d = ImageDraw.Draw(im)
    for _ in range(6):
        cx, cy, r = g.integers(0, w), g.integers(h // 3, h), g.integers(h // 8, h // 3)
        d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=int(g.integers(30, 200)))
    arr = np.asarray(im, dtype=np.float32) + g.normal(0, 18, (h, w))
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")


def place_photo(sheet: Sheet, c0: int, c1: int, y: int, article_id: str | None) -> int:
    """An illustration over columns c0..c1 with caption and credit; returns the y below."""
    f = sheet.fonts
    x0, x1 = sheet.colx[c0][0], sheet.colx[c1][1]
    pw = x1 - x0
    ph = int(min(pw * 0.62, 300))
    pic = photo_pixels(sheet, pw, ph)
    sheet.img.paste(pic.convert(sheet.img.mode), (x0, y))
    ids = [sheet.add("illustration", (x0, y, pw, ph), "", (c0, c1))]
    y += ph + 10
    topic = prose.ZH_TOPICS[sheet.topics[-1]] if sheet.zh else prose.EN_TOPICS[sheet.topics[-1]]
    caption = sheet.rng.choice(topic["caption"])
    lines = sheet.wrap(caption, f.caption, pw)
    lh = int(f.caption.size * 1.35)
    box = sheet.text_lines([(x0, y + i * lh, t, None) for i, t in enumerate(lines)], f.caption)
    ids.append(sheet.add("caption", box, "\n".join(lines), (c0, c1), f.caption.size))
    y += len(lines) * lh + 2
    if sheet.zh:
        credit = f"记者 {sheet.rng.choice(prose.ZH_REPORTERS)} 摄"
    else:
        credit = f"Photo by {sheet.rng.choice(prose.EN_PHOTOGRAPHERS)}"
    cx = x1 - int(f.credit.getlength(credit))
    box = sheet.text_lines([(cx, y, credit, None)], f.credit)
    ids.append(sheet.add("credit", box, credit, (c0, c1), f.credit.size))
    sheet.photos.append({"id": f"p{len(sheet.photos) + 1}", "title": None,
                         "caption": sheet.joiner().join(lines), "credit": credit,
                         "article_id": article_id, "block_ids": ids})
    return y + int(f.credit.size * 1.4) + 16


def place_article(sheet: Sheet, c0: int, c1: int, y0: int, y1: int, *, headline: bool = True,
                  kicker: bool = False, byline: bool = False, photo: int = 0,
                  jump: bool = False) -> int:
    """One article over columns c0..c1 (inclusive) between y0 and y1; returns its bottom.

    Body text flows from the bottom of one column to the top of the next; a photo takes
    the top of the last ``photo`` columns; with ``jump`` the text runs over and ends in a
    jump line, otherwise whole paragraphs that fit are set.
    """
    f, rng = sheet.fonts, sheet.rng
    topic = new_topic(sheet)
    aid = f"a{len(sheet.articles) + 1}"
    art: dict[str, Any] = {"id": aid, "kicker": None, "headlines": [], "byline": None,
                           "paragraphs": [], "jump": None, "block_ids": []}
    x0, x1 = sheet.colx[c0][0], sheet.colx[c1][1]
    y = y0
    if kicker:
        text = rng.choice(topic["kicker"])
        box = sheet.text_lines([(x0, y, text, None)], f.kicker)
        art["block_ids"].append(sheet.add("kicker", box, text, (c0, c1), f.kicker.size))
        art["kicker"] = text
        y += int(f.kicker.size * 1.6)
    brief_byline = None
    if headline:
        span = c1 - c0 + 1
        size = {1: 34, 2: 42}.get(span, 54) if sheet.zh else {1: 30, 2: 38}.get(span, 48)
        if span == 1 and x1 - x0 < 240:
            size -= 4  # a narrow column takes a smaller one-column head
        hf = font(f.headline, size)
        text = rng.choice(topic["headline"])
        lines = sheet.wrap(text, hf, x1 - x0)
        lh = int(size * 1.2)
        box = sheet.text_lines([(x0, y + i * lh, t, None) for i, t in enumerate(lines)], hf)
        art["block_ids"].append(sheet.add("headline", box, "\n".join(lines), (c0, c1), size))
        art["headlines"].append(sheet.joiner().join(lines))
        y += len(lines) * lh + int(size * 0.45)
    elif sheet.zh:
        opener = rng.choice(prose.ZH_BRIEF_OPENERS)
        brief_byline = opener.format(name=rng.choice(prose.ZH_REPORTERS))
    if byline:
        if sheet.zh:
            text = "记者 " + " ".join(rng.sample(prose.ZH_REPORTERS, rng.choice((1, 2))))
        else:
            text = "By " + rng.choice(prose.EN_REPORTERS)
        box = sheet.text_lines([(x0, y, text, None)], f.byline)
        art["block_ids"].append(sheet.add("byline", box, text, (c0, c0), f.byline.size))
        art["byline"] = text
        y += int(f.byline.size * 1.7)
    tops = {c: y for c in range(c0, c1 + 1)}
    if photo:
        pc0 = c1 - photo + 1
        below = place_photo(sheet, pc0, c1, y, aid)
        for c in range(pc0, c1 + 1):
            tops[c] = below
    lh = int(f.body.size * f.leading)
    capacity = {c: max(0, (y1 - tops[c]) // lh) for c in tops}
    total = sum(capacity.values())
    cw = sheet.colx[c0][1] - sheet.colx[c0][0]
    per_line = cw / (f.body.size if sheet.zh else f.body.size * 0.5)
    paras = paragraphs_for(sheet, topic, int(total * per_line * 1.3))
    if brief_byline:
        paras[0][0] = brief_byline + paras[0][0]
        art["byline"] = brief_byline
    indent = 2 * f.body.size if sheet.zh else f.body.size
    # (paragraph index, text, first line?, last line?) for every printed line
    set_lines: list[tuple[int, str, bool, bool]] = []
    limit = total - (1 if jump else 0)
    for pi, sentences in enumerate(paras):
        lines = sheet.wrap(sheet.joiner().join(sentences), f.body, cw, indent)
        while not jump and len(sentences) > 1 and len(set_lines) + len(lines) > limit:
            sentences = sentences[:-1]  # a shorter paragraph may still fit
            lines = sheet.wrap(sheet.joiner().join(sentences), f.body, cw, indent)
        if len(set_lines) + len(lines) > limit:
            if jump:
                room = limit - len(set_lines)
                set_lines += [(pi, t, i == 0, False) for i, t in enumerate(lines[:room])]
            elif not set_lines and not brief_byline:
                continue  # look for a paragraph short enough to open the article
            break
        set_lines += [(pi, t, i == 0, i == len(lines) - 1) for i, t in enumerate(lines)]
    if not set_lines:
        raise SystemExit(f"{sheet.spec.name}: no room for the text of article {aid}")
    printed: dict[int, list[str]] = {}
    for pi, t, _, _ in set_lines:
        printed.setdefault(pi, []).append(t)
    art["paragraphs"] = [sheet.joiner().join(ls) for _, ls in sorted(printed.items())]
    if brief_byline:
        art["paragraphs"][0] = art["paragraphs"][0][len(brief_byline):]
    i, bottom, last_y = 0, y, y
    for c in range(c0, c1 + 1):
        chunk = set_lines[i:i + capacity[c]]
        i += len(chunk)
        if not chunk:
            continue
        last_y = tops[c] + len(chunk) * lh
        cx = sheet.colx[c][0]
        rows = [(cx + (indent if first else 0), tops[c] + k * lh, t,
                 None if last else cw - (indent if first else 0))
                for k, (_, t, first, last) in enumerate(chunk)]
        box = sheet.text_lines(rows, f.body)
        text = "\n".join(t for _, t, _, _ in chunk)
        art["block_ids"].append(sheet.add("body", box, text, (c, c), f.body.size))
        bottom = max(bottom, tops[c] + len(chunk) * lh)
    if jump:
        text = "（下转第2版）" if sheet.zh else "Continued on Page 4"
        jx = sheet.colx[c1][1] - int(f.byline.getlength(text))
        box = sheet.text_lines([(jx, last_y + 2, text, None)], f.byline)
        art["block_ids"].append(sheet.add("jump", box, text, (c1, c1), f.byline.size))
        art["jump"] = {"text": text, "page": "2" if sheet.zh else "4"}
        bottom = max(bottom, last_y + lh)
    sheet.articles.append(art)
    return bottom


def place_furniture(sheet: Sheet) -> int:
    """Masthead, date and weather strip, a full-width rule; returns the top of the main zone."""
    f, rng = sheet.fonts, sheet.rng
    title = "江城日报" if sheet.zh else "The Riverside Courier"
    tw = f.masthead.getlength(title)
    box = sheet.text_lines([(int((W - tw) / 2), MARGIN - 10, title, None)], f.masthead)
    sheet.add("furniture", box, title, None, f.masthead.size)
    sheet.furniture.append(title)
    y = box[1] + box[3] + 24
    sheet.rule(MARGIN, y, W - MARGIN, y + 2, None)
    y += 12
    day = rng.randint(1, 28)
    if sheet.zh:
        left = f"2026年3月{day}日 星期{'一二三四五六日'[day % 7]}"
        lo = rng.randint(3, 12)
        right = f"今日天气：多云转晴 气温：{lo}～{lo + rng.randint(6, 10)}°C"
    else:
        days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        left = f"{days[day % 7]}, March {day}, 2026"
        lo = rng.randint(35, 50)
        right = f"Weather: Partly cloudy. High {lo + rng.randint(8, 16)} Low {lo}"
    for text, x in ((left, MARGIN), (right, W - MARGIN - int(f.strip.getlength(right)))):
        box = sheet.text_lines([(x, y, text, None)], f.strip)
        sheet.add("furniture", box, text, None, f.strip.size)
        sheet.furniture.append(text)
    y += int(f.strip.size * 1.5)
    sheet.rule(MARGIN, y, W - MARGIN, y + 4, None)
    return y + 22


def split_cells(n: int, rng: random.Random) -> list[tuple[int, int]]:
    """Split n columns into cells of 1–3 columns for the lower zone."""
    parts = {3: [2, 1], 4: [2, 2], 5: [3, 2], 6: [2, 2, 2]}[n]
    rng.shuffle(parts)
    cells, c = [], 0
    for p in parts:
        cells.append((c, c + p - 1))
        c += p
    return cells


def compose(spec: Spec) -> tuple[Image.Image, dict[str, Any]]:
    rng = random.Random(spec.seed)
    mode = "RGB" if spec.colour else "L"
    paper = (246, 241, 228) if spec.colour else 255
    img = Image.new(mode, (W, H), paper)
    n = spec.ncols
    cw = (W - 2 * MARGIN - (n - 1) * GUTTER) // n
    colx = [(MARGIN + i * (cw + GUTTER), MARGIN + i * (cw + GUTTER) + cw) for i in range(n)]
    sheet = Sheet(spec, fonts_for(spec.lang), rng, img, ImageDraw.Draw(img), colx)
    top = place_furniture(sheet)
    bottom = H - MARGIN
    split = top + int((bottom - top) * rng.uniform(0.5, 0.56))
    # Upper zone: the lead story over n-1 columns, a side column with a story and a brief.
    side = rng.choice((0, n - 1))
    lead = (1, n - 1) if side == 0 else (0, n - 2)
    lead_bottom = place_article(sheet, lead[0], lead[1], top, split - 30, kicker=True,
                                byline=True, photo=max(1, (n - 1) // 2), jump=True)
    mid = top + int((split - top) * 0.6)
    first_bottom = place_article(sheet, side, side, top, mid, byline=not sheet.zh)
    sheet.rule(colx[side][0], first_bottom + 8, colx[side][1], first_bottom + 10, (side, side))
    brief_bottom = place_article(sheet, side, side, first_bottom + 26, split - 30,
                                 headline=False)
    zone1_bottom = max(lead_bottom, brief_bottom)
    if spec.rules:
        gx = colx[lead[0]][0] - GUTTER // 2 if side == 0 else colx[side][0] - GUTTER // 2
        sheet.rule(gx - 1, top, gx + 1, zone1_bottom, None)
    ry = zone1_bottom + 16
    sheet.rule(MARGIN, ry, W - MARGIN, ry + 2, None)
    # Lower zone: two or three stories side by side, one with a photo.
    y2 = ry + 22
    cells = split_cells(n, rng)
    with_photo = rng.randrange(len(cells))
    tops: list[int] = []
    for k, (a, b) in enumerate(cells):
        tops.append(len(sheet.blocks))
        place_article(sheet, a, b, y2, bottom, kicker=(k == 0),
                      byline=rng.random() < 0.5,
                      photo=1 if k == with_photo and b > a else 0)
    if spec.rules:
        for a, _ in cells[1:]:
            gx = colx[a][0] - GUTTER // 2
            sheet.rule(gx - 1, y2, gx + 1, bottom, None)
    columns = [[x0, top, x1 - x0, bottom - top] for x0, x1 in colx]
    truth = {"schema": "newsocr.truth/1", "image": "", "frame": 0, "size": [W, H],
             "lang": spec.lang, "dpi": DPI, "skew": spec.skew, "columns": columns,
             "blocks": sheet.blocks, "reading_order": sheet.order, "articles": sheet.articles,
             "photos": sheet.photos, "furniture": sheet.furniture}
    return img, truth


def rotate_box(box: list[int], angle: float, size: tuple[int, int]) -> list[int]:
    """The axis-aligned box enclosing ``box`` after Pillow's counter-clockwise ``rotate``."""
    cx, cy = size[0] / 2, size[1] / 2
    a = math.radians(angle)
    x, y, w, h = box
    xs, ys = [], []
    for px, py in ((x, y), (x + w, y), (x, y + h), (x + w, y + h)):
        dx, dy = px - cx, py - cy
        xs.append(cx + dx * math.cos(a) + dy * math.sin(a))
        ys.append(cy - dx * math.sin(a) + dy * math.cos(a))
    x0, y0 = max(0, math.floor(min(xs))), max(0, math.floor(min(ys)))
    x1, y1 = min(size[0], math.ceil(max(xs))), min(size[1], math.ceil(max(ys)))
    return [x0, y0, x1 - x0, y1 - y0]


def degrade(img: Image.Image, truth: dict[str, Any], spec: Spec, jpeg: bool = True
            ) -> Image.Image:
    """Skew (boxes follow), blur, noise, and JPEG artefacts unless saved as JPEG anyway."""
    if spec.skew:
        fill = (246, 241, 228) if img.mode == "RGB" else 255
        img = img.rotate(spec.skew, resample=Image.Resampling.BICUBIC, fillcolor=fill)
        for b in truth["blocks"]:
            b["box"] = rotate_box(b["box"], spec.skew, img.size)
            for line in b["lines"]:
                line["box"] = rotate_box(line["box"], spec.skew, img.size)
        truth["columns"] = [rotate_box(c, spec.skew, img.size) for c in truth["columns"]]
    if spec.blur:
        img = img.filter(ImageFilter.GaussianBlur(spec.blur))
    if spec.noise:
        g = np.random.default_rng(spec.seed)
        arr = np.asarray(img, dtype=np.float32)
        arr = arr + g.normal(0, spec.noise, arr.shape)
        img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), img.mode)
    if spec.jpeg and jpeg:
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=spec.jpeg)
        img = Image.open(io.BytesIO(buf.getvalue()))
        img.load()
    return img


PAGES = [
    (Spec("zh-4col-clean", "zh", 4, 101), "png"),
    (Spec("en-3col-colour", "en", 3, 102, colour=True), "png"),
    (Spec("zh-6col-heavy", "zh", 6, 103, rules=True, colour=True, skew=1.4, blur=0.9,
          noise=14, jpeg=35), "jpg"),
    (Spec("en-5col-heavy", "en", 5, 104, rules=True, skew=-1.5, blur=0.8, noise=12,
          jpeg=30), "jpg"),
    (Spec("en-4col-grey16", "en", 4, 105, skew=-0.8), "png16"),
    (Spec("zh-3col-skew", "zh", 3, 106, skew=0.9, blur=0.5), "png"),
]
TIFF = ("zh5-en4-2page", [Spec("zh5-en4-2page-p1", "zh", 5, 107, rules=True),
                          Spec("zh5-en4-2page-p2", "en", 4, 108, skew=0.4, rules=True)])


def write_truth(truth: dict[str, Any], name: str, image: str, frame: int = 0) -> None:
    truth["image"], truth["frame"] = image, frame
    text = json.dumps(truth, ensure_ascii=False, indent=1)
    (OUT / f"{name}.truth.json").write_text(text + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for spec, fmt in PAGES:
        img, truth = compose(spec)
        img = degrade(img, truth, spec, jpeg=fmt != "jpg")
        if fmt == "jpg":
            path = OUT / f"{spec.name}.jpg"
            img.save(path, "JPEG", quality=spec.jpeg or 85)
        elif fmt == "png16":
            path = OUT / f"{spec.name}.png"
            arr = np.asarray(img.convert("L"), dtype=np.uint16) * 257
            Image.fromarray(arr).save(path, dpi=(DPI, DPI))
        else:
            path = OUT / f"{spec.name}.png"
            img.save(path, dpi=(DPI, DPI), optimize=True)
        write_truth(truth, spec.name, path.name)
    name, specs = TIFF
    frames = []
    for i, spec in enumerate(specs):
        img, truth = compose(spec)
        frames.append(degrade(img, truth, spec).convert("L"))
        write_truth(truth, spec.name, f"{name}.tif", i)
    frames[0].save(OUT / f"{name}.tif", save_all=True, append_images=frames[1:],
                   compression="tiff_deflate", dpi=(DPI, DPI))
    for p in sorted(OUT.iterdir()):
        print(f"{p.stat().st_size:>9}  {p.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
