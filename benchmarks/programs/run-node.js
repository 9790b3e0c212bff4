// Times one workload in node, the reference column of `Jsc.Benchmarks programs`.
// Usage: node run-node.js <file> [--runs N]
//
// The file is compiled once as a CommonJS module body (the same wrapper node's own loader
// uses), then run 1 time to warm up and N timed times in this process. Each run gets a fresh
// realm (vm.createContext, made before the clock starts), as jsc's CompiledProgram.Run and the
// .NET peers' fresh engines do; a run in the realm of the one before would find its globals
// changed (Octane's deltablue redefines a property of Object.prototype) and V8's inline caches
// full of the previous run's object shapes, which turns later runs megamorphic and slower.
// V8 keeps the script's bytecode across realms, not its type feedback or optimized code.
// The program gets `module`, `require`, node's globals (Buffer, process, timers) and a `console`
// whose log() is captured, not written. A run is timed until the event loop drains.
// Prints one JSON object per line as it goes, the protocol ProgramsWorker.cs also speaks:
//   {"event":"engine","name":"node","version":"v20.11.1 (V8 11.3...)"}
//   {"event":"compile","ms":0.4}
//   {"event":"run","warmup":true,"ms":123.4,"output":"fib 832040\n"}   (then N with warmup false)
//   {"event":"error","phase":"compile"|"run","message":"..."}            (instead, on failure)
//   {"event":"done"}
'use strict';
const fs = require('fs');
const path = require('path');
const util = require('util');
const vm = require('vm');
const { createRequire } = require('module');

function emit(event) {
  process.stdout.write(JSON.stringify(event) + '\n');
}

function fail(message) {
  process.stderr.write(message + '\n');
  process.exit(2);
}

let file = null;
let runs = 5;
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--runs') runs = Number(args[++i]);
  else if (file === null) file = args[i];
  else fail(`unexpected argument: ${args[i]}`);
}
if (file === null) fail('usage: node run-node.js <file> [--runs N]');
if (!Number.isInteger(runs) || runs < 1) fail('--runs needs a positive integer');

file = path.resolve(file);
const source = fs.readFileSync(file, 'utf8');
emit({ event: 'engine', name: 'node', version: `${process.version} (V8 ${process.versions.v8})` });

const elapsedMs = (start) => Number(process.hrtime.bigint() - start) / 1e6;

let script;
let start = process.hrtime.bigint();
try {
  // The prefix stays on the first line so that line numbers in errors match the file.
  const wrapped = '(function (exports, require, module, __filename, __dirname, console) {' + source + '\n})';
  script = new vm.Script(wrapped, { filename: file });
} catch (e) {
  emit({ event: 'error', phase: 'compile', message: String(e && e.stack || e) });
  process.exit(1);
}
emit({ event: 'compile', ms: elapsedMs(start) });

const localRequire = createRequire(file);
// A run ends when the event loop has nothing left to do ('beforeExit', which node emits every
// time the loop drains), so that a workload's asynchronous work (streams, fs callbacks, timers)
// is timed too, as jsc's CompiledProgram.Run times it: it returns when its loop is empty.
let current = null;
function startRun(i) {
  let output = '';
  const console = {
    log: (...values) => { output += util.format(...values) + '\n'; },
    error: (...values) => { output += util.format(...values) + '\n'; },
  };
  const module = { exports: {} };
  // Node's own globals, for workloads that use Node's modules (Buffer, process, timers).
  const realm = vm.createContext({
    Buffer, process, setTimeout, clearTimeout, setInterval, clearInterval, setImmediate, clearImmediate,
    queueMicrotask, URL, URLSearchParams, TextEncoder, TextDecoder,
  });
  const start = process.hrtime.bigint();
  current = { i, start, output: () => output };
  try {
    const body = script.runInContext(realm);
    body.call(module.exports, module.exports, localRequire, module, file, path.dirname(file), console);
  } catch (e) {
    emit({ event: 'error', phase: 'run', message: String(e && e.stack || e) });
    process.exit(1);
  }
}

process.on('uncaughtException', (e) => {
  emit({ event: 'error', phase: 'run', message: String(e && e.stack || e) });
  process.exit(1);
});
process.on('beforeExit', () => {
  if (current === null) return;
  const { i, start, output } = current;
  const ms = elapsedMs(start);
  current = null;
  emit({ event: 'run', warmup: i === 0, ms, output: output() });
  // From an immediate: work started in a beforeExit listener with nothing pending would not keep the loop alive.
  if (i < runs) setImmediate(startRun, i + 1);
  else emit({ event: 'done' });
});
startRun(0);
