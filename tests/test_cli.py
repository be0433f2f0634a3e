"""The newsocr command: in-process for speed, plus real subprocess runs of the entry point."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import FIXTURES, ROOT

from ocr.cli import main

ZH = FIXTURES / "text" / "zh-taicang.txt"
EN = FIXTURES / "text" / "en-herald.txt"


def test_process_writes_every_format(tmp_path: Path) -> None:
    assert main(["process", str(ZH), str(EN), "-o", str(tmp_path), "-q"]) == 0
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [
        "en-herald.alto.xml", "en-herald.json", "en-herald.txt",
        "zh-taicang.alto.xml", "zh-taicang.json", "zh-taicang.txt",
    ]
    doc = json.loads((tmp_path / "zh-taicang.json").read_text(encoding="utf-8"))
    assert doc["schema"] == "newsocr.page/2"
    text = (tmp_path / "en-herald.txt").read_text(encoding="utf-8")
    assert text.startswith("CITY BUDGET DEAL REACHED\nCouncil Approves Spending Plan")


def test_a_bad_page_fails_alone(tmp_path: Path, capsys) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 10)
    undecodable = tmp_path / "latin1.txt"
    undecodable.write_bytes("Caf\xe9 ouvert \xe0 midi".encode("latin-1"))
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    out = tmp_path / "out"
    code = main(["process", str(empty), str(ZH), str(binary), str(undecodable), str(huge),
                 "-o", str(out), "--format", "json", "-q"])
    assert code == 1
    assert sorted(p.name for p in out.iterdir()) == ["zh-taicang.json"]
    errors = capsys.readouterr().err.strip().splitlines()
    assert len(errors) == 4
    assert f"{empty}: empty file" in errors[0]
    assert f"{binary}: binary data" in errors[1]
    assert f"{undecodable}: undecodable bytes" in errors[2]
    assert f"{huge}: text file too large" in errors[3]


def test_inputs_are_never_modified(tmp_path: Path) -> None:
    before = ZH.read_bytes()
    main(["process", str(ZH), "-o", str(tmp_path), "-q"])
    assert ZH.read_bytes() == before


def test_help_and_usage_errors() -> None:
    run = [sys.executable, "-m", "ocr.cli"]
    helped = subprocess.run([*run, "process", "--help"], capture_output=True, text=True,
                            cwd=ROOT, check=False)
    assert helped.returncode == 0 and "--layout" in helped.stdout and "OUTDIR" in helped.stdout
    bad = subprocess.run([*run, "process", str(ZH), "-o", "x", "--format", "pdf"],
                         capture_output=True, text=True, cwd=ROOT, check=False)
    assert bad.returncode == 2 and "unknown output format 'pdf'" in bad.stderr
    missing = subprocess.run([*run, "process", str(ZH), "-o", "x", "--layout", "nosuch"],
                             capture_output=True, text=True, cwd=ROOT, check=False)
    assert missing.returncode == 2 and "unknown layout profile 'nosuch'" in missing.stderr


def test_entry_point_runs_as_an_installed_command(tmp_path: Path) -> None:
    exe = Path(sys.executable).parent / "newsocr"
    done = subprocess.run([str(exe), "process", str(EN), "-o", str(tmp_path / "o"),
                           "--format", "txt", "--no-correct"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "1 page(s) written" in done.stderr
    assert (tmp_path / "o" / "en-herald.txt").read_text(encoding="utf-8").count("* * *") >= 3


def test_corrections_only_prints_the_audit_trail(tmp_path: Path, capsys) -> None:
    noisy = tmp_path / "noisy.txt"
    noisy.write_text(
        "Council Approves Budget\n\nBy JANE DOE\nThe city council voted on tbe budget for\n"
        "the rnodern library on Tuesday.\n", encoding="utf-8")
    assert main(["process", str(noisy), "--corrections-only"]) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert ("tbe", "the") in {(r[4], r[5]) for r in rows}
    assert main(["process", str(noisy)]) == 2  # nowhere to write
