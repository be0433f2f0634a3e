"""Draw one rendered newspaper page scan (A4, 300 dpi) with its truth, devset-format.

Standalone (PIL + numpy; never imports newsocr). The design (fonts, sizes, columns, leading,
gutters, rules, where photos and briefs sit) and the degradation come from the seed, so one
seed always gives the same bytes.

    python gen.py --pool S|J|T|U|V|W|X|Y|Z|A|B|C --lang zh|en --seed N --out DIR
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

sys.path.insert(0, str(Path(__file__).resolve().parent))
import prose_a_en  # noqa: E402
import prose_a_zh  # noqa: E402
import prose_b_en  # noqa: E402
import prose_b_zh  # noqa: E402
import prose_c_en  # noqa: E402
import prose_c_zh  # noqa: E402
import prose_en  # noqa: E402
import prose_t_en  # noqa: E402
import prose_t_zh  # noqa: E402
import prose_u_en  # noqa: E402
import prose_u_zh  # noqa: E402
import prose_v_en  # noqa: E402
import prose_v_zh  # noqa: E402
import prose_w_en  # noqa: E402
import prose_w_zh  # noqa: E402
import prose_x_en  # noqa: E402
import prose_x_zh  # noqa: E402
import prose_y_en  # noqa: E402
import prose_y_zh  # noqa: E402
import prose_z_en  # noqa: E402
import prose_z_zh  # noqa: E402
import prose_zh  # noqa: E402

# pools S and J live in prose_{en,zh}; the third study pool T in prose_t_{en,zh};
# the held-out check pools U (set S4), V (set S5) and W (set S6) in prose_{u,v,w}_{en,zh};
# the judge pools X (set S7), Y (set S8), Z (set S9), A (set S10) and B (set S11) in
# prose_{x,y,z,a,b}_{en,zh}; the study pool C (set S12) in prose_c_{en,zh}
PROSE = {"en": {**prose_en.POOLS, **prose_t_en.POOLS, **prose_u_en.POOLS, **prose_v_en.POOLS,
                **prose_w_en.POOLS, **prose_x_en.POOLS, **prose_y_en.POOLS, **prose_z_en.POOLS,
                **prose_a_en.POOLS, **prose_b_en.POOLS, **prose_c_en.POOLS},
         "zh": {**prose_zh.POOLS, **prose_t_zh.POOLS, **prose_u_zh.POOLS, **prose_v_zh.POOLS,
                **prose_w_zh.POOLS, **prose_x_zh.POOLS, **prose_y_zh.POOLS, **prose_z_zh.POOLS,
                **prose_a_zh.POOLS, **prose_b_zh.POOLS, **prose_c_zh.POOLS}}
W, H = 2480, 3508
LIB = "/usr/share/fonts/truetype/liberation/"
DJV = "/usr/share/fonts/truetype/dejavu/"
NTO = "/usr/share/fonts/truetype/noto/"
EBG = "/usr/share/fonts/opentype/ebgaramond/"
CJK = "/usr/share/fonts/opentype/noto/"
UMING = ("/usr/share/fonts/truetype/arphic/uming.ttc", 0)
MHEI = ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0)
NSERIF = (CJK + "NotoSerifCJK-Regular.ttc", 2)
NSERIFB = (CJK + "NotoSerifCJK-Bold.ttc", 2)
NSANSB = (CJK + "NotoSansCJK-Bold.ttc", 2)

# name: body, head, deck (italic or light), kicker/label face, byline face
DESIGNS = {
    "en": {
        "libserif": ((LIB + "LiberationSerif-Regular.ttf", 0), (LIB + "LiberationSerif-Bold.ttf", 0),
                     (LIB + "LiberationSerif-Italic.ttf", 0), (LIB + "LiberationSans-Bold.ttf", 0),
                     (LIB + "LiberationSerif-Bold.ttf", 0)),
        "garamond": ((EBG + "EBGaramond12-Regular.otf", 0), (EBG + "EBGaramond12-Bold.otf", 0),
                     (EBG + "EBGaramond12-Italic.otf", 0),
                     (LIB + "LiberationSansNarrow-Bold.ttf", 0), (EBG + "EBGaramond12-Bold.otf", 0)),
        "notoserif": ((NTO + "NotoSerif-Regular.ttf", 0), (NTO + "NotoSans-Bold.ttf", 0),
                      (NTO + "NotoSerif-Italic.ttf", 0), (NTO + "NotoSans-Bold.ttf", 0),
                      (NTO + "NotoSans-Bold.ttf", 0)),
        "dejavucond": ((DJV + "DejaVuSerifCondensed.ttf", 0), (DJV + "DejaVuSerifCondensed-Bold.ttf", 0),
                       (DJV + "DejaVuSerifCondensed-Italic.ttf", 0),
                       (LIB + "LiberationSans-Bold.ttf", 0), (DJV + "DejaVuSans-Bold.ttf", 0)),
    },
    "zh": {
        "uming": (UMING, NSANSB, UMING, MHEI, UMING),
        "uminghei": (UMING, MHEI, MHEI, MHEI, UMING),
        "notoserif": (NSERIF, NSERIFB, NSERIF, NSANSB, NSERIF),
        "microhei": (MHEI, NSERIFB, UMING, NSERIFB, MHEI),
    },
}
NO_START = set("，。、；：？！）》」』”’%．,.;:!?)]")
NO_END = set("（《「『“‘([")


def font(spec: tuple[str, int], size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(spec[0], max(8, int(size)), index=spec[1])


@dataclass
class Page:
    lang: str
    rng: random.Random
    blocks: list[dict] = field(default_factory=list)
    articles: list[dict] = field(default_factory=list)
    rules: list[tuple] = field(default_factory=list)  # (x0, y0, x1, y1, width)
    boxes: list[tuple] = field(default_factory=list)  # (x0, y0, x1, y1, width)
    photos: list[tuple] = field(default_factory=list)  # (x, y, w, h)
    draws: list[tuple] = field(default_factory=list)  # (x, y, text, font)
    spanning: list[tuple] = field(default_factory=list)  # (x0, y0, x1, y1): cuts column rules
    group: tuple = ()  # where the next article sits in the layout tree (its reading order)
    seq: int = 0

    def key(self) -> tuple:
        self.seq += 1
        return (*self.group, self.seq)

    def block(self, kind: str, text: str | None, box: tuple, art: str | None = None, **extra) -> None:
        b: dict = {"kind": kind}
        if art is not None:
            b["article"] = art
        if text is not None:
            b["text"] = text
        b["box"] = [int(v) for v in box]
        b.update(extra)
        self.blocks.append(b)


# ---------------------------------------------------------------- text wrapping

def wrap_words(text: str, f: ImageFont.FreeTypeFont, width: float, indent: float = 0) -> list[str]:
    words, lines, cur = text.split(), [], ""
    for w in words:
        trial = f"{cur} {w}" if cur else w
        lim = width - (indent if not lines else 0)
        if f.getlength(trial) <= lim or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def wrap_chars(text: str, f: ImageFont.FreeTypeFont, width: float, indent: float = 0) -> list[str]:
    lines, cur, i = [], "", 0
    toks = []  # keep runs of ASCII letters/digits together
    while i < len(text):
        j = i + 1
        if text[i].isascii() and text[i].isalnum():
            while j < len(text) and text[j].isascii() and (text[j].isalnum() or text[j] in ".%"):
                j += 1
        toks.append(text[i:j])
        i = j
    for t in toks:
        lim = width - (indent if not lines else 0)
        if f.getlength(cur + t) <= lim or not cur:
            cur += t
            continue
        if t[0] in NO_START and len(cur) > 1:  # pull the last character down with it
            lines.append(cur[:-1])
            cur = cur[-1] + t
        elif cur[-1] in NO_END and len(cur) > 1:
            lines.append(cur[:-1])
            cur = cur[-1] + t
        else:
            lines.append(cur)
            cur = t
    if cur:
        lines.append(cur)
    return lines


def wrap(lang: str, text: str, f, width: float, indent: float = 0) -> list[str]:
    return (wrap_chars if lang == "zh" else wrap_words)(text, f, width, indent)


def join_lines(lang: str, lines: list[str]) -> str:
    return ("" if lang == "zh" else " ").join(lines)


# ---------------------------------------------------------------- design

@dataclass
class Design:
    lang: str
    fontname: str
    cols: int
    margin: int
    gutter: int
    colw: float
    body: ImageFont.FreeTypeFont
    bodysize: int
    lead: int
    faces: tuple
    colrules: bool
    justify: bool
    ink: int
    story_rule: bool
    head_scale: float
    wrap_kickers: bool = False  # pool A: a kicker wider than its headline runs on a second line

    def colx(self, c: int) -> float:
        return self.margin + c * (self.colw + self.gutter)

    def spanw(self, a: int, b: int) -> float:
        return (b - a) * self.colw + (b - a - 1) * self.gutter


def make_design(lang: str, cols: int, rng: random.Random, layout: dict | None = None) -> Design:
    """``layout`` (pools Y, Z, A): a paper's own gutters, margins and faces, and (pool A) whether
    kickers wrap to the headline's width; None: the defaults."""
    layout = layout or {}
    name = rng.choice(sorted(DESIGNS[lang]))
    faces = DESIGNS[lang][name]
    if name in layout.get("faces", {}):  # replace some faces (index -> (path, index)) of this design
        faces = tuple(layout["faces"][name].get(i, fc) for i, fc in enumerate(faces))
    margin = rng.randint(*layout.get("margins", (95, 150)))
    gutter = rng.choice(layout.get("gutters", [26, 34, 42, 52, 64]))
    colw = (W - 2 * margin - (cols - 1) * gutter) / cols
    if lang == "zh":
        size = rng.randint(34, 40) if cols <= 4 else rng.randint(31, 36)
    else:
        size = rng.randint(36, 42) if cols <= 4 else rng.randint(32, 37)
    lead = int(size * rng.uniform(1.18, 1.42))
    return Design(lang, name, cols, margin, gutter, colw, font(faces[0], size), size, lead, faces,
                  rng.random() < 0.6, lang == "zh" or rng.random() < 0.75, rng.randint(0, 40),
                  rng.random() < 0.6, rng.uniform(0.9, 1.15), layout.get("wrap_kickers", False))


# ---------------------------------------------------------------- drawing lines

def draw_line(page: Page, d: Design, x: float, y: float, width: float, text: str, f,
              justify: bool, indent: float = 0) -> None:
    x += indent
    width -= indent
    if not justify:
        page.draws.append((x, y, text, f))
        return
    if d.lang == "zh":
        chars = list(text)
        if len(chars) < 2:
            page.draws.append((x, y, text, f))
            return
        extra = (width - f.getlength(text)) / (len(chars) - 1)
        if extra > f.size * 0.6:
            extra = 0
        cx = x
        for ch in chars:
            page.draws.append((cx, y, ch, f))
            cx += f.getlength(ch) + extra
        return
    words = text.split(" ")
    if len(words) < 2:
        page.draws.append((x, y, text, f))
        return
    gap = (width - sum(f.getlength(w) for w in words)) / (len(words) - 1)
    if gap > f.getlength(" ") * 3.2:
        gap = f.getlength(" ")
    cx = x
    for w in words:
        page.draws.append((cx, y, w, f))
        cx += f.getlength(w) + gap


# ---------------------------------------------------------------- photos

def photo_pixels(w: int, h: int, rng: np.random.Generator) -> Image.Image:
    """A textured grey picture: soft blobs, a horizon, some shapes and grain, never flat."""
    small = rng.random((max(2, h // 60), max(2, w // 60)))
    img = np.asarray(Image.fromarray((small * 255).astype(np.uint8)).resize((w, h), Image.BICUBIC),
                     dtype=np.float32)
    yy, xx = np.mgrid[0:h, 0:w]
    horizon = h * rng.uniform(0.3, 0.6)
    img = img * 0.45 + np.where(yy < horizon, 190 - yy / h * 40, 95 + (yy - horizon) / h * 60)
    for _ in range(rng.integers(3, 8)):
        cx, cy = rng.uniform(0, w), rng.uniform(horizon * 0.7, h)
        rx, ry = rng.uniform(w * 0.04, w * 0.2), rng.uniform(h * 0.08, h * 0.35)
        mask = ((xx - cx) / rx) ** 2 + ((yy - cy) / ry) ** 2 < 1
        img[mask] = img[mask] * 0.5 + rng.uniform(20, 120) * 0.5
    img += rng.normal(0, 14, (h, w))
    img = np.clip(img, 25, 230).astype(np.uint8)
    return Image.fromarray(img).filter(ImageFilter.GaussianBlur(1.2))


# ---------------------------------------------------------------- stories

@dataclass
class Story:
    kind: str  # story | nohead
    data: dict
    head_cols: int | None = None  # headline narrower than the body
    photo: str | None = None  # top | mid | above
    photo_data: dict | None = None


def body_paragraphs(lang: str, s: dict, headless: bool) -> tuple[list[tuple[str, str]], dict]:
    """(style, text) paragraphs in print order, and truth extras (byline, dateline)."""
    out, extra = [], {}
    # own-line bylines: every EN byline; ZH only pools T to X (`本报记者 X`, `记者 X 实习生 Y`);
    # ZH pools S and J lead with 本报讯（…） instead
    for k, line in enumerate(s.get("byline") or []):
        out.append(("byline" if k == 0 else "byline2", line))
    if s.get("byline"):
        extra["byline"] = s["byline"][0]
        if len(s["byline"]) > 1:
            extra["byline_extra"] = s["byline"][1]
    if lang == "en":
        paras = list(s["paragraphs"])
        if s.get("dateline"):
            paras[0] = f"{s['dateline']} — {paras[0]}"
            extra["dateline"] = f"{s['dateline']} —"
    else:
        paras = list(s["paragraphs"])
        if paras[0].startswith("本报讯"):
            extra["byline"] = paras[0][: paras[0].index("）") + 1]
    out += [("para", p) for p in paras]
    return out, extra


def place_story(page: Page, d: Design, st: Story, c0: int, c1: int, top: float, cap: float,
                art_id: str, jumps: dict) -> float:
    """Lay out one story in columns [c0, c1) from ``top``, not below ``cap``; returns its bottom."""
    rng = page.rng
    s = st.data
    lang = d.lang
    x0, spanw = d.colx(c0), d.spanw(c0, c1)
    hc1 = c0 + (st.head_cols or (c1 - c0))
    headw = d.spanw(c0, hc1)
    y = top
    art: dict = {"id": art_id, "headlines": [], "paragraphs": [], "captions": [], "span": [c0, c1],
                 "top": int(top), "_key": page.key()}
    occupied: list[tuple[float, float, float, float]] = []  # x0, y0, x1, y1

    ratio = rng.uniform(0.5, 0.78)
    cf = font(d.faces[3] if lang == "en" else d.faces[2], d.bodysize * 0.62)
    capf = font(d.faces[2] if rng.random() < 0.5 else d.faces[4], d.bodysize * 0.82)

    def put_photo(px0: float, pw: float, py: float, dry: bool = False) -> float:
        ph = int(min(pw * ratio, max(220, (cap - py) * 0.38)))
        credit = st.photo_data["credit"]
        ch = int(cf.size * 1.25)
        clines = wrap(lang, st.photo_data["caption"], capf, pw)
        lh = int(capf.size * 1.3)
        if dry:
            return py + ph + 8 + ch + 4 + lh * len(clines) + d.lead * 0.6
        page.photos.append((int(px0), int(py), int(pw), ph))
        page.block("illustration", None, (px0, py, pw, ph), art_id)
        yy = py + ph + 8
        page.draws.append((px0 + pw - cf.getlength(credit), yy, credit, cf))
        page.block("caption", credit, (px0, yy, pw, ch), art_id, role="credit")
        yy += ch + 4
        for ln in clines:
            page.draws.append((px0, yy, ln, capf))
            page.block("caption", ln, (px0, yy, pw, lh), art_id)
            yy += lh
        art["captions"] += [join_lines(lang, clines), credit]
        page.spanning.append((px0, py, px0 + pw, yy))
        return yy + d.lead * 0.6

    if st.photo == "above":
        y = put_photo(x0, spanw, y)
        occupied.append((x0 - 1, top, x0 + spanw + 1, y))
    if st.kind == "story":
        if s.get("kicker"):
            kf = font(d.faces[3], d.bodysize * rng.uniform(0.8, 1.0))
            kh = int(kf.size * 1.35)
            # one line, however long (pools S to Z); pool A's long kickers (15 characters over
            # one narrow column) wrap as its headline does, else they ran over the next column
            kl = wrap(lang, s["kicker"], kf, headw) if d.wrap_kickers else [s["kicker"]]
            for ln in kl:
                page.draws.append((x0, y, ln, kf))
                page.block("kicker", ln, (x0, y, headw, kh), art_id)
                y += kh
            art["headlines"].append(join_lines(lang, kl))
        ncol = hc1 - c0
        hsize = d.bodysize * d.head_scale * (1.5 + 0.45 * min(ncol, 4)) * rng.uniform(0.92, 1.08)
        if lang == "zh":
            hsize *= 1.05
        hsize = min(hsize, (cap - top) * 0.09)
        while True:
            hf = font(d.faces[1], hsize)
            hl = wrap(lang, s["headline"], hf, headw)
            if len(hl) <= 3 or hsize < d.bodysize * 1.4:
                break
            hsize *= 0.9
        hh = int(hf.size * 1.2)
        center = rng.random() < 0.2
        for ln in hl:
            hx = x0 + (headw - hf.getlength(ln)) / 2 if center else x0
            page.draws.append((hx, y, ln, hf))
            page.block("headline", ln, (x0, y, headw, hh), art_id)
            y += hh
        art["headlines"].append(join_lines(lang, hl))
        if s.get("deck") and rng.random() < 0.8:
            df = font(d.faces[2], max(d.bodysize * 1.1, hf.size * 0.5))
            dl = wrap(lang, s["deck"], df, headw)
            dh = int(df.size * 1.25)
            y += 6
            for ln in dl:
                page.draws.append((x0, y, ln, df))
                page.block("headline", ln, (x0, y, headw, dh), art_id, role="deck")
                y += dh
            art["headlines"].append(join_lines(lang, dl))
        y += d.lead * 0.5
        page.spanning.append((x0, top, x0 + headw, y))
        occupied.append((x0 - 1, top, x0 + headw + 1, y))
        if st.photo == "top":
            pc = rng.randint(max(1, (hc1 - c0) - 1), hc1 - c0)
            y = put_photo(x0, d.spanw(c0, c0 + pc), y)
            occupied.append((x0 - 1, top, d.colx(c0 + pc - 1) + d.colw + 1, y))
    body_top = {c: top for c in range(c0, c1)}
    for c in range(c0, c1):
        cx = d.colx(c) + d.colw / 2
        for ox0, oy0, ox1, oy1 in occupied:
            if ox0 <= cx <= ox1:
                body_top[c] = max(body_top[c], oy1)
    mid_rect = None
    if st.photo == "mid" and c1 - c0 >= 1:
        pc = min(c1 - c0, rng.choice([1, 2, 2, 3]))
        pa = rng.choice([c0, c1 - pc])
        py = max(body_top[c] for c in range(pa, pa + pc)) + rng.randint(4, 14) * d.lead
        if py + 700 < cap:
            mid_rect = (pa, pa + pc, py)

    # body lines: (style, text, first, last, paragraph index)
    paras, extra = body_paragraphs(lang, s, st.kind == "nohead")
    if st.kind == "nohead":  # a headline-less item runs without its byline either
        paras = [p for p in paras if p[0] == "para"]
        extra.pop("byline_extra", None)
        if lang == "en" or s.get("byline"):
            extra.pop("byline", None)
    art.update(extra)
    indent_s = "\u3000\u3000" if lang == "zh" else "    "
    indent = d.bodysize * 2 if lang == "zh" else d.bodysize * 1.1
    bold = font(d.faces[4], d.bodysize)
    ital = font(d.faces[2], d.bodysize * 0.92)
    lines = []
    for pi, (style, text) in enumerate(paras):
        f = {"byline": bold, "byline2": ital}.get(style, d.body)
        ind = indent if style == "para" else 0
        wl = wrap(lang, text, f, d.colw, ind)
        for k, ln in enumerate(wl):
            lines.append((style, ln, k == 0, k == len(wl) - 1, pi, f, ind if k == 0 else 0))

    def slots(limit: float) -> list[tuple[int, float]]:
        """Line positions (column, y) in reading order, columns cut at ``limit``."""
        out = []
        for c in range(c0, c1):
            yy = body_top[c]
            holes = []
            if mid_rect and mid_rect[0] <= c < mid_rect[1]:
                holes.append((mid_rect[2], mid_rect[2] + mid_h))
            while yy + d.lead <= limit:
                hit = next((h for h in holes if yy + d.lead > h[0] and yy < h[1]), None)
                if hit:
                    yy = hit[1]
                    continue
                out.append((c, yy))
                yy += d.lead
        return out

    mid_h = 0.0
    if mid_rect:
        pw = d.spanw(mid_rect[0], mid_rect[1])
        mid_h = put_photo(0, pw, 0, dry=True)  # reserved; drawn once the flow reached it
    allslots = slots(cap)
    truncated = len(allslots) < len(lines)
    if truncated:
        use = allslots
    else:  # balance: lowest bottom at which every line fits
        lo, hi = min(body_top.values()) + d.lead, cap
        while hi - lo > 2:
            m = (lo + hi) / 2
            if len(slots(m)) >= len(lines):
                hi = m
            else:
                lo = m
        use = slots(hi)
    n_lines = len(lines) if not truncated else max(0, len(use) - 1)
    pw_text: dict[int, list[str]] = {}
    bottom = max(body_top.values()) if not lines else min(body_top.values())
    bottom = max(bottom, y)
    for (c, yy), (style, ln, first, last, pi, f, ind) in zip(use[:n_lines], lines[:n_lines]):
        cx = d.colx(c)
        just = d.justify and style == "para" and not last
        draw_line(page, d, cx, yy, d.colw, ln, f, just, ind)
        prefix = indent_s if (first and style == "para") else ""
        page.block("body", prefix + ln, (cx, yy, d.colw, d.lead), art_id, col=c)
        pw_text.setdefault(pi, []).append(ln)
        bottom = max(bottom, yy + d.lead)
    for pi in sorted(pw_text):
        art["paragraphs"].append(join_lines(lang, pw_text[pi]))
    if truncated and use:
        c, yy = use[-1] if n_lines < len(use) else use[n_lines - 1]
        p = rng.choice(["A4", "A6", "A7", "A9"]) if lang == "en" else str(rng.randint(2, 8))
        word = s.get("slug") or s["headline"].split()[0].strip(",.'").upper() if lang == "en" else ""
        tmpl = jumps["jump"] if rng.random() < 0.6 or lang == "zh" else jumps["jump_alt"]
        jt = tmpl.format(p=p, word=word, n=p[1:])
        if "{n}" in tmpl:  # pool Y: the page number alone (`Continued on page 7`)
            p = p[1:]
        jf = ital if lang == "en" else bold
        cx = d.colx(c)
        page.draws.append((cx + d.colw - jf.getlength(jt), yy, jt, jf))
        page.block("body", jt, (cx, yy, d.colw, d.lead), art_id, col=c, role="jump")
        art["paragraphs"].append(jt)
        art["jump"], art["jump_page"], art["truncated_at_jump"] = jt, p, True
        bottom = max(bottom, yy + d.lead)
    if mid_rect:
        pa, pb, py = mid_rect
        if bottom > py:  # the text reached the hole (else it ended above it: no picture)
            bottom = max(bottom, put_photo(d.colx(pa), d.spanw(pa, pb), py))
    if st.kind == "nohead":
        art["headlines"] = []
    page.articles.append(art)
    return bottom


def place_briefs(page: Page, d: Design, briefs: list[dict], title: str, c0: int, c1: int,
                 top: float, cap: float, next_id) -> float:
    """A ruled box of briefs: a title, then each brief's bold head and its text."""
    rng = page.rng
    x0, w = d.colx(c0), d.spanw(c0, c1)
    pad = 22
    y = top + pad
    tf = font(d.faces[3], d.bodysize * 1.15)
    tw = tf.getlength(title)
    tx = x0 + (w - tw) / 2
    page.draws.append((tx, y, title, tf))
    page.block("furniture", title, (x0 + pad, y, w - 2 * pad, tf.size * 1.3), role="box-title")
    y += tf.size * 1.3 + 10
    page.rules.append((x0 + pad, y, x0 + w - pad, y, 2))
    y += 14
    hf = font(d.faces[1], d.bodysize * 1.05)
    inner = w - 2 * pad
    for b in briefs:
        hl = wrap(d.lang, b["head"], hf, inner)
        tl = wrap(d.lang, b["text"], d.body, inner)
        need = len(hl) * hf.size * 1.25 + len(tl) * d.lead + 20
        if y + need + pad > cap:
            break
        aid = next_id()
        art = {"id": aid, "headlines": [join_lines(d.lang, hl)], "paragraphs": [], "captions": [],
               "span": [c0, c1], "top": int(y), "_key": page.key()}
        for ln in hl:
            page.draws.append((x0 + pad, y, ln, hf))
            page.block("headline", ln, (x0 + pad, y, inner, hf.size * 1.25), aid)
            y += hf.size * 1.25
        for k, ln in enumerate(tl):
            draw_line(page, d, x0 + pad, y, inner, ln, d.body, d.justify and k < len(tl) - 1)
            page.block("body", ln, (x0 + pad, y, inner, d.lead), aid, col=c0)
            y += d.lead
        art["paragraphs"].append(join_lines(d.lang, tl))
        page.articles.append(art)
        y += 20
    bottom = y + pad - 20
    page.boxes.append((x0, top, x0 + w, bottom, 3 if rng.random() < 0.5 else 2))
    page.spanning.append((x0, top, x0 + w, bottom))
    return bottom


# ---------------------------------------------------------------- page

def build(pool: str, lang: str, seed: int) -> tuple[Image.Image, dict, str]:
    rng = random.Random(seed * 7919 + (1 if lang == "zh" else 2))
    nrng = np.random.default_rng(seed)
    prose = PROSE[lang][pool]
    layout = prose.get("layout")  # pools Y, Z, A: own columns by seed, gutters, margins, faces
    cols = layout["cols"][seed % len(layout["cols"])] if layout else 3 + seed % 4
    degrade = ("none", "light", "heavy")[seed % 3]
    d = make_design(lang, cols, rng, layout)
    page = Page(lang, rng)
    x0, x1 = d.margin, W - d.margin
    # masthead and furniture
    y = d.margin
    mname = rng.choice(prose["mastheads"])
    msize = rng.randint(120, 175)
    mface = d.faces[1] if rng.random() < 0.6 else d.faces[4]
    mf = font(mface, msize)
    while mf.getlength(mname) > (x1 - x0) * 0.8:
        msize -= 8
        mf = font(mface, msize)
    mw = mf.getlength(mname)
    mx = x0 + ((x1 - x0 - mw) / 2 if rng.random() < 0.6 else 0)
    page.draws.append((mx, y, mname, mf))
    mh = int(msize * 1.25)
    page.block("masthead", mname, (x0, y, x1 - x0, mh))
    fz = prose["furniture"]
    ff = font(d.faces[0], d.bodysize * 0.95)
    if rng.random() < 0.5:  # ears beside the masthead
        ear = rng.choice(fz["extras"][2:])
        ew = ff.getlength(ear)
        if mx > x0 + ew + 40:
            page.draws.append((x0, y + mh / 2, ear, ff))
            page.block("furniture", ear, (x0, y + mh / 2, ew, ff.size * 1.3), role="ear")
    y += mh + 10
    page.rules.append((x0, y, x1, y, rng.choice([3, 5, 8])))
    y += 18
    date = rng.choice(fz["dates"])
    left = date
    right = " · ".join(rng.sample(fz["extras"][:2], 2)) if rng.random() < 0.7 else fz["extras"][0]
    fh = int(ff.size * 1.35)
    page.draws.append((x0, y, left, ff))
    page.block("furniture", left, (x0, y, ff.getlength(left), fh))
    rw = ff.getlength(right)
    page.draws.append((x1 - rw, y, right, ff))
    page.block("furniture", right, (x1 - rw, y, rw, fh))
    section = rng.choice(prose["sections"])
    sf = font(d.faces[3], d.bodysize * 1.0)
    sw = sf.getlength(section)
    page.draws.append(((x0 + x1 - sw) / 2, y, section, sf))
    page.block("furniture", section, ((x0 + x1 - sw) / 2, y, sw, fh), role="section")
    y += fh + 6
    page.rules.append((x0, y, x1, y, 2))
    top0 = y + 30
    bottom = H - d.margin
    if rng.random() < 0.5:  # folio line at the foot
        folio = (f"A{rng.randint(2, 9)}" if lang == "en" else f"第{rng.randint(2, 8)}版")
        foot = f"{folio}   {mname}   {date}"
        page.draws.append((x0, bottom - fh, foot, ff))
        page.block("furniture", foot, (x0, bottom - fh, ff.getlength(foot), fh), role="folio")
        page.rules.append((x0, bottom - fh - 12, x1, bottom - fh - 12, 2))
        bottom -= fh + 40

    stories = list(prose["stories"])
    rng.shuffle(stories)
    photos = list(prose["photos"])
    rng.shuffle(photos)
    counter = iter(range(1000))
    tmp_id = lambda: f"t{next(counter)}"  # noqa: E731

    def take(long: bool = False) -> dict | None:
        if not stories:
            return None
        if long:
            k = max(range(len(stories)), key=lambda i: sum(map(len, stories[i]["paragraphs"])))
            return stories.pop(k)
        return stories.pop()

    def make(data: dict, span: int, allow_photo: bool) -> Story:
        st = Story("story", data)
        r = rng.random()
        if allow_photo and photos and r < 0.5:
            st.photo = rng.choice(["top", "top", "mid", "above"] if span >= 2 else ["top", "above", "mid"])
            st.photo_data = photos.pop()
        if span >= 3 and rng.random() < 0.35:
            st.head_cols = span - rng.randint(1, span - 2) if span > 3 else 2
        return st

    gap = d.lead * 0.9

    def separator(c0: int, c1: int, yy: float) -> float:
        if d.story_rule:
            page.rules.append((d.colx(c0), yy + gap / 2, d.colx(c1 - 1) + d.colw, yy + gap / 2, 2))
            page.spanning.append((d.colx(c0), yy + gap / 2 - 2, d.colx(c1 - 1) + d.colw, yy + gap / 2 + 2))
        return yy + gap

    # the lead story, a rail beside it, stacks below it
    lead_span = cols if cols == 3 and rng.random() < 0.4 else max(2, cols - rng.choice([1, 1, 2]))
    if cols >= 5 and rng.random() < 0.5:
        lead_span = cols - 2
    lead_left = rng.random() < 0.75
    la, lb = (0, lead_span) if lead_left else (cols - lead_span, cols)
    lead = make(take(long=True), lead_span, True)
    if lead.photo is None and photos and rng.random() < 0.8:
        lead.photo, lead.photo_data = rng.choice(["top", "mid"]), photos.pop()
    if lead.photo == "above":
        lead.photo = "top"
    cap = top0 + (bottom - top0) * rng.uniform(0.38, 0.55)
    page.group = (1, 0)
    lead_bottom = place_story(page, d, lead, la, lb, top0, cap, tmp_id(), fz)
    briefs_done = False

    def fill_stack(c0: int, c1: int, yy: float, allow_briefs: bool) -> None:
        nonlocal briefs_done
        first = True
        n = 0
        while bottom - yy > max(10 * d.lead + 200, 650):
            if not first:
                yy = separator(c0, c1, yy)
            first = False
            room = bottom - yy
            if allow_briefs and not briefs_done and (rng.random() < 0.45 or not stories) and room > 900:
                briefs_done = True
                k = rng.randint(3, min(5, len(prose["briefs"])))
                yy = place_briefs(page, d, rng.sample(prose["briefs"], k),
                                  rng.choice(prose["brief_titles"]), c0, c1, yy, bottom, tmp_id)
                n += 1
                continue
            last = room < 1500 or not stories or n >= 2 or room < 1000
            data = take(long=last)
            if data is None:
                break
            if not last and rng.random() < 0.25 and c1 - c0 <= 2:
                st = Story("nohead", data)  # a headline-less item
            else:
                st = make(data, c1 - c0, True)
            cap_here = bottom if last else yy + room * rng.uniform(0.4, 0.65)
            yy = place_story(page, d, st, c0, c1, yy, cap_here, tmp_id(), fz)
            n += 1

    if lead_span < cols:
        ra, rb = (lead_span, cols) if lead_left else (0, cols - lead_span)
        page.group = (2,) if lead_left else (0,)
        fill_stack(ra, rb, top0, True)
    below = separator(la, lb, lead_bottom)
    # split the columns below the lead into stacks (sometimes one wide story first)
    if lb - la >= 3 and rng.random() < 0.5 and stories:
        page.group = (1, 1)
        st = make(take(), lb - la, True)
        if st.head_cols is None:
            st.head_cols = max(1, (lb - la) - rng.randint(1, 2))
        cap_here = below + (bottom - below) * rng.uniform(0.35, 0.55)
        below = separator(la, lb, place_story(page, d, st, la, lb, below, cap_here, tmp_id(), fz))
    widths = []
    left_cols = lb - la
    while left_cols > 0:
        w = min(left_cols, rng.choice([1, 2, 2, 3]))
        widths.append(w)
        left_cols -= w
    c = la
    for i, w in enumerate(widths):
        page.group = (1, 2 + i)
        fill_stack(c, c + w, below, True)
        c += w

    # reading order: the layout tree's (a recursive X-Y cut: a full-height rail is one
    # column group, read before the main group when on the left, after it on the right;
    # in the main group the lead, a wide story under it, then each stack left to right,
    # top to bottom); ids a0..
    page.articles.sort(key=lambda a: a.pop("_key"))
    rename = {a["id"]: f"a{i}" for i, a in enumerate(page.articles)}
    for a in page.articles:
        a["id"] = rename[a["id"]]
    for b in page.blocks:
        if "article" in b:
            b["article"] = rename[b["article"]]
    empty = {a["id"] for a in page.articles if not (a["paragraphs"] or a["captions"])}
    if empty:
        print(f"warning: seed {seed}: no text placed for {sorted(empty)}", file=sys.stderr)
    page.articles = [a for a in page.articles if a["id"] not in empty]

    img = render(page, d, nrng)
    name = f"{lang}-{d.fontname}-{cols}c-{degrade}-s{seed}"
    img, angle = degrade_image(img, degrade, rng, nrng)
    if angle:
        rotate_boxes(page.blocks, angle)
    ordered_keys = ("id", "headlines", "paragraphs", "captions", "span", "top")
    arts = [{**{k: a[k] for k in ordered_keys}, **{k: v for k, v in a.items() if k not in ordered_keys}}
            for a in page.articles]
    truth = {"lang": lang, "size": [W, H], "columns": cols, "degrade": degrade,
             "font": d.fontname, "pool": pool, "seed": seed, "rotation_deg": round(angle, 3),
             "blocks": page.blocks, "articles": arts}
    return img, truth, name


def render(page: Page, d: Design, nrng: np.random.Generator) -> Image.Image:
    img = Image.new("L", (W, H), 255)
    dr = ImageDraw.Draw(img)
    for x, y, w, h in page.photos:
        img.paste(photo_pixels(w, h, nrng), (x, y))
    for x0, y0, x1, y1, lw in page.rules:
        dr.rectangle((x0, y0, x1, y0 + lw - 1), fill=d.ink)
    for x0, y0, x1, y1, lw in page.boxes:
        dr.rectangle((x0, y0, x1, y1), outline=d.ink, width=lw)
    if d.colrules:  # vertical rules in the gutters, cut where something spans the gutter
        ys = [b["box"][1] for b in page.blocks if b["kind"] == "body"]
        ye = [b["box"][1] + b["box"][3] for b in page.blocks if b["kind"] == "body"]
        if ys:
            top, bot = min(ys), max(ye)
            for c in range(1, d.cols):
                gx = d.colx(c) - d.gutter / 2
                cuts = sorted((y0, y1) for x0, y0, x1, y1 in page.spanning if x0 < gx < x1)
                yy = top
                for a, b in cuts + [(bot, bot)]:
                    if a > yy + 20:
                        dr.line((gx, yy, gx, a - 8), fill=d.ink + 60, width=2)
                    yy = max(yy, b + 8)
    for x, y, text, f in page.draws:
        dr.text((x, y), text, font=f, fill=d.ink)
    return img


def degrade_image(img: Image.Image, how: str, rng: random.Random,
                  nrng: np.random.Generator) -> tuple[Image.Image, float]:
    if how == "none":
        return img, 0.0
    heavy = how == "heavy"
    angle = rng.uniform(0.6, 1.5) if heavy else rng.uniform(0.1, 0.5)
    angle *= rng.choice([-1, 1])
    a = np.asarray(img, dtype=np.float32)
    if heavy:  # uneven background: paper tone with a slow light falloff
        yy, xx = np.mgrid[0:H, 0:W]
        cx, cy = rng.uniform(0, W), rng.uniform(0, H)
        light = 1 - 0.22 * (((xx - cx) / W) ** 2 + ((yy - cy) / H) ** 2)
        paper = rng.uniform(215, 235) * light
        a = a / 255 * paper
    else:
        a = a / 255 * rng.uniform(238, 250)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=int(a[5, 5]))
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(1.0, 1.4) if heavy else rng.uniform(0.5, 0.8)))
    a = np.asarray(img, dtype=np.float32)
    a += nrng.normal(0, 14 if heavy else 7, a.shape)
    if heavy:
        m = nrng.random(a.shape)
        a[m < 0.0025] = nrng.uniform(0, 90)  # dark specks
        a[m > 0.9985] = 250
        for _ in range(200):  # bigger flecks of dirt
            x, y, r = int(nrng.uniform(0, W)), int(nrng.uniform(0, H)), int(nrng.integers(2, 6))
            a[max(0, y - r):y + r, max(0, x - r):x + r] *= 0.35
        side = rng.choice(["left", "right", "top", "bottom"])  # dark scan edge
        depth = rng.randint(25, 70)
        ramp = np.linspace(0.08, 1, depth)[:, None]
        if side == "left":
            a[:, :depth] *= ramp.T
        elif side == "right":
            a[:, -depth:] *= ramp[::-1].T
        elif side == "top":
            a[:depth, :] *= ramp
        else:
            a[-depth:, :] *= ramp[::-1]
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)), angle


def rotate_boxes(blocks: list[dict], angle: float) -> None:
    """PIL's rotate turns the page counter-clockwise about its centre: move each box's
    centre the same way (width and height kept)."""
    t = math.radians(angle)
    cx, cy = W / 2, H / 2
    for b in blocks:
        x, y, w, h = b["box"]
        mx, my = x + w / 2 - cx, y + h / 2 - cy
        nx = cx + mx * math.cos(t) + my * math.sin(t)
        ny = cy - mx * math.sin(t) + my * math.cos(t)
        b["box"] = [round(nx - w / 2), round(ny - h / 2), w, h]


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--pool", choices=("S", "J", "T", "U", "V", "W", "X", "Y", "Z", "A", "B", "C"),
                    required=True)
    ap.add_argument("--lang", choices=("zh", "en"), required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    img, truth, name = build(args.pool, args.lang, args.seed)
    img.save(args.out / f"{name}.png", optimize=False)
    (args.out / f"{name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(args.out / f"{name}.png", len(truth["articles"]), "articles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
