// A preset dictionary: deflate with it, inflate needs the same one.
var zlib = require('zlib');
var dict = Buffer.from('hello world, the dictionary');
var s = 'hello world, hello world, the dictionary says hello';
var d = zlib.deflateSync(s, { dictionary: dict });
var plain = zlib.deflateSync(s);
console.log(d.length < plain.length, d.slice(0, 2).toString('hex'));
console.log(zlib.inflateSync(d, { dictionary: dict }).toString());
try { zlib.inflateSync(d); } catch (e) { console.log(e.message, e.errno, e.code); }
try { zlib.inflateSync(d, { dictionary: Buffer.from('other') }); } catch (e) { console.log(e.message, e.errno, e.code); }
console.log(zlib.inflateSync(zlib.deflateSync(s, { dictionary: new Uint8Array(dict) }), { dictionary: dict.buffer.slice(dict.byteOffset, dict.byteOffset + dict.length) }).toString() === s);
