#!/usr/bin/env bash
# Installs every Debian 12 package gongkai needs to build, test, fuzz and
# screenshot, on a minimal Debian 12 (debootstrap --variant=minbase, a cloud
# image, a container). Safe to run again: it installs only what is missing.
# Run it as root, or as a user who may use sudo: it calls sudo only when not
# root.
set -euo pipefail

packages=(
  # toolchains: gcc builds the release and ASan presets, clang (clang++,
  # version 14) the clang and fuzz presets, with libclang-rt-14-dev holding
  # its sanitizer and libFuzzer runtimes; clang-format-14 the format check
  build-essential cmake ninja-build pkg-config
  clang libclang-rt-14-dev clang-format-14
  # find_package / pkg_check_modules in CMakeLists.txt, one package each
  libsqlite3-dev            # SQLite3
  nlohmann-json3-dev        # nlohmann_json
  libyaml-cpp-dev           # yaml-cpp
  libcereal-dev             # cereal
  libfmt-dev                # fmt
  libcli11-dev              # CLI11
  doctest-dev               # doctest
  libicu-dev                # ICU uc i18n
  libssl-dev                # OpenSSL Crypto
  libqrencode-dev           # libqrencode
  libxxhash-dev             # libxxhash
  libcpp-httplib-dev zlib1g-dev libbrotli-dev   # cpp-httplib (and its .pc's Requires.private)
  libcmark-gfm-dev libcmark-gfm-extensions-dev  # libcmark-gfm, cmark-gfm-extensions
  libfreetype-dev           # kiosk: Freetype
  libfontconfig-dev         # kiosk: Fontconfig
  libsfml-dev               # kiosk: SFML graphics window system
  # tests: e2e scripts, XML checks, the site's search.js (run under node by
  # search_test), the kiosk under Xvfb with Mesa's software GL, its fonts,
  # and the snapshot shell
  python3 libxml2-utils nodejs sqlite3
  xvfb xauth xdotool libgl1-mesa-dri
  fonts-noto-cjk fontconfig
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ "${#missing[@]}" -eq 0 ] && exit 0

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null; then
    echo "install-deps: not root and sudo is not installed; as root, run: apt-get install ${missing[*]}" >&2
    exit 1
  fi
  as_root=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -q
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
