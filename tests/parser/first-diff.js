#!/usr/bin/env node
'use strict';
// Shows where two canonical JSON files first differ: the offset, then 200 characters either
// side from each file. Canonical JSON has no whitespace, so a line diff is of no use.
//
//   node first-diff.js A B

const fs = require('fs');

const CONTEXT = 200;
const [a, b] = process.argv.slice(2);
if (!a || !b) {
  process.stderr.write('usage: node first-diff.js A B\n');
  process.exit(2);
}

// Compared as bytes, block by block: the files may be larger than a V8 string can hold.
const BLOCK = 1 << 20;
const fa = fs.openSync(a, 'r'), fb = fs.openSync(b, 'r');
const ba = Buffer.alloc(BLOCK), bb = Buffer.alloc(BLOCK);
let offset = 0, at = -1;
for (;;) {
  const na = fs.readSync(fa, ba, 0, BLOCK, offset);
  const nb = fs.readSync(fb, bb, 0, BLOCK, offset);
  const n = Math.min(na, nb);
  let i = 0;
  while (i < n && ba[i] === bb[i]) i++;
  if (i < n || na !== nb) { at = offset + i; break; }
  if (na === 0) break;
  offset += na;
}

if (at < 0) {
  console.log('identical');
  process.exit(0);
}

function around(fd, name) {
  const from = Math.max(0, at - CONTEXT);
  const buf = Buffer.alloc(2 * CONTEXT);
  const n = fs.readSync(fd, buf, 0, buf.length, from);
  const before = buf.subarray(0, at - from).toString('utf8');
  const after = buf.subarray(at - from, n).toString('utf8');
  console.log(`${name}:\n  ${before}\n  >>> ${after.length ? after : '(end of file)'}`);
}

console.log(`first difference at byte offset ${at}`);
around(fa, a);
around(fb, b);
process.exit(1);
