// Raw deflate with a dictionary: the inflater must be given it up front.
var zlib = require('zlib');
var dict = Buffer.from('abcdefghijklmnopqrstuvwxyz');
var s = 'abcdefghijklmnopqrstuvwxyz and again abcdefghijklmnopqrstuvwxyz';
var raw = zlib.deflateRawSync(s, { dictionary: dict });
console.log(zlib.inflateRawSync(raw, { dictionary: dict }).toString() === s);
try { console.log(zlib.inflateRawSync(raw).toString() === s); } catch (e) { console.log(e.message, e.code); }
