"""Hostile XML is refused in one line, and the vendored ALTO schemas compile offline."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ALTO_XSD, FIXTURES

from ocr.cli import main
from ocr.errors import InputError
from ocr.readers.alto import read_alto
from ocr.readers.hocr import read_hocr
from ocr.xmlsafe import (
    MAX_XML_BYTES,
    SCHEMA_DIR,
    alto_errors,
    alto_schema,
    parse_html,
    parse_xml,
    read_source,
)

HOSTILE = FIXTURES / "xml" / "hostile"
XML_ATTACKS = sorted(HOSTILE.glob("*.xml"))


def test_every_hostile_fixture_is_there() -> None:
    names = {p.name for p in HOSTILE.iterdir()}
    assert {"billion-laughs.xml", "xxe-file.xml", "dtd-network.xml", "parameter-entity.xml",
            "entity.hocr"} <= names


@pytest.mark.parametrize("path", XML_ATTACKS, ids=lambda p: p.name)
def test_hostile_alto_is_refused_with_a_one_line_error(path: Path) -> None:
    with pytest.raises(InputError) as err:
        read_alto(path)
    message = str(err.value)
    assert message.startswith(str(path)) and "refused" in message and "\n" not in message
    assert "root:" not in message  # /etc/passwd never made it into anything


def test_hostile_hocr_is_refused() -> None:
    with pytest.raises(InputError, match="refused"):
        read_hocr(HOSTILE / "entity.hocr")


def test_entity_bomb_in_utf16_is_refused_too() -> None:
    data = (HOSTILE / "billion-laughs.xml").read_text().replace('<?xml version="1.0"?>', "")
    with pytest.raises(InputError, match="refused"):
        parse_xml(data.encode("utf-16"), "bomb16.xml")


def test_a_plain_doctype_without_entities_is_fine() -> None:
    root = parse_xml(b'<?xml version="1.0"?><!DOCTYPE alto><alto><x>1 &amp; 2</x></alto>')
    assert root[0].text == "1 & 2"


def test_size_limit_is_checked_before_reading(tmp_path: Path) -> None:
    assert MAX_XML_BYTES == 200 * 1024 * 1024
    big = tmp_path / "big.xml"
    with big.open("wb") as fh:  # sparse: the size is there without writing 2 MB
        fh.truncate(2_000_001)
    with pytest.raises(InputError, match="above the 2 MB limit"):
        read_source(big, limit=2_000_000)
    with pytest.raises(InputError, match="above"):
        read_source(b"<a/>" * 10, "small.xml", limit=8)


def test_html_parser_reads_tesseract_xhtml_without_fetching_its_dtd() -> None:
    root = parse_html((FIXTURES / "xml" / "tesseract-2col.hocr").read_bytes())
    assert root.find(".//body") is not None


@pytest.mark.parametrize("version", ["4.4", "3.1", "2.1"])
def test_vendored_schemas_compile_offline_and_reject_invalid_alto(version: str) -> None:
    schema = alto_schema(version)
    ns = {"4.4": "ns-v4#", "3.1": "ns-v3#", "2.1": "ns-v2#"}[version]
    bad = f'<alto xmlns="http://www.loc.gov/standards/alto/{ns}"><Nope/></alto>'.encode()
    assert not schema.validate(parse_xml(bad))
    assert alto_errors(bad, version)


def test_schema_files_ship_in_the_package() -> None:
    assert ALTO_XSD.parent == SCHEMA_DIR
    assert {"alto-4-4.xsd", "alto-3-1.xsd", "alto-2-1.xsd", "xlink.xsd"} <= {
        p.name for p in SCHEMA_DIR.iterdir()}


@pytest.mark.parametrize("name", ["billion-laughs.xml", "xxe-file.xml", "dtd-network.xml"])
def test_cli_refuses_hostile_xml_with_exit_1_and_writes_nothing(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    code = main(["process", str(HOSTILE / name), "-o", str(out), "-q"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1
    assert len(err) == 1 and name in err[0] and "refused" in err[0], err
    assert not out.exists() or not any(out.iterdir())

