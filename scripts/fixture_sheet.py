"""Drawing and truth-keeping for one synthetic page (used by make_fixtures.py).

A ``Sheet`` draws text lines with real fonts and records, for every block it places,
the exact ink box, kind, column span and text, plus the box and text of each line.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from PIL import Image, ImageDraw, ImageFont

W, H, MARGIN, GUTTER, DPI = 1240, 1754, 56, 26, 150
WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
DJ = "/usr/share/fonts/truetype/dejavu/"
NO_LINE_START = set("，。、；：？！）》」』”’…—%")


def font(path: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size)


_GLYPHS: set[tuple[str, str]] = set()


def check_glyphs(text: str, f: ImageFont.FreeTypeFont) -> None:
    """Refuse text the font cannot draw: a blank glyph would make the truth lie."""
    for ch in set(text) - {" "}:
        key = (str(f.path), ch)
        if key not in _GLYPHS:
            if f.getmask(ch).getbbox() is None:
                raise SystemExit(f"font {f.path} has no glyph for {ch!r} in {text!r}")
            _GLYPHS.add(key)


@dataclass
class Fonts:
    body: ImageFont.FreeTypeFont
    headline: str
    kicker: ImageFont.FreeTypeFont
    byline: ImageFont.FreeTypeFont
    caption: ImageFont.FreeTypeFont
    credit: ImageFont.FreeTypeFont
    masthead: ImageFont.FreeTypeFont
    strip: ImageFont.FreeTypeFont
    leading: float


def fonts_for(lang: str) -> Fonts:
    if lang == "zh":
        return Fonts(font(WQY, 24), WQY, font(WQY, 24), font(WQY, 22), font(WQY, 21),
                     font(WQY, 19), font(WQY, 96), font(WQY, 22), 1.55)
    return Fonts(font(DJ + "DejaVuSerif.ttf", 22), DJ + "DejaVuSerif-Bold.ttf",
                 font(DJ + "DejaVuSans-Bold.ttf", 19), font(DJ + "DejaVuSans.ttf", 20),
                 font(DJ + "DejaVuSerif-Italic.ttf", 20), font(DJ + "DejaVuSans.ttf", 17),
                 font(DJ + "DejaVuSerif-Bold.ttf", 78), font(DJ + "DejaVuSans.ttf", 20), 1.4)


@dataclass
class Spec:
    name: str
    lang: str
    ncols: int
    seed: int
    rules: bool = False
    colour: bool = False
    skew: float = 0.0
    blur: float = 0.0
    noise: float = 0.0
    jpeg: int = 0  # JPEG quality of the artefacts (0: none)


@dataclass
class Sheet:
    """One page being drawn, with its truth gathered as blocks are placed."""

    spec: Spec
    fonts: Fonts
    rng: random.Random
    img: Image.Image
    draw: ImageDraw.ImageDraw
    colx: list[tuple[int, int]]
    blocks: list[dict[str, Any]] = field(default_factory=list)
    order: list[str] = field(default_factory=list)
    articles: list[dict[str, Any]] = field(default_factory=list)
    photos: list[dict[str, Any]] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)
    topics: list[int] = field(default_factory=list)
    pending: list[dict[str, Any]] = field(default_factory=list)  # lines of the next block

    @property
    def ink(self) -> int | tuple[int, int, int]:
        return (24, 22, 20) if self.img.mode == "RGB" else 24

    @property
    def zh(self) -> bool:
        return self.spec.lang == "zh"

    def add(self, kind: str, box: tuple[int, int, int, int], text: str,
            span: tuple[int, int] | None, font_px: int | None = None) -> str:
        bid = f"b{len(self.blocks) + 1:03d}"
        column = span[0] if span and span[0] == span[1] else None
        lines = self.pending if kind not in ("rule", "illustration") else []
        self.pending = []
        self.blocks.append({"id": bid, "kind": kind, "box": list(box), "column": column,
                            "span": list(span) if span else None, "font_px": font_px,
                            "text": text, "lines": lines})
        if kind != "rule":
            self.order.append(bid)
        return bid

    def text_lines(self, lines: list[tuple[int, int, str, int | None]],
                   f: ImageFont.FreeTypeFont) -> tuple[int, int, int, int]:
        """Draw lines ``(x, y, text, justify_width)``; return the union of their ink boxes."""
        boxes = [self._line(x, y, t, f, jw) for x, y, t, jw in lines if t]
        self.pending = [
            {"box": [b[0], b[1], b[2] - b[0], b[3] - b[1]], "text": t}
            for b, (_, _, t, _) in zip(boxes, [ln for ln in lines if ln[2]], strict=True)
        ]
        x0, y0 = min(b[0] for b in boxes), min(b[1] for b in boxes)
        x1, y1 = max(b[2] for b in boxes), max(b[3] for b in boxes)
        return x0, y0, x1 - x0, y1 - y0

    def _line(self, x: int, y: int, text: str, f: ImageFont.FreeTypeFont,
              justify: int | None) -> tuple[int, int, int, int]:
        check_glyphs(text, f)
        units = list(text) if self.zh else text.split(" ")
        if not justify or len(units) < 2:
            self.draw.text((x, y), text, font=f, fill=self.ink)
            return self.draw.textbbox((x, y), text, font=f)
        space = 0.0 if self.zh else f.getlength(" ")
        natural = sum(f.getlength(u) for u in units) + space * (len(units) - 1)
        extra = max(0.0, (justify - natural) / (len(units) - 1))
        cx, out = float(x), []
        for u in units:
            self.draw.text((round(cx), y), u, font=f, fill=self.ink)
            out.append(self.draw.textbbox((round(cx), y), u, font=f))
            cx += f.getlength(u) + space + extra
        return (min(b[0] for b in out), min(b[1] for b in out),
                max(b[2] for b in out), max(b[3] for b in out))

    def wrap(self, text: str, f: ImageFont.FreeTypeFont, width: float,
             indent: float = 0.0) -> list[str]:
        """Greedy line breaking: per character for Chinese (no closing mark at a line
        start), per word for English (no hyphenation, so block text stays exact)."""
        lines: list[str] = []
        if self.zh:
            cur, avail = "", width - indent
            for ch in text:
                if cur and f.getlength(cur + ch) > avail:
                    # a closing mark may not open a line: carry the last character over
                    keep = cur[:-1] if ch in NO_LINE_START and len(cur) > 1 else cur
                    lines.append(keep)
                    cur, avail = cur[len(keep):], width
                cur += ch
        else:
            cur, avail = "", width - indent
            for word in text.split():
                trial = f"{cur} {word}" if cur else word
                if cur and f.getlength(trial) > avail:
                    lines.append(cur)
                    cur, avail = word, width
                else:
                    cur = trial
        if cur:
            lines.append(cur)
        return lines

    def rule(self, x0: int, y0: int, x1: int, y1: int, span: tuple[int, int] | None) -> str:
        self.draw.rectangle((x0, y0, x1 - 1, y1 - 1), fill=self.ink)
        return self.add("rule", (x0, y0, x1 - x0, y1 - y0), "", span)

    def joiner(self) -> str:
        return "" if self.zh else " "
