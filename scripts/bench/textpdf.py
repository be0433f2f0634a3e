"""The text path on what real PDF extractors write: ../shared/devset/textpdf.

For each page (zh01-zh04, en01-en04) and each extractor's text (poppler
``pdftotext`` and ``pdftotext -layout``, pdfminer.six, pdfplumber), runs the default
pipeline in this process and scores it with the dev set's own scorer
(``score_text.py``): items assembled, headline lines on the right item,
paragraph-break F1, body CER, furniture kept apart; per extractor and language,
then pooled per extractor and per pair (plain: pdftotext+pdfminer; columns side
by side: pdftotext-layout+pdfplumber, the issue's two targets). Pages the project
was not drawn for, so the figures say whether it works, not only whether it runs.

``--more`` adds two extractors the dev set does not hold, run here on its PDFs:
poppler's ``pdftotext -raw`` (the content stream's order) and PDFium (pypdfium2's
``get_text_range``, as Chrome extracts). Neither writes a blank line between blocks.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

import ocr
from scripts.common import DEVSET, load_score_text

EXTRACTORS = ("pdftotext", "pdfminer", "pdftotext-layout", "pdfplumber")
#: Extractors run here on the dev set's PDFs (``--more``).
MORE = ("pdftotext-raw", "pdfium")
_SUMMED = ("assembled", "items", "headlines", "headline_total", "para_tp", "para_fp", "para_fn",
           "edits", "chars", "furniture_ok", "pages")


def scorer() -> Any:
    """The dev set's scorer, read from beside the clone (never copied into the repo)."""
    return load_score_text()


def extract(pdf: Path, extractor: str, out: Path) -> Path:
    """Writes ``pdf``'s text as ``extractor`` (one of ``MORE``) extracts it into ``out``."""
    text_path = out / f"{pdf.stem}.{extractor}.txt"
    if extractor == "pdftotext-raw":
        subprocess.run(["pdftotext", "-enc", "UTF-8", "-raw", str(pdf), str(text_path)],
                       check=True)
    else:
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(str(pdf))
        try:
            pages = []
            for i in range(len(doc)):
                page = doc[i]
                textpage = page.get_textpage()
                pages.append(textpage.get_text_range())
                textpage.close()
                page.close()
        finally:
            doc.close()
        text = "\n\n".join(pages)
        text_path.write_text(text.replace("\r\n", "\n"), encoding="utf-8")
    return text_path


def score_page(truth_path: Path, extractor: str, texts: Path | None = None) -> dict[str, Any]:
    """Process one extraction of one page (from ``texts``, else beside its truth) and
    score it against the page's truth."""
    import json

    page_id = truth_path.name.split(".")[0]
    page = ocr.process((texts or truth_path.parent) / f"{page_id}.{extractor}.txt")
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    result: dict[str, Any] = scorer()(truth, ocr.page_dict(page))
    result["pages"] = 1
    result["lang"] = truth.get("lang", page.lang)
    return result


def figures(rows: list[dict[str, Any]]) -> dict[str, float]:
    """Pooled figures over scored pages: item, headline and break counts are summed."""
    s = {k: float(sum(r[k] for r in rows)) for k in _SUMMED}
    prec = s["para_tp"] / max(1.0, s["para_tp"] + s["para_fp"])
    rec = s["para_tp"] / max(1.0, s["para_tp"] + s["para_fn"])
    return {
        "items": s["assembled"] / max(1.0, s["items"]),
        "headlines": s["headlines"] / max(1.0, s["headline_total"]),
        "para_f1": 0.0 if prec + rec == 0 else 2 * prec * rec / (prec + rec),
        "cer": s["edits"] / max(1.0, s["chars"]),
        "furniture": s["furniture_ok"],
        "pages": s["pages"],
    }


def run(extractors: tuple[str, ...] = EXTRACTORS) -> dict[tuple[str, str], dict[str, Any]]:
    """Scored rows keyed by (extractor, page id)."""
    truths = sorted((DEVSET / "textpdf").glob("*.truth.json"))
    with tempfile.TemporaryDirectory() as tmp:
        made = Path(tmp)
        for x in extractors:
            if x in MORE:
                for t in truths:
                    extract(t.parent / f"{t.name.split('.')[0]}.pdf", x, made)
        return {(x, t.name.split(".")[0]): score_page(t, x, made if x in MORE else None)
                for x in extractors for t in truths}


def _line(label: str, f: dict[str, float]) -> str:
    return (f"{label:<28}items {f['items']:4.0%}  headlines {f['headlines']:4.0%}  "
            f"paraF1 {f['para_f1']:.2f}  CER {f['cer']:.3f}  "
            f"furniture {int(f['furniture'])}/{int(f['pages'])}")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="scripts.bench textpdf", description=__doc__)
    ap.add_argument("--extractor", choices=EXTRACTORS, action="append",
                    help="only this extractor's text (repeatable; default: the dev set's four)")
    ap.add_argument("--more", action="store_true",
                    help=f"also extractors the dev set does not hold: {', '.join(MORE)}")
    args = ap.parse_args(argv)
    if args.more and shutil.which("pdftotext") is None:
        print("scripts.bench textpdf: --more needs poppler's pdftotext (make setup installs it)",
              file=sys.stderr)
        return 2
    if not (DEVSET / "textpdf").is_dir():
        print(f"scripts.bench textpdf: {DEVSET / 'textpdf'} is not beside this clone",
              file=sys.stderr)
        return 2
    rows = run(tuple(args.extractor or EXTRACTORS) + (MORE if args.more else ()))
    by: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for (x, _), r in rows.items():
        by[(x, r["lang"])].append(r)
        by[(x, "all")].append(r)
    order = EXTRACTORS + MORE
    for (x, lang), group in sorted(by.items(), key=lambda kv: (order.index(kv[0][0]),
                                                                kv[0][1])):
        print(_line(f"{x} {lang}", figures(group)))
    for pair in (("pdftotext", "pdfminer"), ("pdftotext-layout", "pdfplumber")):
        pooled = [r for (x, _), r in rows.items() if x in pair]
        if pooled:
            print(_line("+".join(pair), figures(pooled)))
    return 0
