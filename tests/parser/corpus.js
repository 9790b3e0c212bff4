'use strict';
// Which files make up each corpus, and how acorn is asked to parse them. Jsc.Compiler.Tests reads
// the corpus back from the manifests, so this file is the one place that defines it.

const fs = require('fs');
const path = require('path');

const HERE = __dirname;
const NODE_MODULES = path.join(HERE, 'node_modules');
const TEST262_ROOT = path.join(NODE_MODULES, 'test262-parser-tests');
const TEST262_DIRS = ['pass', 'pass-explicit', 'fail', 'early'];

// The pinned libraries of package.json, minus the test suite itself. Their dependencies are
// reached through their package.json files, so a version bump that adds one is picked up.
const LIBRARIES = [
  'lodash', 'underscore', 'esprima', 'acorn', 'marked', 'moment', 'jquery', 'async',
  'express', 'uglify-js', 'typescript',
];

const ACORN_OPTIONS = { ecmaVersion: 2022, locations: true, allowHashBang: true };

function sourceTypeByName(file) {
  return /\.mjs$|\.module\.js$/.test(file) ? 'module' : 'script';
}

function toPosix(p) {
  return p.split(path.sep).join('/');
}

function test262Files() {
  const files = [];
  for (const dir of TEST262_DIRS) {
    for (const name of fs.readdirSync(path.join(TEST262_ROOT, dir))) {
      if (name.endsWith('.js')) files.push(dir + '/' + name);
    }
  }
  return files.sort();
}

// Node's resolution: the nearest node_modules/<name> going up from the requiring package,
// stopping at this folder's node_modules.
function resolvePackage(name, fromDir) {
  let dir = fromDir;
  for (;;) {
    const candidate = path.join(dir, 'node_modules', name);
    if (fs.existsSync(path.join(candidate, 'package.json'))) return fs.realpathSync(candidate);
    if (path.resolve(dir) === path.resolve(HERE)) return null;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

function dependencyClosure() {
  const seen = new Set();
  const order = [];
  const stack = LIBRARIES.map(name => {
    const dir = resolvePackage(name, HERE);
    if (!dir) throw new Error(`${name} is not installed: run npm ci in ${HERE}`);
    return dir;
  });
  while (stack.length > 0) {
    const dir = stack.pop();
    if (seen.has(dir)) continue;
    seen.add(dir);
    order.push(dir);
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const required = Object.keys(pkg.dependencies || {});
    // Optional and peer dependencies count only when npm actually installed them.
    const optional = Object.keys(pkg.optionalDependencies || {}).concat(Object.keys(pkg.peerDependencies || {}));
    for (const dep of required.concat(optional)) {
      const depDir = resolvePackage(dep, dir);
      if (depDir) stack.push(depDir);
      else if (required.includes(dep) && !optional.includes(dep)) {
        throw new Error(`${dep} (needed by ${pkg.name}) is not installed: run npm ci in ${HERE}`);
      }
    }
  }
  return order;
}

// Every .js file of a package folder; nested node_modules hold other packages, walked on their own.
function packageJsFiles(dir, out) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') packageJsFiles(full, out);
    } else if (entry.isFile() && entry.name.endsWith('.js')) {
      out.add(fs.realpathSync(full));
    }
  }
}

/** Paths relative to node_modules, '/'-separated, sorted. */
function realCodeFiles() {
  const files = new Set();
  for (const dir of dependencyClosure()) packageJsFiles(dir, files);
  const root = fs.realpathSync(NODE_MODULES);
  return [...files].map(f => toPosix(path.relative(root, f))).sort();
}

const CORPORA = {
  test262: { root: TEST262_ROOT, files: test262Files, retryAsModule: false },
  real: { root: NODE_MODULES, files: realCodeFiles, retryAsModule: true },
};

module.exports = { CORPORA, ACORN_OPTIONS, sourceTypeByName, HERE, toPosix };
