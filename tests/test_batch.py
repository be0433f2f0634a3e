"""Batch runs: real worker processes, real pages, real kills."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import FIXTURES, ROOT, interactive_signals

from ocr.batch import STATE_DIR, Policy, iter_outputs, run_batch
from ocr.cli import main
from ocr.executors import Failure, LocalPool

TEXT = FIXTURES / "text"


def make_pages(root: Path, copies: int = 1) -> list[Path]:
    """The text fixtures, ``copies`` times, in a small tree (en/, zh/, zh/late/)."""
    made = []
    for n in range(copies):
        for src in sorted(TEXT.glob("*.txt")):
            sub = root / src.name[:2] / ("late" if n % 2 else "")
            sub.mkdir(parents=True, exist_ok=True)
            dst = sub / f"{src.stem}-{n}.txt"
            shutil.copyfile(src, dst)
            made.append(dst)
    return made


def add_corrupt_pages(root: Path) -> set[str]:
    """Bad pages: a truncated PNG, an empty and a binary text file, broken XML."""
    (root / "bad").mkdir(exist_ok=True)
    (root / "bad" / "truncated.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00")
    (root / "bad" / "empty.txt").write_bytes(b"")
    (root / "bad" / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (root / "bad" / "broken.xml").write_text("<alto><Layout><Page>", encoding="utf-8")
    return {"bad/truncated", "bad/empty", "bad/binary", "bad/broken"}


def lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def snapshot(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in iter_outputs(out)}


def stray_temp_files(out: Path) -> list[Path]:
    return [p for p in out.rglob("*") if p.name.endswith((".part", ".tmp"))
            or (p.is_dir() and p.name == "tmp")]


def test_corrupt_pages_fail_alone_and_are_logged(tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    good = make_pages(src)
    bad = add_corrupt_pages(src)
    result = run_batch(src, out, workers=2)
    assert result.exit_code == 1
    assert result.count("done") == len(good) and result.count("failed") == len(bad)
    failures = {f["rel"]: f for f in lines(out / "failures.jsonl")}
    assert set(failures) == set(bad)
    for rel, f in failures.items():
        assert f["status"] == "failed" and f["error"]
        assert rel.split("/")[-1] in str(f["error"]), f  # the reason names the file...
        assert "internal error" not in str(f["error"]), f  # ...and is a diagnosis, not a crash
    for rel in bad:  # no output, not even a partial one, for a failed page
        assert not list(out.glob(f"{rel}.*"))
    for g in good:
        base = out / g.relative_to(src).with_suffix("")
        for suffix in (".json", ".txt", ".alto.xml"):
            assert Path(f"{base}{suffix}").stat().st_size > 0
    log = lines(out / "batch.jsonl")
    assert len(log) == len(good) + len(bad)
    done = [x for x in log if x["status"] == "done"]
    assert all(len(str(x["input_sha256"])) == 64 and x["outputs"] for x in done)
    assert not stray_temp_files(out)


def test_resume_skips_current_pages_and_redoes_what_changed(tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    pages = make_pages(src)
    assert run_batch(src, out, workers=1, correct=False).count("done") == len(pages)
    before = snapshot(out)
    again = run_batch(src, out, workers=1, correct=False)
    assert again.count("skipped") == len(pages) and again.exit_code == 0
    assert snapshot(out) == before

    changed = pages[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nOne more line.\n",
                       encoding="utf-8")
    third = run_batch(src, out, workers=1, correct=False)
    assert [o.path for o in third.outcomes if o.status == "done"] == [str(changed.resolve())]

    # an output someone damaged is redone too
    damaged = out / pages[1].relative_to(src).with_suffix(".json")
    damaged.write_text("{}", encoding="utf-8")
    fourth = run_batch(src, out, workers=1, correct=False)
    assert [o.path for o in fourth.outcomes if o.status == "done"] == [str(pages[1].resolve())]

    # other settings (here: correction on): every page again; --overwrite: every page again
    assert run_batch(src, out, workers=1).count("done") == len(pages)
    assert run_batch(src, out, workers=1, policy=Policy(overwrite=True)).count("done") == len(
        pages)


def test_an_edited_confusion_table_or_lexicon_redoes_the_pages(tmp_path: Path) -> None:
    """The profile's text is the same, but what correction reads through it is not."""
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    shutil.copyfile(TEXT / "en-herald.txt", src / "en-herald.txt")
    table, words = tmp_path / "engine.tsv", tmp_path / "words.txt"
    table.write_text("赴\t越:3\n", encoding="utf-8")
    words.write_text("Ashgrove\n", encoding="utf-8")
    prof = tmp_path / "title.toml"
    prof.write_text('extends = "generic"\n[correction]\nconfusions = ["engine.tsv"]\n'
                    'lexicons = ["words.txt"]\n', encoding="utf-8")
    assert run_batch(src, out, profile=str(prof), workers=1).count("done") == 1
    assert run_batch(src, out, profile=str(prof), workers=1).count("skipped") == 1
    for path, more in ((table, "伺\t询:2\n"), (words, "Bellbird\n")):
        path.write_text(path.read_text(encoding="utf-8") + more, encoding="utf-8")
        assert run_batch(src, out, profile=str(prof), workers=1).count("done") == 1


def test_retry_failed_runs_only_the_failed_pages(tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    make_pages(src)
    bad = add_corrupt_pages(src)
    run_batch(src, out, workers=2, correct=False)
    shutil.copyfile(next(TEXT.glob("en-*.txt")), src / "bad" / "empty.txt")  # fixed
    new = src / "en" / "new-page.txt"  # new since the last run: not a failure, not tried
    shutil.copyfile(next(TEXT.glob("en-*.txt")), new)
    result = run_batch(src, out, workers=2, policy=Policy(retry_failed=True),
                       correct=False)
    tried = {o.rel: o.status for o in result.outcomes if o.status != "skipped"}
    assert tried == {rel: ("done" if rel == "bad/empty" else "failed") for rel in bad}
    assert {f["rel"] for f in lines(out / "failures.jsonl")} == set(bad) - {"bad/empty"}
    assert not (out / "en" / "new-page.json").exists()


def test_manifest_names_pages_and_sets_language(tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    pages = make_pages(src)
    zh = next(p for p in pages if p.name.startswith("zh"))
    en = next(TEXT.glob("en-*.txt")).resolve()  # outside the manifest's folder
    manifest = src / "pages.csv"
    manifest.write_text(
        "path,page_id,lang\n"
        f"{zh.relative_to(src)},zh-front,zh\n{en},en-front,\n", encoding="utf-8")
    result = run_batch(manifest, out, workers=1, correct=False)
    assert result.exit_code == 0 and result.count("done") == 2
    page = json.loads((out / zh.relative_to(src).parent / "zh-front.json").read_text("utf-8"))
    assert page["page"]["lang"] == "zh"
    assert (out / "en-front.json").exists()  # outside the manifest's tree: by page id alone

    jsonl = src / "pages.jsonl"
    jsonl.write_text(json.dumps({"path": str(zh.relative_to(src)), "page_id": "z1"}) + "\n",
                     encoding="utf-8")
    assert run_batch(jsonl, tmp_path / "out2", workers=1, correct=False).count("done") == 1


def test_too_many_failures_abort_the_batch(tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    for n in range(8):
        (src / f"junk{n}.txt").write_bytes(bytes(range(256)) * 4)
    result = run_batch(src, out, workers=1, policy=Policy(max_failure_ratio=0.5, min_pages=3))
    assert result.aborted and result.exit_code == 1
    assert result.count("failed") < 8


# --- the worker pool: real crashes and hangs ------------------------------------------


def sleepy(seconds: float) -> float:
    time.sleep(seconds)
    return seconds


def crashing(code: int) -> int:
    if code:
        os.kill(os.getpid(), signal.SIGSEGV)
    return code


def test_pool_kills_a_hung_page_and_survives_a_segfault() -> None:
    # 10 s, not less: a fresh worker's first task imports this test module to unpickle
    # ``sleepy`` inside the timed span; at load 18 that took 3.5 s and a task of a tenth of
    # a second was reported hung
    pool = LocalPool(workers=2, timeout=10.0, setup=None)
    try:
        got = dict(pool.map(sleepy, [0.1, 60.0, 0.2, 0.3]))
        assert got[0.1] == 0.1 and got[0.2] == 0.2 and got[0.3] == 0.3
        assert isinstance(got[60.0], Failure) and "timeout after 10 s" in got[60.0].reason
        got = dict(pool.map(crashing, [0, 1, 0]))
        assert got[0] == 0
        assert isinstance(got[1], Failure) and "SIGSEGV" in got[1].reason
    finally:
        pool.close()


# --- the command, killed ----------------------------------------------------------------


def _done_records(out: Path) -> int:
    return len(list((out / STATE_DIR / "done").rglob("*.json")))


def cli_batch(src: Path, out: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "ocr.cli", "batch", str(src), "-o", str(out), "-j", "2", "-q",
         "--no-correct"],  # correction's word lists take seconds to load: kept out for speed
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        preexec_fn=interactive_signals,
    )


@pytest.mark.integration
def test_sigkill_at_random_points_then_resume_gives_identical_outputs(tmp_path: Path) -> None:
    src, ref, out = tmp_path / "in", tmp_path / "ref", tmp_path / "out"
    pages = make_pages(src, copies=6)
    assert run_batch(src, ref, workers=2, correct=False).count("done") == len(pages)
    expected = snapshot(ref)

    rng = random.Random(20261127)
    kills: list[int] = []
    for _ in range(8):
        if sum(k > 0 for k in kills) >= 4:
            break
        # kill once a random number of further pages is done, at a random moment after that
        before = _done_records(out)
        target = before + rng.randint(1, 2)
        proc = cli_batch(src, out)
        while proc.poll() is None and _done_records(out) < target:
            time.sleep(0.005)
        time.sleep(rng.uniform(0.0, 0.02))
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            kills.append(len(pages) - _done_records(out))  # pages still to do
        proc.wait(30)
        # whatever is there is whole: every output present is byte-identical to the reference
        for rel, data in snapshot(out).items():
            assert expected.get(rel) == data, rel
    assert sum(k > 0 for k in kills) >= 3, kills  # the kills landed mid-run

    proc = cli_batch(src, out)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err.decode()
    assert snapshot(out) == expected
    assert not stray_temp_files(out)
    log = lines(out / "batch.jsonl")
    assert sorted(str(x["rel"]) for x in log) == sorted(
        p.relative_to(src).with_suffix("").as_posix() for p in pages)  # each page once
    assert {x["status"] for x in log} <= {"done", "skipped"}
    records = list((out / STATE_DIR / "done").rglob("*.json"))
    assert len(records) == len(pages)
    assert lines(out / "failures.jsonl") == []


@pytest.mark.integration
@pytest.mark.parametrize(("sig", "status"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)],
                         ids=["ctrl-c", "sigterm"])
def test_ctrl_c_stops_cleanly_and_the_rerun_completes(
    tmp_path: Path, sig: signal.Signals, status: int
) -> None:
    """Ctrl-C, or SIGTERM (a scheduler's stop), ends a batch with only finished pages
    logged and no temporary file left; the rerun completes."""
    src, out = tmp_path / "in", tmp_path / "out"
    pages = make_pages(src, copies=4)
    # One page is a named pipe nobody writes to yet: its worker waits on it, so the batch
    # cannot finish before Ctrl-C lands, however fast the machine (no race on done < all).
    held = src / "held.txt"
    os.mkfifo(held)
    pages.insert(len(pages) // 2, held)
    manifest = tmp_path / "pages.csv"
    manifest.write_text("path\n" + "".join(f"{p}\n" for p in pages), encoding="utf-8")
    proc = cli_batch(manifest, out)
    give_up = time.monotonic() + 120  # a batch that finishes no page must not hang the test
    while proc.poll() is None and _done_records(out) < 2 and time.monotonic() < give_up:
        time.sleep(0.005)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == status, err.decode()
    assert not stray_temp_files(out)
    done = _done_records(out)
    assert 0 < done < len(pages)
    for x in lines(out / "batch.jsonl"):  # the log names only pages that were finished
        assert x["status"] == "done"
        assert (out / STATE_DIR / "done" / f"{x['rel']}.json").is_file()
    held.unlink()  # the held page becomes a real one: the rerun can finish
    shutil.copyfile(pages[0], held)
    proc = cli_batch(manifest, out)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err.decode()
    log = lines(out / "batch.jsonl")
    assert sum(x["status"] == "skipped" for x in log) >= done
    assert _done_records(out) == len(pages)


@pytest.mark.integration
def test_cli_batch_reports_failures_with_exit_1(tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    make_pages(src)
    add_corrupt_pages(src)
    proc = subprocess.run(
        [sys.executable, "-m", "ocr.cli", "batch", str(src), "-o", str(out), "-j", "2"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 1
    assert "4 failed" in proc.stderr and "truncated.png" in proc.stderr
    assert "page/s" in proc.stderr or "s/page" in proc.stderr  # the progress bar


def test_profiles_lists_the_shipped_profiles(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["profiles"]) == 0
    names = [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()]
    assert "generic" in names
    # a broken profile beside a good one: the good one is listed, the bad one named, exit 2
    import ocr.profiles

    shutil.copyfile(ocr.profiles.LAYOUTS_DIR / "generic.toml", tmp_path / "generic.toml")
    (tmp_path / "qa-broken-title.toml").write_text(
        'extends = "generic"\n[scan]\ncolumns = "four"\n', encoding="utf-8")
    monkeypatch.setattr(ocr.profiles, "LAYOUTS_DIR", tmp_path)
    assert main(["profiles"]) == 2
    out, err = capsys.readouterr()
    assert out.startswith("generic\t") and "qa-broken-title" not in out
    assert "qa-broken-title.toml" in err and "columns" in err
    assert main(["batch", str(TEXT), "-o", "/nonexistent/x", "--layout", "no-such-title"]) == 2


def test_a_failed_page_is_named_once(tmp_path: Path) -> None:
    """The one-line error names the file once, however the reader worded its error."""
    import subprocess
    import sys

    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "noise.txt").write_bytes(bytes(range(256)) * 20)
    (src / "ok.txt").write_text("Town hall votes\n\nThe council met on Monday.\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "ocr.cli", "batch", str(src), "-o", str(out)],
                          capture_output=True, text=True)
    assert proc.returncode == 1
    errors = [ln for ln in proc.stderr.splitlines() if ln.startswith("newsocr: error:")]
    assert len(errors) == 1 and errors[0].count("noise.txt") == 1, errors
