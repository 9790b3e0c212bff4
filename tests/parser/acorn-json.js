#!/usr/bin/env node
'use strict';
// Prints acorn's canonical ESTree JSON of one file, to compare with Jsc's when their sha256
// differ (see first-diff.js). The file is parsed as a module with --module, or when named
// *.mjs / *.module.js; otherwise as a script.
//
//   node acorn-json.js FILE [--module] > acorn.json

const fs = require('fs');
const acorn = require('acorn');
const { writeCanonicalToFd } = require('./canonical');
const { ACORN_OPTIONS, sourceTypeByName } = require('./corpus');

const args = process.argv.slice(2);
const file = args.find(a => !a.startsWith('--'));
if (!file || args.some(a => a.startsWith('--') && a !== '--module')) {
  process.stderr.write('usage: node acorn-json.js FILE [--module]\n');
  process.exit(2);
}
const sourceType = args.includes('--module') ? 'module' : sourceTypeByName(file);
let ast;
try {
  ast = acorn.parse(fs.readFileSync(file, 'utf8'), { ...ACORN_OPTIONS, sourceType });
} catch (e) {
  if (!(e instanceof SyntaxError)) throw e;
  process.stderr.write(`${file}: acorn (${sourceType}): ${e.message}\n`);
  process.exit(1);
}
writeCanonicalToFd(ast, 1);
