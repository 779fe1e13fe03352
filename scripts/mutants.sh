#!/usr/bin/env bash
# cargo-mutants on what a change touched: every mutant of a line of the
# library (src/) or the generator (codegen/src/) that changed since BASE,
# each against the tests that can catch it. Run it before you stop; it
# exits non-zero when a mutant is missed, and lists them.
#
#   scripts/mutants.sh [BASE]    (default: HEAD~1; a minute or two for a small change)
#
# The library's mutants run its own test binaries but the four that build
# scratch crates (dependent, fifth_language, hostile_text, no_std): those
# build other crates from clean and would take most of every mutant's
# time, and what they test is the build, which a mutant of a line of
# src/ does not change. The generator's run its unit tests and the corpus
# of broken catalogs. Results are under target/mutants/. A mutant whose
# tests run past a minute (ten times a clean run's) counts as a timeout:
# a mutated loop that never ends.
# Installs cargo-mutants from crates.io when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:-HEAD~1}

command -v cargo-mutants >/dev/null || cargo install cargo-mutants --locked

diff=$(mktemp)
trap 'rm -f "$diff"' EXIT
# With renames found, a moved file's lines are not new.
git diff -M "$base" -- src codegen/src > "$diff"
if [ ! -s "$diff" ]; then
    echo "nothing changed in src/ or codegen/src/ since $base"
    exit 0
fi

library_tests=()
for test in tests/*.rs; do
    name=$(basename "$test" .rs)
    case $name in
        dependent | fifth_language | hostile_text | no_std) ;;
        *) library_tests+=(--test "$name") ;;
    esac
done

mkdir -p target/mutants/library target/mutants/generator
status=0
cargo mutants --package capmonster-errors --all-features --in-diff "$diff" \
    --timeout 60 --output target/mutants/library \
    -- --lib "${library_tests[@]}" || status=$?
cargo mutants --package capmonster-errors-codegen --all-features --in-diff "$diff" \
    --timeout 60 --output target/mutants/generator \
    -- --lib --test unit --test broken_catalogs || status=$?
exit "$status"
