#!/usr/bin/env bash
# The production database leg: the suite again on PostgreSQL where one is reachable
# (it is on our machines and in CI); on a laptop without one, say so and skip.
set -euo pipefail
cd "$(dirname "$0")/.."
python="${1:-python3}"
url="${TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/test}"

if ! reason=$("$python" -m tests.support.servers postgres-check "$url"); then
    echo "PostgreSQL leg skipped: $reason. Set TEST_POSTGRES_URL to run it."
    exit 0
fi
echo "PostgreSQL leg: the suite on $url (browser tests ran on SQLite above)"
# The browser and deploy tests run their own servers on their own databases: once is enough.
DATABASE_URL="$url" "$python" -m pytest --ignore=tests/e2e --ignore=tests/deploy -q
