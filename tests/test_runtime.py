"""NEWSOCR_PAGE_THREADS is declared once (ocr.runtime) and read from there by the scan
path's thread count and by the batch workers' environment."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FIXTURES

from ocr.batch import run_batch
from ocr.cli import main
from ocr.errors import UsageError
from ocr.executors import worker_env
from ocr.recognize import page_threads
from ocr.runtime import PAGE_THREADS, YOUNG_FLOOR, RunSettings, run_settings


def test_unset_is_one_thread_per_core(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PAGE_THREADS, raising=False)
    assert run_settings() == RunSettings(page_threads=0)
    assert page_threads() == (os.cpu_count() or 1)
    assert worker_env()[PAGE_THREADS] == "1"  # a batch worker reads its page on one thread


def test_a_set_value_is_used_and_kept_for_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PAGE_THREADS, " 3 ")
    assert run_settings().page_threads == 3
    assert page_threads() == 3
    env = worker_env()
    assert env[PAGE_THREADS] == env["OPENCV_FOR_THREADS_NUM"] == "3"
    assert run_settings({PAGE_THREADS: "0"}).page_threads == 0


@pytest.mark.parametrize("bad", ["two", "-1", "1.5", "٣"])
def test_a_bad_value_is_one_line_naming_the_variable(
    monkeypatch: pytest.MonkeyPatch, bad: str
) -> None:
    monkeypatch.setenv(PAGE_THREADS, bad)
    for read in (run_settings, page_threads, worker_env):
        with pytest.raises(UsageError) as err:
            read()
        message = str(err.value)
        assert "\n" not in message and PAGE_THREADS in message and repr(bad) in message
        assert err.value.exit_code == 2


@pytest.mark.parametrize("command", ["process", "batch"])
def test_a_bad_value_is_refused_before_anything_is_written(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    command: str,
) -> None:
    """The value is checked when the command starts, not when the first scanned page
    (or the batch's workers) reads it: no OUTDIR, no batch.jsonl, exit 2."""
    monkeypatch.setenv(PAGE_THREADS, "x")
    out = tmp_path / "out"
    code = main([command, str(FIXTURES / "text"), "-o", str(out)])
    assert code == 2 and not out.exists()
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and PAGE_THREADS in err
    with pytest.raises(UsageError):
        run_batch(FIXTURES / "text", out)
    assert not out.exists()


def test_what_a_pause_made_is_old_after_it_and_its_cycles_are_still_collected() -> None:
    """After ``paused_gc`` the objects made during it are in the oldest generation (the
    next young collection does not pass over a page's millions of objects again); a
    cycle made during the pause is still garbage a full collection frees; objects a
    caller froze stay frozen. (In a fresh interpreter: nothing frozen before.)"""
    script = """
import gc, weakref
from ocr.runtime import paused_gc

class Node:
    pass

assert gc.isenabled() and not gc.get_freeze_count()
with paused_gc():
    assert not gc.isenabled()
    kept = [[n] for n in range(10_000)]
    cycle = Node()
    cycle.self = cycle
    gone = weakref.ref(cycle)
    del cycle
assert gc.isenabled() and gc.get_count()[0] < 100 and not gc.get_freeze_count()
assert any(x is kept for x in gc.get_objects(generation=2))
assert gone() is not None
gc.collect()
assert gone() is None
gc.freeze()
count = gc.get_freeze_count()
with paused_gc():
    more = [[n] for n in range(1000)]
assert gc.get_freeze_count() == count and gc.isenabled() and more
print("ok")
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=Path(__file__).parent.parent)
    assert done.stdout.strip() == "ok", done.stderr


def test_what_a_warm_worker_froze_stays_frozen_and_a_pause_leaves_the_young_young() -> None:
    """After ``freeze_long_lived`` (as ``pipeline.warm_up`` calls it) a pause neither
    unfreezes the frozen objects nor moves the young ones: the same as for a caller's own
    ``gc.freeze()``, known without counting the frozen ones. In a fresh interpreter."""
    script = """
import gc
from ocr.runtime import freeze_long_lived, paused_gc

kept = [[n] for n in range(1000)]
freeze_long_lived()
count = gc.get_freeze_count()
assert count > 1000
with paused_gc():
    assert not gc.isenabled()
    young = [[n] for n in range(1000)]
assert gc.isenabled() and gc.get_freeze_count() == count
assert not any(x is young for x in gc.get_objects(generation=2))
print("ok")
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=Path(__file__).parent.parent)
    assert done.stdout.strip() == "ok", done.stderr


def test_a_callers_loop_over_pages_leaves_no_garbage_behind() -> None:
    """A library caller processing page after page, making garbage cycles of its own
    between them (as any program does): neither its cycles nor the pauses' are left in
    the oldest generation for good (objects a pause moves there are not counted by the
    collector toward a full collection). In a fresh interpreter."""
    script = """
import gc
import ocr
text = open("fixtures/text/en-herald.txt", encoding="utf-8").read()

class Node:
    def __init__(self):
        self.me = self

ocr.process(text)
gc.collect()
counts = []
for i in range(60):
    for _ in range(2000):
        Node()  # the caller's own garbage cycles
    page = ocr.process(text)
    del page
    if i in (9, 59):
        counts.append(len(gc.get_objects()))
print(counts[0], counts[1], gc.collect())
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=Path(__file__).parent.parent, timeout=600)
    after_ten, after_sixty, freed = map(int, done.stdout.split())
    # 100,000 cycles were made after the tenth page: none of them is left
    assert after_sixty < after_ten + 5_000 and freed < 5_000, (after_ten, after_sixty, freed)


def test_two_threads_processing_pages_leave_no_garbage_behind() -> None:
    """Two threads of a library caller process pages at once, without ``warm_up``: their
    pauses overlap, so the collector is seldom back on between them; the young objects
    left (each thread's own cycles among them) are collected once they outweigh the live
    heap. In a fresh interpreter."""
    script = """
import gc, threading
import ocr
text = open("fixtures/text/en-herald.txt", encoding="utf-8").read()

class Node:
    def __init__(self):
        self.me = self

def work(n):
    for _ in range(n):
        for _ in range(500):
            Node()  # the caller's own garbage cycles
        ocr.process(text, correct=False)

ocr.process(text, correct=False)
gc.collect()
work(10)
before = len(gc.get_objects())
threads = [threading.Thread(target=work, args=(400,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(before, len(gc.get_objects()), gc.collect())
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=Path(__file__).parent.parent, timeout=600)
    before, after, freed = map(int, done.stdout.split())
    # 400,000 cycles were made in the threads: what is left is at most the young objects
    # a crowded pause lets build up (a live heap's worth, or the floor) and the live heap
    bound = 2 * before + YOUNG_FLOOR + 20_000
    assert after < bound and freed < bound - before, (before, after, freed)


def test_pauses_inside_one_another_or_in_two_threads_are_one_pause() -> None:
    """The collector stays off until the last pause ends, in whichever thread."""
    import gc
    import threading

    from ocr.runtime import paused_gc

    assert gc.isenabled()
    with paused_gc():
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner pause's end did not start it again
    assert gc.isenabled()
    inside, leave = threading.Event(), threading.Event()

    def other() -> None:
        with paused_gc():
            inside.set()
            leave.wait(30)

    t = threading.Thread(target=other)
    t.start()
    inside.wait(30)
    with paused_gc():
        pass
    assert not gc.isenabled()  # the other thread's pause goes on
    leave.set()
    t.join()
    assert gc.isenabled()


def test_a_warm_worker_has_loaded_what_correcting_an_english_misreading_needs() -> None:
    """``warm_up`` corrects misread English words, so a worker's first page does not load
    the word shelves and n-grams inside its own time (and they are frozen with the rest);
    Chinese correction's tables wait for a Chinese page."""
    code = (
        "from ocr.pipeline import warm_up\n"
        "from ocr.correct import near, ngrams, han_lm\n"
        "warm_up()\n"
        "print(near.shelves.cache_info().currsize, ngrams.bigrams.cache_info().currsize,"
        " han_lm.char_model.cache_info().currsize)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).resolve().parents[1])
    assert out.stdout.split() == ["1", "1", "0"]
