// randomFillSync/randomFill fill views in place.
var crypto = require('crypto');
var b = Buffer.alloc(16);
console.log(crypto.randomFillSync(b) === b, b.equals(Buffer.alloc(16)));
var part = Buffer.alloc(10);
crypto.randomFillSync(part, 8);
console.log(part.slice(0, 8).equals(Buffer.alloc(8)));
var part2 = Buffer.alloc(10);
crypto.randomFillSync(part2, 2, 3);
console.log(part2.slice(0, 2).equals(Buffer.alloc(2)), part2.slice(5).equals(Buffer.alloc(5)));
var u32 = new Uint32Array(4);
crypto.randomFill(u32, function (err, arr) { console.log('async', err, arr === u32, arr.length); });
try { crypto.randomFillSync(Buffer.alloc(4), 0, 8); } catch (e) { console.log(e.code, e.message); }
try { crypto.randomFillSync('x'); } catch (e) { console.log(e.code, e.message); }
