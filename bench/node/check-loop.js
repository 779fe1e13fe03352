'use strict';
// The npm package's `check` on errors.toml, in one Node process: prints
// ITERATIONS times the median time of one check, in nanoseconds, for
// criterion's `iter_custom`. Neither Node's start-up nor the module's
// compilation counts.
//
//   node check-loop.js PACKAGE_DIR CATALOG ITERATIONS
//
// The median of at least 200 checks, each timed alone, and not the time
// of ITERATIONS checks: criterion asks for one or two at a time, and a
// collection of the warm-up's garbage, falling on those, would be
// measured instead of the check.

const fs = require('node:fs');
const [packageDir, catalog, iterations] = process.argv.slice(2);
const { check } = require(packageDir);
const text = fs.readFileSync(catalog);

function timedCheck() {
  const start = process.hrtime.bigint();
  if (check(text).length !== 0) throw new Error(`${catalog} has problems`);
  return Number(process.hrtime.bigint() - start);
}

// Two seconds of checks first: V8 optimizes the module's hot functions in
// the background, and only then is the check as fast as it stays in an
// editor that checks on every keystroke.
const warm = process.hrtime.bigint() + 2_000_000_000n;
while (process.hrtime.bigint() < warm) timedCheck();

const times = Array.from({ length: Math.max(200, Number(iterations)) }, timedCheck).sort((a, b) => a - b);
const median = times[times.length >> 1];
process.stdout.write(`${Math.round(median * Number(iterations))}\n`);
