#!/usr/bin/env bash
# cargo-mutants, each mutant against the tests that can catch it.
#
#   scripts/mutants.sh [--max N] [BASE]
#       Every mutant of a line of the library (src/) or the generator
#       (codegen/src/) that changed since BASE (default HEAD~1). Run it
#       before you stop; a minute or two for a small change. With --max,
#       about N of them at most: a fixed share (cargo-mutants' --shard 0/K)
#       when there are more. CI runs it so on the last commit.
#   scripts/mutants.sh --all library
#       Every mutant of the library: about half an hour on two cores.
#   scripts/mutants.sh --all generator [FOLDER...]
#       Every mutant of the generator, or of the named folders of
#       codegen/src/ (check, markdown, render, ...): hours for all of it.
#
# It exits non-zero when a mutant is missed; the lists are under
# target/mutants/ (missed.txt, caught.txt, ...). Mutants that cannot change
# what the code does are excluded, each with its reason, in
# .cargo/mutants.toml. TESTING.md has the counts of the last whole runs.
#
# The library's mutants run its own test binaries but the four that build
# scratch crates (dependent, fifth_language, hostile_text, no_std): those
# build other crates from clean and would take most of every mutant's
# time, and what they test is the build, which a mutant of a line of src/
# does not change. Two parts are the exception: the lookup (src/lookup.rs),
# whose displaced shape and short keys exist only in catalogs larger and
# stranger than the live one, and `ErrorCode::retired`, which the live
# catalog may give to no code. Their mutants run large_catalog too, which
# builds such a catalog. The generator's mutants run its unit tests and
# the corpus of broken catalogs. A mutant whose tests run past a minute
# (ten times a clean run's) counts as a timeout: a mutated loop that never
# ends, which the tests noticed; timeouts are listed (timeout.txt) but do
# not fail.
#
# Installs cargo-mutants from crates.io when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() {
    sed -n '2,14p' "$0" >&2
    exit 2
}

# What to mutate: the lines of a diff, or whole files.
scope=()
run_library=true
run_generator=true
generator_files=()
max=
base=HEAD~1
while [ $# -gt 0 ]; do
    case $1 in
        --max)
            max=${2:?--max needs a number}
            shift 2
            ;;
        --all)
            case ${2:-} in
                library) run_generator=false ;;
                generator)
                    run_library=false
                    for folder in "${@:3}"; do
                        [ -d "codegen/src/$folder" ] || {
                            echo "no folder codegen/src/$folder" >&2
                            exit 2
                        }
                        generator_files+=(-f "codegen/src/$folder/*.rs" -f "codegen/src/$folder/**/*.rs")
                    done
                    ;;
                *) usage ;;
            esac
            base=
            break
            ;;
        -*) usage ;;
        *)
            base=$1
            shift
            ;;
    esac
done
if [ -n "$base" ]; then
    diff=$(mktemp)
    trap 'rm -f "$diff"' EXIT
    # With renames found, a moved file's lines are not new.
    git diff -M "$base" -- src codegen/src > "$diff"
    if [ ! -s "$diff" ]; then
        echo "nothing changed in src/ or codegen/src/ since $base"
        exit 0
    fi
    scope=(--in-diff "$diff")
    git diff --quiet "$base" -- src && run_library=false
    git diff --quiet "$base" -- codegen/src && run_generator=false
fi
# The mutants that only a catalog other than the live one can catch.
scratch_catalog='^src/lookup\.rs:|ErrorCode::retired '

command -v cargo-mutants >/dev/null || cargo install cargo-mutants --locked

library_tests=()
for test in tests/*.rs; do
    name=$(basename "$test" .rs)
    case $name in
        dependent | fifth_language | hostile_text | no_std | large_catalog) ;;
        *) library_tests+=(--test "$name") ;;
    esac
done

# With --max, the same share of each part's mutants.
if [ -n "$max" ]; then
    count=0
    $run_library && count=$((count + $(cargo mutants --list --package capmonster-errors "${scope[@]}" | wc -l)))
    $run_generator && count=$((count + $(cargo mutants --list --package capmonster-errors-codegen "${scope[@]}" | wc -l)))
    shards=$(((count + max - 1) / max))
    if [ "$shards" -gt 1 ]; then
        echo "$count mutants: testing the first of $shards shares (run without --max for all)"
        scope+=(--shard "0/$shards")
    fi
fi

status=0
mutants() { # OUTPUT TIMEOUT ARGS...
    local output=target/mutants/$1 timeout=$2
    shift 2
    mkdir -p "$output"
    # Exit status 3 is timeouts only: caught, by never ending.
    cargo mutants --all-features --timeout "$timeout" --output "$output" "$@" || {
        local code=$?
        [ "$code" -eq 3 ] || status=$code
    }
}
if $run_library; then
    mutants library 60 --package capmonster-errors "${scope[@]}" --exclude-re "$scratch_catalog" \
        -- --lib "${library_tests[@]}"
    # Each of these builds the large catalog's crate again: most of a
    # minute, not seconds.
    mutants library-scratch-catalog 300 --package capmonster-errors "${scope[@]}" --re "$scratch_catalog" \
        -- --lib "${library_tests[@]}" --test large_catalog
fi
if $run_generator; then
    mutants generator 60 --package capmonster-errors-codegen "${scope[@]}" "${generator_files[@]}" \
        -- --lib --test unit --test broken_catalogs
fi
exit "$status"
