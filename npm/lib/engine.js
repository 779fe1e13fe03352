'use strict';
// The WebAssembly module that holds the generator (built from the
// workspace's `wasm` crate), instantiated under Node's WASI.

const fs = require('node:fs');
const path = require('node:path');

const MODULE_FILE = path.join(__dirname, '..', 'catalog.wasm');

let compiled;

/** The compiled module, compiled once per process. */
function compiledModule() {
  compiled ??= new WebAssembly.Module(fs.readFileSync(MODULE_FILE));
  return compiled;
}

/**
 * Node's WASI class, loaded without the warning Node prints that WASI is
 * experimental: a doc writer cannot act on it, and it would stand first in
 * every command's output.
 */
function quietWasi() {
  const emitWarning = process.emitWarning;
  process.emitWarning = function (warning, ...rest) {
    const type = typeof rest[0] === 'string' ? rest[0] : rest[0]?.type;
    if (type === 'ExperimentalWarning' && String(warning).includes('WASI')) return;
    return emitWarning.call(this, warning, ...rest);
  };
  try {
    const { WASI } = require('node:wasi');
    return WASI;
  } finally {
    process.emitWarning = emitWarning;
  }
}

/**
 * A fresh instance of the module under WASI with `options` (args, env,
 * preopens), its exports ready to call.
 */
function instantiate(options) {
  const WASI = quietWasi();
  const wasi = new WASI({ version: 'preview1', returnOnExit: true, ...options });
  const instance = new WebAssembly.Instance(compiledModule(), wasi.getImportObject());
  wasi.initialize(instance);
  return instance.exports;
}

module.exports = { instantiate, MODULE_FILE };
