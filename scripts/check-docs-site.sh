#!/usr/bin/env bash
# Builds the generated docs pages in a real Docusaurus 3 site shaped like
# the official one (scripts/docs-site/site/: four locales, Russian in
# docs/, `.mdx` pages, a theme component the pages import, trailing
# slashes), with broken links, anchors and Markdown links fatal. The pages
# go in as a doc writer puts them there:
#
#     cargo catalog check --site DIR
#     cargo catalog docs --write --site DIR
#
# for the live errors.toml, a catalog with all four of the site's
# languages, and a catalog of hostile text, whose text must then stand on
# the built page as text: nothing a doc writer types may become code.
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
cp scripts/docs-site/package.json scripts/docs-site/package-lock.json "$site/"
(cd "$site" && npm ci --no-audit --no-fund --loglevel=error)

# A fresh copy of the fixture site, the catalog at $1's pages written into
# it, and the build.
build() {
    rm -rf "$site/docs" "$site/i18n" "$site/src" "$site/build" "$site/.docusaurus"
    cp -r scripts/docs-site/site/. "$site/"
    cargo catalog check --site "$site" "$1"
    cargo catalog docs --write --site "$site" "$1"
    (cd "$site" && npx --no-install docusaurus build > build.log 2>&1) || {
        cat "$site/build.log" >&2
        echo "the docs site does not build from $1" >&2
        return 1
    }
    echo "$1: the docs site builds in every locale, every link and anchor found"
}

build "$root/errors.toml"
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
