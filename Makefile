# Every target builds its own virtual environment, so a fresh clone needs only python3 and make.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test lint typecheck bench bench-quick bench-news pairs paraphrase screenshots golden clean

# setuptools prints an 'Editable installation' notice for the rules/ folder mapped into the package;
# it is advice for package authors, not for someone running make, so it is filtered by its text alone.
# pip runs with -qq: a machine whose pip configuration names extra index folders it does not hold
# gets a warning per package for each ("Location ... is ignored"), which is the machine's, not the
# build's; errors still print.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -qq --upgrade pip
	PYTHONWARNINGS="ignore:Editable installation" $(BIN)/python -m pip install -qq -e '.[dev,dask,lsp]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/numcheck extract seeds/
	$(BIN)/numcheck check seeds/ --fail-on never

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check numcheck tests benchmarks
	$(BIN)/ruff format --check numcheck tests benchmarks
	$(BIN)/mypy numcheck

bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py --write BENCHMARKS.md

# Extraction on the hand-written wire-copy sentences in benchmarks/news/, per pattern (see its README).
bench-news: $(STAMP)
	$(BIN)/python benchmarks/newsbench.py

# Small sizes, printed only: a smoke run of every benchmark in a few minutes.
bench-quick: $(STAMP)
	$(BIN)/python benchmarks/bench.py --quick

# Precision and recall of `numcheck check` on the hand-written pairs in benchmarks/pairs/ (always exits 0).
pairs: $(STAMP)
	$(BIN)/python benchmarks/pairs.py

# Recall and false alarms of `numcheck check` on one fact in many phrasings, and on summaries with one
# figure edited, in benchmarks/paraphrase/ (always exits 0).
paraphrase: $(STAMP)
	$(BIN)/python benchmarks/paraphrase.py

# The share and parts rules on every benchmark document, where any finding must be a real error;
# writes its table into BENCHMARKS.md (always exits 0).
share-precision: $(STAMP)
	$(BIN)/python benchmarks/share_precision.py --write BENCHMARKS.md

# Property tests over arbitrary text, YAML and bytes with thousands of examples each (CI runs a few
# dozen), then the atheris target for FUZZ_RUNS inputs if atheris installs. Crashes land in .fuzz/.
FUZZ_EXAMPLES ?= 2000
FUZZ_RUNS ?= 20000
fuzz: $(STAMP)
	NUMCHECK_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/python -m pytest -q tests/test_fuzz.py --hypothesis-show-statistics
	mkdir -p .fuzz
	@if $(BIN)/python -m pip install --quiet atheris; then \
		$(BIN)/python tests/fuzz_atheris.py -runs=$(FUZZ_RUNS) -max_len=1024 -len_control=0 -artifact_prefix=.fuzz/; \
	else echo "atheris does not install here: skipped"; fi

# The report's pictures in docs/: HTML in headless Chromium (Debian's), the terminal at 80 and 200 columns.
screenshots: $(STAMP)
	$(BIN)/python docs/screenshots.py

# Regenerate the golden files; review the diff before committing.
golden: $(STAMP)
	NUMCHECK_REGENERATE_GOLDEN=1 $(BIN)/python -m pytest -q tests/test_golden.py tests/test_report.py tests/test_startup.py -k golden

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .numcheck_cache .fuzz build *.egg-info
