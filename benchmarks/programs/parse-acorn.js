// Times acorn 8 parsing one file, the reference side of `Jsc.Benchmarks parse`.
// Usage: node parse-acorn.js <file> [--runs N] [--source-type script|module]
// Prints one JSON line: {file, bytes, sourceType, acornVersion, nodeVersion, runs, timesMs, bestMs, medianMs}.
// acorn is resolved from tests/parser/node_modules (npm ci --prefix tests/parser);
// JSC_ACORN=<dir> points elsewhere for experiments.
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..', '..');
const acornDir = process.env.JSC_ACORN || path.join(root, 'tests', 'parser', 'node_modules', 'acorn');

function fail(message) {
  process.stderr.write(message + '\n');
  process.exit(2);
}

let file = null;
let runs = 10;
let sourceType = null;
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--runs') runs = Number(args[++i]);
  else if (args[i] === '--source-type') sourceType = args[++i];
  else if (file === null) file = args[i];
  else fail(`unexpected argument: ${args[i]}`);
}
if (file === null) fail('usage: node parse-acorn.js <file> [--runs N] [--source-type script|module]');
if (!Number.isInteger(runs) || runs < 1) fail('--runs needs a positive integer');
if (sourceType !== null && sourceType !== 'script' && sourceType !== 'module') fail('--source-type is script or module');

let acorn;
try {
  acorn = require(acornDir);
} catch (e) {
  fail(`cannot load acorn from ${acornDir}; run: npm ci --prefix tests/parser`);
}

const text = fs.readFileSync(file, 'utf8');
const bytes = fs.statSync(file).size;

// Locations and ranges stay off (acorn's defaults): that is acorn's fastest mode.
function parse(type) {
  return acorn.parse(text, { ecmaVersion: 2022, sourceType: type, allowHashBang: true });
}

// Same rule as the jsc side: a file that is not a valid script is tried as a module.
if (sourceType === null) {
  try {
    parse('script');
    sourceType = 'script';
  } catch (e) {
    if (!(e instanceof SyntaxError)) throw e;
    parse('module');
    sourceType = 'module';
  }
}

let sink = null;
for (let i = 0; i < 3; i++) sink = parse(sourceType);

const timesMs = [];
for (let i = 0; i < runs; i++) {
  // Forcing gc() here (--expose-gc) made acorn 3-5x slower, as it throws away
  // V8's feedback; so neither side forces a collection, both just drop the last tree.
  sink = null;
  const start = process.hrtime.bigint();
  sink = parse(sourceType);
  timesMs.push(Number(process.hrtime.bigint() - start) / 1e6);
}
if (sink === null) throw new Error('unreachable');

const sorted = [...timesMs].sort((a, b) => a - b);
const mid = sorted.length >> 1;
const medianMs = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
console.log(JSON.stringify({
  file,
  bytes,
  sourceType,
  acornVersion: acorn.version,
  nodeVersion: process.version,
  runs,
  timesMs,
  bestMs: sorted[0],
  medianMs,
}));
