"""Benchmark dictionary correction: errors fixed, clean words harmed, CER, speed.

Corpus (``fixtures/correct/``, sources in SOURCES.md there, regenerated from this
machine with ``--make-samples``): clean real prose in English (GPL-3 licence
text, Python reference documentation) and Chinese (Vim tutor, bash help texts).

Noise model (seeded, rate per word for English and per Han character for Chinese):

* English, 80 %: one OCR confusion from ``NOISE_EN`` at a random place where it
  applies (m->rn, d->cl, h->li/b, w->vv, o->0, l->1/i, s->5, e<->c, n->ri/u,
  u->ii/n, i->l, t<->f); 20 %: one random letter substituted or dropped.
* Chinese, 80 %: the character is replaced by one of its look-alikes from the
  rendered-glyph table (weighted by similarity; note: the same visual model
  the corrector uses, so the fixed share is an optimistic bound for real OCR);
  20 %: a random frequent character (errors no visual model can explain).

Units are whitespace words (and single Han characters). "fixed" = injected
errors restored exactly; "false" = units the noise left alone but correction
changed, as a share of those units. Throughput counts whitespace words of the
noisy English text through ``correct_text`` on one core, lexicons already loaded.

Run: ``python -m scripts.bench correct [--rate 0.05] [--seed 1] [--check]``.
"""

from __future__ import annotations

import argparse
import gettext
import random
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from ocr.correct import correct_text
from ocr.correct.confusions import han_table
from ocr.runtime import freeze_long_lived
from scripts.bench.correct_real import WARM_UP, as_page
from scripts.common import ROOT

SAMPLES = ROOT / "fixtures" / "correct"
UNIT = re.compile(r"[\u4e00-\u9fff]|[^\s\u4e00-\u9fff]+")
HAN = re.compile(r"[\u4e00-\u9fff]")
#: (page had, OCR printed): the English OCR confusion model.
NOISE_EN = (
    ("m", "rn"), ("d", "cl"), ("h", "li"), ("h", "b"), ("w", "vv"), ("o", "0"),
    ("l", "1"), ("l", "i"), ("s", "5"), ("e", "c"), ("c", "e"), ("n", "ri"),
    ("n", "u"), ("u", "ii"), ("u", "n"), ("i", "l"), ("t", "f"), ("f", "t"),
)  # fmt: skip
TARGETS = {"en": 0.50, "zh": 0.40}
MAX_FALSE = 0.001


def make_samples() -> None:
    """Cut the clean samples from texts installed on this machine (Debian + Python)."""
    SAMPLES.mkdir(parents=True, exist_ok=True)
    gpl = Path("/usr/share/common-licenses/GPL-3").read_text(encoding="utf-8")
    (SAMPLES / "en_gpl3.txt").write_text(_paragraphs(gpl, 22000), encoding="utf-8")
    topics_py = Path(sys.base_prefix) / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}"
    ns: dict[str, dict[str, str]] = {}
    exec((topics_py / "pydoc_data" / "topics.py").read_text(encoding="utf-8"), ns)  # noqa: S102
    prose = []
    for name in ("assert", "assignment", "atom-identifiers", "booleans", "class", "compound"):
        body = [ln for ln in ns["topics"][name].splitlines() if not ln.startswith("   ")]
        prose.append("\n".join(ln for ln in body if not set(ln) <= set("*=-~ ")))
    (SAMPLES / "en_pydoc.txt").write_text(_paragraphs("\n\n".join(prose), 22000), "utf-8")
    tutor = Path("/usr/share/vim/vim90/tutor/tutor.zh_cn.utf-8").read_text(encoding="utf-8")
    lines = [ln.strip() for ln in tutor.splitlines() if len(HAN.findall(ln)) >= 6]
    (SAMPLES / "zh_vimtutor.txt").write_text("\n\n".join(lines)[:9000] + "\n", "utf-8")
    mo = Path("/usr/share/locale/zh_CN/LC_MESSAGES/bash.mo")
    with mo.open("rb") as fh:
        catalog = gettext.GNUTranslations(fh)._catalog  # type: ignore[attr-defined]
    texts = sorted(
        {v for v in catalog.values() if isinstance(v, str) and len(HAN.findall(v)) >= 20}
    )
    (SAMPLES / "zh_bash.txt").write_text("\n\n".join(texts)[:9000] + "\n", encoding="utf-8")


def _paragraphs(text: str, limit: int) -> str:
    paras = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]
    out, size = [], 0
    for p in paras:
        if size + len(p) > limit:
            break
        out.append(p)
        size += len(p) + 2
    return "\n\n".join(out) + "\n"


def add_noise(text: str, lang: str, rate: float, rng: random.Random) -> str:
    """``text`` with OCR-like errors in about ``rate`` of its words (Han characters)."""
    if lang == "zh":
        table = han_table()
        common = sorted(table)[:3000]

        def han(m: re.Match[str]) -> str:
            ch = m.group()
            if rng.random() >= rate:
                return ch
            near = table.get(ch, ())
            if near and rng.random() < 0.8:
                return rng.choices([c for c, _ in near], [s for _, s in near])[0]
            return rng.choice(common)

        return HAN.sub(han, text)

    def word(m: re.Match[str]) -> str:
        w = m.group()
        if len(w) < 3 or rng.random() >= rate:
            return w
        if rng.random() < 0.8:
            places = [(i, a, b) for a, b in NOISE_EN for i in _find_all(w, a)]
            if places:
                i, a, b = rng.choice(places)
                return w[:i] + b + w[i + len(a) :]
        i = rng.randrange(len(w))
        if rng.random() < 0.5:
            return w[:i] + w[i + 1 :] if len(w) > 3 else w
        return w[:i] + rng.choice("abcdefghijklmnopqrstuvwxyz") + w[i + 1 :]

    return re.sub(r"[A-Za-z]+", word, text)


def _find_all(w: str, sub: str) -> list[int]:
    return [i for i in range(len(w)) if w.startswith(sub, i)]


@dataclass
class Result:
    name: str
    units: int
    injected: int
    fixed: int
    false: int
    clean_changed: int
    cer_before: float
    cer_after: float
    words_per_s: float

    @property
    def fixed_share(self) -> float:
        return self.fixed / max(self.injected, 1)

    @property
    def false_share(self) -> float:
        return self.false / max(self.units - self.injected, 1)

    @property
    def clean_share(self) -> float:
        return self.clean_changed / max(self.units, 1)


def correct_paragraphs(text: str) -> tuple[str, float]:
    """Correct paragraph by paragraph, as the stage does; returns text and seconds taken."""
    t0 = time.perf_counter()
    out = [as_page(lambda t: correct_text(t)[0], p) for p in text.split("\n\n")]
    return "\n\n".join(out), time.perf_counter() - t0


def bench_file(path: Path, rate: float, seed: int) -> Result:
    lang = "zh" if path.name.startswith("zh") else "en"
    clean = path.read_text(encoding="utf-8")
    noisy = add_noise(clean, lang, rate, random.Random(f"{seed}:{path.name}"))
    fixed_text, seconds = correct_paragraphs(noisy)
    clean_fixed, _ = correct_paragraphs(clean)
    c, n, r = UNIT.findall(clean), UNIT.findall(noisy), UNIT.findall(fixed_text)
    if not len(c) == len(n) == len(r):
        raise RuntimeError(f"{path}: unit counts differ ({len(c)}, {len(n)}, {len(r)})")
    injected = sum(a != b for a, b in zip(c, n, strict=True))
    fixed = sum(a != b and a == x for a, b, x in zip(c, n, r, strict=True))
    false = sum(a == b and b != x for a, b, x in zip(c, n, r, strict=True))
    k = UNIT.findall(clean_fixed)
    changed = sum(a != b for a, b in zip(c, k, strict=True))
    words = len(n)
    return Result(
        path.name,
        len(c),
        injected,
        fixed,
        false,
        changed,
        Levenshtein.distance(clean, noisy) / len(clean),
        Levenshtein.distance(clean, fixed_text) / len(clean),
        words / seconds if seconds else 0.0,
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="benchmark dictionary correction")
    ap.add_argument("--rate", type=float, default=0.05, help="share of words/characters noised")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    ap.add_argument("--make-samples", action="store_true", help="re-cut fixtures/correct/*.txt")
    ap.add_argument("files", nargs="*", type=Path)
    args = ap.parse_args(argv)
    if args.make_samples:
        make_samples()
    files = args.files or sorted(SAMPLES.glob("*.txt"))
    for text in WARM_UP.values():
        correct_text(text)  # (start-up is not speed)
    freeze_long_lived()  # as a batch worker after its warm-up (correct-real's speed)
    print(
        f"{'file':<16}{'units':>7}{'noised':>7}{'fixed':>8}{'false':>8}"
        f"{'clean Δ':>9}{'CER before':>11}{'CER after':>10}{'units/s':>9}"
    )
    ok = True
    for path in files:
        r = bench_file(path, args.rate, args.seed)
        lang = "zh" if r.name.startswith("zh") else "en"
        print(
            f"{r.name:<16}{r.units:>7}{r.injected:>7}{r.fixed_share:>8.1%}{r.false_share:>8.2%}"
            f"{r.clean_share:>9.2%}{r.cer_before:>11.4f}{r.cer_after:>10.4f}{r.words_per_s:>9.0f}"
        )
        ok &= r.fixed_share >= TARGETS[lang] and r.false_share <= MAX_FALSE
        ok &= r.cer_after < r.cer_before and r.clean_share <= MAX_FALSE
        ok &= lang != "en" or r.words_per_s >= 20000
    print("targets met" if ok else "TARGETS MISSED", file=sys.stderr)
    return 0 if ok or not args.check else 1


if __name__ == "__main__":
    raise SystemExit(main())
