'use strict';
// The command line: the module's own `run`, given the writer's arguments,
// the folder they stand in and the whole file system, through WASI.

const path = require('node:path');
const { instantiate } = require('./engine');
const { catalogPath } = require('./index');

const NAME = 'capmonster-errors-catalog';

/**
 * WASI sees one tree under `/`: on Windows the current drive, whose paths
 * are written with `/` and without the drive's letter.
 */
function wasiView(cwd) {
  if (process.platform !== 'win32') return { root: '/', toWasi: (p) => p, arg: (a) => a };
  const root = path.parse(cwd).root;
  const toWasi = (p) => '/' + path.relative(root, p).split(path.sep).join('/');
  const arg = (a) =>
    path.win32.isAbsolute(a) && path.parse(a).root.toLowerCase() === root.toLowerCase()
      ? toWasi(a)
      : a.replaceAll('\\', '/');
  return { root, toWasi, arg };
}

/** Runs the command line `argv` (after the command's name); its exit status. */
function run(argv) {
  const cwd = process.cwd();
  const view = wasiView(cwd);
  const env = {
    CAPMONSTER_ERRORS_CATALOG_CWD: view.toWasi(cwd),
    CAPMONSTER_ERRORS_CATALOG_BUNDLED: view.toWasi(catalogPath),
  };
  for (const name of ['NO_COLOR', 'TERM', 'COLUMNS']) {
    if (process.env[name] !== undefined) env[name] = process.env[name];
  }
  const wasm = instantiate({
    args: [NAME, ...argv.map(view.arg)],
    env,
    preopens: { '/': view.root },
  });
  return wasm.catalog_run();
}

/** Why the command could not run, in a sentence for a doc writer. */
function explain(error) {
  if (error?.code === 'ENOENT' && String(error.path ?? '').endsWith('catalog.wasm')) {
    return `${NAME} is installed incompletely (no catalog.wasm); install it again`;
  }
  if (error instanceof WebAssembly.RuntimeError) {
    return `${NAME} stopped on a bug of its own (${error.message}); please report it with the command you ran`;
  }
  return `${NAME} could not run: ${error?.message ?? error}`;
}

module.exports = { run, explain };
