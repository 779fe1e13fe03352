#!/usr/bin/env bash
# cargo-mutants, each mutant against the tests that can catch it.
#
#   scripts/mutants.sh [BASE]
#       Every mutant of a line of the library (src/) or the generator
#       (codegen/src/) that changed since BASE (default HEAD~1). Run it
#       before you stop; a minute or two for a small change.
#   scripts/mutants.sh --all library
#       Every mutant of the library: about 20 minutes on two cores.
#   scripts/mutants.sh --all generator [FOLDER...]
#       Every mutant of the generator, or of the named folders of
#       codegen/src/ (check, markdown, render, ...): hours for all of it.
#
# It exits non-zero when a mutant is missed; the lists are under
# target/mutants/ (missed.txt, caught.txt, ...). Mutants that cannot change
# what the code does are excluded, each with its reason, in
# .cargo/mutants.toml.
#
# The library's mutants run its own test binaries but the four that build
# scratch crates (dependent, fifth_language, hostile_text, no_std): those
# build other crates from clean and would take most of every mutant's
# time, and what they test is the build, which a mutant of a line of src/
# does not change. The lookup (src/lookup.rs) is the exception: its
# displaced shape and its short keys exist only in catalogs larger and
# stranger than the live one, so its mutants run large_catalog too, which
# builds one. The generator's mutants run its unit tests and the corpus of
# broken catalogs. A mutant whose tests run past a minute (ten times a
# clean run's) counts as a timeout: a mutated loop that never ends.
#
# Installs cargo-mutants from crates.io when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() {
    sed -n '2,13p' "$0" >&2
    exit 2
}

command -v cargo-mutants >/dev/null || cargo install cargo-mutants --locked

# What to mutate: the lines of a diff, or whole files.
scope=()
run_library=true
run_generator=true
generator_files=()
if [ "${1:-}" = --all ]; then
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
else
    case ${1:-} in -*) usage ;; esac
    base=${1:-HEAD~1}
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
run_lookup=$run_library
if [ ${#scope[@]} -gt 0 ] && git diff --quiet "$base" -- src/lookup.rs; then
    run_lookup=false
fi

library_tests=()
for test in tests/*.rs; do
    name=$(basename "$test" .rs)
    case $name in
        dependent | fifth_language | hostile_text | no_std | large_catalog) ;;
        *) library_tests+=(--test "$name") ;;
    esac
done

status=0
mutants() { # OUTPUT TIMEOUT ARGS...
    local output=target/mutants/$1 timeout=$2
    shift 2
    mkdir -p "$output"
    cargo mutants --all-features --timeout "$timeout" --output "$output" "$@" || status=$?
}
if $run_library; then
    mutants library 60 --package capmonster-errors "${scope[@]}" -e src/lookup.rs \
        -- --lib "${library_tests[@]}"
fi
if $run_lookup; then
    # Each mutant builds the large catalog's crate again: a minute, not
    # seconds.
    mutants library-lookup 300 --package capmonster-errors "${scope[@]}" -f src/lookup.rs \
        -- --lib "${library_tests[@]}" --test large_catalog
fi
if $run_generator; then
    mutants generator 60 --package capmonster-errors-codegen "${scope[@]}" "${generator_files[@]}" \
        -- --lib --test unit --test broken_catalogs
fi
exit "$status"
