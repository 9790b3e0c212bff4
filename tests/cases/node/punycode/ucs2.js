// punycode.ucs2: surrogate pairs combine, lone surrogates stay as they are.
var punycode = require('punycode');
console.log(punycode.ucs2.decode('\uD800'), punycode.ucs2.decode('\uDC00\uD800'), punycode.ucs2.decode('\uD800x\uDFFF'));
console.log(punycode.ucs2.decode('a\uD83D\uDE00b'), punycode.ucs2.decode(''));
console.log(JSON.stringify(punycode.ucs2.encode([0xD800, 0x61, 0x1F600])));
var s = 'h\u00E9llo \uD83C\uDF0D';
console.log(punycode.ucs2.encode(punycode.ucs2.decode(s)) === s);
