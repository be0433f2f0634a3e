"""Scan path against plain Tesseract on pages the project was not drawn for (figures only).

Pages: ``../shared/devset/scans/*.png`` (rendered, truth JSON with blocks and articles
in reading order) and ``../shared/corpus/nzz/*.tif`` (real front pages, PAGE-XML truth:
TextRegions in the file's ReadingOrder); or, with ``--dir DIR``, instead every
``DIR/*.png`` that has a ``*.truth.json`` in the devset's format beside it (a held-out
set drawn elsewhere is benched as the devset is, with the same figures). Both sides
read each page with the same language data: ``eng`` or ``chi_sim`` from the truth's
``lang``, ``frk`` (German black letter) for NZZ (``--nzz-lang`` to change it).

Per page and mean:

- ``cer``: order-aware CER of the whole output against the truth in reading order
  (devset: masthead and furniture, then each article's headlines, paragraphs and
  captions; NZZ: the regions in reading order). Ours is the text as a user gets it
  (furniture, articles in reading order, photo items, the rest).
- ``bag``: order-free CER (bag of characters) against the same text: what was dropped
  or invented, whatever the order.
- ``body_cer``, ``body_bag``: the same two over the page's body alone (``scripts.bench.body``:
  article text, that is headlines, paragraphs and captions, in the truth's order against
  ours; furniture out on both sides: masthead, top strip and folio read in any order cost
  nothing here). The mean line adds issue 10's ratios of order-aware to order-free CER
  (of the pages' sums): ``body_ratio`` (the issue's, at most 1.2) and ``ratio`` (whole page).
- ``kept``: share of consecutive truth segments (articles, or NZZ regions) found in
  the same order in the output (each placed by the character 6-grams it shares with it).
- ``arts``: truth articles matched by one of ours (bigram Dice >= 0.5, one to one; ours
  read as the truth's are written: headings, paragraphs, then its photos' captions);
  ``heads``: truth headline lines found in the headline of the article matched to
  theirs (devset only).
- ``cpu``: CPU seconds of newsocr (one thread: ``NEWSOCR_PAGE_THREADS=1``) over CPU
  seconds of one ``tesseract PAGE - --psm 3`` call pinned to one thread; with
  ``--repeat N`` each side's least of N interleaved runs (CPU time on a shared 2-core
  machine moves by 0.1-0.2 of the ratio a page from run to run, always upwards).
  newsocr's figure is a batch worker's steady state: the process is warmed once
  (``_warm_up``: imports, profile, lexicons, language models, heap growth; about 0.7 s,
  paid once per worker), while each ``tesseract`` call pays its own start and model load
  (about 0.1 s), as a one-page call does. A cold ``newsocr process`` of a single page
  pays its start-up too (one cold run of en-noto-4c-none: 1.17x; warm 0.96x).
  ``cpu_s`` and ``t_cpu_s`` are the two sides' seconds; a set's ``cpu`` is the mean of
  its pages' ratios (the target's, per page), ``cpu_total`` its seconds summed over
  Tesseract's (a CJK page Tesseract takes 20 s over weighs ten English pages of 2 s).
  ``--stages`` adds where our seconds went (``s_load``, ``s_prep``, ``s_layout``,
  ``s_tess``: libtesseract reading the blocks, ``s_blocks``, ``s_shared``, ``s_other``).

Plain Tesseract runs beside ours on every page of every run, so both CPU figures see
the same machine load (on a shared machine a figure cached in a quieter hour skews
the ratio); its output and CPU time are written to
``/tmp/newsocr-bench-scans`` (keyed by the file's SHA-256 and the language), and
``--reuse`` takes them from there instead (fast, but the ratio then mixes two runs).
Long s (``ſ``) is read as ``s`` on both sides and in the truth. Correction is off
(``correct=False``).

    python -m scripts.bench scans [--only TEXT] [--set devset|nzz | --dir DIR] [--json OUT]
                                  [--reuse] [--repeat N] [--stages]
    cd /tmp/old-checkout && PYTHONPATH=$OLDPWD python -m scripts.bench scans  # older ocr
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any

from ocr.runtime import PAGE_THREADS, keep_freed_memory

os.environ[PAGE_THREADS] = "1"  # one core per page, as a batch worker runs it


from ocr.model import Page
from ocr.pipeline import process_pages
from ocr.qa import compare
from ocr.qa_load import doc_from_page
from scripts.bench.body import body_row, body_summary, our_body
from scripts.bench.scan_truth import (
    Truth,
    article_figures,
    devset_truth,
    fold,
    order_kept,
    page_truth,
)
from scripts.common import FIXTURES, SHARED

DEVSET = SHARED / "devset" / "scans"
NZZ = SHARED / "corpus" / "nzz"
CACHE = Path(tempfile.gettempdir()) / "newsocr-bench-scans"
LANGS = {"en": "eng", "zh": "chi_sim"}


def _cpu(who: int) -> float:
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


def plain_tesseract(path: Path, lang: str, reuse: bool) -> tuple[str, float]:
    """Plain ``tesseract --psm 3`` pinned to one thread: its text and CPU seconds."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    cached = CACHE / f"{path.stem}.{digest}.{lang}.json"
    if cached.is_file() and reuse:
        got = json.loads(cached.read_text(encoding="utf-8"))
        return str(got["text"]), float(got["cpu"])
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    before = _cpu(resource.RUSAGE_CHILDREN)
    run = subprocess.run(
        ["tesseract", str(path), "-", "--psm", "3", "-l", lang],
        capture_output=True, text=True, timeout=1200, check=True, env=env,
    )
    cpu = _cpu(resource.RUSAGE_CHILDREN) - before
    CACHE.mkdir(exist_ok=True)
    cached.write_text(json.dumps({"text": run.stdout, "cpu": cpu}), encoding="utf-8")
    return run.stdout, cpu


#: What ``--stages`` times, as (module, function, column): the scan path's stages where
#: ``ocr.scan`` calls them, each block's reading inside libtesseract, the shared stages.
STAGES = (("ocr.scan", "iter_image", "load"), ("ocr.scan", "preprocess", "prep"),
          ("ocr.scan", "detect_layout", "layout"), ("ocr.tessapi", "Engine.read", "tess"),
          ("ocr.scan", "_blocks", "blocks"), ("ocr.pipeline", "run_stages", "shared"))


@contextmanager
def stage_clock(spent: dict[str, float]) -> Iterator[None]:
    """CPU seconds (the process's, all threads) spent in each of ``STAGES`` added to
    ``spent`` while inside: the functions are wrapped for the block, then put back (also
    when wrapping one fails). The process's clock and the plain sums are right because
    this bench reads a page in one thread (``NEWSOCR_PAGE_THREADS=1``, set above)."""
    saved: list[tuple[Any, str, Callable[..., Any]]] = []

    def timed(func: Callable[..., Any], column: str) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                result = func(*args, **kwargs)
            finally:
                spent[column] = spent.get(column, 0.0) + time.process_time() - start
            # a generator (the image reader's frames) works when each item is asked for
            return each_timed(result, column) if isinstance(result, Generator) else result
        return run

    def each_timed(items: Generator[Any, None, None], column: str) -> Iterator[Any]:
        while True:
            start = time.process_time()
            try:
                item = next(items)
            except StopIteration:
                return
            finally:
                spent[column] = spent.get(column, 0.0) + time.process_time() - start
            yield item

    try:
        for module, name, column in STAGES:
            owner: Any = importlib.import_module(module)
            *outer, attr = name.split(".")
            for part in outer:
                owner = getattr(owner, part)
            saved.append((owner, attr, getattr(owner, attr)))
            setattr(owner, attr, timed(getattr(owner, attr), column))
        yield
    finally:
        for owner, attr, func in reversed(saved):
            setattr(owner, attr, func)


def our_scores(truth: Truth, page: Page, ours: str) -> dict[str, float]:
    """``cer`` and ``bag`` of our text ``ours`` (``doc_from_page(page).text``) against the
    truth's whole page, then ``body_cer`` and ``body_bag`` of our body against the
    truth's (``scripts.bench.body``; none for a truth without body)."""
    whole = compare(fold(truth.text), fold(ours))
    out = {"cer": round(whole.cer, 3), "bag": round(whole.cer_bag, 3)}
    if truth.body:
        out.update(body_row(fold(truth.body_text), fold(our_body(page))))
    return out


def run_page(
    path: Path, truth: Truth, lang: str, tess_lang: str, reuse: bool, repeat: int = 1,
    stages: bool = False,
) -> dict[str, object]:
    tess_cpus: list[float] = []
    ours_cpus: list[float] = []
    spent_in: list[dict[str, float]] = []
    for _ in range(repeat):  # interleaved, so both sides see the same spells of load
        plain, tess_cpu = plain_tesseract(path, tess_lang, reuse)
        spent: dict[str, float] = {}
        with stage_clock(spent) if stages else nullcontext():
            before = _cpu(resource.RUSAGE_SELF) + _cpu(resource.RUSAGE_CHILDREN)
            page = process_pages(path, lang=lang, correct=False)[0]
            ours_cpus.append(_cpu(resource.RUSAGE_SELF) + _cpu(resource.RUSAGE_CHILDREN)
                             - before)
        tess_cpus.append(tess_cpu)
        spent_in.append(spent)
    tess_cpu, ours_cpu = min(tess_cpus), min(ours_cpus)
    ours = doc_from_page(page).text
    mine = our_scores(truth, page, ours)
    b = compare(fold(truth.text), fold(plain))
    row: dict[str, object] = {
        "page": path.stem[:28],
        "cer": mine.pop("cer"),
        "t_cer": round(b.cer, 3),
        "bag": mine.pop("bag"),
        "t_bag": round(b.cer_bag, 3),
        **mine,  # body_cer, body_bag
        "kept": _round(order_kept(truth.segments, ours)),
        "t_kept": _round(order_kept(truth.segments, plain)),
        "cpu": round(ours_cpu / max(tess_cpu, 1e-6), 2),
        "cpu_s": round(ours_cpu, 3),
        "t_cpu_s": round(tess_cpu, 3),
        "blocks": len(page.blocks),
        "warn": len(page.warnings),
    }
    if stages:  # seconds, from our least reading; "other": what no stage took
        least = spent_in[ours_cpus.index(ours_cpu)]
        row.update({f"s_{k}": round(v, 3) for k, v in least.items()})
        row["s_other"] = round(ours_cpu - sum(least.values()), 3)
    if truth.articles:
        found, hits = article_figures(truth, page)
        row["arts"] = f"{found}/{len(truth.articles)}"
        row["heads"] = f"{hits}/{len(truth.headlines)}"
    return row


def _round(v: float | None) -> float | None:
    return None if v is None else round(v, 2)


def truth_pages(folder: Path) -> list[tuple[Path, Truth, str, str]]:
    """Every ``*.png`` in ``folder`` with a devset-format ``*.truth.json`` beside it (a
    page without one is not benched: there is nothing to score it against)."""
    out = []
    for png in sorted(folder.glob("*.png")):
        if (truth_file := png.with_suffix(".truth.json")).is_file():
            truth, lang = devset_truth(truth_file)
            out.append((png, truth, lang, LANGS[lang]))
    return out


def bench_pages(
    which: str, only: str | None, nzz_lang: str, folder: Path | None = None,
) -> list[tuple[Path, Truth, str, str]]:
    """The pages to bench: ``folder``'s if given, else the devset's and/or NZZ's."""
    out = []
    if folder is not None:
        out = truth_pages(folder)
    elif which in ("all", "devset") and DEVSET.is_dir():
        out = truth_pages(DEVSET)
    if folder is None and which in ("all", "nzz") and NZZ.is_dir():
        for tif in sorted(NZZ.glob("*.tif")):
            out.append((tif, page_truth(tif.with_suffix(".xml")), nzz_lang, nzz_lang))
    return [p for p in out if only is None or only in p[0].name]


def _mean(rows: list[dict[str, object]], key: str) -> float | None:
    vals = [float(v) for r in rows if isinstance(v := r.get(key), int | float)]
    return round(sum(vals) / len(vals), 3) if vals else None


def _ratio_sum(rows: list[dict[str, object]], key: str) -> str | None:
    parts = [str(r[key]).split("/") for r in rows if key in r]
    if not parts:
        return None
    return f"{sum(int(a) for a, _ in parts)}/{sum(int(b) for _, b in parts)}"


#: The project's own pages the warm-up reads, by script (not pages measured here).
WARM_PAGES = {"zh": FIXTURES / "images" / "zh-4col-clean.png",
              "latin": FIXTURES / "images" / "en-3col-colour.png"}
#: A text page whose line ends on a wrapped word: the shared stages' lexicons load.
WARM_TEXT = ("Warm Up\n\nThe council met on Tuesday to discuss the news-\n"
             "paper budget for the coming year.\n")


def _warm_up(langs: set[str]) -> None:
    """Read a page in each language once, untimed: imports, the profile, compiled
    patterns, loading each language model and the lexicons of the shared stages, and
    growing the heap and each engine's buffers to a 300 dpi page of columns
    (``ocr.runtime.keep_freed_memory``) are a process's cost, paid once by a batch
    worker, not a page's. The page is one of the project's own (``fixtures/images``,
    scaled to A4 at 300 dpi, as the pages here), not a blank one: on a blank page no
    text was read, so the first page with a line-end hyphen (NZZ 1780) paid the English
    lexicon's load (0.33-0.43 s, 12-15% of the page) and the first page of each
    language its engine's growth (about 6,000 page faults)."""
    import cv2

    keep_freed_memory()  # as the newsocr program and its batch workers run
    with tempfile.TemporaryDirectory() as tmp:
        for lang in sorted(langs):
            source = WARM_PAGES["zh" if lang in ("zh", "chi_sim") else "latin"]
            gray = cv2.imread(str(source), cv2.IMREAD_GRAYSCALE)
            if gray is None:
                raise SystemExit(f"bench scans: {source}: cannot read the warm-up page")
            path = Path(tmp) / f"warm-{lang}.png"
            cv2.imwrite(str(path), cv2.resize(gray, (2480, 3508), interpolation=cv2.INTER_CUBIC))
            process_pages(path, lang=lang, correct=False)
            process_pages(WARM_TEXT.encode(), lang=lang, correct=False)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="scripts.bench scans", description=__doc__)
    ap.add_argument("--only", help="only pages whose file name contains this")
    ap.add_argument("--set", choices=("all", "devset", "nzz"), default="all")
    ap.add_argument("--dir", type=Path,
                    help="bench the *.png with a *.truth.json (devset format) in this folder "
                         "instead of the devset and NZZ")
    ap.add_argument("--nzz-lang", default="frk", help="language data for NZZ (default frk)")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    ap.add_argument("--reuse", action="store_true",
                    help="take plain Tesseract's text and CPU from the last run")
    ap.add_argument("--repeat", type=int, default=1,
                    help="read each page this many times per side, interleaved; CPU is "
                         "each side's least (on a shared machine load only ever adds)")
    ap.add_argument("--stages", action="store_true",
                    help="also our CPU seconds per stage (s_load, s_prep, s_layout, s_tess: "
                         "libtesseract reading the blocks, s_blocks, s_shared, s_other)")
    args = ap.parse_args(argv)
    if args.dir is not None and not args.dir.is_dir():
        print(f"bench scans: {args.dir}: no such folder", file=sys.stderr)
        return 1
    pages = bench_pages(args.set, args.only, args.nzz_lang, args.dir)
    if not pages:
        where = args.dir if args.dir is not None else SHARED
        print(f"no pages with truth found under {where}", file=sys.stderr)
        return 1
    _warm_up({lang for _, _, lang, _ in pages})
    rows = []
    for path, truth, lang, tess_lang in pages:
        rows.append(run_page(path, truth, lang, tess_lang, args.reuse, max(1, args.repeat),
                             args.stages))
        print("  ".join(f"{k}={v}" for k, v in rows[-1].items()), flush=True)
    summary: dict[str, object] = {"pages": len(rows)}
    groups = ((("devset", DEVSET), ("nzz", NZZ)) if args.dir is None
              else ((args.dir.resolve().name, args.dir),))
    for group, folder in groups:
        members = [r for r, p in zip(rows, pages, strict=True) if p[0].parent == folder]
        if not members:
            continue
        s: dict[str, float | str | None] = {
            k: _mean(members, k) for k in ("cer", "t_cer", "bag", "t_bag", "kept", "t_kept")}
        s.update(body_summary(members))
        s["cpu"] = _mean(members, "cpu")
        # (the page's ratios weigh a 2 s English page as a 20 s CJK one; the set's seconds
        # summed weigh them by what they cost: both are printed, the first is the target's)
        t_total = sum(float(str(r["t_cpu_s"])) for r in members)
        s["cpu_total"] = round(sum(float(str(r["cpu_s"])) for r in members)
                               / max(t_total, 1e-6), 3)
        for key in sorted({k for r in members for k in r if k.startswith("s_")}):
            s[key] = _mean(members, key)
        for key in ("arts", "heads"):
            if (v := _ratio_sum(members, key)) is not None:
                s[key] = v
        summary[group] = s
        print(f"mean {group} ({len(members)}): " + "  ".join(f"{k}={v}" for k, v in s.items()))
    if args.json:
        args.json.write_text(json.dumps({"pages": rows, "summary": summary}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
