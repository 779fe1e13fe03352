#!/usr/bin/env bash
# Builds the npm package `capmonster-errors-catalog` (npm/): the doc writers'
# tool compiled to WebAssembly (the `wasm` crate), with the errors.toml it
# was built from, packed by npm as a release would be.
#
#   scripts/build-npm.sh
#
# Writes target/npm/capmonster-errors-catalog-VERSION.tgz and prints its
# path; target/npm/package/ holds the same files unpacked. Needs rustup (it
# adds the wasm32-wasip1 target if missing), node 20 or later and npm.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
out="$root/target/npm"

# One version for the crate and the package: a release bumps both.
crate_version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
package_version=$(node -p 'require("./npm/package.json").version')
if [ "$crate_version" != "$package_version" ]; then
    echo "npm/package.json has version $package_version, the crate $crate_version; give both the release's version" >&2
    exit 1
fi

rustup target list --installed | grep -qx wasm32-wasip1 || rustup target add wasm32-wasip1 >&2
cargo build --quiet --package capmonster-errors-wasm --profile wasm --target wasm32-wasip1

rm -rf "$out/stage" "$out/package"
mkdir -p "$out/stage"
cp -r npm/package.json npm/README.md npm/bin npm/lib "$out/stage/"
cp LICENSE errors.toml "$out/stage/"
cp target/wasm32-wasip1/wasm/capmonster_errors_wasm.wasm "$out/stage/catalog.wasm"
tarball=$(cd "$out/stage" && npm pack --silent --pack-destination "$out")
tar -xzf "$out/$tarball" -C "$out"
echo "$out/$tarball"
