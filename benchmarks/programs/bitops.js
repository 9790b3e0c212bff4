// bitops: int32 and uint32 bit manipulation as hashes and PRNGs do it: x | 0, x >>> 0, ^, <<
// and >> on values at and above 2^31 and below -2^31, where ToInt32 and ToUint32 must wrap
// modulo 2^32 (an engine that converts with a saturating double-to-int cast gets these wrong).

// xorshift32; its state is an int32, often negative; >>> 0 reads it as uint32.
function xorshift(n) {
  var x = 2463534242 | 0;
  var acc = 0;
  for (var i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    acc = (acc + (x >>> 0)) % 4294967296;
  }
  return acc;
}

// 32-bit multiply without Math.imul (ES5): the 16-bit halves keep products exact in doubles,
// and the sum, which can pass 2^32, is wrapped by | 0.
function imul(a, b) {
  var ah = (a >>> 16) & 0xffff;
  var al = a & 0xffff;
  var bh = (b >>> 16) & 0xffff;
  var bl = b & 0xffff;
  return (al * bl + (((ah * bl + al * bh) << 16) >>> 0)) | 0;
}

// FNV-1a over 32-bit words, and MurmurHash3's finalizer.
function fnv1a(n) {
  var h = 2166136261;
  for (var i = 0; i < n; i++) {
    h ^= i & 0xff;
    h = imul(h, 16777619);
  }
  return h >>> 0;
}

function fmix(h) {
  h ^= h >>> 16;
  h = imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

// CRC-32 (IEEE) with a table; the polynomial 0xEDB88320 is above 2^31.
function crcTable() {
  var table = [];
  for (var n = 0; n < 256; n++) {
    var c = n;
    for (var k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table.push(c);
  }
  return table;
}

function crc32(table, length) {
  var crc = -1;
  for (var i = 0; i < length; i++) crc = table[(crc ^ (i * 7)) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

// Wrapping arithmetic on values outside the int32 range: sums of two uint32s, negative
// numbers below -2^31, and doubles far above 2^32 that | 0 must reduce modulo 2^32.
function wrapping(n) {
  var acc = 0;
  var a = 0x9e3779b9;
  for (var i = 0; i < n; i++) {
    var b = (a + 0xdeadbeef + i) >>> 0;
    acc ^= (a + b) | 0;
    acc ^= (-a - b - 1) | 0;
    acc ^= ((a * 65536 + i) * 1024) | 0;
    acc ^= (b * 4294967296 + a) >> 3;
    a = (b << 7) ^ (a >>> 3) ^ i;
  }
  return acc >>> 0;
}

// popcount and bit reversal by the usual mask tricks.
function popcount(x) {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return imul(x, 0x01010101) >>> 24;
}

function reverseBits(x) {
  x = ((x >>> 1) & 0x55555555) | ((x & 0x55555555) << 1);
  x = ((x >>> 2) & 0x33333333) | ((x & 0x33333333) << 2);
  x = ((x >>> 4) & 0x0f0f0f0f) | ((x & 0x0f0f0f0f) << 4);
  x = ((x >>> 8) & 0x00ff00ff) | ((x & 0x00ff00ff) << 8);
  return ((x >>> 16) | (x << 16)) >>> 0;
}

function bitTricks(n) {
  var bits = 0;
  var rev = 0;
  var h = 0;
  for (var i = 0; i < n; i++) {
    h = fmix(i ^ 0x80000000);
    bits += popcount(h);
    rev = (rev ^ reverseBits(h)) >>> 0;
  }
  return bits + ' ' + rev;
}

var table = crcTable();
console.log('bitops ' + [
  xorshift(2400000),
  fnv1a(2400000),
  crc32(table, 2400000),
  wrapping(1600000),
  bitTricks(1200000),
  (0xffffffff | 0) + ' ' + (-1 >>> 0) + ' ' + (1 << 31) + ' ' + (4294967296 * 5 + 3 | 0) + ' ' + (-2147483649 | 0) + ' ' + (1e20 | 0),
].join(' '));
