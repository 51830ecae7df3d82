#!/usr/bin/env bash
# Installs the real browsers the end-to-end tests drive, from Debian's packages (never a
# downloaded browser build). Safe to run again: it does nothing when both are present.
# `npm test` and `npm run demo` run it first, so a fresh Debian machine needs no other step.
# A browser named by CHROMIUM_PATH / FIREFOX_PATH (as the tests accept) counts as present.
set -euo pipefail

present() { [ -x "${1:-}" ] || command -v "$2" >/dev/null 2>&1; }
missing=()
present "${CHROMIUM_PATH:-}" chromium || missing+=(chromium)
present "${FIREFOX_PATH:-}" firefox-esr || missing+=(firefox-esr)
[ ${#missing[@]} -eq 0 ] && { echo "Browsers present for the end-to-end tests."; exit 0; }

sudo_cmd=()
[ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
echo "Installing ${missing[*]} from Debian's packages…"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" fonts-dejavu-core >/dev/null
