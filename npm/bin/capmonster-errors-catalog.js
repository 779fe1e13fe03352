#!/usr/bin/env node
'use strict';
// `npx capmonster-errors-catalog check|docs ...`: `cargo catalog`, with
// Node alone. Every message and exit status is the tool's own; nothing of
// JavaScript's reaches the writer but a one-line reason if it cannot run.

try {
  const { run } = require('../lib/command');
  process.exitCode = run(process.argv.slice(2));
} catch (error) {
  const { explain } = require('../lib/command');
  process.stderr.write(`error: ${explain(error)}\n`);
  process.exitCode = 70;
}
