#!/usr/bin/env bash
# What depending on this crate costs at build time, measured and printed:
#
# - a clean build of a crate that depends on this one, debug and release;
# - the doc writer's loop: rebuilding after touching or editing errors.toml;
# - the generator alone (the build script) on the 27-code catalog and on
#   synthetic 1,000- and 10,000-code ones: wall time and peak memory;
# - the size of the generated source and of the library;
# - a clean build against the 10,000-code catalog (target: under 60 s).
#
#   scripts/build-cost.sh
#
# Everything runs in target/build-cost/, after `cargo fetch`, so network
# time is not counted. Needs /usr/bin/time (GNU time) for peak memory.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work="$root/target/build-cost"
rm -rf "$work"
mkdir -p "$work/dependent/src" "$work/catalogs"

cat > "$work/dependent/Cargo.toml" <<TOML
[package]
name = "build-cost-dependent"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
capmonster-errors = { path = "$root" }

[workspace]
TOML
echo 'fn main() { println!("{:?}", capmonster_errors::ErrorCode::from_code("ERROR_ZERO_BALANCE")); }' \
    > "$work/dependent/src/main.rs"
for size in 1000 10000; do
    python3 scripts/synthetic_catalog.py "$size" > "$work/catalogs/errors-$size.toml"
done
cp errors.toml "$work/catalogs/errors-27.toml"

# Seconds that a command took, to a hundredth.
seconds() {
    local start end
    start=$(date +%s.%N)
    "$@" > /dev/null 2>&1
    end=$(date +%s.%N)
    python3 -c "print(f'{$end - $start:.2f}')"
}

manifest=(--manifest-path "$work/dependent/Cargo.toml")
cargo fetch "${manifest[@]}" > /dev/null 2>&1

echo "| measurement | result |"
echo "|---|---|"
unset CAPMONSTER_ERRORS_CATALOG RUSTFLAGS
for profile in debug release; do
    flag=(); [ "$profile" = release ] && flag=(--release)
    export CARGO_TARGET_DIR="$work/target-$profile"
    echo "| clean build of a dependent crate, $profile | $(seconds cargo build "${manifest[@]}" "${flag[@]}") s |"
done

export CARGO_TARGET_DIR="$work/target-debug"
touch errors.toml
echo "| rebuild after touching errors.toml, debug | $(seconds cargo build "${manifest[@]}") s |"
cp errors.toml "$work/errors.toml.saved"
sed -i 's/账户余额为零。/账户余额为零！/' errors.toml
echo "| rebuild after editing a description, debug | $(seconds cargo build "${manifest[@]}") s |"
cp "$work/errors.toml.saved" errors.toml
cargo build "${manifest[@]}" > /dev/null 2>&1

script=$(ls "$work"/target-debug/debug/build/capmonster-errors-*/build-script-build | head -n 1)
rlib=$(ls "$work"/target-release/release/deps/libcapmonster_errors-*.rlib | head -n 1)
echo "| library (.rlib), release, 27 codes | $(stat -c %s "$rlib") bytes |"
for size in 27 1000 10000; do
    out="$work/out-$size"
    mkdir -p "$out"
    report=$( { OUT_DIR="$out" CARGO_MANIFEST_DIR="$root" CARGO_CFG_CAPMONSTER_ERRORS_CATALOG_OVERRIDE= \
        CAPMONSTER_ERRORS_CATALOG="$work/catalogs/errors-$size.toml" \
        /usr/bin/time -f "%e s, peak %M KiB" "$script" > /dev/null; } 2>&1 | tail -n 1)
    echo "| generator (build script, as Cargo builds it), $size codes | $report |"
    echo "| generated source, $size codes | $(stat -c %s "$out/catalog.rs") bytes |"
done

export CAPMONSTER_ERRORS_CATALOG="$work/catalogs/errors-10000.toml"
export RUSTFLAGS="--cfg capmonster_errors_catalog_override"
for profile in debug release; do
    flag=(); [ "$profile" = release ] && flag=(--release)
    export CARGO_TARGET_DIR="$work/target-10000-$profile"
    echo "| clean build of a dependent crate, 10,000 codes, $profile | $(seconds cargo build "${manifest[@]}" "${flag[@]}") s |"
done
rlib=$(ls "$work"/target-10000-release/release/deps/libcapmonster_errors-*.rlib | head -n 1)
echo "| library (.rlib), release, 10,000 codes | $(stat -c %s "$rlib") bytes |"
