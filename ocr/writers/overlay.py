"""Overlay picture: the page with its columns, blocks by kind and reading order drawn on.

A person checks layout analysis by eye far faster than by reading JSON: a
missed gutter, a headline taken for body, or an arrow that jumps the wrong way
shows at a glance.
"""

from __future__ import annotations

import io
import math
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from ..files import atomic_write
from ..model import BlockKind, Box, Page

#: One colour per kind (RGB), chosen to stay apart on a greyscale page.
COLOURS: dict[BlockKind, tuple[int, int, int]] = {
    BlockKind.HEADLINE: (220, 30, 30),
    BlockKind.KICKER: (240, 130, 0),
    BlockKind.SUBHEADLINE: (200, 90, 160),
    BlockKind.BYLINE: (130, 60, 200),
    BlockKind.BODY: (30, 90, 220),
    BlockKind.CAPTION: (0, 160, 160),
    BlockKind.CREDIT: (0, 120, 90),
    BlockKind.JUMP: (150, 110, 0),
    BlockKind.FURNITURE: (120, 120, 120),
    BlockKind.ILLUSTRATION: (40, 170, 40),
    BlockKind.RULE: (90, 90, 90),
}
COLUMN_COLOUR = (255, 200, 0)
ARROW_COLOUR = (230, 0, 120)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        return ImageFont.truetype(FONT, size)
    except OSError:
        return ImageFont.load_default()


def draw_overlay(page: Page, image: Image.Image) -> Image.Image:
    """A new RGB picture: ``image`` faded, columns shaded, blocks outlined, order arrowed."""
    base = image.convert("RGB")
    width, height = base.size
    faded = Image.blend(base, Image.new("RGB", base.size, (255, 255, 255)), 0.35)
    layer = Image.new("RGBA", base.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    stroke = max(2, round(max(width, height) / 700))
    for i, col in enumerate(page.columns):
        draw.rectangle(
            _xy(col), fill=(*COLUMN_COLOUR, 40), outline=(*COLUMN_COLOUR, 255), width=stroke
        )
        draw.text(
            (col.x + stroke, col.y - 3 * stroke),
            f"col {i}",
            fill=(*COLUMN_COLOUR, 255),
            font=_font(4 * stroke + 6),
        )
    label_font = _font(3 * stroke + 6)
    for b in page.blocks:
        if b.box is None:
            continue
        colour = COLOURS.get(b.kind, (0, 0, 0))
        draw.rectangle(_xy(b.box), fill=(*colour, 35), outline=(*colour, 255), width=stroke)
        draw.text(
            (b.box.x + stroke, b.box.bottom - 4 * stroke - 6),
            b.kind.value,
            fill=(*colour, 255),
            font=label_font,
        )
    _draw_order(draw, page, stroke)
    out = Image.alpha_composite(faded.convert("RGBA"), layer).convert("RGB")
    return _legend(out, stroke)


def _xy(box: Box) -> tuple[int, int, int, int]:
    return (box.x, box.y, max(box.x, box.right - 1), max(box.y, box.bottom - 1))


def _draw_order(draw: ImageDraw.ImageDraw, page: Page, stroke: int) -> None:
    """Numbered arrows from each block's centre to the next one's, in reading order."""
    centres = []
    for b in page.ordered_blocks():
        if b.box is None or b.kind == BlockKind.RULE:
            continue
        centres.append((b.box.x + b.box.w / 2, b.box.y + min(b.box.h / 2, 40.0)))
    colour = (*ARROW_COLOUR, 230)
    for (x0, y0), (x1, y1) in zip(centres, centres[1:], strict=False):
        draw.line((x0, y0, x1, y1), fill=colour, width=stroke)
        angle = math.atan2(y1 - y0, x1 - x0)
        head = 6 * stroke
        for side in (-0.45, 0.45):
            draw.line(
                (x1, y1, x1 - head * math.cos(angle + side), y1 - head * math.sin(angle + side)),
                fill=colour,
                width=stroke,
            )
    font = _font(5 * stroke + 8)
    for n, (x, y) in enumerate(centres, start=1):
        r = 4 * stroke + 6
        draw.ellipse(
            (x - r, y - r, x + r, y + r), fill=(255, 255, 255, 235), outline=colour, width=stroke
        )
        draw.text((x, y), str(n), fill=colour, font=font, anchor="mm")


def _legend(img: Image.Image, stroke: int) -> Image.Image:
    draw = ImageDraw.Draw(img)
    font = _font(3 * stroke + 6)
    x, y = 4, 4
    for kind, colour in COLOURS.items():
        w = int(draw.textlength(kind.value, font=font)) + 14
        draw.rectangle(
            (x, y, x + w, y + 4 * stroke + 8), fill=(255, 255, 255), outline=colour, width=stroke
        )
        draw.text((x + 6, y + 2), kind.value, fill=colour, font=font)
        x += w + 4
    return img


def write_overlay(page: Page, image: Image.Image, path: Path) -> Path:
    """Write the overlay PNG atomically (a temporary file renamed into place)."""
    path = Path(path)
    buf = io.BytesIO()
    draw_overlay(page, image).save(buf, format="PNG")
    return atomic_write(path, buf.getvalue())
