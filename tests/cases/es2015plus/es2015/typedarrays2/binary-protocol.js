// Encoding and decoding a small binary message format with DataView, TextEncoder-free UTF-8 and varints.
function encodeVarint(n, out) { do { let b = n & 0x7f; n >>>= 7; if (n) b |= 0x80; out.push(b); } while (n); }
function decodeVarint(bytes, pos) { let n = 0, shift = 0, b; do { b = bytes[pos.i++]; n |= (b & 0x7f) << shift; shift += 7; } while (b & 0x80); return n >>> 0; }
function utf8(s) { return Array.from(unescape(encodeURIComponent(s)), c => c.charCodeAt(0)); }
function fromUtf8(bytes) { return decodeURIComponent(escape(String.fromCharCode(...bytes))); }
function encode(msg) {
  const out = [];
  encodeVarint(msg.id, out);
  const name = utf8(msg.name);
  encodeVarint(name.length, out);
  out.push(...name);
  const tail = new DataView(new ArrayBuffer(8));
  tail.setFloat64(0, msg.score, true);
  out.push(...new Uint8Array(tail.buffer));
  return Uint8Array.from(out);
}
function decode(bytes) {
  const pos = { i: 0 };
  const id = decodeVarint(bytes, pos);
  const len = decodeVarint(bytes, pos);
  const name = fromUtf8(bytes.subarray(pos.i, pos.i + len)); pos.i += len;
  const score = new DataView(bytes.buffer, bytes.byteOffset + pos.i, 8).getFloat64(0, true);
  return { id, name, score };
}
for (const msg of [{ id: 1, name: 'a', score: 0.5 }, { id: 300, name: 'héllo ✓', score: -1e-3 }, { id: 2 ** 31, name: '', score: Infinity }]) {
  const bytes = encode(msg);
  console.log(bytes.length, Array.from(bytes.subarray(0, 6), b => b.toString(16).padStart(2, '0')).join(''), JSON.stringify(decode(bytes)) === JSON.stringify(msg));
}
