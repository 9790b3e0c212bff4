#!/usr/bin/env node
// Held-out test262 runner (not part of `dotnet test`): runs test262-format tests with jsc
// (`jsc run --script`) or, with --node, with node itself (vm.runInThisContext), and prints
// per-folder and total pass rates. See README.md beside this file.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

function usage() {
  console.log(`usage: node tests/test262/run.js DIR [options]
  DIR            a test262 checkout or sample: DIR/harness/*.js and DIR/test/**/*.js
  --node         run the tests with node (vm.runInThisContext) instead of jsc
  --jsc PATH     jsc.dll to use (default: compiler/Jsc.Cli/bin/Release/net10.0/jsc.dll)
  --filter TEXT  only tests whose path contains TEXT
  -j N           parallel runs (default 2)
  --timeout MS   per-run timeout (default 10000)
  --depth N      folder depth of the per-folder table, below test/ (default 4)
  --failures     list every failing test with the first line of its error
  --json FILE    write every test's result to FILE`);
}

function parseArgs(argv) {
  const o = { dir: null, node: false, jsc: null, filter: null, jobs: 2, timeout: 10000, depth: 4, failures: false, json: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--node') o.node = true;
    else if (a === '--jsc') o.jsc = argv[++i];
    else if (a === '--filter') o.filter = argv[++i];
    else if (a === '-j') o.jobs = Number(argv[++i]);
    else if (a === '--timeout') o.timeout = Number(argv[++i]);
    else if (a === '--depth') o.depth = Number(argv[++i]);
    else if (a === '--failures') o.failures = true;
    else if (a === '--json') o.json = argv[++i];
    else if (a === '-h' || a === '--help') { usage(); process.exit(0); }
    else if (!o.dir) o.dir = a;
    else { usage(); process.exit(2); }
  }
  if (!o.dir) { usage(); process.exit(2); }
  if (!o.jsc) o.jsc = path.join(__dirname, '..', '..', 'compiler', 'Jsc.Cli', 'bin', 'Release', 'net10.0', 'jsc.dll');
  return o;
}

function listTests(dir) {
  const out = [];
  (function walk(d) {
    for (const name of fs.readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (fs.statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.js') && !name.includes('_FIXTURE')) out.push(p);
    }
  })(dir);
  return out;
}

// The YAML frontmatter between /*--- and ---*/: only the keys the runner needs.
function parseFrontmatter(src) {
  const m = /\/\*---([\s\S]*?)---\*\//.exec(src);
  const meta = { includes: [], flags: [], features: [], negative: null };
  if (!m) return meta;
  const lines = m[1].split(/\r?\n/);
  let listKey = null;
  for (const line of lines) {
    const item = /^\s+-\s+(.+?)\s*(#.*)?$/.exec(line);
    if (item && listKey) { meta[listKey].push(item[1]); continue; }
    const kv = /^(\w+):\s*(.*?)\s*$/.exec(line);
    if (kv) {
      listKey = null;
      const key = kv[1], value = kv[2];
      if (key === 'includes' || key === 'flags' || key === 'features') {
        if (value.startsWith('[')) meta[key] = value.replace(/^\[|\]$/g, '').split(',').map(s => s.trim()).filter(Boolean);
        else if (value === '') listKey = key;
      } else if (key === 'negative') {
        // Old tests write `negative: TypeName` (an early error); newer ones a phase/type map.
        meta.negative = value ? { phase: 'early', type: value } : {};
      }
      continue;
    }
    const sub = /^\s+(phase|type):\s*(\S+)/.exec(line);
    if (sub && meta.negative) meta.negative[sub[1]] = sub[2];
  }
  return meta;
}

function buildScript(root, meta, src, strict, harnessCache) {
  if (meta.flags.includes('raw')) return src;
  const read = name => {
    if (!harnessCache.has(name)) harnessCache.set(name, fs.readFileSync(path.join(root, 'harness', name), 'utf8'));
    return harnessCache.get(name);
  };
  const parts = [strict ? '"use strict";' : ''];
  for (const name of ['assert.js', 'sta.js', ...meta.includes]) parts.push(read(name));
  parts.push(src);
  return parts.join('\n');
}

const nodeWrapper = `
const fs = require('fs'), vm = require('vm');
const file = process.argv[1];
vm.runInThisContext(fs.readFileSync(file, 'utf8'), { filename: file });
`;

// node: one process per run.
function runNode(opts, file) {
  return new Promise(resolve => {
    const child = spawn(process.execPath, ['-e', nodeWrapper, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '', stderr = '', timedOut = false;
    child.stdout.on('data', d => { stdout += d; });
    child.stderr.on('data', d => { stderr += d; });
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, opts.timeout);
    child.on('close', code => { clearTimeout(timer); resolve({ code, stdout, stderr, timedOut }); });
  });
}

// jsc: a long-lived `jsc run --script-batch` process per worker (a fresh realm per script); it is
// killed and restarted when a script times out or the process dies.
class JscWorker {
  constructor(opts) { this.opts = opts; this.child = null; }
  start() {
    const child = spawn('dotnet', [this.opts.jsc, 'run', '--script-batch'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child = child;
    this.buffer = '';
    this.pending = null;
    child.stdout.on('data', d => {
      if (this.child !== child) return;
      this.buffer += d;
      let nl;
      while ((nl = this.buffer.indexOf('\n')) >= 0) {
        const line = this.buffer.slice(0, nl);
        this.buffer = this.buffer.slice(nl + 1);
        if (this.pending) { const p = this.pending; this.pending = null; p(JSON.parse(line)); }
      }
    });
    child.stderr.on('data', () => {});
    child.stdin.on('error', () => {});
    child.on('close', () => {
      if (this.child !== child) return;
      this.child = null;
      if (this.pending) { const p = this.pending; this.pending = null; p({ code: -1, stdout: '', stderr: 'jsc process died' }); }
    });
  }
  run(file) {
    // A fresh process's own start-up (the runtime and compiler loading) is not the script's time.
    const fresh = !this.child;
    if (fresh) this.start();
    return new Promise(resolve => {
      const timer = setTimeout(() => {
        this.pending = null;
        const child = this.child;
        this.child = null;
        if (child) child.kill('SIGKILL');
        resolve({ code: -1, stdout: '', stderr: '', timedOut: true });
      }, this.opts.timeout + (fresh ? 20000 : 0));
      this.pending = r => { clearTimeout(timer); resolve({ code: r.code, stdout: r.stdout, stderr: r.stderr, timedOut: false }); };
      this.child.stdin.write(file + '\n');
    });
  }
  stop() { if (this.child) this.child.stdin.end(); }
}

// The first line of the output that names an error (or the first line at all).
function errorLine(r) {
  const text = (r.stderr + '\n' + r.stdout).split('\n').map(s => s.trim()).filter(Boolean);
  return text.find(l => /(Error|Uncaught|Test262)/.test(l) && !/^at /.test(l)) || text[0] || '';
}

function judge(meta, r) {
  if (r.timedOut) return { pass: false, why: 'timeout' };
  if (meta.negative) {
    const type = meta.negative.type;
    if (r.code === 0) return { pass: false, why: `expected ${meta.negative.phase} ${type}, ran to completion` };
    const out = r.stderr + r.stdout;
    // The oldest tests give a regular expression for the error's text instead of a type name.
    const expected = /^\w+$/.test(type) ? new RegExp('\\b' + type + '\\b') : new RegExp(type);
    if (!expected.test(/^\w+$/.test(type) ? out : errorLine(r))) return { pass: false, why: `expected ${type}: ${errorLine(r)}` };
    return { pass: true };
  }
  if (r.code !== 0) return { pass: false, why: errorLine(r) };
  return { pass: true };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const root = path.resolve(opts.dir);
  const testRoot = path.join(root, 'test');
  let files = listTests(testRoot);
  if (opts.filter) files = files.filter(f => f.includes(opts.filter));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'test262-'));
  const harnessCache = new Map();
  const results = [];
  let skipped = 0, hostSkipped = 0;
  const jobs = [];
  for (const file of files) {
    const src = fs.readFileSync(file, 'utf8');
    const meta = parseFrontmatter(src);
    const rel = path.relative(testRoot, file).split(path.sep).join('/');
    if (meta.features.length || meta.flags.includes('async') || meta.flags.includes('module')) { skipped++; continue; }
    // $262 is the host-defined test agent (evalScript, createRealm, ...), which neither engine provides here.
    if (/\$262\./.test(src.replace(/\/\*---[\s\S]*?---\*\//, ''))) { hostSkipped++; continue; }
    const modes = meta.flags.includes('raw') || meta.flags.includes('noStrict') ? ['sloppy']
      : meta.flags.includes('onlyStrict') ? ['strict'] : ['sloppy', 'strict'];
    const result = { test: rel, pass: true, why: [] };
    results.push(result);
    for (const mode of modes) jobs.push({ file, rel, meta, src, mode, result });
  }
  let next = 0, done = 0;
  async function worker(id) {
    const jsc = opts.node ? null : new JscWorker(opts);
    while (next < jobs.length) {
      const job = jobs[next++];
      const script = buildScript(root, job.meta, job.src, job.mode === 'strict', harnessCache);
      const tmpFile = path.join(tmp, `w${id}-${path.basename(job.file)}`);
      fs.writeFileSync(tmpFile, script);
      const r = opts.node ? await runNode(opts, tmpFile) : await jsc.run(tmpFile);
      fs.unlinkSync(tmpFile);
      const v = judge(job.meta, r);
      if (!v.pass) { job.result.pass = false; job.result.why.push(`[${job.mode}] ${v.why}`); }
      if (++done % 50 === 0) process.stderr.write(`${done}/${jobs.length} runs\n`);
    }
    if (jsc) jsc.stop();
  }
  await Promise.all(Array.from({ length: opts.jobs }, (_, i) => worker(i)));
  fs.rmSync(tmp, { recursive: true, force: true });

  const folders = new Map();
  for (const r of results) {
    const key = r.test.split('/').slice(0, -1).slice(0, opts.depth).join('/');
    const f = folders.get(key) || { pass: 0, total: 0 };
    f.total++; if (r.pass) f.pass++;
    folders.set(key, f);
  }
  const pct = (a, b) => (b ? (100 * a / b).toFixed(1) : '0.0') + '%';
  console.log(`engine: ${opts.node ? 'node ' + process.version : 'jsc'}`);
  for (const [key, f] of [...folders].sort()) console.log(`${pct(f.pass, f.total).padStart(6)}  ${String(f.pass).padStart(4)}/${String(f.total).padEnd(4)} ${key}`);
  if (opts.failures) for (const r of results) if (!r.pass) console.log(`FAIL ${r.test}: ${r.why.join(' | ')}`);
  const passed = results.filter(r => r.pass).length;
  console.log(`total: ${passed}/${results.length} passed (${pct(passed, results.length)}), ${skipped} skipped (features/async/module), ${hostSkipped} skipped (need the host's $262)`);
  console.log(`${passed} passed, ${results.length - passed} failed`);
  if (opts.json) fs.writeFileSync(opts.json, JSON.stringify(results, null, 1));
}

main().catch(e => { console.error(e); process.exit(1); });
