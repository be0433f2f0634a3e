"""Text gate: the JSON newsocr makes of every dev-set extraction (and fixtures/text), so two
checkouts can be diffed: a change meant to alter nothing there (speed, a rule for other pages)
shows that it did not.

Run from a checkout (main or a branch's worktree):
    PYTHONPATH=. .venv/bin/python tools/textgate.py OUT [EXTRA_DIR...]
Then: diff -r OUT_A OUT_B
"""
import json
import sys
from pathlib import Path

import ocr

out = Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)
dirs = [Path("../shared/devset/textpdf"), Path("fixtures/text")] + [Path(d) for d in sys.argv[2:]]
n = 0
for d in dirs:
    for p in sorted(d.glob("*.txt")):
        page = ocr.process(p)
        name = f"{d.name}__{p.name}.json"
        doc = json.dumps(ocr.page_dict(page), ensure_ascii=False, indent=1)
        (out / name).write_text(doc, encoding="utf-8")
        n += 1
print(f"gate: {n} pages -> {out}")
