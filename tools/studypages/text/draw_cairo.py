"""Draws the generator's ops with cairo (as most of the dev set's pages were), not reportlab.

cairo writes its text layer differently (glyph runs positioned with TJ, its own font subsets),
which changes what pdftotext, pdfminer and pdfplumber read; the layout is the same, measured
with reportlab's metrics of the same font files, checked here against cairo's own advances.
"""
from __future__ import annotations

from pathlib import Path

import cairo

from typeset import sw

#: our font name -> fontconfig family, slant, weight (the same files reportlab measured)
FACES = {
    "LiberationSerif": ("Liberation Serif", 0, 0),
    "LiberationSerif-Bold": ("Liberation Serif", 0, 1),
    "LiberationSerif-Italic": ("Liberation Serif", 1, 0),
    "LiberationSans": ("Liberation Sans", 0, 0),
    "LiberationSans-Bold": ("Liberation Sans", 0, 1),
    "LiberationSansNarrow-Bold": ("Liberation Sans Narrow", 0, 1),
    "DejaVuSerifCondensed": ("DejaVu Serif Condensed", 0, 0),
    "DejaVuSerifCondensed-Bold": ("DejaVu Serif Condensed", 0, 1),
    "DejaVuSerifCondensed-Italic": ("DejaVu Serif Condensed", 1, 0),
    "DejaVuSansCondensed": ("DejaVu Sans Condensed", 0, 0),
    "DejaVuSansCondensed-Bold": ("DejaVu Sans Condensed", 0, 1),
    "NotoSerif": ("Noto Serif", 0, 0),
    "NotoSerif-Bold": ("Noto Serif", 0, 1),
    "NotoSerif-Italic": ("Noto Serif", 1, 0),
    "NotoSerifDisplay-Bold": ("Noto Serif Display", 0, 1),
    "NotoSans": ("Noto Sans", 0, 0),
    "NotoSans-Bold": ("Noto Sans", 0, 1),
    "UMing": ("AR PL UMing CN", 0, 0),
    "WQYHei": ("WenQuanYi Micro Hei", 0, 0),
}
_SLANT = {0: cairo.FONT_SLANT_NORMAL, 1: cairo.FONT_SLANT_ITALIC}
_WEIGHT = {0: cairo.FONT_WEIGHT_NORMAL, 1: cairo.FONT_WEIGHT_BOLD}
_checked: set[str] = set()
PRODUCER = f"pycairo {cairo.version} / cairo {cairo.cairo_version_string()}"


def _select(ctx: cairo.Context, name: str, size: float) -> None:
    fam, slant, weight = FACES[name]
    ctx.select_font_face(fam, _SLANT[slant], _WEIGHT[weight])
    ctx.set_font_size(size)
    if name not in _checked:
        probe = "Hamburgefonstiv 0123456789" if name not in ("UMing", "WQYHei") else "新闻报道记者摄影"
        ctx.set_font_size(100)
        adv = ctx.text_extents(probe).x_advance
        want = sw(probe, name, 100)
        assert abs(adv - want) <= 0.01 * want, f"cairo picked another face for {name}: {adv:.1f} vs {want:.1f}"
        ctx.set_font_size(size)
        _checked.add(name)


def draw_pdf_cairo(path: Path, W: float, H: float, ops: list) -> None:
    surf = cairo.PDFSurface(str(path), W, H)
    surf.set_metadata(cairo.PDFMetadata.CREATE_DATE, "2026-12-01T12:00:00Z")
    surf.set_metadata(cairo.PDFMetadata.CREATOR, "heldout text generator")
    ctx = cairo.Context(surf)
    for op in ops:
        if op[0] == "t":
            _, x, y, fnt, size, text = op
            _select(ctx, fnt, size)
            ctx.set_source_rgb(0, 0, 0)
            ctx.move_to(x, y)
            ctx.show_text(text)
            ctx.new_path()
        elif op[0] == "r":
            _, x, y, w, h, fill, stroke = op
            ctx.rectangle(x, y, w, h)
            if fill is not None:
                ctx.set_source_rgb(fill, fill, fill)
                ctx.fill_preserve()
            if stroke:
                ctx.set_source_rgb(0, 0, 0)
                ctx.set_line_width(stroke)
                ctx.stroke()
            ctx.new_path()
        else:
            _, x1, y1, x2, y2, w, gray = op
            ctx.set_source_rgb(gray, gray, gray)
            ctx.set_line_width(w)
            ctx.move_to(x1, y1)
            ctx.line_to(x2, y2)
            ctx.stroke()
    surf.finish()
