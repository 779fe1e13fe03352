'use strict';
// The live catalog's pages from the package are cargo catalog's, byte for
// byte: printed, written beside errors.toml, and from the JavaScript API.

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { REPO, PACKAGE, runPackage, runNative, scratch } = require('./support');
const { pages } = require(PACKAGE);

const LIVE = fs.readFileSync(path.join(REPO, 'errors.toml'));

/** Every file under `folder`, by its path from there, with its bytes. */
function tree(folder, from = folder, files = {}) {
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const at = path.join(folder, entry.name);
    if (entry.isDirectory()) tree(at, from, files);
    else files[path.relative(from, at)] = fs.readFileSync(at).toString('base64');
  }
  return files;
}

test('each language printed by the package is the native page', async () => {
  const languages = pages(LIVE).map((page) => page.lang);
  assert.ok(languages.length > 0);
  for (const lang of languages) {
    const ours = await runPackage(['docs', '--lang', lang, 'errors.toml'], REPO);
    const native = await runNative(['docs', '--lang', lang, 'errors.toml'], REPO);
    assert.equal(ours.status, 0, ours.stderr);
    assert.equal(ours.stdout, native.stdout, `the ${lang} page differs`);
  }
});

test('the API gives the pages docs --lang prints', async () => {
  for (const page of pages(LIVE)) {
    const native = await runNative(['docs', '--lang', page.lang, 'errors.toml'], REPO);
    assert.equal(page.text, native.stdout, `the ${page.lang} page differs`);
  }
});

test('docs --write writes the files cargo catalog writes', async () => {
  const ours = scratch('write-package');
  const theirs = scratch('write-native');
  for (const folder of [ours, theirs]) fs.writeFileSync(path.join(folder, 'errors.toml'), LIVE);
  const written = await runPackage(['docs', '--write'], ours);
  const native = await runNative(['docs', '--write'], theirs);
  assert.equal(written.status, 0, written.stderr);
  assert.equal(written.stdout, native.stdout);
  const files = tree(path.join(ours, 'docs'));
  assert.ok(Object.keys(files).length > 0);
  assert.deepEqual(files, tree(path.join(theirs, 'docs')));
  // And again: every page is up to date.
  const again = await runPackage(['docs'], ours);
  assert.equal(again.status, 0, again.stdout);
  assert.match(again.stdout, /up to date/);
});

test('in a docs site checkout, docs --write --site . writes the catalog the package carries', async () => {
  const site = scratch('site');
  fs.cpSync(path.join(REPO, 'scripts', 'docs-site', 'site'), site, { recursive: true });
  const native = scratch('site-native');
  fs.cpSync(path.join(REPO, 'scripts', 'docs-site', 'site'), native, { recursive: true });
  const written = await runPackage(['docs', '--write', '--site', '.'], site);
  assert.equal(written.status, 0, written.stderr);
  assert.match(written.stdout, /written/);
  const expected = await runNative(['docs', '--write', '--site', native, path.join(PACKAGE, 'errors.toml')], REPO);
  assert.equal(expected.status, 0, expected.stderr);
  assert.deepEqual(tree(site), tree(native));
});
