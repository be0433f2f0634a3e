"""Benchmark correction on REAL OCR with hand-corrected truth, beside no correction and symspellpy.

Data (read from ``../shared/corpus/ocr-noise/``, never copied into the repo):

* ``overproof-smh.txt``: Sydney Morning Herald 1842-1954, ABBYY OCR via Trove, with the
  Overproof authors' hand correction; one article = one document, its lines joined as the
  pipeline joins a paragraph's lines (``linejoin.join_lines``), OCR and truth each alone.
* ``faspell-ocr-train.txt``: FASPell real Chinese OCR with truth; one sentence = one document.

Each set is split by document into a tuning half and an evaluation half (a stable hash
of the document's id); thresholds are tuned on ``--half tune`` and reported on
``--half eval``. Figures:

* errors: OCR words (Chinese: characters) that differ from the truth (word alignment);
* fixed: changes whose result equals the truth there;
* made wrong: changes of a unit that was already right, as a share of right units;
* precision: fixed / all changes; prec.w: the same, counting as fixed a change that made
  the word right where the OCR also lost punctuation or a hyphen the change left alone
  (``monev`` -> ``money``, truth ``money.``; ``streot`` -> ``street``, truth
  ``Bathurst-street``); closer: changes that bring the unit nearer its truth
  (fewer edits), e.g. ``timo,,`` -> ``time,,`` for ``time,``;
* CER before -> after (Levenshtein over the whole document).

A change is any region where the output differs from the OCR (word alignment of OCR
and output), so every system is scored the same way. symspellpy (``word``: lookup of each
unknown word, max edit distance 2, its English dictionary; ``compound``: lookup_compound
on runs of plain words) is the well-known baseline; it has no Chinese dictionary.
Speed: words (characters) per second of our corrector on one core, both languages'
lexicons loaded (Chinese also with the short subtitle lines joined into paragraphs, as
pages have them), as a batch worker corrects: what the warm-up loaded frozen out of the
garbage collector's scans (``runtime.freeze_long_lived``), each document corrected with
the collector paused as a page's stages are (``runtime.paused_gc``);
start-up: seconds and resident memory the first correction of the language adds
(run ``--lang en`` and ``--lang zh`` alone for each language's own figures).

Run: ``python -m scripts.bench correct-real [--half eval|tune|all] [--lang en|zh]
[--systems ours,none,symspell-word,symspell-compound] [--show N] [--classes]``; ``--classes``
prints, for English, where the OCR's errors lie and how many of each kind each system
fixes (``correct_classes``).
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
import tempfile
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from ocr.correct.words import char_map
from ocr.linejoin import join_lines
from ocr.runtime import freeze_long_lived, paused_gc
from scripts.bench.correct_classes import Classes, core
from scripts.common import CORPUS

NOISE = CORPUS / "ocr-noise"
SEP = "||@@||"
WORD = re.compile(r"\S+")
HAN_UNIT = re.compile(r"[\u3400-\u9fff]|[^\s\u3400-\u9fff]+")


@dataclass(frozen=True)
class Doc:
    id: str
    ocr: str
    truth: str


def half_of(doc_id: str) -> str:
    return "tune" if zlib.crc32(doc_id.encode()) % 2 == 0 else "eval"


def overproof(path: Path) -> list[Doc]:
    docs: list[Doc] = []
    head = ""
    ocr: list[str] = []
    truth: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("*$*OVERPROOF*$*"):
            if ocr:
                docs.append(Doc(head, join_lines(ocr), join_lines(truth)))
            head, ocr, truth = line.split()[1], [], []
            continue
        parts = line.split(SEP)
        if len(parts) >= 2:
            ocr.append(parts[0])
            truth.append(parts[1])
    if ocr:
        docs.append(Doc(head, join_lines(ocr), join_lines(truth)))
    return docs


def faspell(path: Path) -> list[Doc]:
    docs = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        parts = line.split("\t")
        if len(parts) == 3:
            docs.append(Doc(f"fs{n}", parts[1], parts[2]))
    return docs


def units(text: str, lang: str) -> list[str]:
    return HAN_UNIT.findall(text) if lang == "zh" else WORD.findall(text)


@dataclass
class Score:
    units: int = 0
    errors: int = 0
    changes: int = 0
    fixed: int = 0
    made_wrong: int = 0
    closer: int = 0
    fixed_words: int = 0
    right_units: int = 0
    dist_before: int = 0
    dist_after: int = 0
    chars: int = 0
    examples: list[tuple[str, str, str, str]] = field(default_factory=list)
    #: Each example's OCR characters in its document (start, end): where the change was made.
    places: list[tuple[int, int]] = field(default_factory=list)

    def add(self, doc: Doc, out: str, lang: str) -> None:
        o, t, r = units(doc.ocr, lang), units(doc.truth, lang), units(out, lang)
        self.units += len(o)
        ot = difflib.SequenceMatcher(None, o, t, autojunk=False)
        right = [False] * len(o)
        for tag, i1, i2, j1, j2 in ot.get_opcodes():
            for k in range(i1, i2):
                right[k] = tag == "equal"
            if tag != "equal":
                self.errors += max(i2 - i1, j2 - j1)
        self.right_units += sum(right)
        spans = [m.span() for m in (HAN_UNIT if lang == "zh" else WORD).finditer(doc.ocr)]
        to_truth = char_map(doc.ocr, doc.truth)
        for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(
            None, o, r, autojunk=False
        ).get_opcodes():
            if tag == "equal":
                continue
            self.changes += 1
            was, now = o[i1:i2], r[j1:j2]
            # The truth opposite the changed OCR units: their characters mapped by a
            # character alignment, widened to whole truth words (English).
            cs = spans[i1][0] if i2 > i1 else (spans[i1 - 1][1] if i1 else 0)
            ce = spans[i2 - 1][1] if i2 > i1 else cs
            a, b = to_truth[cs], to_truth[ce]
            words = doc.truth[_widen(doc.truth, a, -1) : _widen(doc.truth, b, 1)]
            if not now and not doc.truth[a:b].strip():
                pass  # a removal (a speck) where the truth has nothing: no word to widen to
            elif lang != "zh":
                a, b = _widen(doc.truth, a, -1, str.isspace), _widen(doc.truth, b, 1, str.isspace)
            target = " ".join(units(doc.truth[a:b], lang))
            before = Levenshtein.distance(" ".join(was), target)
            after = Levenshtein.distance(" ".join(now), target)
            if " ".join(now) == target:
                self.fixed += 1
                kind = "fixed"
            elif lang != "zh" and _letters_fixed(" ".join(was), " ".join(now), words):
                kind = "fixed-w"
            elif any(right[i1:i2]):
                self.made_wrong += sum(right[i1:i2])
                kind = "WRONG"
            else:
                kind = "better" if after < before else "missed"
            self.closer += after < before
            self.fixed_words += kind.startswith("fixed")
            self.examples.append((kind, " ".join(was), " ".join(now), target))
            self.places.append((cs, ce))
        self.dist_before += Levenshtein.distance(doc.ocr, doc.truth)
        self.dist_after += Levenshtein.distance(out, doc.truth)
        self.chars += len(doc.truth)

    def row(self, name: str) -> str:
        cb, ca = self.dist_before / self.chars, self.dist_after / self.chars
        return (
            f"{name:<18}{self.units:>7}{self.errors:>7}{self.changes:>8}"
            f"{self.fixed / max(self.errors, 1):>8.1%}"
            f"{self.made_wrong / max(self.right_units, 1):>9.2%}"
            f"{self.fixed / max(self.changes, 1):>10.1%}"
            f"{self.fixed_words / max(self.changes, 1):>8.1%}"
            f"{self.closer / max(self.changes, 1):>8.1%}"
            f"{cb:>9.2%}{ca:>8.2%}{(cb - ca) / cb if cb else 0:>8.1%}"
        )


HEADER = (
    f"{'system':<18}{'units':>7}{'errors':>7}{'changes':>8}{'fixed':>8}"
    f"{'wrong':>9}{'precision':>10}{'prec.w':>8}{'closer':>8}{'CER':>9}{'after':>8}{'ΔCER':>8}"
)


def _widen(text: str, at: int, step: int, stop: Callable[[str], bool] | None = None) -> int:
    """``at`` moved by ``step`` to the edge of its word: to whitespace (``stop``) or, by
    default, to the end of a run of letters, digits and apostrophes."""
    def inside(ch: str) -> bool:
        return not stop(ch) if stop else ch.isalnum() or ch in "'’"

    if step < 0:
        while at > 0 and inside(text[at - 1]):
            at -= 1
    else:
        while at < len(text) and inside(text[at]):
            at += 1
    return at


def _letters_fixed(was: str, now: str, target: str) -> bool:
    """The change made the word right, though punctuation or hyphens around it that it left
    alone are still wrong: ``monev`` -> ``money`` where the truth has ``money.``,
    ``streot`` -> ``street`` for ``Bathurst-street``. ``target``: the truth's letters and
    digits there; edge punctuation the change did not touch is set aside."""
    letters = core(now)
    return bool(letters) and letters != core(was) and letters == core(target)


def ours(lang: str, confusions: tuple[str, ...] = ()) -> Callable[[str], str]:
    from ocr.correct import correct_text
    from ocr.profiles import load_profile

    prof = load_profile(None)
    if confusions:
        prof = replace(prof, correction=replace(prof.correction, confusions=confusions))
    return lambda text: correct_text(text, prof)[0]


def learned_tables(docs: list[Doc], tmp: Path) -> dict[str, str]:
    """Doc id -> a Chinese confusion table learned from real OCR pairs of OTHER documents
    of the tuning half (``confusions.learn_han_pairs``), written under ``tmp``: for the
    evaluation half, the whole tuning half; for the tuning half itself, the other of its
    two folds (so no document is corrected with pairs learned from it). FASPell is
    GPL-3.0: the tables are built here, from ../shared, and never shipped."""
    from ocr.correct.confusions import learn_han_pairs, write_han_pairs

    tune = list(datasets("zh", "tune"))
    folds = {d.id: n % 2 for n, d in enumerate(tune)}
    out: dict[str, str] = {}
    for fold in (0, 1, None):
        source = [d for d in tune if fold is None or folds[d.id] != fold]
        path = tmp / f"learned-{fold}.tsv"
        write_han_pairs(
            learn_han_pairs((d.ocr, d.truth) for d in source), path,
            f"{len(source)} FASPell tuning-half sentences",
        )
        for d in docs:
            if folds.get(d.id) == fold or (fold is None and d.id not in folds):
                out[d.id] = str(path)
    return out


def symspell(mode: str) -> Callable[[str], str]:
    """symspellpy with its bundled English dictionaries (word or compound lookup)."""
    from importlib.resources import files

    from symspellpy import SymSpell, Verbosity

    sym = SymSpell(max_dictionary_edit_distance=2, prefix_length=7)
    pkg = files("symspellpy")
    sym.load_dictionary(str(pkg / "frequency_dictionary_en_82_765.txt"), 0, 1)
    sym.load_bigram_dictionary(str(pkg / "frequency_bigramdictionary_en_243_342.txt"), 0, 2)
    plain = re.compile(r"[A-Za-z]+")

    def case_like(src: str, new: str) -> str:
        if src.isupper() and len(src) > 1:
            return new.upper()
        return new[:1].upper() + new[1:] if src[:1].isupper() else new

    def word(m: re.Match[str]) -> str:
        w = m.group()
        found = sym.lookup(w.lower(), Verbosity.TOP, max_edit_distance=2)
        return case_like(w, found[0].term) if found else w

    if mode == "word":
        return lambda text: plain.sub(word, text)

    run = re.compile(r"[A-Za-z]+(?:[ ]+[A-Za-z]+)*")

    def compound(m: re.Match[str]) -> str:
        src = m.group()
        found = sym.lookup_compound(src.lower(), max_edit_distance=2)
        if not found:
            return src
        new = found[0].term.split()
        old = src.split()
        if len(new) == len(old):
            new = [case_like(a, b) for a, b in zip(old, new, strict=True)]
        elif old and old[0][:1].isupper() and new:
            new[0] = case_like(old[0], new[0])
        return " ".join(new)

    return lambda text: "\n".join(run.sub(compound, line) for line in text.split("\n"))


#: A text that loads each language's corrector and what it loads on first need: for
#: English the lexicon, both word models (``tho``, ``aud`` in context: the trigram model),
#: the channel's word shelves (``govornment``) and the candidate sets of each Zipf level
#: (``real_words.CANDIDATE_LEVELS``: ``wharf``, ``aud``, ``tho``, ``of``). Left to the
#: first documents, those loads (about 0.1 s) counted as correction time.
WARM_UP = {"en": "warm up: of tbe land, the wharf aud tho govornment", "zh": "太仑"}


def _warm_up_both(fn: Callable[[str], str]) -> None:
    """Both languages' correctors loaded before a timing: a Chinese document's Latin
    words load the English lexicon on first need (~1 s), which is start-up, not speed."""
    for text in WARM_UP.values():
        fn(text)


def as_page(fn: Callable[[str], str], text: str) -> str:
    """``fn(text)`` as the pipeline runs a page's stages: with the garbage collector
    paused (``runtime.paused_gc``), its full collections left to the pauses' own policy."""
    with paused_gc():
        return fn(text)


def _rss() -> int:
    """Resident memory of this process in bytes (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0


def _paragraphs(texts: list[str], size: int = 200) -> list[str]:
    """``texts`` joined with 。 into paragraphs of about ``size`` characters."""
    out, cur = [], ""
    for text in texts:
        cur += text + "。"
        if len(cur) >= size:
            out.append(cur)
            cur = ""
    return out + ([cur] if cur else [])


def datasets(lang: str, half: str) -> Iterator[Doc]:
    docs = overproof(NOISE / "overproof-smh.txt") if lang == "en" else faspell(
        NOISE / "faspell-ocr-train.txt"
    )
    return (d for d in docs if half == "all" or half_of(d.id) == half)


#: What ``--systems`` may name: no correction, ours (Chinese adds ours with a table learned
#: from the other documents), and symspellpy's two lookups.
SYSTEMS = ("none", "ours", "ours+learned", "symspell-word", "symspell-compound")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="correction on real OCR with truth")
    ap.add_argument("--half", choices=("tune", "eval", "all"), default="eval")
    ap.add_argument("--lang", choices=("en", "zh", "both"), default="both")
    ap.add_argument("--systems", default="none,ours,symspell-word,symspell-compound")
    ap.add_argument("--show", type=int, default=0, help="print N example changes of ours")
    ap.add_argument("--kind", default="", help="only show examples of this kind (WRONG, missed)")
    ap.add_argument("--classes", action="store_true",
                    help="English: the errors by kind and the share of each a system fixes")
    args = ap.parse_args(argv)
    unknown = set(args.systems.split(",")) - set(SYSTEMS)
    if unknown:
        ap.error(f"--systems: unknown {', '.join(sorted(unknown))} (known: {', '.join(SYSTEMS)})")
    if not NOISE.is_dir():
        print(f"{NOISE}: corpus not found (../shared beside the clone)", file=sys.stderr)
        return 2
    tmp = tempfile.TemporaryDirectory()
    for lang in ("en", "zh") if args.lang == "both" else (args.lang,):
        docs = list(datasets(lang, args.half))
        print(f"\n{lang}: {len(docs)} documents ({args.half} half)")
        print(HEADER)
        systems = args.systems.split(",")
        if lang == "zh" and "ours" in systems and "ours+learned" not in systems:
            systems.insert(systems.index("ours") + 1, "ours+learned")
        for name in systems:
            if name.startswith("symspell") and lang == "zh":
                continue
            by_doc: dict[str, Callable[[str], str]] = {}
            if name == "none":
                fn: Callable[[str], str] = lambda text: text  # noqa: E731
            elif name == "ours":
                rss0 = _rss()
                t0 = time.perf_counter()
                fn = ours(lang)
                fn(WARM_UP[lang])
                load = time.perf_counter() - t0
                grown = _rss() - rss0
                if lang == "zh":
                    _warm_up_both(fn)  # after the start-up figures: they are Chinese's own
            elif name == "ours+learned":
                if lang != "zh":
                    continue
                tables = learned_tables(docs, Path(tmp.name))
                fns = {path: ours(lang, (path,)) for path in set(tables.values())}
                for each in fns.values():
                    _warm_up_both(each)  # the corrector and its candidate arrays
                by_doc = {d.id: fns[tables[d.id]] for d in docs}
                fn = next(iter(fns.values()))
            else:
                fn = symspell(name.split("-")[1])
            score = Score()
            freeze_long_lived()  # what is loaded now, as a batch worker after its warm-up
            t0 = time.process_time()
            outs = [as_page(by_doc.get(d.id, fn), d.ocr) for d in docs]
            secs = time.process_time() - t0
            classes = Classes()
            for d, out in zip(docs, outs, strict=True):
                score.add(d, out, lang)
                if args.classes and lang == "en":
                    classes.add(d.ocr, d.truth, out)
            print(score.row(name))
            if args.classes and lang == "en" and name != "none":
                print("\n".join(classes.table(oracle=name == "ours")))
            if name == "ours+learned":
                amount = sum(len(d.ocr) for d in docs)
                print(f"  {name}: a table learned from real OCR pairs of the tuning half "
                      f"(for the tuning half, from its other fold); {amount / secs:,.0f} chars/s")
            if name == "ours":
                amount = sum(len(d.ocr) if lang == "zh" else len(d.ocr.split()) for d in docs)
                what = "chars" if lang == "zh" else "words"
                print(
                    f"  ours: {amount / secs:,.0f} {what}/s (one core), start-up {load:.1f} s, "
                    f"memory +{grown / 2**20:.0f} MiB (process RSS)"
                )
                if lang == "zh":
                    # The pipeline corrects paragraphs, not subtitle lines: per-text costs
                    # weigh less there.
                    paras = _paragraphs([d.ocr for d in docs])
                    t0 = time.process_time()
                    for para in paras:
                        as_page(fn, para)
                    rate = sum(map(len, paras)) / (time.process_time() - t0)
                    print(f"  ours on the sentences joined in ~200-char paragraphs: {rate:,.0f}/s")
            if name.startswith("ours"):
                shown = [e for e in score.examples if not args.kind or e[0] == args.kind]
                for kind, was, now, target in shown[: args.show]:
                    print(f"    {kind:<7} {was!r} -> {now!r}  (truth {target!r})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
