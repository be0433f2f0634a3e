"""Line breaking, column flow and drawing ops for the held-out page generator.

Standalone (reportlab only). Text is cut into units (English words, Chinese characters or
ASCII runs, spaces); each unit keeps its offsets in the paragraph string the truth holds, so a
line cut at a jump maps back to the exact truth prefix, and a soft hyphen is only ink.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import pyphen
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_FILES = {
    "LiberationSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "LiberationSerif-Italic": "/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf",
    "LiberationSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "LiberationSansNarrow-Bold": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "DejaVuSerifCondensed": "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed.ttf",
    "DejaVuSerifCondensed-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed-Bold.ttf",
    "DejaVuSerifCondensed-Italic": "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed-Italic.ttf",
    "DejaVuSansCondensed": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "DejaVuSansCondensed-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "NotoSerif": "/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf",
    "NotoSerif-Bold": "/usr/share/fonts/truetype/noto/NotoSerif-Bold.ttf",
    "NotoSerif-Italic": "/usr/share/fonts/truetype/noto/NotoSerif-Italic.ttf",
    "NotoSerifDisplay-Bold": "/usr/share/fonts/truetype/noto/NotoSerifDisplay-Bold.ttf",
    "NotoSans": "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
    "NotoSans-Bold": "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
    "UMing": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "WQYHei": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
}
_registered: set[str] = set()


def font(name: str) -> str:
    """Registers a TTF on first use (base-14 names pass through) and returns the name."""
    if name in _registered or name in pdfmetrics.standardFonts:
        return name
    spec = FONT_FILES[name]
    path, idx = (spec, 0) if isinstance(spec, str) else spec
    pdfmetrics.registerFont(TTFont(name, path, subfontIndex=idx))
    _registered.add(name)
    return name


def has_glyphs(name: str, text: str) -> bool:
    """Whether the font draws every character of text (base-14: WinAnsi repertoire)."""
    font(name)
    if name in pdfmetrics.standardFonts:
        try:
            text.encode("cp1252")
            return True
        except UnicodeEncodeError:
            return False
    cmap = pdfmetrics.getFont(name).face.charToGlyph
    return all(ord(c) in cmap or c.isspace() for c in text)


def sw(text: str, fnt: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font(fnt), size)


NO_START = set("，。、；：？！）》」』”’…%‰·～℃")
NO_END = set("（《「『“‘")
_HY = pyphen.Pyphen(lang="en_US")


@dataclass
class Unit:
    text: str
    font: str
    start: int
    end: int
    space: bool = False
    soft: bool = False  # drawn with a hyphen that is not in the truth


@dataclass
class Line:
    units: list[Unit]
    size: float
    lead: float
    kind: str = "body"  # body | cross | byline | head
    para: int = 0
    first: bool = False
    last: bool = False
    indent: float = 0.0
    align: str = "just"  # just | left | center | right
    src_end: int = 0

    @property
    def soft(self) -> bool:
        return bool(self.units) and self.units[-1].soft


def tokenize(runs: list[tuple[str, str, bool]], lang: str) -> tuple[list[Unit], str]:
    """Runs (text, font, keep-whole) to units; returns units and the paragraph's truth string."""
    units: list[Unit] = []
    pos = 0
    for text, fnt, keep in runs:
        if keep:
            body = text.rstrip(" ")
            units.append(Unit(body, fnt, pos, pos + len(body)))
            if len(text) > len(body):
                units.append(Unit(text[len(body):], fnt, pos + len(body), pos + len(text), space=True))
        else:
            pat = r" +|[^ ]+" if lang == "en" else r" +|[A-Za-z0-9.%/+:\-]+|."
            for m in re.finditer(pat, text):
                units.append(Unit(m.group(), fnt, pos + m.start(), pos + m.end(), space=m.group().isspace()))
        pos += len(text)
    return units, "".join(t for t, _, _ in runs)


def _hyphen_split(u: Unit, room: float, size: float) -> tuple[Unit, Unit] | None:
    """Longest prefix of word u that fits room with its hyphen: soft (dictionary) or at a real hyphen."""
    t = u.text
    cands: list[tuple[int, bool]] = [(i + 1, False) for i, c in enumerate(t[:-2]) if c == "-" and i >= 2]
    m = re.match(r"^([“‘(]*)([a-z]+)([a-z’,.;:”)]*)$", t)
    if m and len(m.group(2)) >= 6:
        off = len(m.group(1))
        core = m.group(2)
        cands += [(off + p, True) for p in _HY.positions(core) if 3 <= p <= len(core) - 3]
    best = None
    for p, soft in sorted(cands):
        head = t[:p] + ("-" if soft else "")
        if sw(head, u.font, size) <= room:
            best = (p, soft, head)
    if best is None:
        return None
    p, soft, head = best
    return (Unit(head, u.font, u.start, u.start + p, soft=soft), Unit(t[p:], u.font, u.start + p, u.end))


def break_lines(units: list[Unit], width: float, size: float, lead: float, lang: str, *,
                indent: float = 0.0, hyphenate: bool = False, align: str = "just",
                kind: str = "body", para: int = 0) -> list[Line]:
    """Greedy line breaking with English hyphenation and Chinese line-start/end rules."""
    lines: list[Line] = []
    queue = list(units)
    cur: list[Unit] = []
    w = indent

    def finish() -> None:
        nonlocal cur, w
        while cur and cur[-1].space:
            cur.pop()
        if cur:
            ln = Line(cur, size, lead, kind, para, first=not lines, indent=indent if not lines else 0.0,
                      align=align, src_end=cur[-1].end)
            lines.append(ln)
        cur = []
        w = 0.0

    while queue:
        u = queue.pop(0)
        if u.space and not cur:
            continue
        uw = sw(u.text, u.font, size)
        avail = width  # w starts at the first line's indent
        if u.space:
            cur.append(u)
            w += uw
            continue
        if w + uw <= avail + 0.01 or not [c for c in cur if not c.space]:
            cur.append(u)
            w += uw
            continue
        if lang == "en" and hyphenate:
            split = _hyphen_split(u, avail - w, size)
            if split:
                cur.append(split[0])
                finish()
                queue.insert(0, split[1])
                continue
        if lang == "zh":
            solid = [c for c in cur if not c.space]
            squeezable = 1 + sum(1 for c in cur if c.text in NO_START or c.text in NO_END)
            if u.text[0] in NO_START and len(u.text) == 1 and w + uw - avail <= 0.5 * size * min(2, squeezable):
                # push in: the line takes the punctuation and is set a little tighter
                cur.append(u)
                finish()
                continue
            if u.text[0] in NO_START and len(solid) > 2:
                queue.insert(0, u)
                queue.insert(0, cur.pop())
                finish()
                continue
            if solid and solid[-1].text in NO_END and len(solid) > 2:
                queue.insert(0, u)
                queue.insert(0, cur.pop())
                finish()
                continue
        finish()
        queue.insert(0, u)
    finish()
    if lines:
        lines[-1].last = True
    return lines


def render_line(ln: Line, x: float, ybase: float, width: float, lang: str) -> list[tuple]:
    """Text ops for one line: justified lines place each word (or CJK unit) on its own."""
    units = ln.units
    nat = sum(sw(u.text, u.font, ln.size) for u in units)
    x0 = x + ln.indent
    room = width - ln.indent
    ops: list[tuple] = []
    if ln.align == "center":
        x0 = x + (width - nat) / 2
    elif ln.align == "right":
        x0 = x + width - nat
    slack = room - nat
    spread = ln.align == "just" and (not ln.last or slack < 0) and abs(slack) > 0.05
    if spread:
        if lang == "en":
            gaps = [i for i, u in enumerate(units) if u.space]
        else:
            gaps = list(range(1, len(units)))
        if not gaps:
            spread = False
    if not spread:
        # one op per font run, spaces drawn as characters
        runs: list[list[Unit]] = []
        for u in units:
            if runs and runs[-1][0].font == u.font:
                runs[-1].append(u)
            else:
                runs.append([u])
        cx = x0
        for r in runs:
            t = "".join(u.text for u in r)
            ops.append(("t", cx, ybase, r[0].font, ln.size, t))
            cx += sw(t, r[0].font, ln.size)
        return ops
    extra = slack / len(gaps)
    gapset = set(gaps)
    cx = x0
    for i, u in enumerate(units):
        if lang == "zh" and i in gapset:
            cx += extra
        if not u.space:
            ops.append(("t", cx, ybase, u.font, ln.size, u.text))
        cx += sw(u.text, u.font, ln.size)
        if lang == "en" and i in gapset:
            cx += extra
    return ops


@dataclass
class Flowed:
    placed: list[tuple[int, float]] = field(default_factory=list)  # (column, top y) per line


def flow(lines: list[Line], starts: list[float], bottom: float, pgap: float,
         reserve_last: float = 0.0) -> Flowed:
    """Lines down columns in turn (each starting at starts[i]) until bottom; stops when full."""
    out = Flowed()
    col, y = 0, starts[0]
    n = len(starts)
    for ln in lines:
        while True:
            if col >= n:
                return out
            limit = bottom - (reserve_last if col == n - 1 else 0.0)
            at_top = y <= starts[col] + 0.01
            extra = 0.0 if at_top else (pgap if ln.first and ln.kind != "byline" else 0.0)
            if ln.kind == "cross" and ln.first and not at_top:
                extra += ln.lead * 0.5
            if y + extra + ln.lead <= limit + 0.01:
                out.placed.append((col, y + extra))
                y += extra + ln.lead
                break
            col += 1
            if col < n:
                y = starts[col]
    return out


def balanced_height(lines: list[Line], starts: list[float], pgap: float) -> float:
    """Smallest column bottom that holds every line (columns as even as the lines allow)."""
    if not lines:
        return max(starts)
    lo = min(starts)
    hi = max(starts) + sum(ln.lead + pgap + ln.lead * 0.5 for ln in lines) + 1
    while hi - lo > 0.5:
        mid = (lo + hi) / 2
        if len(flow(lines, starts, mid, pgap).placed) == len(lines):
            hi = mid
        else:
            lo = mid
    return hi
