#!/usr/bin/env bash
# Runs benches/lookup.rs on the live catalog (errors.toml) and on synthetic
# catalogs of 1,000 and 10,000 codes, each in its own target directory, and
# prints the tables BENCHMARKS.md quotes.
#
#   scripts/bench-lookup.sh [SIZES...]     (default: live 1000 10000)
#
# A size is a number of codes for a synthetic catalog, or `live`.
#
# The generated `match` for 10,000 codes takes minutes to compile in
# release, which is why this is a script and not part of CI.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(live 1000 10000)

mkdir -p target/synthetic
for size in "${sizes[@]}"; do
    # Absolute: criterion writes its results under the target directory,
    # relative to the benchmark crate's own folder otherwise.
    target="$PWD/target/bench-$size"
    if [ "$size" = live ]; then
        unset CAPMONSTER_ERRORS_CATALOG RUSTFLAGS
    else
        # The library's catalog override: the cfg and the variable together.
        catalog="$PWD/target/synthetic/errors-$size.toml"
        python3 scripts/synthetic_catalog.py "$size" > "$catalog"
        export CAPMONSTER_ERRORS_CATALOG="$catalog"
        export RUSTFLAGS="--cfg capmonster_errors_catalog_override"
    fi
    echo "== catalog: $size" >&2
    CARGO_TARGET_DIR="$target" cargo bench --package capmonster-errors-bench --bench lookup >&2
    python3 scripts/bench-report.py "$target/criterion"
done
