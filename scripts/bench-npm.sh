#!/usr/bin/env bash
# Measures the npm package against the native tool (benches/npm_package.rs
# in bench/) and prints its size: packed, unpacked, and the module alone.
#
#   scripts/bench-npm.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

tarball=$(bash scripts/build-npm.sh)
cargo build --quiet --release --package capmonster-errors-doc-tool --bin catalog
cargo build --quiet --package capmonster-errors-doc-tool --bin catalog

echo "packed:        $(stat -c %s "$tarball") bytes ($tarball)"
echo "unpacked:      $(du -sb target/npm/package | cut -f1) bytes (target/npm/package)"
echo "catalog.wasm:  $(stat -c %s target/npm/package/catalog.wasm) bytes"

CATALOG_PACKAGE="$root/target/npm/package" \
CATALOG_NATIVE="$root/target/release/catalog" \
CATALOG_NATIVE_DEBUG="$root/target/debug/catalog" \
    cargo bench --package capmonster-errors-bench --bench npm_package -- "$@"
