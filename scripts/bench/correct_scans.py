"""Correction on the scan path's own English reads, with Tesseract's word confidences.

``correct-real`` measures the corrector on plain text (SMH, FASPell): no confidences. Here
the pages are the scan study sets' English pages with noise (``en-*-heavy-*``,
``en-*-light-*`` of ``/work/heldout/scans`` S-S8, Y2, N3; never a judge set), read by the
scan path as shipped up to correction (``process_pages`` with every stage before
``correct``: Tesseract's words with their confidences, assembled into articles with the word
spans correction reads), and each page's reading is cached (a pickle of the
``Page``, keyed by the image's SHA-256 and the code's commit) so that a run corrects, it
does not read again.

Each page is corrected twice by the page stage itself (``ocr.correct.correct``): as read,
and with every word's confidence taken out (``none``: the corrector as plain text has it).
Our articles are matched to the truth's one to one (bigram Dice >= 0.5, as ``bench scans``'s
``arts``); each matched pair is one document for ``correct_real.Score`` (word alignment of
the OCR, the output and the truth: changes, fixed, precision, right words made wrong, CER
before and after). Unmatched articles are left out (their truth is unknown).

Halves: by page, a stable hash of the file name (``correct_real.half_of``); ``--half eval``
is a judge: its pooled line only.

``--bands`` (tuning half only) prices confidence as evidence: the OCR's words by the
confidence Tesseract gave them, right and wrong against the truth (word alignment), and each
system's changes by the highest confidence among the words under them (exact / all). The
bands' edges are the corrector's own bars (``correct.CONFIDENT``, the profile's
``max_confidence``) and two more (0.4, 0.95) where the tuning half's changes part.

    python -m scripts.bench correct-scans [--half tune|eval|all] [--cache DIR] [--root DIR]
                                          [--read-only] [--show N] [--bands]
"""

from __future__ import annotations

import argparse
import bisect
import dataclasses
import difflib
import hashlib
import os
import pickle
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from ocr.correct.words import word_map
from ocr.model import Article, Line, Page
from ocr.runtime import PAGE_THREADS

os.environ.setdefault(PAGE_THREADS, "1")

from ocr.correct import correct  # noqa: E402
from ocr.correct.correct import CONFIDENT  # noqa: E402
from ocr.profiles import load_profile  # noqa: E402
from ocr.qa import match_segments  # noqa: E402
from scripts.bench.correct_real import HEADER, WORD, Doc, Score, half_of, units  # noqa: E402
from scripts.bench.scan_truth import Truth, article_segment, devset_truth  # noqa: E402

HELDOUT = Path("/work/heldout/scans")
#: The study sets (never a judge: J, S9, S10, S11).
STUDY = ("S", "S2", "S3", "S4", "S5", "S6", "S7", "S8", "Y2", "N3")
NOISE = ("heavy", "light")
CACHE = Path(tempfile.gettempdir()) / "newsocr-bench-correct-scans"


def study_pages(root: Path = HELDOUT) -> list[tuple[Path, Truth]]:
    """Every English page with noise of the study sets, each image once (by content)."""
    seen: set[str] = set()
    out = []
    for name in STUDY:
        for png in sorted((root / name).glob("en-*.png")):
            if png.stem.split("-")[-2] not in NOISE:
                continue
            digest = hashlib.sha256(png.read_bytes()).hexdigest()
            truth_file = png.with_suffix(".truth.json")
            if digest in seen or not truth_file.is_file():
                continue
            seen.add(digest)
            out.append((png, devset_truth(truth_file)[0]))
    return out


def _commit() -> str:
    run = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                         check=False)
    return run.stdout.strip() or "nogit"


def read_page(path: Path, cache: Path, commit: str, read_only: bool = False,
              any_commit: bool = False) -> Page | None:
    """The scan path's uncorrected reading of ``path``, from ``cache`` when this commit's is
    there. With ``any_commit`` the newest reading of another commit is taken when this
    one's is missing (the reads, not the corrector, are what the cache saves): a branch
    that changes the scan path must not be measured on another commit's reads unasked."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    mine = cache / f"{path.stem}.{digest}.{commit}.pickle"
    others = sorted(cache.glob(f"{path.stem}.{digest}.*.pickle"),
                    key=lambda p: p.stat().st_mtime, reverse=True)
    found = [mine] if mine.is_file() else others if any_commit else []
    if found:
        if found[0] != mine:
            print(f"{path.name}: the reading of commit {found[0].suffixes[-2][1:]}",
                  file=sys.stderr)
        with found[0].open("rb") as f:
            page: Page = pickle.load(f)
        return page
    if read_only:
        return None
    from ocr.pipeline import default_stages, process_pages
    from ocr.profiles import load_profile

    # Every stage before correction, assembly with the word spans correction reads (with
    # ``correct=False`` the items carry none, and a correction could not reach a word).
    stages = default_stages(load_profile(None), correct=True)[:-1]
    page = process_pages(path, lang="en", stages=stages)[0]
    cache.mkdir(parents=True, exist_ok=True)
    tmp = mine.with_suffix(".tmp")
    with tmp.open("wb") as f:
        pickle.dump(page, f)
    tmp.replace(mine)
    return page


def without_confidence(page: Page) -> Page:
    """``page`` with no word confidence: what the corrector sees of plain text."""
    def line(ln: Line) -> Line:
        return dataclasses.replace(ln, words=tuple(
            dataclasses.replace(w, confidence=None) for w in ln.words))

    return dataclasses.replace(page, blocks=tuple(
        dataclasses.replace(b, lines=tuple(line(ln) for ln in b.lines)) for b in page.blocks))


def documents(name: str, truth: Truth, page: Page, out: Page) -> Iterator[tuple[Doc, str]]:
    """Each truth article matched by one of ours: (its OCR text and truth, our corrected text)."""
    for doc, text, _ in documents_of(name, truth, page, out):
        yield doc, text


def documents_of(name: str, truth: Truth, page: Page, out: Page
                 ) -> Iterator[tuple[Doc, str, Article]]:
    """``documents``, each with our article it was read from."""
    before = [article_segment(a, page.photos) for a in page.articles]
    after = {s.id: s.text for s in (article_segment(a, out.photos) for a in out.articles)}
    ours = {a.id: a for a in page.articles}
    for ref, hyp, _ in match_segments(truth.articles, before, min_similarity=0.5):
        if ref is not None and hyp is not None:
            yield Doc(f"{name}:{hyp.id}", hyp.text, ref.text), after[hyp.id], ours[hyp.id]


def word_confidences(article: Article, page: Page) -> list[tuple[int, int, float | None]]:
    """(start, end, confidence) of each word ``article``'s text was read from, in the text
    ``article_segment`` writes (kicker, headlines, subheadline, paragraphs; a photo's
    caption carries no spans here and gets none)."""
    words = word_map(page.blocks)
    parts = [("kicker", 0, article.kicker),
             *[("headline", i, h) for i, h in enumerate(article.headlines)],
             ("subheadline", 0, article.subheadline),
             *[("paragraph", i, p) for i, p in enumerate(article.paragraphs)]]
    out: list[tuple[int, int, float | None]] = []
    at = 0
    for field, index, text in parts:
        if not text:
            continue
        out += [(at + s.start, at + s.end, words[(s.block, s.line, s.word)].confidence)
                for s in article.spans_of(field, index)]  # type: ignore[arg-type]
        at += len(text) + 1
    return out


class Bands:
    """OCR words and changes counted by Tesseract's confidence (``--bands``)."""

    def __init__(self) -> None:
        self.edges = (0.4, CONFIDENT, load_profile(None).correction.max_confidence, 0.95)
        n = len(self.edges) + 2  # the bands, and words with no confidence last
        self.words = [[0, 0] for _ in range(n)]  # right, wrong
        self.changes: dict[str, list[list[int]]] = {}  # system -> band -> [exact, all]

    def band(self, conf: float | None) -> int:
        return len(self.edges) + 1 if conf is None else bisect.bisect_right(self.edges, conf)

    def add_words(self, doc: Doc, confs: list[tuple[int, int, float | None]]) -> None:
        o, t = units(doc.ocr, "en"), units(doc.truth, "en")
        right = [False] * len(o)
        for tag, i1, i2, _, _ in difflib.SequenceMatcher(None, o, t, autojunk=False).get_opcodes():
            for k in range(i1, i2):
                right[k] = tag == "equal"
        for k, m in enumerate(WORD.finditer(doc.ocr)):
            self.words[self.band(_highest(confs, *m.span()))][0 if right[k] else 1] += 1

    def add_changes(self, system: str, score: Score, since: int,
                    confs: list[tuple[int, int, float | None]]) -> None:
        rows = self.changes.setdefault(system, [[0, 0] for _ in self.words])
        for (kind, *_), (start, end) in zip(score.examples[since:], score.places[since:],
                                            strict=True):
            row = rows[self.band(_highest(confs, start, max(end, start + 1)))]
            row[0] += kind == "fixed"
            row[1] += 1

    def report(self) -> str:
        names = [f"< {self.edges[0]:g}",
                 *[f"{a:g}-{b:g}" for a, b in zip(self.edges, self.edges[1:], strict=False)],
                 f">= {self.edges[-1]:g}", "none"]
        lines = [f"{'confidence':<12}{'right':>8}{'wrong':>7}{'wrong%':>8}"
                 + "".join(f"{s + ' exact/all':>18}" for s in self.changes)]
        for k, name in enumerate(names):
            r, w = self.words[k]
            lines.append(f"{name:<12}{r:>8}{w:>7}{w / max(1, r + w):>8.1%}" + "".join(
                f"{f'{rows[k][0]}/{rows[k][1]}':>18}" for rows in self.changes.values()))
        return "\n".join(lines)


def _highest(confs: list[tuple[int, int, float | None]], start: int, end: int) -> float | None:
    """The highest confidence of the words between ``start`` and ``end`` (None: none known)."""
    got = [c for s, e, c in confs if s < end and e > start and c is not None]
    return max(got) if got else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="bench correct-scans", description=__doc__)
    ap.add_argument("--half", choices=("tune", "eval", "all"), default="tune")
    ap.add_argument("--cache", type=Path, default=CACHE)
    ap.add_argument("--root", type=Path, default=HELDOUT,
                    help="the folder holding the study sets (S ... S8, Y2, N3)")
    ap.add_argument("--any-commit", action="store_true",
                    help="take another commit's cached reading when this one's is missing")
    ap.add_argument("--read-only", action="store_true",
                    help="only read pages into the cache (no figures)")
    ap.add_argument("--show", type=int, default=0,
                    help="print the first N changes of ours (tuning half only)")
    ap.add_argument("--bands", action="store_true",
                    help="words and changes by confidence (tuning half only)")
    args = ap.parse_args(argv)
    if (args.show or args.bands) and args.half != "tune":
        ap.error("--show and --bands read the tuning half only (the evaluation half is a judge)")
    commit = _commit()
    pages = study_pages(args.root)
    scores = {"none": Score(), "ours": Score()}
    bands = Bands()
    for path, truth in pages:
        half = half_of(path.stem)
        if args.half != "all" and half != args.half:
            continue
        page = read_page(path, args.cache, commit, any_commit=args.any_commit)
        print(f"read {path.parent.name}/{path.name} ({half})", file=sys.stderr)
        if args.read_only or page is None:
            continue
        for system, shown in (("none", without_confidence(page)), ("ours", page)):
            out = correct(shown)
            for doc, text, article in documents_of(path.stem, truth, shown, out):
                since = len(scores[system].examples)
                scores[system].add(doc, text, "en")
                if args.bands:
                    confs = word_confidences(article, page)
                    bands.add_changes(system, scores[system], since, confs)
                    if system == "ours":
                        bands.add_words(doc, confs)
    if args.read_only:
        return 0
    print(f"pages: {args.half} half of {len(pages)} ({', '.join(STUDY)}; en, heavy and light)")
    print(HEADER)
    for system, score in scores.items():
        print(score.row(system))
    for kind, was, now, target in scores["ours"].examples[: args.show]:
        print(f"{kind:<8}{was!r:>24} -> {now!r:<24} truth {target!r}")
    if args.bands:
        print(bands.report())
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
