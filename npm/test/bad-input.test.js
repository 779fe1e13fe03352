'use strict';
// Bad input through the package: the same words and status as cargo
// catalog, and never a JavaScript stack trace.

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { REPO, runPackage, runNative, asPackageSays, scratch } = require('./support');

const VALID = fs.readFileSync(path.join(REPO, 'codegen', 'tests', 'fixtures', 'catalog.toml'));

/**
 * The OS's number for an error differs between WASI and the host (EISDIR
 * is 31 in WASI, 21 on Linux); the words around it must not.
 */
function withoutErrorNumbers(text) {
  return text.replace(/ \(os error \d+\)/g, ' (os error N)');
}

/** Puts `bytes` in a folder as its errors.toml. */
function holding(bytes) {
  return (folder) => fs.writeFileSync(path.join(folder, 'errors.toml'), bytes);
}

function nothing() {}

/**
 * Runs `args` through both tools in one folder, which `populate` fills
 * afresh for each (a tool may write into it), and compares what they say.
 */
async function sameAsNative(populate, args) {
  const folder = scratch('bad-input');
  const fresh = () => {
    fs.rmSync(folder, { recursive: true, force: true });
    fs.mkdirSync(folder);
    populate(folder);
    return folder;
  };
  const ours = await runPackage(args, fresh());
  const native = await runNative(args, fresh());
  assert.equal(ours.status, native.status, `${ours.stderr}\n---\n${native.stderr}`);
  assert.notEqual(ours.status, 0);
  assert.equal(withoutErrorNumbers(ours.stderr), withoutErrorNumbers(asPackageSays(native.stderr)));
  assert.equal(ours.stdout, asPackageSays(native.stdout));
  assert.doesNotMatch(ours.stderr, /^\s+at |node:internal|Error:/m);
  return ours;
}

test('a file that is not there', async () => {
  const said = await sameAsNative(nothing, ['check', 'missing.toml']);
  assert.match(said.stderr, /missing\.toml: cannot read the file/);
});

test('a folder with no errors.toml in it or above', async () => {
  const said = await sameAsNative(nothing, ['check']);
  assert.match(said.stderr, /no errors\.toml in .* or any folder above it/);
});

test('bytes that are not UTF-8', async () => {
  const latin1 = Buffer.concat([VALID, Buffer.from('\n# caf\xe9\n', 'latin1')]);
  const said = await sameAsNative(holding(latin1), ['check']);
  assert.match(said.stderr, /not UTF-8/);
});

test('a site folder that does not exist', async () => {
  const said = await sameAsNative(holding(VALID), ['docs', '--write', '--site', 'nowhere']);
  assert.match(said.stderr, /nowhere is not a folder/);
});

test('a page that cannot be written', async () => {
  const blocked = (folder) => {
    holding(VALID)(folder);
    // A folder where the English page should be.
    fs.mkdirSync(path.join(folder, 'docs', 'en', 'api-errors.mdx'), { recursive: true });
  };
  const said = await sameAsNative(blocked, ['docs', '--write']);
  assert.match(said.stderr, /cannot write docs\/en\/api-errors\.mdx/);
});

test('a command it does not know', async () => {
  const said = await sameAsNative(nothing, ['chek']);
  assert.equal(said.status, 2);
});
