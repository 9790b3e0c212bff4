// randomBytes: sizes, sync and async, argument errors.
var crypto = require('crypto');
[0, 1, 16, 1000].forEach(function (n) { var b = crypto.randomBytes(n); console.log(n, Buffer.isBuffer(b), b.length); });
var a = crypto.randomBytes(32), b = crypto.randomBytes(32);
console.log(a.equals(b));
crypto.randomBytes(8, function (err, buf) { console.log('async', err, buf.length); });
[-1, 'a', 2147483648, NaN].forEach(function (v) {
  try { crypto.randomBytes(v); } catch (e) { console.log(e.name, e.code, e.message); }
});
try { crypto.randomBytes(4, 'x'); } catch (e) { console.log(e.code, e.message); }
console.log(crypto.pseudoRandomBytes(5).length);
