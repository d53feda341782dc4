# make parse: the main job; make test: the suite. Both create .venv when it is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: parse test holdout lint bench clean

$(STAMP): pyproject.toml constraints.txt
	# the browser test drives Debian's Chromium (no browser download)
	command -v chromium >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test]'
	touch $(STAMP)

parse: $(STAMP)
	$(BIN)/khparse parse data/raw --out data/parsed

test: $(STAMP)
	$(BIN)/python -m pytest -q -n auto --dist loadfile

# every held-out plan held to the issue bars (make test takes every third: tests/test_scores.py)
holdout: $(STAMP)
	KHPARSE_HOLDOUT_ALL=1 $(BIN)/python -m pytest -q tests/test_scores.py

lint: $(STAMP)
	$(BIN)/ruff check pipeline tests

clean:
	rm -rf data/parsed/*.parquet

bench: $(STAMP)
	$(BIN)/python -m pipeline.bench --documents 1000
