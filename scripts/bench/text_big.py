"""Text pages near the 10 MB limit, and a diff of two such pages: seconds and peak memory.

Each case runs in a fresh process (``newsocr process PAGE -o OUT`` or ``newsocr diff``),
so its peak resident memory is its own. The shapes are the ones a hostile test found
quadratic (issue 12): millions of one-letter lines, a paragraph per word, pages of prose
made of a fixture page repeated, and two long texts to diff. Figures only: nothing is
asserted (a test must not depend on the machine's speed).
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


#: Runs the command in this child and prints its own peak resident memory (KB) last.
_CHILD = ("import resource, sys\n"
          "from ocr.cli import main\n"
          "code = main(sys.argv[1:])\n"
          "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
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
    ap.add_argument("--mb", type=float, nargs="+", default=[9.5],
                    help="page sizes in MB (limit: 10 MiB); several show how time grows, "
                         "e.g. --mb 2.5 5 10")
    ap.add_argument("--only", default="", help="run the cases whose name holds this")
    ap.add_argument("--no-correct", action="store_true", help="pass --no-correct")
    args = ap.parse_args(argv)
    print(f"{'case':<22}{'MB':>6}{'seconds':>10}{'cpu s':>8}{'cpu s/MB':>9}{'peak MB':>9}  exit")
    for mb in args.mb:
        _sizes(int(mb * 1_000_000), args)
    return 0


def _sizes(size: int, args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        cases = shapes(size)
        prose = cases["English prose"]
        (work / "expected.txt").write_text(prose, encoding="utf-8")
        (work / "actual.txt").write_text(_noisy(prose, 0.02, 1), encoding="utf-8")
        runs: list[tuple[str, list[str], int]] = []
        for name, text in cases.items():
            page = work / f"{name.split()[0].strip(chr(39))}.txt"
            page.write_text(text, encoding="utf-8")
            cmd = ["process", str(page), "-o", str(work / "out"), "-q"]
            runs.append((name, cmd + (["--no-correct"] if args.no_correct else []),
                         len(text.encode("utf-8"))))
        runs.append(("diff (2% noise)", ["diff", str(work / "expected.txt"),
                                         str(work / "actual.txt")], len(prose.encode())))
        for name, cmd, nbytes in runs:
            if args.only and args.only not in name:
                continue
            seconds, cpu, peak, code = _run(cmd, ROOT)
            mb = nbytes / 1e6
            print(f"{name:<22}{mb:>6.1f}{seconds:>10.1f}{cpu:>8.1f}{cpu / mb:>9.2f}{peak:>9.0f}"
                  f"  {code}", flush=True)
