'use strict';
// What every test of the packed package needs: the package as npm unpacked
// it, the native `cargo catalog` binary to compare with, scratch folders.

const { execFile } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

/** The repository, for its errors.toml, corpus and fixtures. */
const REPO = path.resolve(__dirname, '..', '..');

function required(name, what) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: give it ${what} (scripts/check-npm-package.sh does)`);
  return value;
}

/** The unpacked package (target/npm/package). */
const PACKAGE = required('CATALOG_PACKAGE', 'the folder of the unpacked package');
/** The native doc tool, `cargo catalog`'s own binary. */
const NATIVE = required('CATALOG_NATIVE', 'the path of the `catalog` binary');

const BIN = path.join(PACKAGE, 'bin', 'capmonster-errors-catalog.js');

/** Runs `file args` in `cwd`; resolves with its status and output. */
function spawn(file, args, cwd, env = {}) {
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      { cwd, encoding: 'buffer', env: { ...process.env, ...env }, maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        resolve({ status: error ? error.code : 0, stdout: stdout.toString('utf8'), stderr: stderr.toString('utf8') });
      },
    );
  });
}

/** The package's command, as `npx capmonster-errors-catalog` runs it. */
function runPackage(args, cwd, env) {
  return spawn(process.execPath, [BIN, ...args], cwd, env);
}

/** `cargo catalog`. */
function runNative(args, cwd, env) {
  return spawn(NATIVE, args, cwd, env);
}

/** The native tool's words as the package says them: its own name. */
function asPackageSays(text) {
  return text.replaceAll('cargo catalog', 'npx capmonster-errors-catalog');
}

/** A fresh folder under the system's temporary folder. */
function scratch(name) {
  return fs.mkdtempSync(path.join(os.tmpdir(), `catalog-${name}-`));
}

/** Runs `work` on every item, `limit` at a time. */
async function eachLimited(items, limit, work) {
  let next = 0;
  const workers = Array.from({ length: limit }, async () => {
    while (next < items.length) {
      const item = items[next++];
      await work(item);
    }
  });
  await Promise.all(workers);
}

module.exports = { REPO, PACKAGE, NATIVE, runPackage, runNative, asPackageSays, scratch, eachLimited };
