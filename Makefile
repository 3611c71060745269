# The two commands a new user needs: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
SHARED ?= ../shared
EXAMPLE_DB := .tmp/demo.db

.PHONY: install demo test bench eval clean train train-attribution

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

# Trained heads (claimledger.models): each sub-target rebuilds one model's weights from public data
# given by a variable; nothing here downloads. See training/<name>/ and the model cards.
CLAIMLEDGER_POLNEAR ?= $(error set CLAIMLEDGER_POLNEAR to a local PolNeAR copy with train/ and dev/)
ATTR_WORK := .tmp/train/attribution

train: train-attribution  ## every trained head

train-attribution: install  ## the attribution head from PolNeAR train (selected on dev): CLAIMLEDGER_POLNEAR=/path make train-attribution
	@mkdir -p $(ATTR_WORK)
	$(BIN)/python training/attribution/convert.py "$(CLAIMLEDGER_POLNEAR)" train $(ATTR_WORK)/train.spacy
	$(BIN)/python training/attribution/convert.py "$(CLAIMLEDGER_POLNEAR)" dev $(ATTR_WORK)/dev.spacy
	@date +%s > $(ATTR_WORK)/started
	$(BIN)/python -m spacy train training/attribution/config.cfg --code training/attribution/reader.py \
		--output $(ATTR_WORK)/out --paths.train $(ATTR_WORK)/train.spacy --paths.dev $(ATTR_WORK)/dev.spacy
	$(BIN)/python training/attribution/package.py $(ATTR_WORK)/out $$(( $$(date +%s) - $$(cat $(ATTR_WORK)/started) ))

clean:
	rm -rf .tmp .pytest_cache build *.egg-info
