#!/usr/bin/env bash
# The browser tests drive Debian's headless Chromium through chromedriver.
# Installs both from Debian's packages when they are missing.
set -euo pipefail
if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
  exit 0
fi
echo "Installing Debian packages chromium and chromium-driver for the browser tests"
sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq chromium chromium-driver >/dev/null
command -v chromium && command -v chromedriver
