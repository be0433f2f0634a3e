"""Developer scripts: benchmarks (``python -m scripts.bench``) and fixture makers
(``python -m scripts.fixtures.make_...``), run from the repository root.

A package so that the scripts import each other and ``scripts.common`` by name, with no
``sys.path`` patching; ``ocr`` itself comes from the venv's editable install.
"""
