#!/usr/bin/env bash
# The production database leg: the suite again on PostgreSQL where one is reachable
# (it is on our machines and in CI); on a laptop without one, say so and skip.
set -euo pipefail
python="${1:-python3}"
url="${TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/test}"

if ! "$python" - "$url" <<'PY'
import sys
import psycopg
try:
    psycopg.connect(sys.argv[1], connect_timeout=3).close()
except Exception as exc:
    print(f"PostgreSQL leg skipped: cannot connect to {sys.argv[1]} ({exc.__class__.__name__}). "
          "Set TEST_POSTGRES_URL to run it.")
    sys.exit(1)
PY
then
    exit 0
fi
echo "PostgreSQL leg: the suite on $url (browser tests ran on SQLite above)"
# The browser and deploy tests run their own servers on their own databases: once is enough.
DATABASE_URL="$url" "$python" -m pytest --ignore=tests/e2e --ignore=tests/deploy -q
