#!/usr/bin/env node
// Records node's behaviour for the conformance cases: for each case <name>.js (or an ES module
// case <name>.mjs), node's exact
// stdout goes to <name>.expected and, when node exits non-zero, the code to <name>.exitcode.
//
//   node tests/cases/record.js                 every case (every .js below a folder of tests/cases)
//   node tests/cases/record.js PATH...         the named case files or folders
//   node tests/cases/record.js --check [PATH...]  write nothing; fail when a recording differs
//
// A case that exits 0 must print nothing to stderr, and a case must finish within the time
// limit; either problem fails the run and leaves that case's files as they were.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

const casesDir = __dirname;
const nonZero = [];
const timeoutMs = 30000;

// A case is a CommonJS script (.js) or an ES module (.mjs); .cjs files are helpers cases load.
function isCase(file) {
  return file.endsWith('.js') || file.endsWith('.mjs');
}

function listCases(target) {
  const stat = fs.statSync(target);
  if (stat.isFile()) return isCase(target) ? [target] : [];
  const found = [];
  for (const entry of fs.readdirSync(target, { withFileTypes: true })) {
    // fixtures folders hold the files cases load (modules, packages), not cases
    if (entry.name.startsWith('.') || entry.name === 'node_modules' || entry.name === 'fixtures') continue;
    const full = path.join(target, entry.name);
    if (entry.isDirectory()) found.push(...listCases(full));
    else if (isCase(entry.name)) found.push(full);
  }
  return found;
}

function allCases() {
  // Files directly in tests/cases (this script) are tools, not cases.
  return fs.readdirSync(casesDir, { withFileTypes: true })
    .filter(e => e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules')
    .flatMap(e => listCases(path.join(casesDir, e.name)));
}

function runNode(file) {
  return new Promise(resolve => {
    const child = spawn(process.execPath, [path.basename(file)], {
      cwd: path.dirname(file),
      // Local times in the cases' output are UTC, whatever the machine's zone (the runner sets TZ too).
      env: { ...process.env, TZ: 'UTC' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = [], err = [];
    child.stdout.on('data', d => out.push(d));
    child.stderr.on('data', d => err.push(d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

function readOrNull(file) {
  return fs.existsSync(file) ? fs.readFileSync(file) : null;
}

async function record(file, check) {
  const name = path.relative(casesDir, file).split(path.sep).join('/');
  const base = file.slice(0, file.lastIndexOf('.'));
  const run = await runNode(file);
  if (run.signal) return `${name}: killed by ${run.signal} (time limit ${timeoutMs} ms)`;
  if (run.code === 0 && run.stderr !== '') return `${name}: exited 0 but wrote to stderr:\n${run.stderr}`;
  const exitcode = run.code === 0 ? null : Buffer.from(`${run.code}\n`);
  if (exitcode) nonZero.push(`${name} (${run.code})`);
  const expectedFile = base + '.expected', exitcodeFile = base + '.exitcode';
  if (check) {
    const oldOut = readOrNull(expectedFile), oldCode = readOrNull(exitcodeFile);
    if (oldOut === null || !oldOut.equals(run.stdout)) return `${name}: stdout differs from ${path.basename(expectedFile)}`;
    if ((oldCode === null) !== (exitcode === null) || (exitcode && !exitcode.equals(oldCode))) {
      return `${name}: exit code ${run.code} differs from the recorded one`;
    }
    return null;
  }
  fs.writeFileSync(expectedFile, run.stdout);
  if (exitcode) fs.writeFileSync(exitcodeFile, exitcode);
  else if (fs.existsSync(exitcodeFile)) fs.unlinkSync(exitcodeFile);
  return null;
}

async function main() {
  const args = process.argv.slice(2);
  const check = args[0] === '--check';
  const targets = check ? args.slice(1) : args;
  const files = (targets.length ? targets.flatMap(t => listCases(path.resolve(t))) : allCases()).sort();
  const problems = [];
  let next = 0;
  async function worker() {
    while (next < files.length) {
      const problem = await record(files[next++], check);
      if (problem) problems.push(problem);
    }
  }
  await Promise.all(Array.from({ length: os.cpus().length }, worker));
  for (const p of problems) console.error(p);
  // Uncaught-error output is tested elsewhere, so such cases should stay few: list them.
  if (nonZero.length) console.log(`exit code not 0: ${nonZero.sort().join(', ')}`);
  console.log(`${check ? 'checked' : 'recorded'} ${files.length - problems.length} of ${files.length} case(s)`);
  if (problems.length) process.exitCode = 1;
}

main();
