#!/usr/bin/env bash
# Snapshot what a refactoring must not change, to diff against one taken before it:
#   scripts/behaviour_snapshot.sh OUT_DIR [SHARED_DIR]     (run from the repository root)
#   diff -r BEFORE_DIR OUT_DIR && echo identical
# Writes the `claimledger eval` tables of every gold set in the repository (and of the seed,
# when SHARED_DIR/gold/seed.json exists) and the JSON of the bundled examples.
set -euo pipefail
out=${1:?usage: behaviour_snapshot.sh OUT_DIR [SHARED_DIR]}
shared=${2:-../shared}
cl=${CLAIMLEDGER_BIN:-.venv/bin/claimledger}
mkdir -p "$out"
export COLUMNS=${COLUMNS:-200}
if [ -f "$shared/gold/seed.json" ]; then
  $cl eval "$shared/gold/seed.json" > "$out/eval_seed.txt"
  $cl analyze "$shared/seed/article.txt" -f json > "$out/seed.json"
fi
$cl eval tests/gold/*.json > "$out/eval_tests_gold.txt"
$cl eval tests/heldout/gold/*.json > "$out/eval_heldout.txt"
$cl eval tests/texts/gold/*.json > "$out/eval_texts_gold.txt"
$cl analyze examples/article.txt --published 2025-03-14 -f json > "$out/example.json"
for f in examples/archive/*; do
  $cl analyze "$f" -f json > "$out/archive_$(basename "$f").json"
done
