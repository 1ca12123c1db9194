#!/usr/bin/env bash
# Installs Debian's Chromium and Firefox ESR when they are missing (the e2e tests, demo and bench
# drive them; nothing is downloaded by the test tools themselves).
set -euo pipefail
need=()
if ! { [ -n "${CHROME_PATH:-}" ] && [ -x "$CHROME_PATH" ]; } && ! command -v chromium >/dev/null 2>&1; then need+=(chromium); fi
if ! { [ -n "${FIREFOX_PATH:-}" ] && [ -x "$FIREFOX_PATH" ]; } && ! command -v firefox-esr >/dev/null 2>&1; then need+=(firefox-esr); fi
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
command -v chromium >/dev/null && chromium --version || true
command -v firefox-esr >/dev/null && firefox-esr --version || true
