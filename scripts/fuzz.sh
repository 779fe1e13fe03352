#!/usr/bin/env bash
# Fuzzes the generator (any bytes as errors.toml) and the runtime lookups
# (any string as a code or a locale) with libFuzzer through cargo-fuzz.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET]     (default 60)
#
# Installs cargo-fuzz from crates.io when it is missing. cargo-fuzz needs a
# nightly toolchain for its sanitizers; without one, it runs on the default
# toolchain with the sanitizer off (coverage guidance still works).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}

command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked

if rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
    fuzz=(cargo +nightly fuzz)
    sanitizer=address
else
    fuzz=(cargo fuzz)
    sanitizer=none
fi

# Seed corpora: the real catalog and every broken one for the generator,
# near misses for the lookups. libFuzzer adds what it finds to the first
# directory, under fuzz/corpus/, which git ignores.
mkdir -p fuzz/corpus/generator fuzz/corpus/lookup
cp errors.toml codegen/tests/broken/*.toml codegen/tests/unit/*.toml codegen/tests/fixtures/*.toml fuzz/corpus/generator/

for target in generator lookup; do
    seeds=()
    [ "$target" = lookup ] && seeds=(fuzz/seeds/lookup)
    echo "== $target: $seconds s, sanitizer $sanitizer"
    "${fuzz[@]}" run --sanitizer "$sanitizer" "$target" "fuzz/corpus/$target" "${seeds[@]}" -- \
        -max_total_time="$seconds" -print_final_stats=1 2>&1 |
        grep -E '^(#[0-9]+\s+DONE|Done [0-9]+ runs|stat::number_of_executed_units|stat::average_exec_per_sec|stat::new_units_added|==[0-9]+==ERROR|SUMMARY|panicked)' || true
    if [ -d "fuzz/artifacts/$target" ] && [ -n "$(ls -A "fuzz/artifacts/$target")" ]; then
        echo "!! $target found crashes: fuzz/artifacts/$target" >&2
        exit 1
    fi
done
