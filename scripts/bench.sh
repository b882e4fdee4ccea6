#!/usr/bin/env bash
# Runs every benchmark; each writes its JSON under bench/results/.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/results
for script in bench/bench_*.py; do
  echo "== $script"
  .venv/bin/python "$script"
done
