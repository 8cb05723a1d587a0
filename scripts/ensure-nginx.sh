#!/usr/bin/env bash
# Make sure the deploy tests have Debian's nginx (tests/deploy runs it on loopback in front of
# gunicorn). Only the program is wanted: it must not stay running as the machine's web server.
set -euo pipefail

if [ -x /usr/sbin/nginx ] || command -v nginx >/dev/null 2>&1; then
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "No nginx and no apt-get: the nginx tests will be skipped (install nginx to run them)."
    exit 0
fi
sudo=""
[ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && sudo="sudo -n"
if [ "$(id -u)" -ne 0 ] && [ -z "$sudo" ]; then
    echo "No nginx and no root: the nginx tests will be skipped (install Debian's nginx)."
    exit 0
fi
echo "Installing Debian's nginx for the deploy tests..."
# A policy-rc.d that says no keeps the package from starting its service; one already there
# (containers have one) is left as it was.
policy=/usr/sbin/policy-rc.d
added_policy=""
if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null
    $sudo chmod +x "$policy"
    added_policy=1
fi
trap 'if [ -n "$added_policy" ]; then $sudo rm -f "$policy"; fi' EXIT
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq nginx >/dev/null
# Where systemd runs, keep it from starting nginx at the next boot as well.
if command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]; then
    $sudo systemctl disable --now nginx >/dev/null 2>&1 || true
fi
