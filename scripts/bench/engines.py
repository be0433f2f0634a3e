"""Another engine's page read by newsocr: plain Tesseract's hOCR and ALTO of the scan-path
pages (``../shared/devset/scans``, ``../shared/corpus/nzz``), scored as ``bench scans`` scores
newsocr's own reading of them.

For each page, ``tesseract PAGE OUT -l LANG hocr`` and ``... alto`` (its own layout, one
thread) write the engine's files; ``newsocr`` reads each (``ocr.process``, no correction)
and the figures are: stories found (``arts``: truth articles matched by text), headline
lines on the right story (``heads``: kicker and headline, ``bench scans``' rule), and
order-aware CER against the truth (``cer``). The engine's files are kept in ``bench
scans``' cache (``newsocr-bench-scans`` in the temporary folder) and reused with
``--reuse``. Nothing is asserted.

Run: ``python -m scripts.bench engines [--set devset|nzz|all] [--only NAME] [--reuse]``.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
from pathlib import Path

import ocr
from ocr.qa import compare
from ocr.qa_load import doc_from_page
from scripts.bench.scan_truth import Truth, article_figures, fold
from scripts.bench.scans import CACHE, bench_pages

#: The engine's output forms and the file each writes.
FORMS = {"hocr": ".hocr", "alto": ".xml"}


def engine_file(path: Path, lang: str, form: str, reuse: bool) -> Path:
    """Plain Tesseract's ``form`` file of the page at ``path`` (cached by content)."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    base = CACHE / f"{path.stem}.{digest}.{lang}"
    out = base.with_name(base.name + FORMS[form])
    if not (reuse and out.is_file()):
        CACHE.mkdir(exist_ok=True)
        subprocess.run(["tesseract", str(path), str(base), "-l", lang, form],
                       capture_output=True, timeout=1200, check=True,
                       env={**os.environ, "OMP_THREAD_LIMIT": "1"})
    return out


def score(engine: Path, truth: Truth, lang: str) -> dict[str, object]:
    page = ocr.process(engine, lang=lang, correct=False)
    found, hits = article_figures(truth, page)
    return {
        "arts": (found, len(truth.articles)),
        "heads": (hits, len(truth.headlines)),
        "cer": compare(fold(truth.text), fold(doc_from_page(page).text)).cer,
    }


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="scripts.bench engines", description=__doc__)
    ap.add_argument("--set", choices=("all", "devset", "nzz"), default="devset")
    ap.add_argument("--only", help="only pages whose file name contains this")
    ap.add_argument("--nzz-lang", default="frk", help="language data for NZZ (default frk)")
    ap.add_argument("--reuse", action="store_true", help="reuse the engine's cached files")
    args = ap.parse_args(argv)
    pages = bench_pages(args.set, args.only, args.nzz_lang)
    if not pages:
        print("no pages found under ../shared")
        return 2
    for form in FORMS:
        sums = [0, 0, 0, 0]
        cers = []
        for path, truth, lang, tess in pages:
            row = score(engine_file(path, tess, form, args.reuse), truth,
                        lang if lang in ("zh", "en") else "auto")
            arts, heads = row["arts"], row["heads"]
            assert isinstance(arts, tuple) and isinstance(heads, tuple)
            cer = float(row["cer"])  # type: ignore[arg-type]
            line = f"{form:<5} {path.stem[:28]:<30}cer={cer:.3f}"
            if truth.articles:
                line += f"  arts={arts[0]}/{arts[1]}  heads={heads[0]}/{heads[1]}"
                sums = [sums[0] + arts[0], sums[1] + arts[1], sums[2] + heads[0],
                        sums[3] + heads[1]]
            print(line)
            cers.append(cer)
        print(f"{form:<5} mean ({len(pages)}): cer={sum(cers) / len(cers):.3f}"
              + (f"  arts={sums[0]}/{sums[1]}  heads={sums[2]}/{sums[3]}" if sums[1] else ""))
    return 0
