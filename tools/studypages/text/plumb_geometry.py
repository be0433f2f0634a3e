"""pdfplumber's lines measured against the PDF's own geometry (a study tool).

For each page of a study set, the words of ``pdftotext -bbox`` are grouped as pdfplumber
groups its characters (tops within ``Y_TOLERANCE`` of the line's last, x order), then
parted where a gap wider than ``GUTTER`` pt opens on a column's left edge (an x at which
``EDGE_LINES`` lines or more start): the pieces the printed columns give each line.
Against them it counts (1) how the reader cuts each line (``split_line``, and for
English ``_on_grid``): right, too few pieces, too many, elsewhere, and single lines cut;
(2) lines not level: pairs of consecutive lines of one piece each, from columns apart,
whose tops stand within a line of each other (one printed row written as two lines),
and how many of them ``level_lines`` puts back together (and how many lines of two
rows it puts together wrongly).

    PYTHONPATH=. python tools/studypages/text/plumb_geometry.py [--pages] /work/heldout/text/S3

(``--pages``: each page's counts too.)

Never run it on the judge set J (figures only).
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter, defaultdict
from itertools import pairwise
from pathlib import Path

from ocr.markers import reader_marks
from ocr.readers.linecuts import split_line
from ocr.readers.textlevels import level_lines
from ocr.readers.textmeasure import Measure, column_width, latin_width
from ocr.readers.textruns import _on_grid
from ocr.readers.textspace import respace

Y_TOLERANCE = 3.0  # pdfplumber's extract_text default
GUTTER = 6.0
EDGE_LINES = 6
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                   r'yMax="([\d.]+)">(.*?)</word>')
Word = tuple[float, float, float, float, str]


def geometry_lines(pdf: Path) -> list[list[Word]]:
    """The PDF's words grouped into pdfplumber's lines, each in x order."""
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True,
                         text=True, check=True).stdout
    words = sorted(((float(a), float(b), float(c), float(d), t)
                    for a, b, c, d, t in _WORD.findall(out)), key=lambda w: w[1])
    lines: list[list[Word]] = []
    last = None
    for w in words:
        if last is None or w[1] - last > Y_TOLERANCE:
            lines.append([])
        lines[-1].append(w)
        last = w[1]
    return [sorted(ln) for ln in lines]


def pieces(lines: list[list[Word]]) -> list[list[list[Word]]]:
    """Each line parted at the gutters: gaps that open on a column's left edge."""
    starts: Counter[int] = Counter(round(ln[0][0] / 3) for ln in lines)
    for ln in lines:
        starts.update(round(b[0] / 3) for a, b in pairwise(ln) if b[0] - a[2] > GUTTER)
    edges = [k * 3 for k, n in starts.items() if n >= EDGE_LINES]
    out = []
    for ln in lines:
        parts = [[ln[0]]]
        for a, b in pairwise(ln):
            if b[0] - a[2] > GUTTER and any(-3 <= b[0] - e <= 14 for e in edges):
                parts.append([])
            parts[-1].append(b)
        out.append(parts)
    return out


def _key(text: str) -> str:
    return re.sub(r"\s", "", text)


def _bounds(texts: list[str]) -> tuple[int, ...]:
    n, out = 0, []
    for t in texts[:-1]:
        n += len(_key(t))
        out.append(n)
    return tuple(out)


def measure_page(pdf: Path, counts: Counter[str]) -> None:
    lang = pdf.stem[:2]
    text = pdf.with_name(pdf.stem + ".pdfplumber.txt").read_text(encoding="utf-8")
    lines = [ln for ln in text.split("\n") if ln.strip()]
    geo = geometry_lines(pdf)
    parts = pieces(geo)
    by_text: dict[str, list[int]] = defaultdict(list)
    for k, ln in enumerate(geo):
        by_text[_key("".join(w[4] for w in ln))].append(k)
    match = [by_text[_key(ln)].pop(0) if by_text[_key(ln)] else None for ln in lines]
    marks = reader_marks()
    latin = lang == "en"
    if latin:
        lines = [respace(ln) for ln in lines]
    m = (Measure(latin_width(lines), latin=True, marks=marks) if latin
         else Measure(column_width(lines), marks=marks))
    split: list[list[str]] = []
    for ln in lines:
        split.append(split_line(ln, m, latin and bool(split and split[-1]
                                                      and marks.byline(split[-1][0]))))
    if latin:
        split = _on_grid(lines, split, m)
    for k, g in enumerate(match):
        if g is None:
            counts[f"{lang} lines unmatched"] += 1
            continue
        truth = [" ".join(w[4] for w in p) for p in parts[g]]
        got = split[k]
        if len(truth) < 2:
            counts[f"{lang} single lines cut" if len(got) > 1 else f"{lang} single lines"] += 1
            continue
        counts[f"{lang} lines of pieces"] += 1
        kind = ("right" if _bounds(truth) == _bounds(got) else "too few" if len(got) < len(truth)
                else "too many" if len(got) > len(truth) else "elsewhere")
        counts[f"{lang}   cut {kind}"] += 1
    together = {(a, b) for p in level_lines(split, m) for a in p for b in p if a and b and a != b}
    for k in range(len(lines) - 1):
        g1, g2 = match[k], match[k + 1]
        if g1 is None or g2 is None or len(split[k]) != 1 or len(split[k + 1]) != 1:
            continue
        a, b = geo[g1][0], geo[g2][0]
        joined = (split[k][0], split[k + 1][0]) in together
        if abs(a[0] - b[0]) > 20 and abs(a[1] - b[1]) < 0.8 * (a[3] - a[1]):
            counts[f"{lang} one row written as two lines"] += 1
            counts[f"{lang}   put back together"] += joined
        else:
            counts[f"{lang} two rows, lines alone"] += 1
            counts[f"{lang}   put together wrongly"] += joined


def main(argv: list[str]) -> None:
    per_page = "--pages" in argv
    for folder in (a for a in argv if a != "--pages"):
        counts: Counter[str] = Counter()
        for pdf in sorted(Path(folder).glob("*.pdf")):
            page: Counter[str] = Counter()
            measure_page(pdf, page)
            counts.update(page)
            if per_page:
                print(pdf.stem, " ".join(f"{k.split(maxsplit=1)[1].strip()}={v}"
                                         for k, v in sorted(page.items())))
        print(folder)
        for key in sorted(counts):
            print(f"  {key:34} {counts[key]}")


if __name__ == "__main__":
    main(sys.argv[1:])
