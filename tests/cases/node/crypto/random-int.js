// randomInt: ranges, the callback form and errors.
var crypto = require('crypto');
var ok = true, seen = {};
for (var i = 0; i < 500; i++) {
  var n = crypto.randomInt(-3, 4);
  if (n < -3 || n >= 4 || n !== Math.floor(n)) ok = false;
  seen[n] = true;
}
console.log(ok, Object.keys(seen).length);
console.log(crypto.randomInt(1) === 0);
crypto.randomInt(10, function (err, n) { console.log('async', err, n >= 0 && n < 10); });
function t(f) { try { f(); } catch (e) { console.log(e.name, e.code, e.message); } }
t(function () { crypto.randomInt(5, 1); });
t(function () { crypto.randomInt(1.5); });
t(function () { crypto.randomInt('a', 3); });
t(function () { crypto.randomInt(0, Math.pow(2, 48) + 1); });
