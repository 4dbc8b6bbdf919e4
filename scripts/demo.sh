#!/usr/bin/env bash
# One command for a fresh Debian 12 machine: install dependencies, build
# gongkai (Release), and publish the bundled demo content into ./public.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j"$(nproc)"
./build/release/generator/gongkai build --content content --out public "$@"
echo
echo "Demo site: $(pwd)/public/index.html"
echo "Preview it: ./build/release/generator/gongkai serve --content content --out public   (http://127.0.0.1:1313/)"
