#!/usr/bin/env bash
# What depending on this crate costs at build time, measured and printed:
#
# - a clean build of a crate that depends on this one, debug and release,
#   beside one of a crate that depends on phf alone (the floor), and one
#   that depends on it by path, as this repository's own crates do;
# - the doc writer's loop: rebuilding after touching or editing errors.toml;
# - the generator alone (the build script) on the live catalog and on
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
mkdir -p "$work/catalogs"

source scripts/build-cost-crates.sh
# The by-path crate keeps Cargo's default, incremental, as this
# repository's own crates have it.
dependent_crate "$work/dependent" "$root" "$NOT_INCREMENTAL"
dependent_crate "$work/dependent-by-path" "$root"
phf_only_crate "$work/phf-only"
for size in 1000 10000; do
    python3 scripts/synthetic_catalog.py "$size" > "$work/catalogs/errors-$size.toml"
done
cp errors.toml "$work/catalogs/errors-live.toml"

# Seconds that a command took, to a hundredth.
seconds() {
    local start end
    start=$(date +%s.%N)
    "$@" > /dev/null 2>&1
    end=$(date +%s.%N)
    python3 -c "print(f'{$end - $start:.2f}')"
}

manifest=(--manifest-path "$work/dependent/Cargo.toml")
by_path=(--manifest-path "$work/dependent-by-path/Cargo.toml")
floor=(--manifest-path "$work/phf-only/Cargo.toml")
cargo fetch "${manifest[@]}" > /dev/null 2>&1
cargo fetch "${by_path[@]}" > /dev/null 2>&1
cargo fetch "${floor[@]}" > /dev/null 2>&1

# The median of three clean builds, taken in turns with the other crates'
# so that a slow moment of the shared machine does not fall on one alone:
# `clean_builds LABEL TARGET_DIR CARGO_ARGS...` appends its times to
# $work/times/LABEL.
clean_build() {
    local label=$1 target=$2
    shift 2
    rm -rf "$target"
    CARGO_TARGET_DIR="$target" seconds cargo build "$@" >> "$work/times/$label"
}
median() {
    sort -n "$work/times/$1" | sed -n 2p
}

echo "| measurement | result |"
echo "|---|---|"
unset CAPMONSTER_ERRORS_CATALOG RUSTFLAGS
mkdir -p "$work/times"
# Once unmeasured, so that the first measured build does not also pay for
# reading the registry's sources from disk.
CARGO_TARGET_DIR="$work/target-warm-up" cargo build "${manifest[@]}" > /dev/null 2>&1
for _ in 1 2 3; do
    clean_build dependent-debug "$work/target-debug" "${manifest[@]}"
    clean_build by-path-debug "$work/target-by-path" "${by_path[@]}"
    clean_build floor-debug "$work/target-floor-debug" "${floor[@]}"
    clean_build dependent-release "$work/target-release" "${manifest[@]}" --release
    clean_build floor-release "$work/target-floor-release" "${floor[@]}" --release
done
echo "| clean build of a dependent crate, debug (median of 3) | $(median dependent-debug) s |"
echo "| clean build of a crate that depends on phf alone, debug (median of 3) | $(median floor-debug) s |"
echo "| clean build of a dependent crate, release (median of 3) | $(median dependent-release) s |"
echo "| clean build of a crate that depends on phf alone, release (median of 3) | $(median floor-release) s |"
echo "| clean build of a dependent crate by path (ours built incrementally), debug (median of 3) | $(median by-path-debug) s |"

export CARGO_TARGET_DIR="$work/target-debug"
touch errors.toml
echo "| rebuild after touching errors.toml, debug | $(seconds cargo build "${manifest[@]}") s |"
cp errors.toml "$work/errors.toml.saved"
# Any description will do: the first English one gains a word.
sed -i '0,/^en = "/s//en = "Edited: /' errors.toml
cmp -s errors.toml "$work/errors.toml.saved" && { echo "no description to edit" >&2; exit 1; }
echo "| rebuild after editing a description, debug | $(seconds cargo build "${manifest[@]}") s |"
cp "$work/errors.toml.saved" errors.toml
cargo build "${manifest[@]}" > /dev/null 2>&1

script=$(ls "$work"/target-debug/debug/build/capmonster-errors-*/build-script-build | head -n 1)
rlib=$(ls "$work"/target-release/release/deps/libcapmonster_errors-*.rlib | head -n 1)
echo "| library (.rlib), release, live catalog | $(stat -c %s "$rlib") bytes |"
for size in live 1000 10000; do
    out="$work/out-$size"
    mkdir -p "$out"
    report=$( { OUT_DIR="$out" CARGO_MANIFEST_DIR="$root" CARGO_CFG_CAPMONSTER_ERRORS_CATALOG_OVERRIDE= \
        CAPMONSTER_ERRORS_CATALOG="$work/catalogs/errors-$size.toml" \
        /usr/bin/time -f "%e s, peak %M KiB" "$script" > /dev/null; } 2>&1 | tail -n 1)
    echo "| generator (build script, as Cargo builds it), catalog: $size | $report |"
    echo "| generated source, catalog: $size | $(stat -c %s "$out/catalog.rs") bytes |"
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
