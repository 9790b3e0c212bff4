// ucs2.decode/encode round trip across the BMP edges and astral planes.
var punycode = require('punycode');
var points = [0, 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFD, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF];
var s = punycode.ucs2.encode(points);
console.log(s.length, JSON.stringify(punycode.ucs2.decode(s)) === JSON.stringify(points));
console.log(punycode.encode(punycode.ucs2.encode([0x1F600, 0x61])), punycode.decode('a-vp42c'));
