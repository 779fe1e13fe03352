'use strict';
// Every broken catalog of the generator's corpus (codegen/tests/broken/),
// through the package's command: the problems the corpus records, and the
// very report `cargo catalog check` gives.

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { REPO, runPackage, runNative, eachLimited } = require('./support');

const CORPUS = path.join(REPO, 'codegen', 'tests', 'broken');
const cases = fs
  .readdirSync(CORPUS)
  .filter((name) => name.endsWith('.toml'))
  .sort();

/** A JSON problem as the corpus records it: `errors.toml:LINE:COL: message`. */
function recorded(problem) {
  const fix = problem.fix === null ? '' : `; ${problem.fix}`;
  return `errors.toml:${problem.line}:${problem.column}: ${problem.message}${fix}\n`;
}

test('the corpus has cases', () => {
  assert.ok(cases.length > 0, `no catalogs in ${CORPUS}`);
});

test('each broken catalog gets the corpus problems and the native report', async () => {
  const failures = [];
  await eachLimited(cases, 4, async (name) => {
    const expected = fs.readFileSync(path.join(CORPUS, name.replace(/\.toml$/, '.stderr')), 'utf8');
    const json = await runPackage(['check', '--format', 'json', name], CORPUS);
    const human = await runPackage(['check', name], CORPUS);
    const native = await runNative(['check', name], CORPUS);
    const problems = json.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line));
    const said = problems.map(recorded).join('');
    if (json.status !== 1 || said !== expected || json.stderr !== '') {
      failures.push(`${name}: --format json exited ${json.status} and said\n${said}${json.stderr}instead of\n${expected}`);
    }
    if (human.status !== native.status || human.stderr !== native.stderr || human.stdout !== native.stdout) {
      failures.push(`${name}: the package's report differs from cargo catalog's:\n${human.stderr}\n---\n${native.stderr}`);
    }
  });
  assert.deepEqual(failures, []);
});
