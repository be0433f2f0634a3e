# Quick start: `make demo` and `make test` each do all the set-up they need.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
APT_PKGS := tesseract-ocr tesseract-ocr-osd tesseract-ocr-eng tesseract-ocr-chi-sim tesseract-ocr-deu tesseract-ocr-frk fonts-dejavu-core fonts-wqy-microhei fonts-arphic-uming fonts-liberation fonts-ebgaramond chromium poppler-utils
DEMO_OUT := out/demo

.PHONY: setup sysdeps demo test lint bench clean

sysdeps:
	@PY=$(PY) bash scripts/sysdeps.sh $(APT_PKGS)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	@touch $(STAMP)

setup: sysdeps $(STAMP)

demo: setup
	$(BIN)/newsocr batch fixtures/demo.csv -o $(DEMO_OUT)
	@echo "Demo results (ALTO, JSON, plain text per page; batch.jsonl log) are in $(DEMO_OUT)/"

test: setup
	$(BIN)/ruff check ocr tests scripts
	$(BIN)/mypy ocr scripts
	$(BIN)/python -m pytest -q -n 2

lint: setup
	$(BIN)/ruff check ocr tests scripts
	$(BIN)/mypy ocr scripts

bench: setup
	$(BIN)/python -m scripts.bench text

clean:
	rm -rf out .pytest_cache
