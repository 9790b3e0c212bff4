// The v0.8 manual's punycode examples.
var punycode = require('punycode');
console.log(punycode.decode('maana-pta'), punycode.decode('--dqo34k'));
console.log(punycode.encode('mañana'), punycode.encode('☃-⌘'));
console.log(punycode.toUnicode('xn--maana-pta.com'), punycode.toUnicode('xn----dqo34k.com'));
console.log(punycode.toASCII('mañana.com'), punycode.toASCII('☃-⌘.com'));
console.log(punycode.ucs2.decode('abc'), punycode.ucs2.decode('\uD834\uDF06'));
console.log(punycode.ucs2.encode([0x61, 0x62, 0x63]), punycode.ucs2.encode([0x1D306]) === '\uD834\uDF06');
console.log(punycode.version, Object.keys(punycode), Object.keys(punycode.ucs2));
