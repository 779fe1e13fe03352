#!/usr/bin/env bash
# The npm package against `cargo catalog`: builds and packs it
# (scripts/build-npm.sh), then runs its tests (npm/test/) on the package as
# npm unpacked it, beside the native tool: the corpus's problems, the
# pages byte for byte, bad input, the JavaScript API and its TypeScript types.
#
#   scripts/check-npm-package.sh
#
# Needs what build-npm.sh needs; installs TypeScript from npm/package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

tarball=$(bash scripts/build-npm.sh)
cargo build --quiet --package capmonster-errors-doc-tool --bin catalog
(cd npm && npm ci --no-audit --no-fund --loglevel=error && npx --no-install tsc -p test/types)
CATALOG_PACKAGE="$root/target/npm/package" \
CATALOG_NATIVE="$root/target/debug/catalog" \
    node --test npm/test/*.test.js
echo "$tarball: the package says and writes what cargo catalog does"
