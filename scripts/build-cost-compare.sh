#!/usr/bin/env bash
# What depending on this crate costs at build time, against other
# revisions of it: clean builds of a crate that depends on this checkout,
# of one that depends on each REV, and of one that depends on phf alone
# (the floor), debug and release, taken in turns three times in one run,
# with the median of each and its ratio to the floor. On a shared machine
# only ratios measured side by side like this compare.
#
# With --codes N, every library is built from the same synthetic catalog of
# N codes (scripts/synthetic_catalog.py, two languages unless --languages 4)
# instead of its own errors.toml, and the generator's run (the build script
# each revision built, on that catalog) is timed too.
#
#   scripts/build-cost-compare.sh [--codes N [--languages 2|4]] [REV...]
#   (about two minutes a revision on the live catalog; with no REV, this
#   checkout against phf alone)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
codes=
languages=2
while [ $# -gt 0 ]; do
    case $1 in
        --codes) codes=$2; shift 2 ;;
        --languages) languages=$2; shift 2 ;;
        *) break ;;
    esac
done
revs=("$@")
work="$root/target/build-cost-compare"
rm -rf "$work"
git worktree prune
mkdir -p "$work/times"
remove_worktrees() {
    for index in "${!revs[@]}"; do
        git worktree remove --force "$work/tree$index" 2> /dev/null || true
    done
}
trap remove_worktrees EXIT
crates=(this)
for index in "${!revs[@]}"; do
    git worktree add --quiet --detach "$work/tree$index" "${revs[$index]}"
    crates+=("rev$index")
done

source scripts/build-cost-crates.sh
dependent_crate "$work/this" "$root" "$NOT_INCREMENTAL"
for index in "${!revs[@]}"; do
    dependent_crate "$work/rev$index" "$work/tree$index" "$NOT_INCREMENTAL"
done
# The dependents, then the floor.
dependents=("${crates[@]}")
crates+=(floor)
phf_only_crate "$work/floor"

unset CAPMONSTER_ERRORS_CATALOG RUSTFLAGS
if [ -n "$codes" ]; then
    catalog="$work/errors-$codes.toml"
    python3 scripts/synthetic_catalog.py --languages "$languages" "$codes" > "$catalog"
    # Both switches of the library's build script (catalog_override.rs);
    # the floor gets the same RUSTFLAGS, so that no crate rebuilds more.
    export CAPMONSTER_ERRORS_CATALOG="$catalog"
    export RUSTFLAGS="--cfg capmonster_errors_catalog_override"
fi
for crate in "${crates[@]}"; do
    cargo fetch --manifest-path "$work/$crate/Cargo.toml" > /dev/null 2>&1
    # Once unmeasured, so that no measured build pays for reading sources.
    CARGO_TARGET_DIR="$work/target-warm-up-$crate" \
        cargo build --manifest-path "$work/$crate/Cargo.toml" > "$work/warm-up-$crate.log" 2>&1 || {
        echo "the crate that depends on $crate does not build:" >&2
        tail -n 20 "$work/warm-up-$crate.log" >&2
        exit 1
    }
done

clean_build() { # CRATE PROFILE
    local target="$work/target-$1-$2" flag=() start end
    [ "$2" = release ] && flag=(--release)
    rm -rf "$target"
    start=$(date +%s.%N)
    CARGO_TARGET_DIR="$target" cargo build --manifest-path "$work/$1/Cargo.toml" "${flag[@]}" \
        > /dev/null 2>&1
    end=$(date +%s.%N)
    python3 -c "print(f'{$end - $start:.2f}')" >> "$work/times/$1-$2"
}
for _ in 1 2 3; do
    for profile in debug release; do
        for crate in "${crates[@]}"; do
            clean_build "$crate" "$profile"
        done
    done
done
median() { sort -n "$work/times/$1" | sed -n 2p; }
ratio() { python3 -c "print(f'{$1 / $2:.1f}')"; }

# The generator's run alone: each crate's build script, as its clean debug
# build left it, run three times in turns on the catalog.
generator_runs() {
    local crate script out start end
    for _ in 1 2 3; do
        for crate in "${dependents[@]}"; do
            script=$(ls "$work/target-$crate-debug"/debug/build/capmonster-errors-*/build-script-build | head -n 1)
            out="$work/out-$crate"
            mkdir -p "$out"
            start=$(date +%s.%N)
            OUT_DIR="$out" CARGO_MANIFEST_DIR="$root" CARGO_CFG_CAPMONSTER_ERRORS_CATALOG_OVERRIDE= \
                "$script" > "$out/stdout"
            end=$(date +%s.%N)
            python3 -c "print(f'{$end - $start:.2f}')" >> "$work/times/$crate-generator"
        done
    done
}

if [ -n "$codes" ]; then
    generator_runs
    echo "Catalog: $codes synthetic codes, $languages languages."
    echo
fi
# How the tables name a crate: this checkout with its commit, or the
# revision as given.
label() {
    if [ "$1" = this ]; then
        echo "this checkout ($(git rev-parse --short HEAD))"
    else
        echo "${revs[${1#rev}]}"
    fi
}

echo "| dependent on | debug | ratio to phf alone | release | ratio to phf alone |"
echo "|---|---:|---:|---:|---:|"
for crate in "${dependents[@]}"; do
    debug=$(median "$crate-debug")
    release=$(median "$crate-release")
    echo "| $(label "$crate") | $debug s | $(ratio "$debug" "$(median floor-debug)") | $release s | $(ratio "$release" "$(median floor-release)") |"
done
echo "| phf alone | $(median floor-debug) s | 1.0 | $(median floor-release) s | 1.0 |"
echo
echo "| dependent on | library (.rlib), release |"
echo "|---|---:|"
for crate in "${dependents[@]}"; do
    rlib=$(ls "$work/target-$crate-release"/release/deps/libcapmonster_errors-*.rlib | head -n 1)
    echo "| $(label "$crate") | $(stat -c %s "$rlib") bytes |"
done
if [ -n "$codes" ]; then
    echo
    echo "| generator's run (build script), median of 3 | seconds |"
    echo "|---|---:|"
    for crate in "${dependents[@]}"; do
        echo "| $(label "$crate") | $(median "$crate-generator") |"
    done
fi
