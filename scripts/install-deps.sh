#!/usr/bin/env bash
# Installs every Debian 12 package gongkai needs to build, test and screenshot.
# Safe to run again; uses sudo when not root.
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive

packages=(
  build-essential cmake pkg-config ninja-build
  libcmark-gfm-dev libcmark-gfm-extensions-dev
  nlohmann-json3-dev libsqlite3-dev sqlite3 libsfml-dev doctest-dev
  libyaml-cpp-dev libicu-dev libqrencode-dev libcli11-dev libfmt-dev
  libcpp-httplib-dev libxxhash-dev libssl-dev libfreetype-dev libcereal-dev
  fonts-noto-cjk fontconfig
  xvfb xauth xdotool libxml2-utils python3
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
