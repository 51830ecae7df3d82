#!/usr/bin/env bash
# Installs the real browsers the end-to-end tests drive, from Debian's packages (never a
# downloaded browser build). Safe to run again: it does nothing when both are present.
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
[ ${#missing[@]} -eq 0 ] && { echo "Browsers present: $(chromium --version 2>/dev/null | head -1); $(firefox-esr --version)"; exit 0; }

sudo_cmd=()
[ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
echo "Installing ${missing[*]} from Debian's packages…"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" fonts-dejavu-core >/dev/null
