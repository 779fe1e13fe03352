#!/usr/bin/env bash
# Builds the generated docs pages in a real Docusaurus 3 site shaped like
# the official one (scripts/docs-site/site/: four locales, Russian in
# docs/, `.mdx` pages, a theme component the pages import, trailing
# slashes), with broken links, anchors and Markdown links fatal.
#
# The live errors.toml goes in as the docs site itself takes it, with no
# Rust on the machine: the packed npm package (scripts/build-npm.sh) is
# installed into the site from its tarball, and the site's own `npm run
# pages` writes the catalog the package carries, then a doc writer's
# edited file. For those steps cargo, rustc and ~/.cargo/bin are off the
# PATH.
#
# Then, as a doc writer with Rust puts them there,
#
#     cargo catalog check --site DIR
#     cargo catalog docs --write --site DIR
#
# a catalog with all four of the site's languages, and a catalog of
# hostile text, whose text must then stand on the built page as text:
# nothing a doc writer types may become code.
#
#   scripts/check-docs-site.sh
#
# Needs node (20 or later) and npm; installs Docusaurus from
# scripts/docs-site/package-lock.json into a scratch folder, outside this
# repository as a checkout of the docs site is: no errors.toml above it.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
site="$scratch/docs-site"
mkdir -p "$site"
cp scripts/docs-site/package.json scripts/docs-site/package-lock.json "$site/"
(cd "$site" && npm ci --no-audit --no-fund --loglevel=error)
tarball=$(bash scripts/build-npm.sh)

# A fresh copy of the fixture site.
fresh_site() {
    rm -rf "$site/docs" "$site/i18n" "$site/src" "$site/build" "$site/.docusaurus" "$site/edited"
    cp -r scripts/docs-site/site/. "$site/"
}

# The site's build of the pages now in it, which $1 names.
build_site() {
    (cd "$site" && npx --no-install docusaurus build > build.log 2>&1) || {
        cat "$site/build.log" >&2
        echo "the docs site does not build from $1" >&2
        return 1
    }
    echo "$1: the docs site builds in every locale, every link and anchor found"
}

# The pages of the catalog at $1, written by cargo catalog, and the build.
build() {
    fresh_site
    cargo catalog check --site "$site" "$1"
    cargo catalog docs --write --site "$site" "$1"
    build_site "$1"
}

# No Rust on the way: the folder node is in and the system's, nothing else.
node_only="$(dirname "$(command -v node)"):/usr/bin:/bin"
for tool in cargo rustc rustup; do
    if PATH="$node_only" command -v "$tool" > /dev/null; then
        echo "$tool is on the PATH meant to hold no Rust: $node_only" >&2
        exit 1
    fi
done
without_rust() {
    (cd "$site" && env PATH="$node_only" CARGO_HOME=/nonexistent RUSTUP_HOME=/nonexistent "$@")
}

fresh_site
without_rust npm install --no-save --no-audit --no-fund --loglevel=error "$tarball"
without_rust npm run --silent pages
# Byte for byte the pages cargo catalog writes: it finds them up to date.
cargo catalog docs --site "$site" "$root/errors.toml"
build_site "the catalog the npm package carries"

# A doc writer's edit: a new entry, in each of the catalog's languages.
mkdir -p "$site/edited"
python3 - "$root/errors.toml" "$site/edited/errors.toml" <<'PY'
import sys, tomllib

source, target = sys.argv[1:]
with open(source, encoding="utf-8") as catalog:
    text = catalog.read()
languages = tomllib.loads(text)["catalog"]["languages"]
text += """
[[error]]
code = "ERROR_EDITED_WITH_NODE_ALONE"
title = "EDITED"
retry = "never"
[error.description]
"""
for language in languages:
    text += f'{language} = "Written with Node alone ({language})."\n'
with open(target, "w", encoding="utf-8") as catalog:
    catalog.write(text)
PY
without_rust npm run --silent pages -- edited/errors.toml
build_site "a doc writer's edited errors.toml, through the npm package"
grep -qF 'ERROR_EDITED_WITH_NODE_ALONE' "$site/build/docs/api/api-errors/index.html" || {
    echo "the edited entry is not on the built page" >&2
    exit 1
}


build "$root/codegen/tests/fixtures/four-languages.toml"
for page in docs/api/api-errors ru/docs/api/api-errors zh/docs/api/api-errors pt-br/docs/api/api-errors; do
    grep -qF 'four-languages.toml wrote this page' "$site/build/$page/index.html" || {
        echo "$page/ was not built from the four-language catalog" >&2
        exit 1
    }
done

# Hostile text: each of these must stand in the built page as text.
build "$root/codegen/tests/fixtures/hostile.toml"
page="$site/build/docs/api/api-errors/index.html"
for text in \
    'export const a = 1; document.documentElement.dataset.pwned = &quot;yes&quot;' \
    'import x from &#x27;y&#x27;' \
    ':::danger Boom red :::' \
    '{alert(1)} and {/* c */} and &lt;script&gt;alert(1)&lt;/script&gt;' \
    '&amp;amp; and &amp;lt;b&amp;gt; and &amp;#x41; stay as typed' \
    '# x - y 1. z &gt; quote --- ===' \
    'note: &quot; /&gt;&lt;script&gt;alert(1)&lt;/script&gt; {x} &amp;amp; \u0041'; do
    grep -qF -- "$text" "$page" || {
        echo "the built page does not show, as text: $text" >&2
        exit 1
    }
done
echo "hostile text stands on the built page as text"
