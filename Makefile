# The two commands a new user needs: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
SHARED ?= ../shared
EXAMPLE_DB := .tmp/demo.db

.PHONY: install demo test bench eval train-stance eval-stance clean

$(BIN)/claimledger: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	@touch $@

install: $(BIN)/claimledger  ## create .venv and install claimledger with its test tools

demo: install  ## analyse the bundled example article (no network) and print the brief
	$(BIN)/claimledger analyze examples/article.txt --published 2025-03-14 --format md
	@mkdir -p .tmp && rm -f $(EXAMPLE_DB)*
	$(BIN)/claimledger --db sqlite:///$(EXAMPLE_DB) ingest examples/
	@echo
	@echo "Browse it: $(BIN)/claimledger --db sqlite:///$(EXAMPLE_DB) serve   (then open http://127.0.0.1:8765/)"

test: install  ## the test suite (PostgreSQL / browser tests skip unless their servers are there; CI starts them)
	$(BIN)/python -m pytest -q

bench: install  ## speed and memory, as ratios against bare spaCy in the same run; writes benchmarks/results.json
	@# PostgreSQL search is measured too where .ci/services.sh can start a server (root, Debian); else it is skipped.
	eval "$$(bash .ci/services.sh 2>/dev/null)" ; $(BIN)/python benchmarks/bench.py

eval: install  ## accuracy against the gold annotation of the seed article
	$(BIN)/claimledger eval $(SHARED)/gold/seed.json

FNC1 ?= $(CLAIMLEDGER_FNC1)

train-stance: install  ## retrain the stance model of `claims check` on FNC-1 even-Body-ID pairs (FNC1=/path/to/fnc1 or $$CLAIMLEDGER_FNC1)
	OMP_NUM_THREADS=1 $(BIN)/python scripts/train_stance.py --fnc1 "$(FNC1)"

eval-stance: install  ## `claims check` against FNC-1 dev pairs, beside a word-overlap baseline
	$(BIN)/claimledger eval --fnc1 "$(FNC1)"

clean:
	rm -rf .tmp .pytest_cache build *.egg-info
