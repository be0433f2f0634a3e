"""Bad input, one row each: the files, the command, the exit status, a fragment of the
one-line message, and nothing partial left behind (no output of a refused run, no
temporary file, no staging folder, nothing written outside OUTDIR).

The next hostile case is one more row of ``CASES``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from conftest import FIXTURES

from ocr.cli import main

PAGE = ("CITY COUNCIL APPROVES BRIDGE\n\nBy JANE DOE\n\n"
        "The city council approved the new river bridge on Monday after a long debate.\n"
        "Work starts in spring and should take two years, the mayor said.\n")
ALTO = (FIXTURES / "xml" / "tesseract-2col.alto.xml").read_text(encoding="utf-8")


def _alto_with(old: str, new: str) -> str:
    assert old in ALTO
    return ALTO.replace(old, new, 1)


@dataclass(frozen=True)
class Case:
    """``files`` maps a path under the test folder to its content (``None``: a folder);
    ``args`` and text files may say ``{t}`` for that folder. ``absent`` lists paths that
    must not exist afterwards (outputs a refused run must not write, files that escaped
    OUTDIR)."""

    name: str
    files: dict[str, str | bytes | None]
    args: list[str]
    exit: int
    message: str
    absent: tuple[str, ...] = ()
    outputs_allowed: bool = False  # a run that succeeds (exit 0) may write outputs
    links: dict[str, str] = field(default_factory=dict)  # link path -> target


LONG = "x" * 251  # with ".txt" the longest name most file systems hold; ".json" is over
MANIFEST_ESCAPE = "path,page_id\ng.txt,../../escaped\n"

CASES = [
    # 1. a manifest must not write outside OUTDIR
    Case("csv page_id climbs out of OUTDIR", {"m/g.txt": PAGE, "m/t.csv": MANIFEST_ESCAPE},
         ["batch", "{t}/m/t.csv", "-o", "{t}/m/out", "-q"], 2, "line 2",
         absent=("escaped.json", "escaped.txt", "escaped.alto.xml", "m/out/g.json")),
    Case("jsonl page_id is absolute", {"m/g.txt": PAGE,
                                       "m/t.jsonl": '{"path": "g.txt", "page_id": "/tmp/x"}\n'},
         ["batch", "{t}/m/t.jsonl", "-o", "{t}/m/out", "-q"], 2, "line 1"),
    Case("page_id with a backslash", {"m/g.txt": PAGE, "m/t.csv": "path,page_id\ng.txt,a\\..\\x\n"},
         ["batch", "{t}/m/t.csv", "-o", "{t}/out", "-q"], 2, "path separator"),
    Case("page_id with a drive", {"m/g.txt": PAGE, "m/t.csv": "path,page_id\ng.txt,C:x\n"},
         ["batch", "{t}/m/t.csv", "-o", "{t}/out", "-q"], 2, "drive"),
    Case("page_id of 300 characters", {"m/g.txt": PAGE,
                                       "m/t.csv": "path,page_id\ng.txt," + "p" * 300 + "\n"},
         ["batch", "{t}/m/t.csv", "-o", "{t}/out", "-q"], 2, "longer than 200 bytes"),
    Case("manifest not UTF-8", {"m/g.txt": PAGE,
                                "m/t.csv": "path,page_id\ng.txt,caf\xe9\n".encode("latin-1")},
         ["batch", "{t}/m/t.csv", "-o", "{t}/out", "-q"], 2, "line 2: not UTF-8"),
    # 6. thresholds and counts out of range
    Case("diff --max-cer nan", {"a.txt": PAGE, "b.txt": PAGE},
         ["diff", "{t}/a.txt", "{t}/b.txt", "--max-cer", "nan"], 2, "from 0 to 1"),
    Case("diff --max-cer inf", {"a.txt": PAGE, "b.txt": PAGE},
         ["diff", "{t}/a.txt", "{t}/b.txt", "--max-cer", "inf"], 2, "from 0 to 1"),
    Case("diff --max-wer negative", {"a.txt": PAGE, "b.txt": PAGE},
         ["diff", "{t}/a.txt", "{t}/b.txt", "--max-wer", "-0.1"], 2, "from 0 to 1"),
    Case("batch --timeout -1", {"in/g.txt": PAGE},
         ["batch", "{t}/in", "-o", "{t}/out", "--timeout", "-1"], 2, "seconds >= 0"),
    Case("batch --timeout nan", {"in/g.txt": PAGE},
         ["batch", "{t}/in", "-o", "{t}/out", "--timeout", "nan"], 2, "seconds >= 0"),
    Case("batch -j -3", {"in/g.txt": PAGE}, ["batch", "{t}/in", "-o", "{t}/out", "-j", "-3"],
         2, "at least 1 worker"),
    Case("batch --max-failure-ratio nan", {"in/g.txt": PAGE},
         ["batch", "{t}/in", "-o", "{t}/out", "--max-failure-ratio", "nan"], 2, "from 0 to 1"),
    # 8. encodings
    Case("unknown --encoding", {"g.txt": PAGE},
         ["process", "{t}/g.txt", "-o", "{t}/out", "--encoding", "klingon"], 2,
         "unknown text encoding"),
    Case("bytes that are no Chinese encoding",
         {"g.txt": bytes(range(0x81, 0xFF)) * 8 + b"\n"},
         ["process", "{t}/g.txt", "-o", "{t}/out", "-q"], 1, "--encoding"),
    # 10. tracebacks that must be one line
    Case("--layout names a folder", {"g.txt": PAGE, "title.toml": None},
         ["process", "{t}/g.txt", "-o", "{t}/out", "--layout", "{t}/title.toml"], 2,
         "is a folder"),
    Case("diff --html into a folder", {"a.txt": PAGE, "b.txt": PAGE},
         ["diff", "{t}/a.txt", "{t}/b.txt", "--html", "{t}"], 2, "is a folder"),
    Case("ALTO with HPOS NaN", {"p.alto.xml": _alto_with('HPOS="202"', 'HPOS="NaN"')},
         ["process", "{t}/p.alto.xml", "-o", "{t}/out", "-q"], 1, "HPOS='NaN'"),
    Case("ALTO with WIDTH 1e309", {"p.alto.xml": _alto_with('WIDTH="588"', 'WIDTH="1e309"')},
         ["process", "{t}/p.alto.xml", "-o", "{t}/out", "-q"], 1, "WIDTH='1e309'"),
    Case("ALTO with PrintSpace VPOS -inf",
         {"p.alto.xml": _alto_with('<PrintSpace HPOS="0" VPOS="0"',
                                   '<PrintSpace HPOS="0" VPOS="-inf"')},
         ["process", "{t}/p.alto.xml", "-o", "{t}/out", "-q"], 1,
         "VPOS='-inf' is not a coordinate"),
    Case("ALTO with WC nan", {"p.alto.xml": _alto_with('WC="0.95"', 'WC="nan"')},
         ["process", "{t}/p.alto.xml", "-o", "{t}/out", "-q"], 1,
         "WC='nan' is not a finite number"),
    Case("process output folder is a file", {"g.txt": PAGE, "out": "not a folder"},
         ["process", "{t}/g.txt", "-o", "{t}/out"], 2, "is a file"),
    Case("batch output folder is a file", {"in/g.txt": PAGE, "out": "not a folder"},
         ["batch", "{t}/in", "-o", "{t}/out", "-q"], 2, "out: is a file, not a folder"),
    Case("batch output folder under a file", {"in/g.txt": PAGE, "out": "not a folder"},
         ["batch", "{t}/in", "-o", "{t}/out/sub", "-q"], 2, "out: is a file, not a folder"),
    # 11. profile validation
    Case("profile markers.en is a number", {"g.txt": PAGE,
                                            "p.toml": 'extends = "generic"\n[markers]\nen = 5\n'},
         ["process", "{t}/g.txt", "-o", "{t}/out", "--layout", "{t}/p.toml"], 2, "markers.en"),
    Case("profile tesseract_timeout nan",
         {"g.txt": PAGE, "p.toml": 'extends = "generic"\n[scan]\ntesseract_timeout = nan\n'},
         ["process", "{t}/g.txt", "-o", "{t}/out", "--layout", "{t}/p.toml"], 2,
         "scan.tesseract_timeout: expected a finite number"),
    Case("profile min_score nan",
         {"g.txt": PAGE, "p.toml": 'extends = "generic"\n[correction]\nmin_score = nan\n'},
         ["process", "{t}/g.txt", "-o", "{t}/out", "--layout", "{t}/p.toml"], 2,
         "correction.min_score: expected a finite number"),
    Case("profile lexicon missing",
         {"g.txt": PAGE, "p.toml": 'extends = "generic"\n[correction]\nlexicons = ["no.txt"]\n'},
         ["process", "{t}/g.txt", "-o", "{t}/out", "--layout", "{t}/p.toml"], 2,
         "'no.txt' not found"),
    Case("profile lexicon is a folder",
         {"g.txt": PAGE, "lex": None,
          "p.toml": 'extends = "generic"\n[correction]\nlexicons = ["lex"]\n'},
         ["process", "{t}/g.txt", "-o", "{t}/out", "--layout", "{t}/p.toml"], 2,
         "'lex' is a folder, not a file"),
    Case("profile extends an unknown profile",
         {"g.txt": PAGE, "p.toml": 'extends = "nonesuch"\n'},
         ["process", "{t}/g.txt", "-o", "{t}/out", "--layout", "{t}/p.toml"], 2,
         "p.toml: extends: unknown base profile 'nonesuch' (known: "),
    Case("profile lexicon not UTF-8",
         {"g.txt": PAGE, "lex.txt": b"caf\xe9 4.0\n",
          "p.toml": 'extends = "generic"\n[correction]\nlexicons = ["lex.txt"]\n'},
         ["process", "{t}/g.txt", "-o", "{t}/out", "-q", "--layout", "{t}/p.toml"], 2,
         "lex.txt: user lexicon is not UTF-8"),
    Case("profile confusion table missing",
         {"g.txt": PAGE, "p.toml": 'extends = "generic"\n[correction]\nconfusions = ["t.tsv"]\n'},
         ["process", "{t}/g.txt", "-o", "{t}/out", "--layout", "{t}/p.toml"], 2,
         "correction.confusions[0]: 't.tsv' not found"),
    Case("profile confusion table malformed (process)",
         {"g.txt": PAGE, "t.tsv": "赴\t越3\n",
          "p.toml": 'extends = "generic"\n[correction]\nconfusions = ["t.tsv"]\n'},
         ["process", "{t}/g.txt", "-o", "{t}/out", "-q", "--layout", "{t}/p.toml"], 2,
         "t.tsv: line 1: expected CHAR<TAB>CHAR:COUNT"),
    Case("profile confusion table malformed (batch)",
         {"in/g.txt": PAGE, "t.tsv": "赴越:3\n",
          "p.toml": 'extends = "generic"\n[correction]\nconfusions = ["t.tsv"]\n'},
         ["batch", "{t}/in", "-o", "{t}/out", "-q", "--layout", "{t}/p.toml"], 2,
         "t.tsv: line 1: expected CHAR<TAB>CHAR:COUNT"),
    Case("manifest row's profile names a malformed confusion table",
         {"m/g.txt": PAGE, "m/t.tsv": "赴\t越:0\n",
          "m/p.toml": 'extends = "generic"\n[correction]\nconfusions = ["t.tsv"]\n',
          "m/t.csv": "path,profile\ng.txt,{t}/m/p.toml\n"},
         ["batch", "{t}/m/t.csv", "-o", "{t}/out", "-q"], 2,
         "t.tsv: line 1: expected CHAR<TAB>CHAR:COUNT"),
    # 9. a pattern that backtracks catastrophically fails its page, naming the pattern
    Case("profile regex backtracks",
         {"g.txt": "a" * 40 + "!\n\n" + PAGE,
          "p.toml": 'extends = "generic"\n[markers.en]\nbyline = ["(a|aa)+$"]\n'},
         ["process", "{t}/g.txt", "-o", "{t}/out", "-q", "--lang", "en", "--layout",
          "{t}/p.toml"], 1, "catastrophic backtracking"),
    Case("profile regex slow on every line of a page",  # each line under a match's budget
         {"g.txt": ("a" * 25 + "!\n") * 400 + "\n" + PAGE,
          "p.toml": 'extends = "generic"\n[markers.en]\nbyline = ["(a|aa)+$"]\n'},
         ["process", "{t}/g.txt", "-o", "{t}/out", "-q", "--lang", "en", "--layout",
          "{t}/p.toml"], 1, "used up the 1 s a page's profile patterns have"),
    # 14. a link out of the input folder is not followed
    Case("link to a file outside the batch folder", {"in/g.txt": PAGE, "secret.txt": PAGE},
         ["batch", "{t}/in", "-o", "{t}/out", "-q", "-j", "1", "--no-correct"], 0,
         "in/leak.txt: a link to", absent=("out/leak.json", "out/leak.txt"), outputs_allowed=True,
         links={"in/leak.txt": "secret.txt"}),
    Case("link to a folder outside the batch folder", {"in/g.txt": PAGE, "secret/s.txt": PAGE},
         ["batch", "{t}/in", "-o", "{t}/out", "-q", "-j", "1", "--no-correct"], 0,
         "in/leak: a link to", absent=("out/leak",), outputs_allowed=True,
         links={"in/leak": "secret"}),
    # two inputs whose outputs are one file where names fold (macOS, Windows)
    Case("page names that differ only in case", {"in/Page.txt": PAGE, "in/page.txt": PAGE},
         ["batch", "{t}/in", "-o", "{t}/out", "-q"], 2, "differ only in case"),
    Case("manifest page ids that differ only in Unicode form",
         {"m/g.txt": PAGE, "m/h.txt": PAGE, "m/t.csv": "path,page_id\ng.txt,caf\u00e9\n"
          "h.txt,cafe\u0301\n"},
         ["batch", "{t}/m/t.csv", "-o", "{t}/out", "-q"], 2, "differ only in case or accents"),
    # a damaged download or a refusal saved under a scan's or a PDF's name: not text
    Case("file named .pdf that is no PDF",
         {"g.pdf": "Access denied. Please log in to download this page.\n"},
         ["process", "{t}/g.pdf", "-o", "{t}/out", "-q"], 1, "g.pdf: named .pdf but not a PDF",
         absent=("out/g.json", "out/g.txt", "out/g.alto.xml")),
    Case("HTML error page saved as .pdf",
         {"g.pdf": "<!DOCTYPE html>\n<html><head><title>403 Forbidden</title></head>\n"
          "<body><h1>Forbidden</h1></body></html>\n"},
         ["process", "{t}/g.pdf", "-o", "{t}/out", "-q"], 1, "g.pdf: named .pdf but not a PDF",
         absent=("out/g.json", "out/g.txt", "out/g.alto.xml")),
    Case("file named .png that is no image (batch goes on)",
         {"in/scan.png": b"\x89PN" + PAGE.encode(), "in/g.txt": PAGE},
         ["batch", "{t}/in", "-o", "{t}/out", "-q", "-j", "1", "--no-correct"], 1,
         "scan.png: named .png but not a PNG image", absent=("out/scan.json",),
         outputs_allowed=True),
    # 15. an input name the file system holds, but not with the output's longer suffix
    Case("input file name of 255 bytes (process)", {LONG + ".txt": PAGE},
         ["process", "{t}/" + LONG + ".txt", "-o", "{t}/out", "-q"], 1,
         "file name too long for this file system"),
    Case("input file name of 255 bytes (batch)", {"in/" + LONG + ".txt": PAGE, "in/g.txt": PAGE},
         ["batch", "{t}/in", "-o", "{t}/out", "-q", "-j", "1", "--no-correct"], 1,
         "file name too long for this file system", outputs_allowed=True),
]


def _make(root: Path, case: Case) -> None:
    for rel, content in case.files.items():
        path = root / rel
        if content is None:
            path.mkdir(parents=True, exist_ok=True)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:  # a manifest may name a file by its path: {t} there too
            path.write_text(content.replace("{t}", str(root)), encoding="utf-8")
    for link, target in case.links.items():
        os.symlink(root / target, root / link)


def _leftovers(root: Path) -> list[str]:
    """Temporary files and staging folders anywhere under ``root``."""
    return [str(p.relative_to(root)) for p in root.rglob("*")
            if p.name.endswith((".part", ".tmp"))
            or (p.name == "tmp" and p.parent.name == ".newsocr")]


def _outputs(root: Path) -> list[str]:
    return [str(p.relative_to(root)) for p in root.rglob("*")
            if p.name.endswith((".json", ".alto.xml")) and ".newsocr" not in p.parts]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input(case: Case, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "work" / "here"  # "../../escaped" from here/m/out lands in work/
    _make(root, case)
    before = set(_outputs(tmp_path))
    try:
        code = main([a.replace("{t}", str(root)) for a in case.args])
    except SystemExit as exc:  # argparse refuses a bad option value itself
        code = int(exc.code or 0)
    err = capsys.readouterr().err
    assert code == case.exit, err
    assert case.message in err, err
    assert "Traceback" not in err
    problem_lines = [line for line in err.splitlines() if "error" in line]
    for name in (Path(rel).name.split(".")[0] for rel in case.files if len(rel) > 200):
        problem_lines = [line.replace(name, "") for line in problem_lines]  # named in full
    assert all(len(line) < 400 for line in problem_lines), err  # one line, not a dump
    assert not _leftovers(tmp_path)
    for rel in case.absent:
        assert not (root / rel).exists() and not (tmp_path / "work" / rel).exists(), rel
    if case.exit != 0 and case.args[0] == "process" and "out" not in case.files:
        assert not (root / "out").exists(), "a process run that wrote nothing left its OUTDIR"
    if not case.outputs_allowed:
        assert set(_outputs(tmp_path)) == before, "a refused run wrote outputs"
