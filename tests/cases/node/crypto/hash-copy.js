// hash.copy() forks the state.
var crypto = require('crypto');
var h = crypto.createHash('sha256');
h.update('common prefix ');
var a = h.copy();
var b = h.copy();
a.update('one');
b.update('two');
console.log(a.digest('hex'));
console.log(b.digest('hex'));
console.log(h.digest('hex'));
try { h.copy(); } catch (e) { console.log(e.code, e.message); }
