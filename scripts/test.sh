#!/usr/bin/env bash
# Runs the whole suite once, with every database-backed test on SQLite and on PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
export WARMLINE_TEST_POSTGRES_URL="${WARMLINE_TEST_POSTGRES_URL:-postgresql+psycopg://postgres@127.0.0.1:5432/warmline_test}"
export WARMLINE_TEST_REDIS_URL="${WARMLINE_TEST_REDIS_URL:-redis://127.0.0.1:6379/15}"
# Browser tests use Debian's chromium; they are skipped only when it is absent and we are not in CI.
if [ -z "${WARMLINE_CHROMIUM:-}" ] && command -v chromium >/dev/null 2>&1; then
  export WARMLINE_CHROMIUM="$(command -v chromium)"
fi
# axe-core for the browser tests' accessibility checks, pinned in tests/browser/package-lock.json (never a CDN)
if command -v npm >/dev/null 2>&1 && [ ! -f tests/browser/node_modules/axe-core/axe.min.js ]; then
  npm ci --prefix tests/browser --no-audit --no-fund
fi
"$BIN/lint-imports"
"$BIN/pytest" -q -p no:cacheprovider "$@"
