#!/usr/bin/env bash
# Make sure the browser tests have a Chromium: Debian's package where we can install it
# (CI, our machines), else Playwright's own download (a developer's laptop with internet).
set -euo pipefail
python="${1:-python3}"

if [ -x /usr/bin/chromium ] || [ -n "${CHROMIUM_PATH:-}" ]; then
    exit 0
fi
if command -v apt-get >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && sudo="sudo -n"
    if [ "$(id -u)" -eq 0 ] || [ -n "$sudo" ]; then
        echo "Installing Debian's chromium for the browser tests..."
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
        exit 0
    fi
fi
echo "No system Chromium; asking Playwright to download its own..."
"$python" -m playwright install chromium
