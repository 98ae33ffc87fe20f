#!/usr/bin/env bash
# Installs what DealerPay needs to build, run and test on Debian 12 (as root, or through sudo).
set -euo pipefail
packages=(
  build-essential cmake ccache pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-httpserver-dev qt6-websockets-dev libqt6opengl6-dev qtkeychain-qt6-dev
  libqt6sql6-sqlite libqt6sql6-psql libgl-dev
  libcurl4-openssl-dev libssl-dev
  qt6-translations-l10n
  xvfb xauth fonts-dejavu-core
  python3-stripe python3-aiosmtpd poppler-utils sqlite3 libsqlite3-dev curl
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
