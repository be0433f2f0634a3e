"""newsocr mets: one METS 1.12 file per issue of a batch, valid, pointing at real ALTO IDs."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from conftest import FIXTURES
from lxml import etree

from ocr.cli import main
from ocr.xmlsafe import mets_schema, schema_errors

M = "{http://www.loc.gov/METS/}"
XLINK = "{http://www.w3.org/1999/xlink}"
TEXT_PAGE = """STORM HITS THE COAST

By JANE DOE

The storm reached the coast on Monday night and the river rose by two metres before
dawn. Roads were closed.

COUNCIL VOTES ON BUDGET

The council met on Tuesday and voted on the budget for the coming year.
"""


@pytest.fixture(scope="module")
def batch_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A batch over two issues: a scan + another engine's ALTO, and a text page."""
    root = tmp_path_factory.mktemp("mets")
    src = root / "in"
    (src / "issue-1").mkdir(parents=True)
    (src / "issue-2").mkdir()
    shutil.copy(FIXTURES / "xml" / "tesseract-2col.png", src / "issue-1" / "p1.png")
    shutil.copy(FIXTURES / "xml" / "tesseract-2col.alto.xml", src / "issue-1" / "p2.xml")
    (src / "issue-2" / "p1.txt").write_text(TEXT_PAGE, encoding="utf-8")
    (src / "issue-2" / "p2.png").write_bytes(b"\x89PNG\r\n\x1a\nbroken")  # fails
    out = root / "out"
    code = main(["batch", str(src), "-o", str(out), "-j", "1", "-q", "--lang", "en",
                 "--format", "json,alto,page"])
    assert code == 1  # the broken page
    return out


def _mets(path: Path) -> etree._Element:
    data = path.read_bytes()
    assert schema_errors(data, mets_schema()) == []
    return etree.fromstring(data)


def test_one_valid_mets_per_issue_with_files_pages_and_articles(
    batch_out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["mets", str(batch_out)]) == 0
    err = capsys.readouterr().err
    assert "issue-2.mets.xml: 1 failed page(s) left out: p2" in err
    root = _mets(batch_out / "issue-1" / "issue-1.mets.xml")
    folder = batch_out / "issue-1"
    files = {f.get("ID"): f for f in root.iter(f"{M}file")}
    groups = {g.get("USE"): [f.get("ID") for f in g] for g in root.iter(f"{M}fileGrp")}
    assert groups == {"IMAGE": ["IMG_p1"], "FULLTEXT": ["ALTO_p1", "ALTO_p2"],
                      "PAGEXML": ["PAGE_p1", "PAGE_p2"]}
    for fid, f in files.items():  # every href resolves, every checksum is the file's
        target = (folder / f[0].get(f"{XLINK}href")).resolve()
        assert target.is_file(), fid
        assert f.get("CHECKSUM") == hashlib.sha256(target.read_bytes()).hexdigest()
        assert f.get("CHECKSUMTYPE") == "SHA-256"
    assert files["IMG_p1"].get("MIMETYPE") == "image/png"
    pages = [d for d in root.iter(f"{M}div") if d.get("TYPE") == "page"]
    assert [(d.get("ORDER"), d.get("LABEL")) for d in pages] == [("1", "p1"), ("2", "p2")]
    assert [p.get("FILEID") for p in pages[0]] == ["IMG_p1", "ALTO_p1", "PAGE_p1"]

    for page_id in ("p1", "p2"):
        alto = etree.parse(str(folder / f"{page_id}.alto.xml")).getroot()
        ids = {el.get("ID") for el in alto.iter() if el.get("ID")}
        doc = json.loads((folder / f"{page_id}.json").read_text())
        arts = [d for d in root.iter(f"{M}div")
                if d.get("TYPE") == "article" and d.get("ID").startswith(f"LOG_{page_id}_")]
        assert len(arts) == len(doc["articles"])
        for div, article in zip(arts, doc["articles"], strict=True):
            areas = list(div.iter(f"{M}area"))
            assert len(areas) == len(article["blocks"])
            assert all(a.get("FILEID") == f"ALTO_{page_id}" and a.get("BETYPE") == "IDREF"
                       and a.get("BEGIN") in ids for a in areas)
            if article["headlines"]:
                assert div.get("LABEL") == article["headlines"][0]
                assert div[0].get("TYPE") == "heading"
    links = [(s.get(f"{XLINK}from"), s.get(f"{XLINK}to")) for s in root.iter(f"{M}smLink")]
    assert links and all(to in ("PHYS_p1", "PHYS_p2") for _, to in links)

    text_issue = _mets(batch_out / "issue-2" / "issue-2.mets.xml")
    assert [g.get("USE") for g in text_issue.iter(f"{M}fileGrp")] == ["FULLTEXT", "PAGEXML"]
    labels = [d.get("LABEL") for d in text_issue.iter(f"{M}div") if d.get("TYPE") == "article"]
    assert labels == ["STORM HITS THE COAST", "COUNCIL VOTES ON BUDGET"]


def test_manifest_issue_column_groups_pages_across_folders(tmp_path: Path) -> None:
    src = tmp_path / "in"
    for folder in ("a", "b"):
        (src / folder).mkdir(parents=True)
        (src / folder / "p.txt").write_text(TEXT_PAGE, encoding="utf-8")
    manifest = tmp_path / "m.csv"
    manifest.write_text("path,page_id,issue\nin/a/p.txt,x1,1911-09-17\n"
                        "in/b/p.txt,x2,1911-09-17\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["batch", str(manifest), "-o", str(out), "-j", "1", "-q", "--lang", "en"]) == 0
    assert main(["mets", str(out), "--manifest", str(manifest), "-q"]) == 0
    root = _mets(out / "1911-09-17.mets.xml")
    pages = [d.get("LABEL") for d in root.iter(f"{M}div") if d.get("TYPE") == "page"]
    assert len(pages) == 2
    assert root.get("OBJID") == "1911-09-17"


def test_hostile_alto_in_the_folder_is_refused_and_no_mets_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    (out / "good").mkdir(parents=True)
    (out / "bad").mkdir()
    shutil.copy(FIXTURES / "xml" / "tesseract-2col.alto.xml", out / "good" / "p1.alto.xml")
    shutil.copy(FIXTURES / "xml" / "hostile" / "billion-laughs.xml", out / "bad" / "p1.alto.xml")
    assert main(["mets", str(out)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "refused" in err[0] and "p1.alto.xml" in err[0]
    assert not list(out.rglob("*.mets.xml"))


def test_an_empty_folder_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["mets", str(tmp_path)]) == 1
    assert "no .alto.xml files" in capsys.readouterr().err


def test_the_mets_schema_refuses_what_it_should() -> None:
    bad = b'<mets xmlns="http://www.loc.gov/METS/"><structMap><div><nope/></div></structMap></mets>'
    assert schema_errors(bad, mets_schema())
