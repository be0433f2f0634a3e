"""Text pages near the 10 MB limit, and a diff of two such pages: seconds and peak memory.

Each case runs in a fresh process (``newsocr process PAGE -o OUT`` or ``newsocr diff``),
so its peak resident memory is its own. The shapes are the ones a hostile test found
quadratic (issue 12): millions of one-letter lines, a paragraph per word, pages of prose
made of a fixture page repeated, and two long texts to diff (English, and Chinese, whose
words are its characters). Figures only: nothing is
asserted (a test must not depend on the machine's speed). Sizes default to 1, 2, 5 and
10 MB, with a table of CPU seconds per MB by size: linear cost keeps it flat.

The prose pages repeat one page, so correction's memos (each distinct word form's
lexicon facts, the Chinese character model's gains by five-character window, the word
search's swaps by run: ``ocr/correct``) find almost everything remembered; real text
repeats less (a quarter of the windows of the FASPell sentences), and its speed is the
one ``python -m scripts.bench correct-real`` gives in words and characters per second.
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from scripts.common import ROOT

TEXT = ROOT / "fixtures" / "text"


def _repeat(path: Path, size: int) -> str:
    page = path.read_text(encoding="utf-8") + "\n\n"
    return page * max(1, size // len(page.encode("utf-8")))


def shapes(size: int) -> dict[str, str]:
    """Page text by case name, each about ``size`` bytes."""
    return {
        "lines of 'a'": "a\n" * (size // 2),
        "'word.' paragraphs": "word.\n\n" * (size // 7),
        "English prose": _repeat(TEXT / "en-herald.txt", size),
        "Chinese prose": _repeat(TEXT / "zh-taicang.txt", size),
    }


def _noisy(text: str, rate: float, seed: int) -> str:
    rng = random.Random(seed)
    chars = list(text)
    for _ in range(int(len(chars) * rate)):
        i = rng.randrange(len(chars))
        chars[i] = rng.choice("abcdefghij")
    return "".join(chars)


#: Runs the command in this child and prints its own peak resident memory (KB) last: the
#: high-water mark of its own memory (``VmHWM``), not ``ru_maxrss``, which Linux carries
#: over from the bench process the child was spawned from (its pages of text counted).
_CHILD = ("import sys\n"
          "from ocr.cli import main\n"
          "code = main(sys.argv[1:])\n"
          "hwm = [ln.split()[1] for ln in open('/proc/self/status') if ln.startswith('VmHWM')]\n"
          "print(hwm[0] if hwm else 0, file=sys.stderr)\n"
          "sys.exit(code)\n")


def _run(argv: list[str], cwd: Path) -> tuple[float, float, float, int]:
    """Wall seconds, CPU seconds (user + system), peak MB of the child, exit status.

    CPU time is what to compare on a shared machine: wall time grows with the load."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _CHILD, *argv], cwd=cwd, capture_output=True,
                          text=True)
    seconds = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    last = (done.stderr.strip().splitlines() or ["0"])[-1]
    return seconds, cpu, (int(last) if last.isdigit() else 0) / 1024, done.returncode


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="scripts.bench text-big", description=__doc__)
    ap.add_argument("--mb", type=float, nargs="+", default=[1, 2, 5, 10],
                    help="page sizes in MB (limit: 10 MiB); several show how time grows "
                         "(a table of CPU seconds per MB by size follows)")
    ap.add_argument("--only", default="", help="run the cases whose name holds this")
    ap.add_argument("--no-correct", action="store_true", help="pass --no-correct")
    ap.add_argument("--format", default="",
                    help="pass --format (e.g. json,txt,alto,page; default: newsocr's)")
    args = ap.parse_args(argv)
    print(f"{'case':<22}{'MB':>6}{'seconds':>10}{'cpu s':>8}{'cpu s/MB':>9}{'peak MB':>9}  exit")
    cpu_per_mb: dict[str, list[float]] = {}
    for mb in args.mb:
        for name, per_mb in _sizes(int(mb * 1_000_000), args):
            cpu_per_mb.setdefault(name, []).append(per_mb)
    if len(args.mb) > 1:
        print("\nCPU s per MB by page size (linear: the same at every size)")
        print(f"{'case':<22}" + "".join(f"{f'{mb:g} MB':>9}" for mb in args.mb) + "  last/first")
        for name, rates in cpu_per_mb.items():
            ratio = rates[-1] / rates[0] if rates[0] else float("nan")
            print(f"{name:<22}" + "".join(f"{r:>9.2f}" for r in rates) + f"  {ratio:>10.2f}")
    return 0


def _sizes(size: int, args: argparse.Namespace) -> list[tuple[str, float]]:
    """Runs every case at ``size`` bytes, prints a row each; their CPU seconds per MB."""
    out: list[tuple[str, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        cases = shapes(size)
        prose, zh = cases["English prose"], cases["Chinese prose"]
        (work / "expected.txt").write_text(prose, encoding="utf-8")
        (work / "actual.txt").write_text(_noisy(prose, 0.02, 1), encoding="utf-8")
        (work / "zh-expected.txt").write_text(zh, encoding="utf-8")
        (work / "zh-actual.txt").write_text(_noisy(zh, 0.02, 2), encoding="utf-8")
        # one paragraph: no blank line, so the pair is one segment (its matching must
        # not cost the product of the two lengths)
        flat = " ".join(prose.split())
        (work / "flat-expected.txt").write_text(flat, encoding="utf-8")
        (work / "flat-actual.txt").write_text(_noisy(flat, 0.02, 3), encoding="utf-8")
        runs: list[tuple[str, list[str], int]] = []
        for name, text in cases.items():
            page = work / f"{name.split()[0].strip(chr(39))}.txt"
            page.write_text(text, encoding="utf-8")
            cmd = ["process", str(page), "-o", str(work / "out"), "-q"]
            cmd += ["--no-correct"] if args.no_correct else []
            cmd += ["--format", args.format] if args.format else []
            runs.append((name, cmd, len(text.encode("utf-8"))))
        runs.append(("diff (2% noise)", ["diff", str(work / "expected.txt"),
                                         str(work / "actual.txt")], len(prose.encode())))
        runs.append(("diff Chinese (2%)", ["diff", str(work / "zh-expected.txt"),
                                           str(work / "zh-actual.txt")], len(zh.encode())))
        runs.append(("diff one paragraph", ["diff", str(work / "flat-expected.txt"),
                                            str(work / "flat-actual.txt")], len(flat.encode())))
        for name, cmd, nbytes in runs:
            if args.only and args.only not in name:
                continue
            seconds, cpu, peak, code = _run(cmd, ROOT)
            mb = nbytes / 1e6
            print(f"{name:<22}{mb:>6.1f}{seconds:>10.1f}{cpu:>8.1f}{cpu / mb:>9.2f}{peak:>9.0f}"
                  f"  {code}", flush=True)
            out.append((name, cpu / mb))
    return out
