'use strict';
// The package's JavaScript API: the generator's check and pages, on text in
// memory. The command (bin/) runs the same module on files.

const fs = require('node:fs');
const path = require('node:path');
const { instantiate } = require('./engine');
const { caller } = require('./calls');

/** The errors.toml this version of the package was built from. */
const catalogPath = path.join(__dirname, '..', 'errors.toml');

/** The package's version: the capmonster-errors crate's. */
const { version } = require('../package.json');

/** Thrown by `pages` when errors.toml has problems; they are its `problems`. */
class CatalogError extends Error {
  constructor(problems) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    const first = problems[0];
    super(`errors.toml has ${count}; the first, at ${first.file}:${first.line}:${first.column}: ${first.message}`);
    this.name = 'CatalogError';
    this.problems = problems;
  }
}

let call;

/** One instance for every call: the functions touch no file. */
function engine() {
  call ??= caller(instantiate({ args: [], env: {}, preopens: {} }));
  return call;
}

function bytesOf(text) {
  if (typeof text === 'string') return Buffer.from(text, 'utf8');
  if (text instanceof Uint8Array) return text;
  throw new TypeError('errors.toml must be given as a string or a Uint8Array');
}

function named(problems, file) {
  return file === undefined ? problems : problems.map((problem) => ({ ...problem, file }));
}

/** Every problem of errors.toml's text; none when it is valid. */
function check(text, options = {}) {
  return named(engine()('catalog_check', bytesOf(text)).answer, options.file);
}

/** Every language's docs page, as `docs --write` writes it. */
function pages(text, options = {}) {
  const { status, answer } = engine()('catalog_pages', bytesOf(text));
  if (status !== 0) throw new CatalogError(named(answer, options.file));
  return answer;
}

module.exports = { check, pages, CatalogError, catalogPath, version };
