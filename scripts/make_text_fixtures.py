#!/usr/bin/env python3
"""Render the noisy-text fixtures from hand-written page specs.

Each ``fixtures/text/specs/NAME.json`` is the truth of one page, written and
checked by hand: articles (kicker, headlines, byline, paragraphs, jump), photo
items and furniture, plus the order in which a PDF/OCR extraction emits them.
This script prints the page as such an extraction does (hard-wrapped at the
column width, first lines set two ems in, blank lines at column ends, spurious
spaces around Latin and digits inside Chinese, line-end hyphens in English) and
writes ``NAME.txt`` with ``NAME.expected.json`` (the truth, in the output schema).

    python scripts/make_text_fixtures.py            # regenerate all; review the diff
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ocr.typography import text_width  # noqa: E402

TEXT_DIR = ROOT / "fixtures" / "text"
_CLOSING = set("，。、；：？！”’）》」』,.;:?!)")
_ATOM = re.compile(r"[A-Za-z0-9][A-Za-z0-9./%～~\-]*|.", re.S)


def wrap_cjk(text: str, width: float, indent: float, rng: random.Random) -> list[str]:
    """Wrap like a CJK column: fill to ``width`` ems, closing punctuation hangs,
    Latin/digit runs stay whole, the first line is ``indent`` ems short."""
    lines: list[str] = []
    cur, cur_w, limit = "", 0.0, width - indent
    for atom in _ATOM.findall(text):
        w = text_width(atom)
        if cur and cur_w + w > limit and atom not in _CLOSING:
            lines.append(cur)
            cur, cur_w, limit = "", 0.0, width
        if len(atom) > 1 and cur and rng.random() < 0.5:
            atom = " " + atom  # spurious space before a Latin or digit run
        if len(atom.strip()) > 1 and rng.random() < 0.5:
            atom = atom + " "
        cur += atom
        cur_w += w
    if cur:
        lines.append(cur)
    return [line.strip(" ") if i else line.rstrip(" ") for i, line in enumerate(lines)]


def wrap_latin(text: str, width: int, indent: int, hyphenate: dict[str, str]) -> list[str]:
    """Greedy wrap at ``width`` characters; words in ``hyphenate`` (word -> "head-")
    split at the line end when the whole word does not fit."""
    lines: list[str] = []
    cur = " " * indent
    for word in text.split():
        sep = "" if not cur.strip() else " "
        if len(cur) + len(sep) + len(word) <= width:
            cur += sep + word
            continue
        head = hyphenate.get(word.strip(".,;:\"'"))
        if head and len(cur) + len(sep) + len(head) <= width and word.startswith(head[:-1]):
            lines.append(cur + sep + head)
            cur = word[len(head) - 1 :]
            continue
        if "-" in word[1:-1]:
            left = word[: word.index("-") + 1]
            if len(cur) + len(sep) + len(left) <= width:
                lines.append(cur + sep + left)
                cur = word[len(left) :]
                continue
        lines.append(cur)
        cur = word
    if cur.strip():
        lines.append(cur)
    return lines


def render_body(item: dict[str, Any], article: dict[str, Any], lang: str,
                hyphenate: dict[str, str], rng: random.Random) -> list[str]:
    width = item["width"]
    lines: list[str] = []
    paragraphs = list(article["paragraphs"])
    lead = " ".join(x for x in (article.get("print_byline"), article.get("dateline")) if x)
    for i, para in enumerate(paragraphs):
        text = (lead + ("" if lang == "zh" else " ") + para) if i == 0 and lead else para
        if lang == "zh":
            indent = 0 if i == 0 and lead else 2
            lines += wrap_cjk(text, width, indent, rng)
        else:
            indent = item.get("indent", 0) if not (i == 0 and lead) else 0
            lines += wrap_latin(text, width, indent, hyphenate)
    jump = article.get("jump")
    if jump and item.get("jump_inline"):
        lines[-1] += " " + jump["text"]
    elif jump:
        lines.append(jump["text"])
    out: list[str] = []
    for n, line in enumerate(lines):
        if n and item.get("column_lines") and n % item["column_lines"] == 0:
            out.append("")  # a column ends: a blank line, often mid-sentence
        out.append(line)
    if item.get("lead_space"):
        out[0] = " " + out[0]
    if article.get("byline_line"):
        out.insert(0, article["byline_line"])
    return out


def render(spec: dict[str, Any]) -> str:
    rng = random.Random(spec.get("seed", 1))
    lang = spec["lang"]
    articles = {a["id"]: a for a in spec["articles"]}
    photos = {p["id"]: p for p in spec.get("photos", [])}
    hyphenate = spec.get("hyphenate", {})
    chunks: list[list[str]] = []
    for item in spec["print"]:
        kind = item["kind"]
        if kind == "body":
            lines = render_body(item, articles[item["article"]], lang, hyphenate, rng)
        elif kind == "caption":
            caption = photos[item["photo"]]["caption"]
            lines = (wrap_cjk(caption, item["width"], 0, rng) if lang == "zh"
                     else wrap_latin(caption, item["width"], 0, {}))
        elif kind == "text":
            lines = list(item["lines"])
        else:
            raise SystemExit(f"unknown print item kind {kind!r}")
        if item.get("join_previous") and chunks:
            chunks[-1].extend(lines)
        else:
            chunks.append(lines)
    return "\n\n".join("\n".join(c) for c in chunks) + "\n"


def expected(spec: dict[str, Any]) -> dict[str, Any]:
    """The truth in the shape of newsocr's JSON (the fields a reader cares about)."""
    keys = ("kicker", "headlines", "subheadline", "byline", "dateline", "paragraphs", "jump",
            "continued_from")
    return {
        "schema": "newsocr.expected/1",
        "lang": spec["lang"],
        "furniture": spec.get("furniture", []),
        "articles": [{k: a.get(k, [] if k in ("headlines", "paragraphs") else None)
                      for k in keys} for a in spec["articles"]],
        "photos": [{k: p.get(k) for k in ("title", "caption", "credit")}
                   for p in spec.get("photos", [])],
        "orphans": spec.get("orphans", []),
    }


def main() -> int:
    specs = sorted((TEXT_DIR / "specs").glob("*.json"))
    for path in specs:
        spec = json.loads(path.read_text(encoding="utf-8"))
        text = render(spec)
        name = path.stem
        data = text.encode(spec.get("encoding", "utf-8"))
        if spec.get("bom"):
            data = b"\xef\xbb\xbf" + data
        (TEXT_DIR / f"{name}.txt").write_bytes(data)
        (TEXT_DIR / f"{name}.expected.json").write_text(
            json.dumps(expected(spec), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"wrote fixtures/text/{name}.txt and {name}.expected.json")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
