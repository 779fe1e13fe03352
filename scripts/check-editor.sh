#!/usr/bin/env bash
# The catalog editor in a real browser (editor/test/editor.test.js): builds
# the page (scripts/build-editor.sh), then drives Debian's Chromium with
# playwright-core against it, served on localhost and opened as a local
# file. Screenshots land in target/editor-screenshots/.
#
#   scripts/check-editor.sh
#
# Installs Chromium with apt-get when /usr/bin/chromium is missing (as root,
# or through sudo); Playwright's own browser download is never used.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
    as_root=()
    [ "$(id -u)" = 0 ] || as_root=(sudo)
    "${as_root[@]}" apt-get install -y chromium > /dev/null 2>&1 ||
        { "${as_root[@]}" apt-get update > /dev/null && "${as_root[@]}" apt-get install -y chromium > /dev/null; }
fi

bash scripts/build-editor.sh > /dev/null
(cd editor && node --test test/)
echo "the catalog editor passes in Chromium; screenshots in target/editor-screenshots/"
