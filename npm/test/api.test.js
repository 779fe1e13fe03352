'use strict';
// The JavaScript API on text in memory: what the command says, as data.

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { REPO, PACKAGE, runPackage, scratch } = require('./support');
const api = require(PACKAGE);

const VALID = fs.readFileSync(path.join(REPO, 'codegen', 'tests', 'fixtures', 'catalog.toml'), 'utf8');
const BROKEN = VALID.replace('retry = "new_task"', 'retry = "new_tsk"');

test('a valid catalog has no problems, as text or bytes', () => {
  assert.deepEqual(api.check(VALID), []);
  assert.deepEqual(api.check(Buffer.from(VALID)), []);
});

test('check gives the problems check --format json prints', async () => {
  assert.notEqual(BROKEN, VALID);
  const folder = scratch('api');
  fs.writeFileSync(path.join(folder, 'errors.toml'), BROKEN);
  const printed = await runPackage(['check', '--format', 'json'], folder);
  const lines = printed.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line));
  assert.ok(lines.length > 0);
  assert.deepEqual(api.check(BROKEN), lines);
  assert.deepEqual(
    api.check(BROKEN, { file: 'mine.toml' }).map((problem) => problem.file),
    lines.map(() => 'mine.toml'),
  );
});

test('pages of a broken catalog throw its problems', () => {
  assert.throws(
    () => api.pages(BROKEN),
    (error) => error instanceof api.CatalogError && error.problems.length > 0 && /new_tsk/.test(error.message),
  );
});

test('anything but text or bytes is refused plainly', () => {
  assert.throws(() => api.check(42), TypeError);
});

test('the package carries the catalog it was built from, at its version', () => {
  assert.equal(fs.readFileSync(api.catalogPath, 'utf8'), fs.readFileSync(path.join(REPO, 'errors.toml'), 'utf8'));
  const crate = fs.readFileSync(path.join(REPO, 'Cargo.toml'), 'utf8').match(/^version = "(.*)"$/m)[1];
  assert.equal(api.version, crate);
});
