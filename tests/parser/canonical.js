'use strict';
// The canonical ESTree JSON form that Jsc.Compiler.Ast.EstreeJson must reproduce byte for byte.
// Equal ASTs give equal text, so a parse is compared by one sha256 instead of a tree diff.
//
// The text is produced in chunks and never held whole: typescript.js alone yields hundreds of MB,
// more than V8's maximum string length.

const crypto = require('crypto');
const fs = require('fs');

// Big enough that hash.update's per-call cost vanishes, small enough to stay out of old space.
const CHUNK = 1 << 16;

function str(s) {
  // JSON.stringify already escapes exactly as the canonical form requires, lone surrogates included.
  return JSON.stringify(s);
}

function num(n) {
  return Number.isFinite(n) ? String(n) : 'null';
}

// Sorting every node's keys dominates on big inputs; node shapes repeat, so sort once per shape.
const sortedKeysCache = new Map();
function otherKeysOf(node) {
  const keys = Object.keys(node);
  const shape = keys.join(',');
  let sorted = sortedKeysCache.get(shape);
  if (sorted === undefined) {
    sorted = keys.filter(k => k !== 'type' && k !== 'start' && k !== 'end' && k !== 'loc').sort();
    sortedKeysCache.set(shape, sorted);
  }
  return sorted;
}

function pos(p) {
  return '{"line":' + p.line + ',"column":' + p.column + '}';
}

/**
 * Streams the canonical JSON of `root` to `sink(chunk)`. A chunk boundary never falls inside one
 * JSON string, so a surrogate pair is never split between two chunks (UTF-8 encoding chunk by
 * chunk stays exact).
 */
function writeCanonical(root, sink) {
  let buf = '';
  function flushIfFull() {
    if (buf.length >= CHUNK) {
      sink(buf);
      buf = '';
    }
  }

  function value(v) {
    switch (typeof v) {
      case 'string': buf += str(v); break;
      case 'number': buf += num(v); break;
      case 'boolean': buf += v ? 'true' : 'false'; break;
      // A BigInt literal's value is not representable in JSON: ESTree says null.
      case 'bigint': buf += 'null'; break;
      case 'object':
        if (v === null || v instanceof RegExp) buf += 'null';
        else if (Array.isArray(v)) array(v);
        else if (typeof v.type === 'string') node(v);
        else plain(v);
        break;
      default:
        throw new Error('unexpected value of type ' + typeof v);
    }
    flushIfFull();
  }

  function array(a) {
    buf += '[';
    for (let i = 0; i < a.length; i++) {
      if (i > 0) buf += ',';
      const e = a[i];
      // Like JSON.stringify, an undefined element is written as null.
      if (e === undefined) buf += 'null';
      else value(e);
    }
    buf += ']';
  }

  function members(o, keys, first) {
    for (const k of keys) {
      const v = o[k];
      if (v === undefined) continue;
      if (!first) buf += ',';
      first = false;
      buf += str(k) + ':';
      value(v);
    }
  }

  function node(n) {
    buf += '{"type":' + str(n.type);
    if (n.start !== undefined) buf += ',"start":' + num(n.start);
    if (n.end !== undefined) buf += ',"end":' + num(n.end);
    if (n.loc !== undefined) {
      buf += ',"loc":{"start":' + pos(n.loc.start) + ',"end":' + pos(n.loc.end) + '}';
    }
    members(n, otherKeysOf(n), false);
    buf += '}';
  }

  function plain(o) {
    buf += '{';
    members(o, Object.keys(o).sort(), true);
    buf += '}';
  }

  value(root);
  if (buf.length > 0) sink(buf);
}

/** Hex sha256 of the UTF-8 canonical JSON of `root`. */
function canonicalSha256(root) {
  const hash = crypto.createHash('sha256');
  writeCanonical(root, chunk => hash.update(chunk, 'utf8'));
  return hash.digest('hex');
}

/** Writes the canonical JSON of `root` to a file descriptor (synchronously: stdout may be a pipe). */
function writeCanonicalToFd(root, fd) {
  writeCanonical(root, chunk => {
    const bytes = Buffer.from(chunk, 'utf8');
    let off = 0;
    while (off < bytes.length) {
      try {
        off += fs.writeSync(fd, bytes, off);
      } catch (e) {
        if (e.code !== 'EAGAIN') throw e;
      }
    }
  });
}

module.exports = { writeCanonical, canonicalSha256, writeCanonicalToFd };
