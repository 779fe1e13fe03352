#!/usr/bin/env bash
# Builds the generated docs pages in a real Docusaurus 3 site, laid out as
# the official site lays them out (`cargo catalog site`), with broken
# links, anchors and Markdown links fatal, in every language. Then builds
# the pages of the hostile fixture catalog and checks that its text came
# out as text: nothing a doc writer types may become code on the site.
#
#   scripts/check-docs-site.sh
#
# Needs node (20 or later) and npm; installs Docusaurus from
# scripts/docs-site/package-lock.json into target/docs-site.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
site="$root/target/docs-site"
mkdir -p "$site"
cp scripts/docs-site/package.json scripts/docs-site/package-lock.json \
    scripts/docs-site/docusaurus.config.js "$site/"
mkdir -p "$site/src/pages"
cp scripts/docs-site/src/pages/index.md "$site/src/pages/"
(cd "$site" && npm ci --no-audit --no-fund --loglevel=error)

# Lays out the catalog at $1 and builds the site.
build() {
    rm -rf "$site/docs" "$site/i18n" "$site/build" "$site/.docusaurus" "$site/site.json"
    cargo catalog site --out "$site" "$1"
    (cd "$site" && npx --no-install docusaurus build > build.log 2>&1) || {
        cat "$site/build.log" >&2
        echo "the docs site does not build from $1" >&2
        return 1
    }
    echo "$1: the docs site builds, every link and anchor found"
}

build "$root/errors.toml"

# Hostile text: each of these must stand in the built page as text.
build "$root/codegen/tests/fixtures/hostile.toml"
page="$site/build/docs/api/api-errors/index.html"
for text in \
    'export const a = 1; document.documentElement.dataset.pwned = &quot;yes&quot;' \
    'import x from &#x27;y&#x27;' \
    ':::danger Boom red :::' \
    '{alert(1)} and {/* c */} and &lt;script&gt;alert(1)&lt;/script&gt;' \
    '&amp;amp; and &amp;lt;b&amp;gt;' \
    '# x - y 1. z &gt; quote --- ==='; do
    grep -qF -- "$text" "$page" || {
        echo "the built page does not show, as text: $text" >&2
        exit 1
    }
done
echo "hostile text stands on the built page as text"
