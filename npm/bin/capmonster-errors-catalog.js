#!/usr/bin/env node
'use strict';
// `npx capmonster-errors-catalog check|docs ...`: `cargo catalog`, with
// Node alone. Every message and exit status is the tool's own; nothing of
// JavaScript's reaches the writer but a one-line reason if it cannot run.

// One command is one short run: V8 would spend more time optimizing the
// module (TurboFan, in the background of every run) than the run takes.
// Its baseline compiler alone halves the command's time.
require('node:v8').setFlagsFromString('--liftoff-only');

try {
  const { run } = require('../lib/command');
  process.exitCode = run(process.argv.slice(2));
} catch (error) {
  const { explain } = require('../lib/command');
  process.stderr.write(`error: ${explain(error)}\n`);
  process.exitCode = 70;
}
