"""What a hostile test of every command found (issue 12), beyond the one-row bad inputs of
test_bad_input.py: file modes, locks, a full disk, worker counts, links, traditional
Chinese, long diffs, streamed multi-page scans, Ctrl-C at start-up, a plain install."""

from __future__ import annotations

import fcntl
import os
import random
import re
import resource
import signal
import stat
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest
from conftest import FIXTURES, ROOT, interactive_signals
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw
from rapidfuzz.distance import Levenshtein

from ocr import qa
from ocr.batch import STATE_DIR, run_batch
from ocr.cli import main
from ocr.errors import InputError
from ocr.executors import LocalPool
from ocr.readers.image import iter_image
from ocr.readers.textdecode import decode

TEXT = FIXTURES / "text"
PAGE = (TEXT / "en-herald.txt").read_text(encoding="utf-8")

#: A traditional-Chinese news paragraph (written for this test), as Taiwanese and Hong
#: Kong papers print it.
TRADITIONAL = (
    "本報訊（記者陳怡君）行政院今天通過明年度中央政府總預算案，總額達二兆八千億元，"
    "較今年增加百分之三點五。主計總處表示，新增經費主要用於長期照顧、國防及交通建設，"
    "其中鐵路立體化與偏鄉道路改善計畫將獲得較多預算。行政院長在會中指出，"
    "面對國際經濟情勢變化，政府會持續推動產業轉型，並照顧中小企業與勞工的需要。"
    "立法院預計下個月開始審查，各黨團已表示將逐項檢視支出的必要性。\n\n"
    "另外，經濟部也發表報告說，今年出口表現優於預期，電子零組件與資通訊產品"
    "的訂單持續成長，對整體經濟成長有很大的幫助。\n"
)


def _umask(mask: int) -> int:
    old = os.umask(mask)
    return old


@pytest.mark.parametrize("mask", [0o022, 0o027])
def test_outputs_follow_the_umask(tmp_path: Path, mask: int) -> None:
    """Every writer (page outputs, batch outputs and records, the QA report) gives files
    0666 minus the umask, as any file the user writes; mkstemp's 0600 is gone."""
    want = 0o666 & ~mask
    old = _umask(mask)
    try:
        assert main(["process", str(TEXT / "en-herald.txt"), "-o", str(tmp_path / "p"),
                     "-q", "--no-correct"]) == 0
        src = tmp_path / "in"
        src.mkdir()
        (src / "a.txt").write_text(PAGE, encoding="utf-8")
        assert run_batch(src, tmp_path / "b", workers=1, correct=False).exit_code == 0
        assert main(["diff", str(TEXT / "en-herald.txt"), str(TEXT / "en-herald.txt"),
                     "--html", str(tmp_path / "r" / "report.html")]) == 0
        from ocr.writers.overlay import write_overlay

        page = __import__("ocr").process(PAGE, correct=False)
        write_overlay(page, Image.new("RGB", (40, 30), "white"), tmp_path / "o.png")
    finally:
        os.umask(old)
    files = [p for p in tmp_path.rglob("*") if p.is_file() and p.name != "lock"]
    assert len(files) >= 12
    for p in files:
        assert stat.S_IMODE(p.stat().st_mode) == want, (p, oct(p.stat().st_mode))


def test_a_second_batch_on_one_outdir_is_refused(tmp_path: Path, capsys) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "a.txt").write_text(PAGE, encoding="utf-8")
    (out / STATE_DIR).mkdir(parents=True)
    fd = os.open(out / STATE_DIR / "lock", os.O_RDWR | os.O_CREAT, 0o666)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # as a running batch holds it
        os.write(fd, b"4242")
        assert main(["batch", str(src), "-o", str(out), "-q"]) == 2
        err = capsys.readouterr().err
        assert "another newsocr batch (pid 4242) is writing here" in err
        assert not (out / "batch.jsonl").exists()
    finally:
        os.close(fd)
    # the lock goes with its holder: the next run works and writes a whole log
    assert main(["batch", str(src), "-o", str(out), "-q", "--no-correct", "-j", "1"]) == 0
    assert len((out / "batch.jsonl").read_text(encoding="utf-8").splitlines()) == 1


def _limit_file_size() -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past it fails with EFBIG
    resource.setrlimit(resource.RLIMIT_FSIZE, (1500, 1500))


@pytest.mark.integration
def test_a_full_disk_while_logging_leaves_no_partial_files(tmp_path: Path) -> None:
    """Failed pages fill the logs until a write fails (a file-size limit stands in for a
    full disk): one line naming the file, and no staging folder or .part file left."""
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    for n in range(12):
        (src / f"empty-{n:02d}.txt").write_bytes(b"")
    proc = subprocess.run(
        [sys.executable, "-m", "ocr.cli", "batch", str(src), "-o", str(out), "-q", "-j", "1",
         "--no-correct"],
        cwd=ROOT, capture_output=True, text=True, preexec_fn=_limit_file_size, timeout=300,
    )
    assert proc.returncode == 1, proc.stderr
    assert "cannot write" in proc.stderr and "Traceback" not in proc.stderr
    assert not (out / STATE_DIR / "tmp").exists()
    assert not (out / STATE_DIR / "failures.jsonl.part").exists()
    assert not list(out.rglob("*.part"))


def _echo(x: int) -> int:
    return x


def test_never_more_workers_than_pages(tmp_path: Path, capsys) -> None:
    pool = LocalPool(24, setup=None)
    try:
        assert sorted(r for _, r in pool.map(_echo, [1, 2])) == [1, 2]
        assert len(pool._workers) == 2
    finally:
        pool.close()
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(PAGE, encoding="utf-8")
    many = (os.cpu_count() or 1) + 1
    assert main(["batch", str(src), "-o", str(tmp_path / "o"), "-q", "-j", str(many),
                 "--no-correct"]) == 0
    assert f"-j {many} is more than this machine's" in capsys.readouterr().err


@pytest.mark.integration
def test_a_dask_local_cluster_has_no_more_workers_than_pages() -> None:
    from ocr.executors import DaskExecutor

    ex = DaskExecutor(None, 4, None)  # the cluster starts when the pages are known
    try:
        assert [r for _, r in ex.map(abs, [-7])] == [7]
        assert len(ex.client.scheduler_info()["workers"]) == 1
    finally:
        ex.close()


def test_links_leave_the_input_folder_only_when_asked(tmp_path: Path) -> None:
    src, outside = tmp_path / "in", tmp_path / "private"
    src.mkdir()
    outside.mkdir()
    (src / "a.txt").write_text(PAGE, encoding="utf-8")
    (outside / "secret.txt").write_text("SECRET MEMO\n\nDo not publish this.\n", encoding="utf-8")
    (src / "leak.txt").symlink_to(outside / "secret.txt")
    (src / "same.txt").symlink_to(src / "a.txt")  # a link inside the folder is read
    (outside / "memos").mkdir()
    (outside / "memos" / "m.txt").write_text("MEMO TWO\n\nNot this either.\n", encoding="utf-8")
    (outside / "memos" / "up").symlink_to(src)  # a loop back: walked once
    (src / "shared").symlink_to(outside / "memos")  # a folder link out of the folder
    (src / "sub").mkdir()
    (src / "sub" / "b.txt").write_text(PAGE, encoding="utf-8")
    (src / "again").symlink_to(src / "sub")  # a folder link inside: read where it is
    result = run_batch(src, tmp_path / "o", workers=1, correct=False)
    status = {o.rel: o.status for o in result.outcomes}
    assert status == {"a": "done", "leak": "skipped", "same": "done", "shared": "skipped",
                      "sub/b": "done"}
    assert not (tmp_path / "o" / "leak.txt").exists() and not list((tmp_path / "o").glob("leak*"))
    assert not (tmp_path / "o" / "shared").exists()
    from ocr.batch import Policy

    followed = run_batch(src, tmp_path / "f", workers=1, correct=False,
                         policy=Policy(follow_links=True))
    assert {o.rel for o in followed.outcomes} == {"a", "leak", "same", "shared/m", "sub/b"}
    assert followed.count("done") == 5
    assert "SECRET MEMO" in (tmp_path / "f" / "leak.txt").read_text(encoding="utf-8")
    assert "MEMO TWO" in (tmp_path / "f" / "shared" / "m.txt").read_text(encoding="utf-8")


def test_big5_is_told_from_gb18030(tmp_path: Path) -> None:
    assert decode(TRADITIONAL.encode("big5"), "t.txt") == TRADITIONAL
    assert decode(TRADITIONAL.encode("big5hkscs"), "t.txt") == TRADITIONAL
    hk = TRADITIONAL.replace("記者", "記者", 1) + "香港特區政府今日公布，啲市民嘅意見。\n"
    assert decode(hk.encode("big5hkscs"), "hk.txt") == hk  # 啲 嘅: HKSCS only
    simplified = (TEXT / "zh-taicang.txt").read_text(encoding="utf-8")
    assert decode(simplified.encode("gb18030"), "s.txt") == decode(
        simplified.encode("utf-8"), "s.txt")
    page = tmp_path / "t.txt"
    page.write_bytes(TRADITIONAL.encode("big5"))
    assert main(["process", str(page), "-o", str(tmp_path / "o"), "-q", "--format", "txt",
                 "--no-correct"]) == 0
    assert "行政院今天通過" in (tmp_path / "o" / "t.txt").read_text(encoding="utf-8")
    # forced: bytes that are valid GB18030 read as the codec the user names
    assert main(["process", str(page), "-o", str(tmp_path / "f"), "-q", "--format", "txt",
                 "--no-correct", "--encoding", "big5"]) == 0
    with pytest.raises(InputError, match="not valid utf-8"):
        decode(TRADITIONAL.encode("big5"), "t.txt", encoding="utf-8")


@pytest.mark.parametrize("line", ["你好，世界", "臺北市長", "記者會"])
def test_a_line_of_big5_too_short_for_frequent_characters_is_still_big5(line: str) -> None:
    """GB18030 reads Big5's frequent characters as its private-use rows: a few words of
    Big5 (which the frequent-character share cannot judge) are not decoded into them."""
    assert decode(line.encode("big5"), "t.txt") == line


@pytest.mark.parametrize("line", ["国务院\ue78d通知", "记者王\ue000报道"])
def test_gb18030_with_a_private_use_character_stays_gb18030(line: str) -> None:
    """Vertical punctuation and a rare name's character in a user-defined slot are
    private use in GB18030: a line with one is still GB18030, not Big5."""
    assert decode(line.encode("gb18030"), "g.txt") == line


def test_bytes_that_read_as_private_use_in_every_codec_are_refused() -> None:
    """Bytes only GB18030 reads, and as private-use characters: no codec reads them as
    text a page prints, so the user is asked to name one."""
    with pytest.raises(InputError, match=r"odd\.txt.*--encoding"):
        decode(bytes.fromhex("fabd") * 3 + b"\n", "odd.txt")
    symbols = bytes.fromhex("a141a142a143a144")  # Big5 punctuation, GB18030 private use
    assert decode(symbols, "p.txt") == symbols.decode("big5")
    assert not any(unicodedata.category(c) in ("Co", "Cn") for c in decode(symbols, "p.txt"))


def test_diff_html_into_a_missing_folder_creates_it(tmp_path: Path) -> None:
    report = tmp_path / "new" / "deeper" / "r.html"
    assert main(["diff", str(TEXT / "en-herald.txt"), str(TEXT / "en-herald.txt"),
                 "--html", str(report)]) == 0
    assert report.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


# --- long diffs -------------------------------------------------------------------


def _noisy(text: str, rate: float, seed: int) -> str:
    rng = random.Random(seed)
    out = []
    for ch in text:
        r = rng.random()
        if r < rate / 3:
            continue  # deleted
        if r < 2 * rate / 3:
            out.append(rng.choice("abcdefghij"))  # substituted
        else:
            out.append(ch)
        if rng.random() < rate / 3:
            out.append(rng.choice("xyz"))  # inserted
    return "".join(out)


def _prose(n_chars: int, seed: int) -> str:
    rng = random.Random(seed)
    vocab = PAGE.split()
    out, size = [], 0
    while size < n_chars:
        w = rng.choice(vocab)
        out.append(w)
        size += len(w) + 1
    return " ".join(out)


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10_000), st.sampled_from([0.0, 0.01, 0.05, 0.3]))
def test_anchored_distance_equals_the_full_alignment(seed: int, rate: float) -> None:
    """Cut into small pieces (as a 10 MB page is), the distance is the exact one for
    texts that mostly agree, and never below it."""
    ref = _prose(6000, seed)
    hyp = _noisy(ref, rate, seed)
    a, b = qa.encode(list(ref), list(hyp))
    exact = Levenshtein.distance(a, b)
    pieces = qa.pieces(a, b, qa.ANCHOR_CHARS, cells=200_000)
    assert pieces[0][0] == 0 and pieces[0][2] == 0
    assert all(p[1] == q[0] and p[3] == q[2] for p, q in zip(pieces, pieces[1:], strict=False))
    assert pieces[-1][1] == len(a) and pieces[-1][3] == len(b)
    banded = sum(Levenshtein.distance(a[a0:a1], b[b0:b1])
                 for a0, a1, b0, b1, equal in pieces if not equal)
    assert banded >= exact
    if rate <= 0.05:
        assert banded == exact


def test_a_long_pair_is_diffed_piecewise_and_exactly(tmp_path: Path) -> None:
    """Two 2 MB texts (whole-page alignment of these took minutes and gigabytes): every
    tenth line has one character changed, so the distance is known exactly."""
    lines = [_prose(60, n) for n in range(30_000)]
    changed = list(lines)
    for n in range(0, len(lines), 10):
        changed[n] = "#" + lines[n][1:]
    (tmp_path / "e.txt").write_text("\n".join(lines), encoding="utf-8")
    (tmp_path / "a.txt").write_text("\n".join(changed), encoding="utf-8")
    from ocr.qa_load import diff_paths

    report = diff_paths(tmp_path / "e.txt", tmp_path / "a.txt")
    assert report.total.char_edits == 3000
    assert report.total.word_edits == 3000


# --- multi-page scans come out page by page ------------------------------------------


@pytest.mark.integration
def test_a_multi_page_tiff_is_written_page_by_page(tmp_path: Path) -> None:
    """The first page's files are there, whole, while later pages are still being read;
    a kill keeps them."""
    frames = [Image.open(FIXTURES / "images" / n).convert("L")
              for n in ("en-3col-colour.png", "en-4col-grey16.png", "zh-4col-clean.png")]
    tif = tmp_path / "issue.tif"
    frames[0].save(tif, save_all=True, append_images=frames[1:] * 2, compression="tiff_lzw")
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "ocr.cli", "process", str(tif), "-o",
                             str(out), "-q", "--no-correct"], cwd=ROOT,
                            stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 600
        # Page 1 is held until page 2 shows the file has several, then both are written
        # (ALTO last): once page 2's ALTO is there, page 3 is being recognised, not written.
        while not (out / "issue-p2.alto.xml").exists() and proc.poll() is None:
            assert time.monotonic() < deadline
            time.sleep(0.05)
        assert proc.poll() is None, "the run ended before writing its first page"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(30)
    finally:
        if proc.poll() is None:
            proc.kill()
    names = sorted(p.name for p in out.iterdir())
    assert {f"issue-p{n}.{s}" for n in (1, 2) for s in ("json", "txt", "alto.xml")} <= set(names)
    assert not any(n.startswith(".") or n.endswith(".part") for n in names)
    assert "issue-p6.json" not in names


def _tiff_with_a_corrupt_last_frame(path: Path, count: int) -> None:
    """A deflate TIFF of ``count`` small pages whose last page's pixel data is garbage:
    its page directory is sound, so only decoding that page finds the damage."""
    frames = []
    for n in range(count):
        im = Image.new("L", (400, 300), 255)
        ImageDraw.Draw(im).text((20, 20 + 10 * n), f"page {n + 1}", fill=0)
        frames.append(im)
    frames[0].save(path, save_all=True, append_images=frames[1:], compression="tiff_deflate")
    data = bytearray(path.read_bytes())
    with Image.open(path) as im:
        im.seek(count - 1)
        strips = list(zip(im.tag_v2[273], im.tag_v2[279], strict=True))  # offsets, sizes
    for start, size in strips:
        data[start : start + size] = b"\xff" * size
    path.write_bytes(bytes(data))


def test_a_multi_page_tiff_is_decoded_one_frame_at_a_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A frame is decoded when its page is asked for, not all up front (200 frames of a
    broadsheet are gigabytes): so a page corrupt late in the file fails after the pages
    before it are written, with the one-line error naming the page."""
    tif = tmp_path / "issue.tif"
    _tiff_with_a_corrupt_last_frame(tif, 3)
    frames = iter_image(tif)
    assert [next(frames).frame, next(frames).frame] == [0, 1]  # page 3 not decoded yet
    with pytest.raises(InputError, match="page 3 is truncated or corrupt"):
        next(frames)
    out = tmp_path / "out"
    assert main(["process", str(tif), "-o", str(out), "-q", "--no-correct"]) == 1
    assert "issue.tif: page 3 is truncated or corrupt" in capsys.readouterr().err
    names = {p.name for p in out.iterdir()}
    assert {f"issue-p{n}.{s}" for n in (1, 2) for s in ("json", "txt", "alto.xml")} == names


@pytest.mark.integration
def test_a_batch_writes_each_page_of_a_tiff_and_records_them_all(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    frames = [Image.open(FIXTURES / "images" / n).convert("L")
              for n in ("en-3col-colour.png", "zh-4col-clean.png")]
    frames[0].save(src / "issue.tif", save_all=True, append_images=frames[1:])
    Image.open(FIXTURES / "images" / "en-4col-grey16.png").convert("L").save(src / "one.tif")
    result = run_batch(src, tmp_path / "o", workers=1, correct=False)
    assert result.count("done") == 2, [o.error for o in result.outcomes]
    by_rel = {o.rel: set(o.outputs) for o in result.outcomes}
    assert by_rel["issue"] == {f"issue-p{n}.{f}" for n in (1, 2) for f in ("json", "txt",
                                                                           "alto.xml")}
    assert by_rel["one"] == {"one.json", "one.txt", "one.alto.xml"}  # one page: no -p1
    again = run_batch(src, tmp_path / "o", workers=1, correct=False)
    assert again.count("skipped") == 2  # the done record names every page's outputs


# --- start-up and a plain install ------------------------------------------------------


@pytest.mark.integration
def test_sigterm_while_writing_leaves_no_part_file(tmp_path: Path) -> None:
    """SIGTERM (a scheduler's stop) that lands while ``newsocr process`` writes a big
    page unwinds as Ctrl-C does: exit 143, one line, and no hidden ``.part`` file left
    in the output folder (the default action ended the process mid-file)."""
    page = tmp_path / "big.txt"
    prose = (FIXTURES / "text" / "en-herald.txt").read_text(encoding="utf-8") + "\n\n"
    page.write_text(prose * (3_000_000 // len(prose)), encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    exe = Path(sys.executable).parent / "newsocr"
    proc = subprocess.Popen([str(exe), "process", str(page), "-o", str(out), "--no-correct",
                             "--format", "json,txt,alto,page"], stderr=subprocess.PIPE)
    give_up = time.monotonic() + 300
    while proc.poll() is None and not any(out.iterdir()) and time.monotonic() < give_up:
        time.sleep(0.002)
    assert proc.poll() is None, "the page was written before the signal could land"
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=120)
    assert (proc.returncode, err.decode()) == (143, "newsocr: terminated\n")
    assert list(out.iterdir()) == []


@pytest.mark.integration
def test_ctrl_c_during_start_up_is_one_line() -> None:
    """Interrupted while its modules load, ``newsocr`` says so in one line (exit 130).
    A signal that lands while the interpreter itself starts (before any of our code)
    is Python's own fatal error, not ours, and is not counted."""
    exe = Path(sys.executable).parent / "newsocr"
    # the delays are fractions of a whole uninterrupted run, so that some land while
    # our modules load however busy the machine is
    # (the quickest of three runs: on a busy machine one run can take twice another)
    runs = []
    for _ in range(3):
        start = time.monotonic()
        subprocess.run([str(exe), "profiles"], capture_output=True, check=True, timeout=120)
        runs.append(time.monotonic() - start)
    whole = min(runs)
    caught = 0
    for delay in (whole * f for f in (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)):
        proc = subprocess.Popen([str(exe), "profiles"], stderr=subprocess.PIPE,
                                stdout=subprocess.DEVNULL, preexec_fn=interactive_signals)
        time.sleep(delay)
        proc.send_signal(signal.SIGINT)
        _, raw = proc.communicate(timeout=60)
        err = raw.decode()
        if "init_import_site" in err or (proc.returncode == -signal.SIGINT and not err):
            continue  # the interpreter was still starting: its default handler ended it
        if "Traceback" in err and not re.search(r'File "[^"]*(?:_newsocr_launch\.py|/ocr/)', err):
            continue  # in the console script pip wrote, before it called our launcher
        assert "Traceback" not in err, (delay, err)
        assert proc.returncode in (0, 130), (delay, proc.returncode, err)
        caught += err.strip() == "newsocr: interrupted"
    assert caught, "no interrupt landed while newsocr was loading"


def test_ctrl_c_in_a_callback_of_the_interpreter_is_one_line_too() -> None:
    """Ctrl-C that lands in a callback Python runs for itself (a weakref's, as importlib's
    module locks use) is not raised to ``main``; it still ends ``newsocr`` in one line."""
    code = ("import sys, weakref, _newsocr_launch\n"
            "sys.unraisablehook = _newsocr_launch._interrupted\n"
            "class Lock: pass\n"
            "def cb(ref): raise KeyboardInterrupt\n"
            "lock = Lock(); ref = weakref.ref(lock, cb); del lock\n"
            "print('carried on', file=sys.stderr)\n")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, timeout=60)
    assert (run.returncode, run.stderr) == (130, "newsocr: interrupted\n")


@pytest.mark.integration
def test_a_built_wheel_installs_and_runs_outside_the_source_tree(tmp_path: Path) -> None:
    """``pip install .`` (not editable): the layout profiles ship inside the package."""
    # PYTHONPATH naming the source tree would show pip the checkout's metadata as
    # newsocr already installed (no script written): every step runs without it
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps",
                    "-q", str(ROOT), "-w", str(wheels)], check=True, capture_output=True,
                   cwd=tmp_path, timeout=600, env=env)
    (wheel,) = wheels.glob("newsocr-*.whl")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)],
                   check=True, timeout=300, env=env)
    py = venv / "bin" / "python"
    subprocess.run([str(py), "-m", "pip", "install", "-q", "--no-deps", "--no-index",
                    str(wheel)], check=True, capture_output=True, timeout=300, env=env)
    # then the dependencies, from the test's own environment rather than the network
    # (a path in a .pth file: the editable newsocr there is not activated)
    site = subprocess.run([sys.executable, "-c", "import site; print(site.getsitepackages()[0])"],
                          capture_output=True, text=True, check=True, env=env).stdout.strip()
    (next((venv / "lib").glob("python3*")) / "site-packages" / "zz-deps.pth").write_text(
        site + "\n", encoding="utf-8")
    work = tmp_path / "elsewhere"
    work.mkdir()
    (work / "page.txt").write_text(PAGE, encoding="utf-8")
    done = subprocess.run([str(venv / "bin" / "newsocr"), "process", "page.txt", "-o", "out"],
                          cwd=work, capture_output=True, text=True, timeout=300, env=env)
    assert done.returncode == 0, done.stderr
    assert (work / "out" / "page.alto.xml").is_file()
    where = subprocess.run([str(py), "-c", "import ocr; print(ocr.__file__)"], cwd=work,
                           capture_output=True, text=True, check=True, env=env).stdout
    assert str(venv) in where, where  # the installed copy ran, not the source tree
    profiles = subprocess.run([str(venv / "bin" / "newsocr"), "profiles"], cwd=work,
                              capture_output=True, text=True, env=env)
    assert profiles.stdout.startswith("generic\t"), profiles.stderr
