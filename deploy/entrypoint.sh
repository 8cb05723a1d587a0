#!/bin/sh
# The backend container's start: migrate, collect static files, optionally load the demo,
# then run the command (gunicorn by default). Settings come from the environment.
set -eu
app_dir="$(cd "$(dirname "$0")/.." && pwd)"  # /app in the image
manage="python $app_dir/backend/manage.py"
var_dir="${TURNTO_VAR_DIR:-/srv/turnto/var}"

# Without SECRET_KEY (a first try from .env.example) one is made once and kept in the state
# volume. Several replicas must share one: set SECRET_KEY in .env for them.
if [ -z "${SECRET_KEY:-}" ]; then
    key_file="$var_dir/secret_key"
    if [ ! -s "$key_file" ]; then
        mkdir -p "$var_dir"
        (umask 077 && python -c "import secrets; print(secrets.token_urlsafe(50))" > "$key_file")
        echo "SECRET_KEY was not set: generated one in $key_file."
    fi
    SECRET_KEY="$(cat "$key_file")"
    export SECRET_KEY
fi

if [ "${MIGRATE_ON_START:-1}" = "1" ]; then
    $manage migrate --noinput
fi
$manage collectstatic --noinput --verbosity 0
if [ "${DEMO:-0}" = "1" ]; then
    $manage load_demo --port "${DEMO_PORT:-80}"
    $manage local_admin
fi

exec "$@"
