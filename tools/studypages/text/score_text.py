#!/usr/bin/env python3
"""Scores newsocr's text path on a set of text-PDF pages with truth (held-out S/J or the dev set).

Usage: PYTHONPATH=REPO REPO/.venv/bin/python score_text.py REPO SETDIR [-v] [--extractor X]...
For each page (ID.truth.json in SETDIR) and each extraction beside it (ID.pdftotext.txt,
ID.pdftotext-layout.txt, ID.pdfminer.txt, ID.pdfplumber.txt) runs newsocr as the repo's
``scripts.bench textpdf`` does (``ocr.process(path)``, ``ocr.page_dict(page)``) and scores the
result with the dev set's scorer loaded by the repo's ``scripts.common.load_score_text``.
Prints per extractor and language, pooled per extractor and per pair (pdftotext+pdfminer;
pdftotext-layout+pdfplumber): items assembled, headline lines, paragraph-break F1, body CER,
furniture kept. ``-v`` adds each page's summary and its per-item lines. Two processes at most.
Pointed at ../shared/devset/textpdf it prints the bench's figures.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

EXTRACTORS = ("pdftotext", "pdfminer", "pdftotext-layout", "pdfplumber")
PAIRS = (("pdftotext", "pdfminer"), ("pdftotext-layout", "pdfplumber"))
_score = None


def _init(repo: str) -> None:
    global _score
    if repo not in sys.path:
        sys.path.insert(0, repo)
    from scripts.common import load_score_text

    _score = load_score_text()


def score_one(task: tuple[str, str, str]) -> tuple[str, str, dict[str, Any], float]:
    """One page's one extraction: newsocr's page scored against the truth."""
    import ocr

    truth_path, extractor, repo = task
    if _score is None:
        _init(repo)
    tp = Path(truth_path)
    pid = tp.name.split(".")[0]
    t0 = time.perf_counter()
    page = ocr.process(tp.parent / f"{pid}.{extractor}.txt")
    doc = ocr.page_dict(page)
    secs = time.perf_counter() - t0
    truth = json.loads(tp.read_text(encoding="utf-8"))
    res: dict[str, Any] = _score(truth, doc)
    res["pages"] = 1
    res["lang"] = truth.get("lang", page.lang)
    return pid, extractor, res, secs


def figures(rows: list[dict[str, Any]]) -> dict[str, float]:
    """Pooled figures, as the repo's bench pools them (its own function: counts summed)."""
    from scripts.bench.textpdf import figures as pooled

    return pooled(rows)


def line(label: str, f: dict[str, float]) -> str:
    return (f"{label:<28}items {f['items']:4.0%}  headlines {f['headlines']:4.0%}  "
            f"paraF1 {f['para_f1']:.2f}  CER {f['cer']:.3f}  "
            f"furniture {int(f['furniture'])}/{int(f['pages'])}")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("repo", type=Path, help="newsocr checkout (its .venv runs this script)")
    ap.add_argument("setdir", type=Path, help="folder of ID.truth.json and ID.<extractor>.txt")
    ap.add_argument("-v", action="store_true", help="per-page and per-item lines too")
    ap.add_argument("--extractor", choices=EXTRACTORS, action="append")
    ap.add_argument("-j", type=int, default=2, help="processes (at most 2)")
    a = ap.parse_args(argv)
    repo = str(a.repo.resolve())
    _init(repo)
    truths = sorted(a.setdir.glob("*.truth.json"))
    if not truths:
        print(f"score_text: no *.truth.json in {a.setdir}", file=sys.stderr)
        return 2
    xs = tuple(a.extractor or EXTRACTORS)
    tasks = [(str(t), x, repo) for x in xs for t in truths]
    t0 = time.perf_counter()
    jobs = max(1, min(2, a.j))
    if jobs == 1:
        out = [score_one(t) for t in tasks]
    else:
        with ProcessPoolExecutor(jobs, initializer=_init, initargs=(repo,)) as ex:
            out = list(ex.map(score_one, tasks, chunksize=4))
    wall = time.perf_counter() - t0
    rows = {(x, pid): r for pid, x, r, _ in out}
    if a.v:
        for pid, x, r, secs in out:
            print(f"{pid} {x}: items {r['assembled']}/{r['items']}, headlines {r['headlines']}/"
                  f"{r['headline_total']}, paraF1 {r['para_f1']:.3f}, body CER {r['cer']:.4f}, "
                  f"lost {r['lost']:.4f}, invented {r['invented']:.4f}, furniture "
                  f"{'ok' if r['furniture_ok'] else 'missing'}  ({secs:.2f}s)")
            for it in r["per_item"]:
                print("   ", it)
    by: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for (x, _), r in rows.items():
        by[(x, r["lang"])].append(r)
        by[(x, "all")].append(r)
    for (x, lang), group in sorted(by.items(), key=lambda kv: (EXTRACTORS.index(kv[0][0]), kv[0][1])):
        print(line(f"{x} {lang}", figures(group)))
    for pair in PAIRS:
        pooled = [r for (x, _), r in rows.items() if x in pair]
        if pooled:
            print(line("+".join(pair), figures(pooled)))
    cpu = sum(s for *_, s in out)
    print(f"# {len(truths)} pages x {len(xs)} extractors in {wall:.1f}s wall ({jobs} processes; "
          f"newsocr {cpu:.1f}s, {cpu / max(1, len(out)):.2f}s per page)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
