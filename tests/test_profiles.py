"""Layout profiles: the generic one loads; invalid ones are refused naming file and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from ocr.errors import ProfileError
from ocr.profiles import available_profiles, load_profile


def test_generic_profile_has_markers_for_both_languages() -> None:
    p = load_profile()
    assert p.name == "generic" and {"zh", "en"} <= {lang for lang, _ in p.markers}
    zh, en = p.patterns("zh"), p.patterns("en")
    assert zh.byline and zh.byline.match("本报讯（记者 王硕）昨日")
    assert zh.dateline and zh.dateline.match("新华社北京6月20日电")
    assert en.byline and en.byline.match("By JANE DOE")
    assert en.dateline and en.dateline.match("WASHINGTON (AP) — The")
    assert "generic" in available_profiles()


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "title.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_title_profile_extends_generic(tmp_path: Path) -> None:
    path = _write(tmp_path, 'extends = "generic"\n[scan]\nbinarize = "sauvola"\n'
                            '[markers.zh]\nfurniture = ["^太仓日报$"]\n')
    p = load_profile(path)
    assert p.scan.binarize == "sauvola" and p.scan.max_skew == 5.0
    assert p.patterns("zh").furniture.search("太仓日报")
    assert p.patterns("en").byline.match("By JANE DOE")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('colour = "red"\n', "unknown key 'colour'"),
        ("[scan]\nmax_skew = \"five\"\n", "scan.max_skew: expected float, got str"),
        ("[scan]\nbinarize = \"magic\"\n", "binarize: expected one of"),
        ("[scan]\ncolumns = 5\n", "scan.columns: removed: the layout finds the columns"),
        ("[markers.zh]\nbyline = [\"(unclosed\"]\n", "markers.zh.byline: bad pattern"),
        ("languages = \"zh\"\n", "languages: expected a list"),
        ("this is not toml", "not valid TOML"),
    ],
)
def test_invalid_profiles_are_refused(tmp_path: Path, text: str, message: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(ProfileError) as err:
        load_profile(path)
    assert message in str(err.value) and str(path) in str(err.value)
