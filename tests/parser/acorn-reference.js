#!/usr/bin/env node
'use strict';
// Writes the reference manifest that Jsc.Compiler.Tests compares the Jsc parser against:
// for each file, how acorn parsed it (sourceType), whether it failed (acorn's message) and the
// sha256 of the canonical ESTree JSON of the whole Program.
//
//   node acorn-reference.js --corpus test262|real --out FILE
//   node acorn-reference.js --root DIR [--retry-module] --out FILE FILE...
//
// Files are named in the manifest relative to the corpus root. --retry-module parses a file
// that fails as a script again as a module (real libraries ship ES modules as plain .js).

const fs = require('fs');
const os = require('os');
const path = require('path');
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
const acorn = require('acorn');
const { canonicalSha256 } = require('./canonical');
const { CORPORA, ACORN_OPTIONS, sourceTypeByName } = require('./corpus');

function parseWith(text, sourceType) {
  return acorn.parse(text, { ...ACORN_OPTIONS, sourceType });
}

function reference(root, file, retryAsModule) {
  // Read as node does (a BOM stays in the text as U+FEFF); the C# side decodes the same way.
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  const sourceType = sourceTypeByName(file);
  try {
    return { sourceType, error: null, sha256: canonicalSha256(parseWith(text, sourceType)) };
  } catch (e) {
    if (!(e instanceof SyntaxError)) throw e;
    if (retryAsModule && sourceType === 'script') {
      try {
        const sha256 = canonicalSha256(parseWith(text, 'module'));
        return { sourceType: 'module', error: null, sha256, scriptError: e.message };
      } catch (e2) {
        if (!(e2 instanceof SyntaxError)) throw e2;
      }
    }
    return { sourceType, error: e.message, sha256: null };
  }
}

function parseArgs(argv) {
  const args = { files: [], retryAsModule: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--corpus') args.corpus = argv[++i];
    else if (a === '--out') args.out = argv[++i];
    else if (a === '--root') args.root = argv[++i];
    else if (a === '--retry-module') args.retryAsModule = true;
    else if (a === '--jobs') args.jobs = Number(argv[++i]);
    else if (a.startsWith('--')) throw new Error('unknown option ' + a);
    else args.files.push(a);
  }
  if (!args.out) throw new Error('--out FILE is required');
  if (args.corpus) {
    const corpus = CORPORA[args.corpus];
    if (!corpus) throw new Error('unknown corpus ' + args.corpus);
    args.root = corpus.root;
    args.files = corpus.files();
    args.retryAsModule = corpus.retryAsModule;
  } else {
    args.root = path.resolve(args.root || '.');
  }
  return args;
}

// Largest files first, dealt to whichever worker is free, so typescript.js does not end up last.
async function runInWorkers(root, files, retryAsModule, jobs) {
  const queue = files
    .map(f => ({ f, size: fs.statSync(path.join(root, f)).size }))
    .sort((a, b) => b.size - a.size)
    .map(x => x.f);
  const results = new Map();
  let failure = null;
  await Promise.all(Array.from({ length: Math.min(jobs, files.length) }, () => new Promise((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: { root, retryAsModule } });
    const next = () => {
      if (queue.length === 0 || failure) worker.postMessage(null);
      else worker.postMessage(queue.shift());
    };
    worker.on('message', ({ file, result }) => {
      results.set(file, result);
      next();
    });
    worker.on('error', e => { failure = e; reject(e); });
    worker.on('exit', resolve);
    next();
  })));
  return results;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const jobs = args.jobs || Math.max(1, os.availableParallelism ? os.availableParallelism() : os.cpus().length);
  const results = jobs > 1
    ? await runInWorkers(args.root, args.files, args.retryAsModule, jobs)
    : new Map(args.files.map(f => [f, reference(args.root, f, args.retryAsModule)]));

  const files = {};
  let failed = 0, asModule = 0;
  for (const f of [...args.files].sort()) {
    const r = results.get(f);
    files[f] = r;
    if (r.error) failed++;
    if (r.scriptError) asModule++;
  }
  const manifest = {
    acorn: acorn.version,
    options: ACORN_OPTIONS,
    root: path.relative(__dirname, args.root).split(path.sep).join('/'),
    count: args.files.length,
    files,
  };
  fs.mkdirSync(path.dirname(path.resolve(args.out)), { recursive: true });
  // Written aside and renamed, so a reader never sees half a manifest.
  const tmp = args.out + '.' + process.pid + '.tmp';
  fs.writeFileSync(tmp, JSON.stringify(manifest, null, 1) + '\n');
  fs.renameSync(tmp, args.out);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stderr.write(`${args.out}: ${args.files.length} files, acorn rejected ${failed}, `
    + `${asModule} parsed only as module, ${seconds}s with ${jobs} job(s)\n`);
}

if (isMainThread) {
  main().catch(e => {
    process.stderr.write((e && e.stack) || String(e));
    process.stderr.write('\n');
    process.exit(1);
  });
} else {
  parentPort.on('message', file => {
    if (file === null) {
      parentPort.close();
      return;
    }
    parentPort.postMessage({ file, result: reference(workerData.root, file, workerData.retryAsModule) });
  });
}
