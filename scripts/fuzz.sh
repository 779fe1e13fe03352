#!/usr/bin/env bash
# Fuzzes every parser of outside input with libFuzzer through cargo-fuzz:
# the generator (any bytes as errors.toml), its tree of TOML tables (any
# text, against the toml crate's), its reader of the descriptions'
# Markdown (any text, against markdown-rs's reading), where a TOML string's
# characters stand in the file (any text the TOML parser reads as one),
# the runtime lookups
# (any string as a code or a locale) and the client's path (any bytes as a
# response body, against serde_json's own reading).
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]   (default 60, every target)
#
# .ci/run calls it with 30 seconds a target, so that a new crash fails CI.
# Installs cargo-fuzz from crates.io when it is missing. cargo-fuzz needs a
# nightly toolchain for its sanitizers; without one, it runs on the default
# toolchain with the sanitizer off (coverage guidance still works).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(commonmark generator toml_document string_offsets lookup response)

command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked

if rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
    fuzz=(cargo +nightly fuzz)
    sanitizer=address
else
    fuzz=(cargo fuzz)
    sanitizer=none
fi

# Seed corpora: the real catalog and every broken one for the generator
# and the tree of tables,
# near misses for the lookups, real bodies for the client's path. libFuzzer
# adds what it finds to the first directory, under fuzz/corpus/, which git
# ignores.
for target in generator toml_document; do
    mkdir -p "fuzz/corpus/$target"
    cp errors.toml codegen/tests/broken/*.toml codegen/tests/unit/*.toml codegen/tests/fixtures/*.toml "fuzz/corpus/$target/"
done

for target in "${targets[@]}"; do
    mkdir -p "fuzz/corpus/$target"
    seeds=()
    [ -d "fuzz/seeds/$target" ] && seeds=("fuzz/seeds/$target")
    options=()
    # Bodies up to 64 KiB, each read within 2 s: a parse that is not linear
    # in the body's size shows up as a timeout.
    [ "$target" = response ] && options=(-max_len=65536 -timeout=2)
    echo "== $target: $seconds s, sanitizer $sanitizer"
    "${fuzz[@]}" run --sanitizer "$sanitizer" "$target" "fuzz/corpus/$target" "${seeds[@]}" -- \
        -max_total_time="$seconds" -print_final_stats=1 "${options[@]}" 2>&1 |
        grep -E '^(#[0-9]+\s+DONE|Done [0-9]+ runs|stat::number_of_executed_units|stat::average_exec_per_sec|stat::new_units_added|==[0-9]+==ERROR|SUMMARY|panicked|thread .* panicked)' || true
    if [ -d "fuzz/artifacts/$target" ] && [ -n "$(ls -A "fuzz/artifacts/$target")" ]; then
        echo "!! $target found crashes: fuzz/artifacts/$target" >&2
        exit 1
    fi
done
